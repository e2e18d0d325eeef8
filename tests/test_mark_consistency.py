"""benchmarks/mark_consistency.py: the same text marked alike in every copy."""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks.mark_consistency import main, repeated_lines

LINE = "Salvage teams on Monday finally freed the colossal container ship stuck for a week"


def result(first_marks: list[list[int]], second_marks: list[list[int]]) -> dict[str, Any]:
    texts = {"a": f"Intro.\n{LINE}\nEnd.", "b": f"{LINE}\nOther words."}
    start = {"a": 7, "b": 0}
    return {"version": 2, "documents": [{"id": d, "text": t} for d, t in texts.items()],
            "passages": [{"id": "p1", "consensus": LINE, "occurrences": [
                {"document": d, "start": start[d], "end": start[d] + len(LINE), "kind": "copy",
                 "differences": marks}
                for d, marks in (("a", first_marks), ("b", second_marks))]}]}


def test_copies_marked_alike_are_not_counted() -> None:
    assert repeated_lines(result([[7, 14]], [[0, 7]])) == (1, [])


def test_copies_marked_unalike_are_counted_with_both_ends() -> None:
    # "Salvage teams on Monday finally" marked in b only: 5 words
    repeated, unalike = repeated_lines(result([], [[0, 32]]))
    assert repeated == 1 and len(unalike) == 1
    assert (unalike[0].fewest[:2], unalike[0].most[:2]) == ((0, "a"), (5, "b"))
    assert repeated_lines(result([], [[0, 32]]), slack=6)[1] == []


def test_short_lines_are_not_counted() -> None:
    assert repeated_lines(result([], [[0, 32]]), min_words=20) == (0, [])


def test_command_line(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "align.json"
    path.write_text(json.dumps(result([], [[0, 32]])), "utf-8")
    assert main([str(path), "--list", "1"]) == 0
    printed = capsys.readouterr().out
    assert "marked unalike        1" in printed and "p1: 14 words" in printed
