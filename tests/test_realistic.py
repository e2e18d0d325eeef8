"""The realistic benchmark generator: deterministic, and its truth indexes what articles carry."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from difflib import SequenceMatcher
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.realistic import Truth, generate, write_corpus

ROOT = Path(__file__).resolve().parent.parent
SMALL = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _normal(word: str) -> str:
    word = word.replace("\u2019", "'").strip(",;:.!?").lower()
    return "u.s" if word == "us" else word.rstrip(".")


def test_the_same_seed_gives_the_same_corpus_and_another_seed_another() -> None:
    first, second = generate(25, seed=5), generate(25, seed=5)
    assert first == second
    assert first.to_json() == second.to_json()
    assert generate(25, seed=6).documents != first.documents


def test_the_corpus_does_not_depend_on_string_hashing(tmp_path: Path) -> None:
    digests = set()
    for hash_seed in ("1", "2"):
        out = tmp_path / hash_seed
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "realistic.py"),
                        "--articles", "12", "--seed", "3", "--out", str(out)],
                       check=True, capture_output=True, env={**os.environ,
                                                             "PYTHONHASHSEED": hash_seed})
        files = sorted((out / "articles").iterdir())
        assert len(files) == 12
        blob = b"".join(path.read_bytes() for path in files) + (out / "truth.json").read_bytes()
        digests.add(hashlib.sha1(blob).hexdigest())
    assert len(digests) == 1


def test_the_written_files_are_the_texts_the_truth_describes(tmp_path: Path) -> None:
    truth = generate(10, seed=2)
    folder = write_corpus(truth, tmp_path)
    stored = json.loads((tmp_path / "truth.json").read_text(encoding="utf-8"))
    for document, entry in zip(truth.documents, stored["documents"], strict=True):
        data = (folder / document.file).read_bytes()
        assert data.decode("utf-8") == document.text
        assert entry["sha1"] == hashlib.sha1(data).hexdigest()
        assert entry["length"] == len(document.text)


def _check_truth(truth: Truth) -> None:
    texts = {document.id: document.text for document in truth.documents}
    events = {document.id: document.event for document in truth.documents}
    boilerplate: dict[str, list[tuple[int, int]]] = {}
    for document, start, end in truth.boilerplate:
        boilerplate.setdefault(document, []).append((start, end))
    for statement in truth.statements:
        assert len({occurrence.document for occurrence in statement.occurrences}) >= 2
        source_words = statement.text.split()
        assert len(source_words) == statement.words
        for occurrence in statement.occurrences:
            text = texts[occurrence.document]
            assert 0 <= occurrence.start < occurrence.end <= len(text)
            assert text[occurrence.start:occurrence.end] == occurrence.text
            assert events[occurrence.document] == statement.event
            assert "\n" not in occurrence.text
            assert occurrence.text == occurrence.text.strip()
            for start, end in boilerplate.get(occurrence.document, []):
                assert end <= occurrence.start or start >= occurrence.end
            first, last = occurrence.source
            carried = [_normal(word) for word in occurrence.text.split()]
            expected = [_normal(word) for word in source_words[first:last]]
            # Edits are interior only: the ends are the statement's own words.
            assert carried[0] == expected[0] and carried[-1] == expected[-1]
            assert len(expected) - len(carried) in (0, 1, 2)  # dropped words
            matching = sum(block.size for block in
                           SequenceMatcher(None, carried, expected).get_matching_blocks())
            assert matching >= len(expected) - 4
            short = last - first < 0.5 * statement.words and last - first <= 12
            assert occurrence.kind == ("fragment" if short else "copy")


@SMALL
@given(seed=st.integers(0, 10**6), articles=st.integers(2, 40))
def test_truth_offsets_index_the_statement_text_in_the_articles(seed: int, articles: int) -> None:
    truth = generate(articles, seed=seed)
    assert len(truth.documents) == articles
    _check_truth(truth)


def test_a_larger_corpus_has_every_kind_of_reuse() -> None:
    truth = generate(120, seed=7)
    _check_truth(truth)
    kinds = {occurrence.kind for s in truth.statements for occurrence in s.occurrences}
    assert kinds == {"copy", "fragment"}
    assert {statement.type for statement in truth.statements} == {"official", "tweet", "wire"}
    assert len({document.event for document in truth.documents}) >= 5
    assert truth.boilerplate
    assert any("\u201c" in d.text for d in truth.documents)
    assert any('"' in d.text for d in truth.documents)
    assert any(" US " in o.text for s in truth.statements for o in s.occurrences)
    assert any(" U.S. " in o.text for s in truth.statements for o in s.occurrences)
    texts = {document.id: document.text for document in truth.documents}
    reordered = 0  # pieces of one quote in one paragraph, the statement's later words first
    for statement in truth.statements:
        by_paragraph: dict[tuple[str, int], list[tuple[int, int]]] = {}
        for o in statement.occurrences:
            paragraph = texts[o.document].count("\n\n", 0, o.start)
            by_paragraph.setdefault((o.document, paragraph), []).append((o.start, o.source[0]))
        for pieces in by_paragraph.values():
            sources = [source for _, source in sorted(pieces)]
            reordered += sources != sorted(sources)
    assert reordered > 0
