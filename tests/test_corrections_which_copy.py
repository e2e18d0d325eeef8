"""Corrections act on the copy the user pointed at, when an article carries a passage twice.

tester14: in HOLD8 an NPR page repeats its headline above the body, both copies of one shared
passage; clicking in the body and choosing Article › Unlink this occurrence unlinked the
headline (the article's first copy) instead.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_corrections import STATEMENT, TAIL
from tests.test_project_gui import WAIT_MS, _project_window
from viewer.corpus import Article

FILLER = ("The weather stayed mild through the week, and the harbour reopened to small boats "
          "after the storm. Schools announced their holiday dates, and the council met twice. ")


def _corpus() -> list[Article]:
    texts = {
        "wire": f"Early on Wednesday the Pentagon said: {STATEMENT}{TAIL}.",
        "paper": f"Officials were cautious. {STATEMENT}{TAIL}. Markets fell.",
        "digest": f"{STATEMENT}{TAIL}.\n\n{FILLER * 3}\n\nIn full: {STATEMENT}{TAIL}. The end.",
    }
    return [Article(key, text, key) for key, text in texts.items()]


def _copies(window) -> list[tuple[int, int]]:
    result = window.workspace.result
    return sorted((o.start, o.end) for p in result.passages for o in p.occurrences
                  if o.document == "digest" and STATEMENT[:40] in o.text)


def _second_copy_shown(window, second: tuple[int, int]):
    """The digest's pane, with the passage of its copy `second` selected beside the wire."""
    passage = next(p for p in window.workspace.result.passages
                   if any(o.document == "digest" and (o.start, o.end) == second
                          for o in p.occurrences))
    window.workspace.select_passage(passage.id)
    window.workspace.set_shown(["digest", "wire"])
    pane = window.pane_for("digest")
    assert pane is not None
    return pane


def test_unlink_this_occurrence_unlinks_the_copy_clicked_in(qtbot, tmp_path: Path) -> None:
    window = _project_window(qtbot, tmp_path, _corpus())
    first, second = _copies(window)  # the digest carries the statement twice
    pane = _second_copy_shown(window, second)
    inside = second[0] + 20
    pane.select_range(inside, inside)  # a click in the second copy
    pane.editor.setFocus()
    assert window.project_gui.corrections.unlink_occurrence() is not None
    qtbot.waitUntil(lambda: not window.busy and _copies(window) == [first], timeout=WAIT_MS)


def test_set_passage_extent_resizes_the_copy_the_new_extent_overlaps(qtbot, tmp_path: Path
                                                                     ) -> None:
    window = _project_window(qtbot, tmp_path, _corpus())
    first, second = _copies(window)
    pane = _second_copy_shown(window, second)
    pane.select_range(second[0], second[0] + len(STATEMENT))  # the second copy, without TAIL
    assert window.project_gui.corrections.set_extent_to_selection() is not None
    qtbot.waitUntil(lambda: not window.busy and first in _copies(window)
                    and (second[0], second[0] + len(STATEMENT)) in _copies(window),
                    timeout=WAIT_MS)
