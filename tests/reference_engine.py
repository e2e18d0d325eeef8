"""Engine steps as they were before they became array operations, word by word or line by line:
the references the vectorised ones must agree with exactly. Chain and extend (stage 4) before
the gap bits (`viewer.engine.chain`, `extend`, `quotes`, `seed_chains`); the index's boilerplate
lines (`viewer.engine.index.boilerplate_free`).

Kept in the tests only (it is several times slower); each question about the text between two
words slices the text and runs a regex, as the definitions in `viewer.engine.breaks` say.
"""


from __future__ import annotations

import itertools
import math
import re
from array import array
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine import index as engine_index
from viewer.engine.bridges import bridge_identical_gaps, grow_over_identical_text
from viewer.engine.candidates import SeedRuns
from viewer.engine.document_view import DocumentView, DocumentViews
from viewer.engine.extend import Spans
from viewer.engine.matches import PairMatches
from viewer.engine.quotes import LEAD_IN_WORDS, QUOTED_NAME_WORDS, trim_one_sided_attribution
from viewer.engine.sentence_stubs import trim_sentence_stubs
from viewer.engine.tokens import TokenisedCorpus
from viewer.engine.word_edges import trim_kana_continuations, trim_split_words
from viewer.normalize import CLAUSE_END, QUOTES, SENTENCE_END
from viewer.passages import EngineSettings
from viewer.wrapping import unwrapped

# --- DocumentView's word-by-word questions, as the old stage asked them ---

def _equal_run(self: DocumentView, a: int, other: DocumentView, b: int, *, forward: bool) -> int:
    """How many tokens in a row, from token `a` here and `b` in `other` (going forward) or
    from `a - 1` and `b - 1` (going backward), are the same words, within the lines of `a`
    and `b` (a run never crosses a line break)."""
    if forward:
        limit = min(len(self.words) - a, len(other.words) - b)
        if limit <= 0 or self.line_start[a] or other.line_start[b]:
            return 0
        mine, theirs = self.hashes[a : a + limit], other.hashes[b : b + limit]
        breaks = np.flatnonzero(self.line_start[a + 1 : a + limit]
                                | other.line_start[b + 1 : b + limit])
        if len(breaks):
            limit = int(breaks[0]) + 1
    else:
        limit = min(a, b)
        mine = self.hashes[a - limit : a][::-1]
        theirs = other.hashes[b - limit : b][::-1]
        breaks = np.flatnonzero((self.line_start[a - limit + 1 : a + 1]
                                 | other.line_start[b - limit + 1 : b + 1])[::-1])
        if len(breaks):
            limit = int(breaks[0])
    size = 16
    checked = 0
    while checked < limit:
        stop = min(limit, checked + size)
        different = np.flatnonzero(mine[checked:stop] != theirs[checked:stop])
        if len(different):
            return checked + int(different[0])
        checked = stop
        size *= 4
    return limit

def _gap(self: DocumentView, left: int, right: int) -> str:
    """Text between the end of token `left` and the start of token `right` (either may be
    outside the token range: the body start / end stands in)."""
    start = self.ends[left] if left >= 0 else self.body_start
    end = self.starts[right] if right < len(self.starts) else len(self.text)
    return self.text[start:end]


SNAP_SHORT_TAIL = 2
"""Tails of this many words or fewer, as many on both sides, are taken to the clause end even
when they share no word (a replaced word); longer tails must share a content word."""

_BREAK = re.compile("[\n.!?。！？]")
_BARRIER = re.compile("[\n" + "".join(sorted(QUOTES)) + "]")
_STOP = re.compile("[\n" + re.escape("".join(sorted(SENTENCE_END | QUOTES))) + "]")
_CLAUSE = re.compile("[\n" + re.escape("".join(sorted(CLAUSE_END | QUOTES))) + "]")


@dataclass(slots=True)
class Match:
    """Two token ranges, one per document (doc_a < doc_b), end exclusive; mutable while its
    edges are refined."""

    doc_a: int
    a0: int
    a1: int
    doc_b: int
    b0: int
    b1: int

    @property
    def size(self) -> int:
        return min(self.a1 - self.a0, self.b1 - self.b0)


