"""An alignment result made ready for the views off the GUI thread: the rows, and the articles
shown as panes by default (those that share the most, neighbours sharing most); a result
restricted to the articles still open. Pure functions, no Qt. (The default panes are chosen by
`viewer.default_panes`.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.corpus import Article, Corpus
from viewer.default_panes import choose_default_panes
from viewer.highlights import assign_colours
from viewer.limits import DEFAULT_PANES
from viewer.passages import AlignmentResult, Passage
from viewer.rows import ArticleRow, PassageRow, article_rows, passage_rows
from viewer.similarity import SparseSimilarity

__all__ = ["PreparedResult", "choose_default_panes", "prepare_result", "restrict_result"]


@dataclass(frozen=True)
class PreparedResult:
    """An alignment result with the views' derived data, computed off the GUI thread."""

    result: AlignmentResult
    default_panes: tuple[str, ...]
    article_rows: tuple[ArticleRow, ...]
    passage_rows: tuple[PassageRow, ...]
    colours: dict[str, int] | None = None
    """`assign_colours(result)`: a pass over every passage, so not on the GUI thread either;
    the session then gives the passages still there their earlier colours
    (`viewer.colour_continuity`), in a job too."""


def prepare_result(articles: Sequence[Article], result: AlignmentResult,
                   pane_limit: int = DEFAULT_PANES) -> PreparedResult:
    """Everything `accept_result` needs that grows with the corpus (thread-safe, pure)."""
    corpus = Corpus(articles)
    result.build_indexes()
    return PreparedResult(
        result,
        choose_default_panes(corpus.ids, result, pane_limit),
        tuple(article_rows(corpus, result)),
        tuple(passage_rows(corpus, result)),
        assign_colours(result),
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
