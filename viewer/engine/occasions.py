"""Whether an outlet's words between two quotations say the later one was said on another
occasion: 'In another post, minutes later, he wrote', 'In a follow-up, he added', 'in a separate
statement', 'Earlier, she had told reporters', 'In einem weiteren Beitrag schrieb er'.

Pure function of the corpus, used by `viewer.engine.remarks`: two pieces of one speaker's words
that outlets print one after the other are one speaker's remarks, unless an outlet says between
them that they are two things said at two times (two posts, a statement and a later interview).
Only the outlet's words count: those outside every quotation.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import reporting
from viewer.engine.arrays import flat_ranges, in_sorted, within
from viewer.engine.tokens import TokenisedCorpus

_ANOTHER_OCCASION = reporting.hashes_of(
    # (en; "other" and "then" are too common in an outlet's own sentence, "follow" is asked
    # with "up" after it)
    "another separate separately later earlier subsequent subsequently previously followup "
    # (fr, de, es, it, nl: "tard" and "tarde" are an afternoon too, "weiter" a text going on)
    "autre séparé ultérieurement auparavant précédemment "
    "weiteren weiteres weiterer späteren später zuvor gesonderten separaten "
    "otro otra posteriormente anteriormente "
    "altro altra successivo successivamente precedentemente tardi "
    "eerder afzonderlijke")
_FOLLOW = reporting.hashes_of("follow followed following")
_UP = reporting.hashes_of("up")


def another_occasion(corpus: TokenisedCorpus, firsts: np.ndarray,
                     ends: np.ndarray) -> np.ndarray:
    """For global token ranges [first, end) between two quotations of one document, whether
    the outlet's words there (outside every quotation) say the later was said on another
    occasion (module docstring)."""
    owner, positions = flat_ranges(firsts, ends)
    found = np.zeros(len(firsts), dtype=bool)
    if not len(positions):
        return found
    outside = ~within(positions, positions + 1, corpus.quote_first, corpus.quote_end)
    words = corpus.hashes[positions]
    cue = in_sorted(words, _ANOTHER_OCCASION)
    # ("follow-up", "followed up": the verb with "up" after it in the range)
    follow_up = np.zeros(len(words), dtype=bool)
    follow_up[:-1] = (in_sorted(words[:-1], _FOLLOW) & in_sorted(words[1:], _UP)
                      & (owner[:-1] == owner[1:]))
    found[owner[(cue | follow_up) & outside]] = True
    return found
