"""The row of 2-6 text panes with a link map between each pair, and their synchronised scrolling.

Rebuilt when the workspace's shown articles change; `panes_changed` then says the new panes are
in place, so whoever adds to the panes (the annotation GUI: context menu entries, marks)
subscribes to it rather than to the workspace and never sees the old panes.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent, QShowEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from viewer.column_fit import panes_fitting
from viewer.find_in_panes import FindHit
from viewer.palette import Theme
from viewer.workspace import Workspace
from widgets.article_text_view import ElidedLabel
from widgets.link_map import LINK_MAP_WIDTH, LinkMap
from widgets.overview import OVERVIEW_WIDTH
from widgets.text_pane import TextPane

PLACEHOLDER = "Open articles with File › Open files… or drop files here."
OPENING = "Opening the articles… they show here once read."
"""The placeholder while files are read (20,000 take a while): not an invitation to open them."""
MIN_CHARS_PER_LINE = 40
"""A pane narrower than this many characters of running text a line is too cramped to read: fewer
panes are shown instead (the ticked ones that do not fit wait, with a note, for more room)."""
PANE_CHROME = 28
"""Frame, margins and the text's own padding beside the scroll bar, overview and link map."""
MIN_PANE_LINES = 10
"""The fewest lines of text a pane shows: docks and the lists below give way first. On a short
screen with a large font fewer (see `min_pane_height`). Lines as the panes lay them out
(`lines_height`), not in the font's nominal line spacing."""
PITCH_SAMPLE_LINES = 3 * MIN_PANE_LINES
"""The first lines of an article measured for `lines_height`."""
FEWEST_PANE_LINES = 4
SCREEN_SHARE = 3
"""The panes' minimum height is at most 1/SCREEN_SHARE of the screen's height: ten lines of an
18 pt font, with the menus, the lists and two docks at their smallest, held the window 877 px
tall, more than a 1366x768 laptop screen (the window could not be made to fit)."""
PANE_HEADER_LINES = 2
"""The title and meta lines above a pane's text."""
RUNNING_TEXT = ("The Pentagon said in a statement that more than a dozen ballistic missiles were "
                "launched from Iran at two bases, and officials were assessing the damage.")
"""A line of ordinary prose: what a character is on average in the text a pane shows."""


def text_char_width(metrics: QFontMetrics) -> float:
    """The width of an average character of running prose in this font.

    Qt's `averageCharWidth` averages over the font's glyphs (capitals and wide letters
    included), a fifth wider than the letters of a news paragraph; measured on it, "40
    characters a line" would leave panes with 50 and show one pane fewer than fits.
    """
    return metrics.horizontalAdvance(RUNNING_TEXT) / len(RUNNING_TEXT)


