"""An alignment result made ready for the views off the GUI thread: the rows, and the articles
shown as panes by default (those that share the most, neighbours sharing most); a result
restricted to the articles still open. Pure functions, no Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.corpus import Article, Corpus
from viewer.limits import DEFAULT_PANES
from viewer.passages import AlignmentResult, Passage
from viewer.rows import ArticleRow, PassageRow, article_rows, passage_rows
from viewer.similarity import SparseSimilarity


@dataclass(frozen=True)
class PreparedResult:
    """An alignment result with the views' derived data, computed off the GUI thread."""

    result: AlignmentResult
    default_panes: tuple[str, ...]
    article_rows: tuple[ArticleRow, ...]
    passage_rows: tuple[PassageRow, ...]


def prepare_result(articles: Sequence[Article], result: AlignmentResult,
                   pane_limit: int = DEFAULT_PANES) -> PreparedResult:
    """Everything `accept_result` needs that grows with the corpus (thread-safe, pure)."""
    corpus = Corpus(articles)
    return PreparedResult(
        result,
        choose_default_panes(corpus.ids, result, pane_limit),
        tuple(article_rows(corpus, result)),
        tuple(passage_rows(corpus, result)),
    )


def restrict_result(result: AlignmentResult, keep_ids: Sequence[str]) -> AlignmentResult:
    """`result` without the documents not in `keep_ids`; passages left in one document vanish."""
    keep = set(keep_ids)
    passages = []
    for passage in result.passages:
        occurrences = tuple(o for o in passage.occurrences if o.document in keep)
        if len({o.document for o in occurrences}) >= 2:
            passages.append(Passage(passage.id, occurrences, passage.consensus))
    indices = [i for i, d in enumerate(result.document_ids) if d in keep]
    similarity = SparseSimilarity.empty(len(indices))
    if len(result.similarity) == len(result.document_ids):
        similarity = result.similarity.restricted(indices)
    return AlignmentResult(
        document_ids=tuple(result.document_ids[i] for i in indices),
        passages=tuple(passages),
        coverage={d: c for d, c in result.coverage.items() if d in keep},
        similarity=similarity,
    )


def affinities(ids: Sequence[str], result: AlignmentResult) -> dict[int, dict[int, float]]:
    """How much pairs of documents share, in `ids` positions, only pairs sharing something:
    the engine's sparse similarity when it gave one, else the characters of the passages both
    carry. No N x N structure is ever built."""
    index = {d: i for i, d in enumerate(ids)}
    weights: dict[int, dict[int, float]] = {}

    def add(a: int, b: int, value: float) -> None:
        if a != b and value > 0:
            weights.setdefault(a, {})[b] = weights.get(a, {}).get(b, 0.0) + value

    similarity = result.similarity
    if len(similarity) == len(result.document_ids) and result.document_ids:
        position = [index.get(d) for d in result.document_ids]
        for i, j, value in zip(similarity.first.tolist(), similarity.second.tolist(),
                               similarity.values.tolist(), strict=True):
            a, b = position[i], position[j]
            if a is not None and b is not None:
                add(a, b, value)
                add(b, a, value)
        return weights
    for passage in result.passages:
        docs = [index[d] for d in passage.document_ids if d in index]
        length = max(o.end - o.start for o in passage.occurrences)
        for a in docs:
            for b in docs:
                add(a, b, length)
    return weights


def choose_default_panes(
    ids: Sequence[str], result: AlignmentResult, limit: int = DEFAULT_PANES
) -> tuple[str, ...]:
    """The articles that share the most, ordered so that neighbours share as much as possible.

    Starts from the most similar pair and greedily adds the article sharing most with those
    chosen; only articles that share something are picked (at least two panes are shown, in
    corpus order when nothing is shared). The chosen articles are then chained: each next to the
    one it shares most with, so the link maps between adjacent panes carry as many bands as
    they can. Works on the sparse affinities: time grows with the pairs that share something.
    """
    ids = list(ids)
    if len(ids) <= 1:
        return tuple(ids)
    weights = affinities(ids, result)

    def weight(a: int, b: int) -> float:
        return weights.get(a, {}).get(b, 0.0)

    best_pair = max(((value, -a, -b) for a, row in weights.items() for b, value in row.items()),
                    default=None)
    if best_pair is None:
        return tuple(ids[:limit])
    chosen = sorted((-best_pair[1], -best_pair[2]))
    while len(chosen) < limit:
        gains: dict[int, float] = {}
        for c in chosen:
            for other, value in weights.get(c, {}).items():
                if other not in chosen:
                    gains[other] = gains.get(other, 0.0) + value
        if not gains:
            break
        gain, negative = max((value, -c) for c, value in gains.items())
        if gain <= 0:
            break
        chosen.append(-negative)
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
