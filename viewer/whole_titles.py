"""A title the loader cut at its length limit ("...CEO Andy Jassy…"), written whole where a
program reads it: the machine-readable exports name an article by its headline, and a cut one
is no headline another tool can match. No Qt.

The loader takes an untitled text's first sentence as its title and cuts one longer than
`TITLE_MAX_CHARS` at a word, with an ellipsis; the whole sentence is still in the text, so it is
found there again (by its words, whatever white space the text has between them) and read to
its end. A title the user or the page gave is never cut that short and is kept as it is. A
sentence longer than a title the file gives may be (`GIVEN_TITLE_MAX_CHARS`) is no headline (a
transcript saved as one line with no sentence end gave its whole text, 3,722 characters): the
cut title stays, as the window shows it.
"""

from __future__ import annotations

import re

from viewer.corpus import Article
from viewer.loading.headers import GIVEN_TITLE_MAX_CHARS
from viewer.loading.title_sentences import first_sentence_end

ELLIPSIS = "\u2026"


def whole_title(article: Article) -> str:
    """`article.title` as written in its text when the loader cut it (it ends with an ellipsis
    and its words open a line of the text): that line up to its first sentence's end, else
    the whole line, when no longer than a headline may be. Any other title as it is (its id
    when it has none)."""
    title = article.title or article.id
    if not title.endswith(ELLIPSIS):
        return title
    words = title[: -len(ELLIPSIS)].split()
    if not words:
        return title
    found = re.search(r"\s+".join(map(re.escape, words)), article.text)
    if found is None:
        return title
    line_end = article.text.find("\n", found.start())
    line = article.text[found.start(): line_end if line_end >= 0 else len(article.text)]
    end = first_sentence_end(line)
    # (the loader cut the line at this same sentence end before it cut the title: one inside
    # the words kept is not the title's, and the line is written whole)
    kept = end if end is not None and end >= found.end() - found.start() else len(line)
    whole = " ".join(line[:kept].split())
    return whole if len(whole) <= GIVEN_TITLE_MAX_CHARS else title
