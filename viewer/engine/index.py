"""Stage 2, the n-gram index: places of every word n-gram that two or more documents share.

Pure function of the tokenised corpus and the settings. Hashed word n-grams are grouped with one
sort; the document-frequency filter works at both ends: an n-gram in fewer than two documents
links nothing and is dropped; one in too many documents is boilerplate (only once the corpus is
big enough for a share to mean anything) unless it runs on for longer than a common phrase
could (wire copy that most outlets reprinted is content). Short lines repeated verbatim in many
documents of a large corpus ("Sign up for our newsletter") seed nothing, and an n-gram repeated
many times inside one document (a list, a chant, `missile missile missile ...`) keeps only its
first few places there, so repeated text costs linear time downstream.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from viewer.engine.chance import CHANCE_FREE_WORDS
from viewer.engine.form_notes import form_note_tokens
from viewer.engine.tokens import TokenisedCorpus
from viewer.passages import EngineSettings

BOILERPLATE_MIN_DOCUMENTS = 10
"""Below this many documents nothing is dropped for being frequent: in a corpus of five
articles, a tweet quoted by four of them is the passage the user wants."""
BOILERPLATE_LINE_SHARE = 0.05
"""A short line found verbatim in at least this share of the documents (and in at least
BOILERPLATE_MIN_DOCUMENTS of them) is boilerplate."""
BOILERPLATE_LINE_WORDS = 20
"""Only lines up to this many words can be boilerplate lines; a longer line is content."""
LIST_LINES = 8
"""In a long document, this many lines in a row, each shorter than an n-gram, are a list (a
book's contents) whose n-grams run on across its lines."""
MAX_REPEATS_IN_DOCUMENT = 8
"""An n-gram found more often than this in one document keeps only its first places there (this
many): they still chain into a seed run long enough to match, and extension carries that match
over the rest of the repeated text."""

_LINE_POWERS = np.cumprod(np.full(BOILERPLATE_LINE_WORDS + 1, 0xC2B2AE3D27D4EB4F, dtype=np.uint64),
                          dtype=np.uint64)
"""Odd 64-bit powers (wrapping), one per place in a line."""

_MULTIPLIERS = np.array(
    [0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93,
     0xFF51AFD7ED558CCD, 0xC4CEB9FE1A85EC53, 0x94D049BB133111EB, 0xBF58476D1CE4E5B9],
    dtype=np.uint64,
)


@dataclass(frozen=True, eq=False)
class NgramIndex:
    """Places of the shared n-grams: `posting` holds global window positions (a window is named
    by its first token) group after group, one group per n-gram, each in increasing position;
    `posting_doc` is each place's document."""

    ngram_size: int
    posting: np.ndarray
    posting_doc: np.ndarray
    group_size: np.ndarray
    window_documents: np.ndarray
    """uint16 per global window position: how many documents carry that window's n-gram
    (capped at 65,535; 1 for an n-gram found once), so later stages can tell a rare phrase from
    a common one."""

    @staticmethod
    def empty(ngram_size: int, windows: int = 0) -> NgramIndex:
        none = np.zeros(0, dtype=np.int64)
        return NgramIndex(ngram_size, none, none.copy(), none.copy(),
                          np.ones(max(windows, 0), dtype=np.uint16))


def index_ngrams(corpus: TokenisedCorpus, settings: EngineSettings) -> NgramIndex:
    """The shared n-grams of `corpus` after the document-frequency filter (module docstring)."""
    n = settings.ngram_size
    total = len(corpus.hashes)
    if len(corpus) < 2 or total < n:
        return NgramIndex.empty(n)
    windows = total - n + 1
    usable = boilerplate_free(corpus) & ~form_note_tokens(corpus)
    valid = _valid_windows(usable, corpus.offsets, n, windows)
    # No window spans a line break: a phrase ending one paragraph and one opening the next
    # ("... local media reports. / The statement went on") are two coincidences, not a match.
    # Except among lines all shorter than a window in a long text (a book's contents, a list
    # of its illustrations): nothing else could match them.
    listed = _in_short_lines(corpus, n)
    for k in range(1, n):
        blocked = np.flatnonzero(corpus.line_start[k:])
        blocked = blocked[blocked < windows]
        valid[blocked[~(listed[blocked] & listed[blocked + n - 1])]] = False
    posting, group_size = _repeated_ngrams(corpus.hashes, valid, n)
    if not len(group_size):
        return NgramIndex.empty(n, windows)
    posting_doc = corpus.document_of(posting)
    posting, posting_doc, group_size = _cap_repeats(posting, posting_doc, group_size)
    distinct = _distinct_documents(posting_doc, group_size)
    window_documents = np.ones(windows, dtype=np.uint16)
    window_documents[posting] = np.repeat(np.minimum(distinct, 65535), group_size)
    too_common = distinct > _document_limit(len(corpus), settings.max_document_share)
    if too_common.any():
        # Keep the places of a too-common n-gram that lie in a long run of too-common n-grams
        # (wire copy most outlets reprinted); drop those in short runs (common phrases). A run
        # of min_words + 1 windows covers min_words + n words: more than any common phrase.
        common_posting = np.repeat(too_common, group_size)
        kept = ~common_posting | _in_long_runs(posting, common_posting, windows,
                                               settings.min_words + 1)
        posting, posting_doc, group_size = _keep(posting, posting_doc, group_size, kept)
        distinct = _distinct_documents(posting_doc, group_size)
    shared = np.repeat(distinct >= 2, group_size)
    posting, posting_doc, group_size = _keep(posting, posting_doc, group_size, shared)
    return NgramIndex(n, posting, posting_doc, group_size, window_documents)


def _keep(posting: np.ndarray, posting_doc: np.ndarray, group_size: np.ndarray,
          kept: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The places where `kept`, groups shrunk accordingly (empty groups vanish)."""
    if not len(posting):
        return posting, posting_doc, group_size
    group_first = np.concatenate(([0], np.cumsum(group_size)[:-1]))
    sizes = np.add.reduceat(kept.astype(np.int64), group_first)
    return posting[kept], posting_doc[kept], sizes[sizes > 0]


def _cap_repeats(posting: np.ndarray, posting_doc: np.ndarray,
                 group_size: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Keep only the first MAX_REPEATS_IN_DOCUMENT places of an n-gram in a document. Within a
    group documents are non-decreasing, so the places of one n-gram in one document are a
    run."""
    group_of = np.repeat(np.arange(len(group_size)), group_size)
    new_run = np.ones(len(posting), dtype=bool)
    new_run[1:] = (group_of[1:] != group_of[:-1]) | (posting_doc[1:] != posting_doc[:-1])
    run_start = np.flatnonzero(new_run)
    run_length = np.diff(np.append(run_start, len(posting)))
    if run_length.max() <= MAX_REPEATS_IN_DOCUMENT:
        return posting, posting_doc, group_size
    rank = np.arange(len(posting)) - np.repeat(run_start, run_length)
    return _keep(posting, posting_doc, group_size, rank < MAX_REPEATS_IN_DOCUMENT)


def boilerplate_free(corpus: TokenisedCorpus) -> np.ndarray:
    """Per token: False on short lines repeated verbatim in many documents of a large corpus."""
    count = len(corpus)
    usable = np.ones(len(corpus.hashes), dtype=bool)
    threshold = max(BOILERPLATE_MIN_DOCUMENTS, math.ceil(BOILERPLATE_LINE_SHARE * count))
    if count < threshold or not len(usable):
        return usable
    # Lines are runs of tokens from one line start to the next (a document's first token
    # starts a line, so no line spans two documents).
    line_first = np.flatnonzero(corpus.line_start)
    line_words = np.diff(np.append(line_first, len(usable)))
    short_lines = np.flatnonzero(line_words <= BOILERPLATE_LINE_WORDS)
    if not len(short_lines):
        return usable
    # The short lines' tokens, line by line (arrays of their size only: none of the corpus's,
    # which at 20,000 articles made this the run's peak of memory).
    words = line_words[short_lines]
    firsts = np.cumsum(words) - words  # where each line's tokens start among them
    place = np.arange(int(words.sum()), dtype=np.int64) - np.repeat(firsts, words)
    tokens = np.repeat(line_first[short_lines], words) + place
    # A line's key: a polynomial in its words' hashes (each weighted by a power for its place
    # in the line), mixed with its length.
    with np.errstate(over="ignore"):
        weighted = corpus.hashes[tokens] * _LINE_POWERS[place]
        keys = np.add.reduceat(weighted, firsts)
        keys ^= words.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)
    documents = corpus.document_of(line_first[short_lines])
    # How many documents hold each key: distinct (key, document) pairs, counted per key.
    order = np.lexsort((documents, keys))
    sorted_keys, sorted_documents = keys[order], documents[order]
    new_pair = np.ones(len(order), dtype=bool)
    new_pair[1:] = ((sorted_keys[1:] != sorted_keys[:-1])
                    | (sorted_documents[1:] != sorted_documents[:-1]))
    new_key = np.ones(len(order), dtype=bool)
    new_key[1:] = sorted_keys[1:] != sorted_keys[:-1]
    key_of = np.cumsum(new_key) - 1
    holders = np.bincount(key_of, weights=new_pair).astype(np.int64)
    common = np.zeros(len(order), dtype=bool)
    common[order] = holders[key_of] >= threshold
    usable[tokens[np.repeat(common, words)]] = False
    return usable


def _document_limit(count: int, share: float) -> int:
    """Most documents an n-gram may appear in before it counts as boilerplate."""
    return max(BOILERPLATE_MIN_DOCUMENTS, math.floor(share * count))


def _distinct_documents(posting_doc: np.ndarray, group_size: np.ndarray) -> np.ndarray:
    """How many documents each group's postings fall in (documents are non-decreasing within a
    group, so counting the changes counts the documents)."""
    if not len(group_size):
        return np.zeros(0, dtype=np.int64)
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
    """For each of `places` (window positions): does it lie in a run of at least `min_run`
    consecutive flagged positions? Common phrases are short runs; a passage most articles share
    is a long one. Runs never cross documents (the windows between two are not places)."""
    marks = np.zeros(windows + 2, dtype=np.int8)
    marks[places[flagged] + 1] = 1
    edges = np.diff(marks)
    run_starts = np.flatnonzero(edges == 1)
    run_ends = np.flatnonzero(edges == -1)
    long_runs = (run_ends - run_starts) >= min_run
    # The runs are disjoint and in order: the last long run starting at or before each place.
    starts, ends = run_starts[long_runs], run_ends[long_runs]
    if not len(starts):
        return np.zeros(len(places), dtype=bool)
    run = np.searchsorted(starts, places, side="right") - 1
    return np.asarray((run >= 0) & (places < ends[np.maximum(run, 0)]))


def _in_short_lines(corpus: TokenisedCorpus, n: int) -> np.ndarray:
    """Per token: whether its line (paragraph) has fewer than `n` words and is one of a list of
    LIST_LINES or more such lines in a row (a book's contents, its list of illustrations), in a
    document longer than CHANCE_FREE_WORDS. In an article, and in a long feature's handful of
    sharing buttons, short lines are captions and widgets, which its text says nothing by. A
    window whose first and last tokens are such lies among short lines only: any line between
    them is inside it, so shorter than a window too."""
    lengths = np.diff(corpus.offsets)
    long_document = lengths > CHANCE_FREE_WORDS
    if not long_document.any():  # (news articles: nothing to look at)
        return np.zeros(len(corpus.hashes), dtype=bool)
    line_first = np.flatnonzero(corpus.line_start)
    line_words = np.diff(np.append(line_first, len(corpus.hashes)))
    short_line = line_words < n
    # Runs of short lines in a row, never across documents, and their lengths in lines.
    line_document = corpus.document_of(line_first)
    run_start = short_line.copy()
    run_start[1:] &= ~short_line[:-1] | (line_document[1:] != line_document[:-1])
    run = np.cumsum(run_start) - 1
    run_lines = np.bincount(run[short_line], minlength=int(run_start.sum()))
    if not len(run_lines):
        return np.zeros(len(corpus.hashes), dtype=bool)
    listed = short_line & (run_lines[np.maximum(run, 0)] >= LIST_LINES)
    return np.asarray(np.repeat(listed, line_words) & np.repeat(long_document, lengths))


def _valid_windows(usable: np.ndarray, offsets: np.ndarray, n: int, windows: int) -> np.ndarray:
    """Windows whose n tokens lie in one document and are all usable."""
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
    group sizes), groups in hash order, each in increasing position.

    Grouping is one plain sort of 64-bit keys: the high bits of the n-gram hash with the window
    position in the low bits (several times faster than a stable argsort). Two n-grams sharing
    a key prefix are told apart afterwards by their full hashes, so the groups are exact.
    """
    windows = len(valid)
    position_bits = max(1, (windows - 1).bit_length())
    position_mask = np.uint64((1 << position_bits) - 1)
    keys = every_ngram_hash(hashes, n)
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
    full = ngram_hashes_at(hashes, posting, n)
    prefix = full >> np.uint64(position_bits)
    prefix_change = prefix[1:] != prefix[:-1]
    mixed = (full[1:] != full[:-1]) & ~prefix_change
    if mixed.any():
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
        posting = posting[np.repeat(group_size >= 2, group_size)]
        group_size = group_size[group_size >= 2]
    return posting, group_size


NGRAM_BLOCK_WINDOWS = 1 << 15
"""`every_ngram_hash` works through the windows this many at a time (256 KiB of hashes)."""


def every_ngram_hash(hashes: np.ndarray, n: int) -> np.ndarray:
    """The 64-bit hash of every n-gram window (by first token); arithmetic wraps on purpose."""
    windows = max(len(hashes) - n + 1, 0)
    grams = np.empty(windows, dtype=np.uint64)
    # A block at a time, its temporary reused for every word of the window: the block stays
    # in the cache for all n words (twice as fast as whole-corpus passes), and no temporary
    # of the corpus's size is made (the index is the run's peak of memory).
    product = np.empty(min(windows, NGRAM_BLOCK_WINDOWS), dtype=np.uint64)
    for low in range(0, windows, NGRAM_BLOCK_WINDOWS):
        high = min(windows, low + NGRAM_BLOCK_WINDOWS)
        block, scratch = grams[low:high], product[: high - low]
        np.multiply(hashes[low:high], _MULTIPLIERS[0], out=block)
        for k in range(1, n):
            np.multiply(hashes[low + k : high + k], _MULTIPLIERS[k % len(_MULTIPLIERS)],
                        out=scratch)
            block += scratch
    grams += np.uint64(n * (n - 1) // 2)  # the "+ k" of each word, as in `ngram_hashes_at`
    return grams


def ngram_hashes_at(hashes: np.ndarray, starts: np.ndarray, n: int) -> np.ndarray:
    """`every_ngram_hash(hashes, n)[starts]`, computed for those windows only."""
    grams = np.zeros(len(starts), dtype=np.uint64)
    for k in range(n):
        grams += hashes[starts + k] * _MULTIPLIERS[k % len(_MULTIPLIERS)] + np.uint64(k)
    return grams
