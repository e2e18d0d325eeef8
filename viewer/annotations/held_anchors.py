"""Keep the annotations an undo history holds anchored in the articles now open.

An undo step keeps whole annotation values (the one it added, the ones it deleted, an edit's
before and after). When the articles change (one removed, a realignment, a corrected text),
re-anchoring moves or orphans the annotations in the set, and the values an undo step would put
back still read as they did before: undoing would bring back stale positions. The window used
to throw its undo history away whenever that happened; `follow_reanchoring` instead brings the
held values along, so every undo step survives re-anchoring. No Qt here.

A held value anchored as the set's annotation with the same id was anchored takes exactly that
annotation's new anchor (so undo then redo gives the very annotations the set held); any other
held value (deleted, not added yet, or anchored differently) is re-anchored itself, by the same
rules. Only the anchor fields change: tags, note, claim and dates stay the step's own.

`reanchor_with_held` does both at once -- the set's annotations and the held values -- in steps
that report progress and stop when cancelled, so that the whole of it can run off the GUI thread
(`viewer.annotations.reanchor_job`): an undone import holds thousands of values.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from viewer.corpus import Article

from .model import Annotation
from .reanchoring import anchor_in_steps

ANCHOR_FIELDS = ("article_id", "source", "file_name", "start", "end", "exact", "prefix",
                 "suffix", "status", "original_exact", "anchor_note", "moved_from")
"""The fields re-anchoring reads and writes (`anchoring.reanchor`); no other field changes."""

Anchor = Callable[[Sequence[Annotation]], Sequence[Annotation]]
"""Re-anchors values against the articles now open (same order, same length)."""


def anchor_of(annotation: Annotation) -> tuple[object, ...]:
    return tuple(getattr(annotation, name) for name in ANCHOR_FIELDS)


def with_anchor(annotation: Annotation, anchored: Annotation) -> Annotation:
    """`annotation` placed where `anchored` is (its other fields kept)."""
    if anchor_of(annotation) == anchor_of(anchored):
        return annotation
    return replace(annotation, **{name: getattr(anchored, name) for name in ANCHOR_FIELDS})


def _anchors_before(before: Sequence[Annotation]) -> dict[str, Annotation]:
    return {old.id: old for old in before}


def _follows_the_set(value: Annotation, anchors_before: dict[str, Annotation]) -> bool:
    """`value` is anchored as the set's annotation with its id was: it takes that one's move."""
    old = anchors_before.get(value.id)
    return old is not None and anchor_of(value) == anchor_of(old)


def follow_reanchoring(held: Sequence[Annotation], before: Sequence[Annotation],
                       after: Sequence[Annotation], anchor: Anchor) -> list[Annotation]:
    """`held` as re-anchoring `before` into `after` places them (same order as `held`).

    `before` and `after` are the set's annotations before and after one re-anchoring (same
    order); `anchor` re-anchors the held values that no annotation of the set stands for.
    """
    anchors_before = _anchors_before(before)
    moved = {old.id: new for old, new in zip(before, after, strict=True)}
    result: list[Annotation | None] = []
    others: list[int] = []
    for value in held:
        if _follows_the_set(value, anchors_before):
            result.append(with_anchor(value, moved[value.id]))
        else:
            others.append(len(result))
            result.append(None)
    if others:
        anchored = anchor([held[index] for index in others])
        for index, value in zip(others, anchored, strict=True):
            result[index] = with_anchor(held[index], value)
    return [value for value in result if value is not None]


@dataclass(frozen=True)
class Reanchored:
    """The outcome of `reanchor_with_held`."""

    annotations: tuple[Annotation, ...]
    """The set's annotations re-anchored (same order as given)."""
    held: tuple[Annotation, ...]
    """The undo steps' values, following them (same order as given)."""
    changed: bool
    """Some annotation of the set moved or changed status (else the set stays as it is)."""


class _Stopped(Exception):
    """Cancelled while the held values were being re-anchored."""


def reanchor_with_held(annotations: Sequence[Annotation], held: Sequence[Annotation],
                       articles: Iterable[Article], *,
                       progress: Callable[[float], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> Reanchored | None:
    """Re-anchor the set's `annotations` against `articles` (`anchor_in_steps`) and bring the
    undo steps' `held` values along (`follow_reanchoring`); None if `cancelled()` became true.

    `progress(share)` is called now and then with the share of both done (0 to 1).
    """
    articles = tuple(articles)
    anchors_before = _anchors_before(annotations)
    own = sum(1 for value in held if not _follows_the_set(value, anchors_before))
    first_share = len(annotations) / ((len(annotations) + own) or 1)

    def scaled(offset: float, share: float) -> Callable[[float], None] | None:
        if progress is None:
            return None
        report = progress
        return lambda fraction: report(offset + share * fraction)

    after = anchor_in_steps(annotations, articles, progress=scaled(0.0, first_share),
                            cancelled=cancelled)
    if after is None:
        return None

    def anchor(others: Sequence[Annotation]) -> list[Annotation]:
        anchored = anchor_in_steps(others, articles, cancelled=cancelled,
                                   progress=scaled(first_share, 1.0 - first_share))
        if anchored is None:
            raise _Stopped()
        return anchored

    try:
        followed = follow_reanchoring(held, annotations, after, anchor)
    except _Stopped:
        return None
    changed = any(new != old for new, old in zip(after, annotations, strict=True))
    return Reanchored(tuple(after), tuple(followed), changed)
