"""Figures of a set of articles: each article's mentions (counts and amounts of money), grouped
into quantity rows, each source counted once, by its latest version (`versions`); links to
other stories in an article (`related_links`) are no part of it."""

from __future__ import annotations

from collections.abc import Sequence

from viewer.cancel import CancelToken, ProgressCallback
from viewer.corpus import Article
from viewer.figures.events import Events
from viewer.figures.extraction import Mention, extract_mentions
from viewer.figures.grouping import Quantity, group_mentions
from viewer.figures.money_mentions import money_mentions
from viewer.figures.related_links import without_related_links
from viewer.figures.versions import latest_versions


def article_mentions(article: Article) -> list[Mention]:
    """The figures in one article's body, counts and amounts of money, in text order, offsets
    into its full text."""
    text = without_related_links(article.text)  # (another story's headline: not its figures)
    counts = extract_mentions(article.id, text, article.body_start)
    amounts = money_mentions(article.id, text, article.body_start)
    return sorted([*counts, *amounts], key=lambda mention: mention.start)


def find_figures(articles: Sequence[Article], token: CancelToken | None = None,
                 progress: ProgressCallback | None = None,
                 events: Events | None = None) -> list[Quantity]:
    """The quantity rows across `articles`, most widely reported first.

    With `token`, stops between articles once it is cancelled (raises `Cancelled`); `progress`
    hears the share of articles read. `events` says which articles report the same event
    (`viewer.figures.events.events_of_result`): figures are compared only within one. None:
    all articles report one event. An earlier version of an article (one file's text added
    twice, one page saved twice) counts nowhere: its figures are shown beside its latest
    version's (`Quantity.earlier`).
    """
    mentions: list[Mention] = []
    for done, article in enumerate(articles, start=1):
        if token is not None:
            token.raise_if_cancelled()
        mentions += article_mentions(article)
        if progress is not None:
            progress(done / len(articles))
    return group_mentions(mentions, [article.id for article in articles], events,
                          latest_versions(articles))
