"""One source's versions among the articles (a file whose text changed on disk and was added again
beside the first, a page saved twice: `viewer.article_sources`): the figures count each source
once, by its latest version, and say beside it what an earlier version gave instead.

A tester's "3 outlets agree" was one outlet twice: the earlier version's figures stood beside
the later's as a second outlet's, and a figure the outlet corrected ("11 killed", then "12")
was shown as two outlets disagreeing. A correction is news of its own, so it is said in the row
("changed from 11 in an earlier version"), never compared with other outlets. The latest version
is the last added, as the article list numbers versions (`viewer.file_versions`). No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from viewer.article_sources import source_key
from viewer.corpus import Article
from viewer.figures.extraction import Mention
from viewer.figures.money_rows import value_text


@dataclass(frozen=True)
class EarlierFigure:
    """A figure of an earlier version of an article, shown in its row but not counted."""

    mention: Mention
    latest: str
    """The id of its source's latest version, the article that is counted."""
    changed: bool
    """The latest version gives no such figure in the row: it changed it, or dropped it."""


def latest_versions(articles: Iterable[Article]) -> dict[str, str]:
    """Each earlier version's id -> the id of its source's latest version (the last of the
    source's articles in `articles`' order, the order they were added); an article alone of its
    source, or the latest of its, is not a key."""
    by_source: dict[str, list[str]] = {}
    for article in articles:
        key = source_key(article)
        if key is not None:
            by_source.setdefault(key, []).append(article.id)
    return {earlier: ids[-1] for ids in by_source.values() for earlier in ids[:-1]}


def set_aside_earlier(members: Sequence[Mention], latest_of: Mapping[str, str]
                      ) -> tuple[list[Mention], tuple[EarlierFigure, ...]]:
    """A row's `members` as the figures counted (those of latest versions and of articles
    alone of their source) and the earlier versions' figures, each said changed where its
    latest version gives no figure of its value in the row."""
    counted = [mention for mention in members if mention.document not in latest_of]
    given: dict[str, set[str]] = {}
    for mention in counted:
        given.setdefault(mention.document, set()).add(value_text(mention))
    earlier = tuple(
        EarlierFigure(mention, latest_of[mention.document],
                      value_text(mention) not in given.get(latest_of[mention.document], set()))
        for mention in members if mention.document in latest_of)
    return counted, earlier


def changed_from(earlier: Iterable[EarlierFigure], document: str) -> list[str]:
    """The figures earlier versions of `document` gave in a row that it does not, as shown
    ("11"), each once, in the order met."""
    return list(dict.fromkeys(value_text(figure.mention) for figure in earlier
                              if figure.latest == document and figure.changed))


def change_note(earlier: Iterable[EarlierFigure], document: str) -> str:
    """What a row says beside the latest version's figures where an earlier version gave others:
    "changed from 11 in an earlier version"; "" where none did."""
    values = changed_from(earlier, document)
    return f"changed from {' or '.join(values)} in an earlier version" if values else ""


def earlier_note(figures: Sequence[EarlierFigure], counted: Iterable[Mention]) -> str:
    """What a row says beside an earlier version's `figures` (of one article): that they are
    not counted, and what its latest version gives instead among the row's `counted` figures
    (none where it dropped them)."""
    if not any(figure.changed for figure in figures):
        return "earlier version, not counted: the latest gives the same"
    latest = figures[0].latest
    now = list(dict.fromkeys(value_text(mention) for mention in counted
                             if mention.document == latest))
    return f"earlier version, not counted: the latest gives {' or '.join(now) or 'none'}"
