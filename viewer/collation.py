"""Collation of one passage: every occurrence aligned word by word against the consensus.

Like a CollateX or Juxta alignment table: one column per word of the consensus reading, plus a
column wherever some article adds words; one row per occurrence. Each cell says how the article
reads there:
  same       the consensus word (case and punctuation never count, as in the engine)
  spelling   the same word written differently ("U.S." / "US", accents)
  different  another word
  added      words the consensus does not have
  missing    a consensus word this article drops inside the stretch it carries
  absent     outside the stretch a fragment carries (it quotes only part of the statement)

Words are compared in the engine's normal form (`viewer.normalize`); alignment is difflib's
longest-matching-blocks on those words (no junk heuristic). The consensus comes from the engine
(`Passage.consensus`) when it provides one, else `local_consensus`: the longest occurrence as
the base, each of its words replaced by the reading most occurrences share there. Pure
functions; no Qt.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from viewer.normalize import tokenize
from viewer.passages import Occurrence, Passage
from viewer.unspaced_scripts import HANGUL_SYLLABLES

STATUSES = ("same", "spelling", "different", "added", "missing", "absent")


@dataclass(frozen=True)
class Cell:
    text: str
    """The article's words here ("" for missing or absent)."""
    status: str
    start: int | None = None
    end: int | None = None
    """Where `text` stands in the article (None when the article has nothing here)."""


@dataclass(frozen=True)
class Column:
    consensus: str
    """The consensus word, or "" for a column of words some article adds."""
    added: bool = False


@dataclass(frozen=True)
class CollationRow:
    document: str
    occurrence: tuple[int, int]
    cells: tuple[Cell, ...]

    @property
    def differences(self) -> int:
        """Cells that differ from the consensus (spelling variants and absence not counted)."""
        return sum(cell.status in ("different", "added", "missing") for cell in self.cells)


@dataclass(frozen=True)
class Collation:
    passage_id: str
    consensus: str
    columns: tuple[Column, ...]
    rows: tuple[CollationRow, ...]

    def row_suffixes(self) -> tuple[str, ...]:
        """Per row, what tells it from the article's other rows: " (1 of 2)" for an article
        quoting the passage more than once (each quotation has a row, which would otherwise
        read as the same article twice), else ""."""
        per_document = Counter(row.document for row in self.rows)
        seen: Counter[str] = Counter()
        suffixes = []
        for row in self.rows:
            seen[row.document] += 1
            count = per_document[row.document]
            suffixes.append(f" ({seen[row.document]} of {count})" if count > 1 else "")
        return tuple(suffixes)

    @property
    def reads_right_to_left(self) -> bool:
        """Whether the statement is written right to left (Arabic, Hebrew, Persian, Urdu...), so
        its columns run from the right: an Arabic reader read the table's words backwards
        (tester, session 58). Most of the consensus's letters decide, not its first one as for a
        paragraph: an Arabic statement opening on a Latin name ("CNN: ...") is still Arabic."""
        right = left = 0
        for character in self.consensus:
            kind = unicodedata.bidirectional(character)
            right += kind in ("R", "AL")
            left += kind == "L"
        return right > left


@dataclass(frozen=True)
class _Words:
    """An occurrence's (or the consensus's) words: normal forms, raw texts and spans."""

    normal: tuple[str, ...]
    raw: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


_HANGUL = re.compile(f"[{HANGUL_SYLLABLES}\u1160-\u11ff\ud7b0-\ud7ff]+")
"""A token of Korean letters: the engine's tokens are its syllables, a reader's its words."""


def _words(text: str, start: int = 0, end: int | None = None) -> _Words:
    tokens = tokenize(text, start, end)
    spans: list[tuple[int, int]] = []
    normal: list[str] = []
    # Korean is written with spaces: the syllables of one word are one column ("대통령은"),
    # not one each (a tester's collation was hundreds of syllables wide).
    after_hangul = False  # (the last span is Korean letters only)
    for word, first, last in zip(tokens.words, tokens.starts, tokens.ends, strict=True):
        hangul = _HANGUL.fullmatch(text, first, last) is not None
        if after_hangul and hangul and spans[-1][1] == first:
            spans[-1] = (spans[-1][0], last)
            normal[-1] += word
        else:
            spans.append((first, last))
            normal.append(word)
        after_hangul = hangul
    return _Words(tuple(normal), tuple(text[s:e] for s, e in spans), tuple(spans))


def _occurrence_words(occurrence: Occurrence, texts: Mapping[str, str]) -> _Words:
    text = texts.get(occurrence.document)
    if text is None or text[occurrence.start : occurrence.end] != occurrence.text:
        # The text the offsets index is not at hand: the occurrence's own text, rebased.
        words = _words(occurrence.text)
        return _Words(words.normal, words.raw,
                      tuple((s + occurrence.start, e + occurrence.start) for s, e in words.spans))
    return _words(text, occurrence.start, occurrence.end)