def trim_spill(first: DocumentView, second: DocumentView, match: Match, n: int) -> None:
    """Cut the last (first) few words of a match that lie past a sentence end or a paragraph
    break found in only one of the two documents (one outlet's paragraph ends where the other's
    goes on with the same word), or past a closing (before an opening) quotation mark or colon
    found in both: a coincidental continuation, a stock attribution ("..." he said) or a lead-in
    ("he told reporters: "), not the passage. Only spills shorter than an n-gram are cut.
    """
    ha, hb = first.words, second.words
    # Each end is searched only when its last (first) words hold anything the search looks for,
    # in either document; both checks are made before the tail is cut, on the wider span.
    tail_marked = (_marks_between(first, max(match.a0, match.a1 - n - 1), match.a1 - 1)
                   or _marks_between(second, max(match.b0, match.b1 - n - 1), match.b1 - 1))
    head_marked = (_marks_between(first, match.a0, min(match.a1 - 1, match.a0 + n))
                   or _marks_between(second, match.b0, min(match.b1 - 1, match.b0 + n)))
    if tail_marked:
        cut = 0
        for k in range(1, n):
            if k >= match.size or ha[match.a1 - k] != hb[match.b1 - k]:
                break
            gap_a = _gap(first, match.a1 - k - 1, match.a1 - k)
            gap_b = _gap(second, match.b1 - k - 1, match.b1 - k)
            if _ends_spill(gap_a, gap_b, _closes_quote):
                cut = k
        match.a1 -= cut
        match.b1 -= cut
    if head_marked:
        cut = 0
        for k in range(1, n):
            if k >= match.size or ha[match.a0 + k - 1] != hb[match.b0 + k - 1]:
                break
            gap_a = _gap(first, match.a0 + k - 1, match.a0 + k)
            gap_b = _gap(second, match.b0 + k - 1, match.b0 + k)
            if _ends_spill(gap_a, gap_b, _opens_quote):
                cut = k
        match.a0 += cut
        match.b0 += cut


def _ends_spill(gap_a: str, gap_b: str, quote_mark: Callable[[str], bool]) -> bool:
    """Whether the passage ends at these gaps (one per document) for `trim_spill`.

    A quotation mark counts only when both documents have it: where one outlet quotes more of
    a statement than the other ("5:30 pm on January 7, "Iran launched..." against a quote that
    opens before "At approximately 5:30"), the words outside one quote are still shared text.
    """
    return (_is_break(gap_a) != _is_break(gap_b) or ("\n" in gap_a) != ("\n" in gap_b)
            or (quote_mark(gap_a) and quote_mark(gap_b)))


def _marks_between(document: DocumentView, left: int, right: int) -> bool:
    """Whether the text between tokens `left` and `right` holds anything `trim_spill` looks for
    (a sentence end, line break, colon or quotation mark)."""
    return _EDGE.search(document.text, document.ends[left], document.starts[right]) is not None


_EDGE = re.compile("[\n.!?:\"“”„«»。！？：「」『』]")
_OPENING = re.compile("[“„«「『]")
_CLOSING = re.compile("[”»」』]")


def _closes_quote(gap: str) -> bool:
    """A closing quotation mark: a curly one, or a straight one right after the word."""
    return _CLOSING.search(gap) is not None or gap.lstrip(",.;:!?)").startswith('"')


def _opens_quote(gap: str) -> bool:
    """An opening quotation mark (a curly one, or a straight one right before the word) or a
    colon: what precedes it is a lead-in ("officials told reporters: ...")."""
    return _OPENING.search(gap) is not None or gap.endswith('"') or ":" in gap


def _is_break(gap: str) -> bool:
    """A sentence end or a line break between two words."""
    return _BREAK.search(gap) is not None


def _stops_extension(gap: str) -> bool:
    """Extension over unmatched words stays inside one sentence or clause ("said: ..." is a
    lead-in, not the passage); commas, brackets and dashes may be crossed."""
    return _STOP.search(gap) is not None


def has_barrier(gap: str) -> bool:
    """A quotation mark or a line break: never bridged."""
    return _BARRIER.search(gap) is not None


