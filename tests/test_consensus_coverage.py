"""benchmarks/consensus_coverage.py: how much of what several outlets carry the consensus holds."""

from __future__ import annotations

import json
from typing import Any

import pytest

from benchmarks.consensus_coverage import coverage, main

FIRST = "the northern breakwater cracked along forty metres during the storm"
SECOND = "divers found two more fractures below the waterline on wednesday"


def result(consensus: str, texts: dict[str, list[str]]) -> dict[str, Any]:
    return {"version": 2, "documents": [], "passages": [{
        "id": "p1", "consensus": consensus,
        "occurrences": [{"document": d, "start": 0, "end": 0, "kind": "copy",
                         "differences": [], "text": text}
                        for d, pieces in texts.items() for text in pieces]}]}


def test_a_consensus_holding_everything_shared_misses_nothing() -> None:
    (passage,) = coverage(result(f"{FIRST} {SECOND}", {"a": [FIRST, SECOND], "b": [FIRST],
                                                       "c": [SECOND]}))
    assert passage.shared == 12 and passage.missing == 0  # 6 + 6 runs of five words


def test_a_piece_two_documents_carry_that_the_consensus_lacks_is_missing() -> None:
    (passage,) = coverage(result(FIRST, {"a": [FIRST, SECOND], "b": [FIRST], "c": [SECOND]}))
    assert (passage.shared, passage.missing) == (12, 6)


def test_a_piece_one_document_carries_twice_is_not_shared() -> None:
    (passage,) = coverage(result(FIRST, {"a": [FIRST, SECOND, SECOND], "b": [FIRST]}))
    assert (passage.shared, passage.missing) == (6, 0)


def test_command_line(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "align.json"
    path.write_text(json.dumps(result(FIRST, {"a": [FIRST, SECOND], "b": [FIRST],
                                               "c": [SECOND]})), "utf-8")
    assert main([str(path), "--list", "1"]) == 0
    printed = capsys.readouterr().out
    assert "coverage              0.500" in printed and "p1: 6 of 12" in printed
