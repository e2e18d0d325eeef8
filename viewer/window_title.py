"""What the window's title bar says: the comparison's name, with Qt's unsaved-work marker.

Kept apart from `viewer.passage_reports` (collation, timeline) so the window can name itself at
start-up without importing the tokeniser and the collation code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from viewer.printable import printable

SAMPLE_CORPUS_NAME = "sample corpus"
GENERIC_FOLDERS = frozenset(["articles", "article", "texts", "text", "txt", "pages", "files",
                             "data", "input", "corpus", "sources", "documents"])
"""Folder names that say what is in them, not which event: the title names the folder above
too ("Bondi/articles")."""


def corpus_name(corpus_paths: Sequence[Path], *, samples: bool) -> str:
    """What the title bar calls the comparison: "sample corpus", the folder or file opened
    (and how many more; a folder of GENERIC_FOLDERS with the one above it), or "untitled"."""
    if samples:
        return SAMPLE_CORPUS_NAME
    if not corpus_paths:
        return "untitled"
    path = corpus_paths[0]
    first = printable(path.name or str(path))
    if first.casefold() in GENERIC_FOLDERS and path.parent.name:
        # ("articles" told four comparisons nothing)
        first = f"{printable(path.parent.name)}/{first}"
    more = len(corpus_paths) - 1
    return f"{first} and {more} more" if more else first


def window_title(name: str) -> str:
    """The window title for Qt: `[*]` is where Qt shows the unsaved-work `*`; the application
    name is added by Qt (QGuiApplication.applicationDisplayName), so it is not repeated."""
    return f"{name}[*]"


def file_stem(name: str, fallback: str) -> str:
    """`name` (the comparison's, as the title bar gives it) as the stem of a file name to
    suggest: characters a path or Windows refuses become "-"; `fallback` when nothing is left."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", name).strip(" .")
    return stem or fallback
