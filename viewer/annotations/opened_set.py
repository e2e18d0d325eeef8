"""A folder window's kept work follows the set of files and folders it has open. No Qt.

A folder window keeps its annotations, pasted articles and view under a name made from the
paths it was opened from (`location.corpus_key`). When the user opens another folder in the
window, the set changes, and so must the name: the next start with every folder on the command
line has to find the work (it was left under the first set's name, and `parallax A B C` opened
empty while the annotations were under `A B`'s name: tester55's first report).

`follow_opened_set` carries the work over by copying it: every piece kept beside the earlier
set's own file (the annotations, their backup, a choice of another file, the pasted articles,
the view) is copied to the new set's name (each copy written under a temporary name and then
renamed: all or nothing, and removed again if a later piece fails), and the window goes on in the
copy. The earlier set's pieces are left as they were, never moved nor pointed elsewhere: opening
the earlier set alone finds its work as it stood when the folder was opened, whatever another
window on that set goes on doing, and a chain of sets (A, then A and B, then A, B and C) leaves
each its own file (moving the work and leaving a pointer lost annotations: a second window on
the earlier set saved into a file nothing opened again, and the pointer of the first of a chain
named a file already moved on; tester55b). A new set that has work of its own is never
overwritten: the window keeps the earlier set's file and says so, unless the window has made
nothing yet, when it takes the new set's work up instead. A special file among the pasted
articles (a FIFO, a device), which the loader skips too, is left out of the copy and said
(`Followed.skipped`): it failed the whole copy (tester56 #12).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from viewer.annotations.chosen_file import file_in_use
from viewer.annotations.location import (
    default_annotation_file,
    kept_beside,
    pasted_folder,
    view_file,
)
from viewer.filesystem import special_file_kind
from viewer.printable import printable
from viewer.wording import count_of

_NO_LINKS = frozenset(e for e in (errno.EPERM, errno.ENOTSUP, getattr(errno, "EOPNOTSUPP", 0),
                                  errno.EXDEV, errno.EACCES) if e)
"""What os.link says where the file system makes no hard links (or refuses one to this
user, as some protected systems do): the copy is then renamed into place instead."""


class Outcome(Enum):
    SAME = "same"
    """The set's name did not change (the paths opened were in it already)."""
    COPIED = "copied"
    """The work was copied to the new set's name; the window goes on in the copy."""
    RENAMED = "renamed"
    """Nothing was kept yet: the new set's name is used from now on."""
    TAKEN_UP = "taken up"
    """The window had made nothing; the new set's own work is used from now on."""
    KEPT_APART = "kept apart"
    """The new set has work of its own: the window goes on in the earlier set's file
    (`reason`, where that set's annotation file cannot be read, says why)."""
    NOT_COPIED = "not copied"
    """A copy failed (`reason`): the window goes on in the earlier set's file."""


@dataclass(frozen=True)
class Followed:
    """Where a folder window's work is kept after the set it has open changed."""

    outcome: Outcome
    own_file: Path
    """The own annotation file the window uses from now on (pasted articles and the view are
    kept beside it)."""
    reason: str = ""
    pasted: dict[Path, Path] = field(default_factory=dict)
    """Each pasted text kept for the earlier set -> its copy kept for the new one."""
    skipped: tuple[str, ...] = ()
    """One line ("file: reason") for each special file the copy left out."""


def follow_opened_set(own_file: Path, paths: Sequence[Path], data_dir: Path, *,
                      made_nothing: bool) -> Followed:
    """Carry the work kept beside `own_file` (the window's own annotation file) over to the
    set `paths` now open. `made_nothing`: the window holds no annotation, no claim group and no
    pasted article, so taking up the new set's own work loses nothing."""
    wanted = default_annotation_file(paths, data_dir)
    if wanted == own_file:
        return Followed(Outcome.SAME, own_file)
    # (a view alone is no work of that set's: the window's own view replaces it at close)
    if any(os.path.lexists(piece) for piece in kept_beside(wanted) if piece != view_file(wanted)):
        theirs = file_in_use(wanted)[0]
        if made_nothing or theirs == file_in_use(own_file)[0]:
            # (nothing here to lose, or the earlier set points at this set's work already)
            return Followed(Outcome.TAKEN_UP, wanted)
        return Followed(Outcome.KEPT_APART, own_file, _unreadable(theirs) or "")
    pieces = [(piece, target) for piece, target in zip(kept_beside(own_file),
                                                         kept_beside(wanted), strict=True)
              if os.path.lexists(piece) and not os.path.lexists(target)]
    if not any(piece != view_file(own_file) for piece, _target in pieces):
        for piece, target in pieces:  # (the view alone: copied quietly, or written at close)
            with contextlib.suppress(OSError):
                _copy(Path(piece), Path(target))
        return Followed(Outcome.RENAMED, wanted)
    copied: list[Path] = []
    skipped: list[str] = []
    try:
        for piece, target in pieces:
            skipped += _copy(Path(piece), Path(target))
            copied.append(Path(target))
    except OSError as error:
        for target in reversed(copied):
            with contextlib.suppress(OSError):
                _remove(target)
        if isinstance(error, FileExistsError):
            # (another window wrote the new set's work since it was looked at: that set has
            # work of its own now, and it is never overwritten)
            return Followed(Outcome.TAKEN_UP if made_nothing else Outcome.KEPT_APART,
                            wanted if made_nothing else own_file)
        return Followed(Outcome.NOT_COPIED, own_file, copy_problem(error))
    pasted_from, pasted_to = pasted_folder(own_file), pasted_folder(wanted)
    pasted = ({path: pasted_to / path.name for path in pasted_from.iterdir()
               if os.path.lexists(pasted_to / path.name)}
              if pasted_to in copied else {})
    return Followed(Outcome.COPIED, wanted, pasted=pasted, skipped=tuple(skipped))


