"""Links to other stories inside an article's text, blanked before its figures are read: "Also
Read | 10 injured, 1 critical in a stampede-like situation", "READ MORE: ...", "Lire aussi :
...". What follows such a heading to the end of its line is another story's headline, and its
figures are not the article's (a tester's: a related headline's "10 injured" clashed with the
article's 33, its "1 critical" read as the source).

Only a heading in capitals or with a capital first letter, at a line's start or right after a
sentence's end (pages glue it there: "...historic triumph.Also Read | ..."), and followed by a
separator (a bar, a colon, a dash, an arrow): "Read more here." and "He also read: ..." are the
article's own words. A heading alone on its line is left as it is: the line after it may be the
headline or the article going on, which the text cannot tell apart. Pure functions, no Qt.
"""

from __future__ import annotations

import re

_HEADINGS = (
    # English
    r"also\s+read|read\s+also|read\s+more|related(?:\s+(?:news|stories|story|articles?))?"
    r"|see\s+also|must\s+read"
    # Spanish
    r"|lee\s+también|lea\s+también|leer\s+más|te\s+puede\s+interesar|noticia\s+relacionada"
    r"|relacionad[oa]s?"
    # Portuguese
    r"|leia\s+também|leia\s+mais|veja\s+também|saiba\s+mais"
    # French
    r"|(?:à\s+)?lire\s+(?:aussi|également)|voir\s+aussi"
    # Italian
    r"|leggi\s+anche|potrebbe\s+interessarti"
    # German
    r"|lesen\s+sie\s+auch|auch\s+interessant|mehr\s+zum\s+thema|siehe\s+auch")
_LINK = re.compile(
    rf"(?:^|(?<=[.!?…\"”’)\]]))[ \t]*(?P<heading>(?i:{_HEADINGS}))[ \t]*[|:–—>»►➤-][^\n]*",
    re.MULTILINE)


def without_related_links(text: str) -> str:
    """`text` with every related story's link (its heading and the rest of its line) blanked
    to spaces, so that offsets into it are offsets into `text`."""
    return _LINK.sub(_blank, text)


def _blank(match: re.Match[str]) -> str:
    if not match.group("heading")[0].isupper():
        return match.group()  # "he also read: ...": the article's words
    return " " * len(match.group())
