"""The fault matrix's article inputs added in session 17: what else a user's folder of articles
holds -- Parallax's own files where an article should be (an annotation file, a project, an
`align --json` result), other Unicode forms and line ends, names with escapes, line breaks or
255 bytes, a 1 MB title, one 5 MB word, two million lines, 100,000 nested tags, a file one byte
over the size limit, a gzip file, a hard link, a link to its own folder. Each is made for real
beside the two good articles (tools/fault_inputs.py's `Case`); tools/fault_matrix.py runs them."""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from pathlib import Path

from fault_files import good_annotations
from fault_inputs import GOOD_A, PLAIN, Case, _file, _made, good_articles

ARTICLE_LIMIT = 20 * 1024 * 1024
"""viewer.loading.files.MAX_FILE_BYTES (not imported: the rows are made before any cell runs
the program, and must not depend on it)."""


def _annotation_file(root: Path) -> Case:
    folder = root / "articles"
    good_articles(folder)
    bad = folder / "notes.txt"  # a colleague's annotations, saved among the articles
    bad.write_bytes(good_annotations(folder))
    return Case(folder, bad, "refuse")


def _project_file(root: Path) -> Case:
    from fault_files import _real_project

    folder = root / "articles"
    good_articles(folder)
    made = root / "made.parallax"
    _real_project(made, folder)
    bad = folder / "project.txt"
    bad.write_bytes(made.read_bytes())
    # In a folder it is refused (SQLite data, not text); named directly it opens as the
    # project it is (a project is known by its content, whatever its name).
    return Case(folder, bad, "either")


def _align_result(root: Path) -> Case:
    folder = root / "articles"
    good_articles(folder)
    bad = folder / "result.txt"  # `parallax align --json > result.txt` inside the folder
    bad.write_text(json.dumps({"version": 2, "documents": [
        {"id": "good_a", "path": str(folder / "good_a.txt"), "title": "Strike",
         "date": None, "text": GOOD_A}], "passages": []}, indent=1), encoding="utf-8")
    return Case(folder, bad, "refuse")


def _hard_link(path: Path) -> None:
    os.link(path.with_name("good_a.txt"), path)


def _link_to_its_folder(path: Path) -> None:
    path.symlink_to(".")


def _named(name: str | bytes) -> Callable[[Path], Case]:
    def make(root: Path) -> Case:
        folder = root / "articles"
        good_articles(folder)
        bad = Path(os.fsdecode(os.fsencode(folder) + b"/"
                              + (name if isinstance(name, bytes) else name.encode())))
        bad.write_text(f"title: Named oddly\n\n{PLAIN}\n", encoding="utf-8")
        return Case(folder, bad, "load", PLAIN)
    return make


def _over_limit(path: Path) -> None:
    line = (PLAIN + "\n").encode()
    with open(path, "wb") as stream:
        stream.write(b"title: Too long\n\n")
        while stream.tell() + len(line) <= ARTICLE_LIMIT:
            stream.write(line)
        stream.write(b"x" * (ARTICLE_LIMIT + 1 - stream.tell()))


def _two_million_lines(path: Path) -> None:
    with open(path, "wb") as stream:
        stream.write(f"title: Lines\n\n{PLAIN}\n".encode())
        stream.write(b"a\n" * 2_000_000)


MORE_ARTICLE_ROWS: dict[str, Callable[[Path], Case]] = {
    "an annotation file named .txt": _annotation_file,
    "a Parallax project named .txt": _project_file,
    "an align --json result named .txt": _align_result,
    "UTF-32 with BOM": _file("utf32.txt", f"title: Wide\n\n{PLAIN} ü\n".encode("utf-32"),
                             "load", PLAIN + " ü"),
    "UTF-8 with BOM": _file("bom.txt", b"\xef\xbb\xbf" + f"title: Bom\n\n{PLAIN}\n".encode(),
                            "load", PLAIN),
    "CR line ends (classic Mac)": _file("cr.txt", f"title: CR\r\r{PLAIN}\rMore.\r".encode(),
                                        "load", PLAIN),
    "terminal escapes in the name": _named("\x1b[31mred\x1b[0m\x07.txt"),
    "a line break in the name": _named("two\nlines.txt"),
    "a 255-byte name": _named("n" * 251 + ".txt"),
    "a 1 MB title": _file("title.txt", ("title: " + "T" * 1_000_000 + f"\n\n{PLAIN}\n")
                          .encode(), "load", PLAIN),
    "one 5 MB word (base64)": _file("blob.txt", b"title: Blob\n\n" + b"QUJD" * 1_310_720
                                    + f"\n{PLAIN}\n".encode(), "load", PLAIN),
    "two million lines": _made("lines.txt", _two_million_lines, "load"),
    "100,000 nested tags (HTML)": _file("deep.html", b"<html><body>" + b"<div>" * 100_000
                                        + PLAIN.encode() + b"</div>" * 100_000
                                        + b"</body></html>", "load", PLAIN),
    "one byte over the size limit": _made("limit.txt", _over_limit),
    "gzip named .txt": _file("packed.txt", gzip.compress(f"title: G\n\n{PLAIN}\n".encode())),
    "a hard link to a good article": _made("linked.txt", _hard_link, "load"),
    "a link to its own folder named .txt": _made("self.txt", _link_to_its_folder, "either"),
}
