"""A folder window's kept work follows the set of files and folders it has open. No Qt.

A folder window keeps its annotations, pasted articles and view under a name made from the
paths it was opened from (`location.corpus_key`). When the user opens another folder in the
window, the set changes, and so must the name: the next start with every folder on the command
line has to find the work (it was left under the first set's name, and `parallax A B C` opened
empty while the annotations were under `A B`'s name: tester55's first report).

`follow_opened_set` carries the work over: every piece kept beside the earlier set's own file
is renamed to the new set's name (a rename in the same folder: all or nothing per piece, and
undone if a later piece fails), and the earlier set's name is left pointing at the file the
work goes on in (a `chosen_file` record), so opening the earlier set alone still finds it (its
annotations on articles not open then are listed as orphaned, never dropped). A new set that
has work of its own is never overwritten: the window keeps the earlier set's file and says so,
unless the window has made nothing yet, when it takes the new set's work up instead.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from viewer.annotations.chosen_file import file_in_use, remember_choice
from viewer.annotations.location import default_annotation_file, kept_beside, view_file


class Outcome(Enum):
    SAME = "same"
    """The set's name did not change (the paths opened were in it already)."""
    MOVED = "moved"
    """The work was renamed to the new set's name."""
    RENAMED = "renamed"
    """Nothing was kept yet: the new set's name is used from now on."""
    TAKEN_UP = "taken up"
    """The window had made nothing; the new set's own work is used from now on."""
    KEPT_APART = "kept apart"
    """The new set has work of its own: the window goes on in the earlier set's file."""
    NOT_MOVED = "not moved"
    """A rename failed (`reason`): the window goes on in the earlier set's file."""


@dataclass(frozen=True)
class Followed:
    """Where a folder window's work is kept after the set it has open changed."""

    outcome: Outcome
    own_file: Path
    """The own annotation file the window uses from now on (pasted articles and the view are
    kept beside it)."""
    reason: str = ""


def follow_opened_set(own_file: Path, paths: Sequence[Path], data_dir: Path, *,
                      made_nothing: bool) -> Followed:
    """Carry the work kept beside `own_file` (the window's own annotation file) over to the
    set `paths` now open. `made_nothing`: the window holds no annotation and no pasted
    article, so taking up the new set's own work loses nothing."""
    wanted = default_annotation_file(paths, data_dir)
    if wanted == own_file:
        return Followed(Outcome.SAME, own_file)
    # (a view alone is no work of that set's: the window's own view replaces it at close)
    if any(os.path.lexists(piece) for piece in kept_beside(wanted) if piece != view_file(wanted)):
        if made_nothing or file_in_use(wanted)[0] == file_in_use(own_file)[0]:
            # (nothing here to lose, or the earlier set points at this set's work already)
            return Followed(Outcome.TAKEN_UP, wanted)
        return Followed(Outcome.KEPT_APART, own_file)
    pieces = [(piece, target) for piece, target in zip(kept_beside(own_file),
                                                         kept_beside(wanted), strict=True)
              if os.path.lexists(piece) and not os.path.lexists(target)]
    if not any(piece != view_file(own_file) for piece, _target in pieces):
        for piece, target in pieces:  # (the view alone: it follows quietly, or is rewritten)
            with contextlib.suppress(OSError):
                os.rename(piece, target)
        return Followed(Outcome.RENAMED, wanted)
    in_use = file_in_use(own_file)[0]
    moved: list[tuple[Path, Path]] = []
    try:
        for piece, target in pieces:
            os.rename(piece, target)
            moved.append((piece, target))
        # The earlier set now opens the annotations where they go on (a pointer to no file
        # would be said as a file gone at its next start).
        going_on = wanted if in_use == own_file else in_use
        if going_on.is_file():
            remember_choice(own_file, going_on)
    except OSError as error:
        for piece, target in reversed(moved):
            with contextlib.suppress(OSError):
                os.rename(target, piece)
        return Followed(Outcome.NOT_MOVED, own_file, error.strerror or str(error))
    return Followed(Outcome.MOVED, wanted)