def _unreadable(annotation_file: Path) -> str | None:
    """Why the annotation file a set keeps cannot be read, with "the file is left as it is";
    None where it can (or there is none). An unreadable file was said as work of that set's
    own, which sent the user to look for annotations that cannot be shown (tester56 #16). Read
    only when a set is kept apart, which is rare; the window reads it anyway when it opens
    that set."""
    from viewer.annotations.document import AnnotationDocument

    return AnnotationDocument.open_or_block(annotation_file).unread_notice()


def _copy(piece: Path, target: Path) -> list[str]:
    """`piece` (a file, a symbolic link or the pasted articles' folder) copied to `target`,
    written under a temporary name first and put into place whole (a full disk leaves no half
    copy under the set's name). Raises FileExistsError where `target` exists by then. Returns
    a line for each special file in a folder, which is not copied (no article: the loader
    skips it too, and copying one fails or, for a FIFO, could wait for a writer forever)."""
    temporary = target.with_name(f".{target.name}.copying")
    with contextlib.suppress(FileNotFoundError):
        _remove(temporary)
    skipped: list[str] = []

    def special_files(folder: str, names: list[str]) -> set[str]:
        kinds = {name: _special_kind(os.path.join(folder, name)) for name in names}
        left_out = sorted(name for name, kind in kinds.items() if kind is not None)
        skipped.extend(f"{printable(os.path.join(folder, name))}: {kinds[name]}, not an "
                       "article; not copied with the pasted articles" for name in left_out)
        return set(left_out)

    try:
        if piece.is_dir() and not piece.is_symlink():
            shutil.copytree(piece, temporary, symlinks=True, ignore=special_files)
            _put_in_place(temporary, target, folder=True)
        else:
            shutil.copy2(piece, temporary, follow_symlinks=False)
            _put_in_place(temporary, target, folder=False)
    except OSError:
        with contextlib.suppress(OSError):
            _remove(temporary)
        raise
    return skipped


def _special_kind(path: str) -> str | None:
    """What the special file `path` is, in words (not following a link: a link is copied as a
    link); None for anything else, or what cannot be looked at (its copy then says why)."""
    try:
        return special_file_kind(os.lstat(path).st_mode)
    except OSError:
        return None


def copy_problem(error: OSError) -> str:
    """Why a copy failed, in one line. A folder's copy raises one error listing every file's
    (source, target, reason), which the window showed as Python wrote it (tester56 #12): the
    first file and its reason are said, with how many more failed."""
    failures = error.args[0] if isinstance(error, shutil.Error) and error.args else None
    if isinstance(failures, list) and failures and len(failures[0]) == 3:
        source, _target, why = failures[0]
        # ("[Errno 13] Permission denied: '/the/file'" -> "Permission denied")
        reason = re.sub(r"^\[Errno -?\d+\] (.*?)(?:: '.*')?$", r"\1", str(why))
        more = f" (and {count_of(len(failures) - 1, 'more file')})" if len(failures) > 1 else ""
        return f"{printable(str(source))}: {reason}{more}"
    return error.strerror or str(error)


def _put_in_place(temporary: Path, target: Path, *, folder: bool) -> None:
    """`temporary` given the name `target`, never over a `target` that another window wrote
    since it was looked for (os.rename replaces a file silently on POSIX).

    A file is linked under the new name, which fails with FileExistsError where the name is
    taken, and the temporary name then removed. A folder cannot be linked: renamed, it
    replaces only an empty folder (one holding something fails), which holds no work. Where
    the file system has no links (FAT, some network shares), the name is looked for once
    more just before the rename: the window narrowed to an instant, not closed."""
    if not folder:
        try:
            os.link(temporary, target, follow_symlinks=False)
        except OSError as error:  # (FileExistsError, EEXIST, is not among _NO_LINKS)
            if error.errno not in _NO_LINKS:
                raise
        else:
            os.remove(temporary)
            return
    if os.path.lexists(target) and not folder:
        raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
    try:
        os.rename(temporary, target)
    except OSError as error:
        if error.errno in (errno.ENOTEMPTY, errno.EEXIST):
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) \
                from error
        raise


def _remove(path: Path) -> None:
    """`path` removed, a folder with what it holds (a symbolic link itself, never its target)."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        os.remove(path)
