"""Turn files and folders into `Article`s: decoding, metadata headers, HTML extraction, problems.

`load_paths` never raises for bad input: every file it cannot use becomes one `LoadProblem`
naming the file and the reason, and the rest load. No Qt here; the window and the command line
both call this module.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import logging
import os
import re
import stat
import unicodedata
from collections.abc import Collection, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from viewer.corpus import Article, LoadProblem, LoadReport
from viewer.filesystem import special_file_kind
from viewer.printable import printable
from viewer.resources import seeds_dir

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Files larger than this are refused unread (20 MiB: far beyond any article, small enough
that decoding and the engine stay quick)."""

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
"""What a folder is searched for; other files in a folder are ignored."""

TITLE_MAX_CHARS = 100

EXTRACTION_MAX_CHARS = 5_000_000
"""Web pages longer than this skip trafilatura's article extraction for a plain tag strip."""

METADATA_KEYS = {
    "title": "title",
    "headline": "title",
    "source": "source",
    "outlet": "source",
    "publisher": "source",
    "site": "source",
    "url": "url",
    "link": "url",
    "date": "date",
    "published": "date",
    "author": "author",
    "byline": "author",
    # Written by `parallax fetch`; kept so the header stays a header (see viewer.provenance).
    "fetched": "fetched",
    "snapshot": "snapshot",
}
"""Header keys (lower case) and the Article field each one fills."""

# Keep third-party extraction chatter off the user's stderr: the one-line problem is enough.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


class UnusableFile(ValueError):
    """The file cannot become an article; the message is the one-line reason."""


# --------------------------------------------------------------------------------------------
# Public entry points


def load_paths(
    paths: Sequence[Path | str],
    *,
    taken_ids: Collection[str] = (),
    max_bytes: int = MAX_FILE_BYTES,
) -> LoadReport:
    """Load files and folders (a folder: its article files, sorted by name, not recursive).

    Ids are file stems made unique (`name-2`, `name-3`, ...) against each other and `taken_ids`.
    The same file named twice (directly, or through a folder) is loaded once.
    """
    articles: list[Article] = []
    problems: list[LoadProblem] = []
    used_ids = set(taken_ids)
    seen_files: set[str] = set()

    for raw_path in paths:
        path = Path(raw_path)
        files, found_problems = _expand(path)
        problems.extend(found_problems)
        for file_path, explicit in files:
            key = os.path.realpath(file_path)
            if key in seen_files:
                continue
            seen_files.add(key)
            try:
                article = load_file(file_path, explicit=explicit, max_bytes=max_bytes)
            except UnusableFile as unusable:
                problems.append(LoadProblem(file_path, str(unusable)))
                continue
            article_id = unique_id(article.id, used_ids)
            used_ids.add(article_id)
            articles.append(_replace_id(article, article_id))
    return LoadReport(tuple(articles), tuple(problems))


def load_sample_corpus() -> LoadReport:
    """The five bundled sample articles (found in a checkout or an installed wheel)."""
    return load_paths([seeds_dir()])


def load_file(path: Path, *, explicit: bool = True, max_bytes: int = MAX_FILE_BYTES) -> Article:
    """Load one file as an article; raises `UnusableFile` with the reason.

    `explicit` is True when the user named the file: then an unknown extension is tried as text.
    """
    raw = _read_bytes(path, max_bytes)
    suffix = path.suffix.lower()
    # A name that is not UTF-8, or holds control characters, gets an id that can be shown,
    # saved in an annotation file and printed (the path itself stays as it is).
    article_id = printable(path.stem)
    if suffix in HTML_SUFFIXES:
        return _article_from_html(path, _decode(raw, html_hint=True), article_id)
    if suffix not in TEXT_SUFFIXES and not explicit:
        raise UnusableFile("not an article file (.txt, .md, .html, .htm)")
    return article_from_text(article_id, _decode(raw), path=path)


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
    title = clean_title(fields.get("title") or "") or infer_title(body) or article_id
    return Article(
        id=article_id,
        text=text,
        title=title,
        path=path,
        source=fields.get("source") or None,
        date=normalize_date(fields.get("date")),
        url=fields.get("url") or None,
        author=fields.get("author") or None,
        body_start=body_start,
        published=fields.get("date") or None,
    )


# --------------------------------------------------------------------------------------------
# Paths and bytes