def extend(first: DocumentView, second: DocumentView, match: Match, gap: int) -> None:
    """Grow `match` over short edited tails at both ends (see the module docstring)."""
    # Right end: one two-word match after a small gap, then exact words.
    found = _next_bigram(first, second, match.a1, match.b1, gap, forward=True)
    if found is not None:
        i, j = found
        match.a1, match.b1 = match.a1 + i + 2, match.b1 + j + 2
        run = _equal_run(first, match.a1, second, match.b1, forward=True)
        match.a1 += run
        match.b1 += run
    tail_a = _words_to_boundary(first, match.a1, gap + 1, forward=True)
    tail_b = (_words_to_boundary(second, match.b1, gap + 1, forward=True)
              if tail_a is not None else None)
    if tail_a is not None and tail_b is not None and _tails_agree(
        first, range(match.a1, match.a1 + tail_a), second, range(match.b1, match.b1 + tail_b)
    ):
        match.a1 += tail_a
        match.b1 += tail_b
    # Left end, mirrored.
    found = _next_bigram(first, second, match.a0 - 1, match.b0 - 1, gap, forward=False)
    if found is not None:
        i, j = found
        match.a0, match.b0 = match.a0 - i - 2, match.b0 - j - 2
        run = _equal_run(first, match.a0, second, match.b0, forward=False)
        match.a0 -= run
        match.b0 -= run
    head_a = _words_to_boundary(first, match.a0 - 1, gap + 1, forward=False)
    head_b = (_words_to_boundary(second, match.b0 - 1, gap + 1, forward=False)
              if head_a is not None else None)
    if head_a is not None and head_b is not None and _tails_agree(
        first, range(match.a0 - head_a, match.a0), second, range(match.b0 - head_b, match.b0)
    ):
        match.a0 -= head_a
        match.b0 -= head_b


def _next_bigram(first: DocumentView, second: DocumentView, a: int, b: int, gap: int,
                 *, forward: bool) -> tuple[int, int] | None:
    """The closest (i, j) skips, at most `gap` words together and no barrier crossed, after which
    both documents continue with the same two words. `a`, `b` are the first tokens past the
    match (reading backwards when not `forward`)."""
    if not _may_share_bigram(first.words, a, second.words, b, gap, forward):
        return None
    reach_a = _reach(first, a, gap, forward)
    reach_b = _reach(second, b, gap, forward)
    if reach_a < 0 or reach_b < 0:
        return None
    ha, hb = first.words, second.words
    step = 1 if forward else -1
    best: tuple[int, int] | None = None
    for i in range(reach_a + 1):
        pa, pa2 = a + step * i, a + step * (i + 1)
        if not (0 <= pa < len(ha) and 0 <= pa2 < len(ha)):
            break
        for j in range(min(reach_b, gap - i) + 1):
            if best is not None and i + j >= best[0] + best[1]:
                break
            pb, pb2 = b + step * j, b + step * (j + 1)
            if not (0 <= pb < len(hb) and 0 <= pb2 < len(hb)):
                break
            if ha[pa] == hb[pb] and ha[pa2] == hb[pb2]:
                inner_a = _gap(first, pa, pa2) if forward else _gap(first, pa2, pa)
                inner_b = _gap(second, pb, pb2) if forward else _gap(second, pb2, pb)
                if not has_barrier(inner_a) and not has_barrier(inner_b):
                    best = (i, j)
    return best


def _may_share_bigram(ha: array[int], a: int, hb: array[int], b: int, gap: int,
                      forward: bool) -> bool:
    """Cheap test before the exact search: do the two windows share any word pair?"""
    if forward:
        window_a, window_b = ha[a : a + gap + 2], hb[b : b + gap + 2]
    else:
        window_a = ha[max(0, a - gap - 1) : a + 1]
        window_b = hb[max(0, b - gap - 1) : b + 1]
    return not set(itertools.pairwise(window_a)).isdisjoint(itertools.pairwise(window_b))


def _reach(document: DocumentView, position: int, gap: int, forward: bool) -> int:
    """How many words from `position` on may be skipped without crossing a barrier (at most
    `gap`); -1 when a barrier stands right at the match end."""
    edge = _gap(document, position - 1, position) if forward else _gap(document, position,
                                                                            position + 1)
    if _stops_extension(edge):
        return -1
    reach = 0
    tokens = len(document.words)
    while reach < gap:
        here = position + reach if forward else position - reach
        if not 0 <= here < tokens:
            break
        between = _gap(document, here, here + 1) if forward else _gap(document, here - 1, here)
        if _stops_extension(between):
            break
        reach += 1
    return reach


