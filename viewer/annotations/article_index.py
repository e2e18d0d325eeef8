"""Look-up tables over a corpus (by id, source, file name), built once to resolve many annotations.

No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from viewer.corpus import Article

from .model import article_source


class ArticleIndex:
    """Look-up tables over a corpus, built once for resolving many annotations."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self.articles: tuple[Article, ...] = tuple(articles)
        self.by_id: dict[str, Article] = {a.id: a for a in self.articles}
        self.by_source: dict[str, Article] = {}
        self.by_file_name: dict[str, list[Article]] = {}
        for article in self.articles:
            if article.url:
                self.by_source.setdefault(article.url, article)
            if article.path is not None:
                path = Path(article.path)
                self.by_source.setdefault(path.resolve().as_uri(), article)
                self.by_file_name.setdefault(path.name, []).append(article)
            self.by_source.setdefault(article_source(article), article)
        # Resolving a path touches the file system: do it once per article, not per annotation.
        self.source_of: dict[str, str] = {a.id: article_source(a) for a in self.articles}
