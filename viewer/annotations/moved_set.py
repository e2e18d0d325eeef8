"""Work kept for a set of folders that was renamed or moved since: found for the set open now
by the files its annotations name. No Qt.

A folder window's work is kept under a name made from the paths it was opened from
(`location.corpus_key`), so a folder renamed or moved opens with none of it, and nothing said
where it was (tester55b). `find_moved_work` looks, when the set open now has no work of its
own, at the annotation files kept for other sets: one with a path of its set gone, whose files
are found here (by name, in a folder open now that the earlier set did not have, where their
folder is gone; as themselves where it is still there), a clear majority of them, each file
found by name holding its own quotes, is this set's work moved (`sure`); one whose files match
only in part is a guess, said but not taken.

Which paths a set had is read from the record the window keeps beside its work
(`set_record`); for a set kept before that record, from the folders of the files its
annotations name (`kept_annotated`: an article with a web address names none, so such a set is
found only through its record). Kept cheap, as it runs at start: a set whose paths are all
still there is passed over on its record alone; of the others only what the annotation file
stores is compared, never the articles of every kept set, and of the files here only those
bearing an annotated name are read, as the window loads them (a page's text, not its markup:
the quotes are of that text). Even so it takes seconds on a large or slow folder: the window
runs it as a job (`moved_lookup`).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from viewer.annotations.kept_annotated import AnnotatedFile, annotated_files
from viewer.annotations.location import (
    ANNOTATION_SUFFIX,
    default_annotation_file,
    has_kept_work,
    pasted_folder,
)
from viewer.annotations.set_record import recorded_set_paths

CLEAR_MAJORITY = 2 / 3
"""Of the annotated files found here, and of a file's quotes found in it: enough to take the
work up as this set's (a file or two renamed or left out since does not stop it)."""
ARTICLE_LIMIT = 4 * 1024 * 1024
"""Of a file here whose name an annotation gives, the bytes read to find its quotes in."""
FILES_COMPARED = 40
QUOTES_PER_FILE = 5
"""Of one kept set: the files here read and, of each, the quotes looked for in it (200 quotes
at most): enough to tell a set moved from another, and bounded whatever the set's size."""
T = TypeVar("T")


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
    folders: tuple[tuple[Path, Path], ...] = ()
    """Each path of the earlier set gone (or folder of an annotated file, `_went`) -> where
    most of the files compared below it were found by name: where it went (the view copied
    with the work lists the articles removed by their old paths, which
    `FolderView.read_again` maps through this, a file below a path by its place there)."""


Skipped = Callable[[Path, str], None]
"""Told of a kept file the look-up could not use, or of a path open whose files could not be
listed (the file, why), so it can be said."""


def find_moved_work(paths: Sequence[Path], data_dir: Path, *,
                    skipped: Skipped | None = None) -> MovedWork | None:
    """The work kept for a set of folders gone whose files are those of `paths` (the set open
    now, which has no work of its own); the best guess when none is sure; None when none
    names any file here. A kept file that cannot be read or compared is left out, and told
    to `skipped`: any file in the data folder may be damaged or another tool's, and one such
    file must not keep the other sets' work from being found (the window's job, `moved_lookup`,
    turns a failure of the whole look-up into one line)."""
    if has_kept_work(default_annotation_file(paths, data_dir)):
        return None
    here = _Here(paths, skipped)
    found: list[MovedWork] = []
    for candidate in _kept_files(data_dir / "annotations"):
        try:
            work = _compared(candidate, here)
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


