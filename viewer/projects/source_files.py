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
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from viewer.annotations.orphan_reasons import why_unreadable
from viewer.cancel import CancelToken
from viewer.corpus import Article
from viewer.printable import printable

MISSING, UNREADABLE, RENAMED, CHANGED, SUPERSEDED = (
    "missing", "unreadable", "renamed", "changed", "superseded")

CLOCK_SLACK_SECONDS = 2.0
"""A file modified this close to the time its article was added may have changed after it was
read (a time stamp's resolution, a clock a shared folder keeps): it is read again."""
MAX_SIBLINGS_READ = 200
"""Files of a gone file's folder read to find it renamed: a folder of thousands is not read
whole for one missing file."""

ReadText = Callable[[Path], str]
"""A file's text as the loader reads it; raises `UnusableFile` (or OSError) with the reason."""


@dataclass(frozen=True)
class SourceChange:
    """What became of one article's file since it was added to the project."""

    article_id: str
    path: Path
    kind: str
    """MISSING, UNREADABLE, RENAMED, CHANGED, or SUPERSEDED (the file now holds the text of
    another article of the project, a later version added beside this one)."""
    added: str = ""
    detail: str = ""
    """UNREADABLE: why; RENAMED: the file's new path; SUPERSEDED: the later version's id;
    CHANGED: when the file was last modified, as "2026-12-08 09:12 UTC"."""

    def notice_line(self) -> str:
        """One line for the notice above the panes, "file: what happened"."""
        name, kept = printable(self.path.name), "the project keeps the text as it was added"
        if self.kind == MISSING:
            return f"{name}: no longer on disk at {printable(str(self.path.parent))} ({kept})"
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
        if self.kind == MISSING:
            return "The file is no longer there; this is the text as it was added."
        if self.kind == UNREADABLE:
            return f"The file {self.detail} now; this is the text as it was added."
        if self.kind == RENAMED:
            return (f"The file was renamed: its text is now in {printable(self.detail)}.")
        if self.kind == SUPERSEDED:
            return (f"The file has changed since: it now holds the text of {self.detail}, "
                    "added later; this is an earlier version.")
        return (f"The file has changed on disk since it was added (modified {self.detail}): "
                "this is the text as it was added.")


def source_changes(articles: Sequence[Article], added: Mapping[str, str], read: ReadText,
                   cancel: CancelToken | None = None) -> list[SourceChange]:
    """What became of the file of each of `articles` that `added` lists (article id -> when it
    was added, for the project's articles read from files), in order. `read` reads a file's
    text as the loader does. Stops early (what was found so far) when `cancel` is set."""
    by_path: dict[Path, list[Article]] = {}
    for article in articles:
        if article.path is not None and article.id in added:
            by_path.setdefault(Path(os.path.abspath(article.path)), []).append(article)
    changes: list[SourceChange] = []
    for path, versions in by_path.items():
        if cancel is not None and cancel.cancelled:
            break
        latest = versions[-1]
        when = added.get(latest.id, "")
        if not _exists(path):
            renamed = _renamed_to(path, latest.text, set(by_path), read)
            changes += [SourceChange(a.id, path, RENAMED if renamed else MISSING,
                                     added.get(a.id, ""), str(renamed or ""))
                        for a in versions]
            continue
        reason = why_unreadable(path)
        if reason is None and _changed_since(path, when):
            try:
                now = read(path)
            except Exception as error:  # the loader's reason: "cannot read: ...", "binary"
                reason = f"cannot be used ({error})"
            else:
                holding = next((a for a in versions if a.text == now), None)
                changes += [SourceChange(a.id, path, CHANGED if holding is None
                                         else SUPERSEDED, added.get(a.id, ""),
                                         _modified(path) if holding is None else holding.id)
                            for a in versions if a is not holding]
                continue
        if reason is not None:
            changes += [SourceChange(a.id, path, UNREADABLE, added.get(a.id, ""), reason)
                        for a in versions]
    return changes


def notice_lines(changes: Sequence[SourceChange]) -> list[str]:
    """The notice's lines, one per file: a file's several versions are one line."""
    lines: dict[Path, str] = {}
    for change in changes:
        lines.setdefault(change.path, change.notice_line())
    return list(lines.values())


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


def _renamed_to(gone: Path, text: str, referenced: set[Path], read: ReadText) -> Path | None:
    """The one file of `gone`'s folder, of its suffix and no article's file, whose text is
    `text`: the file renamed (the same text under a new name); None when none or several."""
    try:
        siblings = sorted(p for p in gone.parent.iterdir()
                          if p.suffix.lower() == gone.suffix.lower() and p not in referenced)
    except OSError:
        return None
    found = []
    for sibling in siblings[:MAX_SIBLINGS_READ]:
        try:
            if read(sibling) == text:
                found.append(sibling)
        except Exception:  # (a sibling that cannot be read is not the renamed file)
            continue
    return found[0] if len(found) == 1 else None
