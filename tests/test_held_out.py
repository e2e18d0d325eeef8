"""The held-out sets' scoring (`benchmarks/held_out.py`): which truth occurrences are reachable."""

from __future__ import annotations

from pathlib import Path

from benchmarks.held_out import meets, reachable, tokens


def _occurrence(doc: str, text: str, kind: str = "copy") -> dict[str, object]:
    return {"doc": doc, "start": 0, "end": len(text), "text": text, "kind": kind}


def test_a_piece_only_one_article_prints_is_left_out() -> None:
    truth = {"statements": [{"name": "s", "occurrences": [
        _occurrence("a", "We will rebuild the bridge together, every step of the way."),
        _occurrence("b", "“We will rebuild the bridge together,” he said"),
        _occurrence("b", "Fifteen thousand jobs depend on that port."),  # b alone prints it
        _occurrence("c", "All is well!", "fragment"),
        _occurrence("d", "all is well", "fragment"),  # three words: all three alike
        _occurrence("e", "rebuilt in a new form", "paraphrase"),
    ]}]}
    kept, dropped = reachable(truth)
    assert dropped == 1
    assert [o["text"] for o in kept["statements"][0]["occurrences"]] == [
        "We will rebuild the bridge together, every step of the way.",
        "“We will rebuild the bridge together,” he said", "All is well!", "all is well",
        "rebuilt in a new form"]
    assert len(truth["statements"][0]["occurrences"]) == 6  # the truth itself is untouched


def test_chinese_is_compared_character_by_character() -> None:
    assert tokens("東航ＭＵ5735航班, 失联") == ["東", "航", "mu5735", "航", "班", "失", "联"]
    truth = {"statements": [{"name": "s", "occurrences": [
        _occurrence("a", "东航一架波音737客机失联"), _occurrence("b", "据报道，波音737客机失联。"),
        _occurrence("c", "航班任务时于梧州上空")]}]}
    kept, dropped = reachable(truth)
    assert dropped == 1 and [o["doc"] for o in kept["statements"][0]["occurrences"]] == ["a", "b"]


def test_goals_are_met_in_their_direction() -> None:
    assert meets("pair_recall", 0.98) and not meets("pair_recall", 0.97)
    assert meets("granularity", 1.1) and not meets("granularity", 1.2)


def test_a_truth_whose_offsets_miss_the_text_is_named(tmp_path: Path) -> None:
    import json

    from benchmarks.held_out import check_set

    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Officials said: “All is well!”", encoding="utf-8")
    (tmp_path / "articles" / "b.txt").write_text("“All is well!” he wrote.", encoding="utf-8")
    truth = {"about": "", "statements": [{"name": "tweet", "occurrences": [
        {"doc": "a.txt", "start": 17, "end": 29, "kind": "copy", "text": "All is well!"},
        {"doc": "b.txt", "start": 1, "end": 13, "kind": "copy", "text": "All is well!"}]}]}
    (tmp_path / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    assert check_set(tmp_path) == []
    truth["statements"][0]["occurrences"][1]["start"] = 0
    (tmp_path / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    assert check_set(tmp_path) == ["tweet: b.txt 0-13 is not the text given"]
