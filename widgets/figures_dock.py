"""The Figures dock: who gives which number, one row per quantity, disagreements flagged.

A thin view over `viewer.figures.table`: the rows, cells and marks come from there; the figures
are computed off the GUI thread as a `viewer.jobs` job (its outcome brought back to the GUI
thread by `widgets.session_bridge.GuiThreadPost`), stamped with the corpus generation so a
result for a corpus that has since changed is dropped, and only while the dock is shown. They
wait for the alignment result of the current articles: figures are compared only between
articles that share passages (one event), so until it comes there is nothing to compare. A
figure chosen (click, Enter, Space: `widgets.figures_grid`) has its wording selected in the
article's pane; one the arrow keys move onto too, when its article is in view (moving along the
rows never changes the panes); "Make claim group" turns the selected row into linked
annotations (tag `figure`) through the annotation undo stack; "Export figures…"
(`widgets.figures_export`) saves the table shown. The grid paints the table
(`widgets.figures_grid`).

`show_figures_dock(window, shown)` builds the dock on first use (View › Figures).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.cancel import Cancelled
from viewer.figures.extraction import Mention
from viewer.figures.grouping import Quantity
from viewer.figures.report import no_figures_message
from viewer.figures.table import FiguresTable, compute_table
from viewer.jobs.job import Job
from viewer.passages import AlignmentResult
from viewer.workspace import Workspace
from widgets.dock_places import place_bottom_dock, shares_its_place, usable_lines_height
from widgets.figures_claims import make_claim_group
from widgets.figures_export import FiguresExport
from widgets.figures_grid import FiguresGrid
from widgets.session_bridge import GuiThreadPost
from widgets.window_chrome import shrinkable

if TYPE_CHECKING:
    from widgets.window_frame import WindowFrame

DOCK_HEIGHT = 220
DOCK_SHARE_OF_WINDOW = 4
"""The dock opens at most this fraction (1/4) of the window's height: the panes come first."""

Reveal = Callable[[str, int, int], None]
MakeClaimGroup = Callable[[Quantity], object]


