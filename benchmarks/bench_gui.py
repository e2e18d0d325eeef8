"""Window benchmarks (run by hand): start-up against a bare Qt window, passage selection with
200 articles, GUI-thread stalls while 1,000 articles are aligned in the background.

    python benchmarks/bench_gui.py            # all three, off screen
    python benchmarks/bench_gui.py startup    # one of: startup, select, heartbeat
    python benchmarks/bench_gui.py startup --runs 15   # start-up rounds (default 9)

Results go to docs/benchmarks.md under "Window" (by hand).
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # before Qt is imported: start-up is measured from here

import os  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
IDLE_TIMEOUT_MS = 60_000
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))


def child_bare() -> float:
    """A bare Qt window with the same five plain-text panes, shown and painted."""
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QWidget

    from viewer.resources import seeds_dir

    app = QApplication([])
    window = QWidget()
    layout = QHBoxLayout(window)
    for path in sorted(seeds_dir().iterdir()):
        pane = QPlainTextEdit()
        pane.setReadOnly(True)
        pane.setPlainText(path.read_text(encoding="utf-8"))
        layout.addWidget(pane)
    window.resize(1400, 850)
    window.show()
    app.processEvents()
    window.grab()
    return time.perf_counter() - STARTED


def child_app() -> float:
    """What a user gets: the real start-up path of `parallax` (font, settings, annotation GUI
    and its per-user folder) on the samples, loaded, aligned, highlighted and painted. The
    parent points XDG_CONFIG_HOME and XDG_DATA_HOME at an empty folder: a first start, which
    leaves the user's own settings and annotations alone."""
    from widgets.app import build_window, wait_until_idle

    app, window = build_window()  # first: it forks before Qt is imported
    window.show()
    assert wait_until_idle(app, window, IDLE_TIMEOUT_MS)
    assert window.workspace.result is not None and window.workspace.result.passages
    window.grab()
    return time.perf_counter() - STARTED


def child_parallax() -> float:
    """The main window alone on the samples (no style sheet, no annotation GUI): loaded,
    aligned in the background, highlighted and painted."""
    from PySide6.QtWidgets import QApplication

    from viewer.resources import seeds_dir
    from widgets.app import wait_until_idle
    from widgets.main_window import MainWindow

    app = QApplication([])
    window = MainWindow()
    window.resize(1400, 850)
    window.session.open_first([seeds_dir()], wait_seconds=0)
    window.show()
    assert wait_until_idle(app, window, IDLE_TIMEOUT_MS)
    assert window.workspace.result is not None and window.workspace.result.passages
    window.grab()
    return time.perf_counter() - STARTED


CHILDREN = {"bare": child_bare, "app": child_app, "window": child_parallax}
LABELS = {"bare": "bare Qt, five plain-text panes",
          "app": "Parallax as started by a user",
          "window": "MainWindow alone, no head start, no annotation GUI"}


def bench_startup(runs: int) -> None:
    # An installed wheel has its bytecode compiled; so must the checkout, or every run would
    # compile Parallax's modules from source (PYTHONDONTWRITEBYTECODE may be set). The first,
    # uncounted round writes the bytecode and warms the file cache.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    home = tempfile.TemporaryDirectory(prefix="parallax-bench-")
    env["XDG_CONFIG_HOME"] = str(Path(home.name) / "config")
    env["XDG_DATA_HOME"] = str(Path(home.name) / "data")
    times: dict[str, list[float]] = {kind: [] for kind in CHILDREN}
    cpu: dict[str, list[float]] = {kind: [] for kind in CHILDREN}
    for round_number in range(runs + 1):
        for kind in CHILDREN:  # interleaved so all see the same machine load
            out = subprocess.run([sys.executable, __file__, f"--child-{kind}"], check=True,
                                 capture_output=True, text=True, cwd=REPO, env=env).stdout
            if round_number:
                wall, used = out.strip().splitlines()[-1].split()
                times[kind].append(float(wall))
                cpu[kind].append(float(used))
    home.cleanup()
    bare = statistics.median(times["bare"])
    print(f"start-up to painted window with the samples highlighted, median of {runs} "
          "(process start to painted; CPU: all threads and child processes):")
    for kind, label in LABELS.items():
        median = statistics.median(times[kind])
        ratio = ""
        if kind != "bare":
            # Each round's ratio to the bare window measured just before it: this VM's speed
            # drifts by a third within a minute, and the paired ratio cancels the drift.
            pairs = zip(times[kind], times["bare"], strict=True)
            paired = statistics.median(t / b for t, b in pairs)
            ratio = f"  = {median / bare:.2f}x bare; paired {paired:.2f}x (target within 2x)"
        print(f"  {label + ':':48} {median * 1000:4.0f} ms "
              f"(best {min(times[kind]) * 1000:.0f}, CPU {statistics.median(cpu[kind]) * 1000:.0f})"
              f"{ratio}")


