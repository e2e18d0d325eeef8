"""Undo commands for annotation changes: one QUndoCommand per user action, calling model methods.

Each command holds the values needed to redo and undo through `AnnotationSet`'s own inverse
pairs (add_many/remove_many, remove_many/restore, update/update, add_claim/remove_claim).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QUndoCommand

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.model import Annotation


class AddAnnotations(QUndoCommand):
    """Add one or more annotations (tag a claim, tag every copy), creating a claim group if new."""

    def __init__(self, annotation_set: AnnotationSet, annotations: Sequence[Annotation],
                 text: str) -> None:
        super().__init__(text)
        self.annotation_set = annotation_set
        self.annotations = tuple(annotations)
        self.new_claims = tuple(dict.fromkeys(
            a.claim for a in self.annotations
            if a.claim is not None and a.claim not in annotation_set.claim_names))

    def redo(self) -> None:
        for name in self.new_claims:
            self.annotation_set.add_claim(name)
        self.annotation_set.add_many(self.annotations)

    def undo(self) -> None:
        self.annotation_set.remove_many(a.id for a in self.annotations)
        for name in reversed(self.new_claims):
            self.annotation_set.remove_claim(name)


class RemoveAnnotations(QUndoCommand):
    def __init__(self, annotation_set: AnnotationSet, annotation_ids: Sequence[str],
                 text: str) -> None:
        super().__init__(text)
        self.annotation_set = annotation_set
        self.annotation_ids = tuple(annotation_ids)
        self.removed: list[tuple[int, Annotation]] = []

    def redo(self) -> None:
        self.removed = self.annotation_set.remove_many(self.annotation_ids)

    def undo(self) -> None:
        self.annotation_set.restore(self.removed)


class UpdateAnnotation(QUndoCommand):
    """Replace an annotation by an edited copy (tags, note, claim), creating a claim if new."""

    def __init__(self, annotation_set: AnnotationSet, old: Annotation, new: Annotation,
                 text: str) -> None:
        super().__init__(text)
        self.annotation_set = annotation_set
        self.old = old
        self.new = new
        self.new_claim = (new.claim if new.claim is not None
                          and new.claim not in annotation_set.claim_names else None)

    def redo(self) -> None:
        if self.new_claim is not None:
            self.annotation_set.add_claim(self.new_claim)
        self.annotation_set.update(self.new)

    def undo(self) -> None:
        self.annotation_set.update(self.old)
        if self.new_claim is not None:
            self.annotation_set.remove_claim(self.new_claim)
