"""The article model: one `Article` per loaded text and the ordered `Corpus` that holds them.

`Article.text` is the full decoded text (newlines normalised to "\\n", no BOM). Every offset in
Parallax -- passages, annotations, the `align --json` contract -- indexes this string in Unicode
code points. A metadata header at the top of the file (front matter, `title:` lines, a leading
`date YYYY-MM-DD` token) stays in `text` so offsets match the file, and is hidden from views by
`body_start`: views show `text[body_start:]`.

`LoadReport` (what a load produced) lives here rather than in `viewer.loading` so that the
window can receive one from another process without importing the loader and its parsers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path


@dataclass(frozen=True)
class Article:
    """One article as loaded: its text and what is known about where it came from."""

    id: str
    text: str
    title: str
    path: Path | None = None
    source: str | None = None
    """The outlet or site, only when the file says so; never guessed."""
    date: str | None = None
    """ISO date `YYYY-MM-DD` when known."""
    url: str | None = None
    author: str | None = None
    body_start: int = 0
    """Offset in `text` where the body begins, after any metadata header."""
    published: str | None = None
    """The publication time as the file or page stated it (maybe with time and zone; see
    `viewer.provenance`); `date` is its day."""

    @property
    def body(self) -> str:
        return self.text[self.body_start :]

    @cached_property
    def word_count(self) -> int:
        """Words in the body (`viewer.normalize.count_words`: each character of Chinese,
        Japanese, Thai ... is one); counted once (see `prepare_list_facts`)."""
        from viewer.normalize import count_words

        return count_words(self.body)

    @cached_property
    def published_key(self) -> float | None:
        """The earliest instant the stated publication time allows (POSIX seconds), to sort
        the article list by; None when undated. Parsed once (see `prepare_list_facts`)."""
        from viewer.published_time import parse_published

        published = parse_published(self.published or self.date)
        return published.earliest.timestamp() if published else None


def prepare_list_facts(articles: Iterable[Article]) -> None:
    """Count the words of `articles` and parse their publication times now. A load job does,
    off the GUI thread: for 20,000 articles that is most of a second, and the article list
    shows the counts and sorts by the times as soon as the articles arrive."""
    for article in articles:
        _ = article.word_count, article.published_key


@dataclass(frozen=True)
class LoadProblem:
    """A file or folder that could not be used, and why (one line, for stderr or a notice)."""

    path: Path
    reason: str

    def __str__(self) -> str:
        from viewer.printable import printable

        return f"{printable(self.path)}: {self.reason}"


@dataclass(frozen=True)
class LoadReport:
    """What a load produced: the usable articles in order, one problem per unusable input, and
    one note per file that loaded but holds something the user should know (said as a problem
    is, "file: what")."""

    articles: tuple[Article, ...]
    problems: tuple[LoadProblem, ...]
    notes: tuple[LoadProblem, ...] = ()


class Corpus:
    """An ordered collection of articles with unique ids."""

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self._articles: dict[str, Article] = {}
        for article in articles:
            self.add(article)

    def add(self, article: Article) -> Article:
        """Add `article`; if its id is taken, it is stored under a suffixed id (returned)."""
        if article.id in self._articles:
            article = _with_id(article, self.unique_id(article.id))
        self._articles[article.id] = article
        return article

    def unique_id(self, wanted: str) -> str:
        """`wanted`, or `wanted-2`, `wanted-3`, ... whichever is not yet used."""
        if wanted not in self._articles:
            return wanted
        n = 2
        while f"{wanted}-{n}" in self._articles:
            n += 1
        return f"{wanted}-{n}"

    def replace(self, article: Article) -> None:
        """Put `article` in place of the one with its id, keeping its position (KeyError if
        there is none)."""
        if article.id not in self._articles:
            raise KeyError(article.id)
        self._articles[article.id] = article

    def remove(self, article_id: str) -> Article:
        return self._articles.pop(article_id)

    def get(self, article_id: str) -> Article:
        return self._articles[article_id]

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._articles

    def __iter__(self) -> Iterator[Article]:
        return iter(list(self._articles.values()))

    def __len__(self) -> int:
        return len(self._articles)

    @property
    def ids(self) -> list[str]:
        return list(self._articles)

    @property
    def articles(self) -> tuple[Article, ...]:
        return tuple(self._articles.values())


def _with_id(article: Article, new_id: str) -> Article:
    from dataclasses import replace

    return replace(article, id=new_id)
