"""The fault matrix's rows for Parallax's own files added in session 17: annotation files a
user's mess holds (positions claiming a gigabyte, a 10 MB quote, 100,000 annotations, a 1 GB
string, comments, a page naming itself, a project or an article where the annotation file
should be) and projects as they are found later (their article files moved or rewritten, a
write killed mid-transaction, an older version, rows no Parallax wrote). What each row should
do is in `ANNOTATION_EXPECT` / `PROJECT_EXPECT` (default: refused in one line).
tools/fault_matrix.py runs them beside tools/fault_files.py's rows."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from fault_files import ANNOTATION_ID, _annotation, _real_project, good_annotations
from fault_inputs import GOOD_A, PLAIN, REPO, SHARED, good_articles, sparse_file


def _collection(items: list[dict[str, object]]) -> bytes:
    return json.dumps({"@context": "http://www.w3.org/ns/anno.jsonld",
                       "type": "AnnotationCollection",
                       "first": {"type": "AnnotationPage", "items": items}}).encode()


def _positions(start: object, end: object) -> Callable[[Path], bytes]:
    def build(folder: Path) -> bytes:
        annotation = _annotation(folder)
        annotation["target"]["selector"][1].update(start=start, end=end)  # type: ignore[index]
        return _collection([annotation])
    return build


def _quote(exact: str, *, position: bool = True) -> Callable[[Path], bytes]:
    def build(folder: Path) -> bytes:
        annotation = _annotation(folder)
        selectors = annotation["target"]["selector"]  # type: ignore[index]
        selectors[0]["exact"] = exact
        if not position:
            del selectors[1]
        return _collection([annotation])
    return build


def _many(count: int) -> Callable[[Path], bytes]:
    def build(folder: Path) -> bytes:
        first = _annotation(folder)
        return _collection([first] + [{**_annotation(folder),
                                       "id": f"urn:uuid:{n:08x}-0000-4000-8000-000000000000"}
                                      for n in range(1, count)])
    return build


def _elsewhere(folder: Path) -> bytes:
    annotation = _annotation(folder)
    annotation["target"] = {"source": "file:///nowhere/else.txt", "selector": [
        {"type": "TextQuoteSelector", "exact": "words no article here holds at all"}]}
    return _collection([annotation])


def _page_naming_itself(folder: Path) -> bytes:
    return json.dumps({"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:page",
                       "type": "AnnotationPage", "next": "urn:page",
                       "items": [_annotation(folder)]}).encode()


def _one_gigabyte_string(folder: Path) -> bytes | None:
    return None  # made by `one_gigabyte_string` (a sparse file)


def one_gigabyte_string(path: Path) -> None:
    """A file of 1 GB that is the start of one JSON string: a claim no reader may believe."""
    with open(path, "wb") as stream:
        stream.write(b'{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", '
                     b'"bodyValue": "')
        stream.truncate(1024 ** 3)


def write_bad_annotation_file(bad: Path, name: str, build: Callable[[Path], bytes | None],
                              folder: Path) -> bytes | None:
    """Write a row's annotation file to `bad` and return its bytes: those `build` makes of the
    articles in `folder`, else (None: a row too big to hold in memory) the 1 GB string or a
    2 GB sparse file."""
    data = build(folder)
    if data is not None:
        bad.write_bytes(data)
    elif name.startswith("1 GB"):
        one_gigabyte_string(bad)
    else:
        sparse_file(2 * 1024 ** 3)(bad)
    return data


def _project_as_annotations(folder: Path) -> bytes:
    project = folder.parent / "made.parallax"
    if not project.exists():
        _real_project(project, folder)
    return project.read_bytes()


MORE_ANNOTATION_ROWS: dict[str, Callable[[Path], bytes | None]] = {
    "position claiming 1 GB (end 1,073,741,824)": _positions(0, 1024 ** 3),
    "positions as strings (\"5\", \"20\")": _positions("5", "20"),
    "a position of true": _positions(True, True),
    "end before start": _positions(40, 10),
    "a 10 MB quote": _quote("x" * 10_000_000),
    "a quote changed since (fuzzy)": _quote(SHARED.replace("launched", "fired"),
                                            position=False),
    "an article no corpus holds": _elsewhere,
    "100,000 annotations": _many(100_000),
    "a page whose next page is itself": _page_naming_itself,
    "1 GB file: one JSON string": _one_gigabyte_string,
    "comments (// ...) before the JSON": lambda f: b"// exported\n" + good_annotations(f),
    "a trailing comma": lambda f: good_annotations(f)[:-3] + b",]}}",
    "NaN as a number": lambda f: good_annotations(f).replace(b'"start": ', b'"start": NaN, '
                                                             b'"q": '),
    "a lone surrogate escape": lambda f: good_annotations(f).replace(
        b'"claim"', b'"claim \\ud800"'),
    "UTF-8 with a byte-order mark": lambda f: b"\xef\xbb\xbf" + good_annotations(f),
    "an article text": lambda f: GOOD_A.encode(),
    "a Parallax project": _project_as_annotations,
}
ANNOTATION_EXPECT: dict[str, str] = {
    # "read": the file is used and its annotation kept (orphaned if need be, never dropped);
    # "either": read, or refused in one line (a project: `export` reads it, the rest refuse).
    "UTF-16 JSON": "either",
    "position claiming 1 GB (end 1,073,741,824)": "read",
    "positions as strings (\"5\", \"20\")": "read",
    "a 10 MB quote": "read",
    "a quote changed since (fuzzy)": "read",
    "an article no corpus holds": "read",
    "100,000 annotations": "read",
    "a page whose next page is itself": "read",
    "UTF-8 with a byte-order mark": "read",
    "a Parallax project": "either",
}


# --- projects as they are found later ----------------------------------------------------------

def _moved_away(path: Path, folder: Path) -> None:
    _real_project(path, folder)
    gone = folder.parent / "moved-elsewhere"
    gone.mkdir()
    for name in ("good_a.txt", "good_b.txt"):
        shutil.move(folder / name, gone / name)


def _rewritten(path: Path, folder: Path) -> None:
    _real_project(path, folder)
    for name in ("good_a.txt", "good_b.txt"):
        (folder / name).write_text(f"title: Rewritten\n\n{PLAIN}\n", encoding="utf-8")


_KILLED_WRITE = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 1")  # pages spill into the file before the commit
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE articles SET text = 'HALF WRITTEN ' || text")
connection.execute("CREATE TABLE spill (x)")
connection.executemany("INSERT INTO spill VALUES (?)", [("y" * 1000,) for _ in range(2000)])
os.kill(os.getpid(), signal.SIGKILL)
"""


