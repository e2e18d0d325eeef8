"""File › Import annotations… with a large file: progress and Cancel in the status bar, and an
import the window's annotation file could never hold refused up front, in one line (a tester's
report: a million annotations took five minutes with no progress and no Cancel, reached 3.4 GB,
and were taken in although every save then refused them; the dock said "(could not save)" with
no reason). The limit is lowered here (`store.MAX_FILE_BYTES`, the one the save applies) so a
small generated file crosses it."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QThreadPool

from tests.test_annotations_gui import setup
from viewer.annotations import store
from viewer.annotations.model import article_source
from widgets.import_annotations import importer_for

COUNT = 5000
"""Annotations in the generated file: about 1.3 MB as written (another tool's small
annotations, a quote each), about 2.7 MB as Parallax writes them (context, positions, dates)."""


def _setup(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    window, controller, docs = setup(qtbot, tmp_path / "data")
    # (a failing test must not leave the quit question open, modal, at teardown)
    controller.ask_on_quit = lambda _problem: "discard"
    return window, controller, docs


def _starts(article) -> list[int]:  # type: ignore[no-untyped-def]
    span = len(article.text) - article.body_start - 40
    return [article.body_start + n % span for n in range(COUNT)]


def _generated(tmp_path: Path, articles) -> Path:  # type: ignore[no-untyped-def]
    article = articles[0]
    lines = [json.dumps({"type": "Annotation", "id": f"urn:x:{n}",
                         "body": {"type": "TextualBody", "value": f"n{n}"},
                         "target": {"source": article_source(article),
                                    "selector": {"type": "TextQuoteSelector",
                                                 "exact": article.text[start:start + 40]}}})
             for n, start in enumerate(_starts(article))]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_no_save_could_keep_is_refused_up_front(qtbot, tmp_path, monkeypatch
                                                          ) -> None:  # type: ignore[no-untyped-def]
    window, controller, docs = _setup(qtbot, tmp_path)
    source = _generated(tmp_path, list(docs.values()))
    monkeypatch.setattr(store, "MAX_FILE_BYTES", 2 * 1024 * 1024)
    importer = importer_for(controller)
    shown: list[list[str]] = []
    importer.show = lambda _parent, lines: shown.append(list(lines))
    with qtbot.waitSignal(importer.finished, timeout=60_000) as finished:
        importer.start(source)
    assert finished.args[0] is None and len(controller.annotations) == 0
    assert not controller.undo_stack.count()  # nothing taken in, nothing to undo
    (line,) = shown[-1]
    assert line.startswith(f"Nothing imported: {source}: {COUNT:,} annotations would make ")
    assert "a file of more than 2 MB, larger than Parallax opens" in line
    assert "nothing was imported" in line
    assert not window.status_widgets.cancel_button.isVisibleTo(window)


def test_an_import_shows_its_progress_and_cancel_stops_it(qtbot, tmp_path
                                                          ) -> None:  # type: ignore[no-untyped-def]
    window, controller, docs = _setup(qtbot, tmp_path)
    source = _generated(tmp_path, list(docs.values()))
    importer = importer_for(controller)
    shown: list[list[str]] = []
    importer.show = lambda _parent, lines: shown.append(list(lines))
    importer.start(source)
    assert importer.busy
    assert controller.status_label.text().startswith("Importing annotations from many.jsonl…")
    assert window.status_widgets.cancel_button.isVisibleTo(window)
    assert "importing annotations" in window.status_widgets.cancel_button.toolTip()
    window.status_widgets.cancel_all()  # the status bar's Cancel
    assert not importer.busy
    assert not window.status_widgets.cancel_button.isVisibleTo(window)
    assert window.statusBar().currentMessage() == (
        "Import of many.jsonl cancelled: nothing was imported")
    QThreadPool.globalInstance().waitForDone(60_000)  # (the reading thread has stopped)
    qtbot.wait(50)  # (let any signal it sent be delivered: it must change nothing)
    assert len(controller.annotations) == 0 and not shown


def test_an_import_reports_its_progress_as_it_anchors(qtbot, tmp_path
                                                      ) -> None:  # type: ignore[no-untyped-def]
    _window, controller, docs = _setup(qtbot, tmp_path)
    source = _generated(tmp_path, list(docs.values()))
    importer = importer_for(controller)
    importer.show = lambda _parent, _lines: None
    seen: list[str] = []
    importer.signals.progress.connect(
        lambda *_args: seen.append(controller.status_label.text()))
    with qtbot.waitSignal(importer.finished, timeout=60_000):
        importer.start(source)
    assert any(text.startswith(f"Importing {COUNT:,} annotations from many.jsonl… ")
               for text in seen), seen[:3]
    assert len(controller.annotations) == COUNT
    assert controller.status_label.text().startswith(f"{COUNT:,} annotations")


def test_the_dock_says_why_its_annotations_could_not_be_saved(qtbot, tmp_path, monkeypatch
                                                              ) -> None:  # type: ignore[no-untyped-def]
    from viewer.annotations.model import make_annotation

    _window, controller, docs = _setup(qtbot, tmp_path)
    monkeypatch.setattr(store, "MAX_FILE_BYTES", 100)
    controller.annotations.add(make_annotation(next(iter(docs.values())), 0, 9))
    assert not controller.save_now()
    footer = controller.dock.location_label.text()
    assert "(could not save: 1 annotation makes a file of" in footer, footer
    assert "larger than the 0 MB Parallax opens" in footer
