"""Pairs of occurrences near each other in a document (`viewer.engine.nearness`), checked
against their definition on random layouts (hypothesis): the plain pairs are exactly those
within STORY_GAP_WORDS words, in one document, the second starting at or after the first;
passing over a quoted statement only adds pairs, and no more than that statement's words' worth
of reach. Small hand-made corpora."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine.nearness import STORY_GAP_WORDS, near_others
from viewer.engine.statements import Statements
from viewer.engine.tokens import tokenise

from .engine_texts import articles

WORDS = 400
_TEXT = " ".join(f"w{k} “q{k} r{k}”" if k % 7 == 0 else f"w{k}" for k in range(WORDS))
"""A document of plain words with a short quotation every seventh word."""
_CORPUS = tokenise(articles(_TEXT, _TEXT))


@st.composite
def layouts(draw: st.DrawFn) -> Statements:
    """Occurrences of a few statements in the two documents, sorted as `Statements` are."""
    count = draw(st.integers(1, 30))
    rows = []
    for _ in range(count):
        statement = draw(st.integers(0, 5))
        doc = draw(st.integers(0, 1))
        length = int(_CORPUS.offsets[doc + 1] - _CORPUS.offsets[doc])
        first = draw(st.integers(0, length - 2))
        end = draw(st.integers(first + 1, min(first + 60, length)))
        rows.append((statement, doc, first, end))
    rows.sort()
    return Statements(*(np.array(column, dtype=np.int64) for column in zip(*rows, strict=True)))


@settings(max_examples=150, deadline=None)
@given(layouts())
def test_plain_pairs_are_those_within_the_gap(statements: Statements) -> None:
    first, end, left, right = near_others(_CORPUS, statements, over_quotation=False)
    expected = {(i, j) for i in range(len(statements)) for j in range(len(statements))
                if i != j and statements.doc[i] == statements.doc[j]
                and statements.statement[i] != statements.statement[j]
                and first[i] <= first[j] <= end[i] + STORY_GAP_WORDS}
    found = set(zip(left.tolist(), right.tolist(), strict=True))
    # (ties on the first word are ordered by the sort: compare as unordered pairs there)
    assert {frozenset(pair) for pair in found} == {frozenset(pair) for pair in expected}
    assert all(first[j] >= first[i] and statements.doc[i] == statements.doc[j]
               for i, j in found)


@settings(max_examples=150, deadline=None)
@given(layouts())
def test_passing_over_a_quotation_only_adds_pairs_within_its_reach(
        statements: Statements) -> None:
    first, end, plain_left, plain_right = near_others(_CORPUS, statements, over_quotation=False)
    _, _, left, right = near_others(_CORPUS, statements, over_quotation=True)
    plain = set(zip(plain_left.tolist(), plain_right.tolist(), strict=True))
    wider = set(zip(left.tolist(), right.tolist(), strict=True))
    assert plain <= wider
    longest = int((statements.end - statements.first).max())
    for i, j in wider - plain:
        assert statements.doc[i] == statements.doc[j] and first[j] >= first[i]
        # (passed over: at most the quoted statement's occurrences, a few walked)
        assert first[j] <= end[i] + STORY_GAP_WORDS + 16 * longest