def _killed_mid_write(path: Path, folder: Path) -> None:
    """A project whose writer was SIGKILLed inside a transaction: the rollback journal is left
    beside it (a crash, a power cut, the out-of-memory killer during a save)."""
    _real_project(path, folder)
    subprocess.run([sys.executable, "-c", _KILLED_WRITE, str(path)], check=False)
    if not path.with_name(path.name + "-journal").exists():
        raise RuntimeError("the killed write left no journal: the row was not made")


def _older_version(path: Path, folder: Path) -> None:
    shutil.copyfile(REPO / "tests" / "data" / "project-v1.parallax", path)


def _strange_rows(path: Path, folder: Path) -> None:
    """Rows no Parallax wrote (another tool, a hand edit): a body start past the text, a
    negative one, a text stored as bytes that are not UTF-8, a number as a title."""
    _real_project(path, folder)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE articles SET body_start = 1000000000 WHERE id = 'good_a'")
        connection.execute("UPDATE articles SET body_start = -5, title = 42, "
                           "path = X'FF00FE' WHERE id = 'good_b'")
        connection.execute(
            "INSERT INTO articles (id, position, title, text, path, origin, body_start, added, "
            "revision) VALUES ('odd', 9, 'Odd', X'C3FFFE00', NULL, 'pasted', 0, '', 1)")


def _annotations_elsewhere(path: Path, folder: Path) -> None:
    """A project whose annotation names an article the project no longer holds."""
    _real_project(path, folder)
    annotation = _annotation(folder)
    annotation["target"]["parallax:article"] = "removed-long-ago"  # type: ignore[index]
    with sqlite3.connect(path) as connection:
        connection.execute("INSERT OR REPLACE INTO records (kind, key, value, revision, modified)"
                           " VALUES ('annotation', ?, ?, 1, '')",
                           (ANNOTATION_ID, json.dumps(annotation)))


MORE_PROJECT_ROWS: dict[str, Callable[[Path, Path], None]] = {
    "its article files moved away since": _moved_away,
    "its article files rewritten since": _rewritten,
    "a write SIGKILLed mid-transaction (journal left)": _killed_mid_write,
    "an older version (1)": _older_version,
    "rows no Parallax wrote (body start, bytes)": _strange_rows,
    "an annotation on an article it no longer holds": _annotations_elsewhere,
}
PROJECT_EXPECT: dict[str, str] = {
    # "load": opens with what it holds (exit 0; a command reads and writes nothing); "refuse":
    # one line naming it, a command exits non-zero, the window keeps running.
    "hostile JSON records": "load",
    **{name: "load" for name in MORE_PROJECT_ROWS},
}
"""Rows whose project holds the two good articles' texts: `align` must find their passage."""
HOLDS_GOOD_TEXTS = ("its article files moved away since", "its article files rewritten since",
                    "a write SIGKILLed mid-transaction (journal left)",
                    "an annotation on an article it no longer holds", "hostile JSON records")


def fresh_articles(folder: Path) -> None:
    """The good articles again (a row may have moved or rewritten them)."""
    good_articles(folder)


# --- outputs that are the user's own work -------------------------------------------------------

def _out_project(folder: Path, name: str) -> None:
    source = folder.parent / "project-articles"
    good_articles(source)
    _real_project(folder / name, source)


def _out_article(folder: Path, name: str) -> None:
    (folder / name).write_text(f"title: Read and written\n\n{GOOD_A}", encoding="utf-8")


MORE_OUTPUT_ROWS: dict[str, Callable[[Path, str], None]] = {
    "a Parallax project": _out_project,
    "an article the command reads": _out_article,
}
OUTPUT_ROW_COLUMNS: dict[str, tuple[str, ...]] = {
    # Save project as may replace a project (the dialog asked); an article named like the
    # output is given to each command as an input too (`--corpus ... OUT`, `... OUT.png`).
    "a Parallax project": ("export", "import"),
    "an article the command reads": ("export", "import", "screenshot"),
}
