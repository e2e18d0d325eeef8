"""A cell of the fault matrix (tools/fault_matrix.py, docs/reliability.md) fixed in session 17:
an article holding one 5 MB "word" (a base64 blob, a minified script saved as text) froze the
window and `--screenshot` for more than five minutes: Qt's wrapping at word boundaries costs
time growing with the square of a run with nowhere to break (400,000 characters: 8.5 s). A
pane showing such a text wraps anywhere (`viewer.display_text.wraps_anywhere`), in time growing
with its length; every other text keeps wrapping at words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QTextOption

from viewer.corpus import Article
from viewer.display_text import UNBROKEN_RUN, wraps_anywhere

REPO = Path(__file__).resolve().parent.parent
BLOB = "QUJD" * 100_000
NEWS = "The mayor said the bridge would reopen on Friday after the repairs were finished. "


def test_only_a_long_run_with_nowhere_to_break_wraps_anywhere() -> None:
    assert wraps_anywhere(NEWS + BLOB + NEWS)
    assert wraps_anywhere("x" * UNBROKEN_RUN)
    assert not wraps_anywhere("x" * (UNBROKEN_RUN - 1) + " " + "x" * (UNBROKEN_RUN - 1))
    assert not wraps_anywhere(NEWS * 10_000)
    # Chinese and Thai break between characters: a long paragraph is no blob.
    assert not wraps_anywhere("市长说，修理完成后，这座桥将于星期五重新开放。" * 500)
    assert not wraps_anywhere("นายกเทศมนตรีกล่าวว่าสะพานจะเปิดอีกครั้ง" * 100)
    assert not wraps_anywhere("https://example.org/" + "a/b?c=d&" * 100)  # a long URL, 820


def test_a_pane_on_a_blob_wraps_anywhere_and_others_at_words(qtbot) -> None:
    from viewer.palette import LIGHT
    from viewer.workspace import Workspace
    from widgets.text_pane import TextPane

    workspace = Workspace()
    workspace.add_articles([Article("blob", f"{NEWS}\n{BLOB}\n{NEWS}", "Blob"),
                            Article("news", NEWS * 50, "News")])
    modes = {}
    for article_id in ("blob", "news"):
        pane = TextPane(workspace, article_id, LIGHT)
        qtbot.addWidget(pane)
        modes[article_id] = pane.editor.wordWrapMode()
    assert modes == {"blob": QTextOption.WrapMode.WrapAnywhere,
                     "news": QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere}


def test_a_screenshot_of_a_folder_with_a_two_megabyte_word_finishes(tmp_path: Path) -> None:
    # 394 s before (the blob is shown first, by name); a few seconds now. The timeout is the
    # test: far above the time it takes, far below the time it took.
    (tmp_path / "a_blob.txt").write_text("title: Blob\n\n" + "QUJD" * 500_000 + "\n" + NEWS,
                                         encoding="utf-8")
    (tmp_path / "b_news.txt").write_text("title: News\n\n" + NEWS, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTEST_CURRENT_TEST", None)
    shot = tmp_path.parent / f"{tmp_path.name}.png"
    done = subprocess.run([sys.executable, "-m", "viewer", "--screenshot", str(shot),
                           str(tmp_path)], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes().startswith(b"\x89PNG")
