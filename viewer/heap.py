"""The heap's settings for a process that runs the engine once and exits (`parallax align`,
and the child process the window runs each alignment in, `viewer.jobs.child_process`): the C
library's, and how often Python's garbage collector runs (`collect_rarely`).

The engine makes and frees many arrays of a few to a few hundred megabytes. By default glibc
gives each one above its mmap threshold (128 KiB, raised as large blocks are freed, to at
most 32 MiB) fresh pages from the kernel and returns them when it is freed, so the next array
of that size costs a page fault per 4 KiB page again (the kernel zeroes each): at 5,000
articles about 70,000 of the process's 150,000 page faults, a third of its system time
(docs/benchmarks.md, "Engine speed, session 9"). Kept in the heap instead, freed arrays are
reused as they are. The price is that the process does not hand that memory back until it
exits, which suits a command and the window's one-shot engine child, not the window itself,
which stays open.
Before forking workers (`viewer.workers.ForkPool`) the kept memory is handed back
(`release_freed_memory`): a worker reusing a page its parent had freed would copy it first.
"""

from __future__ import annotations

import os
import sys
from typing import Any

MMAP_THRESHOLD_BYTES = 256 << 20
"""Blocks smaller than this come from the heap (reused when freed), larger ones from mmap."""
TRIM_THRESHOLD_BYTES = 256 << 20
"""Free memory at the heap's top is handed back to the kernel only beyond this."""
TOP_PAD_BYTES = 64 << 20
"""The heap grows by this much more than asked (fewer calls to the kernel)."""

# mallopt's parameter numbers (glibc's malloc.h)
_M_TRIM_THRESHOLD = -1
_M_TOP_PAD = -2
_M_MMAP_THRESHOLD = -3

_ENVIRONMENT = ("MALLOC_MMAP_THRESHOLD_", "MALLOC_TRIM_THRESHOLD_", "MALLOC_TOP_PAD_")
"""glibc's own variables for these settings: a user who sets one keeps all the defaults."""


def keep_freed_memory() -> bool:
    """Ask the C library to keep freed memory for reuse (see the module docstring); returns
    whether it was asked. Only glibc on Linux is asked, and not when the environment sets
    any of glibc's own variables for these settings. Forked workers inherit the settings."""
    global _libc
    if not sys.platform.startswith("linux") or any(name in os.environ for name in _ENVIRONMENT):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
        libc.gnu_get_libc_version  # noqa: B018 -- glibc only: musl's mallopt does nothing
    except (OSError, AttributeError):
        return False
    mallopt.argtypes = (ctypes.c_int, ctypes.c_int)
    mallopt.restype = ctypes.c_int
    if all(mallopt(parameter, value) == 1 for parameter, value in (
            (_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES),
            (_M_TRIM_THRESHOLD, TRIM_THRESHOLD_BYTES),
            (_M_TOP_PAD, TOP_PAD_BYTES))):
        _libc = libc
        return True
    return False


_libc: Any = None
"""The C library, once `keep_freed_memory` has set it to keep freed memory."""


def release_freed_memory() -> None:
    """Hand the freed memory kept (see `keep_freed_memory`) back to the kernel; nothing when
    none is kept. Called before forking workers: a worker that reused a page the parent had
    freed would first copy it (the two share it until one writes), where a page handed back is
    only zeroed again, and the copies would add to the memory of the whole process tree."""
    if _libc is not None:
        _libc.malloc_trim(0)


COLLECT_AFTER_OBJECTS = 50_000
"""`collect_rarely`: the collector's youngest generation is collected once the process holds
this many more container objects than it has freed (Python's default: 700)."""


def collect_rarely() -> None:
    """Run Python's garbage collector rarely (`COLLECT_AFTER_OBJECTS`). The engine frees almost
    everything it makes by reference counting (at 5,000 articles a whole `parallax align` run
    leaves 859 objects in reference cycles), so the collector's frequent passes found nothing
    to free while they cost 0.03-0.1 s of the run; collected so rarely, such garbage is still
    freed if a run makes it by the tens of thousands. Forked workers inherit the setting."""
    import gc

    gc.set_threshold(COLLECT_AFTER_OBJECTS, *gc.get_threshold()[1:])
