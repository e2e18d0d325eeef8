"""Edits a window saved that another window's save replaced without having seen them: found in
the project's `overwritten` records, and said in words. No Qt.

Two windows on one project both edit one annotation's note: the later save wins, and the
earlier edit is kept in `overwritten` (docs/project-format.md), but the window whose edit lost
only said "Took in the changes another window saved" (a tester's report): its user never
learnt that their own words were gone, nor that they were kept. `replaced_unseen` tells, when
a window takes in the other's saves, which of its own versions were so replaced; the window
names them and offers them back (`widgets/replaced_edits.py`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from viewer.annotations.json_numbers import loads_keeping_numbers
from viewer.annotations.model import Annotation
from viewer.annotations.w3c import FormatError, annotation_from_json
from viewer.wording import count_of, one_line

Archived = tuple[str, str, "str | None", str]
"""One `overwritten` record: (kind, key, JSON value or None, when replaced)."""
Replaced = tuple[Annotation, "Annotation | None"]
"""(this window's version, what replaced it; None: deleted by the other window)."""
MAX_NAMED = 3


def replaced_unseen(ours: Mapping[str, Annotation], theirs: Mapping[str, Annotation],
                    archived: Sequence[Archived]) -> list[Replaced]:
    """Those of `ours` (by id) that `theirs` (the project's now) replaced or deleted, and whose
    version `archived` (the `overwritten` records written since this window last looked)
    holds: another window's save went over them unseen. A version another window had seen
    and then edited is not archived (a plain later edit), and is not said."""
    # (what the user edits -- tags, note, claim group -- differing: a position re-anchored
    # here and written over is nothing they made)
    lost = {key for key, mine in ours.items()
            if key not in theirs or _edit(theirs[key]) != _edit(mine)}
    found: list[Replaced] = []
    for kind, key, value, _when in archived:
        if kind != "annotation" or key not in lost or value is None:
            continue
        try:
            kept = annotation_from_json(loads_keeping_numbers(value), "overwritten")
        except (ValueError, FormatError, RecursionError):
            continue  # (not one this window wrote)
        mine = ours[key]
        if _edit(kept) == _edit(mine):
            found.append((mine, theirs.get(key)))
            lost.discard(key)
    return found


def _edit(annotation: Annotation) -> tuple[object, ...]:
    return annotation.tags, annotation.note, annotation.claim


def replaced_line(replaced: Sequence[Replaced]) -> str:
    """One paragraph naming the annotations whose edit here another window's save replaced,
    with the words of both versions."""
    named = "; ".join(f"\u201c{one_line(mine.exact, 40)}\u201d (yours: {_said(mine)}; now: "
                      f"{_said(now) if now is not None else 'deleted'})"
                      for mine, now in replaced[:MAX_NAMED])
    more = f" and {len(replaced) - MAX_NAMED} more" if len(replaced) > MAX_NAMED else ""
    return (f"Another window saved its own edit of {count_of(len(replaced), 'annotation')} "
            f"over yours, without having seen yours: {named}{more}. Your version is kept in "
            "the project file; Restore mine puts it back (theirs is then kept in turn).")


def _said(annotation: Annotation) -> str:
    note = f"note \u201c{one_line(annotation.note, 60)}\u201d" if annotation.note else "no note"
    tags = f", tags {', '.join(annotation.tags)}" if annotation.tags else ""
    claim = f", claim group \u201c{annotation.claim}\u201d" if annotation.claim else ""
    return note + tags + claim
