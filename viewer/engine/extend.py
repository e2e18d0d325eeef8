"""Edges of pairwise matches: trim coincidental spill, grow over short edited tails.

Pure functions used by the chaining stage on all of its matches at once, as numpy arrays (one
entry per match): every question about the text between two words is a lookup in the gap bits
of `viewer.engine.breaks`, and the short searches at a match's ends are a handful of array
operations over all matches instead of a Python loop over each.

Spill is the last (first) few words of a chain that lie past a sentence end or paragraph break
found in only one of the documents, or past a closing quotation mark both have (a stock "... he
said"). Growth takes a two-word match after a small gap, or the last words of a clause that both
sides finish within a few words ("said the minister." / "said the spokesman.").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.engine import breaks
from viewer.engine.tokens import TokenisedCorpus
from viewer.normalize import normalize_word

SNAP_SHORT_TAIL = 2
"""Tails of this many words or fewer, as many on both sides, are taken to the clause end even
when they share no word (a replaced word); longer tails must share a content word."""


@dataclass(slots=True, eq=False)
class Spans:
    """Matches as arrays: two token ranges each, one per document (doc_a < doc_b), document-
    local token indices, end exclusive (int64)."""

    doc_a: np.ndarray
    a0: np.ndarray
    a1: np.ndarray
    doc_b: np.ndarray
    b0: np.ndarray
    b1: np.ndarray

    def __len__(self) -> int:
        return len(self.a0)

    @property
    def size(self) -> np.ndarray:
        return np.asarray(np.minimum(self.a1 - self.a0, self.b1 - self.b0))

    def subset(self, chosen: np.ndarray) -> Spans:
        return Spans(self.doc_a[chosen], self.a0[chosen], self.a1[chosen], self.doc_b[chosen],
                     self.b0[chosen], self.b1[chosen])


class _Side:
    """Where one side's documents start in the corpus's token and gap arrays, per match."""

    def __init__(self, corpus: TokenisedCorpus, documents: np.ndarray) -> None:
        self.corpus = corpus
        self.documents = documents
        self.token_base = corpus.offsets[documents]
        self.gap_base = self.token_base + documents
        self.tokens = corpus.offsets[documents + 1] - self.token_base

    def hash_at(self, local: np.ndarray) -> np.ndarray:
        """Hash of each match's token `local` (clamped into its document)."""
        place = self.token_base + np.clip(local, 0, np.maximum(self.tokens - 1, 0))
        return np.asarray(self.corpus.hashes[np.minimum(place, max(len(self.corpus.hashes) - 1,
                                                                   0))])

    def line_start_at(self, local: np.ndarray) -> np.ndarray:
        place = self.token_base + np.clip(local, 0, np.maximum(self.tokens - 1, 0))
        return np.asarray(self.corpus.line_start[np.minimum(place,
                                                            max(len(self.corpus.hashes) - 1, 0))])

    def gap_has(self, gap: np.ndarray, bits: int) -> np.ndarray:
        """Whether each match's gap `gap` (clamped into its document) has any of `bits`."""
        place = self.gap_base + np.clip(gap, 0, self.tokens)
        return np.asarray((self.corpus.gaps[place] & bits) != 0)


def trim_spill(corpus: TokenisedCorpus, spans: Spans, n: int) -> None:
    """Cut the last (first) few words of each match that lie past a sentence end or a paragraph
    break found in only one of the two documents (one outlet's paragraph ends where the other's
    goes on with the same word), or past a closing (before an opening) quotation mark or colon
    found in both: a coincidental continuation, a stock attribution ("..." he said) or a lead-in
    ("he told reporters: "), not the passage. Only spills shorter than an n-gram are cut.
    """
    a, b = _Side(corpus, spans.doc_a), _Side(corpus, spans.doc_b)
    a0, a1, b0, b1 = spans.a0, spans.a1, spans.b0, spans.b1
    # Both checks are made before the tail is cut, on the wider span.
    tail_marked = (_marks_between(a, np.maximum(a0, a1 - n - 1), a1 - 1, n)
                   | _marks_between(b, np.maximum(b0, b1 - n - 1), b1 - 1, n))
    head_marked = (_marks_between(a, a0, np.minimum(a1 - 1, a0 + n), n)
                   | _marks_between(b, b0, np.minimum(b1 - 1, b0 + n), n))
    cut = _spill(a, a1, b, b1, spans.size, tail_marked, n, breaks.CLOSES_QUOTE, forward=False)
    spans.a1 = a1 - cut
    spans.b1 = b1 - cut
    cut = _spill(a, a0, b, b0, spans.size, head_marked, n, breaks.OPENS_QUOTE, forward=True)
    spans.a0 = a0 + cut
    spans.b0 = b0 + cut


