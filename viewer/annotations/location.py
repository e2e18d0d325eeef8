"""Where a corpus's annotation file lives: a name derived from the paths the corpus was opened from.

Kept apart from `document` (which loads and saves) so the window can ask whether a corpus has
annotations without importing the annotation model and store. No Qt here.

The name depends on what the user asked to open, never on which of those files loaded: a file
that is binary, empty or in a bad encoding today keeps its place in the name, so fixing it in
place keeps the annotations. A path that names nothing at all (a typo, a file not there yet)
does not count, and the name says that one was missing (`.partial`), so correcting the path or
adding the file later still finds them (see `default_annotation_file`, which also finds the
files written before this rule).
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from pathlib import Path

from viewer.annotations.chosen_file import choice_record
from viewer.filesystem import resolved_path
from viewer.safe_files import backup_path

ANNOTATION_SUFFIX = ".jsonld"
PASTED_SUFFIX = ".pasted"
VIEW_SUFFIX = ".view.json"
SAMPLE_CORPUS_KEY = "sample-corpus"
PARTIAL_MARK = ".partial"
"""Ends the name of a corpus opened with some path that named nothing."""
MAX_PATHS_FOR_ONE_FEWER = 64
"""Up to this many paths, a corpus with no annotation file also looks for the file of the same
corpus with one path fewer (one name per path tried; the names are cheap, not the disk)."""


def corpus_key(corpus_paths: Sequence[Path | str]) -> str:
    """A stable name for the corpus opened from `corpus_paths` (order and spelling do not matter;
    paths that name nothing are left out unless all do, and then the name ends in
    `PARTIAL_MARK`).

    No paths means the built-in sample corpus, wherever it is installed.
    """
    if not corpus_paths:
        return SAMPLE_CORPUS_KEY
    resolved = _resolved(corpus_paths)
    present = _present(resolved)
    return _key(present) + (PARTIAL_MARK if len(present) < len(resolved) else "")


def legacy_corpus_key(corpus_paths: Sequence[Path | str]) -> str:
    """The name before paths that name nothing were left out (every path counted)."""
    if not corpus_paths:
        return SAMPLE_CORPUS_KEY
    return _key(_resolved(corpus_paths))


def default_annotation_file(corpus_paths: Sequence[Path | str], data_dir: Path | str) -> Path:
    """The annotation file for a corpus: `DATA_DIR/annotations/<name>-<hash>.jsonld`.

    When that file does not exist yet, an earlier file of the same corpus is used instead, so no
    one's annotations are left behind, in this order: the file of the same existing paths made
    with or without a path that named nothing (the mistyped path left out, or added); the file
    named by the earlier rule (`legacy_corpus_key`); else, if exactly one exists, the file of
    this corpus with one path fewer that was made while a path named nothing (the path missing
    then is here now). A corpus deliberately opened with one more file does not take over the
    smaller corpus's file. A corpus with pasted articles kept and nothing annotated yet counts
    as having its file.
    """
    folder = Path(data_dir) / "annotations"
    key = corpus_key(corpus_paths)
    keyed = folder / f"{key}{ANNOTATION_SUFFIX}"
    if _kept(keyed) or not corpus_paths:
        return keyed
    other = key.removesuffix(PARTIAL_MARK) if key.endswith(PARTIAL_MARK) else key + PARTIAL_MARK
    for earlier in (other, legacy_corpus_key(corpus_paths)):
        if _kept(folder / f"{earlier}{ANNOTATION_SUFFIX}"):
            return folder / f"{earlier}{ANNOTATION_SUFFIX}"
    present = _present(_resolved(corpus_paths))
    if 1 < len(present) <= MAX_PATHS_FOR_ONE_FEWER:
        found = [file for file in (folder / f"{_key(present[:i] + present[i + 1:])}"
                                   f"{PARTIAL_MARK}{ANNOTATION_SUFFIX}"
                                   for i in range(len(present)))
                 if _kept(file)]
        if len(found) == 1:
            return found[0]
    return keyed


def pasted_folder(annotation_file: Path) -> Path:
    """Where the pasted articles of the corpus behind `annotation_file` are kept
    (`viewer.annotations.pasted`)."""
    return annotation_file.with_name(annotation_file.stem + PASTED_SUFFIX)


def view_file(annotation_file: Path) -> Path:
    """Where the view of the corpus behind `annotation_file` is kept (`viewer.folder_view`)."""
    return annotation_file.with_name(annotation_file.stem + VIEW_SUFFIX)


def kept_beside(annotation_file: Path) -> tuple[Path, ...]:
    """Every place something may be kept for the corpus behind `annotation_file`, in the same
    order for every file: the file, its backup, the choice of another file, the pasted
    articles' folder, the view (`viewer.annotations.opened_set` moves them together)."""
    return (annotation_file, backup_path(annotation_file), choice_record(annotation_file),
            pasted_folder(annotation_file), view_file(annotation_file))


def has_kept_work(annotation_file: Path) -> bool:
    """Is anything kept for the corpus behind this file: the file, the choice of another file
    (`chosen_file`), or a pasted article in its pasted folder (one moved aside when its article
    was removed does not count)?"""
    if annotation_file.exists() or choice_record(annotation_file).exists():
        return True
    try:
        return any(name.endswith(".txt") and not name.startswith(".")
                   for name in os.listdir(pasted_folder(annotation_file)))
    except OSError:
        return False


def _kept(annotation_file: Path) -> bool:
    """Has the corpus behind this file anything kept: annotations, the choice of another file,
    or pasted articles?"""
    return (annotation_file.exists() or choice_record(annotation_file).exists()
            or pasted_folder(annotation_file).exists())


def _resolved(corpus_paths: Sequence[Path | str]) -> list[str]:
    return sorted({_resolved_path(Path(p).expanduser()) for p in corpus_paths})


def _resolved_path(path: Path) -> str:
    """`path` with its links followed; a link leading in a circle is named by its absolute path
    instead: it loads nothing (the loader says so in one line), yet the corpus it was opened
    with keeps one stable name."""
    resolved = resolved_path(path)
    return os.path.abspath(path) if resolved is None else str(resolved)


def _present(resolved: list[str]) -> list[str]:
    """The paths that name something; all of them if none does. A link leading in a circle
    (kept unresolved by `_resolved_path`) names nothing, as a missing path: `parallax FOLDER
    LOOP` then finds the work kept for FOLDER, as a mistyped path does (review of a452853)."""
    # (`exists` follows links; every other link in these paths was followed already)
    return [p for p in resolved if os.path.exists(p)] or resolved


def _key(resolved: list[str]) -> str:
    digest = hashlib.sha256("\n".join(resolved).encode("utf-8", "surrogatepass")).hexdigest()
    first = Path(resolved[0])
    label = re.sub(r"[^A-Za-z0-9._-]+", "-", first.stem or first.name or "corpus").strip("-.")
    return f"{(label or 'corpus')[:40]}-{digest[:16]}"


def app_data_dir(environ: dict[str, str] | None = None, platform: str | None = None) -> Path:
    """The per-user folder the window keeps annotation files in, without asking Qt.

    The same folder as `QStandardPaths.AppDataLocation` for organisation and application
    "Parallax" (what `viewer.app` uses), so `parallax annotations import` writes the file the
    window reads.
    """
    import os
    import sys

    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    home = Path(env.get("HOME") or Path.home())
    if system.startswith("win"):
        base = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
    elif system == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "Parallax" / "Parallax"
