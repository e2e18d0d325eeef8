"""One article shown as plain, wrapped text with its shared passages highlighted.

The pane asks the workspace for styled segments (code points) and turns them into character
formats in one edit block; `Utf16Map` is the only place offsets cross into Qt's UTF-16 positions.
Also the annotation GUI's hooks: `selected_range`, `set_annotation_ranges`, `context_menu_actions`.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Signal
from PySide6.QtGui import (
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QVBoxLayout,
    QWidget,
)

from viewer.display_text import (
    display_text,
    lines_around,
    looks_like_markdown,
    markdown_marks,
    paragraphs_by_line_breaks,
    wraps_anywhere,
)
from viewer.fonts import italics_lack
from viewer.highlights import SegmentStyle
from viewer.offsets import Utf16Map
from viewer.palette import Theme
from viewer.rows import passage_tooltip
from viewer.scroll_stops import nearest_stop, stop_showing
from viewer.workspace import Workspace
from widgets.article_text_view import ArticleTextView, space_paragraphs
from widgets.focus_ring import FocusRing
from widgets.markdown_format import MarkdownStyler
from widgets.overview import OverviewBar
from widgets.pane_header import PaneHeader
from widgets.segment_formats import segment_format

MARKDOWN_MARKER_COLOUR = "#8a8a8a"
"""Markdown markers (`#`, `*`) dimmed: readable on the light and the dark theme."""
PARAGRAPH_GAP = 0.6
"""Space under each line of an article whose paragraphs are one line break apart, in lines."""
SCROLL_ANCHOR = 0.2
"""A passage scrolled to sits this far down the viewport, so what precedes it stays in view."""


class TextPane(QFrame):
    """An article as a pane: header (title, outlet, date), text, and its overview map."""

    passage_clicked = Signal(str)
    view_changed = Signal()
    """Scrolled, resized or re-laid out: link maps and overviews redraw."""
    highlights_applied = Signal()

    def __init__(self, workspace: Workspace, article_id: str, theme: Theme,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.article_id = article_id
        self.article = workspace.article(article_id)
        self._version = workspace.version_of(article_id)
        self.theme = theme
        self.positions = Utf16Map(self.article.text, self.article.body_start)
        self._annotations: list[tuple[int, int]] = []
        self._formats: dict[tuple[SegmentStyle, bool], QTextCharFormat] = {}
        self._applied_segments: list = []
        self._y_cache: dict[tuple[int, int], tuple[float, float]] = {}
        self._skip_next_scroll = False
        self._scroll_anchor: tuple[int, float | None] | None = None
        """Offset (and level) last scrolled to by the program; kept when the text re-wraps."""
        self._scrolling = False
        self.setObjectName("textPane")
        self.setFrameShape(QFrame.Shape.StyledPanel)

        self.header = PaneHeader(self.article, self._version)
        self.title_label, self.meta_label = self.header.title_label, self.header.meta_label
        self.editor = ArticleTextView()
        # Breaks Qt would draw as boxes become line breaks, one character for one code point.
        shown = display_text(self.article.body)
        if wraps_anywhere(shown):  # a long run with no break (a blob): see the function
            self.editor.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        self.editor.setPlainText(shown)
        if paragraphs_by_line_breaks(shown):
            # whole pixels, so that lines stay on whole pixels for scrolling to a line's top
            space_paragraphs(self.editor.document(),
                             round(PARAGRAPH_GAP * self.editor.fontMetrics().lineSpacing()))
        self.markdown = MarkdownStyler(
            self.editor.document(), self.positions,
            markdown_marks(shown) if looks_like_markdown(
                self.article.path.suffix if self.article.path else None) else (),
            MARKDOWN_MARKER_COLOUR)
        self.markdown.apply()
        self.overview = OverviewBar(self, self)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.editor, 1)
        body.addWidget(self.overview)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(self.header)
        outer.addLayout(body, 1)
        self.focus_ring = FocusRing(self, self.editor)  # where the keys go

        self.editor.character_clicked.connect(self._on_character_clicked)
        self.editor.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        self.editor.verticalScrollBar().rangeChanged.connect(self._keep_scroll_anchor)
        self.editor.document().documentLayout().documentSizeChanged.connect(self._on_relayout)
        self.editor.viewport_resized.connect(self._on_relayout)
        self.editor.shown.connect(self._keep_scroll_anchor)
        self.editor.tooltip_for = self.tooltip_at

        workspace.result_changed.connect(self.refresh)
        workspace.selection_changed.connect(self._on_selection_changed)
        workspace.find.changed.connect(self._on_find_changed)
        self.refresh()

    # --- the annotation GUI's API -----------------------------------------------------------

    @property
    def context_menu_actions(self) -> list:
        return self.editor.context_menu_actions

    def selected_range(self) -> tuple[int, int] | None:
        """The text the user selected, in code points of Article.text, or None."""
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            return None
        return self.positions.range_to_code_points(cursor.selectionStart(), cursor.selectionEnd())

    def set_annotation_ranges(self, ranges: list[tuple[int, int]]) -> None:
        self._annotations = list(ranges)
        self.refresh()

    def select_range(self, start: int, end: int, *, scroll: bool = True) -> None:
        """Select code points [start, end) of Article.text and scroll them into view
        (`scroll` False: only if they are out of view)."""
        q_start, q_end = self.positions.range_to_utf16(start, end)
        cursor = QTextCursor(self.editor.document())
        cursor.setPosition(q_start)
        cursor.setPosition(q_end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        if scroll or not self.is_visible_range(start, end):
            self.scroll_to(start)

    # --- lifecycle --------------------------------------------------------------------------

    def detach(self) -> None:
        """Stop listening to the workspace (the pane is about to be deleted)."""
        self.workspace.result_changed.disconnect(self.refresh)
        self.workspace.selection_changed.disconnect(self._on_selection_changed)
        self.workspace.find.changed.disconnect(self._on_find_changed)

    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        self._formats.clear()
        cursor = QTextCursor(self.editor.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.setCharFormat(QTextCharFormat())
        self.markdown.apply()
        self._applied_segments = []
        self.refresh()

    # --- highlighting -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw every highlight from the workspace's current state."""
        self._refresh_header()
        hit = self.workspace.find.current
        current = (hit.start, hit.end) if hit is not None and hit.document == self.article_id \
            else None
        segments = self.workspace.highlights(self.article_id).segments(
            selected=self.workspace.selected,
            find_hits=self.workspace.find.hits_in(self.article_id),
            current_hit=current,
            annotations=self._annotations,
        )
        if segments != self._applied_segments:
            self._apply(segments)
            self._applied_segments = segments
        self.overview.update()
        self.highlights_applied.emit()

    def _apply(self, segments: list) -> None:
        """Reformat only what changed: clear the runs that went away, then format the new ones.

        Old runs never overlap each other, so a character in a run kept from before is touched
        by neither step; re-laying out only the changed blocks keeps selection fast.
        """
        kept = set(self._applied_segments) & set(segments)
        document = self.editor.document()
        cursor = QTextCursor(document)
        cursor.beginEditBlock()
        plain = QTextCharFormat()
        for segment in self._applied_segments:
            if segment not in kept:
                self._format_range(cursor, segment.start, segment.end, plain)
        for segment in segments:
            if segment not in kept:
                # (a fragment in a script without italics is marked otherwise: an italic face
                # may lack its letters and draw boxes; asked of its paragraph, so that a piece
                # a Find hit cuts off, "22" of «22 قتيلا», is marked as the rest is)
                upright = segment.style.fragment and italics_lack(
                    lines_around(self.article.text, segment.start, segment.end))
                self._format_range(cursor, segment.start, segment.end,
                                   self._format(segment.style, upright))
        self.markdown.apply((s.start, s.end) for s in
                            set(self._applied_segments) ^ set(segments))
        cursor.endEditBlock()

    def _format_range(self, cursor: QTextCursor, start: int, end: int,
                      fmt: QTextCharFormat) -> None:
        q_start, q_end = self.positions.range_to_utf16(start, end)
        cursor.setPosition(q_start)
        cursor.setPosition(q_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)

    def _format(self, style: SegmentStyle, upright: bool = False) -> QTextCharFormat:
        cached = self._formats.get((style, upright))
        if cached is None:
            cached = self._formats[(style, upright)] = segment_format(self.theme, style,
                                                                      upright=upright)
        return cached

    def char_format_at(self, offset: int) -> QTextCharFormat:
        """The format drawn on the character at code point `offset` of Article.text."""
        # Read the fragment holding the character: QTextCursor.charFormat() at a block start
        # reports the block's first character instead of the one before the cursor.
        position = self.positions.to_utf16(offset)
        block = self.editor.document().findBlock(position)
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.position() <= position < fragment.position() + fragment.length():
                return fragment.charFormat()
            fragments += 1
        return QTextCharFormat()  # the line break at the end of a block

    # --- geometry, used by link maps, overview and scrolling --------------------------------

    def document_y_range(self, start: int, end: int) -> tuple[float, float]:
        """Top and bottom, in document pixels, of the lines holding code points [start, end)."""
        key = (start, end)
        cached = self._y_cache.get(key)
        if cached is None:
            q_start, q_end = self.positions.range_to_utf16(start, end)
            top = self.editor.line_box(q_start)[0]
            bottom = self.editor.line_box(max(q_end - 1, q_start))[1]
            cached = self._y_cache[key] = (top, bottom)
        return cached

    def viewport_y_range(self, start: int, end: int) -> tuple[float, float]:
        top, bottom = self.document_y_range(start, end)
        scroll = self.editor.verticalScrollBar().value()
        return top - scroll, bottom - scroll

    def viewport_rect_in(self, widget: QWidget) -> QRect:
        """The text viewport's rectangle in `widget`'s coordinates."""
        viewport = self.editor.viewport()
        top_left = widget.mapFromGlobal(viewport.mapToGlobal(QPoint(0, 0)))
        return QRect(top_left, viewport.size())

    def is_visible_range(self, start: int, end: int) -> bool:
        top, bottom = self.viewport_y_range(start, end)
        height = self.editor.viewport().height()
        return (top >= 0 and bottom <= height) or (top <= 0 and bottom >= height)

    def scroll_to(self, offset: int, level: float | None = None) -> None:
        """Scroll so code point `offset` sits about `level` pixels down the viewport (default:
        SCROLL_ANCHOR of its height), the view starting at a line's top so that no line is shown
        cut in half. Kept through re-wraps and new layouts until the user scrolls."""
        top, _ = self.document_y_range(offset, offset + 1)
        self._scroll_anchor = (offset, level)
        if level is None:
            level = self.editor.viewport().height() * SCROLL_ANCHOR
        stop = stop_showing(top, level, self.editor.line_tops_around(max(top - level, 0.0)))
        self._set_scroll(round(stop))

    def scroll_near(self, y: float) -> None:
        """Start the view at the line top nearest document height `y` (synchronised scrolling
        with no passage to keep level); not kept through re-wraps."""
        self._scroll_anchor = None
        self._set_scroll(round(nearest_stop(y, self.editor.line_tops_around(y))))

    def _set_scroll(self, value: int) -> None:
        self._scrolling = True
        try:
            self.editor.verticalScrollBar().setValue(value)
        finally:
            self._scrolling = False

    def scroll_to_fraction(self, fraction: float) -> None:
        length = len(self.article.text) - self.article.body_start
        self.scroll_to(self.article.body_start + int(fraction * length))

    def visible_fractions(self) -> tuple[float, float]:
        """The shown part of the text as fractions of its characters (for the overview)."""
        viewport = self.editor.viewport()
        first = self.editor.cursorForPosition(QPoint(0, 0)).position()
        last = self.editor.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
        total = max(self.positions.utf16_length, 1)
        return first / total, last / total

    def scroll_offset_of(self, offset: int) -> float:
        """Where code point `offset` stands from the viewport top, in pixels (for sync scroll)."""
        return self.viewport_y_range(offset, offset + 1)[0]

    # --- events -----------------------------------------------------------------------------

    def tooltip_at(self, point: QPoint) -> str:
        """The plain tooltip text for viewport `point` ('' off any passage)."""
        position = self.editor.character_at(point)
        if position is None or self.workspace.result is None:
            return ""
        offset = self.positions.to_code_point(position)
        passage_id = self.workspace.highlights(self.article_id).passage_at(offset)
        if passage_id is None:
            return ""
        passage = self.workspace.result.passage(passage_id)
        return passage_tooltip(self.workspace.corpus, passage, self.article_id, offset)

    def _refresh_header(self) -> None:
        """Show edited metadata (the article details dialog): same text, new title or outlet."""
        if self.article_id not in self.workspace.corpus:
            return
        article = self.workspace.article(self.article_id)
        version = self.workspace.version_of(self.article_id)
        # (a version of its file added beside it changes its header too)
        if article != self.article or version != self._version:
            self.article, self._version = article, version
            self.header.show_article(article, version)

    def _on_character_clicked(self, position: int) -> None:
        offset = self.positions.to_code_point(position)
        passage_id = self.workspace.highlights(self.article_id).passage_at(offset)
        if passage_id is not None:
            self._skip_next_scroll = True
            self.workspace.select_passage(passage_id)
            self._skip_next_scroll = False
            self.passage_clicked.emit(passage_id)

    def _on_selection_changed(self, passage_id: str | None) -> None:
        self.refresh()
        if passage_id is not None and not self._skip_next_scroll \
                and not self.workspace.selection_followed_result:
            first = self.workspace.highlights(self.article_id).first_offset_of(passage_id)
            if first is not None:
                self.scroll_to(first)
        self.view_changed.emit()

    def _on_find_changed(self) -> None:
        self.refresh()
        hit = self.workspace.find.current
        if hit is not None and hit.document == self.article_id \
                and not self.is_visible_range(hit.start, hit.end):
            self.scroll_to(hit.start)

    def _on_scrolled(self, _value: int) -> None:
        if not self._scrolling and not self.editor.showing:
            self._scroll_anchor = None  # the user scrolled: their position wins
        self.overview.update()
        self.view_changed.emit()

    def _keep_scroll_anchor(self, *_range: int) -> None:
        """Scroll back to what the program scrolled to, if the user has not scrolled since.

        A pane is scrolled before its first layout when the app shows its first result before
        the window appears; the scroll range only exists, and QTextEdit's own scroll on show
        only ends, later."""
        if self._scroll_anchor is not None:
            self.scroll_to(*self._scroll_anchor)

    def _on_relayout(self) -> None:
        self._y_cache.clear()
        self._keep_scroll_anchor()  # re-wrapping moved the text: keep what we scrolled to
        self.view_changed.emit()
