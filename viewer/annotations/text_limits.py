"""How long an imported annotation's texts may be, and what an import does with longer ones.

A note is a reader's comment, a tag the name of a kind of claim, a quote words of an article:
none of them is a book. Another tool's file may still hold a 100 MB note (a tester's); taken in
whole it grew a project from 127 KB to 105 MB, and the window froze for good laying it out in a
tooltip. `within_import_limits` holds what an import takes in to these limits, each cut or
refused in one line naming the file, the annotation and the reason (listed under "not
read:" in the import's summary); every view of a note shows
a bounded start of it besides (`viewer.wording.shown_start`), whatever a file holds. No Qt.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from viewer.loading.files import MAX_FILE_BYTES
from viewer.printable import printable
from viewer.wording import count_of, cut_at_word

from .bodies import KeptJson
from .model import Annotation
from .w3c import ParsedCollection

MAX_NOTE_CHARS = 100_000
"""A note's (and any other comment's) characters: some 15,000 words, thirty pages, far more
than a comment on a sentence holds, and laid out by Qt's text box in a blink. Longer is cut
here, at a word's end, the cut said."""
MAX_TAG_CHARS = 200
"""A tag's characters: a tag names a kind of claim ("disputed", "22 missiles"); a longer one
is a sentence the tool wrote as a tag, and it is left out (cut, it would be another tag)."""
MAX_QUOTE_CHARS = MAX_FILE_BYTES
"""A quote's characters: no article Parallax opens is longer (20 MB, and a character takes at
least a byte), so a longer quote can never be found; the annotation is refused."""
_KEPT_KEYS_CUT = ("body", "bodyValue")
"""The parts of another tool's JSON, written back unchanged, whose texts are cut with the
note: its bodies. (Its target holds the quote, which is refused rather than cut.)"""


def long_note_line(length: int) -> str:
    """What the Edit annotation dialog says of a note longer than MAX_NOTE_CHARS, which it
    shows the start of and keeps as it is (one in the window's own file, written by hand)."""
    return (f"This note is {length:,} characters long, more than Parallax edits "
            f"({MAX_NOTE_CHARS:,}): its start is shown, and it is kept as it is")


def within_import_limits(parsed: ParsedCollection, file_name: str) -> ParsedCollection:
    """`parsed` with each annotation held to the limits above, and a line in `problems` for
    each one cut or refused, naming `file_name` (an import's summary lists them under "not
    read:"). Annotations within the limits are returned as they were (the same objects)."""
    kept: list[Annotation] = []
    lines: list[str] = []
    for annotation in parsed.annotations:
        held, said = _held(annotation, printable(file_name))
        lines.extend(said)
        if held is not None:
            kept.append(held)
    if not lines:
        return parsed
    return replace(parsed, annotations=tuple(kept), problems=parsed.problems + tuple(lines))


def _held(annotation: Annotation, file_name: str) -> tuple[Annotation | None, list[str]]:
    name = f"{file_name}: the annotation {printable(annotation.id)!r}"
    longest_quote = max(len(annotation.exact), len(annotation.prefix), len(annotation.suffix))
    if longest_quote > MAX_QUOTE_CHARS:
        return None, [f"{name}: its quote is {count_of(longest_quote, 'character')} long, "
                      f"longer than any article Parallax opens ({MAX_FILE_BYTES // 2**20} MB), "
                      "so it could never be placed; left out"]
    said: list[str] = []
    tags = tuple(tag for tag in annotation.tags if len(tag) <= MAX_TAG_CHARS)
    if len(tags) < len(annotation.tags):
        dropped = len(annotation.tags) - len(tags)
        said.append(f"{name}: {count_of(dropped, 'tag')} of more than {MAX_TAG_CHARS:,} "
                    "characters (a tag names a kind of claim; its other tags and its note "
                    "are kept)")
    texts = (annotation.note, *annotation.other_notes)
    longest = max(len(text) for text in texts)
    if longest > MAX_NOTE_CHARS:
        said.append(f"{name}: its note past its first {MAX_NOTE_CHARS:,} characters (it has "
                    f"{longest:,}: a longer one is no note Parallax can show; the start is "
                    "kept)")
    if not said:
        return annotation, []
    note = _cut(annotation.note)
    held = replace(annotation, tags=tags, note=note,
                   other_notes=tuple(_cut(text) for text in annotation.other_notes))
    if annotation.kept is not None:
        # The tool's JSON is written back as it was read: cut there too, or the 100 MB note
        # would still be saved (and parsed at every save) beside the cut one. Its tags stay as
        # read, so that the save's `write_bodies` takes the left-out ones' bodies away.
        item = json.loads(annotation.kept.item)
        for key in _KEPT_KEYS_CUT:
            if key in item:
                item[key] = _cut_strings(item[key])
        held = replace(held, kept=KeptJson(json.dumps(item, ensure_ascii=False),
                                           annotation.kept.tags, note,
                                           annotation.kept.modified))
    return held, said


def _cut(text: str) -> str:
    return cut_at_word(text, MAX_NOTE_CHARS, ellipsis="") if len(text) > MAX_NOTE_CHARS \
        else text


def _cut_strings(value: Any) -> Any:
    """`value` (JSON) with every string longer than a note may be cut (`_cut`)."""
    if isinstance(value, str):
        return _cut(value)
    if isinstance(value, list):
        return [_cut_strings(inner) for inner in value]
    if isinstance(value, dict):
        return {key: _cut_strings(inner) for key, inner in value.items()}
    return value