def _words_to_boundary(document: DocumentView, position: int, limit: int,
                       *, forward: bool) -> int | None:
    """Words from `position` (inclusive) to the nearest clause boundary, or None if more than
    `limit`. Forward: the boundary after the last word; backward: before the first."""
    count = 0
    here = position
    tokens = len(document.words)
    while True:
        between = _gap(document, here - 1, here) if forward else _gap(document, here, here + 1)
        if _CLAUSE.search(between) is not None or not 0 <= here < tokens:
            return count
        count += 1
        if count > limit:
            return None
        here += 1 if forward else -1


def _tails_agree(first: DocumentView, range_a: range, second: DocumentView, range_b: range) -> bool:
    """Whether two short tails may be taken as the edited end of one passage."""
    if not len(range_a) and not len(range_b):
        return False
    if len(range_a) == len(range_b) <= SNAP_SHORT_TAIL:
        return True  # a word or two replaced: "said the minister." / "said the spokesman."
    # Equal normalised words have equal hashes: tails with no hash in common share no word,
    # which settles most cases without normalising any word.
    if set(first.words[range_a.start : range_a.stop]).isdisjoint(
            second.words[range_b.start : range_b.stop]):
        return False
    return bool(_content_words(first, range_a) & _content_words(second, range_b))


def _content_words(document: DocumentView, indices: range) -> set[str]:
    words = [document.word(i) for i in indices]
    return {word for word in words if len(word) >= 4 or word[:1].isdigit()}


_ANY_QUOTE = re.compile("[\"“”„«»「」『』]")


def quoted_name_marks(corpus: TokenisedCorpus, document: int) -> set[int]:
    """The tokens of `document` before which a mark opens or closes a quoted name: a quotation
    of at most QUOTED_NAME_WORDS words, the first capitalised, each capitalised or a function
    word, no sentence ending inside it."""
    low = int(corpus.offsets[document])
    text = corpus.texts[document]
    marks: set[int] = set()
    for first, end in zip(corpus.quote_first.tolist(), corpus.quote_end.tolist(), strict=True):
        if not low <= first < int(corpus.offsets[document + 1]):
            continue
        words = range(first, end)
        capital = [text[int(corpus.starts[t])].isupper() for t in words]
        function = [bool(reporting.function(corpus.hashes[t:t + 1])[0]) for t in words]
        inside = [int(corpus.gaps[t + document]) & breaks.SENTENCE_BREAK for t in words][1:]
        if (len(words) <= QUOTED_NAME_WORDS and capital[0] and not any(inside)
                and all(c or f for c, f in zip(capital, function, strict=True))):
            marks |= {first - low, end - low}
    return marks


def split_at_shared_quotes(first: DocumentView, second: DocumentView, match: Match,
                           min_words: int, names: frozenset[int] | set[int] = frozenset()
                           ) -> list[Match]:
    """`match` cut where both documents open or close a quotation at the same word: the
    outlet's own lead-in ('President X wrote on Twitter: "...') or tail ('...", according to
    X') is not the quoted statement, even when two outlets word it alike. Pieces shorter than
    `min_words` (on either side) are dropped. In a match of equal length on both sides the
    words correspond one to one; in an edited one, counted from the start or from the end, and
    only a lead-in (before an opening mark) or a tail (after a closing mark) of LEAD_IN_WORDS
    words at most, holding a reporting word, is cut off. A quotation mark in one document only
    (one outlet quotes, the other paraphrases) cuts nothing."""
    length, length_b = match.a1 - match.a0, match.b1 - match.b0
    text_a = first.text
    if _ANY_QUOTE.search(text_a, first.ends[match.a0], first.starts[match.a1 - 1]) is None:
        return [match]
    cuts: list[tuple[int, int]] = []
    for k in range(1, length):
        gap_a = _gap(first, match.a0 + k - 1, match.a0 + k)
        if _ANY_QUOTE.search(gap_a) is None or match.a0 + k in names:
            continue
        found = []
        for k_b in sorted({k, k - length + length_b}):
            if not 1 <= k_b < length_b:
                continue
            gap_b = _gap(second, match.b0 + k_b - 1, match.b0 + k_b)
            opens = _opens_quote(gap_a) and _opens_quote(gap_b)
            closes = _closes_quote(gap_a) and _closes_quote(gap_b)
            if length == length_b:
                if k_b == k and (opens or closes):
                    found.append(k_b)
            elif ((opens and _attribution(first, match.a0, match.a0 + k))
                  or (closes and _attribution(first, match.a0 + k, match.a1))):
                found.append(k_b)
        if found:
            cuts.append((k, found[0]))
    # (cuts whose other sides do not rise are no cuts)
    cuts = [cut for index, cut in enumerate(cuts) if not index or cut[1] > cuts[index - 1][1]]
    if not cuts:
        return [match]
    pieces = []
    bounds = [(0, 0), *cuts, (length, length_b)]
    for (low, low_b), (high, high_b) in itertools.pairwise(bounds):
        if min(high - low, high_b - low_b) >= min_words:
            pieces.append(Match(match.doc_a, match.a0 + low, match.a0 + high,
                                match.doc_b, match.b0 + low_b, match.b0 + high_b))
    return pieces


