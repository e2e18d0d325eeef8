"""Undo commands for annotation changes: one QUndoCommand per user action, calling model methods.

Each command holds the values needed to redo and undo through `AnnotationSet`'s own inverse
pairs (add_many/remove_many, remove_many/restore, update/update, add_claim/remove_claim). The
annotation values it holds are brought along when re-anchoring moves annotations (`held` and
`rebase`, walked by `held_by`), so the undo history survives a change of the articles.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtGui import QUndoCommand, QUndoStack

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.held_anchors import Anchor, follow_reanchoring
from viewer.annotations.model import Annotation


class HoldsAnnotations(QUndoCommand):
    """An undo step that keeps annotation values to put back."""

    def held(self) -> tuple[Annotation, ...]:
        """The annotation values this step may put back into the set."""
        raise NotImplementedError

    def rebase(self, values: Sequence[Annotation]) -> None:
        """Hold `values` instead of `held()` (the same annotations, in the same order,
        re-anchored)."""
        raise NotImplementedError


def held_by(stack: QUndoStack) -> Iterator[HoldsAnnotations]:
    """Every step on `stack` that holds annotation values, inside macros (an import) too."""
    pending: list[QUndoCommand] = [stack.command(i) for i in range(stack.count())]
    while pending:
        command = pending.pop()
        if isinstance(command, HoldsAnnotations):
            yield command
        pending.extend(command.child(i) for i in range(command.childCount()))


def follow_in_steps(stack: QUndoStack, before: Sequence[Annotation],
                    after: Sequence[Annotation], anchor: Anchor) -> None:
    """Re-anchor the annotation values `stack`'s steps hold as re-anchoring the set's
    annotations took them from `before` to `after` (`held_anchors.follow_reanchoring`)."""
    steps = list(held_by(stack))
    held = [value for step in steps for value in step.held()]
    if not held:
        return
    values = iter(follow_reanchoring(held, before, after, anchor))
    for step in steps:
        step.rebase([next(values) for _ in step.held()])


class AddAnnotations(HoldsAnnotations):
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

    def held(self) -> tuple[Annotation, ...]:
        return self.annotations

    def rebase(self, values: Sequence[Annotation]) -> None:
        self.annotations = tuple(values)


class RemoveAnnotations(HoldsAnnotations):
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

    def held(self) -> tuple[Annotation, ...]:
        return tuple(annotation for _, annotation in self.removed)

    def rebase(self, values: Sequence[Annotation]) -> None:
        self.removed = [(index, value) for (index, _), value
                        in zip(self.removed, values, strict=True)]


class UpdateAnnotation(HoldsAnnotations):
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

    def held(self) -> tuple[Annotation, ...]:
        return (self.old, self.new)

    def rebase(self, values: Sequence[Annotation]) -> None:
        self.old, self.new = values
