"""Re-anchoring a window's annotations when its articles change, the undo steps' ones too.

Used by `widgets.annotation_controller.AnnotationController` on every corpus change (and after
an import read while the articles changed). It says what to re-anchor -- the set's annotations
and the values its undo steps hold (an undone import holds thousands) -- and applies the
outcome; where the work runs is `viewer.session_reanchoring`'s business: at once when quick,
else as a job off the GUI thread, the status bar showing progress and the window's Cancel
(`widgets.window_chrome.StatusWidgets`, the alignment's), which stops it and leaves the set and
the undo steps' values as they were (re-anchored at the next change to the articles). An
outcome is applied only if the articles, the set and the undo steps are as they were when it
was asked for; otherwise it is stale and the re-anchoring starts again. So Ctrl+Z keeps undoing
earlier tags after an article is removed or realigned, and the window keeps answering meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.reanchor_job import ReanchorOutcome, ReanchorRequest
from viewer.session_reanchoring import SessionReanchoring
from viewer.wording import before_counts, count_of
from viewer.workspace import Workspace
from widgets.annotation_commands import HeldValues, held_by
from widgets.session_bridge import GuiThreadPost
from widgets.window_chrome import StatusWidgets

REANCHORING = "re-anchoring the annotations"
"""What the window's Cancel stops (its tooltip says it)."""


class AnnotationReanchoring(QObject):
    def __init__(self, annotations: AnnotationSet, workspace: Workspace, undo_stack: QUndoStack,
                 status_label: QLabel, status: StatusWidgets, update_status: Callable[[], None],
                 message: Callable[[str], None], parent: QObject) -> None:
        super().__init__(parent)
        self.annotations = annotations
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.status_label = status_label
        self.update_status = update_status
        self.message = message
        self.background = SessionReanchoring(GuiThreadPost(self))
        self.background.progress.connect(self._progress)
        self.background.finished.connect(self._apply)
        self.background.failed.connect(self._failed)
        self.background.busy_changed.connect(
            lambda busy: status.running(REANCHORING, self.cancel if busy else None))
        self._asked: tuple[ReanchorRequest, int, HeldValues] | None = None
        """The newest request, the set's revision then, and what the undo steps held then."""

    def reanchor(self) -> None:
        """Re-anchor every annotation against the articles now open (orphans stay in the set),
        and the values the undo steps hold; a large set in the background (the window keeps
        answering, progress in the status bar)."""
        if not len(self.annotations) and not any(held_by(self.undo_stack)):
            self.background.cancel()
            self._asked = None
            return
        held = HeldValues(self.undo_stack)
        request = ReanchorRequest(self.workspace.corpus.articles,
                                  tuple(self.annotations.annotations), held.values,
                                  self.workspace.generation)
        self._asked = (request, self.annotations.revision, held)
        outcome = self.background.start(request)
        if outcome is not None:  # quick enough: done at once, as the user expects
            self._apply(outcome)
            return
        self._progress(0.0)

    def cancel(self) -> None:
        """The user's Cancel: the job ends and its outcome is dropped; the set and the values
        the undo steps hold stay as they were (nothing is lost: the next change to the articles
        re-anchors them)."""
        if not self.background.busy:
            return
        self.background.cancel()
        self._asked = None
        self.message("Re-anchoring cancelled: the annotations stay where they were until the "
                     "articles change again")
        self.update_status()

    def _progress(self, share: float) -> None:
        self.status_label.show()
        asked = self._asked
        if asked is not None and not asked[0].annotations:  # an undone import, say
            what = f"{count_of(len(asked[0].held), 'annotation')} in the undo history"
        else:
            what = count_of(len(self.annotations), "annotation")
        self.status_label.setText(before_counts(f"Re-anchoring {what}… {share:.0%}"))

    def _apply(self, outcome: ReanchorOutcome) -> None:
        if outcome.problem is not None:
            self.message(f"Re-anchoring in the background failed ({outcome.problem}); done "
                         "here instead")
        asked = self._asked
        if asked is None or asked[0] is not outcome.request:
            return  # not the newest request (cannot happen: the service drops those)
        request, revision, held = asked
        if (request.generation != self.workspace.generation
                or revision != self.annotations.revision or not held.unchanged(self.undo_stack)):
            self.reanchor()  # the articles, the set or the undo steps changed meanwhile: stale
            return
        self._asked = None
        reanchored = outcome.reanchored
        held.rebase(reanchored.held)
        if reanchored.changed:
            self.annotations.replace_all(list(reanchored.annotations))
        self.update_status()

    def _failed(self, reason: str) -> None:
        self._asked = None
        self.message(f"Re-anchoring failed ({reason}); the annotations stay where they were")
        self.update_status()
