"""What lies between consecutive tokens: sentence and clause ends, line breaks, quotation marks.

Pure function of a batch of tokenised texts, computed once with numpy when the corpus is
tokenised, so that chaining and extension ask "is there a sentence end between these words?"
as one array lookup instead of slicing the text and running a regex for every pair of words.

A document of T tokens has T + 1 gaps: gap k is the text between token k - 1 and token k, gap 0
runs from the body start to the first token and gap T from the last token to the end of the
text (for a document without tokens, its one gap is the whole body). Each gap gets a few bits;
their meaning is exactly that of the regexes the word-by-word code used (see the constants).
"""

from __future__ import annotations

import numpy as np

from viewer.normalize import CLAUSE_END, QUOTES, SENTENCE_END
from viewer.token_hashing import BatchTokens

NEWLINE = 1 << 0
"""The gap holds a line break."""
SENTENCE_BREAK = 1 << 1
"""A line break or a sentence end: where a sentence splitter starts a sentence
(`viewer.engine.sentences`) when `gap_marks` is given the starts, else one of
`\\n . ! ? 。 ！ ？`."""
STOP = 1 << 2
"""A line break, a sentence or clause end of `SENTENCE_END`, or a quotation mark: extension
over unmatched words stops here."""
CLAUSE = 1 << 3
"""A line break, a character of `CLAUSE_END`, or a quotation mark: a clause boundary."""
BARRIER = 1 << 4
"""A line break or a quotation mark: never bridged."""
EDGE = 1 << 5
"""A line break, sentence end, colon or quotation mark: something an edge trim looks for."""
QUOTE = 1 << 6
"""A double quotation mark of any style."""
OPENS_QUOTE = 1 << 7
"""An opening quotation mark (a curly one, or a straight one right before the next word) or an
ASCII colon: what precedes it is a lead-in."""
CLOSES_QUOTE = 1 << 8
"""A closing quotation mark: a curly one, or a straight one right after the previous word (only
`,.;:!?)` between)."""
TOKEN_EDGE = 1 << 9
"""The token just before this gap contains an EDGE character itself ("U.S.", "5:30")."""
HYPHEN_JOIN = 1 << 10
"""The gap is one hyphen and nothing else: the tokens on either side are parts of one word
("award-winning")."""
_HYPHENS = np.array([0x2D, 0x2010, 0x2011], dtype=np.uint32)

# Classes of single characters; a gap's bits are computed from the union of its characters'.
_C_NEWLINE = 1 << 0
_C_SENTENCE = 1 << 1  # . ! ? and their full-width forms
_C_OTHER_STOP = 1 << 2  # the rest of SENTENCE_END but the colons: ; ；
_C_COLON = 1 << 3  # the ASCII colon
_C_WIDE_COLON = 1 << 4  # ：
_C_CLAUSE = 1 << 5  # the rest of CLAUSE_END: , ( ) [ ] — – ， 、 （ ）
_C_STRAIGHT = 1 << 6  # "
_C_OPENING = 1 << 7  # “ „ « 「 『
_C_CLOSING = 1 << 8  # ” » 」 』
_C_WIDE_SENTENCE = 1 << 9  # 。 ！ ？ (also _C_SENTENCE): a sentence end whatever the splitter says
_C_QUOTES = _C_STRAIGHT | _C_OPENING | _C_CLOSING
_C_EDGE = _C_NEWLINE | _C_SENTENCE | _C_COLON | _C_WIDE_COLON | _C_QUOTES

_SENTENCE_CHARS = ".!?。！？"
_OPENING_CHARS = "“„«「『"
_CLOSING_CHARS = "”»」』"
_STRAIGHT_CLOSE_PREFIX = ",.;:!?)"
"""What may stand between a word and a straight quotation mark that closes after it."""


def _char_table() -> np.ndarray:
    table = np.zeros(0x10000, dtype=np.uint16)
    classes: dict[str, int] = {"\n": _C_NEWLINE, ":": _C_COLON, "：": _C_WIDE_COLON,
                               '"': _C_STRAIGHT}
    for char in _SENTENCE_CHARS:
        classes[char] = _C_SENTENCE | (_C_WIDE_SENTENCE if ord(char) > 0x7F else 0)
    for char in SENTENCE_END - set(_SENTENCE_CHARS) - {":", "："}:
        classes[char] = _C_OTHER_STOP
    for char in CLAUSE_END - SENTENCE_END:
        classes[char] = _C_CLAUSE
    for char in _OPENING_CHARS:
        classes[char] = _C_OPENING
    for char in _CLOSING_CHARS:
        classes[char] = _C_CLOSING
    if set(classes) != {"\n", '"'} | SENTENCE_END | CLAUSE_END | QUOTES:  # pragma: no cover
        raise AssertionError("the gap classes no longer cover the punctuation sets")
    for char, bits in classes.items():
        table[ord(char)] = bits
    return table


_CHAR_CLASSES = _char_table()


