"""Summaries of the passages found: each document's share in passages (coverage) and how much
each pair of documents shares (sparse similarity).

Pure functions of the passages. Similarity of two documents: the characters of each that lie in
passages they share, averaged over the two, divided by the shorter body, capped at 1. Only pairs
that share a passage are computed; a passage carried by more than CLIQUE_DOCUMENTS documents
relates each of them to its first few documents (the hubs) instead of to every other, so the
pairs stay linear in the corpus.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from viewer.corpus import Article
from viewer.engine.arrays import unique_values
from viewer.passages import Passage
from viewer.similarity import SparseSimilarity

CLIQUE_DOCUMENTS = 32
HUBS = 4


def coverage(articles: Sequence[Article], passages: Sequence[Passage]) -> dict[str, float]:
    """Share of each document's body characters that lie in some passage, in [0, 1]."""
    number = {article_id: index for index, article_id
              in enumerate(dict.fromkeys(article.id for article in articles))}
    doc: list[int] = []
    starts: list[int] = []
    ends: list[int] = []
    for passage in passages:
        for occurrence in passage.occurrences:
            doc.append(number[occurrence.document])
            starts.append(occurrence.start)
            ends.append(occurrence.end)
    # Characters in the union of each document's spans, in array operations (no Python object
    # per span: at 20,000 articles those made the garbage collector scan everything again).
    covered = _union_lengths(len(number), np.array(doc, dtype=np.int64),
                             np.array(starts, dtype=np.int64), np.array(ends, dtype=np.int64))
    shares = {}
    for article in articles:
        body = len(article.text) - article.body_start
        shares[article.id] = (min(1.0, covered[number[article.id]] / body) if body > 0 else 0.0)
    return shares


def similarity(articles: Sequence[Article], passages: Sequence[Passage]) -> SparseSimilarity:
    """The sparse similarity in the order of `articles` (module docstring)."""
    position = {article.id: index for index, article in enumerate(articles)}
    body = np.array([len(a.text) - a.body_start for a in articles], dtype=np.int64)
    occurrence_passage: list[int] = []
    occurrence_doc: list[int] = []
    occurrence_start: list[int] = []
    occurrence_end: list[int] = []
    for number, passage in enumerate(passages):
        for occurrence in passage.occurrences:
            occurrence_passage.append(number)
            occurrence_doc.append(position[occurrence.document])
            occurrence_start.append(occurrence.start)
            occurrence_end.append(occurrence.end)
    rows = _pair_rows(len(articles), np.array(occurrence_passage, dtype=np.int64),
                      np.array(occurrence_doc, dtype=np.int64))
    if rows is None:
        return SparseSimilarity.empty(len(articles))
    row_occurrence, partner = rows
    doc = np.array(occurrence_doc, dtype=np.int64)[row_occurrence]
    begin = np.array(occurrence_start, dtype=np.int64)[row_occurrence]
    finish = np.array(occurrence_end, dtype=np.int64)[row_occurrence]
    # Union length of each (doc, partner) group's intervals, with array operations: sort by
    # (doc, partner, begin); each interval adds what reaches past the group's running finish.
    order = _order_of(doc, partner, begin, len(articles))
    doc, partner, begin, finish = doc[order], partner[order], begin[order], finish[order]
    new_group = np.ones(len(doc), dtype=bool)
    new_group[1:] = (doc[1:] != doc[:-1]) | (partner[1:] != partner[:-1])
    group = np.cumsum(new_group) - 1
    shift = group * (int(np.max(finish)) + 1)
    reach = np.maximum.accumulate(finish + shift) - shift
    previous = np.zeros(len(doc), dtype=np.int64)
    previous[1:] = reach[:-1]
    previous[new_group] = 0
    added = np.maximum(finish - np.maximum(begin, previous), 0)
    group_start = np.flatnonzero(new_group)
    covered = np.add.reduceat(added, group_start)
    g_doc, g_partner = doc[group_start], partner[group_start]
    # Both directions of a pair: (a, b) and (b, a) hold each side's characters.
    low, high = np.minimum(g_doc, g_partner), np.maximum(g_doc, g_partner)
    key = low * len(articles) + high
    key_order = np.argsort(key, kind="stable")
    key, covered, low, high = key[key_order], covered[key_order], low[key_order], high[key_order]
    first_of_key = np.ones(len(key), dtype=bool)
    first_of_key[1:] = key[1:] != key[:-1]
    starts_of_key = np.flatnonzero(first_of_key)
    total = np.add.reduceat(covered, starts_of_key)
    low, high = low[starts_of_key], high[starts_of_key]
    shorter = np.minimum(body[low], body[high])
    values = np.where(shorter > 0, np.minimum(1.0, total / 2 / np.maximum(shorter, 1)), 0.0)
    keep = values > 0
    return SparseSimilarity.from_pairs(len(articles), low[keep], high[keep], values[keep])


