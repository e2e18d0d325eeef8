"""Turn files and folders into `Article`s; every file that cannot be used is one problem line.

`load_paths` never raises for bad input: every file it cannot use becomes one `LoadProblem`
naming the file and the reason, and the rest load. No Qt here; the window and the command line
both call this package. Its modules, one job each: `files` (which files a path stands for,
special files, the size limit, the bytes), `decoding` (bytes to text), `data_files` (JSON where
an article should be), `headers` (metadata header, title), `date_lines` (dates), `pages` (web
pages), `markup_text` (a text file holding a page's or XML markup, said in a note), `unusable` (the
refusal).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Iterator, Sequence
from dataclasses import fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from viewer.corpus import Article, LoadProblem, LoadReport
from viewer.loading.data_files import refuse_json_data, refuse_parallax_tables
from viewer.loading.decoding import decode, normalize_newlines
from viewer.loading.files import (
    HTML_SUFFIXES,
    MAX_FILE_BYTES,
    TEXT_SUFFIXES,
    FileTooLarge,
    FoundFile,
    expand,
    read_bytes,
)
from viewer.loading.headers import (
    GIVEN_TITLE_MAX_CHARS,
    clean_title,
    infer_title,
    normalize_date,
    opening_date,
    parse_metadata_header,
)
from viewer.loading.markup_text import markup_note, markup_title
from viewer.loading.metadata_values import (
    unused_header_values,
    usable_address,
    usable_published,
)
from viewer.loading.unusable import UnusableFile
from viewer.printable import printable

if TYPE_CHECKING:
    from viewer.workers import ChunkMapper


def load_paths(
    paths: Sequence[Path | str],
    *,
    taken_ids: Collection[str] = (),
    max_bytes: int = MAX_FILE_BYTES,
    mapper: ChunkMapper | None = None,
) -> LoadReport:
    """Load files and folders (a folder: its article files, sorted by name, not recursive).

    Ids are file stems made unique (`name-2`, `name-3`, ...) against each other and `taken_ids`.
    The same file named twice (directly, or through a folder) is loaded once. With a `mapper`
    (`viewer.workers`), a large folder's files are read by its workers.
    """
    articles: list[Article] = []
    problems: list[LoadProblem] = []
    notes: list[LoadProblem] = []
    used_ids = set(taken_ids)
    seen_files: set[str] = set()

    for raw_path in paths:
        path = Path(raw_path)
        files, found_problems = expand(path)
        # One list in name order, as the files are: a folder's FIFO is found while listing it,
        # a binary file only when read, and the user reads the lines against the folder.
        path_problems = list(found_problems)
        for key, file_path, loaded in _loaded(files, max_bytes, seen_files, mapper):
            if key in seen_files:
                continue
            seen_files.add(key)
            if isinstance(loaded, str):
                path_problems.append(LoadProblem(file_path, loaded))
                continue
            article = loaded
            article_id = unique_id(article.id, used_ids)
            used_ids.add(article_id)
            articles.append(_replace_id(article, article_id))
            note = _markup_as_text_note(file_path, article.text)
            if note is not None:
                notes.append(LoadProblem(file_path, note))
            notes.extend(LoadProblem(file_path, reason)
                         for reason in _unused_header_notes(file_path, article))
        problems.extend(sorted(path_problems, key=lambda problem: problem.path.name))
    return LoadReport(tuple(articles), tuple(problems), tuple(notes))


def _markup_as_text_note(path: Path, text: str) -> str | None:
    """The note on a file read as text (not by its `.html` name, whose page is extracted) that
    holds a page's or an XML document's markup: it loads as the plain text it is, tags shown,
    and the note says why."""
    return None if path.suffix.lower() in HTML_SUFFIXES else markup_note(text)


def _unused_header_notes(path: Path, article: Article) -> list[str]:
    """Why a date or an address the text file's header gives was left (`article_from_text`
    left it): said once, here, where the user can mend the file -- the project the article is
    saved in holds no such value to say it again at each opening."""
    if not article.body_start or path.suffix.lower() in HTML_SUFFIXES:
        return []
    return unused_header_values(parse_metadata_header(article.text)[0])


_PROJECT_SUFFIX = ".parallax"
_SQLITE_MAGIC = b"SQLite format 3\x00"
"""(`viewer.projects` names them too; the loader does not import the projects package.)"""


LOAD_CHUNK_FILES = 250
"""Files a worker reads at a time when a mapper loads a folder; folders of fewer than four chunks
are read here (forking would cost about what it saves)."""
Loaded = tuple[str, Path, Article | str]
"""A file's real path, its path as named, and its article or the reason it cannot be used."""


