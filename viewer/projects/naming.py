"""The file name Save project as suggests for articles opened from files and folders: the
folder's name, or its parent's where the folder is named for what it holds ("articles",
"texts"), so that a week's projects are not all "articles.parallax"; for several folders, the
name of the folder they share, else "FIRST and N more". No Qt."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

GENERIC_FOLDERS = frozenset((
    "articles", "article", "texts", "text", "txt", "pages", "corpus", "data", "files",
    "downloads", "documents", "docs", "input", "sources", "news", "saved", "html"))
"""Folder names that say what a folder holds, not which story."""

_UNSAFE = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]+')
"""Characters a file name may not hold on one of the systems the window runs on (Windows
refuses `:*?"<>|` and the backslash); a folder's name read on Linux may hold them."""
MAX_NAME_BYTES = 240
"""UTF-8 bytes of the suggested name before ".parallax": file systems allow 255 bytes (Linux,
macOS) or 255 UTF-16 units (Windows), and a CJK character is three bytes."""


def suggested_project_name(paths: Sequence[Path], home: Path | None = None) -> str:
    """"NAME.parallax" for the folders of `paths` (a file's folder, or a folder): NAME the
    folder's name for one folder (for a generic one, its parent's); for several, the name of the
    folder holding them all, unless that is the home folder or the root, which say nothing of a
    story (tester55b: a set of three folders was suggested its first folder's name, as if the
    project held that folder alone), else "FIRST and N more"; "project.parallax" when none names
    anything. `home`: the user's home folder (`Path.home()` by default)."""
    folders = list(dict.fromkeys(_story_folder(path) for path in paths))
    if not folders:
        return "project.parallax"
    if len(folders) == 1:
        return _file_name(folders[0].name)
    try:
        shared: Path | None = Path(os.path.commonpath(folders))
    except ValueError:  # (on two drives, C: and D:, they share no folder)
        shared = None
    if shared is not None:
        says_nothing = {Path(shared.anchor), (home or Path.home()).absolute()}
        # (a generic shared folder gives its parent's name: the home folder's, for
        # ~/articles, which says nothing either)
        named = _named(shared)
        if shared in folders or (named not in says_nothing and named.name):
            return _file_name(named.name)
    return _file_name(f"{folders[0].name} and {len(folders) - 1} more")


def _story_folder(path: Path) -> Path:
    """The folder `path` stands for: a file's folder, or the folder itself."""
    return _named((path if path.is_dir() else path.parent).absolute())


def _named(folder: Path) -> Path:
    """`folder`, or its parent where its name says only what it holds."""
    if folder.name.casefold() in GENERIC_FOLDERS and folder.parent.name:
        return folder.parent
    return folder


def _file_name(name: str) -> str:
    """`name` + ".parallax", its characters safe in a file name on every system."""
    safe = _cut(_UNSAFE.sub("-", name).strip(" ."), MAX_NAME_BYTES).strip(" .")
    return f"{safe or 'project'}.parallax"


def _cut(name: str, limit: int) -> str:
    """`name`'s characters up to `limit` bytes of UTF-8, never half a character."""
    size = 0
    for index, character in enumerate(name):
        # (surrogatepass: a name read from bytes that are not UTF-8 holds lone surrogates)
        size += len(character.encode("utf-8", "surrogatepass"))
        if size > limit:
            return name[:index]
    return name
