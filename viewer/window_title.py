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
NAMED_IN_TITLE = 3
"""Up to this many folders and files are named in the title; more are counted."""


def corpus_name(corpus_paths: Sequence[Path], *, samples: bool) -> str:
    """What the title bar calls the comparison: the folders and files open ("sample corpus"
    for the samples; a folder of GENERIC_FOLDERS with the one above it), up to
    NAMED_IN_TITLE of them by name and how many more, or "untitled"."""
    names = [SAMPLE_CORPUS_NAME] if samples else []
    names += [_path_name(path) for path in corpus_paths]
    if not names:
        return "untitled"
    if len(names) > NAMED_IN_TITLE:
        # (a title names what is open: "A and 1 more" hid a folder opened in the window)
        return f"{', '.join(names[:NAMED_IN_TITLE - 1])} and {len(names) - NAMED_IN_TITLE + 1} more"
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]


def _path_name(path: Path) -> str:
    name = printable(path.name or str(path))
    if name.casefold() in GENERIC_FOLDERS and path.parent.name:
        # ("articles" told four comparisons nothing)
        name = f"{printable(path.parent.name)}/{name}"
    return name


READ_ONLY_MARK = "(read-only: Save project as… to keep changes)"
"""What the title says after the name of a project in a read-only place."""


def window_title(name: str, *, read_only: bool = False) -> str:
    """The window title for Qt: `[*]` is where Qt shows the unsaved-work `*`, right after the
    name (after READ_ONLY_MARK, a tester missed it); the application name is added by Qt
    (QGuiApplication.applicationDisplayName), so it is not repeated."""
    return f"{name}[*] {READ_ONLY_MARK}" if read_only else f"{name}[*]"


def comparison_name(title: str) -> str:
    """The comparison's name in a window `title` (what exports and saves are named after):
    without the unsaved-work marker and READ_ONLY_MARK."""
    return title.replace("[*]", "").replace(READ_ONLY_MARK, "").strip()


def file_stem(name: str, fallback: str) -> str:
    """`name` (the comparison's, as the title bar gives it) as the stem of a file name to
    suggest: characters a path or Windows refuses become "-"; `fallback` when nothing is left."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", name).strip(" .")
    return stem or fallback
