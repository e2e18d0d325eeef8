"""Which articles the window shows first: the few that share the most, neighbours sharing most.

Works on the result's sparse similarity and asks it only about the handful of articles being
chosen: the best pair is one pass over its flat arrays, and each chosen article's neighbours are
looked up when it is chosen. No structure over all pairs is built (a dict of dicts of Python
floats over the 140,000 sharing pairs of 20,000 articles held ~60 MB and took most of a second).
A result without a similarity (a stand-in engine's) falls back to the characters of the passages
two articles both carry, which is bounded by the passages.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Sequence

from viewer.limits import DEFAULT_PANES
from viewer.passages import AlignmentResult


class _Affinity:
    """How much articles share, in positions of the caller's `ids`."""

    def best_pairs(self, count: int) -> list[tuple[int, int]]:
        """The `count` pairs sharing the most, best first (ties: lowest positions), each lower
        position first."""
        raise NotImplementedError

    def neighbours(self, a: int) -> dict[int, float]:
        """Every article sharing something with `a`, and how much."""
        raise NotImplementedError


class _SimilarityAffinity(_Affinity):
    """The engine's sparse similarity, indexed through the result's document order."""

    def __init__(self, ids: Sequence[str], result: AlignmentResult) -> None:
        index = {d: i for i, d in enumerate(ids)}
        self._similarity = result.similarity
        self._position = [index.get(d) for d in result.document_ids]
        self._slot = {i: r for r, i in enumerate(self._position) if i is not None}
        self._cache: dict[int, dict[int, float]] = {}

    def best_pairs(self, count: int) -> list[tuple[int, int]]:
        similarity, position = self._similarity, self._position
        best: list[tuple[float, int, int]] = []  # a min-heap of the best `count`
        for i, j, value in zip(similarity.first, similarity.second, similarity.values,
                               strict=True):
            if len(best) == count and value < best[0][0]:
                continue
            a, b = position[i], position[j]
            if a is None or b is None or a == b or value <= 0:
                continue
            low, high = (a, b) if a < b else (b, a)
            key = (value, -low, -high)
            if len(best) < count:
                heapq.heappush(best, key)
            elif key > best[0]:
                heapq.heapreplace(best, key)
        return [(-low, -high) for _value, low, high in sorted(set(best), reverse=True)]

    def neighbours(self, a: int) -> dict[int, float]:
        cached = self._cache.get(a)
        if cached is None:
            cached = {}
            slot = self._slot.get(a)
            if slot is not None:
                for j, value in self._similarity.neighbours(slot).items():
                    b = self._position[j]
                    if b is not None and b != a and value > 0:
                        cached[b] = value
            self._cache[a] = cached
        return cached


class _PassageAffinity(_Affinity):
    """No similarity from the engine: the characters of the passages both articles carry."""

    def __init__(self, ids: Sequence[str], result: AlignmentResult) -> None:
        index = {d: i for i, d in enumerate(ids)}
        self._weights: dict[int, dict[int, float]] = {}
        for passage in result.passages:
            docs = [index[d] for d in passage.document_ids if d in index]
            length = max(o.end - o.start for o in passage.occurrences)
            for a in docs:
                for b in docs:
                    if a != b and length > 0:
                        row = self._weights.setdefault(a, {})
                        row[b] = row.get(b, 0.0) + length

    def best_pairs(self, count: int) -> list[tuple[int, int]]:
        keys = {(value, -min(a, b), -max(a, b)) for a, row in self._weights.items()
                for b, value in row.items()}
        return [(-low, -high) for _value, low, high in heapq.nlargest(count, keys)]

    def neighbours(self, a: int) -> dict[int, float]:
        return self._weights.get(a, {})


def _affinity(ids: Sequence[str], result: AlignmentResult) -> _Affinity:
    if len(result.similarity) == len(result.document_ids) and result.document_ids:
        return _SimilarityAffinity(ids, result)
    return _PassageAffinity(ids, result)


def choose_default_panes(
    ids: Sequence[str], result: AlignmentResult, limit: int = DEFAULT_PANES
) -> tuple[str, ...]:
    """The articles that share the most, ordered so that neighbours share as much as possible.

    Grown from each of the START_PAIRS most similar pairs (greedily adding the article sharing
    most with those chosen), the choice whose articles share most among themselves; only
    articles that share something are picked (at least two panes are shown, in
    corpus order when nothing is shared). The chosen articles are then chained: each next to the
    one it shares most with, so the link maps between adjacent panes carry as many bands as
    they can.
    """
    ids = list(ids)
    if len(ids) <= 1:
        return tuple(ids)
    affinity = _affinity(ids, result)

    def weight(a: int, b: int) -> float:
        return affinity.neighbours(a).get(b, 0.0)

    starts = affinity.best_pairs(START_PAIRS)
    if not starts:
        return tuple(ids[:limit])

    def shared_within(chosen: list[int]) -> float:
        return sum(weight(a, b) for k, a in enumerate(chosen) for b in chosen[k + 1:])

    # (grown from each of the few best pairs, the articles sharing most among themselves: the
    # single best pair may be two reprints of one story that share nothing with the rest, and
    # the window showed those two, 100 characters a line, beside a group of five left unticked)
    grown = [_grown(affinity, list(start), limit) for start in starts]
    chosen = max(grown, key=lambda one: (shared_within(one), -grown.index(one)))
    chain = [chosen[0], chosen[1]]
    for _ in range(len(chosen) - 2):
        rest = [c for c in chosen if c not in chain]
        left = max(rest, key=lambda c: (weight(c, chain[0]), -c))
        right = max(rest, key=lambda c: (weight(c, chain[-1]), -c))
        if weight(right, chain[-1]) >= weight(left, chain[0]):
            chain.append(right)
        else:
            chain.insert(0, left)
    if chain[0] > chain[-1]:
        chain.reverse()
    return tuple(ids[i] for i in chain)


START_PAIRS = 5
"""How many of the best pairs the choice is grown from (`choose_default_panes`)."""


def _grown(affinity: _Affinity, chosen: list[int], limit: int) -> list[int]:
    """`chosen` (a pair) grown to `limit` articles at most: each time the article sharing most
    with those chosen."""
    while len(chosen) < limit:
        gains: dict[int, float] = {}
        for c in chosen:
            for other, value in affinity.neighbours(c).items():
                if other not in chosen:
                    gains[other] = gains.get(other, 0.0) + value
        gain, negative = max(((value, -c) for c, value in gains.items()), default=(0.0, 0))
        if gain <= 0:
            break  # (nothing more shared: another event's articles are not shown beside)
        chosen.append(-negative)
    return chosen


def widened_panes(shown: Sequence[str], carriers: Sequence[str], choice: Sequence[str],
                  limit: int, ids: Collection[str]) -> list[str]:
    """The panes for a wider room (`Workspace.widen_default_panes`): those `shown` first, then
    the other articles that carry the selected passage (`carriers`), then the wider room's
    default `choice`, up to `limit`; where the choice is another group than the panes shown,
    the choice alone, as if the window had opened this wide (never another event's articles
    beside the first panes)."""
    wanted = list(shown)
    if not set(shown) <= set(choice):
        wanted = []
        carriers = [article_id for article_id in carriers if article_id in choice]
    for article_id in (*carriers, *choice):
        if len(wanted) >= limit:
            break
        if article_id in ids and article_id not in wanted:
            wanted.append(article_id)
    return wanted
