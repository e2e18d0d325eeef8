"""Parallax core: corpus loading, the shared-passage engine, annotations and the command line.

Nothing in this package imports a Qt widget module; it runs without a display.
"""

__version__ = "0.1.0"
