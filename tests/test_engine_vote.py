"""The consensus vote (`viewer.engine.consensus.vote`) gives what the plain vote gives: the same
consensus and marks when it places all rows at once, groups only the columns where some
occurrence reads otherwise than the reference, and writes a consensus that reads as the
reference in one piece per stretch."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import viewer.engine.align as align_stage
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.engine.consensus import (
    Alignment,
    Reference,
    Window,
    _adopted_insertions,
    _text_word_by_word,
    vote,
)


def _plain_vote(reference: Reference, windows: Sequence[Window], alignments: list[Alignment],
                weights: np.ndarray) -> tuple[str, int, list[list[int]]]:
    """The vote as first written: rows placed one by one, every column grouped."""
    length, rows = len(reference), len(windows)
    token = np.full((rows, length), -2, dtype=np.int64)
    reading = np.zeros((rows, length), dtype=np.uint64)
    for row, alignment in enumerate(alignments):
        if alignment.high > alignment.low:
            token[row, alignment.low : alignment.high] = -1
            token[row, alignment.at_position] = alignment.at_token
            reading[row, alignment.at_position] = \
                windows[row].view.spellings()[alignment.at_token]
    ref_reading = reference.readings
    voter_row, voter_col = np.nonzero(token >= -1)
    values = reading[voter_row, voter_col]
    weight = weights[voter_row]
    voters = np.bincount(voter_col, weights=weight, minlength=length)
    winner = ref_reading.copy()
    marked = np.zeros((rows, length), dtype=bool)
    if len(voter_col):
        order = np.lexsort((values, voter_col))
        col, val, wt = voter_col[order], values[order], weight[order]
        new_group = np.ones(len(col), dtype=bool)
        new_group[1:] = (col[1:] != col[:-1]) | (val[1:] != val[:-1])
        starts = np.flatnonzero(new_group)
        counts = np.add.reduceat(wt, starts)
        group_col, group_val = col[starts], val[starts]
        unanimous = np.bincount(group_col, minlength=length) <= 1
        best = np.lexsort((-counts, group_col))
        first_of_col = np.ones(len(best), dtype=bool)
        first_of_col[1:] = group_col[best][1:] != group_col[best][:-1]
        top = best[first_of_col]
        top_col = group_col[top]
        majority = np.zeros(length, dtype=bool)
        majority[top_col] = 2 * counts[top] > voters[top_col]
        winner[top_col] = np.where(majority[top_col], group_val[top], ref_reading[top_col])
        marked = ((token >= 0) & ~unanimous[None, :]
                  & (~majority[None, :] | (reading != winner[None, :])))
    marks: list[list[int]] = [token[row, marked[row]].tolist() for row in range(rows)]
    adopted = _adopted_insertions(windows, alignments, weights, marks)
    text, words = _text_word_by_word(reference, winner, token, reading, windows, adopted)
    return text, words, marks


_WORDS = ["Iran", "fired", "missiles", "at", "bases", "the", "of", "U.S.", "US", "said", "two",
          "Iraq", "in", "troops", "struck", "no", "casualties", "were", "reported", "late"]
# A statement and copies of it with words replaced, dropped or added, in their own articles.
_EDIT = st.tuples(st.sampled_from(["replace", "drop", "add"]), st.integers(0, 30),
                  st.sampled_from(_WORDS))


def _edited(words: list[str], edits: list[tuple[str, int, str]]) -> str:
    out = list(words)
    for kind, at, word in edits:
        at %= max(1, len(out))
        if kind == "replace" and out:
            out[at] = word
        elif kind == "drop" and len(out) > 8:
            del out[at]
        else:
            out.insert(at, word)
    return " ".join(out)


def _aligned_with_both_votes(monkeypatch: pytest.MonkeyPatch, statement: list[str],
                             edits: list[list[tuple[str, int, str]]]) -> list[int]:
    """Align the statement and its edited copies, checking every vote against the plain one;
    the number of occurrences each vote counted."""
    compared: list[int] = []

    def checked(reference: Reference, windows: Sequence[Window], alignments: list[Alignment],
                weights: np.ndarray) -> tuple[str, int, list[list[int]]]:
        result = vote(reference, windows, alignments, weights)
        assert result == _plain_vote(reference, windows, alignments, weights)
        compared.append(len(windows))
        return result

    monkeypatch.setattr(align_stage, "vote", checked)
    texts = [f"Report {n} opens here.\n{_edited(statement, e)}\nReport {n} ends."
             for n, e in enumerate([[], *edits])]
    find_shared_passages([Article(f"doc{n}", t, f"doc{n}") for n, t in enumerate(texts)])
    return compared


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_WORDS), min_size=14, max_size=30),
       st.lists(st.lists(_EDIT, max_size=4), min_size=2, max_size=6))
def test_the_vote_is_the_plain_vote(monkeypatch: pytest.MonkeyPatch, statement: list[str],
                                    edits: list[list[tuple[str, int, str]]]) -> None:
    _aligned_with_both_votes(monkeypatch, statement, edits)


def test_copies_with_an_outlier_reach_the_vote(monkeypatch: pytest.MonkeyPatch) -> None:
    statement = ["Iran", "fired", "two", "missiles", "at", "bases", "in", "Iraq", "late", "on",
                 "Tuesday", "and", "no", "casualties", "were", "reported", "by", "the", "troops"]
    compared = _aligned_with_both_votes(
        monkeypatch, statement, [[], [("replace", 3, "rockets")], [("drop", 7, "")]])
    assert compared and max(compared) >= 3


def test_a_statement_grown_by_a_lead_reaches_the_vote(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two outlets open with six words the two whole copies lack: the reference (a whole copy)
    # grows by them, and the consensus is written from two stretches.
    lead = ["Officials", "in", "Baghdad", "told", "reporters", "that"]
    statement = ["Iran", "fired", "two", "missiles", "at", "bases", "in", "Iraq", "late", "on",
                 "Tuesday", "and", "no", "casualties", "were", "reported", "by", "the", "troops",
                 "there"]
    texts = [" ".join(statement), " ".join(statement), " ".join(lead + statement[:12]),
             " ".join(lead + statement[:5] + ["bases!"] + statement[6:12])]
    compared: list[str] = []

    def checked(reference: Reference, windows: Sequence[Window], alignments: list[Alignment],
                weights: np.ndarray) -> tuple[str, int, list[list[int]]]:
        result = vote(reference, windows, alignments, weights)
        assert result == _plain_vote(reference, windows, alignments, weights)
        compared.append(result[0])
        return result

    monkeypatch.setattr(align_stage, "vote", checked)
    find_shared_passages([Article(f"doc{n}", f"Report {n}.\n{t}\nEnd {n}.", f"doc{n}")
                          for n, t in enumerate(texts)])
    assert " ".join(lead + statement) in compared
