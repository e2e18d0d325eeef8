"""The gap bits computed once per corpus agree with the regexes the word-by-word code ran on the
text between two tokens."""

from __future__ import annotations

import re

import numpy as np
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from viewer.engine import breaks
from viewer.engine.breaks import gap_marks
from viewer.normalize import CLAUSE_END, QUOTES, SENTENCE_END
from viewer.token_hashing import batch_tokens, token_hashes

# The word-by-word definitions (as in the engine before the gap bits).
_BREAK = re.compile("[\n.!?。！？]")
_BARRIER = re.compile("[\n" + "".join(sorted(QUOTES)) + "]")
_STOP = re.compile("[\n" + re.escape("".join(sorted(SENTENCE_END | QUOTES))) + "]")
_CLAUSE = re.compile("[\n" + re.escape("".join(sorted(CLAUSE_END | QUOTES))) + "]")
_EDGE = re.compile("[\n.!?:\"“”„«»。！？：「」『』]")
_OPENING = re.compile("[“„«「『]")
_CLOSING = re.compile("[”»」』]")
_ANY_QUOTE = re.compile("[\"“”„«»「」『』]")


def _closes_quote(gap: str) -> bool:
    return _CLOSING.search(gap) is not None or gap.lstrip(",.;:!?)").startswith('"')


def _opens_quote(gap: str) -> bool:
    return _OPENING.search(gap) is not None or gap.endswith('"') or ":" in gap


def expected_bits(gap: str, token_before: str | None, token_after: bool = False) -> int:
    bits = 0
    for bit, present in (
        (breaks.NEWLINE, "\n" in gap),
        (breaks.SENTENCE_BREAK, _BREAK.search(gap) is not None),
        (breaks.STOP, _STOP.search(gap) is not None),
        (breaks.CLAUSE, _CLAUSE.search(gap) is not None),
        (breaks.BARRIER, _BARRIER.search(gap) is not None),
        (breaks.EDGE, _EDGE.search(gap) is not None),
        (breaks.QUOTE, _ANY_QUOTE.search(gap) is not None),
        (breaks.OPENS_QUOTE, _opens_quote(gap)),
        (breaks.CLOSES_QUOTE, _closes_quote(gap)),
        (breaks.TOKEN_EDGE, token_before is not None and _EDGE.search(token_before) is not None),
        (breaks.HYPHEN_JOIN, gap in ("-", "\u2010", "\u2011") and token_before is not None
         and token_after),
    ):
        if present:
            bits |= bit
    return bits


PIECES = [
    "a", "word", "Iran", "9", "5:30", "U.S.", "p.m.", "1,000.5", "Iran's", "中", "😀", " ",
    "  ", "\n", "\t", ".", ",", ":", ";", "!", "?", "(", ")", "[", "]", "—", "–", '"', "“",
    "”", "„", "«", "»", "「", "」", "『", "』", "。", "！", "？", "；", "：", "，", "、", "（",
    "）", "'", "’", "-", "é", "\u0301", "\ud800",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def _check(items: list[tuple[str, int]]) -> None:
    tokens = token_hashes(items)
    batch = batch_tokens(items)
    every = gap_marks(batch)
    assert len(every) == len(batch.starts) + len(items)
    marks = np.split(every, batch.token_bounds[1:-1] + np.arange(1, len(items)))
    for (text, start), token, bits in zip(items, tokens, marks, strict=True):
        starts, ends = token.starts.tolist(), token.ends.tolist()
        assert len(bits) == len(starts) + 1
        for k in range(len(starts) + 1):
            left = ends[k - 1] if k else start
            right = starts[k] if k < len(starts) else len(text)
            before = text[starts[k - 1] : ends[k - 1]] if k else None
            assert int(bits[k]) == expected_bits(text[left:right], before,
                                                 k < len(starts)), (text, k)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(texts, st.integers(0, 60)), min_size=1, max_size=4))
@example([("-", 0)])  # a hyphen with no word on either side joins nothing (found by CI)
@example([("a -b- c", 0)])
def test_gap_bits_match_the_regexes(batch: list[tuple[str, int]]) -> None:
    _check([(text, min(start, len(text))) for text, start in batch])


def test_gap_bits_on_an_article() -> None:
    text = ('Trump wrote: “All is well!” Missiles hit U.S. bases at 1:45am; "We are\n'
            'evaluating," he said, (so far) — good. 中国。「好」 “quoted”: "end".')
    _check([(text, 0), (text, 13), ("", 0), ("  \n ", 1), ("word", 0)])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(texts, min_size=1, max_size=3), st.data())
def test_sentence_starts_mark_the_gap_they_fall_in(bodies: list[str], data: st.DataObject) -> None:
    """Given sentence starts, a gap is a sentence break when a start lies in it or at the start
    of the token after it, or it holds a line break or a full-width sentence end."""
    batch = batch_tokens([(body, 0) for body in bodies])
    size = len(batch.codes)
    begins = np.array(sorted(data.draw(st.lists(st.integers(0, max(size - 1, 0)), max_size=12,
                                                 unique=True))), dtype=np.int64)
    marks = gap_marks(batch, begins)
    plain = gap_marks(batch)
    joined = batch.codes.tobytes().decode("utf-32-le", "surrogatepass")
    gap = 0
    for text in range(len(bodies)):
        first, last = int(batch.token_bounds[text]), int(batch.token_bounds[text + 1])
        start = int(batch.text_start[text])
        stop = start + int(batch.lengths[text])
        lefts = [start, *batch.ends[first:last].tolist()]
        rights = [*batch.starts[first:last].tolist(), stop]
        for left, right in zip(lefts, rights, strict=True):
            expected = (any(char in joined[left:right] for char in "\n。！？")
                        or any(left <= b <= right for b in begins))
            assert bool(marks[gap] & breaks.SENTENCE_BREAK) == expected
            others = 0xFFFF & ~breaks.SENTENCE_BREAK
            assert int(marks[gap]) & others == int(plain[gap]) & others
            gap += 1