def _expand(path: Path) -> tuple[list[tuple[Path, bool]], list[LoadProblem]]:
    """The files a path stands for, each with whether the user named it, and the problems.

    In a folder, special files (FIFOs, devices, sockets) and symbolic links that lead out of
    the folder are skipped, each with a problem; a file the user names is opened wherever it is.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return [], [LoadProblem(path, "no such file or folder")]
    except PermissionError:
        return [], [LoadProblem(path, "permission denied")]
    except OSError as error:
        return [], [LoadProblem(path, f"cannot open: {error.strerror or error}")]
    if not stat.S_ISDIR(info.st_mode):
        return [(path, True)], []
    try:
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
    except PermissionError:
        return [], [LoadProblem(path, "cannot read folder: permission denied")]
    except OSError as error:
        return [], [LoadProblem(path, f"cannot read folder: {error.strerror or error}")]
    files: list[tuple[Path, bool]] = []
    problems: list[LoadProblem] = []
    folder = os.path.realpath(path)
    for entry in entries:
        # Hidden files include macOS "._name.txt" resource forks, which are binary.
        if entry.name.startswith(".") or Path(entry.name).suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        entry_path = path / entry.name
        kind = _special_kind(entry)
        if kind is not None:
            problems.append(LoadProblem(entry_path, f"{kind}, not a file; skipped"))
            continue
        if not _is_file(entry):
            continue
        if entry.is_symlink():
            target = os.path.realpath(entry_path)
            if os.path.commonpath([folder, target]) != folder:
                problems.append(LoadProblem(
                    entry_path, f"a link to {printable(target)}, outside the folder; skipped "
                                "(open that file by name to use it)"))
                continue
        files.append((entry_path, False))
    if not files and not problems:
        suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
        return [], [LoadProblem(path, f"folder holds no article files ({suffixes})")]
    return files, problems


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _special_kind(entry: os.DirEntry[str]) -> str | None:
    """What a special file (or a link to one) is, in words; None for files and folders."""
    try:
        return special_file_kind(entry.stat().st_mode)
    except OSError:
        return None


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing special files and files over `max_bytes` before reading.

    A FIFO is never opened: opening one for reading waits for a writer, forever. The file is
    looked at with `stat` first and opened non-blocking, in case it was swapped in between.
    """
    try:
        kind = special_file_kind(os.stat(path).st_mode)
        if kind is not None:
            raise UnusableFile(f"{kind}, not a file; skipped")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as stream:
            info = os.fstat(stream.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise UnusableFile(f"{special_file_kind(info.st_mode) or 'not a regular file'}"
                                   ", not a file; skipped")
            if info.st_size > max_bytes:
                raise UnusableFile(
                    f"too large ({_size(info.st_size)}; the limit is {_size(max_bytes)})"
                )
            # Read one byte past the limit in case the file grew since fstat.
            raw = stream.read(max_bytes + 1)
    except PermissionError:
        raise UnusableFile("cannot read: permission denied") from None
    except IsADirectoryError:
        raise UnusableFile("is a folder") from None
    except OSError as error:
        raise UnusableFile(f"cannot read: {error.strerror or error}") from None
    if len(raw) > max_bytes:
        raise UnusableFile(f"too large (over the limit of {_size(max_bytes)})")
    if not raw:
        raise UnusableFile("empty file")
    return raw


def _size(n_bytes: int) -> str:
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / (1024 * 1024):.1f} MB"
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.1f} KB"
    return f"{n_bytes} bytes"


# --------------------------------------------------------------------------------------------
# Decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word/OpenDocument file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

# Bytes that never occur in text: C0 controls other than tab, newline, form feed, CR, escape.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27)) + b"\x7f"
_MAX_CONTROL_SHARE = 0.01

