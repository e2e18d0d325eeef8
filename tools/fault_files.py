"""The fault matrix's rows for Parallax's own files: hostile annotation files, damaged or foreign
project files, and the places a command or the window writes to (a FIFO, a symlink loop, a folder,
a read-only folder, a full disk, an immutable file), each made for real in a fresh folder.
tools/fault_matrix.py runs them; the article inputs are tools/fault_inputs.py's."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from fault_inputs import GOOD_A, REPO, SHARED, png, run_quiet, sparse_file

# --- annotation files ---------------------------------------------------------------------------

ANNOTATION_ID = "urn:uuid:6f1c1a52-6a70-4a8e-9d44-0c3c1f0b7a11"
"""The id of the one annotation `good_annotations` holds."""


def _annotation(folder: Path) -> dict[str, object]:
    start = GOOD_A.index(SHARED)
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
            "id": ANNOTATION_ID, "motivation": "tagging",
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": "claim"}],
            "target": {"source": (folder / "good_a.txt").as_uri(), "selector": [
                {"type": "TextQuoteSelector", "exact": SHARED},
                {"type": "TextPositionSelector", "start": start, "end": start + len(SHARED)}]}}


def good_annotations(folder: Path) -> bytes:
    return json.dumps({"@context": "http://www.w3.org/ns/anno.jsonld",
                       "type": "AnnotationCollection",
                       "first": {"type": "AnnotationPage",
                                 "items": [_annotation(folder)]}}).encode()


ANNOTATION_ROWS: dict[str, Callable[[Path], bytes | None]] = {
    "truncated JSON": lambda f: good_annotations(f)[:150],
    "nested 100,000 deep": lambda f: b"[" * 100_000 + b"]" * 100_000,
    "nested 100,000 deep (objects)": lambda f: b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "number 1e400": lambda f: good_annotations(f).replace(b'"start": ', b'"start": 1e400, "x": '),
    "start 1e400": lambda f: json.dumps(_annotation(f)).replace(
        '"start": ', '"start": 1e400 , "y": ').encode(),
    "duplicate keys": lambda f: good_annotations(f).replace(
        b'"type": "AnnotationCollection"', b'"type": "AnnotationCollection", "type": "Annotation"'),
    "sparse 2 GB file": lambda f: None,  # made by sparse_file
    "top level a number": lambda f: b"42",
    "top level a string": lambda f: b'"annotations"',
    "top level null": lambda f: b"null",
    "UTF-16 JSON": lambda f: good_annotations(f).decode().encode("utf-16"),
    "binary (PNG)": lambda f: png(),
    "empty file": lambda f: b"",
    "100,000-digit number": lambda f: json.dumps(_annotation(f)).replace(
        '"start": ', '"start": ' + "9" * 100_000 + ', "z": ').encode(),
}


# --- project files ------------------------------------------------------------------------------

def _real_project(path: Path, folder: Path) -> None:
    code = ("import sys\nfrom pathlib import Path\nfrom viewer.loading import load_paths\n"
            "from viewer.projects import Project\n"
            "p = Project.create(Path(sys.argv[1]))\n"
            "p.add_articles(load_paths([Path(sys.argv[2])]).articles)\np.close()\n")
    subprocess.run([sys.executable, "-c", code, str(path), str(folder)], check=True, cwd=REPO,
                   env={**os.environ, "PYTHONPATH": str(REPO)})


def _project_bytes(kind: str) -> Callable[[Path, Path], None]:
    def build(path: Path, folder: Path) -> None:
        if kind == "sparse":
            sparse_file(2 * 1024 ** 3)(path)
            return
        if kind == "empty":
            path.write_bytes(b"")
            return
        if kind == "json":
            path.write_bytes(b'{"articles": [}')
            return
        if kind == "other sqlite":
            with sqlite3.connect(path) as connection:
                connection.execute("create table t (x)")
            return
        _real_project(path, folder)
        data = path.read_bytes()
        if kind == "truncated":
            path.write_bytes(data[: len(data) // 2])
        elif kind == "garbage":
            path.write_bytes(data[:100] + os.urandom(len(data) - 100))
        elif kind == "newer":
            with sqlite3.connect(path) as connection:
                connection.execute("pragma user_version = 99")
        elif kind == "hostile records":
            with sqlite3.connect(path) as connection:
                for key, value in (("a", "[" * 100_000 + "]" * 100_000), ("b", "1e400"),
                                   ("c", '{"x": 1, "x": 2}'), ("d", "9" * 100_000),
                                   ("e", "[1, 2")):
                    for kind2 in ("annotation", "claim", "provenance", "correction", "view"):
                        connection.execute("insert or replace into records (kind, key, value, "
                                           "revision, modified) values (?, ?, ?, 1, '')",
                                           (kind2, key, value))
    return build


PROJECT_ROWS: dict[str, Callable[[Path, Path], None]] = {
    "project cut in half": _project_bytes("truncated"),
    "project of random bytes after the header": _project_bytes("garbage"),
    "empty .parallax": _project_bytes("empty"),
    "JSON text named .parallax": _project_bytes("json"),
    "another program's SQLite": _project_bytes("other sqlite"),
    "sparse 2 GB .parallax": _project_bytes("sparse"),
    "newer project version": _project_bytes("newer"),
    "hostile JSON records": _project_bytes("hostile records"),
}



# --- outputs: where a command or the window writes --------------------------------------------

def _out_fifo(folder: Path, name: str) -> None:
    os.mkfifo(folder / name)


def _out_loop(folder: Path, name: str) -> None:
    (folder / name).symlink_to("other" + name)
    (folder / ("other" + name)).symlink_to(name)


def _out_folder(folder: Path, name: str) -> None:
    (folder / name).mkdir()


def _out_read_only(folder: Path, name: str) -> None:
    (folder / name).write_bytes(b"the user's file")
    run_quiet("mount", "--bind", str(folder), str(folder))
    run_quiet("mount", "-o", "remount,bind,ro", str(folder))


def _out_full(folder: Path, name: str) -> None:
    run_quiet("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(folder))
    (folder / name).write_bytes(b"the user's file")
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"f" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


def _out_immutable(folder: Path, name: str) -> None:
    (folder / name).write_bytes(b"the user's file")
    run_quiet("chattr", "+i", str(folder / name))


OUTPUT_ROWS: dict[str, Callable[[Path, str], None]] = {
    "a FIFO": _out_fifo,
    "a symlink loop": _out_loop,
    "a folder": _out_folder,
    "in a read-only folder (bind mount)": _out_read_only,
    "on a full disk (64 KB tmpfs)": _out_full,
    "an immutable file (chattr +i)": _out_immutable,
}
