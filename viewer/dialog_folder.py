"""Where the window's file dialogs start -- one rule for all of them: the folder of the last file
or folder the user chose in any of them, else the folder of the articles opened, else the
documents folder, else home (never the hidden per-user data folder the app keeps its own files
in). A tester found Export annotations… opening in the article folder and Save project as… in
the home folder; each dialog had its own rule. A save dialog starts beside a folder of articles
the window opened whole, not in it (`save_folder`). No Qt."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from viewer.passage_reports import export_folder


def start_folder(last: Path | None, corpus_paths: Sequence[Path],
                 documents: Path | None) -> Path:
    """The folder a file dialog opens in (see the module docstring)."""
    if last is not None and last.is_dir():
        return last
    return export_folder(corpus_paths, documents)


def folder_of_choice(chosen: Path) -> Path:
    """The folder to remember after the user chose `chosen` (a file, or a folder to open)."""
    return chosen if chosen.is_dir() else chosen.parent


def save_folder(start: Path, corpus_paths: Sequence[Path]) -> Path:
    """Where a save dialog opens, `start` being where any dialog would: not inside a folder of
    articles the window opened whole, but beside it. A report or a project saved there is a
    file of that folder at every later opening ("a Parallax report, not an article; skipped":
    a French-speaking newcomer saved the export where it was offered)."""
    opened = {path.resolve() for path in corpus_paths if path.is_dir()}
    # (only the folder itself: its subfolders are not read, and one the user chose is theirs)
    return start.parent if start.resolve() in opened else start
