"""viewer/quote_overlap.py: two quotes compared over the stretch they share."""

from __future__ import annotations

from viewer.quote_overlap import QuoteMarks, compare_quotes


def _words(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[start:end] for start, end in spans]


def test_two_quotes_are_aligned_alike_whichever_is_read_first() -> None:
    """Both share "the" and "will", one word each: aligning one quote with the other on "the"
    and the other with the first on "will" marked "the" in one and not in the other, and a
    word's clash in one quote had no counterpart marked in the other."""
    first = "the government will raise taxes next year"
    second = "spending on schools will fall, said the minister"
    marks = compare_quotes({"a": first, "b": second})
    a_marked = _words(first, marks["a"].differ)
    b_marked = _words(second, marks["b"].differ)
    for shared in ("the", "will"):
        assert (shared in a_marked) == (shared in b_marked), (a_marked, b_marked)
    assert compare_quotes({"b": second, "a": first}) == marks


def test_repeated_words_and_empty_quotes() -> None:
    marks = compare_quotes({"a": "the the the economy grew", "b": "the economy grew", "c": ""})
    assert marks["a"].differ == () and _words("the the the economy grew",
                                              marks["a"].unquoted) == ["the", "the"]
    assert marks["b"] == marks["c"] == QuoteMarks()
