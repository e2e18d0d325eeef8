"""Which files a path stands for and their bytes: folders expanded, special files (FIFO,
device, socket) and links out of a folder skipped, the size limit applied before reading.

Every refusal is an `UnusableFile` or a `LoadProblem` with its one-line reason; a FIFO is never
opened (that would wait for a writer forever). No Qt here.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from viewer.corpus import LoadProblem
from viewer.filesystem import special_file_kind
from viewer.loading.unusable import UnusableFile
from viewer.printable import printable
from viewer.wording import count_of

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Files larger than this are refused unread (20 MiB: far beyond any article, small enough
that decoding and the engine stay quick)."""

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
DOCUMENT_SUFFIXES = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".pages", ".epub",
                               ".mht", ".mhtml", ".webarchive"})
"""Formats an article may be saved in that Parallax does not read: a folder holding some says
so in one line (images, data and other files are passed over in silence)."""
"""What a folder is searched for; other files in a folder are ignored."""


FoundFile = tuple[Path, bool, str]
"""A file to load: its path as named, whether the user named it, and its real path (what tells
the same file named twice)."""


def expand(path: Path) -> tuple[list[FoundFile], list[LoadProblem]]:
    """The files a path stands for, each with whether the user named it and its real path,
    and the problems.

    In a folder, special files (FIFOs, devices, sockets) and symbolic links that lead out of
    the folder are skipped, each with a problem; a file the user names is opened wherever it is.
    """
    try:
        info = path.stat()
    except FileNotFoundError:
        return [], [LoadProblem(path, _broken_link(path) or "no such file or folder")]
    except PermissionError:
        return [], [LoadProblem(path, "permission denied")]
    except OSError as error:
        return [], [LoadProblem(path, _broken_link(path)
                                or f"cannot open: {error.strerror or error}")]
    if not stat.S_ISDIR(info.st_mode):
        return [(path, True, os.path.realpath(path))], []
    try:
        entries = sorted(os.scandir(path), key=lambda entry: entry.name)
    except PermissionError:
        return [], [LoadProblem(path, "cannot read folder: permission denied")]
    except OSError as error:
        return [], [LoadProblem(path, f"cannot read folder: {error.strerror or error}")]
    files: list[FoundFile] = []
    problems: list[LoadProblem] = []
    documents: set[str] = set()
    skipped_documents = 0
    folder = os.path.realpath(path)
    for entry in entries:
        # Hidden files include macOS "._name.txt" resource forks, which are binary.
        # (the suffix as `Path.suffix` gives it for a name not starting with a dot; five
        # thousand `Path` objects cost more than the rest of the listing)
        suffix = os.path.splitext(entry.name)[1].lower()
        if entry.name.startswith(".") or suffix not in ARTICLE_SUFFIXES:
            if suffix in DOCUMENT_SUFFIXES and not entry.name.startswith("."):
                documents.add(suffix)
                skipped_documents += 1
            continue
        entry_path = path / entry.name
        # A regular file that is no link, as the listing itself says, needs no `stat`.
        kind = None if _is_plain_file(entry) else _special_kind(entry)
        if kind is not None:
            problems.append(LoadProblem(entry_path, f"{kind}, not a file; skipped"))
            continue
        if not _is_file(entry):
            # A subfolder is not opened (as documented); a link named like an article that
            # leads nowhere, or in a circle, is said rather than silently left out.
            reason = _broken_link(entry_path) if entry.is_symlink() else None
            if reason is not None:
                problems.append(LoadProblem(entry_path, reason))
            continue
        # A file that is no link is where the folder really is (one path join, where
        # `realpath` would look at every component of the path again, file after file).
        target = os.path.join(folder, entry.name)
        if entry.is_symlink():
            target = os.path.realpath(entry_path)
            if os.path.commonpath([folder, target]) != folder:
                problems.append(LoadProblem(
                    entry_path, f"a link to {printable(target)}, outside the folder; skipped "
                                "(open that file by name to use it)"))
                continue
        files.append((entry_path, False, target))
    # One line for the folder, not one per file: articles saved in a word processor's or a
    # PDF's format are not read, and the user should know why they are missing.
    other_formats = (f"{count_of(skipped_documents, 'document')} in other formats "
                     f"({', '.join(sorted(documents))}) not read: save articles as .txt, .md "
                     "or .html") if documents else ""
    if not files and not problems:
        suffixes = ", ".join(sorted(ARTICLE_SUFFIXES))
        reason = f"folder holds no article files ({suffixes})"
        return [], [LoadProblem(path, f"{reason}; {other_formats}" if other_formats
                                else reason)]
    if other_formats:
        problems.append(LoadProblem(path, other_formats))
    return files, problems