def _attribution(document: DocumentView, first: int, end: int) -> bool:
    """Whether words [first, end) are at most LEAD_IN_WORDS and hold a reporting word."""
    return end - first <= LEAD_IN_WORDS and bool(
        np.isin(document.hashes[first:end], reporting.ATTRIBUTION).any())


# --- the chaining loop and the stage ---





def reference_chain_and_extend(corpus: TokenisedCorpus, seeds: SeedRuns, settings: EngineSettings,
                     window_documents: np.ndarray,
                     check: Callable[[], None] = lambda: None) -> PairMatches:
    """Pairwise matches of at least `settings.min_words` exactly matched words, each with the
    median number of documents its shared n-grams are in (`window_documents`, from the index);
    `check` is called now and then (it raises to cancel)."""
    views = DocumentViews(corpus)
    chains = _chain(views, seeds, settings, check)
    names: dict[int, set[int]] = {}

    def names_of(document: int) -> set[int]:
        if document not in names:
            names[document] = quoted_name_marks(corpus, document)
        return names[document]

    rows: list[tuple[int, int, int, int, int, int]] = []
    documents: list[int] = []
    most_documents: list[int] = []
    n = settings.ngram_size
    for index, match in enumerate(chains):
        if index % 1024 == 0:
            check()
        if match.size < settings.min_words:
            continue
        first, second = views[match.doc_a], views[match.doc_b]
        trim_spill(first, second, match, settings.ngram_size)
        # The exactly matched core must be long enough on its own; extension only refines.
        if match.size < settings.min_words:
            continue
        extend(first, second, match, settings.max_gap_words)
        for piece in split_at_shared_quotes(first, second, match, settings.min_words,
                                            names_of(match.doc_a)):
            rows.append((piece.doc_a, piece.a0, piece.a1, piece.doc_b, piece.b0, piece.b1))
    # Trimming an attribution only one side quotes, growing over and joining across identical
    # text, and the edges left off sentence stubs and split words are new with the array
    # stage; they are checked on their own (tests/test_engine_one_sided_attribution.py,
    # test_engine_bridges.py, test_engine_sentence_stubs.py, test_engine_word_edges.py) and
    # applied here as the stage applies them.
    if rows:
        columns = [np.array(column, dtype=np.int64) for column in zip(*rows, strict=True)]
        pieces = Spans(*columns)
        trim_one_sided_attribution(corpus, pieces, settings.min_words)
        grow_over_identical_text(corpus, pieces)
        bridged = bridge_identical_gaps(corpus, pieces)
        trim_sentence_stubs(corpus, bridged, settings.min_words)
        trim_split_words(corpus, bridged)
        trim_kana_continuations(corpus, bridged)
        bridged = bridged.subset(bridged.size > 0)
        rows = list(zip(*(column.tolist() for column in (
            bridged.doc_a, bridged.a0, bridged.a1, bridged.doc_b, bridged.b0, bridged.b1)),
            strict=True))
    for doc_a, a0, a1, _doc_b, _b0, _b1 in rows:
        base = int(corpus.offsets[doc_a])
        windows = window_documents[base + a0 : base + max(a0 + 1, a1 - n + 1)]
        shared = windows[windows >= 2]  # windows past an edit are found once: no measure
        # The median: a stock phrase with a coincidental word or two at its edge has a
        # rare window or two but is common in most.
        documents.append(int(np.sort(shared)[len(shared) // 2]) if len(shared) else 0)
        most_documents.append(int(shared.max()) if len(shared) else 0)
    return PairMatches.from_rows(rows, documents=documents, most_documents=most_documents)


def _chain(views: DocumentViews, seeds: SeedRuns, settings: EngineSettings,
           check: Callable[[], None]) -> list[Match]:
    gap = settings.max_gap_words
    n = settings.ngram_size
    matches: list[Match] = []
    doc_a = seeds.doc_a.tolist()
    doc_b = seeds.doc_b.tolist()
    a0s = seeds.a0.tolist()
    b0s = seeds.b0.tolist()
    lengths = seeds.length.tolist()
    active: list[Match] = []
    current_pair = (-1, -1)
    for i in range(len(a0s)):
        if i % 2048 == 0:
            check()
        pair = (doc_a[i], doc_b[i])
        a0, b0, length = a0s[i], b0s[i], lengths[i]
        if pair != current_pair:
            matches.extend(active)
            active = []
            current_pair = pair
        first, second = views[pair[0]], views[pair[1]]
        best: Match | None = None
        best_cost = 0
        still_open: list[Match] = []
        for chain in active:
            if a0 - chain.a1 > gap:
                matches.append(chain)
                continue
            still_open.append(chain)
            gap_a, gap_b = a0 - chain.a1, b0 - chain.b1
            if not (-n < gap_a <= gap and -n < gap_b <= gap):
                continue
            if a0 + length <= chain.a1 or b0 + length <= chain.b1:
                continue
            drift = abs((b0 - a0) - (chain.b1 - chain.a1))
            if drift > gap:
                continue
            if (gap_a >= 0 and has_barrier(_gap(first, chain.a1 - 1, a0))) or (
                gap_b >= 0 and has_barrier(_gap(second, chain.b1 - 1, b0))
            ):
                continue
            cost = max(gap_a, 0) + max(gap_b, 0) + drift
            if best is None or cost < best_cost:
                best, best_cost = chain, cost
        active = still_open
        if best is None:
            active.append(Match(pair[0], a0, a0 + length, pair[1], b0, b0 + length))
        else:
            best.a1 = max(best.a1, a0 + length)
            best.b1 = max(best.b1, b0 + length)
    matches.extend(active)
    check()
    return matches


# --- the index's boilerplate lines ---

def reference_boilerplate_free(corpus: TokenisedCorpus) -> np.ndarray:
    """Per token: False on short lines repeated verbatim in many documents of a large corpus."""
    count = len(corpus)
    usable = np.ones(len(corpus.hashes), dtype=bool)
    threshold = max(engine_index.BOILERPLATE_MIN_DOCUMENTS,
                    math.ceil(engine_index.BOILERPLATE_LINE_SHARE * count))
    if count < threshold:
        return usable
    lines_of: list[dict[int, list[tuple[int, int]]]] = []
    frequency: dict[int, int] = {}
    for document in range(count):
        lines: dict[int, list[tuple[int, int]]] = {}
        base = int(corpus.offsets[document])
        words = corpus.hashes[base : corpus.offsets[document + 1]]
        for first, last in _reference_short_lines(corpus, document):
            key = hash(words[first:last].tobytes())
            lines.setdefault(key, []).append((base + first, base + last))
        for key in lines:
            frequency[key] = frequency.get(key, 0) + 1
        lines_of.append(lines)
    for lines in lines_of:
        for key, ranges in lines.items():
            if frequency[key] >= threshold:
                for first, last in ranges:
                    usable[first:last] = False
    return usable


def _reference_short_lines(corpus: TokenisedCorpus, document: int) -> list[tuple[int, int]]:
    """Document-local token ranges of its lines holding 1..BOILERPLATE_LINE_WORDS tokens."""
    starts = corpus.starts[corpus.offsets[document] : corpus.offsets[document + 1]]
    if not len(starts):
        return []
    # (lines as the reader sees them: a hard-wrapped text's wraps are no line ends)
    newlines = [m.start() for m in re.finditer("\n", unwrapped(corpus.texts[document]))]
    line_of = np.searchsorted(np.asarray(newlines, dtype=np.int64), starts)
    breaks = np.flatnonzero(np.diff(line_of)) + 1
    firsts = np.concatenate(([0], breaks))
    lasts = np.concatenate((breaks, [len(starts)]))
    keep = (lasts - firsts) <= engine_index.BOILERPLATE_LINE_WORDS
    return list(zip(firsts[keep].tolist(), lasts[keep].tolist(), strict=True))