def _loaded(files: list[FoundFile], max_bytes: int, seen: set[str],
            mapper: ChunkMapper | None) -> Iterator[Loaded]:
    """Each file loaded, in order: here, skipping files already `seen` (the same file named
    twice), or by `mapper`'s workers a chunk at a time (the caller skips repeats)."""
    if mapper is None or len(files) < 4 * LOAD_CHUNK_FILES:
        for file_path, explicit, key in files:
            yield key, file_path, ("" if key in seen else _load_or_reason(file_path, explicit,
                                                                         max_bytes))
        return
    chunks = [files[k : k + LOAD_CHUNK_FILES] for k in range(0, len(files), LOAD_CHUNK_FILES)]
    for chunk, sent in zip(chunks, mapper.map(_load_chunk, max_bytes, chunks), strict=True):
        for (file_path, _, key), value in zip(chunk, sent, strict=True):
            yield key, file_path, (_received(value, file_path) if isinstance(value, tuple)
                                   else value)


_SENT_FIELDS = tuple(field.name for field in fields(Article) if field.name != "path")
"""What a worker sends of an article read from its file: all but the path, which the parent
has (plain values unpickle several times faster than a dataclass holding a `Path`: 0.02 s of
the parent's time at 5,000 articles)."""


Sent = tuple[Any, ...] | Article | str
"""A file's article as a worker sends it (`_SENT_FIELDS`), or as it is, or why not."""


def _load_chunk(max_bytes: int, files: list[FoundFile]) -> list[Sent]:
    sent: list[Sent] = []
    for file_path, explicit, _ in files:
        loaded = _load_or_reason(file_path, explicit, max_bytes)
        sent.append(tuple(getattr(loaded, name) for name in _SENT_FIELDS)
                    if isinstance(loaded, Article) and loaded.path == file_path else loaded)
    return sent


def _received(fields_sent: tuple[Any, ...], file_path: Path) -> Article:
    return Article(path=file_path, **dict(zip(_SENT_FIELDS, fields_sent, strict=True)))


def _load_or_reason(path: Path, explicit: bool, max_bytes: int) -> Article | str:
    try:
        return load_file(path, explicit=explicit, max_bytes=max_bytes)
    except UnusableFile as unusable:
        return str(unusable)


def load_sample_corpus() -> LoadReport:
    """The five bundled sample articles (found in a checkout or an installed wheel)."""
    from viewer.resources import seeds_dir  # (importlib.resources: only for the samples)

    return load_paths([seeds_dir()])


