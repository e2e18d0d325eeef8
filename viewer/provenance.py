"""Where an article came from: outlet, URL, author and publication time, read and user-edited;
and its title, which the same Article details dialog edits (a pasted text's first paragraph is
its title until the user gives it another).

`Provenance` is the value the rest of Parallax uses (the project stores the values read from
the file or page, and the user's edits over them, separately, so an edit never loses what the
page said). `PublishedTime` turns what a page or header gave -- a full timestamp with zone, a
local time without zone, or only a day -- into the interval of instants it can mean, so "who
published first" is answered only where the times really allow it.

Reading: text/markdown headers are parsed by `viewer.loading.headers.parse_metadata_header`
(keys listed in `METADATA_KEYS` there, documented in the README); web pages by trafilatura, plus
`html_published_time` here for the exact timestamp (trafilatura keeps only the day). Pure
functions; no Qt.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from html.parser import HTMLParser
from typing import Any

from viewer.corpus import Article
from viewer.published_time import PublishedTime as PublishedTime
from viewer.published_time import parse_published as parse_published
from viewer.published_time import readable_published

PROVENANCE_FIELDS = ("title", "outlet", "url", "author", "published")
"""The editable fields, in the order a dialog shows them."""

@dataclass(frozen=True)
class Provenance:
    """Outlet, URL, author, publication time and title of one article; None where unknown."""

    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    """As stated (ISO 8601 preferred: `2020-01-08T06:15:00+03:00`); see `published_time`."""
    title: str | None = None
    """The article's title. None in an edit is no edit: an article always keeps a title, so
    a blank one means the title it was read with (last: the other fields' positions stay)."""

    @property
    def published_time(self) -> PublishedTime | None:
        return parse_published(self.published)

    def as_dict(self) -> dict[str, str | None]:
        return {name: getattr(self, name) for name in PROVENANCE_FIELDS}

    @classmethod
    def from_dict(cls, values: Mapping[str, Any]) -> Provenance:
        """From a mapping; unknown keys and non-text values are ignored."""
        return cls(**{name: _clean(values.get(name)) for name in PROVENANCE_FIELDS})


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def provenance_of(article: Article) -> Provenance:
    """What the article's file or page said about it."""
    return Provenance(
        outlet=article.source,
        url=article.url,
        author=article.author,
        published=article.published or article.date,
        title=article.title or None,
    )


ProvenanceEdits = Mapping[str, "str | None"]
"""The user's edits: field name -> new value (None: the user cleared it). Absent: not edited."""


def readable_edits(stored: Mapping[str, Any]) -> tuple[dict[str, str | None], tuple[str, ...]]:
    """The edits of a stored record whose values are text or null (cleared), and the fields
    whose values are neither (a damaged or hostile record: `"published": 12345`, a list for a
    title). Those are left out, so what the article said stays in use; read as cleared they
    wiped it without a word (the outlet became the file's name -- a fault tester's)."""
    edits: dict[str, str | None] = {}
    unreadable: list[str] = []
    for name in PROVENANCE_FIELDS:
        if name in stored:
            value = stored[name]
            if value is None or isinstance(value, str):
                edits[name] = value
            else:
                unreadable.append(name)
    return edits, tuple(unreadable)


def apply_edits(read: Provenance, edits: ProvenanceEdits) -> Provenance:
    """`read` with the user's edits laid over it (unknown field names are ignored)."""
    changes = {name: _clean(edits[name]) for name in PROVENANCE_FIELDS if name in edits}
    return replace(read, **changes) if changes else read


def edits_between(read: Provenance, wanted: Provenance) -> dict[str, str | None]:
    """The edits that turn `read` into `wanted` (what a dialog's OK stores)."""
    edits = {f.name: getattr(wanted, f.name) for f in fields(Provenance)
             if getattr(wanted, f.name) != getattr(read, f.name)}
    if wanted.title is None or wanted.title == _clean(read.title):
        edits.pop("title", None)  # blank, or the read title with its spaces tidied: no edit
    return edits


# -- HTML: the exact publication time --------------------------------------------------------

_META_KEYS = (
    "article:published_time", "og:article:published_time", "datepublished",
    "parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "pubdate",
    "publishdate", "publish-date", "date",
)
"""Meta tags naming the publication time, most trusted first (lower case)."""
_SCAN_CHARS = 1_000_000


class _TimeCollector(HTMLParser):
    """Publication-time candidates from meta tags, JSON-LD and `<time>` elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.time_tags: list[str] = []
        self._in_json_ld = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "")
            content = values.get("content", "")
            if key and content:
                self.meta.setdefault(key.lower(), content)
        elif tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self._in_json_ld = True
            self.json_ld.append("")
        elif tag == "time" and values.get("datetime") and (
                "pubdate" in values or values.get("itemprop", "").lower() == "datepublished"):
            self.time_tags.append(values["datetime"])

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_json_ld = False

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld[-1] += data


def html_published_time(page: str) -> str | None:
    """The publication time a web page states in its metadata, as written (None: none usable).

    Prefers values that parse to an instant with zone over bare days; never reads the text.
    """
    collector = _TimeCollector()
    try:
        collector.feed(page[:_SCAN_CHARS])
        collector.close()
    except Exception:  # html.parser is lenient; keep what was collected before a failure
        pass
    candidates = [collector.meta[key] for key in _META_KEYS if key in collector.meta]
    for block in collector.json_ld:
        candidates.extend(_json_ld_dates(block))
    candidates.extend(collector.time_tags)
    parsed = [(value.strip(), parse_published(value)) for value in candidates]
    usable = [(value, time) for value, time in parsed if time is not None]
    for value, time in usable:
        if time.exact:
            return value
    return usable[0][0] if usable else None


def _json_ld_dates(block: str) -> list[str]:
    try:
        document = json.loads(block)
    except (ValueError, RecursionError):
        return []
    found: list[str] = []
    stack: list[Any] = [document]
    while stack and len(found) < 10:
        item = stack.pop()
        if isinstance(item, dict):
            value = item.get("datePublished")
            if isinstance(value, str):
                found.append(value)
            stack.extend(v for v in item.values() if isinstance(v, dict | list))
        elif isinstance(item, list):
            stack.extend(item)
    return found


def describe_published(value: str | None) -> str:
    """One line saying how Parallax reads a publication time (shown while the user types)."""
    if not value or not value.strip():
        return "No publication time: the article is listed apart in who-had-it-first."
    time = parse_published(value)
    if time is None:
        return ("Not understood: write 2020-01-08T06:15:00+03:00, 2020-01-08 06:15 or "
                "2020-01-08.")
    if time.exact:
        return f"Exact: {readable_published(value)}."
    if time.precision == "local":
        return "A time without zone: compared as any moment that time could be in any zone."
    return "A day without time: it could be any moment of that day, in any zone."


def origin_sentence(origin: str | None, path: str | None, added: str = "",
                    fetched_url: str | None = None, fetched: str | None = None) -> str:
    """Where an article came from, in one sentence for its details: "From the file PATH,
    added to the project 2026-12-07 08:10 UTC", "Pasted ...", "Fetched from URL on ...";
    `origin` is a project's ("file", "pasted", "imported"), None outside a project."""
    if origin == "imported" or (fetched_url and origin != "pasted"):
        said = f"Fetched from {fetched_url}" if fetched_url else "Imported from a web page"
        if fetched:
            said += f" on {_readable_time(fetched)}"
    elif origin == "pasted":
        said = "Pasted into the window"
    elif path:
        said = f"From the file {path}"
    else:
        said = "From a file" if origin == "file" else "Where it came from is not known"
    if added:
        said += f"; added to the project {_readable_time(added)}"
    return said + "."


def _readable_time(stamp: str) -> str:
    """An ISO 8601 UTC time as "2026-12-07 08:10 UTC" (another text as it is)."""
    match = re.fullmatch(r"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|\+00:00)",
                         stamp)
    return f"{match.group(1)} {match.group(2)} UTC" if match else stamp
