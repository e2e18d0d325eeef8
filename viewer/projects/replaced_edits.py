"""Edits a window saved that another window's save replaced without having seen them: found in
the project's `overwritten` records, and said in words. No Qt.

Two windows on one project both edit one annotation's note: the later save wins, and the
earlier edit is kept in `overwritten` (docs/project-format.md), but the window whose edit lost
only said "Took in the changes another window saved" (a tester's report): its user never
learnt that their own words were gone, nor that they were kept. `replaced_unseen` tells, when
a window takes in the other's saves, which of its own versions were so replaced; the window
names them and offers them back (`widgets/replaced_edits.py`). `still_as_named` tells which of
them are still as the window named them when the user asks for theirs back.
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
    holds: another window's save went over them unseen, or restored its own version over
    them. A version another window had seen and then edited is not archived (a plain later
    edit), and is not said."""
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


def still_as_named(replaced: Sequence[Replaced], current: Mapping[str, Annotation]
                   ) -> tuple[list[Replaced], list[Replaced]]:
    """`replaced` split by the annotations' `current` state (by id): those still as they were
    named (the other window's version, or deleted), to be restored, and those changed again
    since (in either window), with their version now (None: deleted), left as they are. The
    box does not block: restoring an annotation deleted meanwhile brought it back while the
    box still said "now: note B2", undoing a change the user was never told of."""
    still: list[Replaced] = []
    changed: list[Replaced] = []
    for mine, named in replaced:
        now = current.get(mine.id)
        same = now is None if named is None else now is not None and _edit(now) == _edit(named)
        (still if same else changed).append((mine, named if same else now))
    return still, changed


def _edit(annotation: Annotation) -> tuple[object, ...]:
    return annotation.tags, annotation.note, annotation.claim


def replaced_line(replaced: Sequence[Replaced]) -> str:
    """One paragraph naming the annotations whose edit here another window's save replaced,
    with the words of both versions."""
    named = "; ".join(f"\u201c{one_line(mine.exact, 40)}\u201d (yours: {_said(mine)}; now: "
                      f"{_now(now)})" for mine, now in replaced[:MAX_NAMED])
    # (not "without having seen yours": a version the other window restored had seen it)
    return (f"Another window saved its own edit of {count_of(len(replaced), 'annotation')} "
            f"over yours: {named}{_more(replaced)}. Your version is kept in the project file; "
            "Restore mine puts it back (theirs is then kept in turn).")


def not_restored_line(changed: Sequence[Replaced]) -> str:
    """One line naming the annotations Restore mine left as they are: changed again since the
    window named them (`still_as_named`)."""
    named = "; ".join(f"\u201c{one_line(mine.exact, 40)}\u201d (now: {_now(now)})"
                      for mine, now in changed[:MAX_NAMED])
    return (f"Not restored, changed again since: {named}{_more(changed)}. Your version is "
            "still kept in the project file.")


def _now(annotation: Annotation | None) -> str:
    return _said(annotation) if annotation is not None else "deleted"


def _more(replaced: Sequence[Replaced]) -> str:
    return f" and {len(replaced) - MAX_NAMED} more" if len(replaced) > MAX_NAMED else ""


def _said(annotation: Annotation) -> str:
    note = f"note \u201c{one_line(annotation.note, 60)}\u201d" if annotation.note else "no note"
    tags = f", tags {', '.join(annotation.tags)}" if annotation.tags else ""
    claim = f", claim group \u201c{annotation.claim}\u201d" if annotation.claim else ""
    return note + tags + claim
