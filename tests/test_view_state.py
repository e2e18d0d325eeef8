"""`viewer.view_state`: what a window shows comes back as it was at its close -- its panes, its
selected passage and its passages' colours (tester55 #13: a reopened project painted the
Foreign Ministry passage salmon, blue at its close). No Qt."""

from __future__ import annotations

import json

from tests.viewfixtures import ground_truth_result, sample_articles
from viewer.highlights import assign_colours
from viewer.view_state import restore_view, view_state
from viewer.workspace import Workspace


def _opened() -> Workspace:
    articles = sample_articles()
    workspace = Workspace(articles)
    assert workspace.accept_result(workspace.generation, ground_truth_result(articles))
    return workspace


def test_colours_panes_and_selection_come_back_as_they_were() -> None:
    before = _opened()
    result = before.result
    assert result is not None and len(result.passages) >= 3
    fresh = assign_colours(result)
    # Colours a session's realignments left (each passage kept its own): not the fresh ones.
    followed = {p.id: (fresh[p.id] + 3) % 8 for p in result.passages}
    before.recolour(followed)
    before.set_shown(list(before.corpus.ids[1:4]))
    before.select_passage(result.passages[1].id)
    state = json.loads(json.dumps(view_state(before)))  # (as a file keeps it)

    after = _opened()
    assert after.colours == fresh != followed
    restore_view(after, state)
    assert after.colours == followed
    assert list(after.shown) == list(before.corpus.ids[1:4])
    assert after.selected == result.passages[1].id


def test_a_damaged_state_colours_afresh() -> None:
    workspace = _opened()
    fresh = dict(workspace.colours)
    restore_view(workspace, {"colours": [["blue", []], [3, "x"], True], "panes": "x"})
    assert workspace.colours == fresh