def _compared(candidate: Path, here: _Here) -> MovedWork | None:
    """What the work kept in `candidate` has of the files `here` (None: nothing, or no sign
    of a move)."""
    recorded = recorded_set_paths(candidate)
    if recorded is not None and all(os.path.lexists(path) for path in recorded):
        return None  # (every path of that set still there: another set, not this one moved)
    files = annotated_files(candidate)
    if recorded is None:  # (kept before the record: the folders its annotations name)
        recorded = list({file.path.parent for file in files if file.path is not None})
    still_there = [path for path in recorded if os.path.lexists(path)]
    if not files or len(still_there) == len(recorded):
        return None
    gone = [path for path in recorded if path not in still_there]
    # A file of a path still there counts as itself only (one of the paths open now, kept in
    # the set). One whose folder is gone, or unknown (a web address), counts by its name, and
    # by name only in a folder open now that is none of the earlier set's still there (the
    # renamed folder is a new one: a gone folder's 1.txt is not the 1.txt of a folder the
    # set had beside it), and only where its own quotes are found in it (each file on its
    # own: a file of another story bearing the same name is no sign, however well the others
    # match). A file of unknown folder found as itself in a path still there counts so.
    # A pasted text kept beside the work goes with it (`opened_set` copies it): it is this
    # set's whichever folders moved, never a file to look for among theirs.
    pasted = _resolved(pasted_folder(candidate))
    found = 0
    matched: set[Path] = set()
    # Each file to find by name, with its namesakes in paths still there (a file of unknown
    # folder may be one of theirs) and those in folders new to the set.
    to_check: list[tuple[AnnotatedFile, list[Path], list[Path]]] = []
    for file in files:
        if file.path is not None and (file.path.parent == pasted
                                      or _under(file.path, still_there)):
            if file.path.parent == pasted or file.path in here.paths:
                found += 1
                matched.add(file.path)
            continue
        namesakes = here.by_name.get(file.name, [])
        new = [path for path in namesakes if not _under(path, still_there)]
        kept = [path for path in namesakes if path not in new] if file.path is None else []
        if new or kept:
            to_check.append((file, kept, new))
    if not any(new for _file, _kept, new in to_check):
        return None  # (none of the gone folders' files here: no sign of a move)
    # At most FILES_COMPARED files are read, spread over the set, and QUOTES_PER_FILE quotes
    # of each looked for (the look-up runs at start, as a job: `moved_lookup`); the files past
    # them count as the ones compared went.
    checked = _spread(range(len(to_check)), FILES_COMPARED)
    moved = compared_new = 0
    went_to: Counter[tuple[Path, Path]] = Counter()
    for index in checked:
        file, kept, new = to_check[index]
        quotes = _spread(file.quotes, QUOTES_PER_FILE)
        holding = next((path for path in kept if here.holds(path, quotes)), None)
        if holding is None and new:
            compared_new += 1
            holding = next((path for path in new if here.holds(path, quotes)), None)
            moved += holding is not None
            if holding is not None:
                went_to.update(_went(file, holding, gone))
        found += holding is not None or bool(new)
        if holding is not None:
            matched.add(holding)
    sample_holds = compared_new > 0 and moved >= CLEAR_MAJORITY * compared_new
    for index in sorted(set(range(len(to_check))) - set(checked)):
        _file, kept, new = to_check[index]
        found += bool(new) or (sample_holds and bool(kept))
        if sample_holds:
            moved += bool(new)
            matched.add((new or kept)[0])
    sure = moved > 0 and len(matched) >= CLEAR_MAJORITY * len(files)
    return MovedWork(candidate, len(files), found, sure, frozenset(matched),
                     _modified(candidate), _folders_moved(went_to))


def _went(file: AnnotatedFile, found_at: Path, gone: Sequence[Path]) -> list[tuple[Path, Path]]:
    """Where the paths of the earlier set gone that held `file` went, as `found_at` (where it
    was found by name) says: each path gone holding it -> the folder that holds it at the same
    place below (strike -> strike-2020 for strike/wire/x.txt found as strike-2020/wire/x.txt).
    Every such path, not only the file's folder: an article removed from another folder of the
    set (strike itself, when strike/wire is where the annotations are) is found through the
    one above it (`FolderView.read_again`). Found at another place below, the file says where
    its own folder went only; and its own folder is mapped in any case (strike/wire went to
    other/wire while strike went to strike-2020). A file named by its web address has no
    folder of its own: the earlier set's one folder gone, where there is one, is the one it
    was in."""
    if file.path is None:
        return [(gone[0], found_at.parent)] if len(gone) == 1 else []
    went = []
    for root in gone:
        if root != file.path and root not in file.path.parents:
            continue
        below = file.path.relative_to(root).parts
        if found_at.parts[len(found_at.parts) - len(below):] == below:
            went.append((root, Path(*found_at.parts[:len(found_at.parts) - len(below)])))
    # (and its own folder always: where strike/wire went elsewhere than strike, the deepest
    # path mapped says so for a file removed from strike/wire, review of db40fdd)
    own = (file.path.parent, found_at.parent)
    return [*went, own] if own not in went else went


