"""`AnnotationSet`: the observable, ordered collection of annotations and claim groups.

It announces every change through `viewer.events.Signal`s; each mutating method is one change
that an undo command can call and invert with the value it returns. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace

from viewer.events import Signal

from .model import (
    AnchorStatus,
    Annotation,
    ClaimGroup,
    ClaimRemoval,
    Verdict,
    clean_user_text,
    new_annotation_id,
)


class AnnotationSet:
    """An ordered, observable collection of annotations and claim groups.

    Signals (all emitted after the change):
      added(index, annotations)     a contiguous block inserted at `index`
      removed(index, annotations)   a contiguous block removed from `index`
      changed(index, old, new)      one annotation replaced in place
      reset()                       everything replaced
      claims_changed()              the claim group list changed
    """

    def __init__(
        self,
        annotations: Iterable[Annotation] = (),
        claims: Iterable[ClaimGroup] = (),
        *,
        collection_id: str | None = None,
    ) -> None:
        self.added = Signal()
        self.removed = Signal()
        self.changed = Signal()
        self.reset = Signal()
        self.claims_changed = Signal()
        self._collection_id = collection_id
        self.revision = 0
        """Incremented by every change; a saver compares it with the revision it last wrote."""
        self._annotations: list[Annotation] = []
        self._claims: list[ClaimGroup] = []
        self._load(annotations, claims)

    @property
    def collection_id(self) -> str:
        """The collection's `urn:uuid:` id; a new set gets one when first asked (on saving)."""
        if self._collection_id is None:
            self._collection_id = new_annotation_id()
        return self._collection_id

    @collection_id.setter
    def collection_id(self, value: str) -> None:
        self._collection_id = value

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._annotations)

    def __iter__(self) -> Iterator[Annotation]:
        return iter(list(self._annotations))

    def __getitem__(self, index: int) -> Annotation:
        return self._annotations[index]

    @property
    def annotations(self) -> tuple[Annotation, ...]:
        return tuple(self._annotations)

    @property
    def claims(self) -> tuple[ClaimGroup, ...]:
        return tuple(self._claims)

    @property
    def claim_names(self) -> tuple[str, ...]:
        return tuple(group.name for group in self._claims)

    def get(self, annotation_id: str) -> Annotation:
        return self._annotations[self.index_of(annotation_id)]

    def index_of(self, annotation_id: str) -> int:
        for index, annotation in enumerate(self._annotations):
            if annotation.id == annotation_id:
                return index
        raise KeyError(annotation_id)

    def __contains__(self, annotation_id: object) -> bool:
        return any(annotation.id == annotation_id for annotation in self._annotations)

    def orphans(self) -> tuple[Annotation, ...]:
        return tuple(a for a in self._annotations if a.status is AnchorStatus.ORPHANED)

    def tags_in_use(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for annotation in self._annotations:
            for tag in annotation.tags:
                seen.setdefault(tag, None)
        return tuple(seen)

    # -- annotation changes (each one undoable step) ------------------------------------------

    def add(self, annotation: Annotation, index: int | None = None) -> int:
        """Insert one annotation (at the end by default); returns its index."""
        return self.add_many([annotation], index)

    def add_many(self, annotations: Sequence[Annotation], index: int | None = None) -> int:
        """Insert a block of annotations as one change; returns the index of the first.

        Undo with `remove_many` of their ids.
        """
        block = tuple(annotations)
        self._check_new(block)
        at = len(self._annotations) if index is None else max(0, min(index, len(self._annotations)))
        if not block:
            return at
        self._annotations[at:at] = block
        self._bump()
        self.added.emit(at, block)
        return at

    def remove(self, annotation_id: str) -> tuple[int, Annotation]:
        """Remove one annotation; returns (index, annotation) for `restore`."""
        return self.remove_many([annotation_id])[0]

    def remove_many(self, annotation_ids: Iterable[str]) -> list[tuple[int, Annotation]]:
        """Remove several annotations as one change; returns [(index, annotation)] by index.

        Undo with `restore` of the returned list.
        """
        wanted = set(annotation_ids)
        taken = [(i, a) for i, a in enumerate(self._annotations) if a.id in wanted]
        missing = wanted - {a.id for _, a in taken}
        if missing:
            raise KeyError(sorted(missing)[0])
        if not taken:
            return []
        # Remove from the end so earlier indices stay valid; one signal per contiguous block.
        for first, block in reversed(_contiguous_blocks(taken)):
            del self._annotations[first : first + len(block)]
            self.removed.emit(first, block)
        self._bump()
        return taken

    def restore(self, entries: Sequence[tuple[int, Annotation]]) -> None:
        """Put back what `remove_many` returned, each at its old index."""
        self._check_new(tuple(annotation for _, annotation in entries))
        ordered = sorted(entries, key=lambda entry: entry[0])
        for first, block in _contiguous_blocks(ordered):
            self._annotations[first:first] = block
            self.added.emit(first, block)
        if ordered:
            self._bump()

    def update(self, annotation: Annotation) -> Annotation:
        """Replace the annotation with the same id; returns the previous value (undo: update it)."""
        index = self.index_of(annotation.id)
        self._check_claim(annotation)
        old = self._annotations[index]
        self._annotations[index] = annotation
        self._bump()
        self.changed.emit(index, old, annotation)
        return old

    def replace_all(
        self, annotations: Iterable[Annotation], claims: Iterable[ClaimGroup] | None = None
    ) -> tuple[tuple[Annotation, ...], tuple[ClaimGroup, ...]]:
        """Replace everything (open a file, re-anchor); returns the old (annotations, claims)."""
        old = (tuple(self._annotations), tuple(self._claims))
        self._load(annotations, self._claims if claims is None else claims)
        self._bump()
        self.reset.emit()
        self.claims_changed.emit()
        return old

    # -- claim groups -------------------------------------------------------------------------

    def add_claim(self, group: ClaimGroup | str, index: int | None = None) -> ClaimGroup:
        """Add a claim group (undo: `remove_claim`)."""
        if isinstance(group, str):
            group = ClaimGroup(clean_user_text(group).strip())
        if not group.name:
            raise ValueError("a claim group needs a name")
        if group.name in self.claim_names:
            raise ValueError(f"there is already a claim group named {group.name!r}")
        at = len(self._claims) if index is None else max(0, min(index, len(self._claims)))
        self._claims.insert(at, group)
        self._bump()
        self.claims_changed.emit()
        return group

    def ensure_claim(self, name: str) -> ClaimGroup | None:
        """Add a group called `name` unless it exists; returns the group added, or None."""
        if name in self.claim_names:
            return None
        return self.add_claim(name)

    def remove_claim(self, name: str) -> ClaimRemoval:
        """Remove a claim group and unlink its annotations (undo: `restore_claim`)."""
        index = self.claim_names.index(name)
        group = self._claims.pop(index)
        unlinked = []
        for position, annotation in enumerate(self._annotations):
            if annotation.claim == name:
                unlinked.append(annotation)
                new = replace(annotation, claim=None)
                self._annotations[position] = new
                self.changed.emit(position, annotation, new)
        self._bump()
        self.claims_changed.emit()
        return ClaimRemoval(index, group, tuple(unlinked))

    def restore_claim(self, removal: ClaimRemoval) -> None:
        self._claims.insert(min(removal.index, len(self._claims)), removal.group)
        for annotation in removal.unlinked:
            position = self.index_of(annotation.id)
            old = self._annotations[position]
            self._annotations[position] = annotation
            self.changed.emit(position, old, annotation)
        self._bump()
        self.claims_changed.emit()

    def set_verdict(self, name: str, verdict: Verdict | None) -> Verdict | None:
        """Set (None: clear) a claim group's verdict; returns the old one (undo: set it)."""
        index = self.claim_names.index(name)
        old = self._claims[index].verdict
        self._claims[index] = replace(self._claims[index], verdict=verdict)
        self._bump()
        self.claims_changed.emit()
        return old

    def rename_claim(self, old_name: str, new_name: str) -> None:
        """Rename a group and relink its annotations (undo: rename back)."""
        new_name = clean_user_text(new_name).strip()
        if not new_name:
            raise ValueError("a claim group needs a name")
        if new_name != old_name and new_name in self.claim_names:
            raise ValueError(f"there is already a claim group named {new_name!r}")
        index = self.claim_names.index(old_name)
        self._claims[index] = replace(self._claims[index], name=new_name)
        for position, annotation in enumerate(self._annotations):
            if annotation.claim == old_name:
                new = replace(annotation, claim=new_name)
                self._annotations[position] = new
                self.changed.emit(position, annotation, new)
        self._bump()
        self.claims_changed.emit()

    # -- helpers ------------------------------------------------------------------------------

    def _load(self, annotations: Iterable[Annotation], claims: Iterable[ClaimGroup]) -> None:
        items = list(annotations)
        ids = [a.id for a in items]
        if len(set(ids)) != len(ids):
            raise ValueError("annotation ids must be unique")
        groups: dict[str, ClaimGroup] = {}
        for group in claims:
            groups.setdefault(group.name, group)
        # A claim named by an annotation but not listed becomes a group, so nothing dangles.
        for annotation in items:
            if annotation.claim and annotation.claim not in groups:
                groups[annotation.claim] = ClaimGroup(annotation.claim)
        self._annotations = items
        self._claims = list(groups.values())

    def _check_new(self, block: tuple[Annotation, ...]) -> None:
        existing = {a.id for a in self._annotations}
        seen: set[str] = set()
        for annotation in block:
            if annotation.id in existing or annotation.id in seen:
                raise ValueError(f"annotation {annotation.id} is already in the set")
            seen.add(annotation.id)
            self._check_claim(annotation)

    def _check_claim(self, annotation: Annotation) -> None:
        if annotation.claim is not None and annotation.claim not in self.claim_names:
            raise ValueError(
                f"unknown claim group {annotation.claim!r}: add it with add_claim first"
            )

    def _bump(self) -> None:
        self.revision += 1


def _contiguous_blocks(
    entries: Sequence[tuple[int, Annotation]],
) -> list[tuple[int, tuple[Annotation, ...]]]:
    """Group (index, annotation) pairs sorted by index into runs of consecutive indices.

    For removal the indices are positions before anything is removed; for restoring they are
    final positions, so inserting the runs in ascending order lands each at its index.
    """
    blocks: list[tuple[int, list[Annotation]]] = []
    for index, annotation in entries:
        if blocks and blocks[-1][0] + len(blocks[-1][1]) == index:
            blocks[-1][1].append(annotation)
        else:
            blocks.append((index, [annotation]))
    return [(first, tuple(block)) for first, block in blocks]
