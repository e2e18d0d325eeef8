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


def test_a_file_name_that_is_not_utf8_is_shown_with_its_bytes_escaped(qtbot, tmp_path: Path
                                                                      ) -> None:
    """A newcomer's report: the pane of `bad\\xffname.txt` was headed "badname.txt", a file that
    does not exist (Qt drops the lone surrogate Python reads the byte as); the window names it
    as its messages do."""
    from viewer.window_title import corpus_name

    folder = tmp_path / os.fsdecode(b"news\xfe")
    folder.mkdir()
    named = folder / os.fsdecode(b"bad\xffname.txt")
    named.write_text("Millbrook evacuates\n\nThe mayor urged residents to leave at once.\n",
                     encoding="utf-8")
    window = make_window(qtbot, [])
    window.open_paths([named])
    qtbot.waitUntil(lambda: len(window.workspace.corpus) == 1, timeout=30_000)
    (article,) = window.workspace.corpus.articles
    window.reveal_range(article.id, 0, 0)
    pane = window.pane_for(article.id)
    assert pane is not None
    assert "bad\\xffname.txt" in pane.meta_label.full_text()
    assert corpus_name([named], samples=False) == "bad\\xffname.txt"
    assert corpus_name([folder], samples=False) == "news\\xfe"