class PaneRow(QWidget):
    """The panes of the articles the workspace shows, in its order."""

    panes_changed = Signal()
    """The panes were rebuilt (after the workspace's `shown_changed`)."""

    def __init__(self, workspace: Workspace, theme: Theme) -> None:
        super().__init__()
        self.workspace = workspace
        self.theme = theme
        self.synchronised = False
        """Scroll all panes together, keeping the selected passage level."""
        self._panes: list[TextPane] = []
        self._link_maps: list[LinkMap] = []
        self._scroll_lock = False
        self._last_selected: str | None = None
        """The article of the pane whose selection changed last (`last_selected_pane`)."""
        self.row = QWidget()
        self.row.setObjectName("paneRow")
        self.row_layout = QHBoxLayout(self.row)
        self.row_layout.setContentsMargins(0, 0, 0, 0)
        self.row_layout.setSpacing(0)
        self.placeholder = QLabel(PLACEHOLDER)
        self.placeholder.setTextFormat(Qt.TextFormat.PlainText)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # One line, elided (all of it in the tooltip): never what keeps the window from
        # narrowing, nor, wrapped to two lines under a large font, from getting shorter.
        self.hidden_note = ElidedLabel()
        self.hidden_note.setObjectName("hiddenPanesNote")
        self.hidden_note.hide()
        layout.addWidget(self.row, 1)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.hidden_note)
        # Docks and the lists give way before the panes drop below a readable height (a tester
        # at 1000x700 with two docks open read five lines a pane).
        self._keep_readable_height()
        workspace.shown_changed.connect(self.rebuild)
        self.rebuild()

    def set_opening(self, opening: bool) -> None:
        """While files are being read, the empty row says so instead of how to open some."""
        self.placeholder.setText(OPENING if opening else PLACEHOLDER)

    def panes(self) -> list[TextPane]:
        return list(self._panes)

    def link_maps(self) -> list[LinkMap]:
        return list(self._link_maps)

    def pane_for(self, article_id: str) -> TextPane | None:
        return next((p for p in self._panes if p.article_id == article_id), None)

    def last_selected_pane(self) -> TextPane | None:
        """The pane whose selection changed last, by the user or for them (a figure or an
        annotation shown, a find hit kept): what they work on when no pane has the focus.
        A selection dropped (the cursor moved) counts too: an older one left in another pane
        is not what the user last chose."""
        return self.pane_for(self._last_selected) if self._last_selected else None

    def keep_found(self, hit: FindHit | None, focus: bool) -> None:
        """The find bar closed on `hit`: select it in its pane, as a browser keeps what it
        found (Tag claim then tags it), and when the bar had the keyboard focus give it to
        that pane -- with no hit, to the pane last selected in, else the first in view. Qt gave
        it to the next widget in its chain, the article list, where Ctrl+A then Ctrl+W acted
        on articles (tester, session 54)."""
        pane = self.pane_for(hit.document) if hit is not None else None
        if hit is not None and pane is not None and not pane.isHidden():
            pane.select_range(hit.start, hit.end, scroll=False)
        else:
            pane = self.last_selected_pane()
            if pane is None or pane.isHidden():
                pane = next(iter(self.visible_panes()), None)
        if focus and pane is not None:
            pane.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def focused_pane_id(self) -> str | None:
        focus = QApplication.focusWidget()
        for pane in self._panes:
            if focus is not None and (focus is pane.editor or pane.isAncestorOf(focus)):
                return pane.article_id
        return None

    def rebuild(self) -> None:
        existing = {p.article_id: p for p in self._panes}
        wanted = [i for i in self.workspace.shown if i in self.workspace.corpus]
        for link_map in self._link_maps:
            link_map.detach()
            _discard(link_map)
        self._link_maps = []
        for article_id, pane in existing.items():
            if article_id not in wanted:
                pane.detach()
                _discard(pane)
        while self.row_layout.count():
            self.row_layout.takeAt(0)
        panes: list[TextPane] = []
        for article_id in wanted:
            kept = existing.get(article_id)
            if kept is None:
                kept = TextPane(self.workspace, article_id, self.theme)
                kept.editor.verticalScrollBar().valueChanged.connect(
                    lambda _value, pane=kept: self._pane_scrolled(pane))
                kept.editor.selectionChanged.connect(
                    lambda article_id=article_id: self._selection_changed(article_id))
                # (re-wrapped to a new width: its lines and paragraph gaps measured again)
                kept.editor.viewport_resized.connect(self._keep_readable_height)
            panes.append(kept)
        for number, pane in enumerate(panes):
            if number:
                link_map = LinkMap(self.workspace, panes[number - 1], pane)
                self._link_maps.append(link_map)
                self.row_layout.addWidget(link_map)
            self.row_layout.addWidget(pane, 1)
        self._panes = panes
        self.row.setVisible(bool(panes))
        self.placeholder.setVisible(not panes)
        self._fit_to_width()
        # Lay the row out now: a pane shown again must have its width (and its text wrapped
        # to it) before anyone measures where a passage is.
        self.row_layout.activate()
        self._keep_readable_height()  # of the panes now in view
        self.reveal_selection()
        self.panes_changed.emit()

    def _selection_changed(self, article_id: str) -> None:
        self._last_selected = article_id

    # --- readable widths --------------------------------------------------------------------

    def min_pane_height(self) -> int:
        """MIN_PANE_LINES lines of text as the panes in view lay them out and the panes'
        title and meta lines above them; fewer lines (not below FEWEST_PANE_LINES) where that
        would take more than 1/SCREEN_SHARE of the screen's height.

        Measured on the panes, once laid out: Hangul or Han text drawn in a fallback font has
        lines a third taller than the interface font's spacing, and a web page's paragraphs
        have gaps between them; counted in the font's spacing, "ten lines" of a Korean article
        at 1366x768 were seven and a half (tester, session 55)."""
        spacing = self.fontMetrics().lineSpacing()
        panes = [pane for pane in self.visible_panes() if pane.editor.viewport().height() > 0]
        # the title and meta lines, frame and margins: all of a laid-out pane but its text
        chrome = max((pane.height() - pane.editor.viewport().height() for pane in panes),
                     default=spacing * PANE_HEADER_LINES + PANE_CHROME)

        def text_height(lines: int) -> float:
            return max([float(spacing * lines),
                        *(lines_height(pane.editor.document(), lines) for pane in panes)])

        lines = MIN_PANE_LINES
        height = screen_height(self)
        if height is not None:
            room = height // SCREEN_SHARE - chrome
            while lines > FEWEST_PANE_LINES and text_height(lines) > room:
                lines -= 1
        return math.ceil(text_height(lines)) + chrome

    def _keep_readable_height(self) -> None:
        self.row.setMinimumHeight(self.min_pane_height())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._keep_readable_height()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._keep_readable_height()  # the screen is known now

    def min_pane_width(self) -> int:
        """The room one pane and its link map need for MIN_CHARS_PER_LINE characters a line
        (the last pane has no link map: `viewer.column_fit.panes_fitting`)."""
        metrics = self._panes[0].editor.fontMetrics() if self._panes else self.fontMetrics()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return (round(text_char_width(metrics) * MIN_CHARS_PER_LINE) + LINK_MAP_WIDTH
                + OVERVIEW_WIDTH + scroll_bar + PANE_CHROME)

    def room(self, width: int | None = None) -> int:
        """How many panes fit side by side in `width` (default: the row's width); at least 1."""
        return panes_fitting(self.width() if width is None else width, self.min_pane_width(),
                             LINK_MAP_WIDTH)

    def visible_panes(self) -> list[TextPane]:
        return [pane for pane in self._panes if not pane.isHidden()]

    def ids_in_view(self) -> list[str]:
        """The articles of the panes in view, left to right (not the ticked ones left out)."""
        return [pane.article_id for pane in self.visible_panes()]

    def _fit_to_width(self) -> None:
        """Show the first panes that fit; hide the rest (and the link maps leading to them)."""
        fits = self.room()
        for number, pane in enumerate(self._panes):
            pane.setHidden(number >= fits)
            if number:
                self._link_maps[number - 1].setHidden(number >= fits)
        hidden = len(self._panes) - min(fits, len(self._panes))
        if hidden:
            self.hidden_note.set_full_text(
                f"{hidden} more ticked article{'s' if hidden > 1 else ''} not shown: no room "
                "to read them side by side. Widen the window, close a dock or untick an "
                "article.")
        self.hidden_note.setVisible(bool(hidden))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible() and self.workspace.widen_default_panes(self.room()):
            return  # the panes were chosen again: rebuilt, fitted and scrolled to the passage
        before = [p.isHidden() for p in self._panes]
        self._fit_to_width()
        if [p.isHidden() for p in self._panes] != before:
            self.reveal_selection()

    def reveal_selection(self) -> None:
        """Scroll every pane carrying the selected passage to it (kept through the re-wrap the
        new widths cause), so changing the panes never loses the passage being read."""
        selected = self.workspace.selected
        if selected is None:
            return
        for pane in self._panes:
            first = self.workspace.highlights(pane.article_id).first_offset_of(selected)
            if first is not None:
                pane.scroll_to(first)

    def _pane_scrolled(self, source: TextPane) -> None:
        """Synchronised scrolling: keep the selected passage level across panes (else the same
        share of each text), as near as a whole line at each pane's top allows (a pane set to
        the source's pixel level showed its top line cut). The lock drops the nested calls our
        own scrolling causes."""
        if self._scroll_lock or not self.synchronised:
            return
        self._scroll_lock = True
        try:
            selected = self.workspace.selected
            source_first = (self.workspace.highlights(source.article_id).first_offset_of(selected)
                            if selected else None)
            source_bar = source.editor.verticalScrollBar()
            fraction = source_bar.value() / max(source_bar.maximum(), 1)
            for pane in self._panes:
                if pane is source:
                    continue
                first = (self.workspace.highlights(pane.article_id).first_offset_of(selected)
                         if selected else None)
                if source_first is not None and first is not None:
                    pane.scroll_to(first, source.scroll_offset_of(source_first))
                else:
                    pane.scroll_near(fraction * pane.editor.verticalScrollBar().maximum())
        finally:
            self._scroll_lock = False


