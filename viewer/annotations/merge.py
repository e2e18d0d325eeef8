"""Three-way merge of annotation sets: what two windows did to one file since they read it.

Annotations are keyed by id. Against the common base (the file as this window last read or
wrote it), each side may have added, removed or edited an annotation; a change made on one side
only is taken, and a change made on both sides to the same annotation -- two different edits,
or an edit and a removal -- is a `Conflict` for the user to decide. What counts as an edit is
what the user can change (tags, note, claim, and the quote and `modified` time that come with
it); a position that re-anchoring moved is not an edit. Pure functions, no I/O, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .model import Annotation, ClaimGroup

Side = Literal["mine", "theirs"]


@dataclass(frozen=True)
class Conflict:
    """The same annotation changed on both sides; None on a side that removed it."""

    annotation_id: str
    mine: Annotation | None
    theirs: Annotation | None


@dataclass(frozen=True)
class MergeResult:
    annotations: tuple[Annotation, ...]
    """The merged annotations; a conflicted one as `prefer` says (mine when not given)."""
    claims: tuple[ClaimGroup, ...]
    conflicts: tuple[Conflict, ...]
    taken_from_theirs: int
    """How many annotations were added, removed or edited by the other side's changes."""


def user_content(annotation: Annotation) -> tuple[object, ...]:
    """What a user's edit changes (and re-anchoring does not)."""
    return (annotation.tags, annotation.note, annotation.claim, annotation.modified,
            annotation.created)


def merge(base: Sequence[Annotation], mine: Sequence[Annotation], theirs: Sequence[Annotation],
          *, base_claims: Sequence[ClaimGroup] = (), my_claims: Sequence[ClaimGroup] = (),
          their_claims: Sequence[ClaimGroup] = (), prefer: Side | None = None) -> MergeResult:
    """Merge `mine` and `theirs`, both descended from `base`.

    Order: the annotations as `theirs` has them, then those only `mine` added, in my order.
    """
    base_by_id = {a.id: a for a in base}
    mine_by_id = {a.id: a for a in mine}
    theirs_by_id = {a.id: a for a in theirs}
    merged: list[Annotation] = []
    conflicts: list[Conflict] = []
    taken = 0

    def decide(annotation_id: str) -> tuple[Annotation | None, bool]:
        """(the merged annotation or None for removed, whether the other side's change won)."""
        old = base_by_id.get(annotation_id)
        my = mine_by_id.get(annotation_id)
        their = theirs_by_id.get(annotation_id)
        my_change = _changed(old, my)
        their_change = _changed(old, their)
        if my_change and their_change and not _same(my, their):
            conflicts.append(Conflict(annotation_id, my, their))
            return (their, True) if prefer == "theirs" else (my, False)
        if their_change:
            # Same change on both sides: nothing new from them; keep my anchoring.
            return (my, False) if my_change else (their, True)
        return my, False

    for annotation_id in [*theirs_by_id, *(i for i in mine_by_id if i not in theirs_by_id),
                          *(i for i in base_by_id if i not in theirs_by_id
                            and i not in mine_by_id)]:
        result, from_theirs = decide(annotation_id)
        taken += from_theirs
        if result is not None:
            merged.append(result)
    claims = merge_claims(base_claims, my_claims, their_claims)
    return MergeResult(tuple(merged), claims, tuple(conflicts), taken)


def _changed(old: Annotation | None, new: Annotation | None) -> bool:
    if old is None or new is None:
        return old is not new
    return user_content(old) != user_content(new)


def _same(a: Annotation | None, b: Annotation | None) -> bool:
    if a is None or b is None:
        return a is b
    return user_content(a) == user_content(b)


def merge_claims(base: Sequence[ClaimGroup], mine: Sequence[ClaimGroup],
                 theirs: Sequence[ClaimGroup]) -> tuple[ClaimGroup, ...]:
    """Claim groups by name: theirs, less those I removed, plus those I added; a description
    edited on my side wins over the base's."""
    base_names = {group.name for group in base}
    my_groups = {group.name: group for group in mine}
    base_groups = {group.name: group for group in base}
    result: dict[str, ClaimGroup] = {}
    for group in theirs:
        if group.name in base_names and group.name not in my_groups:
            continue  # I removed it
        mine_version = my_groups.get(group.name)
        if mine_version is not None and mine_version != base_groups.get(group.name):
            group = mine_version
        result[group.name] = group
    for group in mine:
        if group.name not in base_names and group.name not in result:
            result[group.name] = group
    return tuple(result.values())
