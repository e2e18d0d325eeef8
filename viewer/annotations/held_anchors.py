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
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from .model import Annotation

ANCHOR_FIELDS = ("article_id", "source", "file_name", "start", "end", "exact", "prefix",
                 "suffix", "status", "original_exact", "anchor_note")
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


def follow_reanchoring(held: Sequence[Annotation], before: Sequence[Annotation],
                       after: Sequence[Annotation], anchor: Anchor) -> list[Annotation]:
    """`held` as re-anchoring `before` into `after` places them (same order as `held`).

    `before` and `after` are the set's annotations before and after one re-anchoring (same
    order); `anchor` re-anchors the held values that no annotation of the set stands for.
    """
    moved = {old.id: (old, new) for old, new in zip(before, after, strict=True)}
    result: list[Annotation | None] = []
    others: list[int] = []
    for value in held:
        pair = moved.get(value.id)
        if pair is not None and anchor_of(value) == anchor_of(pair[0]):
            result.append(with_anchor(value, pair[1]))
        else:
            others.append(len(result))
            result.append(None)
    if others:
        anchored = anchor([held[index] for index in others])
        for index, value in zip(others, anchored, strict=True):
            result[index] = with_anchor(held[index], value)
    return [value for value in result if value is not None]
