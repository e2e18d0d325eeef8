"""The file dialogs' answers (`widgets.file_dialogs`)."""

from __future__ import annotations

from widgets.file_dialogs import with_type_suffix


def test_a_name_without_extension_gets_the_chosen_types():
    """An interop tester's report: "gui_hyp" saved as "Hypothesis export (*.json)" was written
    as `gui_hyp`, which no tool opens as JSON."""
    assert with_type_suffix("/w/gui_hyp", "Hypothesis export (*.json)") == "/w/gui_hyp.json"
    assert with_type_suffix("/w/Dr. Smith notes", "HTML report (*.html)") == (
        "/w/Dr. Smith notes.html")
    assert with_type_suffix("/w/week", "Parallax projects (*.parallax)") == "/w/week.parallax"
    assert with_type_suffix("/w/report.csv", "HTML report (*.html)") == "/w/report.csv"
    assert with_type_suffix("/w/notes", "All files (*)") == "/w/notes"
    assert with_type_suffix("", "HTML report (*.html)") == ""


def test_the_save_dialog_answers_with_the_extension(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QWidget

    from widgets.file_dialogs import save_file_name_and_type

    parent = QWidget()
    qtbot.addWidget(parent)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args: (str(tmp_path / "gui_hyp"), "Hypothesis export (*.json)")))
    assert save_file_name_and_type(parent, "Export", "x.html", "Hypothesis export (*.json)") == (
        str(tmp_path / "gui_hyp.json"), "Hypothesis export (*.json)")
