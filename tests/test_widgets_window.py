"""The window as a whole: find, opening/pasting/removing articles, drag and drop, background
alignment with cancel and stale results, bad-file notices, settings, screenshot mode."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from tests.viewfixtures import by_prefix, ground_truth_result, sample_articles
from tests.widgetkit import background_at, make_window
from viewer.cancel import CancelToken
from viewer.corpus import LoadProblem, LoadReport
from viewer.engine import find_shared_passages
from viewer.jobs.choice import Backends
from viewer.jobs.head_start import HeadStartAligner
from viewer.loading import load_paths
from viewer.palette import LIGHT
from viewer.workspace import Workspace
from widgets.main_window import DEFAULT_PANES, MIN_PANES, MainWindow

REPO = Path(__file__).resolve().parent.parent
STORY = ("The harbour authority confirmed on Monday that the northern pier will close for repairs "
         "after storm damage was found in its foundations by divers.")


def write_articles(folder: Path, count: int = 2) -> list[Path]:
    paths = []
    for n in range(count):
        path = folder / f"story{n}.txt"
        path.write_text(f"Report {n}\n\nLocal news desk {n} writes. {STORY} More detail {n}.\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


def test_find_highlights_hits_in_every_pane_and_steps(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    window.find_action.trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.edit, "all is WELL")
    qtbot.waitUntil(lambda: window.workspace.find.query == "all is WELL", timeout=2000)
    hits = window.workspace.find.hits
    assert {h.document[:3] for h in hits} >= {"000", "002", "003"}
    for hit in hits[1:]:
        pane = window.pane_for(hit.document)
        assert pane is not None
        assert background_at(pane, hit.start) == LIGHT.find_hit
    first = window.pane_for(hits[0].document)
    assert first is not None and background_at(first, hits[0].start) == LIGHT.find_current
    assert window.find_bar.count_label.text() == f"1 of {len(hits)}"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.workspace.find.index == 1
    second = window.pane_for(hits[1].document)
    assert second is not None and second.is_visible_range(hits[1].start, hits[1].end)
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible() and window.workspace.find.hits == ()
    assert background_at(first, hits[0].start) != LIGHT.find_current


def test_find_without_hits_says_only_the_shown_articles_were_searched(qtbot) -> None:
    """A bare "no match" read as "no article says it" while an unticked one did."""
    articles = sample_articles()
    docs = by_prefix(articles)
    window = make_window(qtbot, articles, ground_truth_result(articles))
    assert window.workspace.set_shown([docs["000"].id, docs["001"].id]) is None
    shown_text = (docs["000"].text + docs["001"].text).casefold()
    word = next(w for w in docs["004"].text.split()
                if w.isalpha() and len(w) > 5 and w.casefold() not in shown_text)
    window.find_action.trigger()
    qtbot.keyClicks(window.find_bar.edit, word)
    qtbot.waitUntil(lambda: window.workspace.find.query == word, timeout=2000)
    assert window.find_bar.count_label.text() == "not in the shown articles"


def test_opening_files_aligns_in_background_and_shows_them(qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    paths = write_articles(tmp_path)
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.open_paths(paths)
    ids = window.workspace.corpus.ids
    assert "story0" in ids and "story1" in ids
    # Ticked, and in view: first when the window had no room for them after the others.
    assert {"story0", "story1"} <= set(window.workspace.shown)
    assert all(not window.pane_for(i).isHidden() for i in ("story0", "story1"))
    result = window.workspace.result
    assert result is not None and "story0" in result.document_ids
    assert any({"story0", "story1"} <= set(p.document_ids) for p in result.passages)
    assert window.article_list.source_model.rowCount() == 7
    assert not window.progress_bar.isVisible()


def test_bad_files_get_a_non_blocking_notice(qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    good = write_articles(tmp_path, 1)[0]
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.open_paths([good, binary, empty, missing])
    assert QApplication.activeModalWidget() is None
    assert window.notices.isVisible()
    text = window.notices.details.toPlainText()
    for bad in (binary, empty, missing):
        assert any(line.startswith(str(bad)) and ": " in line for line in text.splitlines()), bad
    assert "story0" in window.workspace.corpus
    assert "problems with 3 files (see the notice" in window.statusBar().currentMessage()
    window.notices.dismiss_button.click()
    assert not window.notices.isVisible()


def test_drop_files_opens_them(qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    paths = write_articles(tmp_path, 1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.dropEvent(event)
    assert "story0" in window.workspace.corpus


def test_paste_and_remove_articles(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    with qtbot.waitSignal(window.idle, timeout=20000):
        pasted = window.paste_article("<p>Pasted <b>text</b></p> about the strike.", "My <note>")
    assert pasted is not None and pasted.id == "pasted"
    pane = window.pane_for("pasted")
    assert pane is not None
    assert pane.editor.toPlainText().startswith("<p>Pasted <b>text</b></p>")
    assert pane.title_label.full_text() == "My <note>"
    assert window.paste_article("   ") is None
    zero = by_prefix(articles)["000"].id
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.remove_article(zero)
    assert zero not in window.workspace.corpus
    assert window.pane_for(zero) is None
    assert window.article_list.source_model.rowCount() == 5
    result = window.workspace.result
    assert result is not None and zero not in result.document_ids


def test_cancel_keeps_the_previous_result_and_window_responsive(qtbot) -> None:
    articles = sample_articles()
    entered = threading.Event()

    def blocking_aligner(docs, settings=None, progress=None, cancel: CancelToken | None = None):
        assert cancel is not None and progress is not None
        progress(0.5)
        entered.set()
        while not cancel.cancelled:
            cancel._event.wait(0.01)
        cancel.raise_if_cancelled()
        raise AssertionError("unreachable")

    previous = ground_truth_result(articles)
    window = make_window(qtbot, articles, previous, aligner=blocking_aligner)
    window.start_alignment()
    qtbot.waitUntil(lambda: window.progress_bar.value() == 50, timeout=5000)
    assert window.progress_bar.isVisible() and window.cancel_button.isVisible()
    window.workspace.select_passage("p2")  # the GUI thread is free meanwhile
    with qtbot.waitSignal(window.idle, timeout=5000):
        window.cancel_button.click()
    assert entered.is_set()
    assert window.workspace.result is previous
    assert "cancelled" in window.statusBar().currentMessage()
    assert not window.cancel_button.isVisible()


def test_the_first_alignment_cancelled_says_the_articles_are_not_aligned(qtbot) -> None:
    """Cancelling the first alignment (20,000 articles) left "20,000 articles · aligning…" in
    the status bar for good, and spoke of the previous alignment's highlights (tester15)."""
    articles = sample_articles()

    def blocking_aligner(docs, settings=None, progress=None, cancel: CancelToken | None = None):
        assert cancel is not None and progress is not None
        progress(0.5)
        while not cancel.cancelled:
            cancel._event.wait(0.01)
        cancel.raise_if_cancelled()
        raise AssertionError("unreachable")

    window = make_window(qtbot, articles, aligner=blocking_aligner)
    window.start_alignment()
    qtbot.waitUntil(lambda: window.progress_bar.value() == 50, timeout=5000)
    assert window.counts_label.text().endswith("aligning…")
    with qtbot.waitSignal(window.idle, timeout=5000):
        window.cancel_button.click()
    assert window.workspace.result is None
    assert window.counts_label.text() == "5 articles · not aligned"
    assert "previous" not in window.statusBar().currentMessage()
    assert window.align_again_button.isVisible()


