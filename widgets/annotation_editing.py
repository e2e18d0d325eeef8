"""The user's edits of the annotations: tag the selection, tag every copy of a passage, edit,
delete, and reveal one in its pane.

Each edit asks for tags, note and claim (`ask`, replaceable in tests) and pushes ONE undo command
on the annotation undo stack; `widgets.annotation_controller` owns the stack and the set and
keeps the views and the file in step with them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.model import (
    AnchorStatus,
    Annotation,
    annotations_for_passage,
    make_annotation,
    to_whole_words,
    without_outer_spaces,
)
from viewer.annotations.tags import tag_set
from viewer.tag_scope import TagScope
from widgets.annotation_commands import AddAnnotations, RemoveAnnotations, UpdateAnnotation

if TYPE_CHECKING:
    from widgets.tag_dialog import TagAnswer
    from widgets.window_frame import WindowFrame

AskTags = Callable[[str, TagScope, "Annotation | None"], "TagAnswer | None"]
"""(quote, what OK will make, annotation being edited or None) -> the user's answer or None."""


class AnnotationEditing:
    """The annotation edits of one window; see the module docstring."""

    def __init__(self, window: WindowFrame, annotations: AnnotationSet, undo_stack: QUndoStack,
                 message: Callable[[str], None]) -> None:
        self.window = window
        self.workspace = window.workspace
        self.annotations = annotations
        self.undo_stack = undo_stack
        self.message = message
        self.ask: AskTags = self._ask_with_dialog
        """Replaceable (tests): how tags, note and claim are asked for."""
        self.on_accept: Callable[[], None] | None = None
        """Called once, when the user next accepts a tag (then cleared): the annotation GUI
        opens the Annotations dock there, so a cancelled first Tag claim changes nothing."""

    def tag_selection(self) -> Annotation | None:
        """Tag the text selected in a pane (the focused pane first)."""
        found = self._selection()
        if found is None:
            self.message("Select some text in an article first, then Tag claim")
            return None
        article_id, selected = found
        article = self.workspace.article(article_id)
        start, end = to_whole_words(article.text, *without_outer_spaces(article.text,
                                                                         *selected))
        if start == end:
            # (a drag into the blank space below a line selects its break alone: it was saved
            # as an annotation quoting "\n", a blank row in the dock)
            self.message("The selection holds only spaces or line breaks: select some words, "
                         "then Tag claim")
            return None
        answer = self.ask(article.text[start:end], TagScope.on(article), None)
        if answer is None:
            return None
        opened = self._accepted()
        self._keep_in_view(article_id, start, end, reflowing=opened)
        annotation = make_annotation(article, start, end, tags=answer.tags, note=answer.note,
                                     claim=answer.claim)
        self.undo_stack.push(AddAnnotations(self.annotations, [annotation], "Tag claim"))
        return annotation

    def tag_every_copy(self) -> list[Annotation]:
        """Annotate every occurrence of the selected shared passage at once."""
        passage = self.workspace.selected_passage()
        if passage is None:
            self.message("Select a shared passage first (click one in a pane or the list)")
            return []
        articles = self.workspace.corpus.articles
        # The dialog says what OK will make, counted as it will be made.
        scope = TagScope.of([a.article_id for a in annotations_for_passage(passage, articles)])
        # The dialog quotes the statement, not the first occurrence (often a quoted fragment:
        # "All is well" for the whole tweet): the consensus, else the longest occurrence.
        longest = max(passage.occurrences, key=lambda o: o.end - o.start)
        answer = self.ask(passage.consensus or longest.text, scope, None)
        if answer is None:
            return []
        self._accepted()
        # As for Tag claim: the dock the first tag opens may have pushed its carriers' panes out.
        self.window.bring_passage_into_view(passage.id)
        made = annotations_for_passage(passage, articles, tags=answer.tags, note=answer.note,
                                       claim=answer.claim)
        if made:
            self.undo_stack.push(AddAnnotations(self.annotations, made,
                                                f"Tag {len(made)} copies"))
        return made

    def edit(self, annotation: Annotation) -> None:
        corpus = self.workspace.corpus
        scope = TagScope.on(corpus.get(annotation.article_id)) \
            if annotation.article_id in corpus else TagScope()
        answer = self.ask(annotation.exact, scope, annotation)
        if answer is None:
            return
        new = annotation.edited(tags=answer.tags, note=answer.note, claim=answer.claim)
        if new == annotation:
            return
        self.undo_stack.push(UpdateAnnotation(self.annotations, annotation, new,
                                              "Edit annotation"))

    def delete(self, annotations: Sequence[Annotation]) -> None:
        if annotations:
            text = "Delete annotation" if len(annotations) == 1 else (
                f"Delete {len(annotations)} annotations")
            self.undo_stack.push(RemoveAnnotations(self.annotations,
                                                   [a.id for a in annotations], text))

    def reveal(self, annotation: Annotation) -> None:
        if (annotation.status is AnchorStatus.ORPHANED
                or annotation.article_id not in self.workspace.corpus):
            self.message("This annotation is orphaned: its text was not found in the open "
                         "articles (it is kept in the file)")
            return
        self.window.reveal_range(annotation.article_id, annotation.start, annotation.end)

    def _accepted(self) -> bool:
        """Call `on_accept` once; whether it was called (the dock opens now)."""
        opening, self.on_accept = self.on_accept, None
        if opening is not None:
            opening()
        return opening is not None

    def _keep_in_view(self, article_id: str, start: int, end: int, *, reflowing: bool) -> None:
        """The first Tag claim opens the Annotations dock, and the narrower panes may leave no
        room for the very pane being tagged (the rightmost goes first): bring it back. Where
        it stays and the dock has just opened (`reflowing`), its text reflows narrower: the
        pane is scrolled to the tagged words, which its scroll anchor keeps in view through
        the re-wrap (they had slid out of it)."""
        pane = self.window.pane_for(article_id)
        if pane is None or pane.isHidden():
            self.window.reveal_range(article_id, start, end)
        elif reflowing:
            pane.scroll_to(start)

    def _selection(self) -> tuple[str, tuple[int, int]] | None:
        """What the user last selected or found: with the focus in the find bar, the current
        hit; else the focused pane's selection, else that of the pane whose selection changed
        last (a figure or an annotation shown selects its words there; a find bar closed, its
        hit). Never a selection left behind in another pane: a tester's Ctrl+T after Find
        tagged the figure clicked before, in another article."""
        row = self.window.pane_row
        focused = row.focused_pane_id()
        hit = self.workspace.find.current
        if focused is None and hit is not None and self.window.find_bar.has_focus():
            return hit.document, (hit.start, hit.end)
        for pane in (row.pane_for(focused) if focused else None, row.last_selected_pane()):
            chosen = pane.selected_range() if pane is not None else None
            if pane is not None and chosen is not None and chosen[1] > chosen[0]:
                return pane.article_id, chosen
        return None

    def _ask_with_dialog(self, quote: str, scope: TagScope, editing: Annotation | None
                         ) -> TagAnswer | None:
        # Imported on first use: the dialogs are not needed to show the window.
        from PySide6.QtWidgets import QDialog

        from widgets.tag_dialog import TagDialog

        dialog = TagDialog(
            quote, tag_set(self.annotations.tags_in_use()), self.annotations.claim_names,
            chosen=editing.tags if editing else (), note=editing.note if editing else "",
            claim=editing.claim if editing else None, scope=scope, parent=self.window)
        if editing is not None:  # "Tag claim" read as if OK would add a second annotation
            dialog.setWindowTitle("Edit annotation")
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.answer()
        finally:
            dialog.deleteLater()
