"""At the start of a folder window with no work of its own: the work kept for its folders under
an earlier name (renamed or moved since) is copied to this set, as for a set change, and said
among the notices; a mere guess is said with where the work is (`viewer.annotations.moved_set`
decides; tester55b: a renamed folder opened with nothing, and no hint).
"""

from __future__ import annotations

import sys
from pathlib import Path

from viewer.printable import printable
from viewer.window_title import corpus_name
from widgets.opened_set_follower import AnnotationGui

IMPORT_THEM = ("File › Import annotations… copies them into these folders' own, that file "
               "left as it was")
"""The way the notes offer to take the work up by hand: a copy, as every set change makes.
Not File › Open annotations…, which would have this set and the earlier one share one file
(the pointer between sets that lost work, removed in 2df2948)."""


def take_up_moved_work(gui: AnnotationGui) -> None:
    """At start, before the window chooses its annotation file: work kept for a set of folders
    renamed or moved since, whose files are those open now, is copied to this set, as for a
    set change, and said among the notices; a mere guess is said with where the work is
    (`viewer.annotations.moved_set`; tester55b: a renamed folder opened with nothing, no hint)."""
    data_dir = gui.data_dir
    if data_dir is None or not gui.corpus_paths or gui.document is not None:
        return
    from viewer.annotations.moved_set import find_moved_work

    def skipped(file: Path, why: str) -> None:
        print(f"parallax: {printable(str(file))}: not looked into for work kept under an "
              f"earlier name ({why})", file=sys.stderr)

    try:
        moved = find_moved_work(gui.corpus_paths, data_dir, skipped=skipped)
    except Exception as error:  # (a hint at start is never worth a window that cannot open)
        skipped(data_dir / "annotations", f"{type(error).__name__}: {error}")
        return
    if moved is None:
        return
    kept_in = printable(str(moved.file))
    names = corpus_name(gui.corpus_paths, samples=False)
    if not moved.sure:
        gui.window.notices.add_notes([
            f"{kept_in}: annotations kept for folders no longer there name {moved.found} of "
            f"the {moved.named} files they annotate as files of {names}; if they are these "
            f"folders renamed or moved, {IMPORT_THEM}"])
        return
    from viewer.annotations.opened_set import Outcome, follow_opened_set

    followed = follow_opened_set(moved.file, gui.corpus_paths, data_dir, made_nothing=True)
    if followed.outcome is Outcome.NOT_COPIED:
        gui.window.notices.add_notes([
            f"{kept_in}: annotations kept for folders no longer there annotate these files, "
            f"but could not be copied for {names} ({followed.reason}); {IMPORT_THEM}"])
    elif followed.outcome is Outcome.TAKEN_UP:
        # (these folders keep something of their own -- a backup, the choice of another
        # file, pasted texts set aside -- which is never overwritten: nothing was copied)
        gui.window.notices.add_notes([
            f"{kept_in}: annotations kept for folders no longer there annotate these files, "
            f"but were not copied for {names}, which keep work of their own "
            f"({printable(str(followed.own_file))}); {IMPORT_THEM}"])
    elif followed.outcome is Outcome.COPIED:
        # (as for a set change: the pasted texts' copies are the ones this window keeps)
        gui.keep_for(gui.corpus_paths, followed.own_file, dict(followed.pasted))
        gui.window.workspace.report_problems(list(followed.skipped))  # (a FIFO left out)
        gui.window.notices.add_notes([
            f"{kept_in}: annotations kept for folders no longer there (renamed or moved?) "
            f"annotate these same files: copied for {names}, the earlier file left as it was"])
    # (SAME, RENAMED: nothing of that work was there to copy by the time it was tried)
