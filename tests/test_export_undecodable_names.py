"""Exports of annotations whose names came from file names that are not UTF-8 (bytes on Linux,
held by Python as lone surrogates): written with those names escaped, as the annotation file
writes them, and read back onto the same article. A Shift-JIS file name made every JSON-LD
export, and an annotation file's or project's such name the HTML and Readium ones, fail with
UnicodeEncodeError (a tester's report)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.export import FORMATS, export_file
from viewer.annotations.model import (
    AnchorStatus,
    Annotation,
    ClaimGroup,
    Verdict,
    make_annotation,
)
from viewer.annotations.store import load_collection, save_set
from viewer.cli import main
from viewer.corpus import Article
from viewer.loading import load_paths
from viewer.resources import seeds_dir

SHIFT_JIS_NAME = os.fsdecode(b"\x8bL\x8e\x96.txt")
"""記事.txt written in Shift-JIS: not UTF-8, so Python holds it with lone surrogates."""
QUOTE = "a dozen missiles"


def corpus_with_shift_jis_name(folder: Path) -> Path:
    """Two sample articles, and a third under a Shift-JIS name with no address in it (so that
    its annotations name it by its `file:` URI and its file name alone)."""
    folder.mkdir()
    names = sorted(seeds_dir().glob("*.txt"))
    for name in names[:2]:
        shutil.copy(name, folder / name.name)
    (folder / SHIFT_JIS_NAME).write_text(
        f"Iran has launched {QUOTE} at two bases in Iraq, officials said on Wednesday.\n",
        encoding="utf-8")
    return folder


def annotated(folder: Path) -> tuple[list[Article], list[Annotation]]:
    articles = list(load_paths([folder]).articles)
    (article,) = [a for a in articles if a.path is not None and a.path.name == SHIFT_JIS_NAME]
    at = article.text.index(QUOTE)
    annotation = make_annotation(article, at, at + len(QUOTE), tags=["figures"],
                                 claim="Missile count")
    assert annotation.file_name == SHIFT_JIS_NAME  # (the name as the file system gave it)
    return articles, [annotation]


@pytest.mark.parametrize("export_format", FORMATS)
def test_every_format_is_written_for_an_article_whose_name_is_not_utf8(
        tmp_path: Path, export_format: str) -> None:
    articles, annotations = annotated(corpus_with_shift_jis_name(tmp_path / "corpus"))
    made = export_file(export_format, annotations, [ClaimGroup("Missile count")], articles,
                       collection_id="urn:uuid:1", title=os.fsdecode(b"notes\x81.jsonld"))
    made.data.decode("utf-8")  # (valid UTF-8 throughout)


def test_the_json_ld_export_read_again_is_placed_on_the_same_article(tmp_path: Path) -> None:
    corpus = corpus_with_shift_jis_name(tmp_path / "corpus")
    articles, annotations = annotated(corpus)
    (made_on,) = {a.article_id for a in annotations}
    exported = tmp_path / "export.jsonld"
    exported.write_bytes(export_file("jsonld", annotations, [], articles,
                                     collection_id="urn:uuid:1", title="notes").data)
    written = json.loads(exported.read_text("utf-8"))["first"]["items"][0]["target"]
    assert written["parallax:fileName"] == "\\x8bL\\x8e\\x96.txt"  # (as messages show it)
    read = load_collection(exported).annotations
    (placed,) = anchor_all(read, articles)
    assert placed.status is AnchorStatus.ANCHORED and placed.article_id == made_on
    # The folder moved: its `file:` URI names nothing now, and the name finds it.
    moved = tmp_path / "elsewhere"
    shutil.move(corpus, moved)
    (placed,) = anchor_all(read, load_paths([moved]).articles)
    assert placed.status is AnchorStatus.ANCHORED and placed.article_id == made_on
    assert placed.exact == QUOTE


def test_a_project_s_name_that_is_not_utf8_is_written_in_the_collection_id(
        tmp_path: Path) -> None:
    """`parallax export PROJECT` names the collection after the project's file."""
    articles, annotations = annotated(corpus_with_shift_jis_name(tmp_path / "corpus"))
    project_name = os.fsdecode(b"week\x81")
    made = export_file("jsonld", annotations, [], articles,
                       collection_id=f"urn:parallax:project:{project_name}", title="week")
    assert json.loads(made.data)["id"] == "urn:parallax:project:week\\x81"


@pytest.mark.parametrize("export_format", ["jsonld", "html", "readium"])
def test_the_export_command_takes_an_annotation_file_whose_name_is_not_utf8(
        tmp_path: Path, export_format: str, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = corpus_with_shift_jis_name(tmp_path / "corpus")
    _, annotations = annotated(corpus)
    notes = tmp_path / os.fsdecode(b"notes\x81.jsonld")
    save_set(AnnotationSet(annotations), notes)
    out = tmp_path / f"out.{export_format}"
    assert main(["export", str(notes), "--corpus", str(corpus), "--format", export_format,
                 "-o", str(out)]) == 0
    assert "error" not in capsys.readouterr().err
    out.read_bytes().decode("utf-8")


def test_claimreview_names_such_a_file_escaped_as_the_other_formats_do(tmp_path: Path) -> None:
    """Its `identifier` was the name with each byte that is not UTF-8 made U+FFFD: two
    Shift-JIS names could come out as one, and neither as the other formats write it."""
    articles, annotations = annotated(corpus_with_shift_jis_name(tmp_path / "corpus"))
    made = export_file("claimreview", annotations,
                       [ClaimGroup("Missile count", verdict=Verdict("False"))], articles,
                       collection_id="urn:uuid:1", title="notes")
    (review,) = json.loads(made.data)["@graph"]
    (appearance,) = review["itemReviewed"]["appearance"]
    assert appearance["identifier"] == "\\x8bL\\x8e\\x96.txt"  # (as the JSON-LD export's)
