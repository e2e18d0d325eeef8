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


def test_the_extension_added_to_an_existing_name_asks_before_replacing(qtbot, monkeypatch,
                                                                        tmp_path):
    """A reviewer's report: Qt's dialog asked "Replace?" of the name as typed ("other"), and
    the extension added after it named an existing file ("other.parallax"), replaced silently."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

    from widgets.file_dialogs import save_file_name_and_type

    parent = QWidget()
    qtbot.addWidget(parent)
    (tmp_path / "other.json").write_text("{}")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda *args: (str(tmp_path / "other"), "Hypothesis export (*.json)")))
    asked: list[str] = []

    def answer(_parent, _title, text, *_rest):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(answer))
    assert save_file_name_and_type(parent, "Export", "x", "Hypothesis export (*.json)")[0] == ""
    assert asked == ["other.json already exists. Do you want to replace it?"]
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args: QMessageBox.StandardButton.Yes))
    assert save_file_name_and_type(parent, "Export", "x", "Hypothesis export (*.json)")[0] == (
        str(tmp_path / "other.json"))
    assert with_type_suffix("/w/gui_hyp.", "Hypothesis export (*.json)") == "/w/gui_hyp.json"
