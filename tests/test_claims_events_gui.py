"""The window's claim comparison and its HTML report leave out articles of other events than a
claim's, and follow a new alignment (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

from tests.viewfixtures import by_prefix, ground_truth_result, sample_articles
from tests.widgetkit import make_window
from viewer.corpus import Article
from widgets.annotation_gui import install_annotations
from widgets.tag_dialog import TagAnswer


def _claim_in_a_window_of_two_events(qtbot, tmp_path: Path, aligned: bool):
    """A window over the samples and one article of another event, "22 missiles" of the first
    sample tagged for "Missile count" and the claim comparison shown; with `aligned`, the
    samples' alignment in place. The window, its annotation controller and the samples."""
    samples = sample_articles()
    lonely = Article(id="lonely", text="A story about another event entirely, sharing nothing.",
                     title="Another event")
    window = make_window(qtbot, [*samples, lonely],
                         ground_truth_result(samples) if aligned else None)
    controller = install_annotations(window, corpus_paths=[Path("samples-under-test")],
                                     data_dir=tmp_path)
    controller.editing.ask = lambda quote, count, editing: TagAnswer((), "", "Missile count")
    first = by_prefix(samples)["000"]
    start = first.text.index("22 missiles")
    window.reveal_range(first.id, start, start + len("22 missiles"))
    controller.editing.tag_selection()
    controller.actions.claims_action.trigger()
    assert controller.claim_view is not None
    return window, controller, samples


def test_the_windows_claim_comparison_and_report_leave_out_other_events(qtbot, tmp_path) -> None:
    _, controller, samples = _claim_in_a_window_of_two_events(qtbot, tmp_path, aligned=True)
    view = controller.claim_view
    assert "lonely" not in view.columns and view.table.columnCount() == len(samples)
    assert controller.export_to(tmp_path / "report.html")
    report = (tmp_path / "report.html").read_text("utf-8")
    assert "(1 article sharing no passage with these left out)" in report
    assert "Another event</" not in report


def test_the_claim_comparison_follows_a_new_alignment(qtbot, tmp_path) -> None:
    window, controller, samples = _claim_in_a_window_of_two_events(qtbot, tmp_path,
                                                                   aligned=False)
    view = controller.claim_view
    assert "lonely" in view.columns  # no alignment yet: every article
    window.workspace.accept_result(window.workspace.generation, ground_truth_result(samples))
    assert "lonely" not in view.columns
