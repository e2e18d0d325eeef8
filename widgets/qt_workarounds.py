"""Work around a PySide6 refcount bug: `SignalInstance.emit()` returns True without a reference.

Measured with PySide6 6.12 on Python 3.11: every `signal.emit(...)` from Python lowers the
reference count of `True` by one, so a session that emits a few thousand signals aborts with
"Fatal Python error: bool_dealloc". (Python 3.12+ makes `True` immortal, which hides the bug.)
`install()` probes for the bug once and, only when it is present, wraps `emit` to take the missing
reference. Imported by `widgets/__init__.py`, so every window module is covered.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_installed = False


class _Probe(QObject):
    ping = Signal()


def emit_leaks_a_reference() -> bool:
    """True when emitting a signal loses a reference to the returned bool."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(4):
        probe.ping.emit()
    leaked = sys.getrefcount(True) < before
    if leaked:
        for _ in range(4):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return leaked


def install() -> bool:
    """Patch `SignalInstance.emit` if this PySide6 has the bug; True if patched."""
    global _installed
    if _installed:
        return True
    if not emit_leaks_a_reference():
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)  # the reference PySide forgot to give us
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True


install()
