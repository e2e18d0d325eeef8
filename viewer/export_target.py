"""Whether the file chosen for an export is the user's work: an export never writes over it.

Every export writes a whole file where the user points it. Pointed at an article it reads, at
the annotation file or at a Parallax project (the window's file dialogs ask "Replace?" and a
tired user says yes), it would replace the investigation with a table. The command line and
the window ask the same question here. Any other annotation file (another tool's export, an
earlier one of Parallax's) is kept aside before the command line writes over it
(`kept_aside`): exporting again to the same file is how an export is brought up to date.
"""

from __future__ import annotations

import os
import shutil
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


SNIFF_BYTES = 64 * 1024
"""How much of an existing file is read to tell whether it holds annotations."""
_ANNOTATION_MARKS = (b'"target"', b'"ranges"', b'"oa:hasTarget"',
                     b'"http://www.w3.org/ns/oa#hasTarget"')
"""What every annotation format Parallax reads writes near its start: a W3C or Hypothesis
target, AnnotatorJS' ranges, Open Annotation's target in its JSON-LD forms."""


def holds_annotations(path: Path) -> bool:
    """Whether `path` is a regular file whose first bytes read as JSON of annotations."""
    try:
        if not path.is_file():
            return False
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return False
    opening = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    return opening in (b"{", b"[") and any(mark in head for mark in _ANNOTATION_MARKS)


def kept_aside(path: Path) -> Path:
    """Copy the file at `path` (annotations an export is about to replace,
    `holds_annotations`) to the first free name of `NAME.bak`, `NAME.bak.2`, ..., and return
    that name. Raises OSError where the copy cannot be made (then nothing is to be written)."""
    number = 1
    while True:
        backup = path.with_name(f"{path.name}.bak" + (f".{number}" if number > 1 else ""))
        if not os.path.lexists(backup):
            break
        number += 1
    shutil.copy2(path, backup)
    return backup
