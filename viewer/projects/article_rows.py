"""The articles table's rows and `StoredArticle`s, both ways: what is written for an article
(text a UTF-8 file can hold, a path as bytes when its name is not UTF-8), and what is read back,
generous with what another tool wrote (SQLite keeps any type in any column: a title that is a
number, a body start past the text, a text stored as bytes). No Qt here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from viewer.corpus import Article
from viewer.loading.headers import normalize_date

from .files import ProjectError, storable

ORIGINS = ("file", "pasted", "imported")
"""How an article came into the project."""


@dataclass(frozen=True)
class StoredArticle:
    """An article as the project holds it: the text and provenance as read, and its origin."""

    article: Article
    origin: str
    added: str


def stored_article(row: Sequence[object], where: str, said: set[str],
                   problems: list[str]) -> StoredArticle:
    """The article of one `articles` row (id, title, text, path, outlet, url, author,
    published, origin, body_start, added); raises ProjectError for a row with no text at all.
    A text stored as bytes is read as UTF-8 (if some are not UTF-8, said once in `problems`;
    `said` holds the ids said): it made the whole project "damaged" (found by the fault
    matrix). The row itself is
    left as it is."""
    (article_id, title, text, path, outlet, url, author, published, origin, body_start,
     added) = row
    if isinstance(article_id, str) and isinstance(text, bytes):
        text, clean = _decoded(text)
        if not clean and article_id not in said:
            said.add(article_id)
            problems.append(f"{where}: article {article_id[:60]!r}: its text is stored as "
                            "bytes, read as UTF-8; bytes that are not UTF-8 are shown as "
                            "replacement marks")
    if not (isinstance(article_id, str) and isinstance(text, str)):
        raise ProjectError(where, "is damaged (an article without text)")
    start = body_start if isinstance(body_start, int) and 0 <= body_start <= len(text) else 0
    published_text = _text(published)
    article = Article(
        id=article_id, text=text, title=_text(title) or article_id,
        path=_read_path(path),
        source=_text(outlet), date=normalize_date(published_text), url=_text(url),
        author=_text(author), body_start=start, published=published_text)
    return StoredArticle(article, origin if origin in ORIGINS else "file", _text(added) or "")


def storable_article(article: Article) -> Article:
    """`article` with every text a UTF-8 file can hold (lone surrogates replaced)."""
    def clean(value: str | None) -> str | None:
        return storable(value) if value is not None else None

    return replace(article, id=storable(article.id), title=storable(article.title),
                   text=storable(article.text), source=clean(article.source),
                   url=clean(article.url), author=clean(article.author),
                   published=clean(article.published))


def stored_path(path: Path | None) -> str | bytes | None:
    """The original file's path; as its bytes when the name is not valid UTF-8 (a file name
    from another system), so it stays exact."""
    if path is None:
        return None
    text = str(path)
    return os.fsencode(text) if storable(text) != text else text


def _decoded(raw: bytes) -> tuple[str, bool]:
    """The bytes as text, and whether they were valid UTF-8 (else with U+FFFD in place)."""
    try:
        return raw.decode("utf-8"), True
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace"), False


def _read_path(value: object) -> Path | None:
    if isinstance(value, bytes) and value and b"\x00" not in value:
        return Path(os.fsdecode(value))
    # (a NUL byte: no file can have that name, and every call naming it would raise)
    return Path(value) if isinstance(value, str) and value and "\x00" not in value else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
