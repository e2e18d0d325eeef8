"""Parallax core: corpus loading, the shared-passage engine, annotations and the command line.

Nothing in this package imports a Qt widget module; it runs without a display.

Importing it asks NumPy, unless the user's environment says otherwise, not to advise the kernel
to back large arrays with transparent huge pages. The engine makes and frees many short-lived
arrays of several megabytes; on a kernel set to `madvise` each one then costs the zeroing of
2 MiB pages, which took a quarter of the whole process's time at 5,000 and 20,000 articles
(docs/benchmarks.md, "Huge pages"). NumPy reads the setting when it is first imported, and
no module of this package imports NumPy before this one runs.
"""

import os

os.environ.setdefault("NUMPY_MADVISE_HUGEPAGE", "0")

__version__ = "0.1.0"
