"""Re-anchoring a window's annotations when its articles change, the undo steps' ones too.

Used by `widgets.annotation_controller.AnnotationController` on every corpus change (and after
an import read while the articles changed). A small set is re-anchored at once (within
FOREGROUND_BUDGET_SECONDS); a large one in a child process (`BackgroundReanchor`), the window
answering and the status bar showing progress, its result dropped if the set changed meanwhile.
The annotations the undo steps hold follow the set's, so Ctrl+Z keeps undoing earlier tags
after an article is removed or realigned; a child that dies is replaced by re-anchoring here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.model import Annotation
from viewer.annotations.reanchoring import anchor_in_steps
from viewer.wording import count_of
from viewer.workspace import Workspace
from widgets.annotation_commands import follow_in_steps, held_by
from widgets.annotation_safety import FOREGROUND_BUDGET_SECONDS, BackgroundReanchor


class AnnotationReanchoring(QObject):
    def __init__(self, annotations: AnnotationSet, workspace: Workspace, undo_stack: QUndoStack,
                 status_label: QLabel, update_status: Callable[[], None],
                 message: Callable[[str], None], parent: QObject) -> None:
        super().__init__(parent)
        self.annotations = annotations
        self.workspace = workspace
        self.undo_stack = undo_stack
        self.status_label = status_label
        self.update_status = update_status
        self.message = message
        self.background = BackgroundReanchor(self)
        self.background.progress.connect(self._progress)
        self.background.finished.connect(self._apply)
        self.background.failed.connect(self._failed)
        self._revision = -1

    def reanchor(self) -> None:
        """Re-anchor every annotation against the articles now open (orphans stay in the set);
        a large set in the background (the window keeps answering, progress in the status)."""
        if not len(self.annotations) and not any(held_by(self.undo_stack)):
            self.background.cancel()
            return
        current = self.annotations.annotations
        self._revision = self.annotations.revision
        self.background.cancel()
        deadline = time.monotonic() + FOREGROUND_BUDGET_SECONDS
        anchored = anchor_in_steps(current, self.workspace.corpus.articles,
                                   cancelled=lambda: time.monotonic() > deadline)
        if anchored is not None:  # quick enough: done at once, as the user expects
            self._apply(anchored)
            return
        self.background.start(current, self.workspace.corpus.articles)
        self._progress(0.0)

    def _failed(self, reason: str) -> None:
        """The child ended without its result (killed, out of memory): re-anchor here, the
        window waiting for it, rather than leave the marks where they were and the status bar
        saying "Re-anchoring… 0%" for good."""
        self.message(f"Re-anchoring in the background failed ({reason}); done here instead")
        self._revision = self.annotations.revision
        anchored = anchor_in_steps(self.annotations.annotations, self.workspace.corpus.articles,
                                   cancelled=lambda: False)
        if anchored is not None:
            self._apply(anchored)

    def _progress(self, share: float) -> None:
        self.status_label.show()
        self.status_label.setText(f"Re-anchoring {count_of(len(self.annotations), 'annotation')}"
                                  f"… {share:.0%}")

    def _apply(self, anchored: list[Annotation]) -> None:
        if self.annotations.revision != self._revision:
            self.reanchor()  # changed meanwhile (an edit, a merge): that result is stale
            return
        current = self.annotations.annotations
        self._follow_in_undo_steps(current, anchored)
        if any(new != old for new, old in zip(anchored, current, strict=True)):
            self.annotations.replace_all(anchored)
        self.update_status()

    def _follow_in_undo_steps(self, before: Sequence[Annotation],
                              after: Sequence[Annotation]) -> None:
        """Bring the annotations the undo steps hold along, as this re-anchoring brings the
        set's: Ctrl+Z keeps undoing earlier tags after an article is removed or realigned, and
        never puts back a position the text no longer has."""
        articles = self.workspace.corpus.articles

        def anchor(others: Sequence[Annotation]) -> list[Annotation]:
            # Those the set does not stand for (deleted, undone) are few: re-anchored here.
            anchored = anchor_in_steps(others, articles)
            assert anchored is not None  # nothing cancels it
            return anchored

        follow_in_steps(self.undo_stack, before, after, anchor)
