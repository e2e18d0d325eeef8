"""Where sentences start: simplemma's sentence splitter, as character offsets.

Pure functions of the texts. An occurrence should start and end where a sentence does in the
shared text; a full stop alone does not say so ("Gen. Soleimani", "5:30 p.m. (EST)", "No. 10"),
so the engine asks a sentence splitter rather than a rule of its own. simplemma's is rule-based
and fast, knows common English abbreviations, and keeps a lower case word after a full stop in
the sentence.

`sentence_starts` asks simplemma, one text at a time. `batch_sentence_starts` gives the same
offsets for a batch of texts at once (what the tokeniser uses): simplemma's Python loop over every
junction of every paragraph cost about 0.45 s of CPU at 5,000 articles, a third of tokenising, so
its rules for English are applied here to all junctions together in array operations, and only full
stops after a short word (an abbreviation? an initial?) are judged one by one. simplemma stays the
definition: tests compare the two on random texts and corpora, so a new simplemma whose rules
differ fails them (pyproject pins simplemma 2.x). The tokeniser then passes them through
`without_time_zone_starts`, which mends simplemma's one English slip that news text meets often:
"8:42 p.m. Eastern time" is one sentence.
"""

from __future__ import annotations

import unicodedata

import numpy as np

from viewer.engine.arrays import unique_values

SPLITTER_LANGUAGE = "en"
"""The abbreviation list used; other languages' full stops are judged by the generic rules."""

# simplemma 2.x's rules for English (simplemma/sentences.py): a junction is a terminator,
# closing marks, then white space; paragraphs (blank lines) are split apart first.
_TERMINATORS = ".!?…։؟।॥"
_STRONG_TERMINATORS = "?!"
"""A lower case word may still open a sentence after these (simplemma: "?!;\\u037e", of which
only these two are English terminators)."""
_CLOSERS = "\"'”’»)]"
_EDGE = "(["
_ABBREVIATIONS = frozenset((
    "a.m", "col", "corp", "d.c", "dec", "dr", "e.g", "gen", "inc", "jan", "jr", "lt", "mr", "mrs",
    "ms", "n.j", "p.s", "sept", "st", "u.n", "u.s", "vs"))
_WINDOW = 5
"""simplemma looks at no full stop preceded by this many letters: no abbreviation is as long."""

_SPACE, _NEWLINE, _TERMINATOR, _CLOSER, _ALPHA, _LOWER = (1 << bit for bit in range(6))
_UNCLASSIFIED = 1 << 7
_flags = np.full(0x110000, _UNCLASSIFIED, dtype=np.uint8)
"""What matters about each code point met so far (filled as they are met)."""


def load_splitter() -> None:
    """Import simplemma now: it compiles some hundred regular expressions on import (about
    0.1 s). Only `sentence_starts` needs it; called before forking workers that would."""
    import simplemma  # noqa: F401


def sentence_starts(text: str, start: int = 0) -> np.ndarray:
    """Offsets (int64, ascending) in `text` at which a sentence of `text[start:]` begins, but
    the first; every sentence's first character (an opening quotation mark included)."""
    from simplemma import split_sentences

    body = text[start:]
    found: list[int] = []
    position = 0
    for sentence in split_sentences(body, lang=SPLITTER_LANGUAGE):
        at = body.find(sentence, position) if sentence else -1
        if at < 0:
            continue  # the splitter changed the text: its neighbours cover this stretch
        found.append(at)
        position = at + len(sentence)
    return np.array(found[1:], dtype=np.int64) + start


