"""What a window shows, kept between runs: the panes, the selected passage, the passages'
colours. No Qt.

A project keeps it in its file (`viewer.projects.binding`), a folder window beside its
annotation file (`viewer.folder_view`); both write and read it here, so they keep the same.
Passage ids are ranks every alignment hands out afresh: the selected passage and each colour
are stored with where the passage stands (its occurrences' spans) and found again by that
(`viewer.passage_choice.matching_passage`, `viewer.colour_continuity.follow_colours`). A
reopened window painted its passages in other colours than at its close (tester55).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from viewer.colour_continuity import follow_colours
from viewer.passage_choice import matching_passage, passage_spans, spans_from_json
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.workspace import Workspace

COLOURS_KEPT = 200
"""The colours of this many passages (the list's first) are kept: those a user follows, and
a bounded file for a corpus of thousands of passages."""


def view_state(workspace: Workspace) -> dict[str, Any]:
    """What `workspace` shows, as JSON values."""
    selected = workspace.selected_passage()
    spans = [] if selected is None else [list(span) for span in passage_spans(selected)]
    state: dict[str, Any] = {"panes": list(workspace.shown), "selected": workspace.selected,
                             "selected_at": spans}
    result = workspace.result
    if result is not None and workspace.colours:
        state["colours"] = [[workspace.colours[passage.id],
                             [list(span) for span in passage_spans(passage)]]
                            for passage in result.passages[:COLOURS_KEPT]
                            if passage.id in workspace.colours]
    return state


def restore_view(workspace: Workspace, state: Mapping[str, Any]) -> None:
    """Show what `state` kept (on the first result after opening): its panes that are still
    articles, its passages' colours where they are still there, its selected passage."""
    panes = state.get("panes")
    if isinstance(panes, list):
        wanted = [p for p in panes if isinstance(p, str) and p in workspace.corpus]
        if wanted:
            workspace.set_shown(wanted)
    result = workspace.result
    if result is None:
        return
    kept = _kept_colours(state.get("colours"))
    if kept is not None:
        workspace.recolour(follow_colours(kept[0], kept[1], result, dict(workspace.colours)))
    selected = state.get("selected")
    if "selected_at" in state:
        workspace.select_passage(matching_passage(spans_from_json(state["selected_at"]),
                                                  result))
    elif isinstance(selected, str) and any(  # a file from before "selected_at"
            p.id == selected for p in result.passages):
        workspace.select_passage(selected)


def _kept_colours(value: object) -> tuple[AlignmentResult, dict[str, int]] | None:
    """The stored colours as a result of their passages' spans and a colour per passage
    (entries that are not `[colour, spans]` are skipped: a damaged file colours afresh)."""
    if not isinstance(value, list):
        return None
    passages: list[Passage] = []
    colours: dict[str, int] = {}
    for entry in value[:COLOURS_KEPT]:
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], int)
                and not isinstance(entry[0], bool) and entry[0] >= 0):
            continue
        spans = spans_from_json(entry[1])
        if spans:
            passage_id = f"kept{len(passages)}"
            passages.append(Passage(passage_id, tuple(Occurrence(d, s, e, "")
                                                      for d, s, e in spans)))
            colours[passage_id] = entry[0]
    if not passages:
        return None
    documents = tuple(sorted({o.document for p in passages for o in p.occurrences}))
    return AlignmentResult(documents, tuple(passages)), colours