_DETECTION_SAMPLE_BYTES = 256 * 1024

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _decode(raw: bytes, *, html_hint: bool = False) -> str:
    """Decode file bytes to text with no BOM; raises `UnusableFile` for binary data."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _strip_bom(raw[len(bom) :].decode(encoding, errors="replace"))
    for magic, kind in _MAGIC:
        if raw.startswith(magic):
            raise UnusableFile(f"binary file ({kind}), not text")
    if b"\x00" in raw:
        raise UnusableFile("contains NUL bytes: binary data, or UTF-16 without a byte-order mark")
    controls = len(raw) - len(raw.translate(None, _CONTROL_BYTES))
    if controls > _MAX_CONTROL_SHARE * len(raw):
        raise UnusableFile("binary data (control bytes), not text")
    try:
        return _strip_bom(raw.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):
        return _strip_bom(raw.decode("utf-8", errors="replace"))
    if html_hint:
        declared = _declared_charset(raw)
        if declared is not None:
            return _strip_bom(raw.decode(declared, errors="replace"))
    return _strip_bom(raw.decode(_detect_legacy_encoding(raw), errors="replace"))


def _strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def _mostly_utf8(raw: bytes) -> bool:
    """Valid UTF-8 with a few broken bytes (not a legacy encoding that merely fails as UTF-8)."""
    replaced = raw.decode("utf-8", errors="replace")
    broken = replaced.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    non_ascii = len(replaced) - len(replaced.encode("ascii", errors="ignore"))
    multibyte = non_ascii - replaced.count("\ufffd")
    return multibyte > 0 and broken <= multibyte


def _declared_charset(raw: bytes) -> str | None:
    match = _DECLARED_CHARSET.search(raw[:4096])
    if match is None:
        return None
    try:
        return codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _detect_legacy_encoding(raw: bytes) -> str:
    """Guess the single-byte encoding of text that is not UTF-8.

    The Windows Latin code pages -- Western (cp1252), Central European (cp1250) and Turkish
    (cp1254) -- map most bytes alike, and charset-normalizer's statistics cannot tell them apart
    on an article (it read Czech and Turkish as cp1252). They are told apart by the letters
    each decoding yields: Czech decoded as cp1252 gives "ø" and "ì" for "ř" and "ě", a mix no
    single language writes, while cp1250 gives letters all found in Czech. Whichever of them
    yields a text whose accented letters all belong to one language wins (cp1252 on a tie);
    text no Latin language fits (Cyrillic, Greek, ...) is left to charset-normalizer.
    """
    sample = raw[:_DETECTION_SAMPLE_BYTES]
    latin = _best_latin_code_page(sample)
    if latin is not None:
        return latin
    try:
        from charset_normalizer import from_bytes

        matches = [
            match
            # A sample decides as well as the whole file and keeps multi-megabyte files quick.
            for match in from_bytes(sample)
            # A file without NUL bytes is not UTF-16/32, whatever the statistics say.
            if not match.encoding.startswith(("utf_16", "utf_32"))
        ]
    except Exception:  # a detector failure must not lose the file: fall back below
        matches = []
    if matches:
        least_chaos = min(match.chaos for match in matches)
        for match in matches:
            if match.encoding in ("cp1252", "latin_1") and match.chaos <= least_chaos + 0.1:
                return "cp1252"
        return matches[0].encoding
    try:
        raw.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


_LATIN_CODE_PAGES: dict[str, tuple[str, ...]] = {
    # Lower-case letters beyond ASCII that each language writes (common loanword accents too).
    "cp1252": (
        "àâæçéèêëîïôœùûüÿ",  # French
        "äöüßéàè",  # German
        "áéíóúñüàèç",  # Spanish, Catalan
        "áâãàçéêíóôõúü",  # Portuguese
        "àèéìíîòóùú",  # Italian
        "éëïóöüáèêàç",  # Dutch
        "æøåéóàü",  # Danish, Norwegian
        "åäöéü",  # Swedish, Finnish
        "áðéíóúýþæö",  # Icelandic
    ),
    "cp1250": (
        "áčďéěíňóřšťúůýž",  # Czech
        "áäčďéíĺľňóôŕšťúýž",  # Slovak
        "ąćęłńóśźż",  # Polish
        "áéíóöőúüű",  # Hungarian
        "čćđšžé",  # Slovenian, Croatian, Bosnian
        "ăâîșțşţ",  # Romanian
    ),
    "cp1254": (
        "çğıöşüâîûi̇",  # Turkish (i̇: the lower case of İ)
    ),
}
_LATIN_FIT = 0.95
"""Share of a text's accented letters one language must account for."""


def _best_latin_code_page(raw: bytes) -> str | None:
    """The Windows Latin code page whose decoding reads as one language, else None.

    Text with no accented letter at all (English with curly quotes) is cp1252.
    """
    best: tuple[float, str] | None = None
    for encoding, alphabets in _LATIN_CODE_PAGES.items():
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        fit = _language_fit(text, alphabets)
        if fit is None and encoding == "cp1252":
            return encoding
        if fit is not None and (best is None or fit > best[0]):
            best = (fit, encoding)
    if best is None or best[0] < _LATIN_FIT:
        return None
    return best[1]


