"""File › Export annotations… offers the Hypothesis client's export file (pytest-qt): the type
chosen in the dialog decides when the name's extension does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.test_annotations_gui import select, setup
from tests.test_interop_tool_files import DATA, counted_conversions
from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.hypothesis_export import LOCAL_USER
from viewer.annotations.store import load_collection
from viewer.loading import load_sample_corpus
from widgets.annotation_export import (
    EXPORT_FILE_FILTER,
    FILE_TYPES,
    export_annotations,
    export_format,
)
from widgets.tag_dialog import TagAnswer

HYPOTHESIS = "Hypothesis export (*.json)"


def test_the_export_dialog_writes_the_hypothesis_file(qtbot, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window, controller, docs = setup(qtbot, tmp_path, answers=[
        TagAnswer(("figures",), "count differs", None)])
    select(window, docs["000"], "22 missiles")
    controller.editing.tag_selection()
    target = tmp_path / "for-hypothesis.json"
    offered: list[str] = []

    def ask(_parent, _caption: str, _where: str, file_filter: str = "") -> tuple[str, str]:
        offered.extend(file_filter.split(";;"))
        return str(target), HYPOTHESIS

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    controller.actions.export_action.trigger()
    qtbot.waitUntil(target.exists)
    assert HYPOTHESIS in offered
    written = json.loads(target.read_text("utf-8"))
    (row,) = written["annotations"]
    assert row["user"] == LOCAL_USER and row["tags"] == ["figures"]
    assert row["text"] == "count differs"
    assert "Exported 1 annotation" in window.statusBar().currentMessage()
    # Parallax reads it back as the Hypothesis file it is.
    (back,) = load_collection(target).annotations
    assert back.exact == "22 missiles" and back.tags == ("figures",)


def test_the_extension_decides_before_the_file_type() -> None:
    assert set(FILE_TYPES) == set(EXPORT_FILE_FILTER.split(";;"))
    assert export_format(Path("x.json"), HYPOTHESIS) == "hypothesis"
    assert export_format(Path("x"), HYPOTHESIS) == "hypothesis"
    assert export_format(Path("x.csv"), HYPOTHESIS) == "csv"
    # A .json export was JSON-LD before Hypothesis was offered, and stays so unless chosen.
    assert export_format(Path("x.json")) == "jsonld"
    assert export_format(Path("x.json"), "HTML report (*.html)") == "jsonld"
    assert export_format(Path("report"), "HTML report (*.html)") == "html"


def test_every_export_format_is_offered_by_the_dialog_or_said_to_be_left_out() -> None:
    """A reviewer's report: the dialog's file types were a hand-written list beside the one
    `--format` takes, so a format added there could be missing from the window unsaid (and the
    two lists had a `FORMAT_NAMES` each, worded differently)."""
    from viewer.annotations.formats import EXPORT_FORMATS, FORMATS, ExportFormat
    from widgets.annotation_export import LEFT_OUT_OF_DIALOG, dialog_file_types

    offered = set(FILE_TYPES.values())
    assert offered | set(LEFT_OUT_OF_DIALOG) == set(FORMATS)
    assert not offered & set(LEFT_OUT_OF_DIALOG)
    added = {**EXPORT_FORMATS, "webvtt": ExportFormat("WebVTT", "WebVTT captions", (".vtt",))}
    assert dialog_file_types(added)["WebVTT captions (*.vtt)"] == "webvtt"
    assert next(iter(FILE_TYPES)) == "HTML report (*.html)"  # (the dialog's default)
    assert export_format(Path("x.htm"), HYPOTHESIS) == "html"


def test_the_window_s_hypothesis_export_converts_each_annotation_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The window's export converted every annotation twice too (for the file, then to count
    those naming no page)."""
    articles = load_sample_corpus().articles
    found = anchor_all(load_collection(DATA / "thorium_reader.ann").annotations, articles)
    calls = counted_conversions(monkeypatch)
    made = export_annotations(AnnotationSet(found), articles, tmp_path / "h.json",
                              annotation_file=None, file_format="hypothesis")
    assert made.written and sorted(calls) == sorted(a.id for a in found)
    assert made.left_out == ("1 annotation naming no page left out (Hypothesis needs the page's "
                             "address)",)


def test_the_window_s_export_says_what_of_the_bodies_it_left_out(tmp_path: Path) -> None:
    """A link body went missing from the Readium set, and the status bar said nothing."""
    from tests.test_annotations_export_bodies import ARTICLE, LINKED, placed

    made = export_annotations(AnnotationSet(placed(LINKED)), [ARTICLE],
                              tmp_path / "notes.ann", annotation_file=None)
    assert made.written
    assert made.left_out == ("1 annotation has a link (IRI) body, which Readium's one text body "
                             "has no place for: left out",)


def test_the_window_s_csv_export_says_the_languages_it_left_out(tmp_path: Path) -> None:
    """The window's CSV export wrote a note's comments in different languages without a word
    (a reviewer's), as `parallax export --format csv` did."""
    from tests.test_annotations_export_bodies import ARTICLE, MIXED, placed

    made = export_annotations(AnnotationSet(placed(MIXED)), [ARTICLE],
                              tmp_path / "notes.csv", annotation_file=None)
    assert made.written
    assert made.left_out == ("1 annotation has comments in different languages (or some in "
                             "none), and the CSV's note_language cell holds one: their "
                             "languages left out",)
