"""A loose run's extent (`viewer.engine.short_matches`): the words of the short matches' sides
that overlap in one document and lie in no statement's occurrence, cut back over a line break to
the sides of the matches that joined it.

Pure function of the corpus and the runs. A run is as long as all the sides it unites, those of
matches that were no evidence (a common phrase, a repeat in text repeating itself) included; such
a match links nothing, and where its side alone carries the run over a line break, the line it
reaches into is no statement's (session 32's property test: "Iran U.S. Iran" shared, a run over
doc1's line break into words only a dropped match held).
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.between_matches import gaps_hold
from viewer.engine.tokens import TokenisedCorpus


def used_extents(corpus: TokenisedCorpus, run_first: np.ndarray, run_end: np.ndarray,
                  run_of_side: np.ndarray, side_first: np.ndarray, side_end: np.ndarray,
                  side_used: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each loose run's extent, cut to the sides of the matches that joined it (`side_used`)
    where what the others add lies over a line break: a match that was no evidence (a common
    phrase, a repeat) made the run as long as its side but links nothing, and the line it
    reaches into is no statement's. Within a line the run keeps its extent (a few words more
    of one sentence); so does a run no joining match reaches."""
    if not side_used.any():
        return run_first, run_end
    first = np.full(len(run_first), np.iinfo(np.int64).max, dtype=np.int64)
    end = np.full(len(run_first), -1, dtype=np.int64)
    np.minimum.at(first, run_of_side[side_used], side_first[side_used])
    np.maximum.at(end, run_of_side[side_used], side_end[side_used])
    cut_first = np.flatnonzero((end >= 0) & (first > run_first))
    cut_first = cut_first[gaps_hold(corpus, run_first[cut_first] + 1, first[cut_first],
                                    breaks.NEWLINE)]
    cut_end = np.flatnonzero((end >= 0) & (end < run_end))
    cut_end = cut_end[gaps_hold(corpus, end[cut_end], run_end[cut_end] - 1, breaks.NEWLINE)]
    run_first, run_end = run_first.copy(), run_end.copy()
    run_first[cut_first] = first[cut_first]
    run_end[cut_end] = end[cut_end]
    return run_first, run_end
