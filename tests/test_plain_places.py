"""RFC 5147 line ranges and quote points in plain text (`viewer.annotations.plain_places`)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from viewer.annotations.plain_places import line_span, quote_point
from viewer.annotations.selectors import Lines, Quote

_LINES = st.lists(st.text(alphabet=st.characters(blacklist_characters="\n"), max_size=12),
                  min_size=1, max_size=8)


@given(_LINES, st.integers(0, 9), st.integers(0, 9))
def test_a_line_range_is_those_lines_without_the_last_break(lines, start, length):
    text = "\n".join(lines)
    # (a text ending with a break has no empty line after it: the break ends its last line)
    model = lines[:-1] if len(lines) > 1 and lines[-1] == "" else lines
    end = start + length
    found = line_span(text, Lines(start, end))
    if start >= len(model):
        assert isinstance(found, str) and "outside the text" in found
        return
    assert not isinstance(found, str)
    first, last = found
    if length:
        assert text[first:last] == "\n".join(model[start:end])
    else:
        assert first == last or text[first:last] == ""  # a point: no words


@given(st.text(max_size=30), st.text(min_size=1, max_size=5), st.text(max_size=30))
def test_a_quote_point_is_where_its_context_meets(before, prefix, after):
    text = before + prefix + after
    point = quote_point(text, Quote("", prefix, ""), 0, len(text))
    assert point is not None and text[:point].endswith(prefix)
    assert point == text.find(prefix) + len(prefix)


def test_lines_refine_their_segment_and_a_quote_beside_them_wins():
    """A reviewer's report: a `line=` refining a quote was counted from the article's start,
    not the quote's; beside a quote, the lines placed the note on their own (a position beside
    a quote is where the quote was, and the quote decides)."""
    from viewer.annotations.evidence import Placement, place
    from viewer.annotations.selectors import TargetEvidence

    text = "First line\nSecond line has words\nThird line\nFourth line here\n"
    refined = place(text, TargetEvidence("x", (Quote("Third line\nFourth",
                                                     refined=Lines(1, 2)),)))
    assert isinstance(refined, Placement) and text[refined.start:refined.end] == "Fourth"
    beside = place(text, TargetEvidence("x", (Lines(1, 2), Quote("Fourth"))))
    assert isinstance(beside, Placement) and text[beside.start:beside.end] == "Fourth"


def test_open_ended_fragments_and_a_text_ending_in_a_break():
    from viewer.annotations.selectors import OPEN_END, Position, text_fragment

    assert text_fragment("line=5,") == Lines(5, OPEN_END)
    assert text_fragment("char=5,") == Position(5, OPEN_END)
    assert text_fragment("char=,") == Position(0, OPEN_END)
    text = "a\nb\n"
    assert line_span(text, Lines(1, OPEN_END)) == (2, 3)  # "b", its break left out
    assert line_span(text, Lines(0, 2)) == (0, 3)
    said = line_span(text, Lines(2, 3))
    assert isinstance(said, str) and "(2 lines)" in said


def test_a_range_ending_at_a_point_whose_context_reaches_back_over_its_start():
    """A reviewer's report: the end point's prefix ("fired 22 missiles") begins before the
    range's start ("22"), and was looked for only after it."""
    from viewer.annotations.evidence import Placement, place
    from viewer.annotations.selectors import Range, TargetEvidence

    text = "Iran fired 22 missiles at two bases."
    found = place(text, TargetEvidence("x", (Range(Quote("22"), Quote(
        "", prefix="fired 22 missiles", suffix=" at")),)))
    assert isinstance(found, Placement) and text[found.start:found.end] == "22 missiles"


def test_open_ended_fragments_past_the_end_say_so_in_words():
    """A reviewer's report: "its lines 9–4611686018427387904 are outside the text (1 lines)",
    and "char=5000," on a short text was "an empty span"."""
    from viewer.annotations.evidence import Failure, place
    from viewer.annotations.selectors import OPEN_END, Position, TargetEvidence

    said = line_span("one line", Lines(9, OPEN_END))
    assert said == "its lines 9–the end are outside the text (1 line)"
    far = place("a short text", TargetEvidence("x", (Position(5000, OPEN_END),)))
    assert isinstance(far, Failure) and "outside the text" in far.reason