def _aligned_window(count: int):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication
    from synthetic import generate

    from viewer.engine import find_shared_passages
    from viewer.workspace import Workspace
    from widgets.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    articles = generate(count).articles
    workspace = Workspace(articles)
    window = MainWindow(workspace)
    window.resize(1400, 850)
    window.show()
    result = find_shared_passages(articles)
    workspace.accept_result(workspace.generation, result)
    app.processEvents()
    return app, window


def bench_select(count: int = 200) -> None:
    app, window = _aligned_window(count)
    workspace = window.workspace
    # Six panes that share passages with their neighbours, the heaviest case.
    shown = list(workspace.shown)
    for article_id in workspace.corpus.ids:
        if len(shown) == 6:
            break
        if article_id not in shown:
            shown.append(article_id)
    workspace.set_shown(shown)
    app.processEvents()
    candidates = [p.id for p in workspace.result.passages
                  if any(d in shown for d in p.document_ids)]
    timings = []
    for passage_id in (candidates * 3)[:60]:
        started = time.perf_counter()
        workspace.select_passage(passage_id)
        # Every pane and link map is painted, each once: all are marked dirty, and one
        # synchronous repaint paints everything dirty in the window (calling repaint() on each
        # painted the link maps twice, once in the first flush and once on their own).
        viewports = [pane.editor.viewport() for pane in window.text_panes()]
        for widget in [*viewports, *window.link_maps()]:
            widget.update()
        viewports[0].repaint()
        app.processEvents()
        timings.append(time.perf_counter() - started)
        workspace.select_passage(None)
        app.processEvents()
    passages = len(workspace.result.passages)
    print(f"select a passage with {count} articles ({passages} passages), 6 panes, "
          f"{len(timings)} selections, including repaint of every pane and link map:")
    ordered = sorted(timings)
    print(f"  median {statistics.median(timings) * 1000:.1f} ms, "
          f"95th percentile {ordered[int(len(ordered) * 0.95)] * 1000:.1f} ms, "
          f"max {max(timings) * 1000:.1f} ms (target < 50 ms)")


def bench_heartbeat(count: int = 1000) -> None:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication
    from synthetic import generate

    from viewer.workspace import Workspace
    from widgets.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    articles = generate(count).articles
    window = MainWindow(Workspace(articles))
    window.resize(1400, 850)
    window.show()
    app.processEvents()
    gaps: list[float] = []
    last = [time.perf_counter()]
    long_gaps: list[tuple[float, float]] = []

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        if now - last[0] > 0.05:
            long_gaps.append((last[0] - started, now - last[0]))
        last[0] = now

    events: list[tuple[float, str]] = []
    window.session.result_accepted.connect(lambda *_: events.append(
        (time.perf_counter() - started, "result arrives")))

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(beat)
    loop = QEventLoop()
    window.idle.connect(loop.quit)
    started = time.perf_counter()
    timer.start()
    last[0] = time.perf_counter()
    window.start_alignment()
    loop.exec()
    timer.stop()
    elapsed = time.perf_counter() - started
    result = window.workspace.result
    chars = sum(len(a.text) for a in articles) / 1e6
    passages = len(result.passages) if result else 0
    print(f"align {count} articles in the background ({chars:.1f} M chars, {passages} passages, "
          f"{elapsed:.1f} s), 10 ms heartbeat on the GUI thread:")
    print(f"  {len(gaps)} beats, median gap {statistics.median(gaps) * 1000:.1f} ms, "
          f"max gap {max(gaps) * 1000:.1f} ms, gaps over 50 ms: {sum(g > 0.05 for g in gaps)} "
          "(target: none)")
    for at, gap in long_gaps:
        print(f"    gap of {gap * 1000:.0f} ms starting at {at:.2f} s")
    for at, what in events:
        print(f"    {what} at {at:.2f} s")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1].startswith("--child-"):
        kind = sys.argv[1].removeprefix("--child-")
        wall = CHILDREN[kind]()
        # CPU time tells a slow machine from a busy one; the children are the head start's.
        used = [resource.getrusage(who)
                for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
        print(wall, sum(u.ru_utime + u.ru_stime for u in used))
        return 0
    arguments = sys.argv[1:]
    runs = 9
    if "--runs" in arguments:
        at = arguments.index("--runs")
        runs = int(arguments[at + 1])
        del arguments[at:at + 2]
    which = arguments or ["startup", "select", "heartbeat"]
    print(f"{platform.python_implementation()} {platform.python_version()}, "
          f"{os.cpu_count()} CPUs, Qt platform {os.environ['QT_QPA_PLATFORM']}")
    if "startup" in which:
        bench_startup(runs)
    if "select" in which:
        bench_select()
    if "heartbeat" in which:
        bench_heartbeat()
    return 0


if __name__ == "__main__":
    sys.exit(main())
