"""Stage 4, chain and extend: seed runs of each document pair become whole pairwise matches.

Pure function of the corpus, the seed runs and the settings. Runs of one document pair are
chained tolerating small gaps (an edited word, a dropped word), never across a quotation mark or
a line break; passages in a different order are separate chains. Each chain is then trimmed of
coincidental spill and grown over short edited tails (`viewer.engine.extend`), all chains at
once as arrays. The chaining loop visits each seed run once and keeps only the chains still
within reach, so repeated text (whose repeats the index already collapsed) costs linear time;
a pair with a single seed run (most pairs) needs no loop at all.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from viewer.engine import breaks
from viewer.engine.candidates import SeedRuns
from viewer.engine.extend import Spans, extend, trim_spill
from viewer.engine.matches import PairMatches
from viewer.engine.quotes import split_at_shared_quotes
from viewer.engine.tokens import TokenisedCorpus
from viewer.passages import EngineSettings


def chain_and_extend(corpus: TokenisedCorpus, seeds: SeedRuns, settings: EngineSettings,
                     window_documents: np.ndarray,
                     check: Callable[[], None] = lambda: None) -> PairMatches:
    """Pairwise matches of at least `settings.min_words` exactly matched words, each with the
    median number of documents its shared n-grams are in (`window_documents`, from the index);
    `check` is called now and then (it raises to cancel)."""
    spans = _chain(corpus, seeds, settings, check)
    spans = spans.subset(spans.size >= settings.min_words)
    trim_spill(corpus, spans, settings.ngram_size)
    # The exactly matched core must be long enough on its own; extension only refines.
    spans = spans.subset(spans.size >= settings.min_words)
    check()
    extend(corpus, spans, settings.max_gap_words)
    check()
    pieces = split_at_shared_quotes(corpus, spans, settings.min_words)
    documents, most_documents = _window_documents(corpus, pieces, window_documents,
                                                  settings.ngram_size)
    return PairMatches(pieces.doc_a, pieces.a0, pieces.a1, pieces.doc_b, pieces.b0, pieces.b1,
                       np.zeros(len(pieces), dtype=bool), documents, most_documents)


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
    order = np.argsort(piece * 65536 + values, kind="stable")
    piece, values = piece[order], values[order]
    per_piece = np.bincount(piece, minlength=count)
    start = np.cumsum(per_piece) - per_piece
    has = per_piece > 0
    median[has] = values[start[has] + per_piece[has] // 2]
    most[has] = values[start[has] + per_piece[has] - 1]
    return median, most


def _chain(corpus: TokenisedCorpus, seeds: SeedRuns, settings: EngineSettings,
           check: Callable[[], None]) -> Spans:
    """The chains of every document pair's seed runs, pair after pair, in the order the loop
    over a pair's runs closes them."""
    count = len(seeds)
    if not count:
        none = np.zeros(0, dtype=np.int64)
        return Spans(none, none, none, none, none, none)
    new_pair = np.ones(count, dtype=bool)
    new_pair[1:] = (seeds.doc_a[1:] != seeds.doc_a[:-1]) | (seeds.doc_b[1:] != seeds.doc_b[:-1])
    pair_first = np.flatnonzero(new_pair)
    pair_runs = np.diff(np.append(pair_first, count))
    single = np.repeat(pair_runs == 1, pair_runs)
    # A pair with one run: that run is its chain.
    order_key = [np.flatnonzero(single)]
    a0, b0 = seeds.a0[single], seeds.b0[single]
    parts = [(seeds.doc_a[single], a0, a0 + seeds.length[single], seeds.doc_b[single], b0,
              b0 + seeds.length[single])]
    chained, first_run = _chain_runs(corpus, seeds, pair_first[pair_runs > 1],
                                     pair_runs[pair_runs > 1], settings, check)
    if len(chained):
        table = np.array(chained, dtype=np.int64).reshape(-1, 6)
        parts.append((table[:, 0], table[:, 1], table[:, 2], table[:, 3], table[:, 4],
                      table[:, 5]))
        order_key.append(np.array(first_run, dtype=np.int64))
    # Pairs come in seed order; a pair's chains in the order the loop closed them.
    order = np.argsort(np.concatenate(order_key), kind="stable")
    columns = [np.concatenate([part[k] for part in parts])[order] for k in range(6)]
    return Spans(*columns)


def _chain_runs(corpus: TokenisedCorpus, seeds: SeedRuns, pair_first: np.ndarray,
                pair_runs: np.ndarray, settings: EngineSettings,
                check: Callable[[], None]) -> tuple[list[tuple[int, ...]], list[int]]:
    """The chains of the pairs with several seed runs (`pair_first`, `pair_runs`), each with
    the index of its pair's first run (to put the pairs back in seed order)."""
    gap = settings.max_gap_words
    n = settings.ngram_size
    chains: list[tuple[int, ...]] = []
    pair_of_chain: list[int] = []
    if not len(pair_first):
        return chains, pair_of_chain
    barrier = (corpus.gaps & breaks.BARRIER) != 0
    barriers_before = np.concatenate(([0], np.cumsum(barrier, dtype=np.int64))).tolist()
    gap_base = (corpus.offsets[:-1] + np.arange(len(corpus))).tolist()
    doc_a, doc_b = seeds.doc_a.tolist(), seeds.doc_b.tolist()
    a0s, b0s, lengths = seeds.a0.tolist(), seeds.b0.tolist(), seeds.length.tolist()
    for number, (low, runs) in enumerate(zip(pair_first.tolist(), pair_runs.tolist(),
                                             strict=True)):
        if number % 1024 == 0:
            check()
        first, second = doc_a[low], doc_b[low]
        base_a, base_b = gap_base[first], gap_base[second]
        active: list[list[int]] = []  # [a0, a1, b0, b1]
        closed: list[list[int]] = []
        for run in range(low, low + runs):
            a0, b0, length = a0s[run], b0s[run], lengths[run]
            best: list[int] | None = None
            best_cost = 0
            still_open: list[list[int]] = []
            for chain in active:
                gap_a, gap_b = a0 - chain[1], b0 - chain[3]
                if gap_a > gap:
                    closed.append(chain)
                    continue
                still_open.append(chain)
                if not (-n < gap_a <= gap and -n < gap_b <= gap):
                    continue
                if a0 + length <= chain[1] or b0 + length <= chain[3]:
                    continue
                drift = abs(gap_b - gap_a)
                if drift > gap:
                    continue
                # A quotation mark or line break in the text between: never bridged.
                if (gap_a >= 0 and barriers_before[base_a + a0 + 1]
                        != barriers_before[base_a + chain[1]]) or (
                        gap_b >= 0 and barriers_before[base_b + b0 + 1]
                        != barriers_before[base_b + chain[3]]):
                    continue
                cost = max(gap_a, 0) + max(gap_b, 0) + drift
                if best is None or cost < best_cost:
                    best, best_cost = chain, cost
            active = still_open
            if best is None:
                active.append([a0, a0 + length, b0, b0 + length])
            else:
                best[1] = max(best[1], a0 + length)
                best[3] = max(best[3], b0 + length)
        closed.extend(active)
        for chain in closed:
            chains.append((first, chain[0], chain[1], second, chain[2], chain[3]))
            pair_of_chain.append(low)
    check()
    return chains, pair_of_chain
