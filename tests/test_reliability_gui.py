"""Issue 12, the window: Ctrl+C, quitting with unsaved work, read-only folders, conflicts,
pasted articles and hostile annotation files -- real signals, real folders, real threads."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

CTRL_C_CHILD = r"""
import os, signal, sys
from PySide6.QtCore import QTimer
from widgets.app import build_window, close_on_interrupt

app, window = build_window([], persist=False)
window.show()
close_on_interrupt(window)
# A real SIGINT, as the terminal sends for Ctrl+C, once the event loop runs.
QTimer.singleShot(300, lambda: os.kill(os.getpid(), signal.SIGINT))
code = app.exec()
print("exit", code, "visible", window.isVisible())
"""


def test_ctrl_c_in_the_terminal_closes_the_window_without_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTEST_CURRENT_TEST", None)
    done = subprocess.run([sys.executable, "-c", CTRL_C_CHILD], capture_output=True, text=True,
                          timeout=120, env=env, cwd=REPO, check=False)
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr, done.stderr
    assert done.returncode == 0
    assert done.stdout.split() == ["exit", "0", "visible", "False"]


def test_ctrl_c_closes_through_the_window_close(qtbot) -> None:
    from widgets.app import close_on_interrupt
    from widgets.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    previous = signal.getsignal(signal.SIGINT)
    try:
        close_on_interrupt(window)
        os.kill(os.getpid(), signal.SIGINT)  # a real signal to this process
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        signal.signal(signal.SIGINT, previous)
