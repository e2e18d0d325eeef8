"""What the window's parts may use of the window, so they need not import `widgets.main_window`.

`widgets.main_window.MainWindow` builds its parts (project menus, annotation GUI and controller,
corrections, reading views, Figures dock, saved settings) and each part needs the window back.
The parts are typed against `WindowFrame`, so the imports run one way only: main_window → parts
→ window_frame, and widgets/ has no import cycle. It is a QMainWindow subclass rather than a
Protocol because the parts also use the window as a Qt parent and call QMainWindow's own methods
(dock widgets, status bar, menu bar), which a Protocol cannot promise alongside.

It declares the attributes the window builds and implements the few window operations the parts
call (which pane shows an article, reveal a range); `MainWindow` provides `new_window` and
`add_tool_bar`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QSplitter, QToolBar

from viewer.corpus import Article
from viewer.palette import Theme
from viewer.passages import Passage
from viewer.rows import display_title
from viewer.session import Session
from viewer.wording import count_of, one_line
from viewer.workspace import MAX_PANES, MIN_PANES, Workspace
from widgets.article_list import ArticleList
from widgets.find_bar import FindBar
from widgets.link_map import LinkMap
from widgets.notices import NoticeArea
from widgets.pane_row import PaneRow
from widgets.passage_list import PassageList
from widgets.text_pane import TextPane
from widgets.window_chrome import StatusWidgets

PASSAGE_NOTE_MS = 8000


class WindowFrame(QMainWindow):
    """The comparison window as its parts see it; see the module docstring."""

    workspace: Workspace
    session: Session
    theme: Theme
    corpus_paths: list[Path]
    """The files and folders the user opened (file dialogs start in their folder)."""
    pane_row: PaneRow
    notices: NoticeArea
    find_bar: FindBar
    article_list: ArticleList
    passage_list: PassageList
    main_splitter: QSplitter
    lists_splitter: QSplitter
    file_menu: QMenu
    edit_menu: QMenu
    view_menu: QMenu
    quit_action: QAction
    sync_scroll_action: QAction
    figures_action: QAction
    export_figures_action: QAction
    """File › Export figures… (`widgets.figures_export`): the menu's last export."""
    status_widgets: StatusWidgets
    """The status bar's counts, progress and Cancel (background work says it runs there)."""
    ask_remove: Callable[[str], bool]
    """Whether the user wants an article removed (`widgets.article_removal.ask_to_remove`;
    replaceable in tests)."""
    ask_remove_many: Callable[[list[str]], bool]
    """Whether the user wants the articles selected in the list removed, asked once
    (`widgets.article_removal.ask_to_remove_many`; replaceable in tests)."""

    def new_window(self) -> WindowFrame:
        """A new, empty window of the same kind, with this one's settings and theme."""
        raise NotImplementedError

    def add_tool_bar(self, title: str, object_name: str) -> QToolBar:
        """A toolbar at the top, or where the user left the one of this `object_name` at the
        last run (the window restored its saved state before its parts made their toolbars)."""
        raise NotImplementedError

    def text_panes(self) -> list[TextPane]:
        return self.pane_row.panes()

    def link_maps(self) -> list[LinkMap]:
        return self.pane_row.link_maps()

    def pane_for(self, article_id: str) -> TextPane | None:
        return self.pane_row.pane_for(article_id)

    def reveal_range(self, article_id: str, start: int, end: int) -> None:
        """Show `article_id` in a pane (replacing the last one if six are shown), select
        code points [start, end) and scroll to them."""
        if article_id not in self.workspace.corpus:
            return
        in_view = self.pane_row.ids_in_view()
        unticked: list[str] = []
        if self.pane_for(article_id) is None:
            shown = list(self.workspace.shown)
            if len(shown) >= MAX_PANES:
                unticked = shown[MAX_PANES - 1:]
                shown = shown[:MAX_PANES - 1]
            self.workspace.set_shown([*shown, article_id])
        pane = self.pane_for(article_id)
        if pane is not None and pane.isHidden():  # ticked, but no room for it: put it first
            self.workspace.set_shown([article_id, *(i for i in self.workspace.shown
                                                    if i != article_id)])
            pane = self.pane_for(article_id)
        if pane is not None:
            pane.select_range(start, end)
        now_in_view = set(self.pane_row.ids_in_view())
        moved_out = [i for i in in_view if i not in now_in_view and i not in unticked]
        if unticked or moved_out:
            # Showing what a figure, a tag or a search points at may take another article's
            # place: say which, or the reader wonders where it went.
            self.statusBar().showMessage(self._made_room_note(article_id, unticked, moved_out),
                                         12_000)

    def _made_room_note(self, shown: str, unticked: Sequence[str],
                        moved_out: Sequence[str]) -> str:
        def titles(ids: Sequence[str]) -> str:
            return ", ".join(f"“{one_line(self.workspace.title_of(i), 40)}”" for i in ids)

        parts = [f"Showing “{one_line(self.workspace.title_of(shown), 40)}”"]
        if unticked:
            parts.append(f"unticked {titles(unticked)} ({MAX_PANES} articles side by side "
                         "at most)")
        if moved_out:
            parts.append(f"{titles(moved_out)} still ticked, out of view for want of room")
        return "; ".join(parts)

    def bring_passage_into_view(self, passage_id: str) -> None:
        """Show the articles that carry `passage_id` when no pane in view does: as many panes
        as are in view now (at least two), its carriers first, in place of the others. A
        passage chosen in the list is then always seen, linked across panes, even in a folder
        of several events whose default panes all report another one. When one pane in view
        carries it, another carrier joins that pane's side (`_pair_the_carrier`)."""
        passage = self.workspace.selected_passage()
        if passage is None or passage.id != passage_id:
            return
        carriers = [i for i in passage.document_ids if i in self.workspace.corpus]
        in_view = self.pane_row.ids_in_view()
        carried_in_view = [i for i in in_view if i in passage.document_ids]
        if len(carried_in_view) == 1 and len(carriers) > 1:
            self._pair_the_carrier(passage, carried_in_view[0], in_view)
            return
        if not carriers or carried_in_view:
            return
        count = max(MIN_PANES, len(in_view))
        chosen = carriers[:count]
        chosen += [i for i in in_view if i not in chosen][:count - len(chosen)]
        if self.workspace.set_shown(chosen) is None:
            self._note_about_passage(
                f"Showing {min(len(carriers), count)} of the {len(carriers)} articles that "
                "carry the selected passage")

    def _pair_the_carrier(self, passage: Passage, carrier: str, in_view: list[str]) -> None:
        """One pane in view carries the chosen passage: it is seen, but linked to nothing (the
        bands join adjacent panes only), and the journalist who chose the statement most
        outlets carry read it in one article. Put one more carrier beside that pane -- one the
        user ticked that waits for room, else one quoting the statement whole, else the first
        -- and let the pane on the far side wait (it stays ticked, unless six already are)."""
        shown = list(self.workspace.shown)
        waiting = [i for i in shown if i not in in_view]
        others = [i for i in passage.document_ids
                  if i in self.workspace.corpus and i not in in_view]
        if not others:
            return
        partner = min(others, key=lambda i: (i not in waiting, not any(
            o.kind == "copy" for o in passage.occurrences_in(i))))
        row = list(in_view)
        place = row.index(carrier)
        if place + 1 < len(row) or place == 0:
            row.insert(place + 1, partner)
        else:  # the last pane in view: the partner takes its left neighbour's place
            row[place - 1:place + 1] = [partner, carrier, row[place - 1]]
        chosen = row + [i for i in waiting if i != partner]
        if self.workspace.set_shown(chosen[:MAX_PANES]) is None:
            self._note_about_passage(
                f"Showing 2 of the {len(others) + 1} articles that carry the selected "
                "passage side by side")

    _passage_note: str = ""
    """The status bar's note about the passage selected, while it may still be shown."""

    def _note_about_passage(self, note: str) -> None:
        self._passage_note = note
        self.statusBar().showMessage(note, PASSAGE_NOTE_MS)

    def drop_passage_note(self, *_args: object) -> None:
        """Another passage is selected, or the panes changed: a note about the one before, or
        about the panes before, goes (it stayed after the next F8 selected a passage already in
        view, and read as said of that one: tester, session 54). Any other message stays."""
        if self._passage_note and self.statusBar().currentMessage() == self._passage_note:
            self.statusBar().clearMessage()
        self._passage_note = ""

    def bring_added_into_view(self, added: Sequence[Article], origin: str | None = "file",
                              *_details: object) -> None:
        """Articles the user opens or pastes into a session under way that are ticked -- a few
        become the last ticked panes, and of many (a folder) as many as there are places left
        in six -- would wait unseen when the window has no room for them (the user pasted one
        and saw nothing new; opened a folder and saw "2 more ticked articles not shown":
        tester55): put them first. Not for a project's own articles, nor the first ones opened,
        whose panes are chosen as usual."""
        if origin is None or len(self.workspace.corpus) <= len(added):
            return
        self._say_displaced(added, origin)
        waiting = [a.id for a in added
                   if (pane := self.pane_for(a.id)) is not None and pane.isHidden()]
        if waiting:
            self.workspace.set_shown(
                [*waiting, *(i for i in self.workspace.shown if i not in waiting)])

    def _say_displaced(self, added: Sequence[Article], origin: str) -> None:
        """Say which panes the added articles took the place of (the window shows six at most):
        a ticked article the user was reading must not leave the panes unsaid."""
        displaced = [i for i in self.workspace.displaced if i in self.workspace.corpus
                     and i not in self.workspace.shown]
        if not displaced:
            return
        titles = ", ".join(f"“{display_title(self.workspace.article(i))}”" for i in displaced)
        what = ("the pasted article" if origin == "pasted" and len(added) == 1
                else count_of(len(added), "new article"))
        self.statusBar().showMessage(
            f"Showing {what} in place of {titles} (at most {MAX_PANES} side by side; tick it "
            "in the list to show it again)", 15000)

    def bring_ticked_into_view(self, article_id: str) -> None:
        """An article the user ticks is one they mean to read: when the window has no room for
        it, it takes the last place in view rather than wait unseen behind the others (the
        user ticked it and saw nothing but the count of waiting articles grow)."""
        pane = self.pane_for(article_id)
        if pane is None or not pane.isHidden():
            return
        others = [i for i in self.workspace.shown if i != article_id]
        place = max(0, len(self.pane_row.visible_panes()) - 1)
        self.workspace.set_shown([*others[:place], article_id, *others[place:]])

    def remove_article(self, article_id: str | None = None) -> None:
        """Remove an article (default: the one selected in the list, else the focused pane)."""
        self.session.remove_article(article_id or self.article_list.selected_article_id()
                                    or self.pane_row.focused_pane_id())

    def remove_article_asking(self, article_id: str | None = None) -> None:
        """The user's File › Remove article (Ctrl+W) and the list's right-click Remove: as
        `remove_article`, once `ask_remove` agrees (see `widgets.article_removal`); with
        several articles selected in the list and none named, all of them, asked once."""
        if article_id is None:
            several = [i for i in self.article_list.selected_article_ids()
                       if i in self.workspace.corpus]
            if len(several) > 1:
                if self.ask_remove_many(several):
                    self.session.remove_articles(several)
                return
        chosen = article_id or self.article_list.selected_article_id() \
            or self.pane_row.focused_pane_id() or self.article_list.framed_article_id()
        if chosen is not None and chosen in self.workspace.corpus \
                and not self.ask_remove(chosen):
            return
        self.session.remove_article(chosen)
