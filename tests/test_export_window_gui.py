"""File › Export annotations… and Save a copy of the annotations in the window (pytest-qt):
names that are not UTF-8, a failed export said rather than silent, and the URL given in
Article details as the exports' target."""

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
    assert window.statusBar().currentMessage() == (
        "Nothing exported to export.jsonld (see the notice above the panes)")
    (problem,) = window.notices.lines
    assert problem == (f"{target}: not exported (UnicodeEncodeError: 'utf-8' codec can't encode "
                       "character '\\udc8b' in position 0: surrogates not allowed); nothing "
                       "was written")
    assert window.notices.isVisible()


def test_an_export_refused_for_naming_an_article_says_why_in_the_notice(
        qtbot, tmp_path: Path) -> None:
    """A reviewer's: the refusal went to the status bar alone, for 8 s, while the README says an
    export that writes nothing says why in the notice above the panes."""
    window, controller = window_over(qtbot, tmp_path)
    article = window.workspace.corpus.articles[0].path
    assert article is not None
    text = article.read_bytes()
    assert not controller.export_to(article, "html")
    assert article.read_bytes() == text
    assert window.statusBar().currentMessage() == (
        f"Nothing exported to {article.name} (see the notice above the panes)")
    assert window.notices.lines == [
        f"{article}: not exported: that is an article being compared; choose another file"]
    assert window.notices.isVisible()


def test_the_claim_view_s_claimreview_export_says_the_url_it_left_out(
        qtbot, tmp_path: Path) -> None:
    from viewer.annotations.claimreview import make_verdict

    window, controller = window_over(qtbot, tmp_path)
    controller.annotations.set_verdict("Missile count",
                                       make_verdict("False", url="javascript:alert(3)"))
    controller.actions.claims_action.trigger()
    out = tmp_path / "review.json"
    said = controller.claim_view.export_to(out)
    assert "javascript" not in out.read_text("utf-8")
    assert said == ("Exported to review.json; what it could not hold is in the notice above "
                    "the panes")
    assert window.notices.left_out == [
        "1 claim group has a verdict whose review URL is no web address (http or https), left "
        "out: Missile count: javascript:alert(3)"]


def test_what_an_export_left_out_is_listed_whole_in_the_notice(qtbot, tmp_path: Path) -> None:
    """After a window export the status line was the only place saying what the format lost,
    cut under the counts (a tester's report): the list is in the notice above the panes, the
    status line says what was written where, in which format, and points to it."""
    window, controller = window_over(qtbot, tmp_path)
    target = tmp_path / "p_hyp.json"
    assert controller.export_to(target, "hypothesis")
    assert window.statusBar().currentMessage() == (
        f"Exported 1 annotation to {target} (Hypothesis export); what it could not hold is "
        "listed in the notice above the panes")
    assert window.notices.isVisible()
    assert window.notices.left_out_heading.text() == (
        "What the Hypothesis export p_hyp.json could not hold:")
    assert window.notices.left_out == [
        "1 annotation has a claim group, which Hypothesis has no place for: left out (the "
        "JSON-LD and Readium exports keep it)"]
    assert window.notices.left_out_details.toPlainText() == window.notices.left_out[0]
    # The next export holds everything: the last one's list goes with it.
    assert controller.export_to(tmp_path / "all.jsonld")
    assert window.statusBar().currentMessage() == (
        f"Exported 1 annotation to {tmp_path / 'all.jsonld'} (Web Annotation JSON-LD)")
    assert window.notices.left_out == [] and not window.notices.isVisible()


def test_a_status_message_too_long_for_the_bar_ends_before_the_counts(
        qtbot, tmp_path: Path) -> None:
    """"…1 annotation has a comm14 annotations": Qt cut the message where the counts begin."""
    window, _ = window_over(qtbot, tmp_path)
    window.resize(800, 600)
    bar = window.statusBar()
    bar.showMessage("saved meanwhile by another writer as a Hypothesis export, which a save "
                    "here would rewrite in Parallax's own format; the file is left as it is "
                    "and nothing of it was merged " * 2)
    qtbot.waitUntil(lambda: window.counts_label.isVisible())
    shown = bar.shown_message()
    assert shown.endswith("…") and len(shown) < len(bar.currentMessage())
    room = bar.message_room()
    assert bar.fontMetrics().horizontalAdvance(shown) <= room.width()
    assert room.right() < window.counts_label.x()
    bar.showMessage("Exported 1 annotation")
    assert bar.shown_message() == "Exported 1 annotation"  # (whole, where it fits)


def test_a_json_name_holds_the_json_type_chosen_and_the_line_names_the_format(
        qtbot, tmp_path: Path) -> None:
    """The README said "otherwise the file type chosen" of a .json name with HTML chosen,
    which wrote JSON-LD; and the status line did not say which format was written."""
    from widgets.annotation_export import FILE_TYPES, export_format

    readium, html = (next(t for t, f in FILE_TYPES.items() if f == wanted)
                     for wanted in ("readium", "html"))
    assert export_format(Path("notes.json"), readium) == "readium"
    assert export_format(Path("notes.json"), html) == "jsonld"  # (no HTML under .json)
    assert export_format(Path("notes.html"), readium) == "html"  # (the name typed wins)
    assert export_format(Path("notes"), html) == "html"
    window, controller = window_over(qtbot, tmp_path)
    target = tmp_path / "notes.json"
    assert controller.export_to(target, export_format(target, html))
    assert window.statusBar().currentMessage().endswith(
        "notes.json (Web Annotation JSON-LD)")


def test_what_an_export_left_out_is_shown_whole_in_a_narrow_window(qtbot, tmp_path: Path) -> None:
    """In a window the annotation dock made narrow, a scroll bar taking the notice's width
    wrapped the line to one more than its box was made for, the end hidden below it (session
    57, seen on a screenshot)."""
    window, controller = window_over(qtbot, tmp_path)
    window.resize(816, 796)
    controller.dock.show()
    assert controller.export_to(tmp_path / "p_hyp.json", "hypothesis")
    details = window.notices.left_out_details
    qtbot.waitUntil(lambda: details.isVisible() and details.document().size().height() > 2)
    assert not details.verticalScrollBar().isVisible()
    assert not details.horizontalScrollBar().isVisible()
    assert details.viewport().width() >= details.width() - 2 * details.frameWidth()


def test_the_window_exports_the_url_given_in_article_details(qtbot, tmp_path: Path) -> None:
    """tester58: after Article details gave an article its URL, the window's exports still
    targeted the file:// address of the copy it was tagged on (only ClaimReview had the URL)."""
    from tests.test_article_removal_gui import project_window
    from viewer.provenance import Provenance

    window = project_window(qtbot, tmp_path)
    url = "https://wire.example/strike"
    window.project_gui.ask_provenance = lambda _title, _read, current: Provenance(
        outlet="Wire Agency", url=url, author=current.author, published="2020-01-08",
        title=current.title)
    assert window.project_gui.show_details("wire")
    controller = install_annotations(window)
    assert controller.export_to(tmp_path / "shared.jsonld")
    (item,) = json.loads((tmp_path / "shared.jsonld").read_text("utf-8"))["first"]["items"]
    assert item["target"]["source"] == url
    assert controller.export_to(tmp_path / "shared.json", "hypothesis")
    (row,) = json.loads((tmp_path / "shared.json").read_text("utf-8"))["annotations"]
    assert row["uri"] == url