def _spill(a: _Side, edge_a: np.ndarray, b: _Side, edge_b: np.ndarray, size: np.ndarray,
           marked: np.ndarray, n: int, quote_bit: int, *, forward: bool) -> np.ndarray:
    """How many words to cut at one end: the largest k < n such that the k words inside the
    edge are equal on both sides and the gap k words in ends the passage. A quotation mark
    counts only when both documents have it: where one outlet quotes more of a statement than
    the other, the words outside one quote are still shared text."""
    cut = np.zeros(len(size), dtype=np.int64)
    alive = marked.copy()
    for k in range(1, n):
        alive &= k < size
        inner_a = edge_a + k - 1 if forward else edge_a - k
        inner_b = edge_b + k - 1 if forward else edge_b - k
        alive &= a.hash_at(inner_a) == b.hash_at(inner_b)
        gap_a = edge_a + k if forward else edge_a - k
        gap_b = edge_b + k if forward else edge_b - k
        spill = ((a.gap_has(gap_a, breaks.SENTENCE_BREAK)
                  != b.gap_has(gap_b, breaks.SENTENCE_BREAK))
                 | (a.gap_has(gap_a, breaks.NEWLINE) != b.gap_has(gap_b, breaks.NEWLINE))
                 | (a.gap_has(gap_a, quote_bit) & b.gap_has(gap_b, quote_bit)))
        cut[alive & spill] = k
    return cut


def _marks_between(side: _Side, left: np.ndarray, right: np.ndarray, n: int) -> np.ndarray:
    """Whether the text between tokens `left` and `right` (at most n + 1 tokens apart) holds
    anything `trim_spill` looks for: a sentence end, line break, colon or quotation mark, in
    the gaps left + 1 .. right or inside the tokens between."""
    found = np.zeros(len(left), dtype=bool)
    for t in range(1, n + 2):
        gap = left + t
        inside = gap <= right
        if not inside.any():
            break
        bits = breaks.EDGE | (breaks.TOKEN_EDGE if t >= 2 else 0)
        found |= inside & side.gap_has(np.minimum(gap, right), bits)
    return found


def extend(corpus: TokenisedCorpus, spans: Spans, gap: int) -> None:
    """Grow every match over short edited tails at both ends (see the module docstring)."""
    a, b = _Side(corpus, spans.doc_a), _Side(corpus, spans.doc_b)
    # Right end: one two-word match after a small gap, then exact words.
    a1, b1 = spans.a1.copy(), spans.b1.copy()
    i, j = _next_bigram(a, a1, b, b1, gap, forward=True)
    found = i >= 0
    a1[found] += i[found] + 2
    b1[found] += j[found] + 2
    run = _equal_runs(a, a1, b, b1, found, forward=True)
    a1 += run
    b1 += run
    tail_a = _words_to_boundary(a, a1, gap + 1, forward=True)
    tail_b = _words_to_boundary(b, b1, gap + 1, forward=True)
    agree = _tails_agree(corpus, a, a1, tail_a, b, b1, tail_b, forward=True)
    spans.a1 = a1 + np.where(agree, tail_a, 0)
    spans.b1 = b1 + np.where(agree, tail_b, 0)
    # Left end, mirrored (it does not depend on the right end).
    a0, b0 = spans.a0.copy(), spans.b0.copy()
    i, j = _next_bigram(a, a0 - 1, b, b0 - 1, gap, forward=False)
    found = i >= 0
    a0[found] -= i[found] + 2
    b0[found] -= j[found] + 2
    run = _equal_runs(a, a0, b, b0, found, forward=False)
    a0 -= run
    b0 -= run
    head_a = _words_to_boundary(a, a0 - 1, gap + 1, forward=False)
    head_b = _words_to_boundary(b, b0 - 1, gap + 1, forward=False)
    agree = _tails_agree(corpus, a, a0, head_a, b, b0, head_b, forward=False)
    spans.a0 = a0 - np.where(agree, head_a, 0)
    spans.b0 = b0 - np.where(agree, head_b, 0)


