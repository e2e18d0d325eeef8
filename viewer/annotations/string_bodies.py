"""Whether an annotation body written as a bare string names a resource (an IRI) or is text.

The W3C model reads a string body as the IRI of an external resource (3.2.1), but tools write
their comments and tags there too. A string is read as an IRI only where it has an address's
shape, so that neither a comment's word ("Source?", "U.S.", "3.5") becomes a link nor a
relative reference ("#reply-3", "comments/42.html") the editable note. No Qt.
"""

from __future__ import annotations

import re

ABSOLUTE_IRI = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.\-]*):[^\s\\]+")
"""An absolute IRI as RFC 3987 writes it: a scheme, a colon, then something and no white space
nor backslash (`urn:isbn:0451450523`, `doi:10.1/x`, `mailto:a@b.c`). "Note:" has nothing after
its colon."""
SCHEMES = frozenset((
    "http", "https", "urn", "tag", "did", "doi", "mailto", "ftp", "ftps", "file", "data", "geo",
    "hdl", "ark", "info", "ipfs", "iiif", "isbn", "issn", "s3", "sftp"))
"""The schemes an annotation body names a resource by; a word before a colon otherwise is text
("Re:Brexit", "topic:politics", "Source:Reuters": a review of session 57)."""

REFERENCE_PARTS = re.compile(r"(?P<path>[^?#]*)(?:\?(?P<query>[^#]*))?(?:#(?P<fragment>.*))?")
"""A reference's path, then its query after the first `?`, then its fragment after `#`."""

QUERY_START = re.compile(r"[\w%][^=]*=")
"""What a query starts with: a key and "=" (`q=missiles`, `page=2`); a `?` with nothing after
it, "!" or a word alone, ends a question ("Source?", "Why?!", "What?No")."""

FILE_OR_HOST_NAME = re.compile(r"[\w~-]+(?:\.[\w~-]+)*\.(?:[a-z][a-z0-9]{1,4}|jsonld|xhtml)")
"""A file's name (`page2.html`, `42.html`) or a host's (`example.org`): names joined by dots,
the last of two to five small letters or digits (an extension or a top-level domain). Not a
number ("3.5"), an abbreviation ("U.S.", "e.g.", "Ph.D", "No.1"), two words run together at a
sentence's end ("Mr.Smith", "great.thanks") or shouted ("LOL.OMG")."""
PATH_SEGMENT = re.compile(r"\d|[\w~-]\.[a-z]")
"""What makes a segment of a path an address's: a number ("comments/42") or a file's or host's
name ("replies/3.html", "example.org/x"); words alone ("and/or", "N/A", "w/o") are text."""


def is_iri(text: str, *, absolute_only: bool = False) -> bool:
    """`text` (its white space at either end left out: a trailing newline is no part of it)
    can be an IRI reference: absolute (`ABSOLUTE_IRI`), or, unless `absolute_only`, relative
    (`is_relative_reference`). White space inside, which no IRI holds, makes it text
    ("Great piece, see page 2"). `absolute_only` is for a string body under the motivation
    tagging, where a tagging tool writes its tags ("9/11", "U.S.", "#MeToo") and a resource
    is named by an absolute IRI (a vocabulary's term): a relative one there would need a base
    that no tag has."""
    text = text.strip()
    if not text or any(char.isspace() for char in text):
        return False
    if "\\" in text:
        return False  # (no IRI holds a backslash: "C:\\notes.txt" is a Windows path)
    absolute = ABSOLUTE_IRI.fullmatch(text)
    if absolute is not None:
        return absolute["scheme"].casefold() in SCHEMES
    return not absolute_only and is_relative_reference(text)


def is_relative_reference(text: str) -> bool:
    """Whether `text`, which has no white space and no scheme, has a relative reference's
    shape, each mark read as an address's only where it is one: a fragment after `#`
    ("#reply-3"); a query after `?` (a `?` ending a word is a question); a path, starting with
    `/`, `./` or `../`, or with a slash between a word and a number or a file's or host's
    name ("comments/42"; not "9/11" or "24/7", a date and a figure, nor "and/or", "N/A"); a
    file's or host's name ("page2.html", "example.org"). A colon in the first segment is no
    relative reference's (RFC 3986 4.2), so "Note:" and "3:30" are text."""
    parts = REFERENCE_PARTS.fullmatch(text)
    if parts is None:
        return False
    path, query, fragment = parts["path"], parts["query"], parts["fragment"]
    if ":" in path.split("/", 1)[0]:
        return False
    if query is not None:
        return QUERY_START.match(query) is not None
    if fragment is not None:
        return fragment != ""
    if path.startswith(("/", "./", "../")) and path.strip("./"):
        return True
    if "/" in path and any(char.isalpha() for char in path) and PATH_SEGMENT.search(path):
        return True
    return FILE_OR_HOST_NAME.fullmatch(path) is not None
