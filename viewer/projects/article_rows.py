"""The articles table's rows and `StoredArticle`s, both ways: what is written for an article
(text a UTF-8 file can hold, a path as bytes when its name is not UTF-8), and what is read back,
generous with what another tool wrote (a body start past the text, a text stored as bytes) and
saying what it cannot use (a text or title stored as a number, a text of bytes with no letter,
a publication time naming no date, an address no page or file has); and an article read back
with its provenance as edited (`with_provenance`). No Qt here.

SQLite turns a number written into a column declared TEXT into text before storing it, so a
file Parallax laid out holds no number where text belongs; one whose columns another tool
declared without a type (the layout check compares the columns' names) keeps what it is given.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from viewer.corpus import Article
from viewer.loading.headers import normalize_date
from viewer.loading.metadata_values import unused_values, usable_address, usable_published
from viewer.provenance import Provenance
from viewer.wording import one_line

from .files import ProjectError, storable

ORIGINS = ("file", "pasted", "imported")
"""How an article came into the project."""


@dataclass(frozen=True)
class StoredArticle:
    """An article as the project holds it: the text and provenance as read, and its origin."""

    article: Article
    origin: str
    added: str


OTHER_TEXT_COLUMNS = ("title", "path", "outlet", "URL", "author", "publication time",
                      "origin", "time added")
"""The row's text columns besides the id and the text, as a message names them (in the order
`stored_article` reads them)."""


def stored_article(row: Sequence[object], where: str, problems: list[str]
                   ) -> StoredArticle | None:
    """The article of one `articles` row (id, title, text, path, outlet, url, author,
    published, origin, body_start, added); raises ProjectError for a row with no text at all.
    What is odd in it is said once in `problems` (the articles are read again on each
    look-up). A text stored as bytes is read as UTF-8 (said if some are not UTF-8): it made
    the whole project "damaged" (found by the fault matrix). A row whose id or text is
    stored as a number is no article Parallax stored: None, said (it too made the whole
    project "damaged", a reviewer's). Another text column stored as a number is not used,
    said (read as absent without a word, the title became the article's id). The row itself
    is left as it is."""
    (article_id, title, text, path, outlet, url, author, published, origin, body_start,
     added) = row
    if _is_number(article_id) or _is_number(text):
        field = "id" if _is_number(article_id) else "text"
        _say_once(problems, f"{where}: article {str(article_id)[:60]!r} skipped: its {field} "
                            "is stored as a number, not text")
        return None
    numbers = [name for name, value in zip(OTHER_TEXT_COLUMNS, (
        title, path, outlet, url, author, published, origin, added), strict=True)
        if _is_number(value)]
    if numbers and isinstance(article_id, str):
        listed = (", ".join(numbers[:-1]) + " and " + numbers[-1] if len(numbers) > 1
                  else numbers[0])
        stored = "are stored as numbers" if len(numbers) > 1 else "is stored as a number"
        _say_once(problems, f"{where}: article {article_id[:60]!r}: its {listed} {stored}, "
                            "not text; not used")
    if isinstance(article_id, str) and isinstance(text, bytes):
        text, clean = _decoded(text)
        if text.strip() and not has_letter(text):
            # (bytes that hold text are read; these hold none -- NULs, a number's digits
            # -- and opened as an article titled by its id, without a word: tester60 #15)
            _say_once(problems, f"{where}: article {article_id[:60]!r} skipped: its text is "
                                f"stored as bytes with no letter in any script "
                                f"({one_line(repr(text[:40]), 50)}): no article's text")
            return None
        if not clean:
            _say_once(problems, f"{where}: article {article_id[:60]!r}: its text is stored as "
                                "bytes, read as UTF-8; bytes that are not UTF-8 are shown as "
                                "replacement marks")
    if not (isinstance(article_id, str) and isinstance(text, str)):
        raise ProjectError(where, "is damaged (an article without text)")
    start = body_start if isinstance(body_start, int) and 0 <= body_start <= len(text) else 0
    published_text, address = _text(published), _text(url)
    # (the loader keeps no other, and `storable_article` writes none: only a hand's edit
    # makes one, so a project Parallax saved opens without a word)
    for reason in unused_values(published_text, address):
        _say_once(problems, f"{where}: article {article_id[:60]!r}: {reason}")
    published_text, address = usable_published(published_text), usable_address(address)
    article = Article(
        id=article_id, text=text, title=_text(title) or article_id,
        path=read_path(path),
        source=_text(outlet), date=normalize_date(published_text), url=address,
        author=_text(author), body_start=start, published=published_text)
    return StoredArticle(article, origin if origin in ORIGINS else "file", _text(added) or "")


def stored_origin(origin: object, path: object, added: object) -> tuple[str, str | None, str]:
    """(origin, path, when added) of an article's row, read as `stored_article` reads them (a
    path stored as bytes is the file's name, not "b'...'"; a number in any of them is no
    text), for one article's details without reading every article's text."""
    found = read_path(path)
    return (origin if isinstance(origin, str) else "unknown",
            str(found) if found is not None else None, _text(added) or "")


def storable_article(article: Article) -> Article:
    """`article` with every text a UTF-8 file can hold (lone surrogates replaced), and only a
    publication time and an address the project's reader uses (`viewer.loading.metadata_values`)."""
    def clean(value: str | None) -> str | None:
        return storable(value) if value is not None else None

    # (a publication time or an address the reader would not use is not written: the loader
    # leaves them with a note, and one stored would be said again at every opening)
    return replace(article, id=storable(article.id), title=storable(article.title),
                   text=storable(article.text), source=clean(article.source),
                   url=clean(usable_address(article.url)), author=clean(article.author),
                   published=clean(usable_published(article.published)))


def stored_path(path: Path | None) -> str | bytes | None:
    """The original file's path; as its bytes when the name is not valid UTF-8 (a file name
    from another system), so it stays exact."""
    if path is None:
        return None
    text = str(path)
    return os.fsencode(text) if storable(text) != text else text


def stored_as_other_than_text(fields: Iterable[tuple[str, object]]) -> str | None:
    """What the first of `fields` (name, value) that is not text is stored as, for a message
    ("its URL is stored as a number, not text"); None when all are text."""
    for name, value in fields:
        if not isinstance(value, str):
            what = ("a number" if _is_number(value) else "bytes" if isinstance(value, bytes)
                    else "nothing")
            return f"its {name} is stored as {what}, not text"
    return None


def has_letter(text: str) -> bool:
    """Does `text` hold a letter of any script? Bytes in the text column (which Parallax never
    writes there) holding none -- NULs, a number's digits -- are no article's text. (A number
    written into the column SQLite keeps as the text "12345", as Parallax keeps a pasted
    "12345": that one is read, as any text Parallax stored.)"""
    return any(character.isalpha() for character in text)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float))


def _say_once(problems: list[str], line: str) -> None:
    if line not in problems:
        problems.append(line)


def _decoded(raw: bytes) -> tuple[str, bool]:
    """The bytes as text, and whether they were valid UTF-8 (else with U+FFFD in place)."""
    try:
        return raw.decode("utf-8"), True
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace"), False


def read_path(value: object) -> Path | None:
    if isinstance(value, bytes) and value and b"\x00" not in value:
        return Path(os.fsdecode(value))
    # (a NUL byte: no file can have that name, and every call naming it would raise)
    return Path(value) if isinstance(value, str) and value and "\x00" not in value else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def with_provenance(article: Article, provenance: Provenance) -> Article:
    """`article` with `provenance`'s title (a blank one keeps the article's), outlet, URL,
    author and publication time (and the date it gives)."""
    return replace(article, title=provenance.title or article.title,
                   source=provenance.outlet, url=provenance.url,
                   author=provenance.author, published=provenance.published,
                   date=normalize_date(provenance.published))
