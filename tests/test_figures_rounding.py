"""The rule for amounts of money written to different digits (`viewer.figures.rounding`) and its
place in the compatibility rule: a figure given with fewer digits agrees with a more precise one
it rounds or truncates to; amounts that differ beyond that disagree."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from viewer.figures.compatibility import compatible, conflicting, odd_ones_out
from viewer.figures.rounding import written_precision
from viewer.figures.values import Value


def amount(written: str, scale: float = 1e6, kind: str = "exact") -> Value:
    """An amount as a text writes it: "787.5" million."""
    return Value(kind, float(written) * scale,  # type: ignore[arg-type]
                 precision=written_precision(written, scale))


def test_the_written_precision_is_the_place_of_the_last_non_zero_digit() -> None:
    assert written_precision("787.5", 1e6) == 1e5
    assert written_precision("787", 1e6) == 1e6
    assert written_precision("790", 1e6) == 1e7
    assert written_precision("787500000") == 1e5
    assert written_precision("1.60", 1e9) == 1e8
    assert written_precision("15") == 1


def test_a_headline_s_fewer_digits_agree_with_the_story_s_amount() -> None:
    story = amount("787.5")
    for headline in ("787", "790", "800", "787.50"):
        assert compatible(amount(headline), story), headline
        assert compatible(story, amount(headline)), headline
    assert compatible(Value("exact", 787_500_000, precision=1e5), story)  # "$787,500,000"


def test_another_amount_for_the_same_thing_disagrees() -> None:
    assert not compatible(amount("787.5"), amount("850"))
    assert not compatible(amount("787.5"), amount("786"))  # no rounding of 787.5 gives 786
    assert not compatible(amount("5"), amount("6"))  # one fine, two amounts
    assert not compatible(amount("787.5"), amount("787.7"))


def test_neighbours_in_a_fine_last_place_are_one_amount_truncated_and_rounded() -> None:
    # 787.5 truncated is 787, rounded 788: with three digits, one unit is no disagreement
    assert compatible(amount("787"), amount("788"))
    assert not compatible(amount("78"), amount("79"))


def test_qualified_amounts_are_compared_as_counts_are() -> None:
    story = amount("787.5")
    assert compatible(amount("800", kind="approx"), story)  # "nearly $800 million"
    assert compatible(amount("700", kind="more_than"), story)
    assert not compatible(amount("700", kind="at_most"), story)  # "up to $700 million"
    assert not compatible(amount("1", 1e9, kind="at_least"), story)


def test_a_row_of_amounts_marks_the_odd_one_out() -> None:
    values = [amount("787.5"), amount("787"), amount("787.5"), amount("850")]
    owners = ["a", "b", "c", "d"]
    clashing = conflicting(values, owners)
    assert clashing == {0, 1, 2, 3}
    assert odd_ones_out(values, owners, clashing) == {3}
    assert conflicting([amount("787.5"), amount("850")], ["a", "a"]) == set()  # one article


def _written(number: Decimal) -> str:
    return format(number.normalize(), "f")


@given(st.integers(min_value=1, max_value=10**9), st.integers(min_value=0, max_value=4),
       st.integers(min_value=1, max_value=8), st.booleans())
def test_an_amount_agrees_with_its_own_rounding_or_truncation(
        digits: int, decimals: int, kept: int, truncate: bool) -> None:
    precise = Decimal(digits).scaleb(-decimals)
    place = Decimal(1).scaleb(precise.adjusted() - kept + 1)  # keep `kept` significant digits
    shortened = precise.quantize(place, rounding=ROUND_DOWN if truncate else ROUND_HALF_UP)
    if shortened == 0:
        return  # (nothing is printed as "$0 million")
    full, short = _written(precise), _written(shortened)
    assert compatible(amount(full), amount(short)), (full, short)
    assert compatible(amount(short), amount(full)), (short, full)
    assert not conflicting([amount(full), amount(short)], ["a", "b"])
