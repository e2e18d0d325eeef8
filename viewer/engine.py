"""The shared-passage engine: find the passages two or more articles share, and align them.

Pure algorithm, no Qt, no shared state: `find_shared_passages` is a function of its arguments and
safe to call from a worker thread. The method follows passim, TextPAIR and superfastmatch:

1. Tokenise each body with `viewer.normalize.token_hashes` (token spans in the text and
   normalised-word hashes, vectorised over batches of articles).
2. Hash every word n-gram; group equal hashes across documents with one sort. N-grams found in
   too many documents are boilerplate (only once the corpus is big enough for a share to mean
   anything) unless they run on for longer than a common phrase could (wire copy that most
   outlets reprinted is content); so are short lines repeated verbatim in many documents of a
   large corpus.
   An n-gram found at many places pairs its places hub-to-all, keeping the pair count linear.
3. Seed pairs that sit on one diagonal of a document pair are runs of exact match; runs are
   chained per document pair tolerating small gaps (an edited word, a dropped word), never
   across a quotation mark or a line break. Passages in a different order are separate chains.
4. Chain ends are extended over short edited tails (a two-word match after a gap, or the last
   words of a clause that both sides finish within a few words).
5. Pairwise matches are clustered into passages, longest first: a match joins a passage when it
   overlaps one of the passage's occurrences by at least half, and never gives a passage two
   separate occurrences in one document (so a paraphrase near a quote stays its own passage).
6. Each passage's occurrences are aligned word by word with diff-match-patch (words mapped to
   characters, `Diff_Timeout = 0`, no semantic cleanup) against the longest occurrence, which
   marks `differences`: words replaced, inserted or dropped, and words that normalise equal but are
   written differently ("U.S." vs "US", accents). Case, punctuation and quote style never count.

Similarity between two documents: the characters of each that lie in passages they share,
averaged over the two, divided by the shorter body, capped at 1 (1.0 on the diagonal; 0 for an
empty body). A short article quoted whole by a long one scores 1.
"""

from __future__ import annotations

import itertools
import math
import re
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from diff_match_patch import diff_match_patch

from viewer.cancel import CancelToken, ProgressCallback
from viewer.corpus import Article
from viewer.normalize import (
    CLAUSE_END,
    QUOTES,
    normalize_word,
    token_hashes,
)
from viewer.passages import AlignmentResult, EngineSettings, Occurrence, Passage

BOILERPLATE_MIN_DOCUMENTS = 10
"""Below this many documents nothing is dropped for being frequent: in a corpus of five
articles, a tweet quoted by four of them is the passage the user wants."""
BOILERPLATE_LINE_SHARE = 0.05
"""A short line found verbatim in at least this share of the documents (and in at least
BOILERPLATE_MIN_DOCUMENTS of them) is boilerplate ("Sign up for our newsletter")."""
BOILERPLATE_LINE_WORDS = 20
"""Only lines up to this many words can be boilerplate lines; a longer line is content."""
MIN_MERGE_OVERLAP = 0.5
"""A match joins a passage when it overlaps the passage's occurrence by this share of the
shorter of the two ..."""
MIN_MERGE_OVERLAP_OF_LONGER = 0.3
"""... and by this share of the longer: a six-word phrase inside a long statement is its own
passage, not an occurrence of the statement."""
STAR_ABOVE = 32
"""An n-gram found at more places than this is paired hub-to-all instead of all-to-all..."""
STAR_HUBS = 4
"""... with its first few places as the hubs."""
SNAP_SHORT_TAIL = 2
"""Tails of this many words or fewer, as many on both sides, are taken to the clause end even
when they share no word (a replaced word); longer tails must share a content word."""

TOKENIZE_BATCH_CHARS = 1_000_000
"""Articles are tokenised together in batches of about this many characters: few numpy calls
per article, and temporary arrays of tens of MB whatever the corpus size."""

DEFAULT_SETTINGS = EngineSettings()

_NEWLINE = re.compile("\n")
_BREAK = re.compile("[\n.!?]")
_BARRIER = re.compile("[\n" + "".join(sorted(QUOTES)) + "]")
_STOP = re.compile("[\n.!?;:" + "".join(sorted(QUOTES)) + "]")
_CLAUSE = re.compile("[\n" + re.escape("".join(sorted(CLAUSE_END | QUOTES))) + "]")

_MULTIPLIERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
     0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9],
    dtype=np.uint64,
)


@dataclass(slots=True)
class _Document:
    """One article as the engine sees it (canonical index, token arrays with absolute offsets)."""

    index: int
    article: Article
    starts: array[int]
    ends: array[int]
    """Absolute offsets of each token in `article.text` (compact arrays: 8 bytes a token
    instead of a Python int object, yet indexing gives a plain int)."""
    words: array[int]
    """Normalised-word hash of each token (uint64), compact too: the per-match loops compare
    single words, and plain ints compare several times faster than numpy scalars."""
    usable: np.ndarray
    """False for tokens of boilerplate lines: they seed nothing."""
    hashes: np.ndarray = field(init=False)
    """`words` seen as a numpy array (same memory) for the vectorised steps."""
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.hashes = np.frombuffer(self.words, dtype=np.uint64)
        self.text = self.article.text

    def gap(self, left: int, right: int) -> str:
        """Text between the end of token `left` and the start of token `right` (either may be
        outside the token range: the body start / end stands in)."""
        start = self.ends[left] if left >= 0 else self.article.body_start
        end = self.starts[right] if right < len(self.starts) else len(self.text)
        return self.text[start:end]

    def word(self, index: int) -> str:
        return normalize_word(self.article.text[self.starts[index] : self.ends[index]])


