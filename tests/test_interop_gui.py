"""The window's side of this session's tool files (pytest-qt): File › Import annotations… of a
Thorium Reader set, text-annotator-js' saved annotations and a dokieli reply, and Export
annotations… to a Readium set Thorium Reader imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.test_annotations_gui import setup
from viewer.annotations.model import AnchorStatus
from widgets.annotation_export import EXPORT_FILE_FILTER, export_format
from widgets.import_annotations import import_file

DATA = Path(__file__).parent / "data" / "annotations"
READIUM = "Readium annotation set for Thorium Reader (*.ann)"


@pytest.mark.parametrize(("name", "first_line", "reason"), [
    ("thorium_reader.ann", "Imported 3 annotations from thorium_reader.ann (a Readium "
     "AnnotationSet): 3 new, 0 updated, 0 already here; 0 anchored, 2 moved, 1 orphaned.",
     "orphaned: its target names no page or article"),
    ("text_annotator_core.json", "Imported 3 annotations from text_annotator_core.json (a "
     "JSON array of annotations): 3 new, 0 updated, 0 already here; 2 anchored, 1 orphaned.",
     "orphaned: its target is given only by a RangeSelector between XPathSelectors"),
    ("dokieli_reply.jsonld", "Imported 1 annotation from dokieli_reply.jsonld (a single "
     "annotation): 1 new, 0 updated, 0 already here; 1 anchored, 0 orphaned.", None),
])
def test_the_window_imports_these_tools_files(qtbot, tmp_path, name, first_line, reason):
    _window, controller, _ = setup(qtbot, tmp_path)
    shown: list[list[str]] = []
    assert import_file(controller, DATA / name,
                       show=lambda parent, lines: shown.append(list(lines))) is not None
    assert shown[0][0] == first_line
    placed = [a for a in controller.annotations if a.status is not AnchorStatus.ORPHANED]
    assert placed and all(a.exact for a in placed)
    if reason is not None:
        row = next(n for n, a in enumerate(controller.annotations)
                   if a.status is AnchorStatus.ORPHANED)
        assert controller.dock.model.index(row, 5).data().startswith(reason)


def test_the_export_dialog_writes_a_readium_set(qtbot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    _window, controller, _ = setup(qtbot, tmp_path)
    import_file(controller, DATA / "thorium_reader.ann", show=lambda parent, lines: None)
    target = tmp_path / "for-thorium"

    def ask(_parent, _caption: str, _where: str, file_filter: str = "") -> tuple[str, str]:
        assert READIUM in file_filter.split(";;")
        return str(target), READIUM

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    controller.actions.export_action.trigger()
    # (a name typed without an extension gets the chosen type's, as a native dialog adds it)
    target = target.with_name("for-thorium.ann")
    qtbot.waitUntil(target.exists)
    written = json.loads(target.read_text("utf-8"))
    assert written["type"] == "AnnotationSet" and len(written["items"]) == 3
    assert written["@context"] == "http://www.w3.org/ns/anno.jsonld"
    noted = next(i for i in written["items"] if i["body"].get("tag") == "people")
    assert noted["body"]["color"] == "#FFDE59"
    assert noted["target"]["source"] == "OEBPS/Text/chapter02.xhtml"


def test_an_ann_name_is_a_readium_set() -> None:
    assert READIUM in EXPORT_FILE_FILTER.split(";;")
    assert export_format(Path("notes.ann")) == "readium"
    assert export_format(Path("notes"), READIUM) == "readium"
