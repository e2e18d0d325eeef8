"""The benchmark evaluator: perfect on the truth itself, and the right numbers on small cases."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.evaluate import EvaluationError, evaluate, explain, truth_as_alignment
from benchmarks.realistic import generate, write_corpus

ROOT = Path(__file__).resolve().parent.parent
TEXT = "".join(chr(ord("a") + i % 26) for i in range(200))


def _truth(statements: dict[str, list[tuple[str, int, int, str]]],
           events: dict[str, str] | None = None) -> dict[str, Any]:
    import hashlib

    documents = sorted({o[0] for occurrences in statements.values() for o in occurrences}
                       | set(events or {}))
    return {
        "documents": [{"id": d, "file": f"{d}.txt", "event": (events or {}).get(d, "e1"),
                       "length": len(TEXT),
                       "sha1": hashlib.sha1(TEXT.encode()).hexdigest()} for d in documents],
        "statements": [{"id": key, "event": "e1", "text": "", "occurrences": [
            {"document": d, "start": s, "end": e, "kind": k, "text": TEXT[s:e]}
            for d, s, e, k in occurrences]} for key, occurrences in statements.items()],
        "boilerplate": [],
    }


def _alignment(passages: list[list[tuple[str, int, int]]], documents: list[str],
               version: int = 1) -> dict[str, Any]:
    return {
        "version": version,
        "documents": [{"id": d, "path": d, "title": d, "text": TEXT} for d in documents],
        "passages": [{"id": f"p{n}", "occurrences": [
            {"document": d, "start": s, "end": e, "text": TEXT[s:e], "differences": []}
            for d, s, e in occurrences]} for n, occurrences in enumerate(passages)],
    }


ONE = {"s1": [("A", 10, 50, "copy"), ("B", 20, 60, "copy")]}


def test_the_truth_itself_scores_perfectly(tmp_path: Path) -> None:
    truth = generate(60, seed=4)
    write_corpus(truth, tmp_path)
    data = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    texts = {document.id: document.text for document in truth.documents}
    scores = evaluate(truth_as_alignment(data, texts), data)
    assert scores.statements_found == scores.statements == len(truth.statements) > 10
    assert scores.fragments > 0
    for value in (scores.pair_recall, scores.granularity, scores.span_precision,
                  scores.span_recall, scores.fragment_recall, scores.copy_recall,
                  scores.kind_agreement, scores.pan_precision, scores.pan_recall,
                  scores.pan_granularity, scores.plagdet):
        assert value == pytest.approx(1.0)
    assert scores.cross_event_passages == scores.unsupported_pairs == 0


def test_a_statement_split_in_two_passages_has_granularity_two() -> None:
    split = _alignment([[("A", 10, 30), ("B", 20, 40)], [("A", 30, 50), ("B", 40, 60)]],
                       ["A", "B"])
    scores = evaluate(split, _truth(ONE))
    assert scores.granularity == 2.0
    assert scores.pair_recall == 1.0
    assert scores.span_precision == scores.span_recall == 1.0
    assert scores.pan_granularity == 2.0
    assert scores.plagdet == pytest.approx(1 / math.log2(3))


def test_an_overshooting_span_lowers_precision_only() -> None:
    overshoot = _alignment([[("A", 10, 70), ("B", 20, 60)]], ["A", "B"])
    scores = evaluate(overshoot, _truth(ONE))
    assert scores.span_precision == pytest.approx(80 / 100)
    assert scores.span_recall == 1.0
    assert scores.granularity == 1.0
    assert scores.pan_precision == pytest.approx(80 / 100)


def test_a_short_span_lowers_recall_and_a_sliver_is_no_hit() -> None:
    short = _alignment([[("A", 10, 40), ("B", 20, 60)]], ["A", "B"])
    scores = evaluate(short, _truth(ONE))
    assert scores.span_recall == pytest.approx(70 / 80)
    assert scores.pair_recall == 1.0
    sliver = _alignment([[("A", 10, 15), ("B", 20, 60)]], ["A", "B"])
    scores = evaluate(sliver, _truth(ONE))
    assert scores.pair_recall == 0.0
    assert scores.statements_found == 0


def test_a_missed_fragment_costs_fragment_recall_and_its_pairs() -> None:
    truth = _truth({"s1": [("A", 10, 50, "copy"), ("B", 20, 60, "copy"),
                           ("C", 100, 115, "fragment")]})
    without = _alignment([[("A", 10, 50), ("B", 20, 60)]], ["A", "B", "C"])
    scores = evaluate(without, truth)
    assert scores.fragment_recall == 0.0 and scores.fragments == 1
    assert scores.copy_recall == 1.0
    assert scores.pair_recall == pytest.approx(1 / 3)
    with_it = _alignment([[("A", 10, 50), ("B", 20, 60), ("C", 100, 115)]], ["A", "B", "C"])
    assert evaluate(with_it, truth).fragment_recall == 1.0
    assert evaluate(with_it, truth).pair_recall == 1.0


def test_kinds_are_compared_in_version_two() -> None:
    alignment = _alignment([[("A", 10, 50), ("B", 20, 60)]], ["A", "B"], version=2)
    alignment["passages"][0]["occurrences"][0]["kind"] = "copy"
    alignment["passages"][0]["occurrences"][1]["kind"] = "fragment"
    assert evaluate(alignment, _truth(ONE)).kind_agreement == 0.5
    assert evaluate(_alignment([[("A", 10, 50), ("B", 20, 60)]], ["A", "B"]),
                    _truth(ONE)).kind_agreement is None


def test_links_across_events_and_unsupported_pairs_are_counted() -> None:
    truth = _truth(ONE, events={"A": "e1", "B": "e1", "C": "e2"})
    alignment = _alignment([[("A", 10, 50), ("B", 20, 60)], [("A", 150, 170), ("C", 0, 20)]],
                           ["A", "B", "C"])
    scores = evaluate(alignment, truth)
    assert scores.cross_event_passages == 1
    assert scores.cross_event_pairs == 1
    assert scores.unsupported_pairs == 1
    assert scores.span_precision == pytest.approx(80 / 120)


def test_an_alignment_of_other_texts_is_refused() -> None:
    alignment = _alignment([[("A", 10, 50), ("B", 20, 60)]], ["A", "B"])
    alignment["documents"][1]["text"] = TEXT.upper()
    with pytest.raises(EvaluationError, match="B"):
        evaluate(alignment, _truth(ONE))
    with pytest.raises(EvaluationError):
        evaluate({"version": 9}, _truth(ONE))


def test_the_command_line_reads_standard_input(tmp_path: Path) -> None:
    truth_file = tmp_path / "truth.json"
    truth_file.write_text(json.dumps(_truth(ONE)), encoding="utf-8")
    alignment = json.dumps(_alignment([[("A", 10, 50), ("B", 20, 60)]], ["A", "B"]))
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "evaluate.py"), "-",
                           str(truth_file), "--json"], input=alignment, text=True,
                          capture_output=True, check=True)
    assert json.loads(done.stdout)["pair_recall"] == 1.0


def _seeds() -> tuple[dict[str, str], dict[str, Any]]:
    from viewer.loading import load_sample_corpus

    texts = {article.id: article.text for article in load_sample_corpus().articles}
    statements = json.loads((ROOT / "tests" / "data" / "seeds_statements.json").read_text(
        encoding="utf-8"))
    return texts, statements


def _seed_alignment(texts: dict[str, str], groups: list[list[dict[str, Any]]]) -> dict[str, Any]:
    return {"version": 2,
            "documents": [{"id": key, "text": text} for key, text in texts.items()],
            "passages": [{"occurrences": [{"document": Path(o["doc"]).stem, "start": o["start"],
                                           "end": o["end"], "kind": o["kind"]} for o in group]}
                         for group in groups]}


def test_an_acceptance_list_is_a_truth_and_merging_two_statements_is_counted() -> None:
    texts, statements = _seeds()
    kept = [[o for o in s["occurrences"] if o["kind"] != "paraphrase"]
            for s in statements["statements"]]
    kept = [group for group in kept if len({o["doc"] for o in group}) >= 2]
    scores = evaluate(_seed_alignment(texts, kept), statements)
    assert scores.statements == len(kept) == 4  # the paraphrase-only one is the next issue's
    assert scores.pair_recall == scores.granularity == scores.fragment_recall == 1.0
    assert scores.merged_passages == 0
    names = [s["name"] for s in statements["statements"]]
    pentagon, iraqi = (statements["statements"][names.index(name)]["occurrences"]
                       for name in ("Pentagon statement", "Iraqi military statement"))
    merged = [[o for o in pentagon + iraqi if o["kind"] != "paraphrase"]]
    scores = evaluate(_seed_alignment(texts, merged), statements)
    assert scores.merged_passages == 1
    assert scores.statements_found == 2
    with_paraphrases = evaluate(_seed_alignment(texts, kept), statements, paraphrases=True)
    assert with_paraphrases.statements == 5
    assert with_paraphrases.pair_recall < 1.0


def test_an_acceptance_list_on_other_texts_is_refused() -> None:
    texts, statements = _seeds()
    first = next(iter(texts))
    texts[first] = "x" + texts[first]
    with pytest.raises(EvaluationError, match=first):
        evaluate(_seed_alignment(texts, []), statements)


def test_explain_names_the_split_statement_and_the_unlinked_fragment() -> None:
    truth = _truth({"s1": [("A", 10, 50, "copy"), ("B", 20, 60, "copy"),
                           ("C", 100, 115, "fragment")]})
    split = _alignment([[("A", 10, 30), ("B", 20, 40)], [("A", 30, 50), ("B", 40, 60)]],
                       ["A", "B", "C"])
    text = explain(split, truth, 5)
    assert text.startswith("s1: 1/3 pairs linked, 2 passages, 3 documents")
    assert "not linked: C 100-115 fragment" in text


def test_a_passage_across_many_documents_is_counted_without_listing_its_pairs() -> None:
    many = [f"X{i:03d}" for i in range(400)]
    truth = _truth(ONE, events={"A": "e1", "B": "e1", **dict.fromkeys(many, "e2")})
    alignment = _alignment([[("A", 10, 50), ("B", 20, 60)],
                            [("A", 150, 170), *((d, 0, 20) for d in many)]], ["A", "B", *many])
    scores = evaluate(alignment, truth)
    assert scores.unsupported_pairs == 401 * 400 // 2
    assert scores.cross_event_pairs == 400
    assert scores.cross_event_passages == 1
    assert scores.pair_recall == 1.0 and scores.granularity == 1.0
    # Every one of the 80,201 detections counts: one of them is right.
    assert scores.pan_precision == pytest.approx(1 / (1 + 401 * 400 // 2))


@st.composite
def _statements(draw: st.DrawFn) -> dict[str, list[tuple[str, int, int, str]]]:
    """Statements with 2-4 occurrences each in distinct documents, in disjoint 40-char slots."""
    free = {document: list(range(5)) for document in "ABCDE"}
    statements = {}
    for number in range(draw(st.integers(1, 6))):
        usable = sorted(document for document, slots in free.items() if slots)
        if len(usable) < 2:
            break
        documents = draw(st.lists(st.sampled_from(usable), min_size=2, max_size=4,
                                  unique=True))
        occurrences = []
        for document in documents:
            slot = free[document].pop(draw(st.integers(0, len(free[document]) - 1)))
            start = slot * 40 + draw(st.integers(0, 10))
            end = start + draw(st.integers(20, 40 - (start - slot * 40)))
            occurrences.append((document, start, end, draw(st.sampled_from(("copy",
                                                                             "fragment")))))
        statements[f"s{number}"] = occurrences
    return statements


@settings(max_examples=60, deadline=None)
@given(_statements())
def test_any_truth_scores_perfectly_and_halving_every_occurrence_doubles_granularity(
        statements: dict[str, list[tuple[str, int, int, str]]]) -> None:
    truth = _truth(statements)
    documents = sorted({o[0] for occurrences in statements.values() for o in occurrences})
    whole = _alignment([[o[:3] for o in occurrences] for occurrences in statements.values()],
                       documents)
    scores = evaluate(whole, truth)
    assert (scores.pair_recall, scores.granularity, scores.span_precision, scores.span_recall,
            scores.plagdet, scores.merged_passages) == (1.0, 1.0, 1.0, 1.0, 1.0, 0)
    halves = []
    for occurrences in statements.values():
        for first_half in (True, False):
            # Each half at least half of the occurrence (they share the middle one of an odd
            # length), which is what a hit needs.
            halves.append([(d, s, (s + e + 1) // 2) if first_half else (d, (s + e) // 2, e)
                           for d, s, e, _ in occurrences])
    scores = evaluate(_alignment(halves, documents), truth)
    assert scores.granularity == 2.0 and scores.pan_granularity == 2.0
    assert scores.pair_recall == 1.0
    assert scores.span_precision == scores.span_recall == 1.0
    assert scores.plagdet == pytest.approx(1 / math.log2(3))
