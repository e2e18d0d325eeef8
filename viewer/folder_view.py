"""A folder window's view kept beside its annotation file: its panes, selected passage and
colours, and the articles the user removed. No Qt.

A project keeps its view and its articles in its file; a folder window forgot both at every
start: the ticks and the chosen passage were lost and a removed article came back (tester55).
`FolderView` keeps them in `<corpus>-<hash>.view.json` (`viewer.annotations.location.view_file`,
moved with the annotations when the set of folders open changes): the view as
`viewer.view_state` writes it, and `removed`, the files of the removed articles. At the next
start the removed articles are taken out again once read (a file the user opens again by
itself comes back), and the view is restored on the first result. Written atomically at close;
a view file that could not be read is said (`damaged`) and kept aside as `NAME.bak` then.

A view that could not be written at close (a read-only or full data folder) is noted in the
window's settings (`unsaved_record`, one key per view: `unsaved_key`) and said among the
notices at the next start of the same folders (`unsaved_line`): stderr alone went unseen, and a
question at close would block a scripted close and come when the user can do nothing about it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from viewer.corpus import Article
from viewer.safe_files import atomic_write_bytes, backup_path, read_bytes
from viewer.session import Session
from viewer.view_state import restore_view, view_state

VIEW_LIMIT = 4 * 1024 * 1024
"""A view file larger than this is none Parallax wrote: the window starts as without one."""


class FolderView:
    """The view of the folder window of `session`, kept in the file `view_file()` names (None:
    not kept, e.g. the window became a project)."""

    def __init__(self, session: Session, view_file: Callable[[], Path | None]) -> None:
        self.session = session
        self.view_file = view_file
        self.damaged: str | None = None
        """One line on a kept view file that could not be read (damaged, hostile), for the
        notices; the file is then kept aside (`NAME.bak`) when the view at close replaces it."""
        self._state = self._read()
        self.removed: set[str] = _removed_in(self._state)
        """The files of the articles the user removed (resolved paths)."""
        self._paths: dict[str, str] = {}
        """Article id -> its file, for the articles read from one."""
        self._opened_since: set[str] = set()
        """The files of articles added once the window showed a result: opened by the user."""
        self._restored = False
        session.articles_added.connect(self._added)
        session.article_removed.connect(self._removed)
        session.result_accepted.connect(self._restore)

    def read_again(self, folders_moved: Mapping[Path, Path] | None = None) -> None:
        """Read the view kept in the file again (work copied in since the start brought its
        view): restored on the first result, unless the window shows one already (the user's
        panes are never changed under them). Its removed articles stay out whenever it
        comes: those loaded meanwhile are taken out, as at start, but for one the user has
        opened since; and they join the ones removed in this window, so the record of the
        earlier removals is written again at close, not over. `folders_moved`: each folder
        of the set the view was kept for, gone, -> where it is now (work kept for folders
        since renamed or moved: `moved_set.MovedWork.folders`); the view lists the articles
        removed from it by their old paths, which would match none loaded, nor ever again."""
        state = self._read()
        if not self._restored:
            self._state = state
        moved = {Path(_resolved(was)): Path(_resolved(now))
                 for was, now in (folders_moved or {}).items()}
        copied = {_in_folder_now(path, moved) for path in _removed_in(state)} \
            - self._opened_since
        self.removed |= copied
        loaded = [article_id for article_id, path in self._paths.items() if path in copied]
        if loaded:
            self.session.remove_articles(loaded)

    def _read(self) -> dict[str, Any]:
        path = self.view_file()
        if path is None:
            return {}
        try:
            state = json.loads(read_bytes(path, VIEW_LIMIT))
        except FileNotFoundError:
            return {}  # (none yet)
        except (OSError, ValueError, RecursionError) as error:
            # (damaged, nested past the parser's depth too: the window starts as it would
            # without it, and says so -- it was silently replaced at close, a tester's report)
            self.damaged = damaged_line(path, error)
            return {}
        if not isinstance(state, dict):
            self.damaged = damaged_line(path, None)
            return {}
        return state

    def _added(self, articles: Sequence[Article], origin: str | None, _pages: object) -> None:
        again: list[str] = []
        for article in articles:
            if article.path is not None:
                path = _resolved(article.path)
                self._paths[article.id] = path
                if path in self.removed:
                    again.append(article.id)
                if self._restored:
                    self._opened_since.add(path)
        if again and not self._restored:
            # Read with its folder at start: the user removed it; it stays out.
            self.session.remove_articles(again)
        elif again and origin is not None:
            self.removed.difference_update(self._paths[i] for i in again)  # opened again

    def _removed(self, article_id: str) -> None:
        path = self._paths.pop(article_id, None)
        # A file opened again after its text changed is added beside the article open from
        # it (`viewer.already_open`), both from one path: removing one of them, the stale
        # copy most often, leaves the file open, and listed as removed it was taken out at
        # the next start, the only article from it then. The file is removed with the last.
        if path is not None and path not in self._paths.values():
            self.removed.add(path)

    def _restore(self, _result: object) -> None:
        if not self._restored:
            self._restored = True
            restore_view(self.session.workspace, self._state)

    def save(self) -> str | None:
        """Write the view (at close); a reason when it could not be written."""
        path = self.view_file()
        if path is None or self.session.workspace.result is None:
            return None
        state = {**view_state(self.session.workspace), "removed": sorted(self.removed)}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # (a file that could not be read is kept aside, as damaged annotation files are)
            atomic_write_bytes(path, json.dumps(state, ensure_ascii=False).encode("utf-8"),
                               backup=backup_path(path) if self.damaged else None)
        except OSError as error:
            return error.strerror or str(error)
        return None


def _removed_in(state: dict[str, Any]) -> set[str]:
    """The files of the removed articles a view's `state` lists (none where it is damaged)."""
    removed = state.get("removed")
    return {p for p in removed if isinstance(p, str)} if isinstance(removed, list) else set()


