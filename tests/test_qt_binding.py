"""Guard against a Qt binding that leaks references to Python's singletons.

PySide6 6.12 on Python 3.11 loses a reference to `None` on every Qt method that returns nothing
and to `True` on every `signal.emit()`; a session that paints for a few minutes then aborts with
"Fatal Python error: none_dealloc". pyproject.toml keeps such builds out; this test fails if one
is installed anyway, so the pin cannot silently rot.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QPointF, Signal


class _Probe(QObject):
    ping = Signal()


def test_void_calls_and_emits_keep_singleton_references() -> None:
    point, probe = QPointF(), _Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(64):
        point.setX(1.0)
        probe.ping.emit()
    none_lost = none_before - sys.getrefcount(None)
    true_lost = true_before - sys.getrefcount(True)
    # Other code may take references meanwhile, never drop 64 of them.
    assert none_lost < 64 and true_lost < 64, (
        f"this PySide6 build leaks singleton references (None: {none_lost}, True: {true_lost} "
        "lost over 64 calls); install a PySide6-Essentials version allowed by pyproject.toml"
    )