def _folders_moved(went_to: Counter[tuple[Path, Path]]) -> tuple[tuple[Path, Path], ...]:
    """Each folder gone -> the folder open now holding most of its files found by name (of
    two as many, the first by name: the same answer at every start)."""
    best: dict[Path, tuple[Path, int]] = {}
    for (was_in, now_in), count in sorted(went_to.items()):
        if was_in not in best or count > best[was_in][1]:
            best[was_in] = (now_in, count)
    return tuple((was_in, now_in) for was_in, (now_in, _count) in sorted(best.items()))


def _spread(items: Sequence[T], most: int) -> list[T]:
    """At most `most` of `items`, spread evenly over them (all, where they are as few)."""
    if len(items) <= most:
        return list(items)
    return [items[index * len(items) // most] for index in range(most)]


def _under(path: Path, roots: Sequence[Path]) -> bool:
    """`path` is one of `roots` or inside one of them."""
    return any(path == root or root in path.parents for root in roots)


class _Here:
    """The files of the set open now, and their texts as the window loads them (each loaded
    once, only when an annotated file's quotes are looked for in it). The files are listed
    only when a kept set asks (one whose folders are gone, naming files): resolving each costs
    a file-system call per part of its path, 35,000 for a folder of 5,000 files, for nothing
    where no kept set moved."""

    def __init__(self, paths: Sequence[Path], skipped: Skipped | None = None) -> None:
        self._open = list(paths)
        self._skipped = skipped
        self._texts: dict[Path, str] = {}

    @cached_property
    def by_name(self) -> dict[str, list[Path]]:
        by_name: dict[str, list[Path]] = {}
        for path in self._open:
            # A path whose files cannot be listed (a folder without search permission: every
            # file's stat refused) is said once, by its name, and has no files here. Raised,
            # it failed each kept set that asked -- a cached_property keeps no exception --
            # and was said as that kept file's.
            try:
                files = _files_of(path)
            except OSError as error:
                if self._skipped is not None:
                    self._skipped(path, f"{type(error).__name__}: {error}"[:200])
                continue
            for file in files:
                by_name.setdefault(file.name, []).append(_resolved(file))
        return by_name

    @cached_property
    def paths(self) -> set[Path]:
        return {path for files in self.by_name.values() for path in files}

    def holds(self, path: Path, quotes: list[str]) -> bool:
        """A clear majority of `quotes` (one at least) is in the text of `path`."""
        if not quotes:
            return False  # (nothing to compare: a name alone is no sign)
        text = self._texts.get(path)
        if text is None:
            text = self._texts[path] = _loaded_text(path)
        return sum(quote in text for quote in quotes) >= CLEAR_MAJORITY * len(quotes)


def _loaded_text(path: Path) -> str:
    """The text the window shows of `path` (the quotes were taken from it: a page's words, not
    its markup; a text's body after its header); "" when it cannot be loaded."""
    from viewer.loading import load_file  # (the loader only when a file is compared)

    try:
        return load_file(path, max_bytes=ARTICLE_LIMIT).text
    except (OSError, ValueError):  # (ValueError: UnusableFile, the loader's refusal)
        return ""


def _files_of(path: Path) -> list[Path]:
    """The files `path` stands for: itself, or a folder's files. Raises OSError where they
    cannot be listed or looked at."""
    if path.is_dir():
        return [path / name for name in sorted(os.listdir(path)) if (path / name).is_file()]
    return [path] if path.is_file() else []


def _modified(file: Path) -> float:
    try:
        return os.stat(file).st_mtime
    except OSError:
        return 0.0


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