def _gated_engine(release: threading.Event):
    """An engine that reports a quarter done, then waits for `release` (or a cancel)."""

    def gated_engine(docs, settings=None, progress=None, cancel=None):
        assert progress is not None and cancel is not None
        progress(0.25)
        while not cancel.cancelled and not release.is_set():
            cancel._event.wait(0.01)
        return find_shared_passages(docs)

    return gated_engine


def test_while_the_first_folder_is_read_the_window_says_so(qtbot, tmp_path: Path) -> None:
    """20,000 files take a while to read: the panes said "Open articles with File › Open
    files…" and the progress bar "Aligning… 0%" meanwhile, as if nothing had been opened
    (tester15)."""
    from widgets.pane_row import PLACEHOLDER

    paths = write_articles(tmp_path, 3)
    release = threading.Event()

    def slow_loader(chosen, taken_ids=()):
        release.wait(20)
        return load_paths(chosen, taken_ids=taken_ids)

    gated_engine = _gated_engine(release)
    window = make_window(qtbot, [], backends=Backends(engine=gated_engine, loader=slow_loader))
    window.open_first([tmp_path], remember=True, wait_seconds=0)
    qtbot.waitUntil(lambda: window.busy, timeout=5000)
    placeholder = window.pane_row.placeholder
    assert placeholder.isVisible() and placeholder.text() != PLACEHOLDER
    assert "Opening" in placeholder.text()
    assert window.statusBar().currentMessage().startswith("Opening")
    assert "Aligning" not in window.progress_bar.format()
    with qtbot.waitSignal(window.idle, timeout=20000):
        release.set()
    assert len(window.workspace.corpus) == len(paths)
    assert not placeholder.isVisible()
    assert placeholder.text() == PLACEHOLDER  # idle again: how to open articles


