"""The paths a folder set was opened from, recorded beside the work kept for it
(`<corpus>-<hash>.folders.json`). No Qt.

A set's kept annotation file is named by a hash of its paths (`location.corpus_key`), which
cannot be turned back into them, and its annotations do not always say where their files
were: an article with a web address (a page's url metadata, a text's `url:` header) names
that address. So the window records the set's paths (`record_set_paths`, at each save and
when the set changes), and `moved_set` reads them (`recorded_set_paths`) to tell which kept
sets have a folder gone -- only those can be a set since renamed or moved -- without reading
their annotations. The record is the set's own: it is never copied with the work to another
set's name (`location.kept_beside` leaves it out).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from viewer.safe_files import atomic_write_bytes, read_bytes

SET_RECORD_SUFFIX = ".folders.json"
RECORD_LIMIT = 1024 * 1024
"""A record larger than this is no record of Parallax's (a set of thousands of paths is less)."""
RECORD_VERSION = 1


def set_record(annotation_file: Path) -> Path:
    """Where the paths of the set whose own annotation file is `annotation_file` are kept."""
    return annotation_file.with_name(annotation_file.stem + SET_RECORD_SUFFIX)


def record_set_paths(annotation_file: Path, paths: Sequence[Path]) -> None:
    """Record `paths` (the set's, as opened) beside `annotation_file`, unless recorded already.
    Raises OSError (a read-only or full data folder: the caller goes on without it)."""
    wanted = sorted(_resolved(path) for path in paths)
    if recorded_set_paths(annotation_file) == [Path(path) for path in wanted]:
        return
    # (ensure_ascii: a Linux path that is not UTF-8 holds lone surrogates, which JSON's
    # escapes keep and UTF-8 would refuse)
    data = json.dumps({"version": RECORD_VERSION, "paths": wanted}, indent=1)
    atomic_write_bytes(set_record(annotation_file), data.encode("ascii"))


def recorded_set_paths(annotation_file: Path) -> list[Path] | None:
    """The paths recorded for the set of `annotation_file`; None when none are (a set kept by
    a Parallax before the record, or a record that cannot be read)."""
    try:
        record = json.loads(read_bytes(set_record(annotation_file), RECORD_LIMIT))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(record, dict) or record.get("version") != RECORD_VERSION:
        return None
    paths = record.get("paths")
    if not isinstance(paths, list) or not paths \
            or not all(isinstance(path, str) and path for path in paths):
        return None
    return [Path(path) for path in paths]


def _resolved(path: Path) -> str:
    try:
        return str(path.expanduser().resolve())
    except (OSError, RuntimeError):
        return str(path)
