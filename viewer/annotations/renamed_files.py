"""Which article a note goes to by its own words when no article open has its source or file
name (its file renamed, moved or copied; or gone): of the articles no other note is on, the one
holding its quote where it was recorded with the whole of its stored context around it, else
the one holding its quote with that context elsewhere; else none, with a reason that says
which of these failed (an article other notes are on holding its words where they stood is
named). No Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from viewer.corpus import Article
from viewer.wording import quoted_some

from .article_index import ArticleIndex
from .locating import in_full_context, stands_where_recorded
from .model import Annotation

NOT_NAMED = "no article here has its source or file name"
NOWHERE = f"{NOT_NAMED}, and its quote with its context is in no other article"
"""The reason of a note whose words no article holds (`orphan_reasons` says more where its file
is gone)."""


@dataclass(frozen=True)
class ByItsWords:
    """The article a note's words place it in, or None and why."""

    article: Article | None
    reason: str = ""


def where_it_stood(annotation: Annotation, index: ArticleIndex,
                   among: Collection[Article] | None = None) -> Article | None:
    """The one article open (of `among`, where given) holding the note's quote at its
    recorded place with the whole of its stored context: its file renamed or copied with its
    words unchanged -- or another outlet's reprint of the same page, which holds them there
    too: the callers ask only of articles no other note is on, or of its own file name."""
    candidates = index.articles if among is None else among
    standing = [article for article in candidates if stands_where_recorded(
        article.text, annotation.exact, annotation.prefix, annotation.suffix, annotation.start)]
    return standing[0] if len(standing) == 1 else None


def by_its_words(annotation: Annotation, index: ArticleIndex, claimed: Collection[str]
                 ) -> ByItsWords:
    """The article `annotation` (no article open has its source or file name) belongs to by
    its words: of the articles no other note is on (`claimed`, by their source or file name),
    the one holding them where they stood, else the one holding them with their context.
    Outlets share passages, and a note on a deleted file is no note on another outlet's: two
    outlets' reprints of one page hold a sentence at the same place with the same words
    around it (a review: a note on a deleted AP file went, unsaid, to the other outlet's
    reprint that other notes were on). An article other notes are on is named in the reason,
    where its words stand as they stood: the user who renamed a file and annotated it since
    is told where they are (they said nothing of it before)."""
    holding = [article for article in index.articles if in_full_context(
        article.text, annotation.exact, annotation.prefix, annotation.suffix)]
    free = [article for article in holding if article.id not in claimed]
    here = where_it_stood(annotation, index, free)
    if here is not None:
        return ByItsWords(here)
    if len(free) == 1:
        return ByItsWords(free[0])
    if not holding:
        return ByItsWords(None, NOWHERE)
    stood = where_it_stood(annotation, index, holding)
    if stood is not None and stood.id in claimed:
        return ByItsWords(None, f"{NOT_NAMED}; its words stand where they stood in "
                                f"{_titles([stood])}, which other annotations are on (its file "
                                "renamed and annotated since, or another outlet's reprint): "
                                "not placed, to keep it off another outlet")
    if free:
        return ByItsWords(None, f"{NOT_NAMED}, and its quote with its context is in "
                                f"{len(free)} articles ({_titles(free)}), not where it stood "
                                "in any: not placed, to keep it off another outlet")
    return ByItsWords(None, f"{NOT_NAMED}, and its quote with its context is only in "
                            f"{_titles(holding)}, which other annotations are on, not where "
                            "it stood: not placed, to keep it off another outlet")


def _titles(articles: Sequence[Article]) -> str:
    return quoted_some([a.title or a.id for a in articles])