def local_consensus(passage: Passage, texts: Mapping[str, str]) -> str:
    """The majority reading, word by word, over the longest occurrence (see module docstring)."""
    witnesses = [_occurrence_words(o, texts) for o in passage.occurrences]
    if not witnesses:
        return ""
    base_index = max(range(len(witnesses)), key=lambda i: (len(witnesses[i].normal), -i))
    base = witnesses[base_index]
    readings: list[Counter[str]] = [Counter({word: 1}) for word in base.normal]
    spelled: list[dict[str, str]] = [{word: raw} for word, raw in zip(base.normal, base.raw,
                                                                          strict=True)]
    for index, witness in enumerate(witnesses):
        if index == base_index:
            continue
        for tag, i1, i2, j1, j2 in _opcodes(base.normal, witness.normal):
            if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
                for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                    readings[i][witness.normal[j]] += 1
                    spelled[i].setdefault(witness.normal[j], witness.raw[j])
    occurrence = passage.occurrences[base_index]
    base_text = _text_of(occurrence, texts)
    parts: list[str] = []
    cursor = occurrence.start
    for i, (start, end) in enumerate(base.spans):
        parts.append(base_text[cursor - occurrence.start : start - occurrence.start])
        best = max(readings[i].items(), key=lambda item: (item[1], item[0] == base.normal[i]))
        parts.append(spelled[i][best[0]])
        cursor = end
    parts.append(base_text[cursor - occurrence.start :])
    return "".join(parts).strip()


def consensus_of(passage: Passage, texts: Mapping[str, str]) -> str:
    """The engine's consensus when the passage carries one, else `local_consensus`."""
    engine_consensus = getattr(passage, "consensus", None)
    if isinstance(engine_consensus, str) and engine_consensus.strip():
        return engine_consensus
    return local_consensus(passage, texts)


def _text_of(occurrence: Occurrence, texts: Mapping[str, str]) -> str:
    text = texts.get(occurrence.document)
    if text is not None and text[occurrence.start : occurrence.end] == occurrence.text:
        return text[occurrence.start : occurrence.end]
    return occurrence.text


EDGE_SLACK = 5
"""Consensus words a fragment's edge may skip (left out, or read otherwise) and still be lined
up with them: past its first and last matched stretch, a witness of k words is matched only in
the k + EDGE_SLACK consensus words next to that stretch."""


ANCHOR_WORDS = 3
"""Words a matched stretch needs to line a witness up with the consensus anywhere. A shorter
one ("a", "to the") lines it up only where the words around it are few: an edit's
neighbourhood, not one word two different sentences happen to share."""
EDIT_WORDS = 4
"""How many words more than a short match's own the smaller side of its range may have."""
REWRITTEN_WORDS = 5
"""A stretch this long on both sides with nothing alike is other text, not variant words: the
consensus words are missing there and the witness's words added, not paired as different."""


def _anchors(size: int, a_words: int, b_words: int, *, whole: bool = False) -> bool:
    """Whether a match of `size` words lines up ranges of `a_words` and `b_words` (the
    witness's) words: a short one only next to an edit; lining up the `whole` witness, only
    holding half its words (one word of six, "종북", lined up another piece of a speech)."""
    return size >= ANCHOR_WORDS or (min(a_words, b_words) <= size + EDIT_WORDS
                                    and (not whole or 2 * size >= b_words))


def _opcodes(a: Sequence[str], b: Sequence[str]) -> Sequence[tuple[str, int, int, int, int]]:
    """difflib's opcodes turning `a` (the consensus) into `b` (one occurrence), with the
    occurrence's edges kept next to its matched words. Plain difflib lined up a fragment from
    the end of a long statement ("i funerali di Benedetto XVI saranno celebrati giovedì ...")
    by a name the statement's first sentence also has ("Benedetto XVI"), 80 words away, and the
    row read "i funerali di" against the statement's first words, all marked different. And it
    lined up another piece of a speech than the consensus's ("it will be tempting to see it as
    such, this decision ...") by its "a" and "to" (`_anchors`)."""
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    blocks: list[tuple[int, int, int]] = []

    def match(a_lo: int, a_hi: int, b_lo: int, b_hi: int, open_left: bool,
              open_right: bool) -> None:
        if a_lo >= a_hi or b_lo >= b_hi:
            return
        if open_left:  # the witness's start: only the consensus words just before
            a_lo = max(a_lo, a_hi - (b_hi - b_lo) - EDGE_SLACK)
        if open_right:  # the witness's end: only the consensus words just after
            a_hi = min(a_hi, a_lo + (b_hi - b_lo) + EDGE_SLACK)
        i, j, size = matcher.find_longest_match(a_lo, a_hi, b_lo, b_hi)
        if not size or not _anchors(size, a_hi - a_lo, b_hi - b_lo):
            return
        match(a_lo, i, b_lo, j, open_left, False)
        blocks.append((i, j, size))
        match(i + size, a_hi, j + size, b_hi, False, open_right)

    i, j, size = matcher.find_longest_match(0, len(a), 0, len(b))
    if size and _anchors(size, len(a), len(b), whole=True):
        match(0, i, 0, j, True, False)
        blocks.append((i, j, size))
        match(i + size, len(a), j + size, len(b), False, True)
    codes: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    for bi, bj, size in [*blocks, (len(a), len(b), 0)]:
        if i < bi and j < bj and blocks:
            # An edge's unmatched words are read against the consensus words next to the
            # matched ones, not against the statement's first (or last) words.
            if i == 0 and bi - i > bj - j:
                codes.append(("delete", i, bi - (bj - j), j, j))
                i = bi - (bj - j)
            elif bi == len(a) and bj == len(b) and bi - i > bj - j:
                codes.append(("replace", i, i + bj - j, j, bj))
                codes.append(("delete", i + bj - j, bi, bj, bj))
                i, j = bi, bj
            if i < bi:
                codes.append(("replace", i, bi, j, bj))
        elif i < bi and j < bj:
            codes.append(("replace", i, bi, j, bj))
        elif i < bi:
            codes.append(("delete", i, bi, j, bj))
        elif j < bj:
            codes.append(("insert", i, bi, j, bj))
        if size:
            codes.append(("equal", bi, bi + size, bj, bj + size))
        i, j = bi + size, bj + size
    return codes


