"""Benchmark: how long the window's GUI thread is held when the articles change while the undo
history holds thousands of annotations (an import, undone).

The window (off screen) shows the five sample articles; COUNT annotations on random spans of
them are added as one undo step (as an import is) and undone, so the set is empty and the undo
step holds them all. Then one article is replaced by an updated copy from the same file (a line
added at the top, copy-edited: " said " become " stated ", " and " "&", " the " " this "): every
held annotation on it must be found again by its quote, and those across an edit (about half)
by a fuzzy search. Measured: how long the call that
changes the articles takes (the GUI thread runs it), the longest the GUI thread then went
without running a 5 ms heartbeat timer until the re-anchoring is done, and the whole time.
Run by hand from the repository root:

    python benchmarks/bench_held_reanchoring.py [--count 5000] [--rounds 3]

Prints one line per round and a Markdown row for docs/benchmarks.md ("Annotations").
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.machine import cpu_model
from viewer.annotations.model import Annotation, make_annotation
from viewer.corpus import Article
from viewer.loading import load_sample_corpus

HEARTBEAT_MS = 5
TIMEOUT_SECONDS = 900.0


def made_on(articles: list[Article], count: int, seed: int = 1) -> list[Annotation]:
    rng = random.Random(seed)
    made = []
    for _ in range(count):
        article = rng.choice(articles)
        length = rng.randint(5, 120)
        start = rng.randint(article.body_start, len(article.text) - length)
        made.append(make_annotation(article, start, start + length))
    return made


def updated(article: Article) -> Article:
    """The outlet's updated copy of `article`, read from the same file under a new id."""
    edited = article.text.replace(" said ", " stated ").replace(" and ", " & ")
    return dataclasses.replace(article, id=f"{article.id}-updated", text=(
        "Updated: this article was edited after publication.\n"
        + edited.replace(" the ", " this ")))


def one_round(count: int) -> tuple[float, float, float]:
    """(the change's call, the longest heartbeat gap after it, until re-anchored), seconds."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from viewer.palette import LIGHT
    from viewer.workspace import Workspace
    from widgets.annotation_commands import AddAnnotations, held_by
    from widgets.annotation_gui import install_annotations
    from widgets.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    articles = list(load_sample_corpus().articles)
    workspace = Workspace(articles)
    window = MainWindow(workspace, theme=LIGHT)
    window.resize(1400, 850)
    window.show()
    controller = install_annotations(window)
    background = controller.background

    def wait_while_busy() -> None:
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while background.busy and time.monotonic() < deadline:
            app.processEvents()
        assert not background.busy, "re-anchoring did not finish"

    controller.undo_stack.push(AddAnnotations(controller.annotations,
                                              made_on(articles, count), "Import"))
    wait_while_busy()
    controller.undo_stack.undo()
    wait_while_busy()
    assert not len(controller.annotations) and sum(len(s.held()) for s in held_by(
        controller.undo_stack)) == count

    gaps: list[float] = []
    last: list[float | None] = [None]

    def beat() -> None:
        now = time.perf_counter()
        if last[0] is not None:  # from the end of the change's call
            gaps.append(now - last[0])
            last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    heartbeat.start()
    app.processEvents()
    replaced = articles[0]
    began = time.perf_counter()
    workspace.remove_article(replaced.id)
    workspace.add_articles([updated(replaced)])
    call = time.perf_counter() - began
    last[0] = time.perf_counter()
    app.processEvents()
    wait_while_busy()
    whole = time.perf_counter() - began
    heartbeat.stop()
    held = [value for step in held_by(controller.undo_stack) for value in step.held()]
    moved = sum(1 for value in held if value.article_id == f"{replaced.id}-updated")
    assert moved, "the held annotations on the replaced article followed it"
    controller.ask_on_quit = lambda _problem: "discard"
    window.close()
    window.deleteLater()
    app.processEvents()
    return call, max(gaps, default=0.0), whole


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=5_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    rounds = []
    for number in range(args.rounds):
        call, gap, whole = one_round(args.count)
        rounds.append((call, gap, whole))
        print(f"round {number + 1}: the change's call {call * 1000:.0f} ms, longest GUI-thread "
              f"gap after it {gap * 1000:.0f} ms, re-anchored after {whole:.2f} s", flush=True)
    load_average = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"Machine: {os.cpu_count()} CPUs (nproc), {cpu_model()}, Python "
          f"{platform.python_version()} on {platform.system()}; load average {load_average:.2f}")
    calls, gaps, wholes = zip(*rounds, strict=True)
    print("| held annotations | the change's call | longest gap after it | GUI thread held "
          "(longest of the two) | re-anchored after |")
    print("|---|---|---|---|---|")
    held = [max(c, g) for c, g in zip(calls, gaps, strict=True)]
    print(f"| {args.count:,} | {statistics.median(calls) * 1000:.0f} ms | "
          f"{statistics.median(gaps) * 1000:.0f} ms | {statistics.median(held) * 1000:.0f} ms | "
          f"{statistics.median(wholes):.2f} s |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
