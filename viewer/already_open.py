"""What a load brings that the window has already: articles read from a file it has open with the
same text (the folder opened again: every article came twice, each 100% shared with its copy),
which are not added; articles read from a file an article open was read from whose text now
differs (the file updated, or a project's stored copy of a file that lives elsewhere now), which
are added beside it and named; and articles printing the same text as another (a copy of the
folder opened beside it, or the same page saved twice), which are added but named, so the
window's "100% shared" pairs and doubled figures have a reason. No Qt."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from viewer.corpus import Article
from viewer.printable import printable
from viewer.wording import count_of

MAX_NAMED = 3
"""Copies named in the status bar's line; more are counted."""


def _texts_by_file(articles: Sequence[Article]) -> dict[str, dict[str, Article]]:
    """File (absolute path) -> the text of each article read from it -> that article."""
    by_file: dict[str, dict[str, Article]] = {}
    for article in articles:
        if article.path is not None:
            by_file.setdefault(os.path.abspath(article.path), {}).setdefault(article.text, article)
    return by_file


def not_open_yet(open_articles: Sequence[Article],
                 loaded: Sequence[Article]) -> tuple[Article, ...]:
    """`loaded` but the articles read from a file one of `open_articles` was read from, with
    the same text: a file whose text differs is not "already open" (a tester's project kept the
    stored old text and refused the file's new one)."""
    open_texts = _texts_by_file(open_articles)
    return tuple(a for a in loaded if a.path is None
                 or a.text not in open_texts.get(os.path.abspath(a.path), {}))


def differing_from_open(open_articles: Sequence[Article],
                        fresh: Sequence[Article]) -> list[tuple[Article, Article]]:
    """(fresh, open) for each of `fresh` read from a file an article open was read from, whose
    text differs from that article's: added beside it, and named."""
    open_texts = _texts_by_file(open_articles)
    pairs = []
    for article in fresh:
        same_file = open_texts.get(os.path.abspath(article.path)) if article.path else None
        if same_file and article.text not in same_file:
            pairs.append((article, next(iter(same_file.values()))))
    return pairs


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


def added_message(fresh: Sequence[Article], copies: Sequence[tuple[Article, Article]],
                  differing: Sequence[tuple[Article, Article]] = ()) -> str:
    """The status bar's line for `fresh` being added, naming the copies among them and those
    whose file an article open was read from with another text."""
    line = f"Added {count_of(len(fresh), 'article')}"
    if copies:
        line += (f" ({count_of(len(copies), 'copy', 'copies')} of an article's text: "
                 f"{_pairs(copies, ' = ')})")
    if differing:
        line += (f" ({count_of(len(differing), 'file')} whose text differs from the article "
                 f"open from it, added beside it: {_pairs(differing, ' beside ')})")
    return line + "; aligning…"


def file_notes(copies: Sequence[tuple[Article, Article]],
               differing: Sequence[tuple[Article, Article]]) -> list[str]:
    """The notice's lines on the same (lasting: the status bar's line went with the next
    alignment's, a fifth of a second later, and a tester never saw it): one per file whose new
    text was added beside the article open from it, and one per copy of an article's text."""
    lines = [f"{_file_name(new)}: its text differs from {old.id}, the article open from it "
             f"(the file changed since); added beside it as {new.id}"
             for new, old in differing]
    lines += [f"{_file_name(copy)}: the same text as {original.id}; added as {copy.id}"
              for copy, original in copies]
    return lines


def _file_name(article: Article) -> str:
    return printable(article.path.name) if article.path is not None else article.id


def _pairs(pairs: Sequence[tuple[Article, Article]], joint: str) -> str:
    named = ", ".join(f"{one.id}{joint}{other.id}" for one, other in pairs[:MAX_NAMED])
    return named + (f" and {len(pairs) - MAX_NAMED} more" if len(pairs) > MAX_NAMED else "")
