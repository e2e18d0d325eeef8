"""The window's side of interoperability: File › Import annotations…, opening another tool's
file, the orphan reasons in the dock, and the verdict on a claim group (pytest-qt)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt

from tests.test_annotations_gui import setup
from viewer.annotations.claimreview import make_verdict
from viewer.annotations.location import app_data_dir
from viewer.annotations.model import AnchorStatus
from widgets.import_annotations import import_file, importer_for, open_annotations

DATA = Path(__file__).parent / "data" / "annotations"


def test_import_merges_as_one_undo_step_and_says_what_happened(qtbot, tmp_path):
    _window, controller, _ = setup(qtbot, tmp_path)
    shown: list[list[str]] = []
    result = import_file(controller, DATA / "w3c_page.jsonld",
                         show=lambda parent, lines: shown.append(list(lines)))
    assert result is not None and len(controller.annotations) == 2
    assert shown and shown[0][0].startswith("Imported 2 annotations from w3c_page.jsonld")
    assert "1 anchored, 1 orphaned" in shown[0][0] and "orphaned (1)" in shown[0][1]
    # The orphan's reason is in the dock, the list shortened and the tooltip whole.
    model = controller.dock.model
    orphan_row = next(n for n, a in enumerate(controller.annotations)
                      if a.status is AnchorStatus.ORPHANED)
    status = model.index(orphan_row, 5)
    assert status.data().startswith("orphaned: no article here is")
    assert "none of the" in status.data(Qt.ItemDataRole.ToolTipRole)
    # Importing the same file again adds nothing; one undo takes the whole import back.
    import_file(controller, DATA / "w3c_page.jsonld", show=lambda parent, lines: None)
    assert len(controller.annotations) == 2
    controller.undo_stack.undo()
    assert len(controller.annotations) == 0
    controller.undo_stack.redo()
    assert len(controller.annotations) == 2


def test_a_broken_file_is_reported_and_nothing_changes(qtbot, tmp_path):
    _window, controller, _ = setup(qtbot, tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"rows": [{"uri": "x", "user": "u", "target": 3}]}', "utf-8")
    shown: list[list[str]] = []
    assert import_file(controller, broken, show=lambda p, lines: shown.append(list(lines))) \
        is None
    assert len(shown[0]) == 1 and str(broken) in shown[0][0] and "$.rows[0].target" in shown[0][0]
    assert len(controller.annotations) == 0


def test_opening_another_tool_s_file_imports_it_and_leaves_it_alone(qtbot, tmp_path,
                                                                    monkeypatch):
    import widgets.import_annotations as flow

    monkeypatch.setattr(flow, "show_summary", lambda parent, lines: None)
    window, controller, _ = setup(qtbot, tmp_path)
    own_file = controller.document.path
    source = tmp_path / "hypothesis.json"
    source.write_bytes((DATA / "hypothesis_search.json").read_bytes())
    before = source.read_bytes()
    assert open_annotations(controller, source)
    assert len(controller.annotations) == 2 and controller.document.path == own_file
    qtbot.waitUntil(lambda: own_file.exists() and not window.isWindowModified(), timeout=5000)
    assert source.read_bytes() == before
    saved = json.loads(own_file.read_text("utf-8"))["first"]["items"]
    assert {item["id"] for item in saved} == {a.id for a in controller.annotations}


def test_the_import_action_is_in_the_file_menu(qtbot):
    window, controller, _ = setup(qtbot)
    assert controller.actions.import_action in window.file_menu.actions()


def test_a_verdict_is_set_shown_undone_and_exported(qtbot, tmp_path):
    _window, controller, _ = setup(qtbot, tmp_path)
    controller.annotations.add_claim("Missile count")
    controller.actions.claims_action.trigger()
    view = controller.claim_view
    view.ask_verdict = lambda group: (True, make_verdict("False", author="Desk"))
    view.choose_verdict()
    assert controller.annotations.claims[0].verdict == make_verdict("False", author="Desk")
    assert view.table.verticalHeaderItem(0).text() == "Missile count\n[False]"
    assert view.export_button.isEnabled()
    out = tmp_path / "review.json"
    assert view.export_to(out) is None
    review = json.loads(out.read_text("utf-8"))["@graph"][0]
    assert review["reviewRating"]["alternateName"] == "False"
    controller.undo_stack.undo()
    assert controller.annotations.claims[0].verdict is None
    assert view.table.verticalHeaderItem(0).text() == "Missile count"


def test_app_data_dir_is_where_the_window_keeps_its_files(qapp):
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    QCoreApplication.setOrganizationName("Parallax")
    QCoreApplication.setApplicationName("Parallax")
    try:
        qt_dir = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert app_data_dir() == Path(qt_dir)


def test_the_menu_import_reads_in_the_background_and_a_newer_one_wins(qtbot, tmp_path):
    _window, controller, _ = setup(qtbot, tmp_path)
    importer = importer_for(controller)
    assert importer_for(controller) is importer
    shown: list[list[str]] = []
    importer.show = lambda parent, lines: shown.append(list(lines))
    with qtbot.waitSignal(importer.finished, timeout=10000) as finished:
        importer.start(DATA / "recogito.json")
        importer.start(DATA / "hypothesis_search.json")  # supersedes the first
    assert finished.args[0].file_name == "hypothesis_search.json"
    qtbot.waitUntil(lambda: not importer.busy, timeout=10000)
    assert {a.id for a in controller.annotations} == {
        "https://hypothes.is/a/Xh5c0Ps6EeuGyPvTdT0qlA",
        "https://hypothes.is/a/Yb8d1Qt7FfvHzQwUeU1rmB"}
    assert len(shown) == 1
    with qtbot.waitSignal(importer.finished, timeout=10000) as finished:
        importer.start(tmp_path / "absent.json")
    assert finished.args[0] is None and "no such file" in shown[-1][0]


def test_the_verdict_dialog_gives_the_verdict_or_none(qtbot):
    from viewer.annotations.model import ClaimGroup
    from widgets.verdict_dialog import VerdictDialog

    dialog = VerdictDialog(ClaimGroup("C", verdict=make_verdict("Misleading", author="Desk")))
    qtbot.addWidget(dialog)
    assert dialog.rating.currentText() == "Misleading" and dialog.author.text() == "Desk"
    dialog.rating.setCurrentText("Half true")
    dialog.url.setText(" https://example.org/check ")
    verdict = dialog.verdict()
    assert verdict is not None and verdict.value == 3 and verdict.url == "https://example.org/check"
    dialog.rating.setCurrentText("  ")
    assert dialog.verdict() is None


def test_the_verdict_dialog_completes_a_host_and_says_a_url_that_is_no_web_address(qtbot):
    """A reviewer's: "www.factcheck.org/x" was accepted silently, then left out of the
    ClaimReview export, which writes web addresses only. The dialog gives it https:// when the
    field is left, in sight; what it cannot complete is said under the field."""
    from viewer.annotations.model import ClaimGroup
    from widgets.verdict_dialog import VerdictDialog

    dialog = VerdictDialog(ClaimGroup("C"))
    qtbot.addWidget(dialog)
    dialog.rating.setCurrentText("False")
    dialog.url.setText("www.factcheck.org/x")
    assert not dialog.url_note.isVisibleTo(dialog)
    dialog.url.editingFinished.emit()
    assert dialog.url.text() == "https://www.factcheck.org/x"
    verdict = dialog.verdict()
    assert verdict is not None and verdict.url == "https://www.factcheck.org/x"
    dialog.url.setText("javascript:alert(3)")
    dialog.url.editingFinished.emit()
    assert dialog.url.text() == "javascript:alert(3)" and dialog.url_note.isVisibleTo(dialog)
    # A file's name is none either: https://report.pdf passed for one, unsaid (a reviewer's).
    dialog.url.setText("report.pdf")
    dialog.url.editingFinished.emit()
    assert dialog.url.text() == "report.pdf" and dialog.url_note.isVisibleTo(dialog)


def test_a_file_that_imports_nothing_is_a_warning_titled_so(qtbot, tmp_path):
    """The box said "Annotations imported" over "Nothing imported: … not valid JSON"."""
    from PySide6.QtWidgets import QMessageBox

    from widgets.import_annotations import show_summary

    window, controller, _ = setup(qtbot, tmp_path)
    broken = tmp_path / "broken.jsonld"
    broken.write_text('{"type": "AnnotationCollection", "items": [', "utf-8")
    import_file(controller, broken, show=show_summary)
    box = window.findChild(QMessageBox)
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert box.text().startswith("Nothing imported:") and str(broken) in box.text()
    assert box.windowTitle() == "Nothing imported"
    assert box.icon() == QMessageBox.Icon.Warning
    box.close()
    source = tmp_path / "hypothesis.json"
    source.write_bytes((DATA / "hypothesis_search.json").read_bytes())
    import_file(controller, source, show=show_summary)
    good = next(b for b in window.findChildren(QMessageBox) if b is not box and b.isVisible())
    assert good.windowTitle() == "Annotations imported"
    assert good.icon() == QMessageBox.Icon.Information


def test_other_formats_and_a_file_read_in_part_through_the_window(qtbot, tmp_path, monkeypatch):
    """File › Import annotations… on AnnotatorJS rows and on a file with one bad annotation:
    the rest is imported and the summary names what was not read; File › Open annotations… on
    an Open Annotation file imports it and leaves it alone."""
    import widgets.import_annotations as flow

    _window, controller, _ = setup(qtbot, tmp_path)
    shown: list[list[str]] = []
    assert import_file(controller, DATA / "annotatorjs_rows.json",
                       show=lambda p, lines: shown.append(list(lines))) is not None
    assert "(an AnnotatorJS search result): 2 new" in shown[-1][0]
    mixed = tmp_path / "mixed.json"
    rows = json.loads((DATA / "hypothesis_search.json").read_text("utf-8"))
    rows["rows"][1]["target"] = 3
    mixed.write_text(json.dumps(rows), "utf-8")
    assert import_file(controller, mixed, show=lambda p, lines: shown.append(list(lines))) \
        is not None
    assert shown[-1][0].startswith("Imported 1 annotation from mixed.json")
    assert any(line.startswith("  not read: the annotation at $.rows[1].target") for line in
               shown[-1])
    assert len(controller.annotations) == 3
    monkeypatch.setattr(flow, "show_summary", lambda parent, lines: None)
    own_file = controller.document.path
    source = tmp_path / "oa.jsonld"
    source.write_bytes((DATA / "open_annotation_2013.jsonld").read_bytes())
    before = source.read_bytes()
    assert open_annotations(controller, source)
    assert len(controller.annotations) == 6 and controller.document.path == own_file
    assert source.read_bytes() == before


def test_the_verdict_dialog_names_the_claim_and_shows_its_hints_whole(qtbot):
    """tester14: the small dialog cut its title to 'Verdict…arallax' (which claim?) and its
    fields to 'Your organisati…', 'https://… (wher…'."""
    from viewer.annotations.model import ClaimGroup
    from widgets.verdict_dialog import VerdictDialog

    dialog = VerdictDialog(ClaimGroup("Ever Given freed"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.claim.text() == "Claim: Ever Given freed" and dialog.claim.isVisible()
    for field in (dialog.author, dialog.url):
        hint = field.fontMetrics().horizontalAdvance(field.placeholderText())
        assert field.width() > hint


def test_file_actions_on_a_window_with_nothing_annotated_open_no_empty_dock(qtbot, tmp_path,
                                                                            monkeypatch):
    """File › Import annotations… on a folder with no annotations opened an empty dock beside
    the panes (pushing a pane out) before the file dialog, and left it there when the file
    was refused or the dialog cancelled (tester15). The dock opens once annotations came in."""
    import widgets.file_dialogs as dialogs
    import widgets.import_annotations as flow
    from tests.viewfixtures import ground_truth_result, sample_articles
    from tests.widgetkit import make_window

    monkeypatch.setattr(flow, "show_summary", lambda parent, lines: None)
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    gui = window.add_annotation_gui(corpus_paths=[tmp_path], data_dir=tmp_path / "data")
    broken = tmp_path / "broken.json"
    broken.write_text('{"type": "Annotation", "target": ', "utf-8")
    answers = iter(["", str(broken), ""])
    monkeypatch.setattr(dialogs, "open_file_name", lambda *_args: next(answers))
    gui.actions.import_action.trigger()  # cancelled
    gui.actions.import_action.trigger()  # a file that is not JSON
    controller = gui.controller
    assert controller is not None
    qtbot.waitUntil(lambda: not importer_for(controller).busy, timeout=10000)
    gui.actions.open_action.trigger()  # cancelled
    assert not controller.dock.isVisible() and not gui.actions.dock_action.isChecked()
    monkeypatch.setattr(dialogs, "open_file_name",
                        lambda *_args: str(DATA / "w3c_page.jsonld"))
    gui.actions.import_action.trigger()
    qtbot.waitUntil(lambda: len(controller.annotations) == 2, timeout=10000)
    qtbot.waitUntil(controller.dock.isVisible)
