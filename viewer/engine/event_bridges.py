"""Sentences two events share: a short unquoted match that alone links two groups of documents.

Pure function of the pairwise matches. Wire copy has sentences of its own that it prints for
every event of a kind ("The National Transportation Safety Board sent investigators to the
scene."): ten words or more, unquoted, the same word for word in a story about a train crash
and in one about a bridge collapse, and no phrase a corpus of two events shows to be common.
What tells them from a sentence of one event's wire copy is what else the documents share:
the outlets reporting one event share that event's statements and stories, so a document that
shares a short sentence with another is linked to it through them as well. A short unquoted
match between two documents that nothing else connects, each of them sharing other text with
other documents (two groups, each an event's coverage), links two events, not two reports of
one; a document that shares nothing else with anyone (one outlet quoting one sentence of the
wire story) may still be linked by it.
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import connected_components
from viewer.engine.matches import PairMatches


def between_events(documents: int, matches: PairMatches, short_unquoted: np.ndarray
                   ) -> np.ndarray:
    """Which of `matches` (among `short_unquoted`) are the only link between two groups of
    `documents`: connected by the other matches, each group holds two documents or more, and
    only such matches of one document pair join them (module docstring)."""
    found = np.zeros(len(matches), dtype=bool)
    asked = np.flatnonzero(short_unquoted)
    if not len(asked):
        return found
    kept = ~short_unquoted
    group = connected_components(documents, matches.doc_a[kept], matches.doc_b[kept])
    size = np.bincount(group, minlength=documents)
    group_a, group_b = group[matches.doc_a[asked]], group[matches.doc_b[asked]]
    apart = (group_a != group_b) & (size[group_a] >= 2) & (size[group_b] >= 2)
    # (two groups that short sentences link through two documents or more on both sides are
    # one event's coverage whose stories differ, not two events: one outlet that shares a
    # sentence with many of the other group prints that group's stock sentence)
    low, high = np.minimum(group_a, group_b), np.maximum(group_a, group_b)
    link = low * documents + high
    side_low = np.where(group_a == low, matches.doc_a[asked], matches.doc_b[asked])
    side_high = np.where(group_a == low, matches.doc_b[asked], matches.doc_a[asked])
    links, which = np.unique(link, return_inverse=True)
    several = np.ones(len(links), dtype=bool)
    for side in (side_low, side_high):
        pairs = np.unique(which * documents + side)
        several &= np.bincount(pairs // documents, minlength=len(links)) >= 2
    found[asked] = apart & ~several[which]
    return found
    kept = ~short_unquoted
    group = connected_components(documents, matches.doc_a[kept], matches.doc_b[kept])
    size = np.bincount(group, minlength=documents)
    group_a, group_b = group[matches.doc_a[asked]], group[matches.doc_b[asked]]
    apart = (group_a != group_b) & (size[group_a] >= 2) & (size[group_b] >= 2)
    # (two groups that several document pairs share short sentences between are one event's
    # coverage whose stories differ, not two events)
    low, high = np.minimum(group_a, group_b), np.maximum(group_a, group_b)
    pair_key = matches.doc_a[asked] * documents + matches.doc_b[asked]
    group_key = low * documents + high
    order = np.lexsort((pair_key, group_key))
    distinct_pair = np.ones(len(order), dtype=bool)
    distinct_pair[1:] = ((group_key[order][1:] != group_key[order][:-1])
                         | (pair_key[order][1:] != pair_key[order][:-1]))
    pairs_per_group = np.bincount(np.unique(group_key[order][distinct_pair],
                                            return_inverse=True)[1])
    _, group_index = np.unique(group_key, return_inverse=True)
    found[asked] = apart & (pairs_per_group[group_index] == 1)
    return found
