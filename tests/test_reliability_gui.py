"""Issue 12, the window: Ctrl+C, quitting with unsaved work, read-only folders, conflicts,
pasted articles and hostile annotation files -- real signals, real folders, real threads."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

REPO = Path(__file__).resolve().parent.parent

CTRL_C_CHILD = r"""
import os, signal, sys
from PySide6.QtCore import QTimer
from widgets.app import build_window, close_on_interrupt

app, window = build_window([], persist=False)
window.show()
close_on_interrupt(window)
# A real SIGINT, as the terminal sends for Ctrl+C, once the event loop runs.
QTimer.singleShot(300, lambda: os.kill(os.getpid(), signal.SIGINT))
code = app.exec()
print("exit", code, "visible", window.isVisible())
"""


def test_ctrl_c_in_the_terminal_closes_the_window_without_a_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTEST_CURRENT_TEST", None)
    done = subprocess.run([sys.executable, "-c", CTRL_C_CHILD], capture_output=True, text=True,
                          timeout=120, env=env, cwd=REPO, check=False)
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr, done.stderr
    assert done.returncode == 0
    assert done.stdout.split() == ["exit", "0", "visible", "False"]


def test_ctrl_c_closes_through_the_window_close(qtbot) -> None:
    from widgets.app import close_on_interrupt
    from widgets.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    previous = signal.getsignal(signal.SIGINT)
    try:
        close_on_interrupt(window)
        os.kill(os.getpid(), signal.SIGINT)  # a real signal to this process
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    finally:
        signal.signal(signal.SIGINT, previous)


# -- the annotation GUI: a save that fails, a conflict, a hostile file ------------------------

def annotated_window(qtbot, data_dir: Path, count: int = 3):
    """A window over the samples with `count` annotations made, saved in `data_dir`."""
    from tests.viewfixtures import ground_truth_result, sample_articles
    from tests.widgetkit import make_window
    from viewer.annotations.model import make_annotation
    from widgets.annotation_gui import install_annotations

    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=[Path("samples-under-test")],
                                     data_dir=data_dir)
    controller.autosave_timer.setInterval(10)
    asked: list[str] = []
    answers: list[str] = []
    controller.ask_on_quit = lambda problem: (asked.append(problem), answers.pop(0))[1]
    for n in range(count):
        article = articles[n % len(articles)]
        start = article.body_start + 10 * n
        controller.annotations.add(make_annotation(article, start, start + 8, note=f"n{n}"))
    controller.save_now()
    assert controller.document.is_saved
    return window, controller, asked, answers, articles


def test_quit_after_a_failed_save_asks_and_cancel_keeps_the_window(qtbot, tmp_path: Path
                                                                   ) -> None:
    from viewer.annotations.model import make_annotation
    from viewer.annotations.store import load_set

    from .faults import small_filesystem

    with small_filesystem(tmp_path / "disk", 96) as disk:
        window, controller, asked, answers, articles = annotated_window(qtbot, disk, 0)
        path = controller.document.path
        assert path is not None
        # The disk fills up: 120 annotations do not fit (the issue lost 94 of 120 at quit).
        filler = disk / "filler.bin"
        filler.write_bytes(b"\0" * (os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
                                    - 8192))
        for n in range(120):
            article = articles[n % len(articles)]
            controller.annotations.add(make_annotation(
                article, article.body_start + n, article.body_start + n + 30, note="x" * 200))
        answers += ["cancel"]
        window.close()
        assert window.isVisible() and len(asked) == 1  # Cancel: still open, work in memory
        assert "the disk is full" in asked[0] and len(controller.annotations) == 120
        elsewhere = tmp_path / "saved-elsewhere.jsonld"
        controller.choose_save_path = lambda: str(elsewhere)
        answers += ["save_as"]
        window.close()
        assert not window.isVisible()
        assert len(load_set(elsewhere)) == 120


def test_quit_with_a_failed_save_can_discard(qtbot, tmp_path: Path) -> None:
    from viewer.annotations.model import make_annotation

    from .faults import read_only_folder

    window, controller, asked, answers, articles = annotated_window(qtbot, tmp_path / "data")
    path = controller.document.path
    assert path is not None
    with read_only_folder(path.parent):
        controller.annotations.add(make_annotation(articles[0], 5, 25))
        answers += ["discard"]
        window.close()
        assert not window.isVisible() and len(asked) == 1
        assert "read-only" in asked[0]


def test_a_read_only_data_folder_is_said_in_the_window_and_quit_offers_save_as(
        qtbot, tmp_path: Path) -> None:
    from viewer.annotations.model import make_annotation
    from viewer.annotations.store import load_set

    from .faults import read_only_folder

    window, controller, _asked, _answers, articles = annotated_window(qtbot, tmp_path / "data")
    path = controller.document.path
    assert path is not None
    elsewhere = tmp_path / "elsewhere.jsonld"
    controller.choose_save_path = lambda: str(elsewhere)
    with read_only_folder(path.parent):
        controller.annotations.add(make_annotation(articles[1], 40, 60, note="new"))
        qtbot.waitUntil(lambda: controller.save_problem_box is not None, timeout=5000)
        box = controller.save_problem_box
        assert box is not None and box.isVisible()
        assert "its folder is read-only" in box.text() and str(path) in box.text()
        assert "the annotations are kept in memory" in box.text()  # the window's advice
        assert window.isWindowModified() and len(controller.annotations) == 4
        save_as = next(b for b in box.buttons() if b.text() == "Save As…")
        qtbot.mouseClick(save_as, Qt.MouseButton.LeftButton)
    assert len(load_set(elsewhere)) == 4
    assert controller.document.path == elsewhere and not window.isWindowModified()
    assert controller.save_problem_box is None


def test_a_save_conflict_asks_whose_version_to_keep(qtbot, tmp_path: Path) -> None:
    from viewer.annotations.store import load_set

    from .test_reliability_store import Writer

    window, controller, _asked, _answers, _articles = annotated_window(qtbot, tmp_path / "d")
    path = controller.document.path
    assert path is not None
    first = controller.annotations[0]
    other = Writer(path)  # another Parallax process on the same file
    try:
        other.ask(f"edit {first.id} theirs")
        other.ask("add from-the-other-window")
        assert other.ask("save") == {"merged": 0}
    finally:
        other.close()
    questions: list[int] = []
    controller.ask_on_conflict = lambda _problem, count: (questions.append(count), "theirs")[1]
    controller.annotations.update(first.edited(note="mine"))
    assert controller.save_now()
    assert questions == [1]
    saved = load_set(path)
    assert saved.get(first.id).note == "theirs" and len(saved) == 4
    assert {a.note for a in controller.annotations} == {a.note for a in saved}
    assert "Merged" in window.statusBar().currentMessage()


def test_a_hostile_annotation_file_reanchors_in_the_background(qtbot, tmp_path: Path) -> None:
    """Three thousand annotations, some with quotes of hundreds of characters, on articles edited
    since: re-anchoring runs in a child process with progress, and while it runs the window
    keeps answering: a 10 ms heartbeat timer waits under 100 ms (on this shared machine: under
    twice its worst wait with the window idle, measured in the same run) at least 95% of the
    time, and never five times that."""
    import dataclasses
    import time

    from PySide6.QtCore import QTimer

    from tests.viewfixtures import ground_truth_result, sample_articles
    from tests.widgetkit import make_window
    from viewer.annotations.annotation_set import AnnotationSet
    from viewer.annotations.location import default_annotation_file
    from viewer.annotations.model import AnchorStatus, make_annotation
    from viewer.annotations.store import save_set
    from widgets.annotation_gui import install_annotations

    articles = sample_articles()
    made = []
    for n in range(3000):
        article = articles[n % len(articles)]
        start = article.body_start + (n * 37) % (len(article.text) - article.body_start - 800)
        made.append(make_annotation(article, start, start + (400 + n % 300 if n % 30 == 0
                                                             else 20 + n % 40)))
    corpus_paths = [Path("samples-under-test")]
    annotation_file = default_annotation_file(corpus_paths, tmp_path)
    annotation_file.parent.mkdir(parents=True)
    save_set(AnnotationSet(made), annotation_file)
    # The articles changed since: every annotation moved, the long ones need a fuzzy search.
    edited = [dataclasses.replace(a, text="Updated: this article was edited.\n"
                                  + a.text.replace(" said ", " stated ")) for a in articles]
    window = make_window(qtbot, edited, ground_truth_result(articles))

    gaps: list[float] = []
    last = [0.0]
    running = [False]
    span = [0.0, 0.0]  # when the child first reported, and when its result arrived

    def beat() -> None:
        now = time.monotonic()
        if running[0]:
            gaps.append(now - last[0])
        last[0] = now

    def progressed(_share: float) -> None:
        if not running[0]:  # the first report: the child is at work; measure from here
            running[0], last[0] = True, time.monotonic()
            span[0] = last[0]

    def finished(_result: object) -> None:
        running[0] = False
        span[1] = time.monotonic()

    heartbeat = QTimer()
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    controller = install_annotations(window, corpus_paths=corpus_paths, data_dir=tmp_path)
    assert controller.background.busy  # too much for the GUI thread's 30 ms try
    assert controller.status_label.text().startswith("Re-anchoring 3,000 annotations…")
    controller.background.progress.connect(progressed)
    controller.background.finished.connect(finished)
    qtbot.waitUntil(lambda: not controller.background.busy, timeout=300_000)
    heartbeat.stop()
    running[0] = False
    statuses = {a.status for a in controller.annotations}
    assert AnchorStatus.MOVED in statuses and AnchorStatus.FUZZY in statuses
    assert controller.status_label.text() == "3,000 annotations ·"
    assert len(gaps) > 20  # it ran long enough to tell
    # The machine is shared: the same heartbeat, idle, in the same run is the reference.
    idle: list[float] = []
    running[0], last[0] = True, time.monotonic()
    gaps_while_reanchoring, gaps[:] = list(gaps), []
    heartbeat.start()
    qtbot.waitUntil(lambda: len(gaps) >= 100, timeout=60_000)
    heartbeat.stop()
    idle = list(gaps)
    # Work done on the GUI thread in slices would show in most gaps; done in one block, in the
    # worst one, as long as most of the re-anchoring. A lone scheduling hiccup of a loaded
    # machine shows only in the worst gap, so that one is allowed more.
    allowed = max(0.1, 2 * max(idle))
    blocked = max(5 * allowed, 0.5 * (span[1] - span[0]))
    ordered = sorted(gaps_while_reanchoring)
    usual = ordered[int(0.95 * (len(ordered) - 1))]
    worst = ordered[-1]
    assert usual < allowed, (f"the window answered slowly while re-anchoring: 5% of its waits "
                             f"were over {usual * 1000:.0f} ms (idle, its worst wait was "
                             f"{max(idle) * 1000:.0f} ms)")
    assert worst < blocked, (f"the window stalled {worst * 1000:.0f} ms while re-anchoring for "
                             f"{(span[1] - span[0]) * 1000:.0f} ms (idle, its worst wait was "
                             f"{max(idle) * 1000:.0f} ms)")


def test_a_pasted_article_is_kept_with_the_annotations(qtbot, tmp_path: Path) -> None:
    from tests.viewfixtures import ground_truth_result, sample_articles
    from tests.widgetkit import make_window
    from viewer.annotations.model import AnchorStatus, make_annotation

    pasted_text = ("Breaking: strike on Ain al-Asad\n\nIraq's military said 22 missiles struck "
                   "two bases housing US troops. “All is well!” 👍🏽")
    corpus_paths = [Path("samples-under-test")]

    def window_with_annotations():
        articles = sample_articles()
        window = make_window(qtbot, articles, ground_truth_result(articles))
        gui = window.add_annotation_gui(corpus_paths=corpus_paths, data_dir=tmp_path)
        return window, gui

    window, gui = window_with_annotations()
    article = window.paste_article(pasted_text, "Pasted wire copy")
    assert article is not None and article.path is not None  # stored, not only in memory
    controller = gui.ensure_controller()
    start = article.text.index("22 missiles")
    controller.annotations.add(make_annotation(article, start, start + 11, note="figure"))
    assert controller.save_now()
    window.close()

    # The next start: the stored pasted text opens with the corpus; the annotation finds it.
    window, gui = window_with_annotations()
    stored = gui.pasted.stored_paths()
    assert stored == [article.path]
    window.session.open_paths(stored, reveal=False)
    qtbot.waitUntil(lambda: any(a.path == article.path for a in window.workspace.corpus),
                    timeout=30_000)
    controller = gui.ensure_controller()
    qtbot.waitUntil(lambda: controller.annotations[0].status is AnchorStatus.ANCHORED,
                    timeout=30_000)
    (annotation,) = controller.annotations
    reopened = next(a for a in window.workspace.corpus if a.path == article.path)
    assert reopened.title == "Pasted wire copy"
    assert reopened.text[annotation.start:annotation.end] == "22 missiles"


def test_pasted_text_with_a_nul_or_binary_data_is_said_and_leaves_no_file(qtbot, capfd,
                                                                             tmp_path: Path
                                                                             ) -> None:
    """A fault tester's report: text pasted with a NUL in a folder's window printed a
    traceback, added nothing, and left `pasted.txt` beside the annotation file, refused as
    "binary data" at every later opening of the folder. A NUL goes (no text holds one);
    text that is binary data all the same is one line, and no file is left."""
    from tests.viewfixtures import ground_truth_result, sample_articles
    from tests.widgetkit import make_window

    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    gui = window.add_annotation_gui(corpus_paths=[Path("samples-under-test")],
                                    data_dir=tmp_path)
    messages: list[str] = []
    # (said among the notices, which stay: a status message went with the next alignment's)
    window.workspace.problems_reported.connect(messages.extend)
    article = window.paste_article("Iraq said 22 missiles struck.\x00 An escape \x1b[31m here.",
                                   "Pasted")
    assert article is not None and article.path is not None
    assert "\x00" not in article.text and "22 missiles struck. An escape" in article.text
    assert gui.pasted.stored_paths() == [article.path]
    # text the loader would read as binary: shown until quit, said, and no file left behind
    kept = window.paste_article("\x01\x02\x03\x04\x05 binary \x06\x07\x08\x0e\x0f")
    assert kept is not None and kept.path is None
    assert messages[-1] == ("pasted text: could not be stored (binary data (control bytes), not "
                            "text); it is kept only until you quit")
    assert gui.pasted.stored_paths() == [article.path]
    # a word processor's line breaks (vertical tabs) are line breaks (a reviewer's report:
    # refused as control bytes by an earlier version of this check)
    lines = window.paste_article("\x0b".join(f"Line {n} of the release." for n in range(40)))
    assert lines is not None and lines.path is not None and "\x0b" not in lines.text
    assert "Traceback" not in capfd.readouterr().err


def test_removing_a_pasted_article_keeps_it_from_coming_back(qtbot, tmp_path: Path) -> None:
    from tests.viewfixtures import ground_truth_result, sample_articles
    from tests.widgetkit import make_window

    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    gui = window.add_annotation_gui(corpus_paths=[Path("folder-under-test")], data_dir=tmp_path)
    article = window.paste_article("A note pasted by mistake, about the strike.", "Mistake")
    assert article is not None and article.path is not None
    assert gui.pasted.stored_paths() == [article.path]
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    window.session.remove_article(article.id)
    qtbot.waitUntil(lambda: not window.busy, timeout=30_000)
    assert gui.pasted.stored_paths() == []  # the next start does not open it again
    aside = article.path.with_name(f".{article.path.name}.removed")
    assert "pasted by mistake" in aside.read_text(encoding="utf-8")  # set aside, not deleted



def test_a_reanchoring_child_that_dies_leaves_no_stuck_progress(qtbot, tmp_path: Path,
                                                                monkeypatch) -> None:
    """tester16: the child re-anchoring in the background died (there: a harness without a
    main guard; for a user: killed, out of memory) and the status bar said "Re-anchoring 1
    annotation… 0%" for good, the annotations never re-anchored: nothing listened to its
    failure. The window now re-anchors them itself, still off the GUI thread, and says so."""
    import multiprocessing

    from viewer.annotations.reanchor_job import CHILD_NAME

    _window, controller = annotated_window(qtbot, tmp_path)[:2]
    messages: list[str] = []
    monkeypatch.setattr(controller, "message", messages.append)
    # No time on the GUI thread: the re-anchoring goes to a child at once.
    controller.background.budget_seconds = -1.0
    controller.reanchor()
    assert controller.background.busy

    def child() -> multiprocessing.Process | None:
        return next((p for p in multiprocessing.active_children() if p.name == CHILD_NAME),
                    None)

    qtbot.waitUntil(lambda: child() is not None, timeout=30_000)
    running = child()
    assert running is not None and running.pid is not None
    os.kill(running.pid, signal.SIGKILL)  # as the out-of-memory killer would
    qtbot.waitUntil(lambda: not controller.background.busy, timeout=30_000)
    qtbot.waitUntil(lambda: controller.status_label.text() == "3 annotations ·", timeout=5_000)
    assert any("done here instead" in m for m in messages)


def test_a_damaged_annotation_file_is_a_notice_naming_its_backup(qtbot, tmp_path: Path) -> None:
    """A newcomer's report: a truncated annotation file was said only in the dock's small print,
    and not that the `.bak` beside it holds the version before. Among the notices, one line:
    the file, why, left as it is, and where its previous version is."""
    from tests.viewfixtures import ground_truth_result, sample_articles
    from tests.widgetkit import make_window
    from viewer.annotations.location import default_annotation_file
    from viewer.safe_files import backup_path
    from widgets.annotation_gui import install_annotations

    articles = sample_articles()
    corpus = [Path("samples-under-test")]
    path = default_annotation_file(corpus, tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b'{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annot')
    backup_path(path).write_bytes(b"[]")
    damaged = path.read_bytes()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    controller = install_annotations(window, corpus_paths=corpus, data_dir=tmp_path)
    qtbot.waitUntil(lambda: len(window.notices.lines) == 1)
    (line,) = window.notices.lines
    assert line.startswith(f"{path}: ")
    assert line.endswith(f"; the file is left as it is; its previous version is in "
                         f"{backup_path(path).name}")
    assert controller.document.blocked and path.read_bytes() == damaged
