"""Test-wide settings: hypothesis profiles, Qt off screen where there is no display, and the
application font restored after each test.

Property tests explore new examples on every local run; under CI (the `CI` environment variable,
set by `.ci/run`'s runner) they are derandomised so that a CI result can be reproduced exactly.
No per-example deadline anywhere: on a loaded 2-core machine a deadline only measures the load.
"""

from __future__ import annotations

import os
import sys

import pytest
from hypothesis import settings

settings.register_profile("dev", deadline=None)
settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# Without a display Qt's default platform aborts the whole run at the first widget test (a core
# dump, no test result); the widget tests draw off screen anyway.
if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _application_font_restored():
    """Each test starts with the application font the one before started with: `build_window`
    sets a larger one off screen (`widgets.app._apply_font`), and a later test that counts the
    panes fitting a 1400-pixel window then found fewer (order-dependent failures)."""
    widgets = sys.modules.get("PySide6.QtWidgets")  # never import Qt for a test that has none
    app = widgets.QApplication.instance() if widgets is not None else None
    font = app.font() if app is not None else None
    yield
    if font is not None and widgets.QApplication.instance() is app and app.font() != font:
        app.setFont(font)
