"""Which words of a stretch stand inside parentheses: an aside to a name ("Olaf Scholz (SPD)
sagte"), read from the gaps between the words. A pure function of the corpus, for
`viewer.engine.attribution_names`.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.tokens import TokenisedCorpus


def parenthesised(corpus: TokenisedCorpus, document: int, first: int, end: int,
                   gaps: np.ndarray) -> np.ndarray:
    """Whether each global token in [first, end) of `document` stands inside parentheses, as
    the gaps before the tokens open and close them (`gaps`: their break bits; only a clause
    break may hold a parenthesis)."""
    inside = np.zeros(max(end - first, 0), dtype=bool)
    marked = np.flatnonzero((gaps & breaks.CLAUSE) != 0)
    if not len(marked):
        return inside
    text = corpus.texts[document]
    starts, ends = corpus.starts, corpus.ends
    document_first = int(corpus.offsets[document])
    # (most windows hold no parenthesis: one search of their text says so)
    low = int(ends[first - 1]) if first > document_first else 0
    if text.find("(", low, int(starts[end - 1])) < 0 and text.find(")", low,
                                                                    int(starts[end - 1])) < 0:
        return inside
    opened = False
    previous = 0
    for index in marked.tolist():
        position = first + index
        gap = text[int(ends[position - 1]) if position > document_first else 0:
                   int(starts[position])]
        if "(" not in gap and ")" not in gap:
            continue
        inside[previous:index] = opened
        opened = gap.rfind("(") > gap.rfind(")")
        previous = index
    inside[previous:] = opened
    return inside
