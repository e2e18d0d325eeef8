"""The file name Save project as suggests for articles opened from files and folders: the
folder's name, or its parent's where the folder is named for what it holds ("articles",
"texts"), so that a week's projects are not all "articles.parallax". No Qt."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

GENERIC_FOLDERS = frozenset((
    "articles", "article", "texts", "text", "txt", "pages", "corpus", "data", "files",
    "downloads", "documents", "docs", "input", "sources", "news", "saved", "html"))
"""Folder names that say what a folder holds, not which story."""


def suggested_project_name(paths: Sequence[Path]) -> str:
    """"NAME.parallax" for the first of `paths` (a file's folder, or a folder), NAME its folder's
    name or, for a generic one, its parent's; "project.parallax" when none names anything."""
    if not paths:
        return "project.parallax"
    folder = (paths[0] if paths[0].is_dir() else paths[0].parent).absolute()
    if folder.name.casefold() in GENERIC_FOLDERS and folder.parent.name:
        folder = folder.parent
    return f"{folder.name or 'project'}.parallax"
