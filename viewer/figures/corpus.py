"""Figures of a set of articles: each article's mentions, grouped into quantity rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.cancel import CancelToken, ProgressCallback
from viewer.corpus import Article
from viewer.figures.events import Events, joined_by_figures
from viewer.figures.extraction import Mention, extract_mentions
from viewer.figures.grouping import Quantity, group_mentions


@dataclass(frozen=True)
class CorpusFigures:
    """The quantity rows of a set of articles, and the events they were compared within."""

    quantities: list[Quantity]
    events: Events | None
    """The events the caller gave, those that give the same distinctive count joined
    (`viewer.figures.events.joined_by_figures`); None: all articles report one event."""


def article_mentions(article: Article) -> list[Mention]:
    """The figures in one article's body, offsets into its full text."""
    return extract_mentions(article.id, article.text, article.body_start)


def corpus_figures(articles: Sequence[Article], token: CancelToken | None = None,
                   progress: ProgressCallback | None = None,
                   events: Events | None = None) -> CorpusFigures:
    """The quantity rows across `articles`, most widely reported first, and their events.

    With `token`, stops between articles once it is cancelled (raises `Cancelled`); `progress`
    hears the share of articles read. `events` says which articles report the same event
    (`viewer.figures.events.events_of_result`): figures are compared only within one, once
    the events that give the same distinctive count are joined. None: all articles report one
    event.
    """
    mentions: list[Mention] = []
    for done, article in enumerate(articles, start=1):
        if token is not None:
            token.raise_if_cancelled()
        mentions += article_mentions(article)
        if progress is not None:
            progress(done / len(articles))
    if events is not None:
        events = joined_by_figures(events, mentions)
    return CorpusFigures(group_mentions(mentions, [article.id for article in articles], events),
                         events)


def find_figures(articles: Sequence[Article], token: CancelToken | None = None,
                 progress: ProgressCallback | None = None,
                 events: Events | None = None) -> list[Quantity]:
    """The quantity rows of `corpus_figures`."""
    return corpus_figures(articles, token, progress, events).quantities
