"""The compatibility rule of figures: worked cases and properties (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from viewer.figures.compatibility import (
    MAGNITUDE_REACH,
    MARKED_DISTINCT_MAX,
    any_disagreement,
    compatible,
    conflicting,
    interval_of,
    intervals_meet,
    odd_ones_out,
    rounding_of,
)
from viewer.figures.values import KINDS, Value


def value(kind: str, number: float, high: float | None = None) -> Value:
    return Value(kind, number, high)  # type: ignore[arg-type]


@pytest.mark.parametrize(("first", "second", "expected"), [
    (value("exact", 22), value("approx", 12), False),           # 22 vs "a dozen"
    (value("exact", 22), value("more_than", 12), True),         # 22 vs "more than a dozen"
    (value("approx", 12), value("more_than", 12), True),        # "a dozen" vs "more than a dozen"
    (value("at_least", 80), value("exact", 0), False),          # "at least 80" vs none
    (value("approx", 5000), value("approx", 5000), True),
    (value("approx", 5000), value("exact", 5400), True),        # within 10 %
    (value("approx", 5000), value("exact", 5600), False),       # beyond 10 %
    (value("approx", 3), value("exact", 4), True),              # at least 1 either side
    (value("more_than", 12), value("exact", 12), False),        # open bound
    (value("at_least", 12), value("exact", 12), True),
    (value("less_than", 10), value("exact", 10), False),
    (value("at_most", 10), value("exact", 10), True),
    (value("less_than", 10), value("more_than", 9), True),      # 9.5 would do (1.5 million ...)
    (value("range", 24, 99), value("exact", 80), True),         # dozens vs 80
    (value("range", 24, 99), value("exact", 12), False),
    (value("range", 20, 30), value("range", 30, 40), True),     # they touch at 30
    (value("at_most", 5), value("at_least", 6), False),
])
def test_worked_cases(first: Value, second: Value, expected: bool) -> None:
    assert compatible(first, second) is expected
    assert compatible(second, first) is expected


numbers = st.integers(min_value=0, max_value=10**7).map(float)


@st.composite
def values(draw: st.DrawFn) -> Value:
    kind = draw(st.sampled_from(KINDS))
    low = draw(numbers)
    if kind == "range":
        return Value(kind, low, low + draw(numbers))
    if kind == "less_than" and low == 0:
        low = 1.0  # "less than 0" allows no count at all
    return Value(kind, low)


@given(values(), values())
def test_symmetric(first: Value, second: Value) -> None:
    assert compatible(first, second) == compatible(second, first)


@given(values())
def test_a_value_is_compatible_with_itself(figure: Value) -> None:
    assert compatible(figure, figure)


@given(values())
def test_an_exact_value_inside_the_interval_is_compatible(figure: Value) -> None:
    interval = interval_of(figure)
    inside = interval.low + (1 if interval.low_open else 0)
    if inside <= interval.high and not (inside == interval.high and interval.high_open):
        assert compatible(figure, Value("exact", inside))


@given(values(), values())
def test_compatible_exactly_when_a_common_count_exists(first: Value, second: Value) -> None:
    a, b = interval_of(first), interval_of(second)
    low = max(a.low, b.low)
    high = min(a.high, b.high)
    open_low = (a.low == low and a.low_open) or (b.low == low and b.low_open)
    open_high = (a.high == high and a.high_open) or (b.high == high and b.high_open)
    expected = low < high or (low == high and not open_low and not open_high)
    assert intervals_meet(a, b) == expected


@given(st.lists(values(), max_size=6))
def test_a_row_disagrees_exactly_when_some_pair_conflicts(row: list[Value]) -> None:
    assert any_disagreement(row) == bool(conflicting(row))
    assert all(0 <= index < len(row) for index in conflicting(row))


@given(values(), st.floats(min_value=1.0, max_value=1e6))
@example(Value("exact", 624_500.0), 500.0)
def test_a_more_precise_claim_inside_an_approximation_agrees(figure: Value, shift: float) -> None:
    if figure.kind in ("approx", "exact"):
        assert compatible(Value("approx", figure.number), Value("exact", figure.number))
        # (a round count of thousands is rounded, below: either figure may be one, and 625,000
        # is 624,500 rounded)
        if rounding_of(figure.number) == 0 and rounding_of(figure.number + shift) == 0:
            assert not compatible(Value("exact", figure.number),
                                  Value("exact", figure.number + shift))


@pytest.mark.parametrize(("first", "second", "expected"), [
    (value("exact", 118_000), value("more_than", 118_000), True),   # a rounded tally
    (value("exact", 118_000), value("exact", 118_326), True),
    (value("exact", 118_000), value("exact", 118_600), False),      # beyond the thousand
    (value("exact", 118_000), value("more_than", 121_000), False),
    (value("exact", 1_000), value("exact", 1_080), True),           # at most 10 % either side
    (value("exact", 1_000), value("exact", 1_400), False),
    (value("exact", 4_300), value("exact", 4_291), False),          # not a round thousand
    (value("exact", 200), value("more_than", 200), False),
])
def test_a_round_count_of_thousands_is_rounded(first: Value, second: Value,
                                               expected: bool) -> None:
    """"118,000 cases" in one outlet and "more than 118,000" in another agree: a count written
    as a round number of thousands was rounded by its writer."""
    assert compatible(first, second) == expected
    assert compatible(second, first) == expected


DOZENS = Value("range", 24, 99, "dozens")
HUNDREDS = Value("range", 200, 999, "hundreds")
THOUSANDS = Value("range", 2_000, 19_999, "thousands")
MILLIONS = Value("range", 2e6, 999e6, "millions")


@pytest.mark.parametrize(("first", "second", "expected"), [
    (MILLIONS, value("exact", 4), True),        # "millions of children", "his four children"
    (THOUSANDS, value("exact", 12), True),      # far beyond an order of magnitude: other people
    (HUNDREDS, value("exact", 5000), False),    # "hundreds of protesters" vs "5,000 protesters"
    (DOZENS, value("exact", 12), False),        # "dozens killed" vs "12 killed"
    (DOZENS, HUNDREDS, False),
    (DOZENS, MILLIONS, True),
    (MILLIONS, value("more_than", 12), True),   # they meet anyway
    (HUNDREDS, value("at_most", 50), False),    # "up to 50": below, but within reach
    (HUNDREDS, value("at_most", 10), True),     # "up to 10": beyond reach
])
def test_a_magnitude_is_compared_only_with_figures_of_about_its_size(
        first: Value, second: Value, expected: bool) -> None:
    assert compatible(first, second) is expected
    assert compatible(second, first) is expected
    assert MAGNITUDE_REACH == 10


def test_millions_of_children_do_not_clash_with_four_children() -> None:
    """The same row can hold two groups: a magnitude far from the counts is not flagged, and
    the counts are still compared with each other."""
    assert conflicting([value("exact", 4), value("exact", 4), MILLIONS]) == set()
    assert conflicting([value("exact", 4), value("exact", 3), MILLIONS]) == {0, 1}
    assert conflicting([HUNDREDS, value("exact", 5000), value("exact", 5000)]) == {0, 1, 2}


def test_a_magnitude_describes_itself_in_its_words() -> None:
    assert MILLIONS.describe() == "millions"
    assert MILLIONS.to_json() == {"range": [2_000_000, 999_000_000]}
    with pytest.raises(ValueError):
        Value("exact", 3, None, "dozens")


@st.composite
def row_values(draw: st.DrawFn) -> Value:
    if draw(st.booleans()):
        return draw(st.sampled_from([DOZENS, HUNDREDS, THOUSANDS, MILLIONS]))
    return draw(values())


@given(row_values(), row_values())
def test_symmetric_with_magnitudes(first: Value, second: Value) -> None:
    assert compatible(first, second) == compatible(second, first)


@given(st.lists(row_values(), max_size=8))
def test_linear_conflicts_equal_the_pairwise_definition_with_magnitudes(
        row: list[Value]) -> None:
    pairwise = {index for index, a in enumerate(row) for other, b in enumerate(row)
                if index != other and not compatible(a, b)}
    assert conflicting(row) == pairwise


@given(st.lists(values(), max_size=8))
def test_linear_conflicts_equal_the_pairwise_definition(row: list[Value]) -> None:
    pairwise = {index for index, a in enumerate(row) for other, b in enumerate(row)
                if index != other and not compatible(a, b)}
    assert conflicting(row) == pairwise


@given(st.lists(st.tuples(row_values(), st.integers(0, 2)), max_size=8))
def test_conflicts_between_owners_equal_the_pairwise_definition(
        row: list[tuple[Value, int]]) -> None:
    # Only values of different owners (articles) are compared: one article does not contradict
    # itself ("11 harbour tugs" and "two seagoing tugs" count two groups).
    values_only = [value for value, _ in row]
    owners = [owner for _, owner in row]
    pairwise = {index for index, a in enumerate(values_only)
                for other, b in enumerate(values_only)
                if owners[index] != owners[other] and not compatible(a, b)}
    assert conflicting(values_only, owners) == pairwise


def test_one_owner_never_conflicts_with_itself() -> None:
    assert conflicting([value("exact", 11), value("exact", 2)], ["a", "a"]) == set()
    assert conflicting([value("exact", 11), value("exact", 2)], ["a", "b"]) == {0, 1}


def _marked(numbers: list[float], owners: list[str]) -> set[int]:
    row = [value("exact", number) for number in numbers]
    return odd_ones_out(row, owners, conflicting(row, owners))


def test_the_odd_figure_out_is_marked_and_the_majority_is_not() -> None:
    # Five articles say 12, one says 15: only the 15 is marked.
    assert _marked([12, 12, 12, 12, 12, 15], list("abcdef")) == {5}
    # Two say 12, one 15, one 20: 12 has half the articles, so only 15 and 20 are marked.
    assert _marked([12, 15, 12, 20], list("abcd")) == {1, 3}


def test_an_even_split_marks_every_clashing_figure() -> None:
    assert _marked([12, 12, 15, 15], list("abcd")) == {0, 1, 2, 3}
    assert _marked([12, 15], list("ab")) == {0, 1}


def test_an_article_agrees_when_any_of_its_figures_can_be_true_with_the_other() -> None:
    # "more than 12" agrees with 15 and 22 alike: three articles agree with the 15, two with
    # the 22, which is the odd one out; with one 15 against the 22 the split is even.
    row = [value("exact", 15), value("exact", 15), value("more_than", 12), value("exact", 22)]
    assert odd_ones_out(row, list("abcd"), conflicting(row, list("abcd"))) == {3}
    row = [value("exact", 15), value("more_than", 12), value("exact", 22)]
    assert odd_ones_out(row, list("abc"), conflicting(row, list("abc"))) == {0, 2}


def test_a_figure_every_article_agrees_with_is_not_marked() -> None:
    """A tester's report: one article gives 12 killed and, of another toll, 3; another gives
    "a dozen". Both articles agree with the dozen, one with the 3: the 3 alone is marked."""
    row = [value("exact", 12), value("exact", 3), value("approx", 12)]
    assert odd_ones_out(row, list("aab"), conflicting(row, list("aab"))) == {1}


def test_a_row_of_very_many_distinct_figures_marks_every_clashing_one() -> None:
    numbers = [float(n) for n in range(MARKED_DISTINCT_MAX + 1)] + [0.0] * 300
    owners = [f"d{index}" for index in range(len(numbers))]
    row = [value("exact", number) for number in numbers]
    clashing = conflicting(row, owners)
    assert odd_ones_out(row, owners, clashing) == clashing


@given(st.lists(st.tuples(row_values(), st.integers(0, 3)), max_size=8))
def test_marked_figures_are_clashing_ones_and_a_disagreeing_row_marks_some(
        row: list[tuple[Value, int]]) -> None:
    values_only = [value for value, _ in row]
    owners = [owner for _, owner in row]
    clashing = conflicting(values_only, owners)
    marked = odd_ones_out(values_only, owners, clashing)
    assert marked <= clashing
    assert bool(marked) == bool(clashing)
    # A figure equal to a marked one is marked too (the mark is the figure's, not its place's).
    assert all(index in marked for index, v in enumerate(values_only)
               if index in clashing and any(values_only[m] == v for m in marked))
