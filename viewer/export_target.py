"""Whether the file chosen for an export is the user's work: an export never writes over it.

Every export writes a whole file where the user points it. Pointed at an article it reads, at
the annotation file or at a Parallax project (the window's file dialogs ask "Replace?" and a
tired user says yes), it would replace the investigation with a table. The command line and
the window ask the same question here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from viewer.projects import is_project_file


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file: one inode where both exist (a hard link, a symbolic
    link, another spelling), else the same real path."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    # `os.path.realpath`, not `Path.resolve`: that raises RuntimeError on a link loop (an
    # "internal error" for `-o LOOP`); a loop is then refused by the write itself.
    return os.path.realpath(a.expanduser()) == os.path.realpath(b.expanduser())


def work_at(output: Path, *, annotation_file: Path | None = None,
            articles: Iterable[Path] = ()) -> str | None:
    """What of the user's work `output` is, in words ("the annotation file itself", "an
    article being compared", "a Parallax project"), or None when an export may write there."""
    if annotation_file is not None and same_file(output, annotation_file):
        return "the annotation file itself"
    if any(same_file(output, path) for path in articles):
        return "an article being compared"
    if is_project_file(output):
        return "a Parallax project"
    return None
