"""A project's annotation rows and the annotations they hold, both ways, remembered for the
annotations last seen: writing and parsing 10,000 annotations costs about a second, and a save
after one edit should not. No Qt.

Keyed by identity (an entry holds the object, so its id cannot be reused): hashing 10,000
frozen annotations field by field would cost more than the save itself. Every record's JSON is
read by `json_input.loads_one_annotation`, which refuses a number it cannot keep and a key
given twice with different values in the words an annotation file's reader uses.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from viewer.annotations.hypothesis import with_replies_placed
from viewer.annotations.json_input import loads_one_annotation
from viewer.annotations.model import Annotation
from viewer.annotations.w3c import FormatError, annotation_from_json, annotation_to_json

from .database import dumps


class AnnotationRecords:
    """Annotations read from and written to a project's annotation rows."""

    def __init__(self) -> None:
        self._json_of: dict[int, tuple[Annotation, str]] = {}
        self._parsed: dict[str, Annotation] = {}
        self._copies: dict[str, tuple[str, str]] = {}
        """The rows last read that repeat an annotation's id (`_one_row_per_id`), by key: the
        annotation's id and the text of the row that was used for it."""

    def read(self, records: Mapping[str, str], skip: Callable[[str, str, str], None]
             ) -> list[Annotation]:
        """The annotations of `records` (key -> JSON text), in order, one per annotation id;
        `skip(key, value, reason)` for each that cannot be read or repeats an id."""
        # Each row's annotation with its own text, row by row: two rows may hold the same
        # text (one copied under another key), so a text cannot stand for its row.
        rows: dict[str, tuple[Annotation, str]] = {}
        parsed: dict[str, Annotation] = {}
        for key, value in records.items():
            known = self._parsed.get(value)
            try:
                annotation = known or annotation_from_json(loads_one_annotation(value),
                                                          f"annotation {key}")
            except (ValueError, FormatError, RecursionError) as error:
                skip(key, value, record_problem(error))
                continue
            parsed[value] = annotation
            rows[key] = (annotation, value)
        self._parsed = parsed
        kept, self._copies = _one_row_per_id(rows, skip)
        # A Hypothesis reply is placed with the annotation its thread starts from, as in an
        # annotation file (read one row at a time, it covered the whole article once saved in
        # a project -- tester56 #6); its row is unchanged.
        placed = with_replies_placed([annotation for annotation, _ in kept])
        self._json_of = {id(annotation): (annotation, value)
                         for (_, value), annotation in zip(kept, placed, strict=True)}
        return placed

    def texts(self, annotations: Iterable[Annotation]) -> dict[str, str]:
        """The row of each annotation (id -> JSON text) to store; what is read back for these
        texts is the caller's own objects (cheap next time)."""
        texts = [(annotation, self._text(annotation)) for annotation in annotations]
        self._parsed.update({text: annotation for annotation, text in texts})
        return {annotation.id: text for annotation, text in texts}

    def stale_copies(self, wanted: Mapping[str, str]) -> list[str]:
        """The keys of the rows last read that repeat an annotation's id whose annotation
        `wanted` (id -> text, `texts`) no longer holds as it was read: deleted or edited here.
        Such a copy belongs to its annotation: written back, it would be its only row once the
        annotation is deleted, or its older version once edited, and come back on reopening."""
        return [key for key, (annotation_id, text) in self._copies.items()
                if wanted.get(annotation_id) != text]

    def _text(self, annotation: Annotation) -> str:
        known = self._json_of.get(id(annotation))
        if known is not None and known[0] is annotation:
            return known[1]
        return dumps(annotation_to_json(annotation))


def _one_row_per_id(rows: Mapping[str, tuple[Annotation, str]],
                    skip: Callable[[str, str, str], None]
                    ) -> tuple[list[tuple[Annotation, str]], dict[str, tuple[str, str]]]:
    """One row per annotation id, in the rows' order; the others go to `skip`, and are
    returned by key with the id they repeat and the text of the row used for it.

    Two rows holding one id (a row copied under another key, by hand or by another tool) would
    be two copies of one annotation: a set refuses that, so the project did not open, and an
    export wrote the id twice, a file no reader takes. The row stored under the id itself is
    the one Parallax writes, so it is kept; failing that, the first. The other is said and,
    as every skipped row, stays in the file as it is, until this process deletes or edits the
    annotation (`AnnotationRecords.stale_copies`).
    """
    chosen: dict[str, str] = {}
    for key, (annotation, _) in rows.items():
        if annotation.id not in chosen or key == annotation.id:
            chosen[annotation.id] = key
    kept: list[tuple[Annotation, str]] = []
    copies: dict[str, tuple[str, str]] = {}
    for key, (annotation, value) in rows.items():
        if chosen[annotation.id] == key:
            kept.append((annotation, value))
        else:
            copies[key] = (annotation.id, rows[chosen[annotation.id]][1])
            skip(key, value, f"holds annotation {annotation.id!r}, as record "
                             f"{chosen[annotation.id][:60]!r} does, which is used")
    return kept, copies


def record_problem(error: Exception) -> str:
    """A record's problem in the user's words: Python's "maximum recursion depth exceeded while
    decoding a JSON array" is values nested too deeply (a hostile record; found by a tester)."""
    if isinstance(error, RecursionError):
        return "values nested too deeply to read"
    return str(error)
