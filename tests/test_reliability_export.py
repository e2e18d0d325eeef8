"""Issue 12, exports: CSV injection in every text column, and `-o` onto links, FIFOs, devices."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.bodies import KeptJson
from viewer.annotations.csv_export import CSV_COLUMNS, FORMULA_STARTS, to_csv
from viewer.annotations.model import AnchorStatus, make_annotation
from viewer.annotations.store import save_set
from viewer.corpus import Article

REPO = Path(__file__).resolve().parent.parent
TEXT = "-22 missiles struck two bases housing US troops, Iraq's military said. " * 5
NUMBER_COLUMNS = {"start", "end"}


def hostile_rows(start: str) -> dict[str, str]:
    """One CSV row in which every text column starts with `start`, read back by a CSV reader."""
    article = Article(id=f"{start}article", text=start + TEXT, title=f"{start}title",
                      source=f"{start}outlet", url=f"{start}url", published=f"{start}published")
    annotation = make_annotation(article, 0, 20, note=f"{start}note", claim=f"{start}claim")
    # Set directly: a hostile file could hold what the GUI's tag cleaning would strip.
    body = {"type": "TextualBody", "value": annotation.note, "language": f"{start}lang"}
    annotation = replace(annotation, tags=(f"{start}tag", "fine", f"{start}two"),
                         id=f"{start}id", source=f"{start}source",
                         created=f"{start}created", modified=f"{start}modified",
                         original_exact=f"{start}original", status=AnchorStatus.FUZZY,
                         links=(f"{start}link",),
                         kept=KeptJson(json.dumps({"body": body}), (), annotation.note, None))
    text = to_csv([annotation], [article])
    (row,) = csv.DictReader(io.StringIO(text, newline=""))
    return row


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_text_column_of_the_csv_is_escaped(start: str) -> None:
    row = hostile_rows(start)
    assert set(row) == set(CSV_COLUMNS)
    for column in CSV_COLUMNS:
        if column in NUMBER_COLUMNS:
            assert row[column].isdigit()
            continue
        if column == "status":  # a fixed word, never user text
            assert row[column] == "fuzzy"
            continue
        if column == "note_language" and start.isspace():
            assert row[column] == "lang"  # (a declared language is read stripped)
            continue
        if column == "links" and start.isspace():
            # (white space in a link percent-encoded, so the cell splits back into its links:
            # no formula start left to escape)
            assert row[column] == f"%{ord(start):02X}link"
            continue
        assert row[column].startswith("'" + start), column
    assert row["tags"] == f"'{start}tag;fine;'{start}two"  # each tag, not just the first


def test_every_csv_cell_is_quoted_so_a_semicolon_locale_cannot_split_one() -> None:
    text = to_csv([make_annotation(Article("a", TEXT, "t"), 0, 9, tags=["x", "=1+1"])],
                  [Article("a", TEXT, "t")])
    for line in text.splitlines():
        cells = next(csv.reader([line]))
        assert line == ",".join('"' + cell.replace('"', '""') + '"' for cell in cells)


def _export(annotations: Path, corpus: Path, output: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run(
        [sys.executable, "-m", "viewer", "export", str(annotations), "--corpus", str(corpus),
         "--format", "csv", "-o", str(output)], capture_output=True, text=True, env=env,
        timeout=60, check=False)


@pytest.fixture
def files(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "story.txt"
    corpus.write_text(TEXT, encoding="utf-8")
    article = Article("story", TEXT, "t", path=corpus)
    annotations = tmp_path / "notes.jsonld"
    save_set(AnnotationSet([make_annotation(article, 0, 12, note="n")]), annotations)
    return annotations, corpus


def test_export_onto_a_fifo_is_refused_with_a_message_and_does_not_hang(tmp_path, files) -> None:
    fifo = tmp_path / "out.csv"
    os.mkfifo(fifo)
    done = _export(*files, fifo)
    assert done.returncode == 2
    assert done.stderr == (f"parallax: {fifo}: a FIFO (named pipe); refusing to replace "
                           "it with a file; write to standard output (leave out -o) to pipe "
                           "the export\n")
    assert fifo.is_fifo()


def test_export_onto_a_device_is_refused(files) -> None:
    done = _export(*files, Path("/dev/null"))
    assert done.returncode == 2 and "/dev/null: a device; refusing to replace it" in done.stderr
    assert Path("/dev/null").is_char_device()


def test_export_onto_a_symlink_writes_through_it(tmp_path, files) -> None:
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    done = _export(*files, link)
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and real.read_text(encoding="utf-8-sig").startswith('"id"')
