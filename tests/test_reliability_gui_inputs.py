"""Issue 12, cases 8, 12 and 17 in the window: a FIFO and a hostile file name among the files
opened; the window keeps answering, and each problem is one line naming the file, escaped."""

from __future__ import annotations

import os
from pathlib import Path

from tests.viewfixtures import ground_truth_result, sample_articles
from tests.widgetkit import make_window


def test_a_fifo_and_an_escape_named_file_opened_in_the_window(qtbot, tmp_path: Path) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
    hostile = tmp_path / os.fsdecode(b"\x1b[2Jevil\xff.txt")
    hostile.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text("Iran launched ballistic missiles at two bases in Iraq, officials said.\n",
                    encoding="utf-8")
    window.open_paths([fifo, hostile, good])
    qtbot.waitUntil(lambda: len(window.notices.lines) == 2, timeout=30_000)
    assert sorted(window.notices.lines) == sorted([
        f"{fifo}: a FIFO (named pipe), not a file; skipped",
        f"{tmp_path}/\\x1b[2Jevil\\xff.txt: empty file",
    ])
    qtbot.waitUntil(lambda: "good" in window.workspace.corpus, timeout=30_000)
    window.close()  # closing raised a TypeError with a FIFO being read
    assert not window.isVisible()