def _language_fit(text: str, alphabets: Sequence[str]) -> float | None:
    """The largest share of `text`'s non-ASCII letters one of `alphabets` holds; None when
    there is nothing to judge. A symbol inside a word (Polish "¹" for "ą") counts against."""
    counts: dict[str, int] = {}
    misplaced = 0
    for position, char in enumerate(text):
        if char.isascii():
            continue
        if char.isalpha():
            lower = char.lower()
            counts[lower] = counts.get(lower, 0) + 1
        elif ((unicodedata.category(char)[0] in "NS" or char in "¿¡")
              and 0 < position < len(text) - 1 and text[position - 1].isalpha()
              and text[position + 1].isalpha()):
            misplaced += 1
    total = sum(counts.values()) + misplaced
    if not total:
        return None
    return max(sum(n for letter, n in counts.items() if letter in alphabet)
               for alphabet in alphabets) / total


def normalize_newlines(text: str) -> str:
    """CRLF and lone CR become LF; a leading BOM is dropped."""
    return _strip_bom(text.replace("\r\n", "\n").replace("\r", "\n"))


# --------------------------------------------------------------------------------------------
# Metadata header and title

_FRONT_MATTER_OPEN = re.compile(r"---[ \t]*\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_HEADER_LINE = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*:[ \t]*(.*)")
_DATE_TOKEN = re.compile(r"[ \t]*date[ \t]*:?[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)", re.I)
_HEADER_SEARCH_CHARS = 8192


def parse_metadata_header(text: str) -> tuple[dict[str, str], int]:
    """Read a metadata header at the top of `text`: fields found and where the body starts.

    Recognised: `---` front matter closed by `---` (or `...`); leading `key: value` lines with
    keys from `METADATA_KEYS`; a leading `date YYYY-MM-DD` token. Without a header: ({}, 0).
    """
    head = text[:_HEADER_SEARCH_CHARS]
    opening = _FRONT_MATTER_OPEN.match(head)
    if opening is not None:
        close = _FRONT_MATTER_CLOSE.search(head, opening.end())
        if close is not None:
            block = head[opening.end() : close.start()]
            front_matter = _parse_key_lines(block.splitlines(), strict=False)
            return front_matter, _skip_whitespace(text, close.end())

    fields: dict[str, str] = {}
    position = 0
    while position < len(head):
        line_end = head.find("\n", position)
        line_end = len(head) if line_end < 0 else line_end
        parsed = _parse_key_lines([head[position:line_end]], strict=True)
        if not parsed:
            break
        for key, value in parsed.items():
            fields.setdefault(key, value)
        position = line_end + 1
    if fields:
        return fields, _skip_whitespace(text, min(position, len(text)))

    token = _DATE_TOKEN.match(head)
    if token is not None and normalize_date(token.group(1)) is not None:
        return {"date": token.group(1)}, _skip_whitespace(text, token.end())
    return {}, 0


def _parse_key_lines(lines: Sequence[str], *, strict: bool) -> dict[str, str]:
    """`key: value` lines to Article fields; `strict` requires every line to be a known key."""
    fields: dict[str, str] = {}
    for line in lines:
        match = _HEADER_LINE.fullmatch(line)
        field = METADATA_KEYS.get(match.group(1).lower()) if match else None
        if match is None or field is None:
            if strict:
                return {}
            continue
        value = _unquote(match.group(2).strip())
        if strict and not value:
            return {}
        if value:
            fields.setdefault(field, value)
    return fields


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].strip()
    return value


def _skip_whitespace(text: str, position: int) -> int:
    while position < len(text) and text[position].isspace():
        position += 1
    return position


_DATE_FORMATS = ("%d %B %Y", "%B %d, %Y", "%B %d %Y", "%d %b %Y", "%b %d, %Y", "%b %d %Y")


def normalize_date(value: str | None) -> str | None:
    """An ISO `YYYY-MM-DD` for a date given as ISO (date or timestamp) or "8 January 2020"."""
    if not value:
        return None
    value = value.strip()
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    for date_format in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, date_format).date().isoformat()
        except ValueError:
            continue
    return None