def _next_bigram(a: _Side, pa: np.ndarray, b: _Side, pb: np.ndarray, gap: int,
                 *, forward: bool) -> tuple[np.ndarray, np.ndarray]:
    """Per match, the closest (i, j) skips (fewest words together, then fewest in the first
    document), at most `gap` words together and no barrier crossed, after which both
    documents continue with the same two words; (-1, -1) when there is none. `pa`, `pb` are
    the first tokens past the match (reading backwards when not `forward`)."""
    best_i = np.full(len(pa), -1, dtype=np.int64)
    best_j = np.full(len(pa), -1, dtype=np.int64)
    reach_a = _reach(a, pa, gap, forward=forward)
    reach_b = _reach(b, pb, gap, forward=forward)
    rows = np.flatnonzero((reach_a >= 0) & (reach_b >= 0))
    if not len(rows):
        return best_i, best_j
    reach_a, reach_b = reach_a[rows], reach_b[rows]
    # The gap + 2 words from the edge on (in reading order) on each side, whether each is in
    # the document, and whether a barrier stands inside the word pair starting at each.
    words_a, in_a, barrier_a = _window(a, rows, pa[rows], gap + 2, forward=forward)
    words_b, in_b, barrier_b = _window(b, rows, pb[rows], gap + 2, forward=forward)
    open_ = np.ones(len(rows), dtype=bool)
    for total in range(gap + 1):
        for i in range(total + 1):
            j = total - i
            candidate = (open_ & (i <= reach_a) & (j <= reach_b) & in_a[:, i + 1] & in_b[:, j + 1]
                         & (words_a[:, i] == words_b[:, j])
                         & (words_a[:, i + 1] == words_b[:, j + 1])
                         & ~barrier_a[:, i] & ~barrier_b[:, j])
            best_i[rows[candidate]] = i
            best_j[rows[candidate]] = j
            open_ &= ~candidate
    return best_i, best_j


