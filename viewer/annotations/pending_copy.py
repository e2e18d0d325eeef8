"""A copy of a folder window's work to a new set of folders that failed, and is still waiting
when the window closes: what the window's settings keep of it, so that the next start of
either set tries it again (`widgets.pending_set_copy`). No Qt.

The window tries a failed copy again at each save, when a folder is opened and when it closes
(`widgets.opened_set_follower`); a copy that still fails then (the data folder read-only or
full all along) was forgotten with the window, and the next start of the new set opened empty
with no hint of where the work was (review of 825cbf8). Recorded, it is tried again and said.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from viewer.annotations.location import default_annotation_file


@dataclass(frozen=True)
class PendingCopy:
    """The work kept beside `earlier` (the earlier set's own annotation file) waits to be
    copied to the set of `paths`."""

    earlier: Path
    paths: tuple[Path, ...]
    reason: str
    """Why the last try failed."""

    def concerns(self, own_file: Path, data_dir: Path) -> bool:
        """A window whose own annotation file is `own_file` is on the earlier set or the new
        one."""
        return own_file in (self.earlier, default_annotation_file(self.paths, data_dir))


def pending_key(earlier: Path) -> str:
    """The settings key of the copy waiting from `earlier` (one key per set: two windows
    noting theirs do not overwrite each other's; the file's name is unique to its set)."""
    return earlier.stem


def encoded(pending: PendingCopy) -> str:
    # (ensure_ascii: a Linux path that is not UTF-8 holds lone surrogates; escapes keep them)
    return json.dumps({"earlier": str(pending.earlier),
                       "paths": [str(path) for path in pending.paths],
                       "reason": pending.reason})


def decoded(text: str) -> PendingCopy | None:
    """The copy `text` records (None: damaged, or written by a later Parallax)."""
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(record, dict):
        return None
    earlier, paths, reason = record.get("earlier"), record.get("paths"), record.get("reason")
    if not isinstance(earlier, str) or not earlier or not isinstance(paths, list) or not paths \
            or not all(isinstance(path, str) and path for path in paths):
        return None
    return PendingCopy(Path(earlier), tuple(Path(path) for path in paths),
                       reason if isinstance(reason, str) else "")

