"""Guard against a PySide6 refcount bug: void methods and `emit()` return None/True unreferenced.

Measured with PySide6 6.12 on Python 3.11: every call of a Qt method that returns nothing
(`QPainterPath.lineTo`, `QPainter.setPen`, ...) lowers the reference count of `None` by one, and
every `signal.emit(...)` lowers that of `True`. The binding seems built for Pythons where these
singletons are immortal (3.12+), so on 3.11 a session that paints for a few minutes aborts with
"Fatal Python error: none_dealloc" (or "bool_dealloc"). `install()` probes for the leak once and,
only when it is present, gives None, True and False a reference count so large that they are
immortal in practice, as Python 3.12 does. Imported by `widgets/__init__.py`, so it is in place
before any window code runs.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QPointF, Signal

IMMORTAL_REFERENCES = 1 << 60
"""Added to each singleton's count: decades of leaked references before it could reach zero."""

_installed = False


class _Probe(QObject):
    ping = Signal()


def singleton_references_leak() -> bool:
    """True when calling a void Qt method or emitting a signal loses a singleton's reference."""
    point, probe = QPointF(), _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(8):
        point.setX(1.0)
        probe.ping.emit()
    return sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before


def install() -> bool:
    """Make None, True and False immortal in practice if this PySide6 leaks them; True if done."""
    global _installed
    if _installed:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False  # already immortal there
    if not singleton_references_leak():
        return False
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(singleton)).value += IMMORTAL_REFERENCES
    _installed = True
    return True


install()
