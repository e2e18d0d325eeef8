"""Pasted articles kept with the annotations made on them, so they are there at the next start.

A pasted text has no file, so an annotation on it would be orphaned when the window is opened
again. It is stored beside the annotation file, in a folder named after it:

    DATA_DIR/annotations/<corpus>-<hash>.jsonld            the annotations
    DATA_DIR/annotations/<corpus>-<hash>.pasted/NAME.txt   one UTF-8 text per pasted article

Each text starts with a `title:` header line (read back by the loader like any article file's
header), so the folder is also readable and editable by hand. Files are written atomically and
never overwritten: a second paste with the same name gets `NAME-2.txt`. The stored article is
returned with its `path` set, so annotations name it by its `file:` URI and find it again.
A pasted article the user removes is set aside (`.NAME.txt.removed` in the same folder), not
deleted: it no longer opens with the corpus, and the text is still there to recover by hand.
No Qt here.
"""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

from viewer.annotations.location import pasted_folder
from viewer.corpus import Article
from viewer.printable import printable
from viewer.safe_files import atomic_write_bytes


def stored_pasted_paths(annotation_file: Path) -> list[Path]:
    """The pasted articles kept for this annotation file, sorted by name (none: []); a link
    there that leads out of the folder is none (`links_out_of_pasted` says so)."""
    return [path for path in _listed(annotation_file) if _target_outside(path) is None]


def links_out_of_pasted(annotation_file: Path) -> list[str]:
    """One line ("path: reason") per link among the pasted articles kept for this annotation
    file that leads out of their folder: not opened. Opened by name with the corpus, such a
    link was read whatever it named (`/etc/passwd` became an article, which Save project as
    would have copied into a file sent to colleagues -- a fault tester's); an article folder's
    own links leading out are skipped the same way."""
    lines = []
    for path in _listed(annotation_file):
        target = _target_outside(path)
        if target is not None:
            lines.append(f"{printable(path)}: a link to {printable(target)}, outside the folder "
                         "of pasted articles; skipped")
    return lines


def _listed(annotation_file: Path) -> list[Path]:
    folder = pasted_folder(annotation_file)
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    return [folder / name for name in sorted(names)
            if name.endswith(".txt") and not name.startswith(".")]


def _target_outside(path: Path) -> str | None:
    """Where the link `path` leads when that is outside its folder, else None."""
    if not os.path.islink(path):
        return None
    folder = os.path.realpath(path.parent)
    target = os.path.realpath(path)
    return None if os.path.commonpath([folder, target]) == folder else target


def keep_pasted(article: Article, annotation_file: Path) -> Article:
    """Store a pasted `article` (no path yet) beside `annotation_file`; returns it with the
    stored file as its path. Raises OSError when the folder cannot be written, ValueError when
    the text would not read back as an article (the caller keeps the article in memory and
    says so; no file is left to be refused at every later opening)."""
    folder = pasted_folder(annotation_file)
    folder.mkdir(parents=True, exist_ok=True)
    path = _free_name(folder, _file_stem(article.id))
    title = " ".join(article.title.split())
    header = f"title: {title}\n\n" if title else ""
    atomic_write_bytes(path, (header + article.body.strip() + "\n").encode("utf-8"))
    # Offsets must index the text as the next start will read it: read it back the same way.
    from viewer.loading import load_file
    from viewer.loading.unusable import UnusableFile

    try:
        return dataclasses.replace(load_file(path), id=article.id)
    except UnusableFile as unusable:
        path.unlink(missing_ok=True)
        raise ValueError(str(unusable)) from None


def _file_stem(article_id: str) -> str:
    stem = re.sub(r"[^\w.-]+", "-", article_id, flags=re.UNICODE).strip("-.")
    return stem[:80] or "pasted"


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}.txt"
    n = 2
    while candidate.exists():
        candidate = folder / f"{stem}-{n}.txt"
        n += 1
    return candidate


def is_kept_pasted(path: Path, annotation_file: Path) -> bool:
    """Is `path` a pasted article kept for this annotation file?"""
    return Path(path).parent == pasted_folder(annotation_file)


def set_aside_pasted(path: Path) -> Path:
    """Rename a kept pasted article so it no longer opens with the corpus (the user removed
    it); returns the new name. Raises OSError when it cannot be renamed."""
    path = Path(path)
    target = path.with_name(f".{path.name}.removed")
    n = 2
    while os.path.lexists(target):
        target = path.with_name(f".{path.name}.removed-{n}")
        n += 1
    os.rename(path, target)
    return target


def move_pasted(from_file: Path, to_file: Path) -> dict[Path, Path]:
    """Move the pasted articles kept for `from_file` to those of `to_file` (a name taken there
    gets `NAME-2.txt`: nothing is overwritten); returns each moved text's old path -> new path.
    A text that cannot be moved stays where it was."""
    moved: dict[Path, Path] = {}
    if pasted_folder(from_file) == pasted_folder(to_file):
        return moved
    for path in stored_pasted_paths(from_file):
        try:
            pasted_folder(to_file).mkdir(parents=True, exist_ok=True)
            target = _free_name(pasted_folder(to_file), path.stem)
            os.rename(path, target)
        except OSError:
            continue
        moved[path] = target
    return moved