def test_the_progress_bar_says_aligning_once_the_read_articles_align(qtbot,
                                                                     tmp_path: Path) -> None:
    write_articles(tmp_path, 3)
    release = threading.Event()

    gated_engine = _gated_engine(release)
    window = make_window(qtbot, [], backends=Backends(engine=gated_engine, loader=load_paths))
    window.open_paths([tmp_path])
    qtbot.waitUntil(lambda: window.progress_bar.value() == 25, timeout=10000)
    assert window.progress_bar.format().startswith("Aligning")
    with qtbot.waitSignal(window.idle, timeout=20000):
        release.set()


def test_stale_alignment_result_is_dropped(qtbot) -> None:
    articles = sample_articles()
    release = threading.Event()
    calls = []

    def gated_aligner(docs, settings=None, progress=None, cancel=None):
        calls.append(len(docs))
        if len(calls) == 1:
            release.wait(10)  # ignores the cancel request on purpose: a late result
        return find_shared_passages(docs)

    window = make_window(qtbot, articles[:3], aligner=gated_aligner)
    window.start_alignment()
    qtbot.waitUntil(lambda: len(calls) == 1, timeout=5000)
    window.add_articles(articles[3:])
    qtbot.waitUntil(lambda: window.workspace.result is not None, timeout=10000)
    fresh = window.workspace.result
    assert fresh is not None and len(fresh.document_ids) == 5
    with qtbot.waitSignal(window.idle, timeout=10000):
        release.set()
    assert window.workspace.result is fresh