@dataclass(slots=True)
class _Match:
    """Two token ranges, one per document (a < b in canonical order), end exclusive."""

    doc_a: int
    a0: int
    a1: int
    doc_b: int
    b0: int
    b1: int

    @property
    def size(self) -> int:
        return min(self.a1 - self.a0, self.b1 - self.b0)


class _Stages:
    """Progress over named stages, each a slice of [0, 1]."""

    def __init__(self, progress: ProgressCallback | None, cancel: CancelToken | None) -> None:
        self._progress = progress
        self._cancel = cancel

    def report(self, fraction: float) -> None:
        self.check()
        if self._progress is not None:
            self._progress(min(1.0, max(0.0, fraction)))

    def check(self) -> None:
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()


def find_shared_passages(
    articles: Sequence[Article],
    settings: EngineSettings = DEFAULT_SETTINGS,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> AlignmentResult:
    """Every passage two or more of `articles` share, aligned; see the module docstring.

    Deterministic whatever the order of `articles` (they are processed in id order); raises
    `viewer.cancel.Cancelled` when `cancel` is set.
    """
    stages = _Stages(progress, cancel)
    stages.report(0.0)
    input_ids = tuple(article.id for article in articles)
    canonical = sorted(articles, key=lambda article: (article.id, article.text))
    documents: list[_Document] = []
    for batch in _batches(canonical):
        for article, tokens in zip(batch, token_hashes([(a.text, a.body_start) for a in batch]),
                                   strict=True):
            documents.append(_Document(len(documents), article,
                                       array("q", tokens.starts.tobytes()),
                                       array("q", tokens.ends.tobytes()),
                                       array("Q", tokens.hashes.tobytes()),
                                       np.ones(len(tokens), bool)))
        stages.report(0.3 * len(documents) / len(canonical))
    _mark_boilerplate_lines(documents)
    stages.report(0.3)
    segments = _seed_segments(documents, settings, stages)
    stages.report(0.5)
    matches = _chain(documents, segments, settings, stages)
    stages.report(0.65)
    clusters = _cluster(matches)
    stages.report(0.7)
    order = {article_id: position for position, article_id in enumerate(input_ids)}
    passages = _align_all(documents, clusters, order, stages)
    stages.report(0.95)
    result = AlignmentResult(
        document_ids=input_ids,
        passages=passages,
        coverage=_coverage(canonical, passages),
        similarity=_similarity(canonical, input_ids, passages),
    )
    stages.report(1.0)
    return result


def _batches(articles: list[Article]) -> list[list[Article]]:
    """Consecutive runs of articles of about TOKENIZE_BATCH_CHARS characters together."""
    batches: list[list[Article]] = []
    size = TOKENIZE_BATCH_CHARS
    for article in articles:
        if size >= TOKENIZE_BATCH_CHARS:
            batches.append([])
            size = 0
        batches[-1].append(article)
        size += len(article.text)
    return batches


# --- boilerplate ------------------------------------------------------------------------------


def _mark_boilerplate_lines(documents: list[_Document]) -> None:
    """Clear `usable` for short lines repeated verbatim in many documents of a large corpus."""
    count = len(documents)
    threshold = max(BOILERPLATE_MIN_DOCUMENTS, math.ceil(BOILERPLATE_LINE_SHARE * count))
    if count < threshold:
        return
    lines_of: list[dict[int, list[tuple[int, int]]]] = []
    frequency: dict[int, int] = {}
    for document in documents:
        lines: dict[int, list[tuple[int, int]]] = {}
        for first, last in _short_lines(document):
            key = hash(tuple(document.words[first:last]))
            lines.setdefault(key, []).append((first, last))
        for key in lines:
            frequency[key] = frequency.get(key, 0) + 1
        lines_of.append(lines)
    for document, lines in zip(documents, lines_of, strict=True):
        for key, ranges in lines.items():
            if frequency[key] >= threshold:
                for first, last in ranges:
                    document.usable[first:last] = False


def _short_lines(document: _Document) -> list[tuple[int, int]]:
    """Token ranges of the body's lines that hold 1..BOILERPLATE_LINE_WORDS tokens."""
    starts = np.asarray(document.starts, dtype=np.int64)
    if not len(starts):
        return []
    newlines = [m.start() for m in _NEWLINE.finditer(document.text)]
    line_of = np.searchsorted(np.asarray(newlines, dtype=np.int64), starts)
    breaks = np.flatnonzero(np.diff(line_of)) + 1
    firsts = np.concatenate(([0], breaks))
    lasts = np.concatenate((breaks, [len(starts)]))
    keep = (lasts - firsts) <= BOILERPLATE_LINE_WORDS
    return list(zip(firsts[keep].tolist(), lasts[keep].tolist(), strict=True))


def _document_limit(count: int, share: float) -> int:
    """Most documents an n-gram may appear in before it counts as boilerplate (see
    `_in_long_runs` for the exception)."""
    return max(BOILERPLATE_MIN_DOCUMENTS, math.floor(share * count))


def _distinct_documents(posting_doc: np.ndarray, group_size: np.ndarray) -> np.ndarray:
    """How many documents each group's postings fall in. Postings lie group after group, in
    increasing position, so documents are non-decreasing within a group and counting the
    changes counts the documents."""
    group_first = np.concatenate(([0], np.cumsum(group_size)[:-1]))
    changes = np.zeros(len(posting_doc), dtype=np.int64)
    changes[1:] = posting_doc[1:] != posting_doc[:-1]
    changes[group_first] = 0
    # Named with its type: numpy 2.5's stubs (Python 3.12+) type this sum as Any, which
    # `mypy --strict` refuses to return.
    counts: np.ndarray = np.add.reduceat(changes, group_first) + 1
    return counts


def _in_long_runs(places: np.ndarray, flagged: np.ndarray, windows: int,
                  min_run: int) -> np.ndarray:
    """For each of `places` (n-gram start positions): does it lie in a run of at least `min_run`
    consecutive flagged positions?

    Common phrases ("the President of the United States", "said in a statement") are short, so
    their too-common n-grams stand alone or in short runs; a passage that most articles share
    (wire copy, a statement everyone quotes) is a long run of them, and is content, not
    boilerplate. Runs never cross documents: the windows between two documents are not places.
    """
    marks = np.zeros(windows + 2, dtype=np.int8)
    marks[places[flagged] + 1] = 1
    edges = np.diff(marks)
    run_starts = np.flatnonzero(edges == 1)
    run_ends = np.flatnonzero(edges == -1)
    long_runs = (run_ends - run_starts) >= min_run
    inside = np.zeros(windows + 1, dtype=np.int64)
    np.add.at(inside, run_starts[long_runs], 1)
    np.add.at(inside, run_ends[long_runs], -1)
    in_long_run: np.ndarray = np.cumsum(inside)[places] > 0
    return in_long_run


# --- seeds -------------------------------------------------------------------------------------


@dataclass
class _Segments:
    """Runs of exact n-gram matches: arrays of equal length, sorted by (pair, a0, b0)."""

    doc_a: np.ndarray
    doc_b: np.ndarray
    a0: np.ndarray
    b0: np.ndarray
    length: np.ndarray
    """Tokens covered (run length + n - 1)."""


def _seed_segments(documents: list[_Document], settings: EngineSettings,
                   stages: _Stages) -> _Segments:
    n = settings.ngram_size
    empty = np.zeros(0, dtype=np.int64)
    if len(documents) < 2:
        return _Segments(empty, empty, empty, empty, empty)
    hashes = np.concatenate([d.hashes for d in documents]).view(np.uint64)
    usable = np.concatenate([d.usable for d in documents])
    offsets = np.zeros(len(documents) + 1, dtype=np.int64)
    offsets[1:] = np.cumsum([len(d.hashes) for d in documents])
    total = len(hashes)
    if total < n:
        return _Segments(empty, empty, empty, empty, empty)
    windows = total - n + 1
    valid = _valid_windows(usable, offsets, n, windows)
    posting, group_size = _repeated_ngrams(hashes, valid, n)
    stages.check()
    if not len(group_size):
        return _Segments(empty, empty, empty, empty, empty)
    # A window's document: the last one that starts at or before it.
    posting_doc = np.searchsorted(offsets, posting, side="right") - 1
    distinct = _distinct_documents(posting_doc, group_size)
    too_common = distinct > _document_limit(len(documents), settings.max_document_share)
    if too_common.any():
        # Keep the places of a too-common n-gram that lie in a long run of too-common n-grams
        # (wire copy most outlets reprinted); drop those in short runs (common phrases). A run
        # of min_words + 1 windows covers min_words + n words: more than any common phrase.
        common_posting = np.repeat(too_common, group_size)
        kept = ~common_posting | _in_long_runs(posting, common_posting, windows,
                                               settings.min_words + 1)
        group_first = np.concatenate(([0], np.cumsum(group_size)[:-1]))
        group_size = np.add.reduceat(kept.astype(np.int64), group_first)
        group_size = group_size[group_size > 0]
        posting, posting_doc = posting[kept], posting_doc[kept]
        if not len(posting):
            return _Segments(empty, empty, empty, empty, empty)
        distinct = _distinct_documents(posting_doc, group_size)
    keep = distinct >= 2
    stages.check()

    size_of = np.repeat(np.where(keep, group_size, 0), group_size)
    rank = _ranks(group_size)
    left_parts: list[np.ndarray] = []
    right_parts: list[np.ndarray] = []
    left_doc_parts: list[np.ndarray] = []
    right_doc_parts: list[np.ndarray] = []
    # A big group links every posting to a few hubs only (a star, not a clique): the passage
    # still clusters through the hubs, and the pairs grow linearly with its documents.
    candidates = np.flatnonzero((size_of >= 2) & ((size_of <= STAR_ABOVE) | (rank < STAR_HUBS)))
    step = 1
    while len(candidates):
        candidates = candidates[rank[candidates] + step < size_of[candidates]]
        if not len(candidates):
            break
        left, right = posting[candidates], posting[candidates + step]
        left_doc, right_doc = posting_doc[candidates], posting_doc[candidates + step]
        different = left_doc != right_doc
        left_parts.append(left[different])
        right_parts.append(right[different])
        left_doc_parts.append(left_doc[different])
        right_doc_parts.append(right_doc[different])
        step += 1
        if step % 64 == 0:
            stages.check()
    if not left_parts:
        return _Segments(empty, empty, empty, empty, empty)
    left = np.concatenate(left_parts)
    right = np.concatenate(right_parts)
    left_doc = np.concatenate(left_doc_parts)
    right_doc = np.concatenate(right_doc_parts)
    swap = left > right
    left, right = np.where(swap, right, left), np.where(swap, left, right)
    doc_a, doc_b = np.where(swap, right_doc, left_doc), np.where(swap, left_doc, right_doc)
    # Seed pairs in (document pair, diagonal, position) order, in document-local token indices.
    doc_a, doc_b, a_index, diagonal = _sorted_seed_pairs(
        doc_a, doc_b, left - offsets[doc_a], right - offsets[doc_b] - (left - offsets[doc_a]),
        int(np.diff(offsets).max()))
    breaks = np.ones(len(a_index), dtype=bool)
    breaks[1:] = ((doc_a[1:] != doc_a[:-1]) | (doc_b[1:] != doc_b[:-1])
                  | (diagonal[1:] != diagonal[:-1]) | (a_index[1:] != a_index[:-1] + 1))
    first = np.flatnonzero(breaks)
    run = np.diff(np.append(first, len(a_index)))
    seg_a, seg_b = doc_a[first], doc_b[first]
    a0 = a_index[first]
    b0 = a0 + diagonal[first]
    order = np.lexsort((b0, a0, seg_b, seg_a))
    return _Segments(seg_a[order], seg_b[order], a0[order], b0[order], (run + n - 1)[order])


def _sorted_seed_pairs(doc_a: np.ndarray, doc_b: np.ndarray, a_index: np.ndarray,
                       diagonal: np.ndarray,
                       longest: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Seed pairs (document a, document b, token index in a, diagonal = index in b - index in
    a; no two alike) sorted by (doc_a, doc_b, diagonal, a_index). `longest` bounds the token
    count of any document.

    The four fields fit one 64-bit key in any realistic corpus, and one plain sort of the keys
    is several times faster than a four-key lexsort; the fields are read back from the sorted
    keys. A corpus too large for the key falls back to the lexsort.
    """
    doc_bits = max(1, int(doc_b.max()).bit_length()) if len(doc_b) else 1
    index_bits = max(1, longest.bit_length())
    diagonal_bits = index_bits + 1  # diagonal + longest lies in [0, 2 * longest)
    if 2 * doc_bits + diagonal_bits + index_bits > 63:
        order = np.lexsort((a_index, diagonal, doc_b, doc_a))
        return doc_a[order], doc_b[order], a_index[order], diagonal[order]
    keys = doc_a << (doc_bits + diagonal_bits + index_bits)
    keys |= doc_b << (diagonal_bits + index_bits)
    keys |= (diagonal + longest) << index_bits
    keys |= a_index
    keys.sort()
    a_index = keys & ((1 << index_bits) - 1)
    keys >>= index_bits
    diagonal = (keys & ((1 << diagonal_bits) - 1)) - longest
    keys >>= diagonal_bits
    doc_b = keys & ((1 << doc_bits) - 1)
    doc_a = keys >> doc_bits
    return doc_a, doc_b, a_index, diagonal


def _valid_windows(usable: np.ndarray, offsets: np.ndarray, n: int, windows: int) -> np.ndarray:
    """Which n-gram windows (by first token, over the concatenated documents) seed matches: those
    whose n tokens lie in one document and are all usable (not on a boilerplate line)."""
    valid = np.ones(windows, dtype=bool)
    unusable = np.flatnonzero(~usable)
    document_ends = offsets[1:]
    # Few tokens are unusable and few windows run past a document end, so marking the windows
    # that hold such a token costs far less than a running count over every token.
    for k in range(n):
        blocked = unusable - k
        valid[blocked[(blocked >= 0) & (blocked < windows)]] = False
        if k:
            blocked = document_ends - k
            valid[blocked[(blocked >= 0) & (blocked < windows)]] = False
    return valid


def _repeated_ngrams(hashes: np.ndarray, valid: np.ndarray,
                     n: int) -> tuple[np.ndarray, np.ndarray]:
    """The valid windows whose n-gram occurs more than once, grouped by n-gram: (postings,
    group sizes). Postings lie group after group (groups in increasing hash order), each group
    in increasing position; n-grams seen once are left out.

    Grouping is one plain sort of 64-bit keys: the high bits of the n-gram hash with the window
    position in the low bits. A plain (SIMD) sort of such keys is several times faster than a
    stable argsort of the hashes followed by gathers, and it yields the same order. Cutting the
    hash to its high bits can let two different n-grams share a key prefix; the full hashes of
    the (few) repeated windows are compared afterwards and such groups split, so the groups are
    exactly those of the full hashes.
    """
    windows = len(valid)
    position_bits = max(1, (windows - 1).bit_length())
    position_mask = np.uint64((1 << position_bits) - 1)
    keys = _every_ngram_hash(hashes, n)
    keys &= ~position_mask
    keys |= np.arange(windows, dtype=np.uint64)
    keys = keys[valid]
    keys.sort()
    prefix = keys >> np.uint64(position_bits)
    same_as_next = prefix[1:] == prefix[:-1]
    del prefix
    repeated = np.zeros(len(keys), dtype=bool)
    repeated[1:] = same_as_next
    repeated[:-1] |= same_as_next
    del same_as_next
    posting = (keys[repeated] & position_mask).astype(np.int64)
    del keys, repeated
    full = _ngram_hashes_at(hashes, posting, n)
    prefix = full >> np.uint64(position_bits)
    prefix_change = prefix[1:] != prefix[:-1]
    mixed = (full[1:] != full[:-1]) & ~prefix_change
    if mixed.any():
        # Different n-grams behind one key prefix (a few in millions of windows). Sorting the
        # places of those prefixes by (hash, position) brings each n-gram's places together,
        # in position order; the prefixes themselves keep their places.
        prefix_group = np.concatenate(([0], np.cumsum(prefix_change)))
        in_mixed = np.isin(prefix_group, prefix_group[1:][mixed])
        places = np.flatnonzero(in_mixed)
        order = places[np.lexsort((posting[places], full[places], prefix_group[places]))]
        posting[places], full[places] = posting[order], full[order]
    new_group = np.ones(len(full), dtype=bool)
    new_group[1:] = full[1:] != full[:-1]
    group_start = np.flatnonzero(new_group)
    group_size = np.diff(np.append(group_start, len(full)))
    if (group_size < 2).any():
        # A prefix shared by n-grams seen once each is no repeat.
        posting = posting[np.repeat(group_size >= 2, group_size)]
        group_size = group_size[group_size >= 2]
    return posting, group_size


def _every_ngram_hash(hashes: np.ndarray, n: int) -> np.ndarray:
    """The 64-bit hash of every n-gram window of `hashes` (uint64 word hashes), by first token;
    arithmetic wraps modulo 2**64 on purpose."""
    windows = len(hashes) - n + 1
    # One temporary reused for every word of the window: on arrays of tens of MB, fresh
    # temporaries cost more in page faults than the arithmetic.
    grams: np.ndarray = hashes[:windows] * _MULTIPLIERS[0]
    product = np.empty_like(grams)
    for k in range(1, n):
        np.multiply(hashes[k : k + windows], _MULTIPLIERS[k % len(_MULTIPLIERS)], out=product)
        grams += product
    grams += np.uint64(n * (n - 1) // 2)  # the "+ k" of each word, as in `_ngram_hashes_at`
    return grams


def _ngram_hashes_at(hashes: np.ndarray, starts: np.ndarray, n: int) -> np.ndarray:
    """`_every_ngram_hash(hashes, n)[starts]`, computed for those windows only."""
    grams = np.zeros(len(starts), dtype=np.uint64)
    for k in range(n):
        grams += hashes[starts + k] * _MULTIPLIERS[k % len(_MULTIPLIERS)] + np.uint64(k)
    return grams


def _ranks(sizes: np.ndarray) -> np.ndarray:
    """0..size-1 for each group, concatenated."""
    total = int(sizes.sum())
    starts = np.repeat(np.cumsum(sizes) - sizes, sizes)
    ranks: np.ndarray = np.arange(total, dtype=np.int64) - starts
    return ranks


# --- chaining and extension --------------------------------------------------------------------


def _chain(documents: list[_Document], segments: _Segments, settings: EngineSettings,
           stages: _Stages) -> list[_Match]:
    gap = settings.max_gap_words
    n = settings.ngram_size
    matches: list[_Match] = []
    doc_a = segments.doc_a.tolist()
    doc_b = segments.doc_b.tolist()
    a0s = segments.a0.tolist()
    b0s = segments.b0.tolist()
    lengths = segments.length.tolist()
    active: list[_Match] = []
    current_pair = (-1, -1)
    for i in range(len(a0s)):
        if i % 2048 == 0:
            stages.check()
        pair = (doc_a[i], doc_b[i])
        a0, b0, length = a0s[i], b0s[i], lengths[i]
        if pair != current_pair:
            matches.extend(active)
            active = []
            current_pair = pair
        first, second = documents[pair[0]], documents[pair[1]]
        best: _Match | None = None
        best_cost = 0
        still_open: list[_Match] = []
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
            if (gap_a >= 0 and _has_barrier(first.gap(chain.a1 - 1, a0))) or (
                gap_b >= 0 and _has_barrier(second.gap(chain.b1 - 1, b0))
            ):
                continue
            cost = max(gap_a, 0) + max(gap_b, 0) + drift
            if best is None or cost < best_cost:
                best, best_cost = chain, cost
        active = still_open
        if best is None:
            active.append(_Match(pair[0], a0, a0 + length, pair[1], b0, b0 + length))
        else:
            best.a1 = max(best.a1, a0 + length)
            best.b1 = max(best.b1, b0 + length)
    matches.extend(active)
    stages.check()
    extended: list[_Match] = []
    for index, match in enumerate(matches):
        if index % 1024 == 0:
            stages.check()
        if match.size < settings.min_words:
            continue
        first, second = documents[match.doc_a], documents[match.doc_b]
        _trim_spill(first, second, match, n)
        # The exactly matched core must be long enough on its own; extension only refines.
        if match.size < settings.min_words:
            continue
        _extend(first, second, match, gap)
        extended.append(match)
    return extended


def _trim_spill(first: _Document, second: _Document, match: _Match, n: int) -> None:
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
            gap_a = first.gap(match.a1 - k - 1, match.a1 - k)
            gap_b = second.gap(match.b1 - k - 1, match.b1 - k)
            if _ends_spill(gap_a, gap_b, _closes_quote):
                cut = k
        match.a1 -= cut
        match.b1 -= cut
    if head_marked:
        cut = 0
        for k in range(1, n):
            if k >= match.size or ha[match.a0 + k - 1] != hb[match.b0 + k - 1]:
                break
            gap_a = first.gap(match.a0 + k - 1, match.a0 + k)
            gap_b = second.gap(match.b0 + k - 1, match.b0 + k)
            if _ends_spill(gap_a, gap_b, _opens_quote):
                cut = k
        match.a0 += cut
        match.b0 += cut


def _ends_spill(gap_a: str, gap_b: str, quote_mark: Callable[[str], bool]) -> bool:
    """Whether the passage ends at these gaps (one per document) for `_trim_spill`.

    A quotation mark counts only when both documents have it: where one outlet quotes more of
    a statement than the other ("5:30 pm on January 7, "Iran launched..." against a quote that
    opens before "At approximately 5:30"), the words outside one quote are still shared text.
    """
    return (_is_break(gap_a) != _is_break(gap_b) or ("\n" in gap_a) != ("\n" in gap_b)
            or (quote_mark(gap_a) and quote_mark(gap_b)))


def _marks_between(document: _Document, left: int, right: int) -> bool:
    """Whether the text between tokens `left` and `right` holds anything `_trim_spill` looks for
    (a sentence end, line break, colon or quotation mark)."""
    return _EDGE.search(document.text, document.ends[left], document.starts[right]) is not None


_EDGE = re.compile("[\n.!?:\"“”„«»]")
_OPENING = re.compile("[“„«]")
_CLOSING = re.compile("[”»]")


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


def _has_barrier(gap: str) -> bool:
    """A quotation mark or a line break: never bridged."""
    return _BARRIER.search(gap) is not None


def _extend(first: _Document, second: _Document, match: _Match, gap: int) -> None:
    """Grow `match` over short edited tails at both ends (see the module docstring, step 4)."""
    ha, hb = first.words, second.words
    # Right end: one two-word match after a small gap, then exact words.
    found = _next_bigram(first, second, match.a1, match.b1, gap, forward=True)
    if found is not None:
        i, j = found
        match.a1, match.b1 = match.a1 + i + 2, match.b1 + j + 2
        while match.a1 < len(ha) and match.b1 < len(hb) and ha[match.a1] == hb[match.b1]:
            match.a1 += 1
            match.b1 += 1
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
        while match.a0 > 0 and match.b0 > 0 and ha[match.a0 - 1] == hb[match.b0 - 1]:
            match.a0 -= 1
            match.b0 -= 1
    head_a = _words_to_boundary(first, match.a0 - 1, gap + 1, forward=False)
    head_b = (_words_to_boundary(second, match.b0 - 1, gap + 1, forward=False)
              if head_a is not None else None)
    if head_a is not None and head_b is not None and _tails_agree(
        first, range(match.a0 - head_a, match.a0), second, range(match.b0 - head_b, match.b0)
    ):
        match.a0 -= head_a
        match.b0 -= head_b


def _next_bigram(first: _Document, second: _Document, a: int, b: int, gap: int,
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
                inner_a = first.gap(pa, pa2) if forward else first.gap(pa2, pa)
                inner_b = second.gap(pb, pb2) if forward else second.gap(pb2, pb)
                if not _has_barrier(inner_a) and not _has_barrier(inner_b):
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


def _reach(document: _Document, position: int, gap: int, forward: bool) -> int:
    """How many words from `position` on may be skipped without crossing a barrier (at most
    `gap`); -1 when a barrier stands right at the match end."""
    edge = document.gap(position - 1, position) if forward else document.gap(position,
                                                                            position + 1)
    if _stops_extension(edge):
        return -1
    reach = 0
    tokens = len(document.words)
    while reach < gap:
        here = position + reach if forward else position - reach
        if not 0 <= here < tokens:
            break
        between = document.gap(here, here + 1) if forward else document.gap(here - 1, here)
        if _stops_extension(between):
            break
        reach += 1
    return reach


def _words_to_boundary(document: _Document, position: int, limit: int,
                       *, forward: bool) -> int | None:
    """Words from `position` (inclusive) to the nearest clause boundary, or None if more than
    `limit`. Forward: the boundary after the last word; backward: before the first."""
    count = 0
    here = position
    tokens = len(document.words)
    while True:
        between = document.gap(here - 1, here) if forward else document.gap(here, here + 1)
        if _CLAUSE.search(between) is not None or not 0 <= here < tokens:
            return count
        count += 1
        if count > limit:
            return None
        here += 1 if forward else -1


def _tails_agree(first: _Document, range_a: range, second: _Document, range_b: range) -> bool:
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


def _content_words(document: _Document, indices: range) -> set[str]:
    words = [document.word(i) for i in indices]
    return {word for word in words if len(word) >= 4 or word[:1].isdigit()}


# --- clustering --------------------------------------------------------------------------------


@dataclass
class _Cluster:
    spans: dict[int, list[list[int]]]
    """Document index -> [first token, end token) of each occurrence (more than one only when
    the document repeats the passage)."""
    alive: bool = True


MIN_REPEAT_OVERLAP = 0.8
"""A match whose one side coincides this closely with a passage's occurrence, and whose other
side is a second copy in a document the passage already has, adds that copy as a repeat."""


def _overlap(start: int, end: int, span: list[int]) -> tuple[int, int, int]:
    """Overlap of [start, end) with span, and the shorter and longer of the two lengths."""
    overlap = min(end, span[1]) - max(start, span[0])
    lengths = (end - start, span[1] - span[0])
    return overlap, min(lengths), max(lengths)


def _cluster(matches: list[_Match]) -> list[_Cluster]:
    """Group pairwise matches into passages (see the module docstring, step 5)."""
    ordered = sorted(matches, key=lambda m: (-m.size, m.doc_a, m.a0, m.doc_b, m.b0, m.a1, m.b1))
    clusters: list[_Cluster] = []
    by_document: dict[int, list[_Cluster]] = {}

    def owner(doc: int, start: int, end: int) -> tuple[_Cluster, list[int]] | None:
        length = end - start
        for cluster in by_document.get(doc, ()):
            for span in cluster.spans[doc]:
                # `_overlap` written out: this loop runs for every match and every passage
                # already in the document.
                span_start, span_end = span
                overlap = (end if end < span_end else span_end) - (
                    start if start > span_start else span_start)
                if overlap <= 0:
                    continue
                span_length = span_end - span_start
                shorter, longer = ((length, span_length) if length < span_length
                                   else (span_length, length))
                if (overlap >= MIN_MERGE_OVERLAP * shorter
                        and overlap >= MIN_MERGE_OVERLAP_OF_LONGER * longer):
                    return cluster, span
        return None

    def place(cluster: _Cluster, doc: int, start: int, end: int) -> None:
        spans = cluster.spans.get(doc)
        if spans is None:
            cluster.spans[doc] = [[start, end]]
            by_document.setdefault(doc, []).append(cluster)
            return
        for span in spans:
            overlap, shorter, longer = _overlap(start, end, span)
            if (overlap > 0 and overlap >= MIN_MERGE_OVERLAP * shorter
                    and overlap >= MIN_MERGE_OVERLAP_OF_LONGER * longer):
                span[0], span[1] = min(span[0], start), max(span[1], end)
                return
        spans.append([start, end])

    def new_cluster(*sides: tuple[int, int, int]) -> None:
        cluster = _Cluster({})
        clusters.append(cluster)
        for side in sides:
            place(cluster, *side)

    for match in ordered:
        side_a = (match.doc_a, match.a0, match.a1)
        side_b = (match.doc_b, match.b0, match.b1)
        found_a, found_b = owner(*side_a), owner(*side_b)
        if found_a is None and found_b is None:
            new_cluster(side_a, side_b)
        elif found_a is not None and found_b is not None:
            owner_a, owner_b = found_a[0], found_b[0]
            if owner_a is owner_b:
                place(owner_a, *side_a)
                place(owner_a, *side_b)
            elif not set(owner_a.spans) & set(owner_b.spans):
                for doc, spans in owner_b.spans.items():
                    by_document[doc].remove(owner_b)
                    for span in spans:
                        place(owner_a, doc, span[0], span[1])
                owner_b.alive = False
                place(owner_a, *side_a)
                place(owner_a, *side_b)
            # else: the match links two passages that share documents; its text already lies
            # in both, and merging them would give one passage two occurrences in a document.
        else:
            if found_a is not None:
                (known, span), seen, joined = found_a, side_a, side_b
            else:
                assert found_b is not None
                (known, span), seen, joined = found_b, side_b, side_a
            if joined[0] not in known.spans:
                place(known, *seen)
                place(known, *joined)
                continue
            overlap, _, longer = _overlap(seen[1], seen[2], span)
            if overlap >= MIN_REPEAT_OVERLAP * longer:
                place(known, *joined)  # the document repeats the passage
            else:
                # e.g. a paraphrase that borrows words of a quote the document also carries
                new_cluster(side_a, side_b)
    return [cluster for cluster in clusters if cluster.alive]


# --- alignment ---------------------------------------------------------------------------------


def _align_all(documents: list[_Document], clusters: list[_Cluster], order: dict[str, int],
               stages: _Stages) -> tuple[Passage, ...]:
    differ = diff_match_patch()
    differ.Diff_Timeout = 0
    drafts: list[tuple[tuple[int, int, str, int], tuple[Occurrence, ...]]] = []
    for index, cluster in enumerate(clusters):
        if index % 256 == 0:
            stages.report(0.7 + 0.25 * index / max(1, len(clusters)))
        occurrences = tuple(sorted(_align(documents, cluster, differ),
                                   key=lambda o: (order[o.document], o.start)))
        longest = max(o.end - o.start for o in occurrences)
        first = min((o.document, o.start) for o in occurrences)
        spread = len({o.document for o in occurrences})
        drafts.append(((-spread, -longest, first[0], first[1]), occurrences))
    drafts.sort(key=lambda draft: draft[0])
    return tuple(
        Passage(id=f"p{number}", occurrences=occurrences)
        for number, (_, occurrences) in enumerate(drafts, start=1)
    )


def _align(documents: list[_Document], cluster: _Cluster,
           differ: diff_match_patch) -> list[Occurrence]:
    """Occurrences of one passage with their differences against the longest occurrence."""
    windows = [
        (documents[doc_index], first, end)
        for doc_index in sorted(cluster.spans)
        for first, end in sorted(cluster.spans[doc_index])
    ]
    reference = max(windows, key=lambda w: (w[2] - w[1], -w[0].index, -w[1]))
    marked: list[set[int]] = [set() for _ in windows]
    ref_position = windows.index(reference)
    ref_words: _EncodedWords | None = None
    for position, window in enumerate(windows):
        if position == ref_position:
            continue
        if ref_words is None:
            # Encoded once per passage, not once per occurrence: the reference's words take the
            # first characters of every pair's alphabet anyway.
            ref_doc, ref_first, ref_end = reference
            ref_words = _EncodedWords.of(ref_doc.words[ref_first:ref_end])
        ref_marks, other_marks = _diff_window(differ, reference, ref_words, window)
        marked[ref_position].update(ref_marks)
        marked[position].update(other_marks)
    occurrences = []
    for (document, first, end), marks in zip(windows, marked, strict=True):
        start, stop = document.starts[first], document.ends[end - 1]
        occurrences.append(Occurrence(
            document=document.article.id,
            start=start,
            end=stop,
            text=document.text[start:stop],
            differences=_ranges(document, sorted(marks)),
        ))
    return occurrences


@dataclass(frozen=True)
class _EncodedWords:
    """A window's words as one character each, for diff-match-patch's word mode: the n-th
    distinct word is character 0x100 + n (the surrogate block skipped)."""

    text: str
    alphabet: dict[int, str]
    """Word hash -> its character; shared with nobody, copied to encode a second window."""

    @staticmethod
    def of(words: Sequence[int], alphabet: dict[int, str] | None = None) -> _EncodedWords:
        """Encode `words`, extending (a copy of) `alphabet` with the words it lacks."""
        alphabet = {} if alphabet is None else dict(alphabet)
        chars = list(map(alphabet.get, words))
        if None in chars:
            for index, char in enumerate(chars):
                if char is None:
                    value = words[index]
                    char = alphabet.get(value)
                    if char is None:
                        code = 0x100 + len(alphabet)
                        if code >= 0xD800:  # skip the surrogate block
                            code += 0x800
                        char = alphabet[value] = chr(code)
                    chars[index] = char
        return _EncodedWords("".join(chars), alphabet)  # type: ignore[arg-type]


def _diff_window(differ: diff_match_patch, reference: tuple[_Document, int, int],
                 ref_words: _EncodedWords,
                 other: tuple[_Document, int, int]) -> tuple[list[int], list[int]]:
    """Token indices of each side that differ from the other (word-mode diff); `ref_words` is
    the reference window encoded."""
    ref_doc, ref_first, ref_end = reference
    doc, first, end = other
    ref_text = ref_doc.text[ref_doc.starts[ref_first] : ref_doc.ends[ref_end - 1]]
    if ref_text == doc.text[doc.starts[first] : doc.ends[end - 1]]:
        return [], []
    diffs: list[tuple[int, str]]
    if ref_doc.words[ref_first:ref_end] == doc.words[first:end]:
        # The same words, written differently (punctuation, quote style, "U.S."/"US"): the
        # diff would be one equal run, so it is not computed.
        diffs = [(0, ref_words.text)]
    else:
        other_words = _EncodedWords.of(doc.words[first:end], ref_words.alphabet)
        diffs = differ.diff_main(ref_words.text, other_words.text, False)
        differ.diff_cleanupSemanticLossless(diffs)
    equal_indices = [k for k, (op, _) in enumerate(diffs) if op == 0]
    first_equal = equal_indices[0] if equal_indices else len(diffs)
    last_equal = equal_indices[-1] if equal_indices else -1
    lead_ops = {op for op, _ in diffs[:first_equal]}
    trail_ops = {op for op, _ in diffs[last_equal + 1 :]}
    ref_marks: list[int] = []
    other_marks: list[int] = []
    i, j = ref_first, first
    for k, (op, chunk) in enumerate(diffs):
        size = len(chunk)
        if op == 0:
            # Equal words are marked only when spelled differently; one comparison of the two
            # stretches of text usually shows that none is.
            if _raw_text(ref_doc, i, i + size) != _raw_text(doc, j, j + size):
                for step in range(size):
                    if _spelled_differently(ref_doc, i + step, doc, j + step):
                        ref_marks.append(i + step)
                        other_marks.append(j + step)
            i += size
            j += size
        elif op == -1:
            # A trimmed start or end is not a difference; a replaced one is.
            leading, trailing = k < first_equal, k > last_equal
            if (not leading and not trailing) or (leading and 1 in lead_ops) or (
                trailing and 1 in trail_ops
            ):
                ref_marks.extend(range(i, i + size))
            i += size
        else:
            other_marks.extend(range(j, j + size))
            j += size
    return ref_marks, other_marks


def _raw_text(document: _Document, first: int, end: int) -> str:
    """The text from the start of token `first` to the end of token `end - 1`."""
    return document.text[document.starts[first] : document.ends[end - 1]]


def _spelled_differently(first: _Document, i: int, second: _Document, j: int) -> bool:
    """Normalised-equal words written differently beyond case and apostrophe style."""
    a = first.text[first.starts[i] : first.ends[i]]
    b = second.text[second.starts[j] : second.ends[j]]
    if a == b:
        return False
    return _spelling(a) != _spelling(b)


def _spelling(raw: str) -> str:
    return raw.casefold().replace("’", "'")


def _ranges(document: _Document, indices: list[int]) -> tuple[tuple[int, int], ...]:
    """Character ranges of the given (sorted) token indices, consecutive tokens merged."""
    ranges: list[tuple[int, int]] = []
    previous = -2
    for index in indices:
        start, end = document.starts[index], document.ends[index]
        if index == previous + 1 and ranges:
            ranges[-1] = (ranges[-1][0], end)
        else:
            ranges.append((start, end))
        previous = index
    return tuple(ranges)


# --- summaries ---------------------------------------------------------------------------------


def _union_length(intervals: list[tuple[int, int]]) -> int:
    total = 0
    reach = -1
    for start, end in sorted(intervals):
        if end <= reach:
            continue
        total += end - max(start, reach)
        reach = end
    return total


def _coverage(articles: Sequence[Article], passages: tuple[Passage, ...]) -> dict[str, float]:
    spans: dict[str, list[tuple[int, int]]] = {article.id: [] for article in articles}
    for passage in passages:
        for occurrence in passage.occurrences:
            spans[occurrence.document].append((occurrence.start, occurrence.end))
    coverage = {}
    for article in articles:
        body = len(article.text) - article.body_start
        coverage[article.id] = (min(1.0, _union_length(spans[article.id]) / body)
                                if body > 0 else 0.0)
    return coverage


def _similarity(articles: Sequence[Article], input_ids: tuple[str, ...],
                passages: tuple[Passage, ...]) -> tuple[tuple[float, ...], ...]:
    position = {article_id: index for index, article_id in enumerate(input_ids)}
    body = {article.id: len(article.text) - article.body_start for article in articles}
    shared: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for passage in passages:
        by_doc: dict[int, list[tuple[int, int]]] = {}
        for occurrence in passage.occurrences:
            by_doc.setdefault(position[occurrence.document], []).append(
                (occurrence.start, occurrence.end))
        for a in by_doc:
            for b in by_doc:
                if a != b:
                    shared.setdefault((a, b), []).extend(by_doc[a])
    size = len(input_ids)
    nonzero: dict[int, dict[int, float]] = {}
    for (a, b), intervals in shared.items():
        if a < b:
            mine = _union_length(intervals)
            theirs = _union_length(shared.get((b, a), []))
            shorter = min(body[input_ids[a]], body[input_ids[b]])
            value = min(1.0, (mine + theirs) / 2 / shorter) if shorter > 0 else 0.0
            nonzero.setdefault(a, {})[b] = value
            nonzero.setdefault(b, {})[a] = value
    # Rows share one zero object and are built one at a time: N x N pointers, nothing more.
    zero = 0.0
    rows = []
    for a in range(size):
        row = [zero] * size
        row[a] = 1.0
        for b, value in nonzero.get(a, {}).items():
            row[b] = value
        rows.append(tuple(row))
    return tuple(rows)

