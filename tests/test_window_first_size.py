"""The window's size on a first run (no size kept from an earlier one): it fits the screen."""

from __future__ import annotations

from pathlib import Path

from widgets.app import MIN_HEIGHT, MIN_WIDTH, build_window

WAIT_MS = 5_000


def test_a_first_run_on_a_small_screen_fits_it_and_a_screenshot_keeps_its_size(
        qtbot, tmp_path: Path) -> None:
    """tester16: on a 1366x768 laptop the first window was 1400x850, its right-hand pane and
    status bar past the screen's edge. The off-screen platform's screen (800x800) is smaller
    than the first size too."""
    app, window = build_window([], persist=False)
    qtbot.addWidget(window)
    screen = app.primaryScreen()
    assert screen is not None
    available = screen.availableGeometry()
    assert available.width() < MIN_WIDTH or available.height() < MIN_HEIGHT
    window.show()
    qtbot.waitUntil(lambda: window.width() <= available.width()
                    and window.height() <= available.height(), timeout=WAIT_MS)
    window.session.close()

    _app, shot = build_window([], screenshot=tmp_path / "window.png")
    qtbot.addWidget(shot)
    assert (shot.width(), shot.height()) == (MIN_WIDTH, MIN_HEIGHT)
    shot.session.close()
