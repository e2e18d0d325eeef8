"""The consensus vote (`viewer.engine.consensus.vote`) as properties over edited copies of a
statement: the consensus is written in an order some article has (every two consecutive
consensus words stand side by side in some article), a copy that reads exactly as the
consensus has no differences, and differences are non-empty ranges inside their occurrence
that never span a line break."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.normalize import tokenize
from viewer.passages import AlignmentResult

_WORDS = ["Iran", "fired", "missiles", "at", "bases", "the", "of", "U.S.", "US", "said", "two",
          "Iraq", "in", "troops", "struck", "no", "casualties", "were", "reported", "late"]
# A statement and copies of it with words replaced, dropped or added, in their own articles.
_EDIT = st.tuples(st.sampled_from(["replace", "drop", "add", "break"]), st.integers(0, 30),
                  st.sampled_from(_WORDS))
_LEAD = st.lists(st.sampled_from(["Officials", "in", "Baghdad", "told", "reporters", "that",
                                  "the", "said"]), max_size=6)


def _edited(words: list[str], edits: list[tuple[str, int, str]]) -> str:
    out = list(words)
    for kind, at, word in edits:
        at %= max(1, len(out))
        if kind == "replace" and out:
            out[at] = word
        elif kind == "drop" and len(out) > 8:
            del out[at]
        elif kind == "break":
            out.insert(at, "\n\n")
        else:
            out.insert(at, word)
    return " ".join(out).replace(" \n\n ", "\n\n")


def _aligned(statement: list[str], copies: list[tuple[list[str], list[tuple[str, int, str]]]]
             ) -> tuple[list[Article], AlignmentResult]:
    texts = [f"Report {n} opens here.\n{' '.join(lead)} {_edited(statement, edits)}\n"
             f"Report {n} ends." for n, (lead, edits) in enumerate([([], []), *copies])]
    documents = [Article(f"doc{n}", t, f"doc{n}") for n, t in enumerate(texts)]
    return documents, find_shared_passages(documents)


def _words(text: str) -> tuple[str, ...]:
    return tokenize(text).words


def _spelled(text: str) -> tuple[str, ...]:
    """The words as written, up to case, apostrophe style and the punctuation around them:
    "U.S." and "US" are one word to the matcher but two spellings, and a copy writing the other
    one is marked there (README: '"U.S." vs "US" is marked')."""
    return tuple(word.strip(".,;:!?\"“”‘’()").lower().replace("’", "'") for word in text.split())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), min_size=14, max_size=30),
       st.lists(st.tuples(_LEAD, st.lists(_EDIT, max_size=4)), min_size=2, max_size=6))
def test_the_consensus_is_written_in_an_order_some_article_has(
        statement: list[str], copies: list[tuple[list[str], list[tuple[str, int, str]]]]
) -> None:
    documents, result = _aligned(statement, copies)
    pairs = set()
    for document in documents:
        words = _words(document.text)
        pairs.update(itertools.pairwise(words))
    for passage in result.passages:
        consensus = _words(passage.consensus)
        for pair in itertools.pairwise(consensus):
            assert pair in pairs, (pair, passage.consensus)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), min_size=14, max_size=30),
       st.lists(st.tuples(_LEAD, st.lists(_EDIT, max_size=4)), min_size=2, max_size=6))
@example(statement=["Iran"] * 20 + ["U.S."], copies=[([], []), ([], [("replace", 20, "US")])])
def test_differences_are_ranges_of_the_occurrence_and_spare_what_reads_as_the_consensus(
        statement: list[str], copies: list[tuple[list[str], list[tuple[str, int, str]]]]
) -> None:
    documents, result = _aligned(statement, copies)
    texts = {d.id: d.text for d in documents}
    for passage in result.passages:
        consensus = _words(passage.consensus)
        for occurrence in passage.occurrences:
            text = texts[occurrence.document]
            for start, end in occurrence.differences:
                assert occurrence.start <= start < end <= occurrence.end
                assert "\n" not in text[start:end]
            if (_words(occurrence.text) == consensus
                    and _spelled(occurrence.text) == _spelled(passage.consensus)):
                assert occurrence.differences == ()


def test_two_identical_copies_and_an_outlier_mark_only_the_outlier() -> None:
    statement = ("Iran fired two missiles at bases in Iraq late on Tuesday and no casualties "
                 "were reported by the troops there")
    outlier = statement.replace("two missiles", "a dozen rockets")
    texts = [f"Report {n} opens here.\n{t}\nReport {n} ends."
             for n, t in enumerate([statement, statement, outlier])]
    documents = [Article(f"doc{n}", t, f"doc{n}") for n, t in enumerate(texts)]
    (passage,) = find_shared_passages(documents).passages
    assert passage.consensus == statement
    marked = {o.document: [texts[int(o.document[3:])][s:e] for s, e in o.differences]
              for o in passage.occurrences}
    assert marked == {"doc0": [], "doc1": [], "doc2": ["a dozen rockets"]}