_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?](?=\s+[\"'“‘(]?[A-Z0-9])")
_ESCAPED_QUOTE = re.compile(r"""\\(['"])""")


def infer_title(body: str) -> str:
    """A short readable title from the first line of the body, or its first sentence."""
    for line in body.split("\n"):
        line = line.strip()
        if line:
            break
    else:
        return ""
    line = line.lstrip("#").strip()  # a Markdown heading
    if len(line) > TITLE_MAX_CHARS:
        sentence_end = _SENTENCE_END.search(line)
        if sentence_end is not None:
            line = line[: sentence_end.end()]
    return clean_title(line)


def clean_title(title: str) -> str:
    """Collapse whitespace, undo stray backslash escapes, trim at a word boundary."""
    title = " ".join(_ESCAPED_QUOTE.sub(r"\1", title).split())
    if len(title) <= TITLE_MAX_CHARS:
        return title
    cut = title.rfind(" ", 0, TITLE_MAX_CHARS)
    cut = cut if cut > TITLE_MAX_CHARS // 2 else TITLE_MAX_CHARS
    return title[:cut].rstrip(" ,;:-–—") + "…"


# --------------------------------------------------------------------------------------------
# HTML


def _article_from_html(path: Path, page: str, article_id: str) -> Article:
    """Extract the article text and metadata of a web page (trafilatura, else plain tag strip)."""
    if not page.strip():
        raise UnusableFile("empty file (nothing but whitespace)")
    # Boilerplate removal costs about a second per megabyte; beyond the cap a plain tag strip
    # (twenty times faster) keeps a huge page from stalling the load.
    small = len(page) <= EXTRACTION_MAX_CHARS
    extracted = _trafilatura_extract(page) if small else {}
    text = (extracted.get("text") or "") if extracted else ""
    if not text.strip():
        text = _strip_tags(page)
    text = normalize_newlines(text).strip()
    if not text:
        raise UnusableFile("no article text found in the page")
    metadata = extracted or (_trafilatura_metadata(page) if small else {})
    title = clean_title(metadata.get("title") or "") or _html_title(page) or infer_title(text)
    # Here, not at the top: viewer.provenance (HTML parser, email, json) costs the window's
    # start-up ~20 ms, and only web pages need it.
    from viewer.provenance import html_published_time

    return Article(
        id=article_id,
        text=text,
        title=title or article_id,
        path=path,
        source=_text_or_none(metadata.get("sitename")),
        date=normalize_date(metadata.get("date")),
        url=_text_or_none(metadata.get("url")),
        author=_text_or_none(metadata.get("author")),
        published=html_published_time(page) or _text_or_none(metadata.get("date")),
    )


def article_from_page(article_id: str, raw: bytes, *, path: Path | None = None) -> Article:
    """An article from a web page's bytes (as fetched): decoded, extracted, with metadata."""
    from dataclasses import replace

    article = _article_from_html(path or Path(f"{article_id}.html"), _decode(raw, html_hint=True),
                                 article_id)
    return replace(article, path=path)


def _text_or_none(value: Any) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def _date_params() -> dict[str, Any]:
    # Dates only from the page's metadata and markup, never guessed from the running text.
    return {
        "original_date": True,
        "extensive_search": False,
        "max_date": dt.date.today().isoformat(),
    }


def _as_dict(document: Any) -> dict[str, Any]:
    if document is None:
        return {}
    if isinstance(document, dict):
        return document
    as_dict = getattr(document, "as_dict", None)
    return as_dict() if callable(as_dict) else {}


def _trafilatura_extract(page: str) -> dict[str, Any]:
    try:
        import trafilatura

        document = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_date_params(),
        )
    except Exception:  # any extractor failure falls back to the plain tag strip
        return {}
    return _as_dict(document)


def _trafilatura_metadata(page: str) -> dict[str, Any]:
    try:
        from trafilatura.metadata import extract_metadata

        return _as_dict(extract_metadata(page, date_config=_date_params()))
    except Exception:  # metadata is optional; the text is what matters
        return {}


_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe"})
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
        "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
        "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    }
)


class _TextCollector(HTMLParser):
    """Text outside scripts, styles and the head, with a line break at each block element."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title_parts: list[str] = []
        self._skip_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_parts.append(data)
        elif not self._skip_depth:
            self.parts.append(data)


def _collect(page: str) -> _TextCollector:
    collector = _TextCollector()
    try:
        collector.feed(page)
        collector.close()
    except Exception:  # html.parser is lenient; keep whatever was collected before a failure
        pass
    return collector


def _strip_tags(page: str) -> str:
    """Plain text of a page with markup, scripts and styles dropped; paragraphs kept apart."""
    lines = (" ".join(line.split()) for line in "".join(_collect(page).parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _html_title(page: str) -> str:
    return clean_title(html.unescape("".join(_collect(page).title_parts)))


# --------------------------------------------------------------------------------------------
# Ids


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
