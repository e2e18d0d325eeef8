"""One verdict for a group: a document's quoted phrase that several documents of another group
carry, judged two events' coverage with one of them, is so with every one of them that names no
thing alike with it.

Pure function of the corpus and the verdicts `viewer.engine.event_names.two_events` gave pairs
of documents, for `viewer.engine.evidence`. A pair is judged by the names its two documents give:
a short page (a live blog's entry naming three things) gives too few to tell, and one such page
among a group's would carry a phrase of the other event ('"this is a very bad situation"', a
mayor's words of a school shooting, and a president's post on an air crash) into the group that
the group's other pages keep it out of. Where a pair writes a name alike, its own verdict stands.
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import unique_values
from viewer.engine.event_names import name_sets, names_in_common
from viewer.engine.tokens import TokenisedCorpus


def by_group(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray,
             side_a: tuple[np.ndarray, np.ndarray], side_b: tuple[np.ndarray, np.ndarray],
             groups: np.ndarray, two: np.ndarray) -> np.ndarray:
    """For document pairs sharing a phrase (`side_a`, `side_b`: its global token range in each)
    and their verdicts `two` (two events' coverage or not), the verdicts with each pair not so
    judged, whose documents write no name alike, judged so where another pair was on the same
    words of one of its documents and a document of the other's group (module docstring)."""
    found = np.asarray(two, dtype=bool).copy()
    if not found.any() or found.all():
        return found
    # (keys of one document's words and the other's group, both ways round)
    keys_a = list(zip(side_a[0].tolist(), side_a[1].tolist(), groups[doc_b].tolist(),
                      strict=True))
    keys_b = list(zip(side_b[0].tolist(), side_b[1].tolist(), groups[doc_a].tolist(),
                      strict=True))
    judged = {key for k in np.flatnonzero(found).tolist() for key in (keys_a[k], keys_b[k])}
    ask = np.flatnonzero(~found)
    ask = ask[[keys_a[k] in judged or keys_b[k] in judged for k in ask.tolist()]]
    if len(ask):
        found[ask] = ~_name_alike(corpus, doc_a[ask], doc_b[ask],
                                  (side_a[0][ask], side_a[1][ask]))
    return found


def _name_alike(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray,
                shared: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """For document pairs, whether the two write a name alike, the words they share aside
    (`event_names.names_in_common`: in a language that inflects names, by their stems)."""
    found = np.zeros(len(doc_a), dtype=bool)
    names, inflecting = name_sets(corpus, unique_values(np.concatenate((doc_a, doc_b))))
    for k, (a, b) in enumerate(zip(doc_a.tolist(), doc_b.tolist(), strict=True)):
        if a in names and b in names:
            found[k] = bool(names_in_common(corpus, (names[a], names[b]),
                                            a in inflecting and b in inflecting,
                                            (int(shared[0][k]), int(shared[1][k])))[1])
    return found
