"""What a kept annotation file says of the files it annotates, read without the annotation
model (`moved_set` asks it of every set kept, at start): each file's name, its path where the
annotation's source is a file URL, and the words quoted in it. No Qt.

The name is the file URL's last part where there is one (the exact name, bytes on Linux
included), else `target["parallax:fileName"]`, which Parallax writes for every article opened
from a file: an article with a web address (a page's url metadata, a text's `url:` header)
names that address as its source, and only its file name tells which file it was. Generous
with what it reads: a file or an annotation of a shape it does not know is left out, never an
error.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlsplit

from viewer.safe_files import read_bytes

ANNOTATION_FILE_LIMIT = 8 * 1024 * 1024
"""An annotation file larger than this is not looked into at start (it would slow it)."""


@dataclass
class AnnotatedFile:
    """One file the annotations of a kept file annotate."""

    name: str
    path: Path | None
    """Where it was, when its annotations' source is a file URL (a web address names none)."""
    quotes: list[str] = field(default_factory=list)


def annotated_files(annotation_file: Path) -> list[AnnotatedFile]:
    """The files the annotations of `annotation_file` annotate, with their quotes (none for a
    file that cannot be read, is too large or is damaged: the window opening it says so; here
    it is simply no set's work)."""
    try:
        document = json.loads(read_bytes(annotation_file, ANNOTATION_FILE_LIMIT))
    except (OSError, ValueError, RecursionError):  # (nested past the parser's depth)
        return []
    files: dict[tuple[str, Path | None], AnnotatedFile] = {}
    for item in _items(document):
        target = item.get("target")
        if not isinstance(target, dict):
            continue
        source, file_name = target.get("source"), target.get("parallax:fileName")
        try:
            path = path_of_file_url(source) if isinstance(source, str) else None
        except ValueError:
            continue  # (a source no URL parser reads, "file://[x": that annotation only)
        name = path.name if path is not None else file_name
        if not isinstance(name, str) or not name:
            continue  # (nothing names a file: an annotation of a pasted text in a project)
        annotated = files.setdefault((name, path), AnnotatedFile(name, path))
        selectors = target.get("selector")
        annotated.quotes.extend(
            selector["exact"] for selector in (selectors if isinstance(selectors, list)
                                               else [selectors])
            if isinstance(selector, dict) and isinstance(selector.get("exact"), str)
            and selector["exact"].strip())
    return list(files.values())


def path_of_file_url(url: str) -> Path | None:
    """The path a `file:` URL names (None for another scheme), as `Path.as_uri` made it on
    this system. Raises ValueError for a URL that cannot be parsed."""
    text = file_url_path_text(url, windows=os.name == "nt")
    return None if text is None else Path(text)


def file_url_path_text(url: str, *, windows: bool) -> str | None:
    """The path a `file:` URL names, as text for Windows or for POSIX (`windows`).

    On Windows the drive comes back ("file:///C:/x" is C:\\x, not \\C:\\x) and a server's
    share too (`url2pathname`, as `anchoring` and `shapes` read such URLs); on POSIX the
    escaped bytes are the file system's ("%E9" of a Latin-1 name is that byte, kept as
    `os.fsdecode` keeps it, not U+FFFD), as `as_uri` escaped them."""
    parts = urlsplit(url)
    if parts.scheme.lower() != "file" or not parts.path:
        return None
    if windows:
        import nturl2path  # (url2pathname as Windows has it; importable on every system)

        server = parts.netloc if parts.netloc.lower() not in ("", "localhost") else ""
        return nturl2path.url2pathname(f"//{server}{parts.path}" if server else parts.path)
    return os.fsdecode(unquote_to_bytes(parts.path))


def _items(document: object) -> list[dict[str, object]]:
    """The annotations of a collection as Parallax writes it (`first.items`), or a list."""
    if isinstance(document, dict):
        first = document.get("first")
        items = first.get("items") if isinstance(first, dict) else document.get("items")
        document = items
    return [item for item in document if isinstance(item, dict)] \
        if isinstance(document, list) else []