def collate(passage: Passage, texts: Mapping[str, str], consensus: str | None = None
            ) -> Collation:
    """The alignment table of `passage` (texts: document id -> the text offsets index)."""
    consensus = consensus if consensus is not None else consensus_of(passage, texts)
    base = _words(consensus)
    n = len(base.normal)
    aligned: list[tuple[list[Cell], list[list[Cell]]]] = []
    for occurrence in passage.occurrences:
        witness = _occurrence_words(occurrence, texts)
        aligned.append(_align(base, witness))
    columns: list[Column] = []
    slots: list[tuple[str, int]] = []  # ("added", gap) or ("word", index), in column order
    for i in range(n + 1):
        if any(inserted[i] for _, inserted in aligned):
            columns.append(Column("", added=True))
            slots.append(("added", i))
        if i < n:
            columns.append(Column(base.raw[i]))
            slots.append(("word", i))
    rows: list[CollationRow] = []
    for occurrence, (cells, inserted) in zip(passage.occurrences, aligned, strict=True):
        row_cells: list[Cell] = []
        for kind, index in slots:
            if kind == "word":
                row_cells.append(cells[index])
            else:
                row_cells.append(_joined(inserted[index]))
        rows.append(CollationRow(occurrence.document, (occurrence.start, occurrence.end),
                                 tuple(row_cells)))
    return Collation(passage.id, consensus, tuple(columns), tuple(rows))


def _align(base: _Words, witness: _Words) -> tuple[list[Cell], list[list[Cell]]]:
    """Per consensus word the witness's cell, and per gap (before word i; n: after the last)
    the words the witness adds there."""
    n = len(base.normal)
    cells: list[Cell] = [Cell("", "missing")] * n
    inserted: list[list[Cell]] = [[] for _ in range(n + 1)]

    def word_cell(i: int, j: int, status: str) -> Cell:
        start, end = witness.spans[j]
        return Cell(witness.raw[j], status, start, end)

    opcodes = _opcodes(base.normal, witness.normal)
    if not any(tag == "equal" for tag, *_ in opcodes):
        # Lined up nowhere (another piece of the statement than the consensus, however short):
        # its words are added, not paired with the consensus's first words as different ones.
        opcodes = [("insert", 0, 0, 0, len(witness.normal))]
    for tag, i1, i2, j1, j2 in opcodes:
        if tag == "equal":
            for i, j in zip(range(i1, i2), range(j1, j2), strict=True):
                same = witness.raw[j].casefold() == base.raw[i].casefold()
                cells[i] = word_cell(i, j, "same" if same else "spelling")
        elif tag == "replace" and min(i2 - i1, j2 - j1) >= REWRITTEN_WORDS:
            # Other text: after the last matched word at the statement's end (or of a witness
            # matching nothing), else before the next matched word.
            gap = i1 if i2 == n else i2
            inserted[gap].extend(word_cell(gap, j, "added") for j in range(j1, j2))
        elif tag in ("replace", "insert"):
            paired = min(i2 - i1, j2 - j1)
            for k in range(paired):
                cells[i1 + k] = word_cell(i1 + k, j1 + k, "different")
            inserted[i2].extend(word_cell(i2, j, "added") for j in range(j1 + paired, j2))
    # Consensus words before the witness's first word or after its last: a fragment's edges (all
    # of them for a witness lined up nowhere: another piece of the statement than the consensus).
    covered = [i for i, cell in enumerate(cells) if cell.status != "missing"]
    outside = [*range(covered[0]), *range(covered[-1] + 1, n)] if covered else range(n)
    for i in outside:
        cells[i] = Cell("", "absent")
    return cells, inserted


def _joined(cells: list[Cell]) -> Cell:
    if not cells:
        return Cell("", "absent")
    return Cell(" ".join(cell.text for cell in cells), "added", cells[0].start, cells[-1].end)
