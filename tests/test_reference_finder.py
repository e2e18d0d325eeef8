"""The plain reference finder: pairwise runs of shared 5-grams, one passage per matching pair."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.evaluate import evaluate
from benchmarks.realistic import generate, write_corpus
from benchmarks.reference_finder import find_passages

ROOT = Path(__file__).resolve().parent.parent
SHARED = "Kadeto wusero hit japufevo of the U.S. Lurejeci some Veduciwa hisucu wivano"


def test_a_shared_run_is_one_passage_per_pair_with_exact_word_edges() -> None:
    texts = [f"Alpha beta gamma. {SHARED}. Delta epsilon.",
             f"Zeta eta. \u201c{SHARED.replace('U.S.', 'US')}\u201d theta iota kappa.",
             "Nothing in common here at all, lambda mu nu xi omicron."]
    passages = find_passages(texts, [0, 0, 0])
    assert len(passages) == 1
    (first, start_a, end_a), (second, start_b, end_b) = passages[0]
    assert (first, second) == (0, 1)
    assert texts[0][start_a:end_a] == SHARED
    assert texts[1][start_b:end_b] == SHARED.replace("U.S.", "US")


def test_a_dropped_word_keeps_one_passage_and_a_distant_match_makes_another() -> None:
    words = SHARED.split()
    dropped = " ".join(words[:6] + words[7:])
    far = " ".join(f"w{i}" for i in range(40))
    texts = [f"{SHARED} {far} {SHARED}", f"{dropped} other words entirely different"]
    passages = find_passages(texts, [0, 0])
    assert len(passages) == 2  # the second copy in text 0 is a second match of the same text
    assert sorted(texts[0][s:e] for (_, s, e), _ in passages) == [SHARED, SHARED]


def test_repeated_and_widespread_ngrams_are_dropped() -> None:
    texts = ["missile " * 50, "missile " * 50, "missile " * 50]
    assert find_passages(texts, [0, 0, 0]) == []
    common = "did not immediately respond to a request for comment"
    many = [f"unique{i} words{i} here{i}, {common}." for i in range(6)]
    assert find_passages(many, [0] * 6, max_df=5) == []
    assert len(find_passages(many, [0] * 6, max_df=6)) == 15


def test_the_command_line_output_evaluates_on_a_generated_corpus(tmp_path: Path) -> None:
    truth = generate(30, seed=8)
    folder = write_corpus(truth, tmp_path)
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "reference_finder.py"),
                           str(folder)], capture_output=True, text=True, check=True)
    scores = evaluate(json.loads(done.stdout),
                      json.loads((tmp_path / "truth.json").read_text(encoding="utf-8")))
    assert scores.copy_recall > 0.8
    assert scores.granularity > 1.0  # one passage per pair: no clustering
