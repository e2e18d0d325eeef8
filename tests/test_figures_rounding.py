"""The rule for amounts of money written to different digits (`viewer.figures.rounding`) and its
place in the compatibility rule: a figure given with fewer digits agrees with a more precise one
it rounds or truncates to; amounts that differ beyond that disagree, and a round figure's zeros
absorb no large gap."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

from hypothesis import example, given
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


def test_a_round_amount_s_zeros_absorb_no_large_gap() -> None:
    # (read as rounding, the zeros of "30" let it stand for 25 to 40: one outlet's "£30 million"
    # fine agreed with six others' "£25m")
    for coarse, fine, scale in (("30", "25", 1e6), ("1", "1.9", 1e9), ("100", "190", 1e6),
                                ("20", "29", 1e6), ("5", "5.9", 1e6), ("1", "1.5", 1e9)):
        assert not compatible(amount(coarse, scale), amount(fine, scale)), (coarse, fine)
        assert not compatible(amount(fine, scale), amount(coarse, scale)), (fine, coarse)
    # a coarse figure still stands for what it may round to two digits, or a few per cent off
    assert compatible(amount("30"), amount("30.4"))
    assert compatible(amount("1", 1e9), amount("1.04", 1e9))
    assert compatible(amount("800"), amount("787.5"))


def test_a_round_amount_meets_a_qualified_one_only_near_its_number() -> None:
    # "$1 billion" is no amount "more than $1.5 billion" can be
    assert not compatible(amount("1", 1e9), amount("1.5", 1e9, kind="more_than"))
    assert compatible(amount("1", 1e9), amount("900", kind="more_than"))
    assert not compatible(amount("30"), amount("25", kind="at_most"))  # "up to £25m"


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
       st.integers(min_value=2, max_value=8), st.booleans())
@example(digits=999_999_999, decimals=0, kept=2, truncate=True)  # (a float slack ate its unit)
def test_an_amount_agrees_with_its_own_rounding_or_truncation(
        digits: int, decimals: int, kept: int, truncate: bool) -> None:
    precise = Decimal(digits).scaleb(-decimals)
    # (to two significant digits or more: one digit, "$1 billion" for "$1.4 billion", is no
    # rounding two outlets agree on)
    place = Decimal(1).scaleb(precise.adjusted() - kept + 1)  # keep `kept` significant digits
    shortened = precise.quantize(place, rounding=ROUND_DOWN if truncate else ROUND_HALF_UP)
    if shortened == 0:
        return  # (nothing is printed as "$0 million")
    full, short = _written(precise), _written(shortened)
    assert compatible(amount(full), amount(short)), (full, short)
    assert compatible(amount(short), amount(full)), (short, full)
    assert not conflicting([amount(full), amount(short)], ["a", "b"])


_WRITTEN_AMOUNTS = st.builds(lambda digits, decimals: Decimal(digits).scaleb(-decimals),
                             st.integers(min_value=1, max_value=10**6),
                             st.integers(min_value=0, max_value=3))


FAR_APART = Decimal("0.10")
"""Exact amounts more than this share of the larger apart never agree (`rounding`'s docstring:
two significant digits leave at most a tenth)."""


@given(_WRITTEN_AMOUNTS, _WRITTEN_AMOUNTS, st.integers(min_value=1, max_value=4))
def test_exact_amounts_far_apart_never_agree_unless_qualified(
        first: Decimal, other: Decimal, kept: int) -> None:
    # (`other` also as a figure near `first`, cut to `kept` digits: gaps just over the limit)
    for second in (other, (first * Decimal("1.11")).quantize(
            Decimal(1).scaleb((first * Decimal("1.11")).adjusted() - kept + 1))):
        low, high = sorted((first, second))
        if low == 0 or high - low <= FAR_APART * high:
            continue
        one, two = amount(_written(low)), amount(_written(high))
        assert not compatible(one, two), (low, high)
        assert not compatible(two, one), (high, low)
        assert compatible(amount(_written(low), kind="more_than"), two)  # a qualifier may
