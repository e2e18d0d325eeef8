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
from widgets.text_pane import TextPane


def make_window(qtbot, articles: Sequence[Article], result: AlignmentResult | None = None,
                *, aligner=find_shared_passages, settings=None,
                backends: Backends | None = None) -> MainWindow:
    """`aligner`: the engine, run in a thread; `backends` replaces that choice entirely."""
    workspace = Workspace(articles)
    if backends is None:
        backends = Backends(engine=aligner, loader=load_paths)
    window = MainWindow(workspace, backends=backends, settings=settings, theme=LIGHT)
    qtbot.addWidget(window)
    window.resize(1400, 850)
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