def _order_of(doc: np.ndarray, partner: np.ndarray, begin: np.ndarray,
              documents: int) -> np.ndarray:
    """The stable order of the rows by (doc, partner, begin): by one sort of the three packed
    into one key when they fit in 63 bits (three times faster than the lexsort it replaces,
    which is kept for the rest)."""
    if not len(doc) or documents * documents * (int(begin.max()) + 1) >= 1 << 63:
        return np.lexsort((begin, partner, doc))
    order: np.ndarray = np.argsort((doc * documents + partner) * (int(begin.max()) + 1) + begin,
                                   kind="stable")
    return order


def _pair_rows(documents: int, passage: np.ndarray, doc: np.ndarray
               ) -> tuple[np.ndarray, np.ndarray] | None:
    """For each occurrence (its passage's number and its document) and each document its
    passage relates it to, a row: the occurrence and the partner document. A passage relates
    every two of its documents, or, carried by more than CLIQUE_DOCUMENTS, its first HUBS
    documents (the hubs) to each other and to every other. None when no passage relates two
    documents. In array operations: no Python object per pair."""
    if not len(doc):
        return None
    # The passages' documents, each passage's in ascending order, and where each passage's
    # list starts.
    carried = unique_values(passage * documents + doc)
    carried_passage, carried_doc = carried // documents, carried % documents
    first = np.searchsorted(carried_passage, np.arange(int(passage.max()) + 2))
    count = (first[1:] - first[:-1])[passage]
    rank = np.searchsorted(carried, passage * documents + doc) - first[passage]
    # A hub, or any document of a small passage, is related to every other; the others of a
    # large passage to the hubs only.
    everyone = (count <= CLIQUE_DOCUMENTS) | (rank < HUBS)
    partners = np.where(everyone, count - 1, HUBS)
    total = int(partners.sum())
    if not total:
        return None
    occurrence = np.repeat(np.arange(len(doc), dtype=np.int64), partners)
    k = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(partners) - partners, partners)
    # (every other document: the k-th, skipping the occurrence's own)
    skip = everyone[occurrence] & (k >= rank[occurrence])
    partner = carried_doc[first[passage[occurrence]] + k + skip]
    return occurrence, partner


def _union_lengths(count: int, doc: np.ndarray, begin: np.ndarray,
                   finish: np.ndarray) -> list[int]:
    """For each of `count` documents, the length of the union of its intervals [begin,
    finish) (as Python ints)."""
    if not len(doc):
        return [0] * count
    order = np.lexsort((begin, doc))
    doc, begin, finish = doc[order], begin[order], finish[order]
    new_doc = np.ones(len(doc), dtype=bool)
    new_doc[1:] = doc[1:] != doc[:-1]
    # Each interval adds what reaches past the document's running finish so far.
    shift = (np.cumsum(new_doc) - 1) * (int(finish.max()) + 1)
    reach = np.maximum.accumulate(finish + shift) - shift
    previous = np.zeros(len(doc), dtype=np.int64)
    previous[1:] = reach[:-1]
    previous[new_doc] = 0
    added = np.maximum(finish - np.maximum(begin, previous), 0)
    totals = np.zeros(count, dtype=np.int64)
    np.add.at(totals, doc, added)
    return [int(total) for total in totals.tolist()]