class FiguresDock(QDockWidget):
    """The figures table of the workspace's corpus."""

    table_ready = Signal()
    """A table for the current corpus is shown."""

    def __init__(self, workspace: Workspace, reveal: Reveal,
                 make_claim_group: MakeClaimGroup | None = None,
                 parent: QWidget | None = None,
                 in_view: Callable[[str], bool] = lambda _article_id: False) -> None:
        """`in_view`: whether an article is in a pane in view (the arrow keys follow there)."""
        super().__init__("Figures", parent)
        self.setObjectName("figuresDock")
        self.workspace = workspace
        self.reveal = reveal
        self.in_view = in_view
        self.make_claim_group = make_claim_group
        self.table: FiguresTable | None = None
        self._shown_generation: int | None = None
        self._shown_result: AlignmentResult | None = None
        self._running: tuple[int, Job[FiguresTable]] | None = None
        self._running_result: AlignmentResult | None = None
        self._post = GuiThreadPost(self)
        self._height_with_rows: int | None = None
        self._height_without_rows: int | None = None

        self.status = QLabel("Figures are found when this dock is shown.")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)  # a long message wraps rather than scroll the dock sideways
        self.claim_button = QPushButton("Make claim group")
        self.claim_button.setToolTip("Annotate every figure of the selected row (tag 'figures'), "
                                     "linked as one claim group across the articles")
        self.claim_button.setEnabled(False)
        self.claim_button.clicked.connect(self._make_claim_group)
        self.claim_action = QAction("Make &claim group", self)
        self.claim_action.triggered.connect(self._make_claim_group)
        self.export = FiguresExport(self, workspace, self.current_table,
                                    getattr(parent, "export_figures_action", None))
        self.table_ready.connect(self.export.update_enabled)
        self.grid = FiguresGrid()
        self.grid.menu_actions += [self.claim_action, self.export.action]
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.verticalHeader().setVisible(False)
        header = self.grid.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.grid.figure_chosen.connect(self._show_figure)
        self.grid.figure_reached.connect(self._follow_figure)
        self.grid.currentCellChanged.connect(lambda *_args: self._update_button())

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.claim_button)
        bar.addWidget(self.export.button)
        body = self.body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        self.setWidget(shrinkable(body))  # see window_chrome.shrinkable

        workspace.corpus_changed.connect(self._on_corpus_changed)
        workspace.result_changed.connect(self._on_corpus_changed)
        self.visibilityChanged.connect(self._on_visibility_changed)

    # --- background -----------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the figures of the current corpus in the background (unless shown already),
        once the alignment result of the current corpus is in place."""
        generation = self.workspace.generation
        articles = self.workspace.corpus.articles
        result = self._current_result()
        if result is None and articles:
            self.stop()
            self.status.setText("Waiting for the shared passages: figures are compared only "
                                "between articles that share some (one event)…")
            return
        if self._shown_generation == generation and self._shown_result is result \
                and self._of_current_articles():
            return
        if self._running is not None:
            if self._running[0] == generation and self._running_result is result:
                return
            self._running[1].cancel()
        post = self._post
        job: Job[FiguresTable] = Job.start(
            lambda token, progress: compute_table(articles, token, progress, result),
            lambda fraction: post(lambda: self._on_progress(generation, fraction)),
            name="parallax-figures")
        self._running = (generation, job)
        self._running_result = result
        self.status.setText("Finding figures…")
        job.add_done_callback(
            lambda done: post(lambda: self._on_done(generation, done, result)))

    def _current_result(self) -> AlignmentResult | None:
        """The workspace's alignment result if it is of exactly the current articles."""
        result = self.workspace.result
        if result is None or set(result.document_ids) != set(self.workspace.corpus.ids):
            return None
        return result

    def current_table(self) -> FiguresTable | None:
        """The table shown, if it is of the current articles and their alignment (else None:
        a newer one is coming, or none has been found yet)."""
        if (self._shown_generation != self.workspace.generation
                or self._shown_result is not self._current_result()
                or not self._of_current_articles()):
            return None
        return self.table

    def _of_current_articles(self) -> bool:
        """Whether the table shown was made of the articles open now, as they are: an edit of
        Article details replaces an article with no new generation (a review: the export
        wrote the old title and outlet, unlike the command)."""
        table, now = self.table, self.workspace.corpus.articles
        return table is not None and len(table.articles) == len(now) and all(
            shown is current for shown, current in zip(table.articles, now, strict=True))

    def stop(self) -> None:
        if self._running is not None:
            self._running[1].cancel()
            self._running = None

    def _on_progress(self, generation: int, fraction: float) -> None:
        if self._running is not None and self._running[0] == generation and fraction < 1:
            self.status.setText(f"Finding figures… {fraction:.0%}")

    def _on_done(self, generation: int, job: Job[FiguresTable],
                 result: AlignmentResult | None) -> None:
        if self._running is not None and self._running[1] is job:
            self._running = None
        try:
            table = job.result()
        except Cancelled:
            return
        except Exception as error:  # a bug in extraction must not take the window down
            self.status.setText(f"Figures could not be found: {type(error).__name__}: {error}")
            return
        self._on_finished(generation, table, result)

    def _on_finished(self, generation: int, table: FiguresTable,
                     result: AlignmentResult | None = None) -> None:
        if generation != self.workspace.generation or result is not self._current_result():
            return  # computed for a corpus or result that has changed since: a newer job comes
        self._shown_generation = generation
        self._shown_result = result
        self.show_table(table)
        if not self._of_current_articles():
            self.refresh()  # (an article's details edited while it was found)

    def _on_corpus_changed(self, *_args: object) -> None:
        if self.isVisible():
            self.refresh()

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible:
            self.refresh()

    # --- painting -------------------------------------------------------------------------

    def show_table(self, table: FiguresTable) -> None:
        self.table = table
        self.grid.show_table(table)
        self.status.setText(table.summary() if table.rows else no_figures_message(
            self.workspace.corpus.articles))
        self.grid.setVisible(bool(table.rows))
        # Once the dock has its laid-out height (a table found fast comes before it has).
        QTimer.singleShot(0, self, lambda: self._fit_height(bool(table.rows)))
        self._update_button()
        self.table_ready.emit()

    def usable_height(self) -> int:
        """The least height it keeps when it comes into view (`place_bottom_dock`): a few
        lines, but none for its message alone when no other dock shares its room."""
        if self.table is not None and not self.table.rows and not shares_its_place(self):
            return 0
        return usable_lines_height(self)

    def _fit_height(self, has_rows: bool) -> None:
        """With no figures the dock shows its message alone, as tall as that: an empty table
        220 px tall took the panes' room in a small window. It grows back to the height it
        had when figures come (another corpus), unless the user has resized it since. Not
        when another dock is a tab beside it: the Claim comparison in that tab then showed
        its legend line alone (tester, session 58)."""
        window = self.parentWidget()
        if not isinstance(window, QMainWindow) or self.isFloating() or not self.isVisible():
            return
        if not has_rows and not shares_its_place(self):
            title_bar = self.height() - self.widget().height()
            wanted = title_bar + self.body.sizeHint().height()
            if self.height() > wanted:
                self._height_with_rows = self.height()
                window.resizeDocks([self], [wanted], Qt.Orientation.Vertical)
                self._height_without_rows = wanted
        elif self._height_with_rows is not None:
            if abs(self.height() - (self._height_without_rows or 0)) <= 2:  # (not resized since)
                window.resizeDocks([self], [self._height_with_rows], Qt.Orientation.Vertical)
            self._height_with_rows = self._height_without_rows = None

    # --- user actions ---------------------------------------------------------------------

    def mention_at(self, row: int, column: int) -> Mention | None:
        return self.grid.mention_at(row, column)

    def quantity_at(self, row: int) -> Quantity | None:
        table = self.table
        if table is None or row < 0:
            return None
        if table.list_view:
            entries = table.entries()
            return table.rows[entries[row].row].quantity if row < len(entries) else None
        return table.rows[row].quantity if row < len(table.rows) else None

    def _show_figure(self, row: int, column: int) -> None:
        mention = self.mention_at(row, column)
        if mention is not None:
            self.reveal(mention.document, mention.start, mention.end)

    def _follow_figure(self, row: int, column: int) -> None:
        """Reading down the rows shows each figure in its pane, but never changes the panes
        (that takes Enter: arrowing through fifty figures would untick the user's articles)."""
        mention = self.mention_at(row, column)
        if mention is not None and self.in_view(mention.document):
            self.reveal(mention.document, mention.start, mention.end)

    def _update_button(self) -> None:
        quantity = self.quantity_at(self.grid.currentRow())
        self.claim_button.setEnabled(self.make_claim_group is not None and quantity is not None)
        self.claim_action.setEnabled(self.claim_button.isEnabled())

    def _make_claim_group(self) -> None:
        quantity = self.quantity_at(self.grid.currentRow())
        if quantity is not None and self.make_claim_group is not None:
            self.make_claim_group(quantity)


def show_figures_dock(window: WindowFrame, shown: bool) -> FiguresDock | None:
    """Show or hide the window's Figures dock, building it the first time it is shown."""
    dock: FiguresDock | None = getattr(window, "figures_dock", None)
    if dock is None:
        if not shown:
            return None
        dock = FiguresDock(window.workspace, window.reveal_range,
                           lambda quantity: make_claim_group(window, quantity), window,
                           lambda article_id: article_id in window.pane_row.ids_in_view())
        window.figures_dock = dock  # type: ignore[attr-defined]
        # (a quarter of a small window at most: at 1024x700 the panes kept 11 lines; where the
        # user left it at the last run, unless that leaves it too low to read)
        place_bottom_dock(window, dock,
                          lambda: min(DOCK_HEIGHT, window.height() // DOCK_SHARE_OF_WINDOW),
                          dock.usable_height)
        action = getattr(window, "figures_action", None)
        if action is not None:  # closing the dock with its own button unticks View › Figures
            dock.toggleViewAction().toggled.connect(action.setChecked)
    dock.setVisible(shown)
    if shown:
        dock.refresh()
    return dock
