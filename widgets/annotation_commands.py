"""Undo commands for annotation changes: one QUndoCommand per user action, calling model methods.

Each command holds the values needed to redo and undo through `AnnotationSet`'s own inverse
pairs (add_many/remove_many, remove_many/restore, update/update, add_claim/remove_claim). The
annotation values it holds are brought along when re-anchoring moves annotations (`held` and
`rebase`, walked by `held_by`, gathered and given back by `HeldValues`), so the undo history
survives a change of the articles (`viewer.annotations.held_anchors`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtGui import QUndoCommand, QUndoStack

from viewer.annotations.annotation_set import AnnotationSet
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


class HeldValues:
    """The values `stack`'s steps hold now, in one sequence (`values`), and the steps to give
    them back to once re-anchored (`rebase`), if the steps still hold what they held here."""

    def __init__(self, stack: QUndoStack) -> None:
        self.steps = list(held_by(stack))
        self._held = [step.held() for step in self.steps]
        self.values = tuple(value for held in self._held for value in held)

    def unchanged(self, stack: QUndoStack) -> bool:
        """`stack` has the same steps holding the same values (no step pushed, dropped or
        rebased since)."""
        steps = list(held_by(stack))
        return len(steps) == len(self.steps) and all(
            now is then and now.held() == held
            for now, then, held in zip(steps, self.steps, self._held, strict=True))

    def rebase(self, values: Sequence[Annotation]) -> None:
        """Give each step its share of `values` (re-anchored `self.values`, same order)."""
        remaining = iter(values)
        for step, held in zip(self.steps, self._held, strict=True):
            step.rebase([next(remaining) for _ in held])


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