def _window(side: _Side, rows: np.ndarray, edge: np.ndarray, width: int,
            *, forward: bool) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row, the hashes of the `width` words from `edge` on (backwards when not
    `forward`), whether each lies in the document, and whether the gap inside the word pair
    starting at each (between it and the next word read) holds a barrier."""
    step = np.arange(width)[None, :]
    local = edge[:, None] + step if forward else edge[:, None] - step
    tokens = side.tokens[rows, None]
    inside = (local < tokens) if forward else (local >= 0)
    clamped = np.clip(local, 0, np.maximum(tokens - 1, 0))
    place = np.minimum(side.token_base[rows, None] + clamped, max(len(side.corpus.hashes) - 1, 0))
    inner = local + 1 if forward else local
    gap_place = side.gap_base[rows, None] + np.clip(inner, 0, tokens)
    barrier = (side.corpus.gaps[gap_place] & breaks.BARRIER) != 0
    return side.corpus.hashes[place], inside, barrier


def _reach(side: _Side, position: np.ndarray, gap: int, *, forward: bool) -> np.ndarray:
    """How many words from `position` on may be skipped without crossing a sentence or clause
    stop (at most `gap`); -1 when one stands right at the match end."""
    edge = position if forward else position + 1
    reach = np.full(len(position), gap, dtype=np.int64)
    done = np.zeros(len(position), dtype=bool)
    for t in range(gap):
        here = position + t if forward else position - t
        between = here + 1 if forward else here
        outside = (here >= side.tokens) if forward else (here < 0)
        blocked = ~done & (outside | side.gap_has(between, breaks.STOP))
        reach[blocked] = t
        done |= blocked
    reach[side.gap_has(edge, breaks.STOP)] = -1
    return reach


def identical_runs(corpus: TokenisedCorpus, spans: Spans, *, forward: bool,
                   limit: int) -> np.ndarray:
    """How many words in a row after (before) each match are the same on both sides, across
    line breaks, up to `limit` (`viewer.engine.bridges` grows matches over them)."""
    return _equal_runs(_Side(corpus, spans.doc_a), spans.a1 if forward else spans.a0,
                       _Side(corpus, spans.doc_b), spans.b1 if forward else spans.b0,
                       np.ones(len(spans), dtype=bool), forward=forward, across_lines=True,
                       limit=limit)


def _equal_runs(a: _Side, pa: np.ndarray, b: _Side, pb: np.ndarray, chosen: np.ndarray,
                *, forward: bool, across_lines: bool = False,
                limit: int | None = None) -> np.ndarray:
    """For the `chosen` matches, how many words in a row from `pa` and `pb` (forward) or
    before them (backward) are the same, never across a line break unless `across_lines`, at
    most `limit`; 0 for the others.

    Starting points on one diagonal of one document pair (`pb - pa` the same) read the same
    words: a run that reaches the next point on its diagonal goes on as that point's run does,
    so each run is read only up to there and the rest is taken from the next point's. (Long
    text of a few repeated words gives hundreds of matches along one copy, and each read to
    the copy's end made the reading quadratic.)"""
    run = np.zeros(len(pa), dtype=np.int64)
    rows = np.flatnonzero(chosen)
    if not len(rows):
        return run
    # Points in reading order along each diagonal; `step` is the distance to the next one.
    along = pa[rows] if forward else -pa[rows]
    order = rows[np.lexsort((along, pb[rows] - pa[rows], b.documents[rows], a.documents[rows]))]
    along = pa[order] if forward else -pa[order]
    step = np.full(len(order), np.iinfo(np.int64).max, dtype=np.int64)
    same_line = ((a.documents[order[1:]] == a.documents[order[:-1]])
                 & (b.documents[order[1:]] == b.documents[order[:-1]])
                 & (pb[order[1:]] - pa[order[1:]] == pb[order[:-1]] - pa[order[:-1]]))
    step[:-1][same_line] = along[1:][same_line] - along[:-1][same_line]
    if limit is not None:
        step = np.minimum(step, limit)
    read = np.zeros(len(pa), dtype=np.int64)
    read[order] = _read_runs(a, pa, b, pb, order, step, forward=forward,
                             across_lines=across_lines)
    # A run that reached the next point (within `limit`) ends where that point's run ends:
    # telescoped, it ends where the first run along the diagonal that stopped short ends.
    reached = np.zeros(len(order), dtype=bool)
    reached[:-1] = same_line & (read[order[:-1]] >= step[:-1])
    if limit is not None:
        reached[:-1] &= step[:-1] < limit
    stops = np.where(~reached, np.arange(len(order)), len(order))
    stop = np.minimum.accumulate(stops[::-1])[::-1]
    total = along[stop] - along + read[order[stop]]
    run[order] = total if limit is None else np.minimum(total, limit)
    return run


def _read_runs(a: _Side, pa: np.ndarray, b: _Side, pb: np.ndarray, rows: np.ndarray,
               most: np.ndarray, *, forward: bool, across_lines: bool) -> np.ndarray:
    """`_equal_runs` for `rows`, each read at most `most[i]` words (one per row, in order)."""
    run = np.zeros(len(rows), dtype=np.int64)
    active = np.arange(len(rows))
    checked, block = 0, 8
    last = len(a.corpus.hashes) - 1
    while len(active):
        t = checked + np.arange(block)
        row = rows[active]
        first_a, first_b = pa[row, None], pb[row, None]
        tokens_a, tokens_b = a.tokens[row, None], b.tokens[row, None]
        if forward:
            word_a, word_b = first_a + t, first_b + t
            fail = (word_a >= tokens_a) | (word_b >= tokens_b)
            line_a, line_b = word_a, word_b
        else:
            word_a, word_b = first_a - 1 - t, first_b - 1 - t
            fail = (word_a < 0) | (word_b < 0)
            line_a, line_b = word_a + 1, word_b + 1
        fail |= t >= most[active, None]
        base_a, base_b = a.token_base[row, None], b.token_base[row, None]
        place_a = np.clip(base_a + word_a, 0, last)
        place_b = np.clip(base_b + word_b, 0, last)
        fail |= a.corpus.hashes[place_a] != b.corpus.hashes[place_b]
        if not across_lines:
            fail |= a.corpus.line_start[np.clip(base_a + line_a, 0, last)]
            fail |= b.corpus.line_start[np.clip(base_b + line_b, 0, last)]
        stopped = fail.any(axis=1)
        run[active[stopped]] = checked + np.argmax(fail[stopped], axis=1)
        active = active[~stopped]
        checked += block
        block *= 4
    return run