def test_settings_persist_geometry_splitters_and_recent(qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    settings = QSettings(str(tmp_path / "parallax.ini"), QSettings.Format.IniFormat)
    window = make_window(qtbot, articles, ground_truth_result(articles), settings=settings)
    window.resize(780, 560)  # within the offscreen screen, which restoreGeometry clamps to
    window.main_splitter.setSizes([250, 150])
    sizes = window.main_splitter.sizes()
    size = (window.width(), window.height())
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.open_paths(write_articles(tmp_path, 1))
    window.close()
    again = MainWindow(Workspace(articles), settings=settings, theme=LIGHT)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert (again.width(), again.height()) == size
    assert again.main_splitter.sizes() == sizes
    assert str((tmp_path / "story0.txt").resolve()) in again.recent_paths()
    assert [a.text() for a in again.recent_menu.actions()] == again.recent_paths()


def test_screenshot_mode_writes_a_png_of_the_window(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
           "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-m", "viewer", "--screenshot", str(out)], cwd=REPO,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert image.width() >= 1400 and image.height() >= 850
    occupied = tmp_path / "x.png"
    occupied.mkdir()  # a folder where the PNG should go: saving must fail cleanly
    bad = subprocess.run([sys.executable, "-m", "viewer", "--screenshot", str(occupied)],
                         cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert bad.returncode != 0
    assert "Traceback" not in bad.stderr
    assert "x.png" in bad.stderr


def test_large_corpora_align_in_a_child_process_with_the_same_result(qtbot) -> None:
    articles = sample_articles()
    # A threshold of 0 treats the samples as a large corpus.
    window = make_window(qtbot, articles, backends=Backends(process_threshold_chars=0))
    with qtbot.waitSignal(window.idle, timeout=60000):
        window.start_alignment()
    expected = find_shared_passages(articles)
    result = window.workspace.result
    assert result is not None
    assert result.passages == expected.passages
    assert result.similarity == expected.similarity


class _HeadStartStandIn:
    """Stands in for the app's head start: `answers_if_ready` gives `answers` once."""

    def __init__(self, answers: tuple[LoadReport, object] | None) -> None:
        self.answers = answers
        self.asked: list[tuple[Path, ...]] = []

    def answers_if_ready(self, paths, *, wait_seconds=0.0):  # type: ignore[no-untyped-def]
        assert 0 < wait_seconds <= 0.5  # a short, bounded wait before the window is shown
        self.asked.append(tuple(paths))
        answers, self.answers = self.answers, None
        return answers

    def report_for(self, *_args: object) -> None:
        return None

    def will_answer(self, *_args: object) -> bool:
        return False

    def result_for(self, *_args: object) -> None:
        return None

    def close(self) -> None:
        pass


def _refuse(*_args: object, **_kwargs: object) -> None:
    raise AssertionError("the head start's answers were ready: nothing may be computed")


def test_a_ready_head_start_is_in_place_before_the_window_is_first_shown(qtbot,
                                                                          tmp_path: Path) -> None:
    articles = sample_articles()
    result = find_shared_passages(articles)
    problem = LoadProblem(tmp_path / "broken.txt", "binary file (not text)")
    head_start = _HeadStartStandIn((LoadReport(tuple(articles), (problem,)), result))
    backends = Backends(engine=_refuse, loader=_refuse,  # type: ignore[arg-type]
                        head_start=HeadStartAligner(head_start))  # type: ignore[arg-type]
    window = MainWindow(backends=backends, theme=LIGHT)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.open_first([tmp_path], remember=False)
    assert head_start.asked == [(tmp_path,)]
    # Everything is there before the first paint: no background work, no second layout.
    assert not window.busy
    assert window.workspace.result == result
    assert window.workspace.selected == window.workspace.passage_rows()[0].passage_id
    assert window.notices.lines == [str(problem)]
    assert window.statusBar().currentMessage().startswith("Found ")
    panes = window.text_panes()
    window.show()
    qtbot.waitExposed(window)
    fitting = max(MIN_PANES, min(DEFAULT_PANES,
                                  window.pane_row.room(window.main_splitter.width())))
    assert len(panes) == fitting and window.text_panes() == panes
    selected = result.passage(window.workspace.selected)
    for occurrence in selected.occurrences:
        pane = window.pane_for(occurrence.document)
        if pane is not None:
            assert background_at(pane, occurrence.start) is not None
            qtbot.waitUntil(lambda pane=pane, o=occurrence: pane.is_visible_range(o.start,
                                                                                   o.start + 1))


def test_without_ready_answers_the_first_load_runs_in_the_background(qtbot,
                                                                      tmp_path: Path) -> None:
    from viewer.loading import load_paths

    paths = write_articles(tmp_path)
    head_start = _HeadStartStandIn(None)
    backends = Backends(engine=find_shared_passages, loader=load_paths,
                        head_start=HeadStartAligner(head_start))  # type: ignore[arg-type]
    window = MainWindow(backends=backends, theme=LIGHT)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.open_first([tmp_path], remember=False)
        assert window.busy
        window.show()
    assert head_start.asked == [(tmp_path,)]
    assert set(window.workspace.corpus.ids) == {p.stem for p in paths}
    assert window.workspace.result is not None and window.workspace.result.passages


def test_after_a_cancelled_alignment_align_again_aligns_the_new_articles(qtbot) -> None:
    """Cancel keeps the previous highlights, and the articles added meanwhile stay unaligned
    until the next change: the status bar offers Align again, which aligns them."""
    articles = sample_articles()
    calls: list[int] = []

    def second_call_blocks(docs, settings=None, progress=None, cancel=None):
        calls.append(len(docs))
        if len(calls) == 2:
            assert cancel is not None
            while not cancel.cancelled:
                cancel._event.wait(0.01)
            cancel.raise_if_cancelled()
        return find_shared_passages(docs)

    window = make_window(qtbot, articles[:3], aligner=second_call_blocks)
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.start_alignment()
    assert not window.align_again_button.isVisible()
    window.add_articles(articles[3:])
    qtbot.waitUntil(lambda: len(calls) == 2 and window.cancel_button.isVisible(), timeout=5000)
    with qtbot.waitSignal(window.idle, timeout=5000):
        window.cancel_button.click()
    assert len(window.workspace.result.document_ids) == 3
    assert window.align_again_button.isVisible()
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.align_again_button.click()
    assert len(window.workspace.result.document_ids) == 5
    assert not window.align_again_button.isVisible()


def test_a_pasted_article_is_shown_even_when_the_ticked_panes_fill_the_window(qtbot) -> None:
    """Pasting ticks the new article last; in a window with room for fewer panes than are
    ticked it waited unseen. It comes first instead."""
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles), width=1000)
    window.workspace.set_shown([a.id for a in articles[:4]])
    ticked = list(window.workspace.shown)
    qtbot.waitUntil(lambda: 2 <= len(window.pane_row.visible_panes()) < len(ticked))
    pasted = window.paste_article("Tehran said it did not seek escalation or war, but would "
                                  "defend itself against any aggression.", "Pasted report")
    assert pasted is not None
    qtbot.waitUntil(lambda: window.pane_for(pasted.id) is not None
                    and not window.pane_for(pasted.id).isHidden())
    assert window.workspace.shown[0] == pasted.id
    assert set(window.workspace.shown) == {pasted.id, *ticked}

