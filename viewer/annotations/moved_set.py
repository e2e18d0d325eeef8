"""Work kept for a set of folders that was renamed or moved since: found for the set open now
by the files its annotations name. No Qt.

A folder window's work is kept under a name made from the paths it was opened from
(`location.corpus_key`), so a folder renamed or moved opens with none of it, and nothing said
where it was (tester55b). `find_moved_work` looks, when the set open now has no work of its
own, at the annotation files kept for other sets: one some of whose annotated files' folders
are gone, whose files are found here (by name, in a folder open now that the earlier set did
not have, where their folder is gone; as themselves where it is still there), a clear majority
of them, each file found by name holding its own quotes, is this set's work moved (`sure`); one
whose files match only in part is a guess, said but not taken.

Kept cheap, as it runs at start: only what the annotation files store is compared (each
annotation names its file in `target.source`, and quotes its words), never the articles of
every kept set; of the files here, only those bearing an annotated name are read.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote, urlparse

from viewer.annotations.location import ANNOTATION_SUFFIX, default_annotation_file, has_kept_work
from viewer.safe_files import read_bytes

CLEAR_MAJORITY = 2 / 3
"""Of the annotated files found here by name, and of their quotes found in them: enough to take
the work up as this set's (a file or two renamed or left out since does not stop it)."""
ANNOTATION_FILE_LIMIT = 8 * 1024 * 1024
"""An annotation file larger than this is not looked into at start (it would slow it)."""
ARTICLE_LIMIT = 4 * 1024 * 1024
"""Of a file here whose name an annotation gives, the bytes read to find its quotes in."""


@dataclass(frozen=True)
class MovedWork:
    """Annotations kept for a set of folders no longer there, naming files of the set open."""

    file: Path
    """The annotation file kept for the earlier set."""
    named: int
    """Annotated files it names."""
    found: int
    """Of those, found here (as themselves, or by name in a folder new to the set)."""
    sure: bool
    """A clear majority of its files are here, as themselves or by name with their own quotes
    found in them, and one of those at least by name (a folder moved)."""
    matched: frozenset[Path] = frozenset()
    """The files here it was found to annotate (those counted towards `sure`)."""
    modified: float = 0.0
    """When `file` was last written (seconds since the epoch; 0 when unknown)."""


Skipped = Callable[[Path, str], None]
"""Told of a kept file the look-up could not use (the file, why), so it can be said."""


def find_moved_work(paths: Sequence[Path], data_dir: Path, *,
                    skipped: Skipped | None = None) -> MovedWork | None:
    """The work kept for a set of folders gone whose files are those of `paths` (the set open
    now, which has no work of its own); the best guess when none is sure; None when none
    names any file here. A kept file that cannot be read or compared is left out, and told
    to `skipped`: any file in the data folder may be damaged or another tool's, and the
    window runs this look-up as it starts, where a failure would stop it opening."""
    if has_kept_work(default_annotation_file(paths, data_dir)):
        return None
    here = _files_here(paths)
    here_paths = {_resolved(path) for files in here.values() for path in files}
    found: list[MovedWork] = []
    for candidate in _kept_files(data_dir / "annotations"):
        try:
            work = _compared(candidate, here, here_paths)
        except Exception as error:  # (a file's shape no rule foresaw: skip it, never fail)
            if skipped is not None:
                skipped(candidate, f"{type(error).__name__}: {error}"[:200])
            continue
        if work is not None:
            found.append(work)
    return _chosen(found)


def _chosen(found: list[MovedWork]) -> MovedWork | None:
    """The work to take up of those `found`, or the best guess to say (`sure` False).

    Several can be sure: a set changed in the window keeps both the earlier set's copy and the
    new set's work ({A} and {A, B}), and with A renamed both match. Where the one matching most
    files here matches every file the others do, it is the fuller, later stage of the same
    work, and is taken; of ones matching the same files, the one leaving fewest of its own
    files unmatched (A renamed opened alone is {A} moved, not {A, B}), then the file written
    last. Sets matching apart are a guess, the one matching most, then the newest, said."""
    ranked = sorted(found, key=lambda work: (-len(work.matched), work.named - len(work.matched),
                                             -work.modified))
    sure_ones = [work for work in ranked if work.sure]
    if sure_ones and all(other.matched <= sure_ones[0].matched for other in sure_ones[1:]):
        return sure_ones[0]
    if not ranked:
        return None
    guess = min(ranked, key=lambda work: (-work.found, -work.modified))
    return replace(guess, sure=False)