def lines_height(document: QTextDocument, lines: int) -> float:
    """The height `lines` lines of `document`'s text take on screen, from a line's top to the
    last one's foot, where they take the most among its first PITCH_SAMPLE_LINES lines as laid
    out: lines drawn in a taller fallback font (Hangul, Han) and the gaps under paragraphs
    included. A pane the window scrolls starts at a line's top, so this much shows `lines`
    whole lines. 0 before the document is laid out."""
    layout = document.documentLayout()
    tops: list[float] = []
    feet: list[float] = []
    block = document.begin()
    while block.isValid() and len(tops) < PITCH_SAMPLE_LINES:
        block_top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        for number in range(text_layout.lineCount() if text_layout is not None else 0):
            line = text_layout.lineAt(number)
            tops.append(block_top + line.y())
            feet.append(block_top + line.y() + line.height())
        block = block.next()
    if not tops:
        return 0.0
    tops[0] = 0.0  # a pane at the top shows the document's margin above its first line
    if len(tops) < lines:  # a short article: lines as tall as its own
        return feet[-1] * lines / len(tops)
    return max(feet[at + lines - 1] - tops[at] for at in range(len(tops) - lines + 1))


def screen_height(widget: QWidget) -> int | None:
    """The available height of the screen `widget` is on (None: no screen yet)."""
    screen = widget.screen()
    return screen.availableGeometry().height() if screen is not None else None


def _discard(widget: QWidget) -> None:
    """Take `widget` out of the row and delete it once control returns to the event loop.
    Hidden first: a widget merely taken from its parent became a window of its own, and Qt
    showed it (and painted it, asking for a removed article's highlights: KeyError) before the
    deferred deletion came round."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()