def _is_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _broken_link(path: Path) -> str | None:
    """Why the symbolic link `path` leads to no file (nowhere, in a circle), or None."""
    try:
        os.stat(path)
        return None
    except OSError as error:
        try:
            target = printable(os.readlink(path))
        except OSError:
            return None  # not a link after all
        if error.errno == errno.ELOOP:
            return f"a link to {target} that leads in a circle; skipped"
        if error.errno == errno.ENOENT:
            return f"a link to {target}, which does not exist; skipped"
        return f"a link to {target}: {error.strerror or error}; skipped"


def _is_plain_file(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_file(follow_symlinks=False)
    except OSError:
        return False


def _special_kind(entry: os.DirEntry[str]) -> str | None:
    """What a special file (or a link to one) is, in words; None for files and folders."""
    try:
        return special_file_kind(entry.stat().st_mode)
    except OSError:
        return None


HEAD_BYTES = 100
"""What a file too large to read is still read of: SQLite's header, which tells a project (a
project over the limit among other paths is a project, not a file too large)."""


class FileTooLarge(UnusableFile):
    """A file over the size limit, with its first HEAD_BYTES bytes (`head`)."""

    def __init__(self, reason: str, head: bytes) -> None:
        super().__init__(reason)
        self.head = head


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing special files and files over `max_bytes` before reading
    (`FileTooLarge`, with the file's head).

    A FIFO is never opened: opening one for reading waits for a writer, forever. The file is
    looked at with `stat` first and opened non-blocking, in case it was swapped in between.
    Read with the operating system's calls alone (no file object: at thousands of files its
    buffering and bookkeeping cost more than the reading).
    """
    try:
        kind = special_file_kind(os.stat(path).st_mode)
        if kind is not None:
            raise UnusableFile(f"{kind}, not a file; skipped")
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        try:
            info = os.fstat(fd)
            if stat.S_ISDIR(info.st_mode):
                raise IsADirectoryError
            if not stat.S_ISREG(info.st_mode):
                raise UnusableFile(f"{special_file_kind(info.st_mode) or 'not a regular file'}"
                                   ", not a file; skipped")
            if info.st_size > max_bytes:
                raise FileTooLarge(
                    f"too large ({_size(info.st_size)}; the limit is {_size(max_bytes)})",
                    _read_up_to(fd, HEAD_BYTES))
            # Ask for the size fstat gave and one byte more; if the file grew since, read on to
            # one byte past the limit.
            raw = _read_up_to(fd, info.st_size + 1)
            if len(raw) > info.st_size:
                raw += _read_up_to(fd, max_bytes + 1 - len(raw))
        finally:
            os.close(fd)
    except PermissionError:
        raise UnusableFile("cannot read: permission denied") from None
    except IsADirectoryError:
        raise UnusableFile("is a folder") from None
    except OSError as error:
        raise UnusableFile(f"cannot read: {error.strerror or error}") from None
    if len(raw) > max_bytes:
        raise UnusableFile(f"too large (over the limit of {_size(max_bytes)})")
    if not raw:
        raise UnusableFile("empty file")
    return raw


def _read_up_to(fd: int, size: int) -> bytes:
    """Up to `size` bytes from `fd`, fewer only at the end of the file."""
    chunks = []
    while size > 0:
        chunk = os.read(fd, size)
        if not chunk:
            break
        chunks.append(chunk)
        size -= len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _size(n_bytes: int) -> str:
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / (1024 * 1024):.1f} MB"
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:.1f} KB"
    return f"{n_bytes} bytes"
