"""File › Export annotations… and Save a copy of the annotations in the window (pytest-qt):
names that are not UTF-8, and a failed export said rather than silent."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_export_undecodable_names import annotated, corpus_with_shift_jis_name
from tests.widgetkit import make_window
from viewer.annotations.model import ClaimGroup
from widgets.annotation_gui import install_annotations


def window_over(qtbot, tmp_path: Path):
    """A window over a folder holding an article whose file name is not UTF-8, with an
    annotation on that article."""
    corpus = corpus_with_shift_jis_name(tmp_path / "corpus")
    articles, annotations = annotated(corpus)
    window = make_window(qtbot, articles)
    controller = install_annotations(window, corpus_paths=[corpus], data_dir=tmp_path / "data")
    controller.annotations.add_claim(ClaimGroup("Missile count"))
    for annotation in annotations:
        controller.annotations.add(annotation)
    return window, controller


@pytest.mark.parametrize("name", ["export.jsonld", "export.html", "export.ann"])
def test_the_window_exports_an_article_whose_file_name_is_not_utf8(
        qtbot, tmp_path: Path, name: str) -> None:
    """The window wrote nothing and said nothing: the UnicodeEncodeError went to stderr."""
    window, controller = window_over(qtbot, tmp_path)
    target = tmp_path / name
    assert controller.export_to(target)
    target.read_bytes().decode("utf-8")
    assert window.statusBar().currentMessage().startswith("Exported 1 annotation")
    if name.endswith(".jsonld"):
        (item,) = json.loads(target.read_text("utf-8"))["first"]["items"]
        assert item["target"]["parallax:fileName"] == "\\x8bL\\x8e\\x96.txt"


def test_an_export_that_fails_says_so_in_the_window(
        qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever goes wrong in making the file, the user is told that nothing was written."""
    window, controller = window_over(qtbot, tmp_path)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise UnicodeEncodeError("utf-8", "\udc8b", 0, 1, "surrogates not allowed")

    monkeypatch.setattr("viewer.annotations.export.export_file", broken)
    target = tmp_path / "export.jsonld"
    assert not controller.export_to(target)
    assert not target.exists()
    said = window.statusBar().currentMessage()
    assert "not exported" in said and "nothing was written" in said and "\n" not in said


def test_the_claim_view_s_claimreview_export_says_the_url_it_left_out(
        qtbot, tmp_path: Path) -> None:
    from viewer.annotations.claimreview import make_verdict

    _, controller = window_over(qtbot, tmp_path)
    controller.annotations.set_verdict("Missile count",
                                       make_verdict("False", url="javascript:alert(3)"))
    controller.actions.claims_action.trigger()
    out = tmp_path / "review.json"
    said = controller.claim_view.export_to(out)
    assert "javascript" not in out.read_text("utf-8")
    assert said == (f"Exported to {out}; 1 claim group has a verdict whose review URL is no web "
                    "address (http or https), left out: Missile count: javascript:alert(3)")
