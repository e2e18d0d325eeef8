"""Code point <-> UTF-16 conversion (viewer.offsets), property-tested with astral characters."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.offsets import Utf16Map

mixed_text = st.text(
    alphabet=st.sampled_from(["a", "é", " ", "\n", "€", "😀", "🇮", "𝄞", "中", "\u200d"]),
    max_size=60,
)


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


@st.composite
def slice_and_offset(draw: st.DrawFn) -> tuple[str, int, int]:
    """A text, where its shown slice starts, and a code-point offset inside that slice."""
    text = draw(mixed_text)
    base = draw(st.integers(0, len(text)))
    return text, base, draw(st.integers(base, len(text)))


@settings(max_examples=150, deadline=None)
@given(slice_and_offset())
def test_to_utf16_counts_utf16_units_of_the_shown_prefix(case: tuple[str, int, int]) -> None:
    text, base, offset = case
    assert Utf16Map(text, base).to_utf16(offset) == utf16_len(text[base:offset])


@settings(max_examples=150, deadline=None)
@given(slice_and_offset())
def test_round_trip_from_code_points(case: tuple[str, int, int]) -> None:
    text, base, offset = case
    mapping = Utf16Map(text, base)
    assert mapping.to_code_point(mapping.to_utf16(offset)) == offset


@settings(max_examples=150, deadline=None)
@given(mixed_text, st.data())
def test_utf16_position_inside_a_pair_maps_to_its_character(text: str, data: st.DataObject) -> None:
    mapping = Utf16Map(text)
    position = data.draw(st.integers(0, mapping.utf16_length))
    offset = mapping.to_code_point(position)
    # The character at `offset` starts at or before `position` and ends after it (or at the end).
    assert utf16_len(text[:offset]) <= position
    assert offset == len(text) or position < utf16_len(text[: offset + 1])


def test_emoji_shifts_qt_positions_by_one_per_astral_character() -> None:
    text = "hdr|😀 ab 🇮🇶 cd"
    mapping = Utf16Map(text, base=4)
    assert mapping.to_utf16(4) == 0
    assert mapping.to_utf16(5) == 2  # after the emoji: two UTF-16 units
    c = text.index("c")
    assert mapping.to_utf16(c) == c - 4 + 3  # three astral characters before "cd"
    assert mapping.range_to_code_points(*mapping.range_to_utf16(c, c + 2)) == (c, c + 2)


def test_offsets_outside_the_shown_slice_clamp() -> None:
    mapping = Utf16Map("header body😀", base=7)
    assert mapping.to_utf16(0) == 0
    assert mapping.to_utf16(999) == mapping.utf16_length == 6
    assert mapping.to_code_point(-5) == 7
    assert mapping.to_code_point(999) == len("header body😀")