def gap_marks(batch: BatchTokens, sentence_starts: np.ndarray | None = None) -> np.ndarray:
    """The bits of every gap (uint16) of the texts of `batch`, text after text: text i's
    token_count + 1 gaps start at token_bounds[i] + i. `sentence_starts` (ascending offsets in
    the batch's joined bodies), when given, say where sentences begin."""
    texts = len(batch.lengths)
    if not texts:
        return np.zeros(0, dtype=np.uint16)
    counts = np.diff(batch.token_bounds)
    first_token = batch.token_bounds[:-1]
    # Gap i of the batch runs from the end of the token before it (or its text's start) to the
    # start of the token after it (or its text's end).
    gap_starts = np.insert(batch.ends, first_token, batch.text_start)
    gap_ends = np.insert(batch.starts, first_token + counts, batch.text_start + batch.lengths)
    codes = batch.codes
    chars = _CHAR_CLASSES[np.minimum(codes, 0xFFFF)]
    # Gap and token ranges alternate and tile the batch: one reduceat gives the union of the
    # classes of each (an empty range gets the class of the character at its start: cleared).
    bounds = np.empty(2 * len(gap_starts), dtype=np.int64)
    bounds[0::2] = gap_starts
    bounds[1::2] = gap_ends
    union = np.bitwise_or.reduceat(chars, bounds)
    in_gap = union[0::2]
    in_gap[gap_ends == gap_starts] = 0
    in_token = union[1::2]  # the token after each gap (or the text separator after the last)
    in_token[np.append(gap_starts[1:], len(codes)) == gap_ends] = 0

    marks: np.ndarray = _GAP_BITS[in_gap]  # (numpy 2.5's stubs make the lookup Any)
    if sentence_starts is not None:
        # A sentence break is where the splitter starts a sentence: inside the gap, or at the
        # start of the token after it. Full stops it does not split at ("Gen.") are none.
        # Gap starts are distinct and ascending: a start's gap is the last to start at or
        # before it (it may lie in the token after that gap instead: no hit).
        holder = np.searchsorted(gap_starts, sentence_starts, side="right") - 1
        hit = holder[(holder >= 0) & (sentence_starts <= gap_ends[np.maximum(holder, 0)])]
        marks &= ~np.uint16(SENTENCE_BREAK)
        # (the splitter knows no Chinese or Japanese: their full-width enders always count)
        marks[(in_gap & (_C_NEWLINE | _C_WIDE_SENTENCE)) != 0] |= np.uint16(SENTENCE_BREAK)
        marks[hit] |= np.uint16(SENTENCE_BREAK)
    before = np.zeros(len(marks), dtype=bool)
    before[1:] = (in_token[:-1] & _C_EDGE) != 0
    before[first_token + np.arange(texts)] = False  # no token before a text's first gap
    marks[before] |= TOKEN_EDGE
    one_character = np.flatnonzero(gap_ends - gap_starts == 1)
    joined = one_character[np.isin(codes[gap_starts[one_character]], _HYPHENS)]
    # (a hyphen joins two words: not at a text's start or end, where a word is on one side only)
    text_edge = np.zeros(len(marks), dtype=bool)
    text_edge[first_token + np.arange(texts)] = True
    text_edge[first_token + np.arange(texts) + counts] = True
    marks[joined[~text_edge[joined]]] |= np.uint16(HYPHEN_JOIN)
    for gap in np.flatnonzero(in_gap & _C_STRAIGHT).tolist():
        text = codes[gap_starts[gap] : gap_ends[gap]].tobytes().decode("utf-32-le",
                                                                      "surrogatepass")
        if text.lstrip(_STRAIGHT_CLOSE_PREFIX).startswith('"'):
            marks[gap] |= CLOSES_QUOTE
        if text.endswith('"'):
            marks[gap] |= OPENS_QUOTE
    return marks


def _gap_bits_table() -> np.ndarray:
    """The gap bits (all but TOKEN_EDGE and the straight quotation marks' positions) of a gap
    holding each union of character classes."""
    unions = np.arange(1 << 10)  # every union of the ten character classes
    marks = np.zeros(len(unions), dtype=np.uint16)

    def mark(bit: int, classes: int) -> None:
        marks[(unions & classes) != 0] |= np.uint16(bit)

    mark(NEWLINE, _C_NEWLINE)
    mark(SENTENCE_BREAK, _C_NEWLINE | _C_SENTENCE)
    stop = _C_NEWLINE | _C_SENTENCE | _C_OTHER_STOP | _C_COLON | _C_WIDE_COLON | _C_QUOTES
    mark(STOP, stop)
    mark(CLAUSE, stop | _C_CLAUSE)
    mark(BARRIER, _C_NEWLINE | _C_QUOTES)
    mark(EDGE, _C_EDGE)
    mark(QUOTE, _C_QUOTES)
    mark(OPENS_QUOTE, _C_OPENING | _C_COLON)
    mark(CLOSES_QUOTE, _C_CLOSING)
    return marks


_GAP_BITS = _gap_bits_table()
