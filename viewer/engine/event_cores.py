"""The names one event's coverage shares: what most documents of a group name, and whether a
document linked to no group names little of it.

Pure function of the corpus, the groups long matches make and the documents' names
(`viewer.engine.event_names.name_sets`). A document that shares nothing long with anyone (one
outlet's brief) is linked to a group by a short unquoted sentence (`viewer.engine.event_bridges`)
unless the two documents tell two events by their names. Two documents alone may name few things,
and a few alike ("Paris", a country) of two crimes in one city; the group as a whole says more:
the names most of its documents give are the event's (the victim, the wood, the town the suspect
was arrested in), and a brief of the same event names some of them. A lone document naming
SHARED_NAMES things or more, of which one at most of the group's CORE_NAMES or more core names
("Paris" of "Philippine", "Boulogne", "Paris", "Suisse", "Genève", ...), tells of another event
("juge des libertés et de la détention", one term of two French crime stories): neither a short
sentence (`viewer.engine.event_bridges`) nor shorter unquoted words (`viewer.engine.evidence`)
link the two.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

import numpy as np

from viewer.engine.arrays import unique_values
from viewer.engine.event_names import SHARED_NAMES, alike_names, name_sets
from viewer.engine.tokens import TokenisedCorpus

CORE_SAMPLE = 25
"""The group's documents read for its core names (the first, in corpus order): a group of
thousands of reprints names its event in any twenty-five of them."""
CORE_DOCUMENTS = 3
"""A group of fewer documents has no core names: two documents' names alike are what the test
of the two (`viewer.engine.event_bridges`) reads already, where one name alike, the town of a
crash, links a lone outlet."""
CORE_NAMES = SHARED_NAMES
"""A group whose documents share fewer core names than this says too little to tell by."""
CORE_ALIKE_AT_MOST = 1
"""A lone document naming this many of a group's core names or fewer (the city two crimes share)
tells of another event; a brief of the group's event names its victim, its place, its speaker
(five of seventeen: "Lula", "Israel", "Gaza", "Hitler", "Faixa")."""


def core_names(members: np.ndarray, names_of: Callable[[np.ndarray], dict[int, dict[str, int]]]
               ) -> set[str]:
    """The names more than half of a group's documents (`members`, the first CORE_SAMPLE of
    them read) give, CORE_DOCUMENTS or more of them; those in a script without capitals, which
    have no names, not counted."""
    sample = members[:CORE_SAMPLE]
    names = names_of(sample)
    read = [names[int(doc)] for doc in sample.tolist() if int(doc) in names]
    if len(read) < CORE_DOCUMENTS:
        return set()
    counts = Counter(name for found in read for name in found)
    return {name for name, count in counts.items() if 2 * count > len(read)}


def names_little_of_core(core: set[str], lone: dict[str, int], stems: bool) -> bool:
    """Whether a lone document whose names are `lone` names too little of a group's `core`
    names to tell of its event (module docstring)."""
    if len(core) < CORE_NAMES or len(set(lone.values())) < SHARED_NAMES:
        return False
    return len(alike_names(core, lone, stems)) <= CORE_ALIKE_AT_MOST


class GroupCores:
    """Each group's core names (`core_names`), read once per group asked; `groups`: the group
    each document is in."""

    def __init__(self, corpus: TokenisedCorpus, groups: np.ndarray) -> None:
        self.corpus, self.groups = corpus, groups
        self.found: dict[int, set[str]] = {}

    def core(self, group: int) -> set[str]:
        if group not in self.found:
            self.found[group] = core_names(np.flatnonzero(self.groups == group),
                                           lambda docs: name_sets(self.corpus, docs)[0])
        return self.found[group]


def lone_of_another_event(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray,
                          groups: np.ndarray) -> np.ndarray:
    """For document pairs of which one is linked to no other document (in a group of its own,
    `groups`) and the other is in a group, whether the lone one names too little of that
    group's core names to tell of its event (`names_little_of_core`)."""
    found = np.zeros(len(doc_a), dtype=bool)
    size = np.bincount(groups)
    lone_a, lone_b = size[groups[doc_a]] == 1, size[groups[doc_b]] == 1
    ask = np.flatnonzero(lone_a != lone_b)
    if not len(ask):
        return found
    lone = np.where(lone_a[ask], doc_a[ask], doc_b[ask])
    grouped = np.where(lone_a[ask], doc_b[ask], doc_a[ask])
    names, inflecting = name_sets(corpus, unique_values(lone))
    cores = GroupCores(corpus, groups)
    for k, one, other in zip(ask.tolist(), lone.tolist(), grouped.tolist(), strict=True):
        if one in names:  # (a script without capitals has no names to tell by)
            found[k] = names_little_of_core(cores.core(int(groups[other])), names[one],
                                            one in inflecting)
    return found