def _compared(candidate: Path, here: dict[str, list[Path]],
              here_paths: set[Path]) -> MovedWork | None:
    """What the work kept in `candidate` has of the files `here` (None: nothing, or no sign
    of a move)."""
    quoted = _annotated_files(candidate)
    earlier_folders = {path.parent for path in quoted}
    still_there = {folder for folder in earlier_folders if os.path.isdir(folder)}
    # (every folder still there: that set is another, a copy of these folders, not this
    # one moved)
    if not quoted or still_there == earlier_folders:
        return None
    # A file whose folder is still there counts as itself only (one of the folders open now,
    # kept in the set). One whose folder is gone counts by its name, and only in a folder open
    # now that is none of the earlier set's still there (the renamed folder is a new one: a
    # gone folder's 1.txt is not the 1.txt of a folder the set had beside it), and only where
    # its own quotes are found in it (each file on its own: a file of another story bearing
    # the same name is no sign, however well the others match).
    found = by_name = moved = 0
    matched: set[Path] = set()
    for path, quotes in quoted.items():
        if path.parent in still_there:
            if path in here_paths:
                found += 1
                matched.add(path)
            continue
        namesakes = [file for file in here.get(path.name, ())
                     if _resolved(file).parent not in still_there]
        if namesakes:
            found += 1
            by_name += 1
            holding = next((file for file in namesakes if _quotes_found_in(file, quotes)), None)
            if holding is not None:
                moved += 1
                matched.add(_resolved(holding))
    if not by_name:
        return None  # (none of the gone folders' files here: no sign of a move)
    sure = moved > 0 and len(matched) >= CLEAR_MAJORITY * len(quoted)
    return MovedWork(candidate, len(quoted), found, sure, frozenset(matched),
                     _modified(candidate))


def _modified(file: Path) -> float:
    try:
        return os.stat(file).st_mtime
    except OSError:
        return 0.0


def _files_here(paths: Sequence[Path]) -> dict[str, list[Path]]:
    """The files of the set open, by name: files given, and those of folders given."""
    files: dict[str, list[Path]] = {}
    for path in paths:
        if path.is_dir():
            try:
                names = sorted(os.listdir(path))
            except OSError:
                continue
            for name in names:
                if (path / name).is_file():
                    files.setdefault(name, []).append(path / name)
        elif path.is_file():
            files.setdefault(path.name, []).append(path)
    return files


def _resolved(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path


def _kept_files(folder: Path) -> list[Path]:
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        return []
    return [folder / name for name in names
            if name.endswith(ANNOTATION_SUFFIX) and not name.startswith(".")]


def _annotated_files(annotation_file: Path) -> dict[Path, list[str]]:
    """Each local file the annotations of `annotation_file` name -> their quotes of it."""
    try:
        document = json.loads(read_bytes(annotation_file, ANNOTATION_FILE_LIMIT))
    except (OSError, ValueError, RecursionError):
        # (unreadable, too large, damaged, nested deeper than the parser goes: the window
        # opening it says so; here it is simply not this set's work)
        return {}
    quoted: dict[Path, list[str]] = {}
    for item in _items(document):
        target = item.get("target")
        if not isinstance(target, dict) or not isinstance(target.get("source"), str):
            continue
        try:
            source = urlparse(target["source"])
        except ValueError:
            continue  # (a source no URL parser reads, "file://[x": that annotation only)
        if source.scheme != "file":
            continue  # (a web address names no folder)
        path = Path(unquote(source.path))
        selectors = target.get("selector")
        selectors = selectors if isinstance(selectors, list) else [selectors]
        quoted.setdefault(path, []).extend(
            selector["exact"] for selector in selectors
            if isinstance(selector, dict) and isinstance(selector.get("exact"), str)
            and selector["exact"].strip())
    return quoted


def _items(document: object) -> list[dict[str, object]]:
    """The annotations of a collection as Parallax writes it (`first.items`), or a list."""
    if isinstance(document, dict):
        first = document.get("first")
        items = first.get("items") if isinstance(first, dict) else document.get("items")
        document = items
    return [item for item in document if isinstance(item, dict)] \
        if isinstance(document, list) else []


def _quotes_found_in(file: Path, quotes: list[str]) -> bool:
    """A clear majority of `quotes` (one at least) is in `file`'s text."""
    if not quotes:
        return False  # (nothing to compare: a name alone is no sign)
    try:
        text = read_bytes(file, ARTICLE_LIMIT).decode("utf-8", "replace")
    except OSError:
        return False
    return sum(quote in text for quote in quotes) >= CLEAR_MAJORITY * len(quotes)