def batch_sentence_starts(joined: str, codes: np.ndarray, text_start: np.ndarray,
                          lengths: np.ndarray) -> np.ndarray:
    """`sentence_starts` of several texts at once, as ascending offsets in `joined`, the texts
    joined with one character between them (text i is `joined[text_start[i]:][:lengths[i]]`,
    its code points `codes` likewise)."""
    flags = _flags_of(codes)
    text_end = text_start + lengths
    # What lies between two texts belongs to neither: no run of white space crosses it.
    flags[text_end[text_end < len(flags)]] = 0
    space = (flags & _SPACE) != 0

    # Runs of white space [run_start, run_end); those holding two line breaks separate
    # paragraphs, whose blocks start after the last line break and whose first sentence starts
    # at the first character after the run.
    run_edges = np.diff(space.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    run_start = np.flatnonzero(run_edges == 1)
    run_end = np.flatnonzero(run_edges == -1)
    del run_edges
    newline_at = np.flatnonzero((flags & _NEWLINE) != 0)
    newlines = np.bincount(np.searchsorted(run_start, newline_at, side="right") - 1,
                           minlength=len(run_start))
    paragraph = newlines >= 2
    # Sets of positions as marks on the joined text, read back in order (no sorting).
    marked = np.zeros(len(flags) + 1, dtype=bool)
    marked[text_start] = True
    marked[newline_at[np.searchsorted(newline_at, run_end[paragraph]) - 1] + 1] = True
    block_start = np.flatnonzero(marked)
    marked[:] = False
    marked[text_end] = True
    at_text_end = marked[run_end]
    marked[:] = False
    marked[run_end[paragraph & ~at_text_end]] = True
    # A text's first sentence starts at its first character that is no white space.
    first_visible = text_start.copy()
    leading = space[np.minimum(text_start, len(space) - 1)] & (lengths > 0)
    first_visible[leading] = run_end[np.searchsorted(run_start, text_start[leading])]

    # Junctions: a terminator, closing marks, then white space (the run up to `after`).
    position = np.flatnonzero((flags & _TERMINATOR) != 0)
    following = _past_closers(position + 1, (flags & _CLOSER) != 0)
    junction = (following < len(space)) & space[np.minimum(following, len(space) - 1)]
    position, following = position[junction], following[junction]
    run = np.searchsorted(run_start, following, side="right") - 1
    after = run_end[run]
    # A junction before a paragraph break starts nothing of its own (the next paragraph's first
    # sentence starts there anyway), nor one at its text's end.
    inside = ~paragraph[run] & (after < text_end[np.searchsorted(text_start, position,
                                                                 side="right") - 1])
    position, after = position[inside], after[inside]
    block = block_start[np.searchsorted(block_start, position, side="right") - 1]

    opens = np.ones(len(position), dtype=bool)
    full_stop = codes[position] == ord(".")
    # A full stop after white space or at its paragraph's start opens nothing; after
    # _WINDOW letters it ends a sentence; after a shorter word it depends on the word.
    opens[full_stop & ((position == block) | space[np.maximum(position - 1, 0)])] = False
    alpha = (flags & _ALPHA) != 0
    long_word = position - _WINDOW >= block
    for back in range(1, _WINDOW + 1):
        long_word &= alpha[np.maximum(position - back, 0)]
    judged = np.flatnonzero(full_stop & opens & ~long_word)
    # (the last run of white space before each: none, -1, lets its block start the word)
    space_end = np.concatenate(([-1], run_end))[np.searchsorted(run_end, position[judged],
                                                                side="right")]
    opens[judged] = _full_stops_end(joined, codes, position[judged], block[judged], space_end)
    # A lower case word after the junction continues the sentence, unless a strong terminator
    # stands right before white space.
    lower_after = (flags[after] & _LOWER) != 0
    strong = np.isin(codes[position], [ord(char) for char in _STRONG_TERMINATORS])
    opens &= ~lower_after | (strong & space[np.minimum(position + 1, len(space) - 1)])
    marked[after[opens]] = True
    # Every text's first sentence is not a start (simplemma's first piece).
    marked[first_visible] = False
    return np.flatnonzero(marked)


TIME_ZONES = frozenset((
    "eastern", "pacific", "central", "mountain", "et", "est", "edt", "pt", "pst", "pdt", "ct",
    "cst", "cdt", "mt", "mst", "mdt", "gmt", "bst", "utc", "cet", "cest", "aest", "aedt", "ist",
    "jst"))
"""Words naming a time zone, which follow "a.m." or "p.m." inside a sentence."""


def without_time_zone_starts(joined: str, codes: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """`starts` (sentence starts in `joined`) but those right after "a.m." or "p.m." where a
    time zone opens the would-be sentence: simplemma ends a sentence at "p.m." before any
    capital, so '"...," Trump wrote at 8:42 p.m. Eastern time.' was two sentences."""
    if not len(starts):
        return starts
    before = starts[:, None] - np.arange(1, 6)[None, :]
    valid = np.asarray(np.all(before >= 0, axis=1), dtype=bool)
    near = np.where(valid[:, None], codes[np.maximum(before, 0)], 0)
    # (from the start backwards: the space, ".", "m", ".", "a" or "p")
    ask = np.flatnonzero(valid & (near[:, 0] == ord(" ")) & (near[:, 1] == ord("."))
                         & np.isin(near[:, 2], [ord("m"), ord("M")])
                         & (near[:, 3] == ord("."))
                         & np.isin(near[:, 4], [ord(c) for c in "aApP"]))
    keep = np.ones(len(starts), dtype=bool)
    for k in ask.tolist():
        word = joined[starts[k]:starts[k] + 10].split(maxsplit=1)[0].strip(".,;:()")
        keep[k] = word.lower() not in TIME_ZONES
    return starts[keep]


def _past_closers(positions: np.ndarray, closer: np.ndarray) -> np.ndarray:
    """Each of `positions`, moved past the closing marks that stand there."""
    at = np.flatnonzero(closer)
    if not len(at):
        return positions
    first = np.ones(len(at), dtype=bool)
    first[1:] = np.diff(at) != 1
    group_start = at[first]
    group_end = np.append(at[np.flatnonzero(first)[1:] - 1], at[-1]) + 1
    group = np.searchsorted(group_start, positions, side="right") - 1
    inside = (group >= 0) & (positions < group_end[np.maximum(group, 0)])
    moved = positions.copy()
    moved[inside] = group_end[group[inside]]
    return moved


_PLAIN_ABBREVIATIONS = np.array(
    [sum((ord(char) << (8 * k)) for k, char in enumerate(word))
     for word in _ABBREVIATIONS if word.isalpha() and word.isascii()], dtype=np.int64)
"""The abbreviations written with letters alone, each packed into an integer (a byte a
letter), as `_full_stops_end` packs the words it looks at."""


def _full_stops_end(text: str, codes: np.ndarray, positions: np.ndarray, blocks: np.ndarray,
                    space_ends: np.ndarray) -> np.ndarray:
    """For full stops at `positions` (in paragraphs starting at `blocks`, after no white space,
    the last white space before each ending at `space_ends`), whether each ends its sentence
    (`_full_stop_ends`). Most follow a word of ASCII letters or digits, judged in bulk by its
    last few characters: two to four letters are an abbreviation or not, five or more never;
    one or two digits are an ordinal, three or more not. The others are judged one by one."""
    word_start = np.maximum(space_ends, blocks)
    length = positions - word_start
    letters = length >= 2
    digits = length >= 1
    for back in range(1, _WINDOW + 1):
        considered = back <= length
        code = codes[np.maximum(positions - back, 0)]
        lowered = code | 0x20
        letters &= ~considered | ((lowered >= ord("a")) & (lowered <= ord("z")))
        if back <= 3:
            digits &= ~considered | ((code >= ord("0")) & (code <= ord("9")))
    ends = np.ones(len(positions), dtype=bool)
    short = np.flatnonzero(letters & (length <= 4))
    packed = np.zeros(len(short), dtype=np.int64)
    for k in range(4):
        has = k < length[short]
        packed[has] |= (codes[word_start[short][has] + k].astype(np.int64) | 0x20) << (8 * k)
    ends[short] = ~np.isin(packed, _PLAIN_ABBREVIATIONS)
    ends[digits] = length[digits] > 2
    for index in np.flatnonzero(~letters & ~digits).tolist():
        ends[index] = _full_stop_ends(text, int(positions[index]), int(blocks[index]))
    return ends


def _full_stop_ends(text: str, position: int, block: int) -> bool:
    """simplemma's verdict on a full stop after a word of fewer than _WINDOW letters (or
    other characters): does it end the sentence? (It is not at its paragraph's start and
    follows no white space.)"""
    word_start = position - 1
    while word_start >= block and not text[word_start].isspace():
        word_start -= 1
    word_start += 1
    raw = text[word_start:position]
    word = raw.strip(_EDGE)
    core = unicodedata.normalize("NFC", word.lower()).rstrip(_TERMINATORS)
    if not core:
        # a run of full stops alone ends a sentence ("..."), a bracketed one does not
        return bool(word) and word == raw == "." * len(word)
    if len(core) == 1 and core.isalpha():
        if word[:1].isupper():
            return False  # an initial before a name
        return word_start - block > 1 and text[word_start - 2].isdigit()  # "3 m."
    if core.isdigit() and len(core) <= 2:
        return False  # an ordinal
    return core not in _ABBREVIATIONS


def _flags_of(codes: np.ndarray) -> np.ndarray:
    """The flags of each code point (a fresh array), classifying new code points once."""
    flags: np.ndarray = _flags[codes]
    new = flags == _UNCLASSIFIED
    if new.any():
        for code in unique_values(codes[new]).tolist():
            char = chr(code)
            _flags[code] = ((_SPACE if char.isspace() else 0)
                            | (_NEWLINE if char == "\n" else 0)
                            | (_TERMINATOR if char in _TERMINATORS else 0)
                            | (_CLOSER if char in _CLOSERS else 0)
                            | (_ALPHA if char.isalpha() else 0)
                            | (_LOWER if char.islower() else 0))
        flags = _flags[codes]
    return flags
