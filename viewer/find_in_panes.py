"""Find in the articles shown as panes: the query, its hits in the panes' order, the current hit,
and stepping through them with wrap-around (Ctrl+F, F3). Qt-free and observable (`changed`):
the find bar and the panes subscribe; the workspace looks again whenever the panes change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from viewer.corpus import Article
from viewer.events import Signal
from viewer.rows import find_in_text


@dataclass(frozen=True)
class FindHit:
    document: str
    start: int
    end: int


class FindInPanes:
    """The find state of one window; `shown_articles()` gives the panes' articles in order."""

    def __init__(self, shown_articles: Callable[[], Sequence[Article]]) -> None:
        self.shown_articles = shown_articles
        self.query = ""
        self.hits: tuple[FindHit, ...] = ()
        self.index: int | None = None
        """The current hit's place in `hits`; None when there is none."""
        self.changed = Signal()
        """The query, its hits or the current hit changed."""

    def set_query(self, query: str) -> None:
        self.query = query
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        """Look for the query again in the panes shown now (the first hit current); nothing to
        do, unless `force`d, while there is neither a query nor a hit."""
        if not self.query and not self.hits and not force:
            return
        hits = []
        for article in self.shown_articles():
            hits += [FindHit(article.id, s, e)
                     for s, e in find_in_text(article.text, self.query, article.body_start)]
        self.hits = tuple(hits)
        self.index = 0 if hits else None
        self.changed.emit()

    def step(self, direction: int) -> FindHit | None:
        """Move to the next (direction > 0) or previous hit, wrapping; the new current hit."""
        if not self.hits:
            return None
        index = -1 if self.index is None else self.index
        if self.index is None and direction < 0:
            index = 0
        self.index = (index + (1 if direction > 0 else -1)) % len(self.hits)
        self.changed.emit()
        return self.hits[self.index]

    @property
    def current(self) -> FindHit | None:
        return None if self.index is None else self.hits[self.index]

    def hits_in(self, article_id: str) -> list[tuple[int, int]]:
        return [(h.start, h.end) for h in self.hits if h.document == article_id]