def load_file(path: Path, *, explicit: bool = True, max_bytes: int = MAX_FILE_BYTES) -> Article:
    """Load one file as an article; raises `UnusableFile` with the reason.

    `explicit` is True when the user named the file: then an unknown extension is tried as text.
    """
    try:
        raw = read_bytes(path, max_bytes)
    except FileTooLarge as too_large:
        _refuse_sqlite_file(path, too_large.head)  # (a project over the limit is a project)
        raise
    _refuse_sqlite_file(path, raw)
    suffix = path.suffix.lower()
    if suffix == _PROJECT_SUFFIX and not raw.startswith(_SQLITE_MAGIC):
        # A project is known by its content (`viewer.projects.is_project_file`), so one that
        # is not SQLite at all (a damaged copy, JSON saved under that name) came here: said
        # for what it is rather than read as a news text.
        raise UnusableFile("named like a Parallax project, but is not one (not an SQLite "
                           "database) nor an article")
    # A name that is not UTF-8, or holds control characters, gets an id that can be shown,
    # saved in an annotation file and printed (the path itself stays as it is).
    article_id = printable(path.stem)
    if suffix in HTML_SUFFIXES:
        # Imported here: the HTML reader (html.parser, logging) only when a page is loaded.
        from viewer.loading.pages import article_from_html

        return article_from_html(path, decode(raw, html_hint=True), article_id)
    if suffix not in TEXT_SUFFIXES and not explicit:
        raise UnusableFile("not an article file (.txt, .md, .html, .htm)")
    text = decode(raw)
    refuse_json_data(text)  # an annotation file or a result saved among the articles
    refuse_parallax_tables(text)  # a table the commands printed, or the Figures' export
    return article_from_text(article_id, text, path=path)


def _refuse_sqlite_file(path: Path, head: bytes) -> None:
    """Refuse an SQLite file (a project among other paths) saying what it is."""
    if head.startswith(_SQLITE_MAGIC):
        from viewer.loading.sqlite_files import sqlite_file_reason

        raise UnusableFile(sqlite_file_reason(path, head))


def article_from_text(article_id: str, text: str, *, path: Path | None = None) -> Article:
    """Build an article from decoded plain text: read its metadata header, infer a title.

    `text` is kept whole (offsets index it); the header is hidden through `body_start`.
    """
    text = normalize_newlines(text)
    if not text.strip():
        raise UnusableFile("empty file (nothing but whitespace)")
    fields, body_start = parse_metadata_header(text)
    body = text[body_start:]
    if not body.strip():
        raise UnusableFile("no article text after the metadata header")
    # (a date token with the body's first line after it on its line: "date 2023-06 Belo
    # Horizonte", where a few words are a label)
    beside_date = body_start > 0 and "\n" not in text[:body_start]
    title = clean_title(fields.get("title") or "", GIVEN_TITLE_MAX_CHARS)
    if not title:
        # (a page's or a feed's markup is titled by its <title>, or by the file, never by its
        # first line of markup: '<html lang="en">', '<?xml version="1.0" ...?>')
        marked_up = markup_title(body)
        title = (clean_title(marked_up, GIVEN_TITLE_MAX_CHARS) if marked_up is not None
                 else infer_title(body, beside_date=beside_date))
    title = title or article_id
    # ("Date: unknown" names no day and a "url: javascript:..." no page: both left, as a
    # project leaves them; `load_paths` says so in a note)
    published = usable_published(fields.get("date"))
    return Article(
        id=article_id,
        text=text,
        title=title,
        path=path,
        source=fields.get("source") or None,
        # (a saved page's own date line, where no header gives one)
        date=normalize_date(published) or opening_date(body),
        url=usable_address(fields.get("url")),
        author=fields.get("author") or None,
        body_start=body_start,
        published=published,
    )


def unique_id(wanted: str, used: Collection[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`... the first that is not in `used`."""
    if wanted not in used:
        return wanted
    n = 2
    while f"{wanted}-{n}" in used:
        n += 1
    return f"{wanted}-{n}"


def _replace_id(article: Article, article_id: str) -> Article:
    if article.id == article_id:
        return article
    from dataclasses import replace

    return replace(article, id=article_id)


def article_from_pasted_text(article_id: str, text: str, title: str = "") -> Article:
    """An article from text the user pasted (read as a file's text is), titled `title` when one
    is given. Raises `UnusableFile` (a one-line reason) for text no file could hold either."""
    # (a NUL has no place in text, and a text file holding one is read as binary data: the
    # pasted article, stored so, was refused at every later opening; a vertical tab or a form
    # feed is a word processor's line or page break)
    text = text.replace("\x00", "").replace("\x0b", "\n").replace("\x0c", "\n")
    article = article_from_text(article_id, text)
    return dataclasses.replace(article, title=title) if title else article
