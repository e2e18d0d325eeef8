"""At the start of a folder window with no work of its own: the work kept for its folders under
an earlier name (renamed or moved since) is copied to this set, as for a set change, and said
among the notices; a mere guess is said with where the work is (`viewer.annotations.moved_set`
decides; tester55b: a renamed folder opened with nothing, and no hint). The look-up runs as a
job (`viewer.annotations.moved_lookup`: it froze the window's start for seconds on a large or
slow folder), and what it finds is taken up when it comes, for the folders open then: copied
where the window has made nothing, else offered for import with where it is.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from viewer.printable import printable
from viewer.window_title import corpus_name
from widgets.opened_set_follower import AnnotationGui, in_project, record_set, take_up

if TYPE_CHECKING:
    from viewer.annotations.moved_lookup import MovedLookup

IMPORT_THEM = ("File › Import annotations… copies them into these folders' own, that file "
               "left as it was")
"""The way the notes offer to take the work up by hand: a copy, as every set change makes.
Not File › Open annotations…, which would have this set and the earlier one share one file
(the pointer between sets that lost work, removed in 2df2948)."""


class MovedWorkLookup:
    """A folder window's look-up of work kept under an earlier name, while it runs."""

    def __init__(self) -> None:
        self.pending = True
        """The look-up runs, or its outcome waits for the window's thread."""


def take_up_moved_work(gui: AnnotationGui) -> MovedWorkLookup | None:
    """At start, when the window has no work of its own: look, off the window's thread
    (`viewer.annotations.moved_lookup`), for work kept for a set of folders renamed or moved
    since, whose files are those open now; it is copied to this set when found, as for a set
    change, and said among the notices; a mere guess is said with where the work is
    (`viewer.annotations.moved_set`; tester55b: a renamed folder opened with nothing, no hint).
    None: nothing to look for (no data folder, no folders, a project)."""
    data_dir = gui.data_dir
    if data_dir is None or not gui.corpus_paths or gui.document is not None:
        return None
    from viewer.annotations.moved_lookup import look_up_moved_work

    lookup = MovedWorkLookup()
    look_up_moved_work(tuple(gui.corpus_paths), data_dir, gui.window.session.post,
                       lambda found: _found(gui, lookup, found))
    return lookup


def _found(gui: AnnotationGui, lookup: MovedWorkLookup, found: MovedLookup) -> None:
    """Take up what the look-up found, if it still applies: dropped where the window was closed
    meanwhile (its next start looks again). Where folders were opened meanwhile, the work follows
    the set open now, as `widgets.opened_set_follower` would have carried it there had the
    look-up ended first; where the window became a project, or annotations were made or taken
    up meanwhile, it is offered, not copied (the annotations in use are never replaced under
    the user), and said with where it is."""
    lookup.pending = False
    data_dir = gui.data_dir
    if data_dir is None or not gui.window.isVisible():
        return  # (a window gone)
    for file, why in found.skipped:
        print(f"parallax: {printable(str(file))}: not looked into for work kept under an "
              f"earlier name ({why})", file=sys.stderr)
    moved = found.moved
    if moved is None:
        return
    kept_in = printable(str(moved.file))
    # (a folder window's set only grows, each folder opened joining it: the files the work was
    # found for are still open, unless the window became a project)
    if in_project(gui):
        annotate = ("(renamed or moved?) annotate the files" if moved.sure else
                    f"name {moved.found} of the {moved.named} files they annotate as files")
        gui.window.notices.add_notes([
            f"{kept_in}: annotations kept for folders no longer there {annotate} of "
            f"{corpus_name(list(found.paths), samples=False)}, and were not copied into the "
            "project saved meanwhile; File › Import annotations… copies them into it, that "
            "file left as it was"])
        return
    names = corpus_name(gui.corpus_paths, samples=False)
    if not moved.sure:
        gui.window.notices.add_notes([
            f"{kept_in}: annotations kept for folders no longer there name {moved.found} of "
            f"the {moved.named} files they annotate as files of {names}; if they are these "
            f"folders renamed or moved, {IMPORT_THEM}"])
        return
    # (made nothing, not "the annotations installed": ticking View › Annotations, a Tag claim
    # cancelled, Figures install them with nothing in them; a file this set keeps by now --
    # an empty one saved with Ctrl+S, work taken up with a folder opened -- is said below,
    # never written over)
    if not gui.made_nothing():
        gui.window.notices.add_notes([
            f"{kept_in}: annotations kept for folders no longer there (renamed or moved?) "
            f"annotate these same files, and were not copied for {names}, where this window "
            f"holds annotations, claim groups or pasted articles of its own by now; "
            f"{IMPORT_THEM}"])
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
        record_set(gui)  # (found again by its paths, should it move again)
        view = getattr(gui, "folder_view", None)  # (the view copied with it, if none is shown)
        if view is not None:
            view.view.read_again(dict(moved.folders))  # (its removed files, where now)
        take_up(gui, followed.own_file)  # (its annotations shown, its pasted texts opened)
        gui.window.notices.add_notes([
            f"{kept_in}: annotations kept for folders no longer there (renamed or moved?) "
            f"annotate these same files: copied for {names}, the earlier file left as it was"])
    # (SAME, RENAMED: nothing of that work was there to copy by the time it was tried)