def _words_to_boundary(side: _Side, position: np.ndarray, limit: int,
                       *, forward: bool) -> np.ndarray:
    """Words from `position` (inclusive) to the nearest clause boundary, or -1 if more than
    `limit`. Forward: the boundary after the last word; backward: before the first."""
    count = np.full(len(position), -1, dtype=np.int64)
    for t in range(limit + 1):
        here = position + t if forward else position - t
        between = here if forward else here + 1
        outside = (here >= side.tokens) if forward else (here < 0)
        stop = (count < 0) & (outside | side.gap_has(between, breaks.CLAUSE))
        count[stop] = t
    return count


def _tails_agree(corpus: TokenisedCorpus, a: _Side, edge_a: np.ndarray, tail_a: np.ndarray,
                 b: _Side, edge_b: np.ndarray, tail_b: np.ndarray,
                 *, forward: bool) -> np.ndarray:
    """Whether two short tails (`tail` words from the edge on, or before it) may be taken as
    the edited end of one passage: a word or two replaced, or a content word in common."""
    known = (tail_a >= 0) & (tail_b >= 0) & ((tail_a > 0) | (tail_b > 0))
    # "said the minister." / "said the spokesman."
    agree: np.ndarray = known & (tail_a == tail_b) & (tail_a <= SNAP_SHORT_TAIL)
    rows = np.flatnonzero(known & ~agree)
    if not len(rows):
        return agree
    # Equal normalised words have equal hashes: tails with no hash in common share no word,
    # which settles most cases without normalising any word.
    words_a, in_a = _tail_hashes(a, rows, edge_a[rows], tail_a[rows], forward=forward)
    words_b, in_b = _tail_hashes(b, rows, edge_b[rows], tail_b[rows], forward=forward)
    common = ((words_a[:, :, None] == words_b[:, None, :]) & in_a[:, :, None]
              & in_b[:, None, :]).any(axis=(1, 2))
    for m in rows[common].tolist():
        ea, eb, ta, tb = int(edge_a[m]), int(edge_b[m]), int(tail_a[m]), int(tail_b[m])
        range_a = range(ea, ea + ta) if forward else range(ea - ta, ea)
        range_b = range(eb, eb + tb) if forward else range(eb - tb, eb)
        agree[m] = bool(_content_words(corpus, int(a.documents[m]), range_a)
                        & _content_words(corpus, int(b.documents[m]), range_b))
    return agree


def _tail_hashes(side: _Side, rows: np.ndarray, edge: np.ndarray, tail: np.ndarray,
                 *, forward: bool) -> tuple[np.ndarray, np.ndarray]:
    """The word hashes of each row's tail (from `edge` on, or the `tail` words before it), one
    row each, and which of them are words of the tail (the rest is padding)."""
    width = int(tail.max()) if len(tail) else 0
    step = np.arange(width)[None, :]
    first = edge if forward else edge - tail
    local = first[:, None] + step
    last = np.maximum(side.tokens[rows, None] - 1, 0)
    place = side.token_base[rows, None] + np.clip(local, 0, last)
    hashes = side.corpus.hashes[np.minimum(place, max(len(side.corpus.hashes) - 1, 0))]
    return hashes, step < tail[:, None]


def _content_words(corpus: TokenisedCorpus, document: int, indices: range) -> set[str]:
    base = int(corpus.offsets[document])
    text = corpus.texts[document]
    words = [normalize_word(text[int(corpus.starts[base + i]) : int(corpus.ends[base + i])])
             for i in indices]
    return {word for word in words if len(word) >= 4 or word[:1].isdigit()}
