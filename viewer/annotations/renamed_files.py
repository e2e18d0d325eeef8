"""Which article a note goes to by its own words when no article open has its source or file
name (its file renamed, moved or copied; or gone): the article holding its quote where it was
recorded, with the whole of its stored context around it -- its file's words unchanged under
another name -- whatever other notes are on it; else the one article holding its quote with
that context elsewhere that no other note is on; else none, with a reason that says which of
these failed. No Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from viewer.corpus import Article
from viewer.wording import one_line

from .article_index import ArticleIndex
from .locating import in_full_context, stands_where_recorded
from .model import Annotation

TITLES_NAMED = 3
"""Articles named in the reason of a note left orphaned."""
NOT_NAMED = "no article here has its source or file name"
NOWHERE = f"{NOT_NAMED}, and its quote with its context is in no other article"
"""The reason of a note whose words no article holds (`orphan_reasons` says more where its file
is gone)."""


@dataclass(frozen=True)
class ByItsWords:
    """The article a note's words place it in, or None and why."""

    article: Article | None
    reason: str = ""


def where_it_stood(annotation: Annotation, index: ArticleIndex) -> Article | None:
    """The one article open holding the note's quote at its recorded place with the whole of
    its stored context: the file it was made on, renamed or copied with its words unchanged.
    Another outlet carrying the passage holds it at another place in another page, so this is
    no guess; two articles holding it there are left to the search below, which tells them
    apart or orphans the note, as before."""
    standing = [article for article in index.articles if stands_where_recorded(
        article.text, annotation.exact, annotation.prefix, annotation.suffix, annotation.start)]
    return standing[0] if len(standing) == 1 else None


def by_its_words(annotation: Annotation, index: ArticleIndex, claimed: Collection[str]
                 ) -> ByItsWords:
    """The article `annotation` (no article open has its source or file name) belongs to by
    its words. Where it stood first: an article other notes are on (`claimed`, by their
    source or file name) is no reason to pass that by -- the renamed file annotated since, or
    the copy of it annotated beside it, orphaned the note with a reason saying its words were
    in no other article, though they stood in the file open (a tester's report). Elsewhere
    in an article, only where one article no other note is on holds them with their context:
    outlets share passages, and a note on a deleted file is no note on another outlet's."""
    here = where_it_stood(annotation, index)
    if here is not None:
        return ByItsWords(here)
    holding = [article for article in index.articles if in_full_context(
        article.text, annotation.exact, annotation.prefix, annotation.suffix)]
    free = [article for article in holding if article.id not in claimed]
    if len(free) == 1:
        return ByItsWords(free[0])
    if not holding:
        return ByItsWords(None, NOWHERE)
    if free:
        return ByItsWords(None, f"{NOT_NAMED}, and its quote with its context is in "
                                f"{len(free)} articles ({_titles(free)}), not where it stood "
                                "in any: not placed, to keep it off another outlet")
    return ByItsWords(None, f"{NOT_NAMED}, and its quote with its context is only in "
                            f"{_titles(holding)}, which other annotations are on, not where "
                            "it stood: not placed, to keep it off another outlet")


def _titles(articles: Sequence[Article]) -> str:
    named = ", ".join(f"\u201c{one_line(a.title or a.id, 60)}\u201d"
                      for a in articles[:TITLES_NAMED])
    more = len(articles) - TITLES_NAMED
    return named + (f" and {more} more" if more > 0 else "")