def _in_folder_now(path: str, moved: Mapping[Path, Path]) -> str:
    """`path`, a file of a folder that may have moved, where it is now: at its place below the
    deepest path gone holding it (strike/wire/x.txt in strike-2020/wire when strike went to
    strike-2020). Its own folder alone was looked up, which the look-up maps only where an
    annotated file was: a file removed from a folder of the set below or beside the annotated
    ones came back."""
    file = Path(path)
    holding = [was for was in moved if was == file or was in file.parents]
    if not holding:
        return path
    was = max(holding, key=lambda folder: len(folder.parts))
    return str(moved[was] / file.relative_to(was))


def damaged_line(path: Path, error: Exception | None) -> str:
    """The notice on a kept view file that could not be read for `error` (None: it is JSON but
    no view)."""
    if isinstance(error, RecursionError):
        reason = "nested too deeply to read"
    elif isinstance(error, UnicodeDecodeError):
        reason = "not UTF-8 text"
    elif isinstance(error, OSError):
        reason = error.strerror or str(error)
    elif error is not None:
        reason = "not JSON"
    else:
        reason = "JSON, but no view"
    return (f"{path}: the view kept for these folders could not be read ({reason}); the window "
            f"starts without it, and the file is kept as {backup_path(path).name} when the "
            "view is written at close")


def _resolved(path: Path | str) -> str:
    try:
        return str(Path(path).resolve())
    except (OSError, RuntimeError):
        return str(path)


def unsaved_key(view_file: Path) -> str:
    """The settings key (under the window's group for them) of the note on `view_file`: one
    key per view, so two windows -- two processes -- noting theirs at close never write over
    each other's (one JSON value for all of them lost the one written first)."""
    return hashlib.sha256(str(view_file).encode("utf-8", "surrogatepass")).hexdigest()[:20]


def unsaved_record(view_file: Path, reason: str, when: datetime) -> str:
    """The note that the view for `view_file` could not be written at `when`, for `reason`."""
    # (ensure_ascii: a Linux path that is not UTF-8 holds lone surrogates; escapes keep them)
    return json.dumps({"view": str(view_file), "reason": reason,
                       "when": when.isoformat(timespec="minutes")})


def unsaved_line(record: str, view_file: Path) -> str | None:
    """The line for the notices saying that the last view of the folders behind `view_file`
    could not be kept, from its note (None: damaged, or another view's)."""
    try:
        note = json.loads(record)
    except (ValueError, RecursionError):  # (nested past the parser's depth: damaged too)
        return None
    if not isinstance(note, dict) or note.get("view") != str(view_file):
        return None
    when = str(note.get("when", "")).replace("T", " ")
    reason = str(note.get("reason", "")) or "no reason given"
    return (f"{view_file}: the view at your last close{f' ({when})' if when else ''} could not "
            f"be kept there ({reason}); the panes, selected passage, colours and removed "
            "articles are those kept before it, if any")
