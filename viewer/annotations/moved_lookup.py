"""The look-up of work kept for a set of folders under an earlier name
(`moved_set.find_moved_work`) as a job of the job layer, off the window's thread. No Qt.

It runs as a folder window starts, and its cost is the set's and the disk's, not Parallax's:
where a kept set's folders are gone, it lists and resolves every file of the folders open
(about seven file-system calls a file, 35,000 for a folder of 5,000: 0.2 s on a local disk,
seconds on a network share), and, for a set that was renamed, loads up to
`moved_set.FILES_COMPARED` of its files as the window loads them (a saved page's text
extracted from its markup: 3 s for a renamed folder of 200 news pages, on a local disk with
the files in memory). On the window's thread that was a window frozen at its start. The
outcome is handed to `post`, which runs it on the window's thread, with the paths it was
looked up for: what becomes of it there (copied for the folders open by then, or offered for
import where the window made something meanwhile or became a project) is the window's to
decide (`widgets.moved_work`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from viewer.cancel import Cancelled, CancelToken, ProgressCallback
from viewer.jobs.job import Job

from .moved_set import MovedWork

Post = Callable[[Callable[[], None]], None]
"""Runs a callable later on the window's thread (`viewer.session_jobs.Post`)."""


@dataclass(frozen=True)
class MovedLookup:
    """What the look-up found for the set of `paths`."""

    paths: tuple[Path, ...]
    moved: MovedWork | None
    """The work to take up, or the best guess (`sure` False); None: none names these files."""
    skipped: tuple[tuple[Path, str], ...] = ()
    """Kept files the look-up could not use, and paths open whose files could not be listed,
    each with why (the whole look-up failing: the data folder's annotations)."""


def look_up_moved_work(paths: tuple[Path, ...], data_dir: Path, post: Post,
                       found: Callable[[MovedLookup], None]) -> Job[MovedLookup]:
    """Start the look-up for the set of `paths`; `found(lookup)` is posted once it ends (never
    for a job cancelled). A failure of the look-up itself is one of its `skipped`: a hint at
    start is never worth a window that cannot open."""

    def work(_token: CancelToken, _progress: ProgressCallback) -> MovedLookup:
        from .moved_set import find_moved_work

        skipped: list[tuple[Path, str]] = []
        try:
            moved = find_moved_work(list(paths), data_dir,
                                    skipped=lambda file, why: skipped.append((file, why)))
        except Exception as error:  # (a file's shape no rule foresaw: said, never raised)
            skipped.append((data_dir / "annotations", f"{type(error).__name__}: {error}"))
            moved = None
        return MovedLookup(paths, moved, tuple(skipped))

    def ended(job: Job[MovedLookup]) -> None:
        try:
            lookup = job.result()
        except Cancelled:
            return
        post(lambda: found(lookup))

    job = Job.start(work, name="parallax-moved-work")
    job.add_done_callback(ended)
    return job
