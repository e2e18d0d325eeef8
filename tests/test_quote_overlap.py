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


def test_each_first_quote_is_compared_with_the_piece_it_quotes() -> None:
    """A newcomer's report (three outlets quoting a cardinal's announcement in pieces, each in
    its own order): the cards compared first quotes only, so "Dear brothers and sisters, with
    deep sorrow I must announce the death" was marked as differing from another outlet's first
    quote, its headline's "The Bishop of Rome, Francis", and "At 7.35 this morning" greyed as
    quoted nowhere else though the others quote it further on. Each first quote is compared with
    the piece of each other article that shares most words with it."""
    from viewer.quote_overlap import compare_first_quotes

    opening = ("Dear brothers and sisters, with deep sorrow I must announce the death of our "
               "Holy Father Francis")
    quotes = {
        "headline": ["The Bishop of Rome, Francis, returned to the Father's house",
                     "Dearest brothers and sisters, with deep sorrow I must announce the death "
                     "of our Holy Father Francis. At 7:35 this morning, the Bishop of Rome, "
                     "Francis, returned to the Father's house"],
        "opening": [opening, "At 7:35 this morning the Bishop of Rome, Francis, returned to "
                    "the house of the Father"],
        "whole": ["At 7:35 this morning, the Bishop of Rome, Francis, returned to the home of "
                  "the Father"],
    }
    marks = compare_first_quotes(quotes)
    assert _words(opening, marks["opening"].differ) == ["Dear"]  # (against "Dearest")
    assert marks["opening"].unquoted == ()  # (the headline's second piece quotes it all)
    whole = quotes["whole"][0]
    assert "At" not in _words(whole, marks["whole"].unquoted)  # (quoted by both others)
    # (against "the house of the Father" and "the Father's house")
    assert _words(whole, marks["whole"].differ) == ["home", "of", "the"]
    headline = quotes["headline"][0]
    assert "Bishop" not in _words(headline, marks["headline"].differ)
    # an article quoting nothing alike is still marked whole, as before
    alone = compare_first_quotes({"a": ["Markets rallied on Tuesday"], "b": [opening]})
    assert _words("Markets rallied on Tuesday", alone["a"].differ) == [
        "Markets", "rallied", "on", "Tuesday"]
