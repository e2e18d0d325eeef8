"""Stage 4, chain and extend: seed runs of each document pair become whole pairwise matches.

Pure function of the corpus, the seed runs and the settings. Runs of one document pair are
chained tolerating small gaps (an edited word, a dropped word), never across a quotation mark or
a line break; passages in a different order are separate chains. Each chain is then trimmed of
coincidental spill and grown over short edited tails (`viewer.engine.extend`), then cut at
quotation marks both documents open or close (`viewer.engine.quotes`), and finally grown over
and joined across text both documents carry word for word (`viewer.engine.bridges`: a verbatim
copy is one match however many quotation marks and line breaks cut it): every step works on all
chains at once as arrays. Chaining (`viewer.engine.seed_chains`) visits each seed run once and
keeps only the chains still within reach, so repeated text (whose repeats the index already
collapsed) costs linear time.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from itertools import pairwise

import numpy as np

from viewer.engine.arrays import unique_values
from viewer.engine.bridges import bridge_identical_gaps, grow_over_identical_text
from viewer.engine.candidates import SeedRuns
from viewer.engine.chance import as_words
from viewer.engine.extend import Spans, extend, trim_spill
from viewer.engine.matches import PairMatches
from viewer.engine.quotes import split_at_shared_quotes, trim_one_sided_attribution
from viewer.engine.seed_chains import chain_seed_runs
from viewer.engine.sentence_stubs import trim_sentence_stubs
from viewer.engine.tokens import TokenisedCorpus
from viewer.engine.word_edges import (
    trim_kana_continuations,
    trim_korean_word_parts,
    trim_split_words,
)
from viewer.passages import EngineSettings
from viewer.workers import IN_PROCESS, ChunkMapper

CHAIN_CHUNK_SEEDS = 32_768
"""Document pairs are chained in chunks of about this many seed runs (a mapper may hand chunks
to other processes; a pair's runs are never cut apart, and every step works pair by pair, so
the matches are the same, in the same order)."""


@dataclass(frozen=True, eq=False)
class _ChainInput:
    """What every chunk of document pairs needs."""

    corpus: TokenisedCorpus
    seeds: SeedRuns
    settings: EngineSettings
    window_documents: np.ndarray


def chain_and_extend(corpus: TokenisedCorpus, seeds: SeedRuns, settings: EngineSettings,
                     window_documents: np.ndarray,
                     check: Callable[[], None] = lambda: None,
                     mapper: ChunkMapper = IN_PROCESS) -> PairMatches:
    """Pairwise matches of at least `settings.min_words` exactly matched words, each with the
    median number of documents its shared n-grams are in (`window_documents`, from the index);
    `check` is called now and then (it raises to cancel). Chunks of document pairs may be
    chained by other processes (`mapper`); the result is the same."""
    shared = _ChainInput(corpus, seeds, settings, window_documents)
    parts = mapper.map(_chain_chunk, shared, _chunks(seeds), check)
    if len(parts) == 1:
        return parts[0]
    return PairMatches(*(np.concatenate([getattr(part, field.name) for part in parts])
                         for field in fields(PairMatches)))


def _chunks(seeds: SeedRuns) -> list[tuple[int, int]]:
    """Consecutive [low, high) ranges of the seed runs, about CHAIN_CHUNK_SEEDS each, cut
    between document pairs only."""
    count = len(seeds)
    if count <= CHAIN_CHUNK_SEEDS:
        return [(0, count)]
    # Runs are sorted by pair: a cut moves on to the first run of the next pair.
    pair = seeds.doc_a * (int(seeds.doc_b.max()) + 1) + seeds.doc_b
    wanted = pair[np.arange(CHAIN_CHUNK_SEEDS, count, CHAIN_CHUNK_SEEDS)]
    cuts = unique_values(np.searchsorted(pair, wanted, side="right")).tolist()
    bounds = [0, *(cut for cut in cuts if cut < count), count]
    return list(pairwise(bounds))


def _chain_chunk(shared: _ChainInput, bounds: tuple[int, int]) -> PairMatches:
    """The matches of the seed runs [low, high) (a module-level function: worker processes run
    it)."""
    low, high = bounds
    whole = shared.seeds
    seeds = SeedRuns(whole.doc_a[low:high], whole.doc_b[low:high], whole.a0[low:high],
                     whole.b0[low:high], whole.length[low:high])
    return _chain(shared.corpus, seeds, shared.settings, shared.window_documents)


def _chain(corpus: TokenisedCorpus, seeds: SeedRuns, settings: EngineSettings,
           window_documents: np.ndarray) -> PairMatches:
    """The matches of the seed runs of some document pairs (cancelling is checked between
    chunks: each takes a fraction of a second)."""
    seeds = _worded_runs(corpus, seeds, settings.ngram_size)
    spans = chain_seed_runs(corpus, seeds, settings.ngram_size, settings.max_gap_words)
    spans = spans.subset(spans.size >= settings.min_words)
    trim_spill(corpus, spans, settings.ngram_size)
    # The exactly matched core must be long enough on its own; extension only refines.
    spans = spans.subset(spans.size >= settings.min_words)
    extend(corpus, spans, settings.max_gap_words)
    pieces = split_at_shared_quotes(corpus, spans, settings.min_words)
    trim_one_sided_attribution(corpus, pieces, settings.min_words)
    grow_over_identical_text(corpus, pieces)
    pieces = bridge_identical_gaps(corpus, pieces)
    trim_sentence_stubs(corpus, pieces, settings.min_words)
    trim_split_words(corpus, pieces)
    trim_kana_continuations(corpus, pieces)
    trim_korean_word_parts(corpus, pieces)
    pieces = pieces.subset(pieces.size > 0)
    documents, most_documents = _window_documents(corpus, pieces, window_documents,
                                                  settings.ngram_size)
    return PairMatches(pieces.doc_a, pieces.a0, pieces.a1, pieces.doc_b, pieces.b0, pieces.b1,
                       np.zeros(len(pieces), dtype=bool), documents, most_documents)


def _worded_runs(corpus: TokenisedCorpus, seeds: SeedRuns, ngram_size: int) -> SeedRuns:
    """The seed runs that cover `ngram_size` words or more. Every run of words does; in a
    script without spaces each character is a token, and a run of a few characters is part of
    a word or two: the name of a disease ("急性硬膜下血腫") or a title that every article about
    the event writes, no evidence of a copied text (`viewer.engine.chance.as_words`)."""
    if not len(seeds):
        return seeds
    words = as_words(corpus, seeds.doc_a, seeds.a0, seeds.a0 + seeds.length, seeds.length)
    kept = words >= ngram_size
    if kept.all():
        return seeds
    return SeedRuns(seeds.doc_a[kept], seeds.doc_b[kept], seeds.a0[kept], seeds.b0[kept],
                    seeds.length[kept])


def _window_documents(corpus: TokenisedCorpus, pieces: Spans, window_documents: np.ndarray,
                      n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per match, the median and the most documents its shared n-grams (those found in two or
    more documents) are in; 0 when none is. The median: a stock phrase with a coincidental word
    or two at its edge has a rare window or two but is common in most."""
    count = len(pieces)
    median = np.zeros(count, dtype=np.int64)
    most = np.zeros(count, dtype=np.int64)
    if not count:
        return median, most
    first = corpus.offsets[pieces.doc_a] + pieces.a0
    stop = corpus.offsets[pieces.doc_a] + np.maximum(pieces.a0 + 1, pieces.a1 - n + 1)
    first = np.minimum(first, len(window_documents))
    lengths = np.maximum(np.minimum(stop, len(window_documents)) - first, 0)
    piece = np.repeat(np.arange(count), lengths)
    place = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    values = window_documents[np.repeat(first, lengths) + place].astype(np.int64)
    shared = values >= 2  # windows past an edit are found once: no measure
    piece, values = piece[shared], values[shared]
    if not len(values):
        return median, most
    # Pieces are in order already: sorting (piece, value) keys sorts each piece's values (a
    # merge sort, which runs over the presorted pieces fast; no index array to gather with).
    keys = piece * 65536 + values
    keys.sort(kind="stable")
    values = keys & 65535
    per_piece = np.bincount(piece, minlength=count)
    start = np.cumsum(per_piece) - per_piece
    has = per_piece > 0
    median[has] = values[start[has] + per_piece[has] // 2]
    most[has] = values[start[has] + per_piece[has] - 1]
    return median, most
