"""Which publication times and addresses an article's metadata may give: a time must hold a
numeral to name a day, an address must be a web page's or a file's. One rule for every path:
the loader keeps only such values from a text file's header, saying in one note what it left
(a web page's metadata gives no other: trafilatura keeps only http and https addresses,
htmldate only dates); a project writes only them, and its reader says only of the others --
values edited into the file by hand -- that it leaves them. (When the reader alone checked, a
project said at every opening that the `Date: unknown` or `Link: C:\\...` Parallax had itself
loaded and stored were unusable.) No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from viewer.wording import one_line

FIRST_YEAR = "元年"
"""The first year of a Japanese era ('令和元年', 'Reiwa 1'): a year, though no character of it
is a numeral to `str.isnumeric`."""


def names_a_day(published: str) -> bool:
    """Could `published` name a day: does it hold a numeral (a year or a day, in any script's
    digits, in Chinese or Japanese numerals (`str.isnumeric`), or an era's first year)? "not a
    date" and "unknown" cannot -- shown as the article's date, they said it had one; a form
    Parallax does not read ("Spring 2020") is kept, shown as it was given."""
    return FIRST_YEAR in published or any(character.isnumeric() for character in published)


PAGE_SCHEMES = ("http", "https", "file")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):(?!\d)")
"""A scheme before an address's first colon -- not a host before its port
("localhost:8000/story", which `page_addresses` reads as an address without its scheme)."""


def is_page_address(url: str) -> bool:
    """Is `url` the address of a web page or a file: http, https or file, or no scheme (a host
    and path, or a file's path -- 'C:\\Users\\me\\story.html', whose drive letter is no scheme:
    no scheme has one letter)? Any other (`javascript:`, `data:`) is no article's address:
    exports named the article by it (Hypothesis' `uri`, the JSON-LD's `source`) (tester60
    #15)."""
    scheme = _SCHEME.match(url.strip())
    return (scheme is None or len(scheme.group(1)) == 1
            or scheme.group(1).lower() in PAGE_SCHEMES)


def usable_published(published: str | None) -> str | None:
    """`published` where it could name a day (`names_a_day`), else None."""
    return published if published and names_a_day(published) else None


def usable_address(url: str | None) -> str | None:
    """`url` where it is a web page's or a file's (`is_page_address`), else None."""
    return url if url and is_page_address(url) else None


def unused_values(published: str | None, url: str | None) -> list[str]:
    """Why each of `published` and `url` that is given is not used ("its publication time
    'unknown' names no date ..."): the words a file's note and a project's line both say."""
    reasons = []
    if published and usable_published(published) is None:
        reasons.append(f"its publication time {one_line(published, 60)!r} names no date (no "
                       "numeral in it); not used")
    if url and usable_address(url) is None:
        reasons.append(f"its address {one_line(url, 60)!r} is no web page's or file's (only "
                       f"{', '.join(PAGE_SCHEMES[:-1])} and {PAGE_SCHEMES[-1]} are); not used")
    return reasons


def unused_header_values(fields: Mapping[str, str]) -> list[str]:
    """Why each date or address of a file's header (`headers.parse_metadata_header`'s fields)
    that the loader left is not used."""
    return unused_values(fields.get("date"), fields.get("url"))
