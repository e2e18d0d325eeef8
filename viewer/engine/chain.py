"""Stage 4, chain and extend: seed runs of each document pair become whole pairwise matches.

Pure function of the corpus, the seed runs and the settings. Runs of one document pair are
chained tolerating small gaps (an edited word, a dropped word), never across a quotation mark or
a line break; passages in a different order are separate chains. Each chain is then trimmed of
coincidental spill and grown over short edited tails (`viewer.engine.extend`). The loop visits
each seed run once and keeps only the chains still within reach, so repeated text (whose
repeats the index already collapsed) costs linear time.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from viewer.engine.candidates import SeedRuns
from viewer.engine.document_view import DocumentViews
from viewer.engine.extend import Match, extend, has_barrier, split_at_shared_quotes, trim_spill
from viewer.engine.matches import PairMatches
from viewer.engine.tokens import TokenisedCorpus
from viewer.passages import EngineSettings


def chain_and_extend(corpus: TokenisedCorpus, seeds: SeedRuns, settings: EngineSettings,
                     window_documents: np.ndarray,
                     check: Callable[[], None] = lambda: None) -> PairMatches:
    """Pairwise matches of at least `settings.min_words` exactly matched words, each with the
    median number of documents its shared n-grams are in (`window_documents`, from the index);
    `check` is called now and then (it raises to cancel)."""
    views = DocumentViews(corpus)
    chains = _chain(views, seeds, settings, check)
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
        for piece in split_at_shared_quotes(first, second, match, settings.min_words):
            rows.append((piece.doc_a, piece.a0, piece.a1, piece.doc_b, piece.b0, piece.b1))
            base = int(corpus.offsets[piece.doc_a])
            windows = window_documents[base + piece.a0 :
                                       base + max(piece.a0 + 1, piece.a1 - n + 1)]
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
            if (gap_a >= 0 and has_barrier(first.gap(chain.a1 - 1, a0))) or (
                gap_b >= 0 and has_barrier(second.gap(chain.b1 - 1, b0))
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
