"""Corrections in the window: Article › Set passage extent to selection, Unlink this occurrence,
Link selection to passage, These say the same thing (also in the panes' context menus).

Each turns what the user selected into a `viewer.corrections.Correction` and pushes ONE undo
command on the window's undo stack (shared with the annotations, so Edit › Undo takes back the
last change of either kind). The command only calls the project binding's `add_correction` /
`remove_correction`; the session lays the corrections over the engine's result in the
background, and again after every re-alignment. Corrections are kept in a project, so the
window becomes its (unsaved) project if it was not one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from viewer.corrections import Correction
    from viewer.passages import Occurrence
    from viewer.projects.binding import ProjectBinding
    from widgets.window_frame import WindowFrame

Selection = tuple[str, int, int]
"""(article id, start, end) in code points."""


class AddCorrection(QUndoCommand):
    """One correction: redo stores it, undo removes it (each re-applies the corrections)."""

    def __init__(self, binding: ProjectBinding, correction: Correction, text: str,
                 after: Callable[[], None]) -> None:
        super().__init__(text)
        self.binding = binding
        self.correction = correction
        self.after = after

    def redo(self) -> None:
        if not self.binding.add_correction(self.correction):
            self.setObsolete(True)  # not kept (said in the status bar): nothing to undo
        self.after()

    def undo(self) -> None:
        self.binding.remove_correction(self.correction.id)
        self.after()


class CorrectionActions:
    """The correction actions of one window; see the module docstring."""

    def __init__(self, window: WindowFrame, menu: QMenu,
                 ensure_project: Callable[[], ProjectBinding | None],
                 refresh_status: Callable[[], None]) -> None:
        """`menu`: the Article menu; `ensure_project`: the window's project binding (made now
        if the window is not a project yet); `refresh_status`: after each change."""
        self.window = window
        self.ensure_project = ensure_project
        self.refresh_status = refresh_status
        menu.addSeparator()
        self.extent_action = self._action(
            "Set passage &extent to selection", self.set_extent_to_selection,
            "Extend or shrink the selected passage's occurrence in this article to the "
            "selected text")
        self.unlink_action = self._action(
            "&Unlink this occurrence", self.unlink_occurrence,
            "This article's copy of the selected passage is not the same statement")
        self.link_action = self._action(
            "&Link selection to passage", self.link_selection_to_passage,
            "The selected text says the same as the selected passage")
        self.same_action = self._action(
            "These say the &same thing", self.link_selections,
            "Link the text selected in two or more panes as one passage")
        self.actions = [self.extent_action, self.unlink_action, self.link_action,
                        self.same_action]
        for action in self.actions:
            menu.addAction(action)
        window.pane_row.panes_changed.connect(self._add_to_panes)
        self._add_to_panes()

    def _action(self, text: str, slot: Callable[[], object], tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _add_to_panes(self) -> None:
        for pane in self.window.text_panes():
            for action in self.actions:
                if action not in pane.context_menu_actions:
                    pane.context_menu_actions.append(action)

    # --- the corrections ------------------------------------------------------------------------

    def set_extent_to_selection(self) -> Correction | None:
        from viewer.corrections import SpanAnchor, resize_occurrence

        chosen = self._selections()
        occurrence = self._occurrence_in(chosen[0][0]) if chosen else None
        if not chosen or occurrence is None:
            return self._say("Select a shared passage, then select its new extent in a pane")
        article_id, start, end = chosen[0]
        occurrence = self._occurrence_in(article_id, (start, end)) or occurrence
        article = self.window.workspace.article(article_id)
        old = SpanAnchor.of(article, occurrence.start, occurrence.end)
        return self._push(resize_occurrence(old, SpanAnchor.of(article, start, end)),
                          "Set passage extent")

    def unlink_occurrence(self) -> Correction | None:
        from viewer.corrections import SpanAnchor, remove_link

        article_id = self._target_article()
        occurrence = (self._occurrence_in(article_id, self._caret_in(article_id))
                      if article_id else None)
        if article_id is None or occurrence is None:
            return self._say("Select a shared passage and click in the pane of the article "
                             "whose copy is wrong")
        article = self.window.workspace.article(article_id)
        return self._push(remove_link(SpanAnchor.of(article, occurrence.start,
                                                    occurrence.end)), "Unlink occurrence")

    def link_selection_to_passage(self) -> Correction | None:
        from viewer.corrections import SpanAnchor, link_spans

        chosen = self._selections()
        passage = self.window.workspace.selected_passage()
        if not chosen or passage is None:
            return self._say("Select a shared passage, then select the text that says the same "
                             "in another article")
        article_id, start, end = chosen[0]
        workspace = self.window.workspace
        others = [o for o in passage.occurrences if o.document != article_id]
        if not others:
            return self._say("Select the text in an article the passage is not in")
        anchor = others[0]
        spans = [SpanAnchor.of(workspace.article(anchor.document), anchor.start, anchor.end),
                 SpanAnchor.of(workspace.article(article_id), start, end)]
        return self._push(link_spans(spans), "Link to passage")

    def link_selections(self) -> Correction | None:
        from viewer.corrections import SpanAnchor, link_spans

        chosen = self._selections()
        if len({article_id for article_id, _s, _e in chosen}) < 2:
            return self._say("Select the text that says the same thing in two or more panes")
        workspace = self.window.workspace
        spans = [SpanAnchor.of(workspace.article(a), s, e) for a, s, e in chosen]
        return self._push(link_spans(spans), "Link as the same statement")

    # --- helpers --------------------------------------------------------------------------------

    def _push(self, correction: Correction, text: str) -> Correction | None:
        binding = self.ensure_project()
        if binding is None:
            return self._say("Corrections are kept in a project: use File › Save project as… "
                             "first")
        from widgets.annotation_gui import add_annotation_gui

        controller = add_annotation_gui(self.window).ensure_controller()
        controller.undo_stack.push(AddCorrection(binding, correction, text,
                                                 self.refresh_status))
        return correction

    def _say(self, text: str) -> Correction | None:
        """Say why nothing was done; None (so callers can `return self._say(...)`)."""
        self.window.statusBar().showMessage(text, 8000)
        return None

    def _selections(self) -> list[Selection]:
        """The non-empty selections of the panes, the focused pane first."""
        panes = self.window.text_panes()
        focused = self.window.pane_row.focused_pane_id()
        ordered = sorted(panes, key=lambda pane: pane.article_id != focused)
        found: list[Selection] = []
        for pane in ordered:
            chosen = pane.selected_range()
            if chosen is not None and chosen[1] > chosen[0]:
                found.append((pane.article_id, chosen[0], chosen[1]))
        return found

    def _target_article(self) -> str | None:
        focused = self.window.pane_row.focused_pane_id()
        if focused is not None:
            return focused
        chosen = self._selections()
        return chosen[0][0] if chosen else None

    def _caret_in(self, article_id: str) -> tuple[int, int] | None:
        """Where the pane's cursor (or selection) is, in code points of the article's text."""
        pane = self.window.pane_for(article_id)
        if pane is None:
            return None
        cursor = pane.editor.textCursor()
        return pane.positions.range_to_code_points(cursor.selectionStart(),
                                                   cursor.selectionEnd())

    def _occurrence_in(self, article_id: str, near: tuple[int, int] | None = None
                       ) -> Occurrence | None:
        """The selected passage's occurrence in the article: the one at or nearest `near` (the
        user's click or selection), else the first. An article may carry a passage twice (its
        headline repeated in the body): the copy the user pointed at is the one corrected, not
        always the first."""
        passage = self.window.workspace.selected_passage()
        if passage is None:
            return None
        found: Sequence[Occurrence] = [o for o in passage.occurrences
                                       if o.document == article_id]
        if not found or near is None:
            return found[0] if found else None
        low, high = near

        def distance(occurrence: Occurrence) -> int:
            return max(occurrence.start - high, low - occurrence.end, 0)

        return min(found, key=distance)
