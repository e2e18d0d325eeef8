"""The align stage's word encoding: one character per distinct word of a statement, one byte
each for alphabets of up to 256 words and wider beyond; both align alike."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.engine.window_alignment import as_text as _as_text


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 0xF000).flatmap(
    lambda size: st.tuples(st.just(size), st.lists(st.integers(0, size - 1), max_size=60))))
def test_codes_are_written_one_character_each_equal_only_when_equal(
        case: tuple[int, list[int]]) -> None:
    size, values = case
    text = _as_text(np.array(values, dtype=np.int64), size)
    assert len(text) == len(values)
    # One character per code, and one code per character.
    assert len(set(zip(values, text, strict=True))) == len(set(values)) == len(set(text))
    assert not any(0xD800 <= ord(c) < 0xE000 for c in text)
    if size <= 0x100:
        assert all(ord(c) < 0x100 for c in text)


def test_codes_either_side_of_the_surrogates_stay_distinct() -> None:
    codes = np.arange(0xD800 - 0x100 - 2, 0xD800 - 0x100 + 2)
    text = _as_text(codes, 0xE000)
    assert len(set(text)) == len(codes)


@pytest.mark.parametrize("distinct", [40, 400])
def test_an_outlier_copy_is_marked_alike_in_narrow_and_wide_alphabets(distinct: int) -> None:
    # A statement of `distinct` different words carried by three articles; the third changes
    # one word. The outlier alone shows a difference, and only that word.
    words = [f"w{k}x" for k in range(distinct)]
    statement = " ".join(words)
    changed = " ".join([*words[: distinct // 2], "zzzz", *words[distinct // 2 + 1 :]])
    texts = [f"Opening line {n}.\n{body}\nClosing line {n}."
             for n, body in enumerate([statement, statement, changed])]
    result = find_shared_passages([Article(f"doc{n}", t, f"doc{n}")
                                   for n, t in enumerate(texts)])
    assert len(result.passages) == 1
    passage = result.passages[0]
    assert passage.consensus == statement
    by_doc = {o.document: o for o in passage.occurrences}
    assert by_doc["doc0"].differences == by_doc["doc1"].differences == ()
    (start, end), = by_doc["doc2"].differences
    assert texts[2][start:end] == "zzzz"
