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
    end = start + length
    found = line_span(text, Lines(start, end))
    if start >= len(lines):
        assert isinstance(found, str) and "outside the text" in found
        return
    assert not isinstance(found, str)
    first, last = found
    wanted = "\n".join(lines[start:end]) if length else ""
    if length and end < len(lines):
        assert text[first:last] == wanted
    elif length:
        assert text[first:last] == "\n".join(lines[start:])
    else:
        assert first == last  # a point: no words


@given(st.text(max_size=30), st.text(min_size=1, max_size=5), st.text(max_size=30))
def test_a_quote_point_is_where_its_context_meets(before, prefix, after):
    text = before + prefix + after
    point = quote_point(text, Quote("", prefix, ""), 0, len(text))
    assert point is not None and text[:point].endswith(prefix)
    assert point == text.find(prefix) + len(prefix)
