"""What a load brings that the window has already: articles read from a file it has open (the
folder opened again: every article came twice, each 100% shared with its copy), which are not
added, and articles printing the same text as another (a copy of the folder opened beside it,
or the same page saved twice), which are added but named, so the window's "100% shared" pairs
and doubled figures have a reason. No Qt."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from viewer.corpus import Article
from viewer.wording import count_of

MAX_NAMED = 3
"""Copies named in the status bar's line; more are counted."""


def not_open_yet(open_articles: Sequence[Article],
                 loaded: Sequence[Article]) -> tuple[Article, ...]:
    """`loaded` but the articles read from a file one of `open_articles` was read from."""
    open_files = {os.path.abspath(a.path) for a in open_articles if a.path is not None}
    return tuple(a for a in loaded if a.path is None or os.path.abspath(a.path) not in open_files)


def paths_not_covered(opened: Sequence[Path], paths: Sequence[Path]) -> list[Path]:
    """`paths` but those already among `opened` or inside a folder of `opened` (a file of an
    open folder opened again by itself adds nothing to the set of paths open: the window's
    title and the name its work is kept under stay)."""
    folders = [os.path.abspath(p) for p in opened]
    return [path for path in paths
            if not any(os.path.abspath(path) == folder
                       or os.path.abspath(path).startswith(folder.rstrip(os.sep) + os.sep)
                       for folder in folders)]


def same_text(open_articles: Sequence[Article],
              fresh: Sequence[Article]) -> list[tuple[Article, Article]]:
    """(copy, original) for each of `fresh` whose body is, character for character, that of an
    article open or of one before it in `fresh`: a copy (a French-speaking newcomer opened a
    folder holding copies of articles open, and nothing said why pairs were 100% shared)."""
    seen = {article.body: article for article in open_articles if article.body.strip()}
    copies = []
    for article in fresh:
        original = seen.get(article.body)
        if original is not None:
            copies.append((article, original))
        elif article.body.strip():
            seen[article.body] = article
    return copies


def added_message(fresh: Sequence[Article], copies: Sequence[tuple[Article, Article]]) -> str:
    """The status bar's line for `fresh` being added, naming the copies among them."""
    line = f"Added {count_of(len(fresh), 'article')}"
    if copies:
        named = ", ".join(f"{copy.id} = {original.id}" for copy, original in copies[:MAX_NAMED])
        more = f" and {len(copies) - MAX_NAMED} more" if len(copies) > MAX_NAMED else ""
        line += (f" ({count_of(len(copies), 'copy', 'copies')} of an article's text: "
                 f"{named}{more})")
    return line + "; aligning…"
