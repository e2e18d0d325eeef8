"""Whether the files a project's articles were read from still say what the project keeps: each
one gone, unreadable, renamed (its text now under another name in its folder) or changed on
disk since it was added. No Qt.

The project keeps its own copy of every article's text, so nothing is lost when a file changes;
but a fact-checker who reopens a project must know that the file an article cites now says
something else (a tester corrected, deleted, renamed and locked files between two days, and the
project opened as if nothing had happened). A file is read only when it may have changed since
the article was added (its modification time is not before that); its text is compared as the
window would read it again, which is what "added beside" compares too.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PureWindowsPath

from viewer.annotations.named_articles import is_windows_path
from viewer.annotations.orphan_reasons import why_unreadable
from viewer.cancel import CancelToken
from viewer.corpus import Article
from viewer.printable import printable

from .renamed_files import FolderIndex, ReadText

MISSING, UNREADABLE, RENAMED, CHANGED, SUPERSEDED = (
    "missing", "unreadable", "renamed", "changed", "superseded")
MAYBE_RENAMED = "maybe renamed"
FOLDER_GONE = "folder gone"

CLOCK_SLACK_SECONDS = 2.0
"""A file modified this close to the time its article was added may have changed after it was
read (a time stamp's resolution, a clock a shared folder keeps): it is read again."""


@dataclass(frozen=True)
class SourceChange:
    """What became of one article's file since it was added to the project."""

    article_id: str
    path: Path
    kind: str
    """MISSING, UNREADABLE, RENAMED, MAYBE_RENAMED (gone from its path, its folder's files not
    all read to find it under a new name), CHANGED, SUPERSEDED (the file now holds the text of
    another article of the project, a later version added beside this one), or FOLDER_GONE (its
    folder is not on this machine: a project from another, a drive not plugged in)."""
    added: str = ""
    detail: str = ""
    """UNREADABLE: why; RENAMED: the file's new path; MAYBE_RENAMED: how many files of its folder
    were left unread; SUPERSEDED: the later version's id; CHANGED: when the file was last
    modified, as "2026-12-08 09:12 UTC"; FOLDER_GONE: the folder, as the project writes it."""
    folder_files: int = 0
    """FOLDER_GONE: how many of the project's files that folder holds."""

    def notice_line(self) -> str:
        """One line for the notice above the panes, "file: what happened"."""
        name, kept = printable(self.path.name), "the project keeps the text as it was added"
        if self.kind == FOLDER_GONE:
            files = f"{self.folder_files:,} file" + ("" if self.folder_files == 1 else "s")
            where = ("are not on this machine" if _names_another_system(self.detail)
                     else "are no longer there: the folder is gone, renamed or moved")
            return (f"the project's files in {printable(self.detail)} {where} "
                    f"({files}; the project keeps their texts as they were added)")
        if self.kind == MISSING:
            return f"{name}: no longer on disk at {printable(str(self.path.parent))} ({kept})"
        if self.kind == MAYBE_RENAMED:
            return (f"{name}: no longer under this name in {printable(str(self.path.parent))}; "
                    f"it may be one of the {self._unread()} there not read to find it renamed "
                    f"({kept})")
        if self.kind == UNREADABLE:
            return f"{name}: {self.detail} ({kept})"
        if self.kind == RENAMED:
            return f"{name}: renamed to {printable(Path(self.detail).name)} (same text)"
        if self.kind == SUPERSEDED:
            return f"{name}: now holds the text of {self.detail}; {self.article_id} is an " \
                   "earlier version"
        return f"{name}: changed on disk since it was added (modified {self.detail}; {kept})"

    def provenance_line(self) -> str:
        """The sentence Article details adds to where the article came from."""
        if self.kind == FOLDER_GONE:
            where = ("are not on this machine" if _names_another_system(self.detail)
                     else "are no longer there (the folder is gone, renamed or moved)")
            return (f"The project's files in {printable(self.detail)} {where}; "
                    "this is the text as it was added.")
        if self.kind == MISSING:
            return "The file is no longer there; this is the text as it was added."
        if self.kind == MAYBE_RENAMED:
            return ("The file is no longer there under this name; it may be one of the "
                    f"{self._unread()} of its folder not read to find it renamed; this is the "
                    "text as it was added.")
        if self.kind == UNREADABLE:
            return f"The file {self.detail} now; this is the text as it was added."
        if self.kind == RENAMED:
            return (f"The file was renamed: its text is now in {printable(self.detail)}.")
        if self.kind == SUPERSEDED:
            return (f"The file has changed since: it now holds the text of {self.detail}, "
                    "added later; this is an earlier version.")
        return (f"The file has changed on disk since it was added (modified {self.detail}): "
                "this is the text as it was added.")

    def _unread(self) -> str:
        files = int(self.detail or 0)
        return f"{files:,} file" + ("" if files == 1 else "s")


def source_changes(articles: Sequence[Article], added: Mapping[str, str], read: ReadText,
                   cancel: CancelToken | None = None) -> list[SourceChange]:
    """What became of the file of each of `articles` that `added` lists (article id -> when it
    was added, for the project's articles read from files), in order. `read` reads a file's
    text as the loader does. Stops early (what was found so far) when `cancel` is set."""
    by_path: dict[Path, list[Article]] = {}
    for article in articles:
        if article.path is not None and article.id in added:
            by_path.setdefault(_local_path(article.path), []).append(article)
    found: dict[Path, list[SourceChange]] = {}
    gone: dict[Path, list[Article]] = {}  # (looked for under new names once all are known)
    away: dict[str, list[Path]] = {}  # a folder not on this machine, as written -> its files
    for path, versions in by_path.items():
        if cancel is not None and cancel.cancelled:
            break
        folder = _absent_folder(path)
        if folder is not None:
            away.setdefault(folder, []).append(path)
        elif not _exists(path):
            gone[path] = versions
        else:
            found[path] = _on_disk(path, versions, added, read)
    found.update(_renamed_or_missing(gone, set(by_path), added, read, cancel))
    for folder, paths in away.items():
        for path in paths:
            found[path] = [SourceChange(a.id, path, FOLDER_GONE, added.get(a.id, ""), folder,
                                        len(paths)) for a in by_path[path]]
    return [change for path in by_path for change in found.get(path, ())]


def _on_disk(path: Path, versions: Sequence[Article], added: Mapping[str, str],
             read: ReadText) -> list[SourceChange]:
    """What became of a file still at its path: unreadable, changed, or now the text of a
    later version; nothing when it holds the latest version's text."""
    reason = why_unreadable(path)
    if reason is None and _changed_since(path, added.get(versions[-1].id, "")):
        try:
            now = read(path)
        except Exception as error:  # the loader's reason: "cannot read: ...", "binary"
            reason = f"cannot be used ({error})"
        else:
            holding = next((a for a in versions if a.text == now), None)
            return [SourceChange(a.id, path, CHANGED if holding is None else SUPERSEDED,
                                 added.get(a.id, ""),
                                 _modified(path) if holding is None else holding.id)
                    for a in versions if a is not holding]
    if reason is None:
        return []
    return [SourceChange(a.id, path, UNREADABLE, added.get(a.id, ""), reason) for a in versions]


def _renamed_or_missing(gone: Mapping[Path, Sequence[Article]], referenced: set[Path],
                        added: Mapping[str, str], read: ReadText,
                        cancel: CancelToken | None) -> dict[Path, list[SourceChange]]:
    """Each gone file renamed (its latest version's text under one new name in its folder),
    perhaps renamed (among files of its folder left unread), or missing. Each folder's unknown
    files are read once for all its gone files (`viewer.projects.renamed_files`)."""
    suffixes: dict[Path, set[str]] = {}
    for path in gone:
        suffixes.setdefault(path.parent, set()).add(path.suffix)
    indexes = {folder: FolderIndex(folder, wanted, referenced, read, cancel)
               for folder, wanted in suffixes.items()}
    changes: dict[Path, list[SourceChange]] = {}
    for path, versions in gone.items():
        lookup = indexes[path.parent].lookup(path, versions[-1].text)
        kind, detail = MISSING, ""
        if lookup.renamed_to is not None:
            kind, detail = RENAMED, str(lookup.renamed_to)
        elif lookup.unread:
            kind, detail = MAYBE_RENAMED, str(lookup.unread)
        changes[path] = [SourceChange(a.id, path, kind, added.get(a.id, ""), detail)
                         for a in versions]
    return changes


def notice_lines(changes: Sequence[SourceChange]) -> list[str]:
    """The notice's lines, one per file (a file's several versions are one line), and one per
    folder not on this machine (a project from another said 2,000 times "no longer on disk")."""
    lines: dict[Path | str, str] = {}
    for change in changes:
        key = change.detail if change.kind == FOLDER_GONE else change.path
        lines.setdefault(key, change.notice_line())
    return list(lines.values())


def _local_path(path: Path) -> Path:
    """An article's path as this machine finds it: absolute (a relative one is taken from
    where the window runs, as the loader took it), but a Windows path on another system as it
    is, which no directory of this machine would make sense of."""
    return path if _names_another_system(str(path)) else Path(os.path.abspath(path))


def _names_another_system(path: str) -> bool:
    """Whether `path` is written as another system writes paths (a Windows path here): its
    folder is on another machine, not one gone from this one (a review: a folder renamed
    here was said to be "not on this machine")."""
    return os.name != "nt" and is_windows_path(path)


def _absent_folder(path: Path) -> str | None:
    """The folder of a file whose folder is not on this machine, as the project writes it
    (a Windows path's with its own separators); None when the folder is here."""
    if _names_another_system(str(path)):
        return str(PureWindowsPath(str(path)).parent)
    try:
        return None if path.parent.is_dir() else str(path.parent)
    except (OSError, ValueError):
        return str(path.parent)


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def _changed_since(path: Path, added: str) -> bool:
    """Whether the file may have changed after `added` (an ISO 8601 time; unknown: it may)."""
    try:
        since = datetime.fromisoformat(added.replace("Z", "+00:00")).timestamp()
        return os.stat(path).st_mtime >= since - CLOCK_SLACK_SECONDS
    except (OSError, ValueError, OverflowError):
        return True


def _modified(path: Path) -> str:
    try:
        stamp = datetime.fromtimestamp(os.stat(path).st_mtime, tz=timezone.utc)
    except (OSError, ValueError, OverflowError):
        return ""
    return stamp.strftime("%Y-%m-%d %H:%M UTC")  # (as Article details gives the time added)
