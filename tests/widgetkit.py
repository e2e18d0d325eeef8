"""Helpers for the window's pytest-qt tests: build a window over a workspace, find character
positions on screen, read highlight formats."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.jobs.choice import Backends
from viewer.loading import load_paths
from viewer.palette import LIGHT
from viewer.passages import AlignmentResult
from viewer.workspace import Workspace
from widgets.main_window import MainWindow
from widgets.pane_row import text_char_width
from widgets.text_pane import TextPane


def make_window(qtbot, articles: Sequence[Article], result: AlignmentResult | None = None,
                *, aligner=find_shared_passages, settings=None,
                backends: Backends | None = None, width: int = 1400) -> MainWindow:
    """`aligner`: the engine, run in a thread; `backends` replaces that choice entirely.
    `width`: 1400 shows four or five panes (a pane needs 40 characters a line, so a larger
    default font shows fewer); a test that needs every pane asks for more."""
    workspace = Workspace(articles)
    if backends is None:
        backends = Backends(engine=aligner, loader=load_paths)
    window = MainWindow(workspace, backends=backends, settings=settings, theme=LIGHT)
    qtbot.addWidget(window)
    window.resize(width, 850)
    window.show()
    qtbot.waitExposed(window)
    if result is not None:
        assert workspace.accept_result(workspace.generation, result)
    return window


def char_point(pane: TextPane, offset: int) -> QPoint:
    """A viewport point over the character at code point `offset` (scrolled into view first)."""
    if not pane.is_visible_range(offset, offset + 1):
        pane.scroll_to(offset)
    cursor = QTextCursor(pane.editor.document())
    cursor.setPosition(pane.positions.to_utf16(offset))
    rect = pane.editor.cursorRect(cursor)
    return QPoint(rect.x() + 3, rect.center().y())


def background_at(pane: TextPane, offset: int) -> str | None:
    """The background colour ("#rrggbb") drawn behind code point `offset`, None if none."""
    fmt = pane.char_format_at(offset)
    if not fmt.hasProperty(fmt.Property.BackgroundBrush):
        return None
    return fmt.background().color().name()


def narrowest_line_in_chars(window: MainWindow) -> float:
    """How many characters a line the narrowest visible pane shows."""
    widths = []
    for pane in window.pane_row.visible_panes():
        metrics = pane.editor.fontMetrics()
        margin = 2 * pane.editor.document().documentMargin()
        widths.append((pane.editor.viewport().width() - margin) / text_char_width(metrics))
    return min(widths)
