"""When two written amounts of money can be one amount: rounding and truncation by digits.

An amount is printed with as many digits as its writer chose: a headline's "$787 million" and
"$790 million", a story's "$787.5 million" and a filing's "$787,500,000" are one settlement. So
an amount stands for more than its number: its `precision` is the place of its last written
non-zero digit ("$787.5 million": 100,000; "$790 million": 10,000,000; "$800 million":
100,000,000), and

- a figure given with fewer digits agrees with a more precise one it may round or truncate:
  the precise one lies in the coarse one's `amount_interval` (below): "$787 million" (a
  truncation) and "$788 million" (a rounding) both agree with "$787.5 million", "$790 million"
  and "$800 million" too; "$850 million" does not;
- two figures given to the same place agree when equal, or when they are neighbours in their
  last place and that place is at most NEIGHBOUR_SHARE of them ("$787 million" and "$788
  million" can be one amount truncated and rounded), not otherwise: "$5 million" and "$6
  million" for one fine are outlets disagreeing, not one amount rounded two ways.

The interval a coarse amount x of place p may stand for is [x - p/2, x + p), narrowed: trailing
zeros are not all rounding. Read whole, they would let "£30 million" stand for anything from
£25 million to £40 million, and one outlet's "£30 million" fine agree with others' "£25m"
(as "$1 billion" would with "$1.9 billion", "$5 million" with "$5.9 million"): a gap of a fifth
is a disagreement, whatever the zeros. So a coarse amount is read as given to two significant
digits at least ("£30 million" as 30 to two digits, rounded or cut: [29.5, 31) million), or as
within ROUNDING_SHARE of its number, whichever reaches further ("$800 million" may round "$787.5
million", 1.6% off), never beyond [x - p/2, x + p). Two exact amounts that agree are therefore
never more than a tenth of the larger apart (two significant digits leave at most a tenth of the
smaller: "$10 million" for "$10.9 million", cut): a gap larger than that is a disagreement unless
a qualifier ("nearly", "more than") widens it.

Against a qualified amount ("nearly $800 million", "more than $700 million"), an exact one is
its `amount_interval`, and the qualifier's interval is as for counts (`compatibility`). Pure
functions, no Qt.
"""

from __future__ import annotations

import math

from viewer.figures.values import Value

NEIGHBOUR_SHARE = 0.01
"""Two amounts one unit apart in their shared last place agree only where that unit is at most
this share of them (three significant digits or more): there, one outlet's truncation and
another's rounding of one amount are neighbours; with fewer, a unit is a real difference."""
ROUNDING_SHARE = 0.03
"""A coarse amount may stand for amounts this share of it away (within its last place), beyond
what two significant digits allow: "$800 million" for "$787.5 million" (1.6% off); "$5 million"
for "$5.9 million" (18%) it may not. A few per cent: a headline's rounding of a long figure, not
another figure."""
_TOLERANCE = 1e-12
"""Relative slack for comparing floats made from decimal digits ("787.5" * 1e6), whose error is
some 1e-16 of them: small enough not to reach a unit of a twelve-digit amount (1e-9 swallowed
the last unit of "$999,999,999 million" and called it its own truncation's upper end)."""


def written_precision(mantissa: str, scale: float = 1.0) -> float:
    """The place of the last non-zero digit of `mantissa` (digits with at most one "." as the
    decimal mark, no separators of thousands), times `scale`: "787.5" and 1e6 -> 100,000;
    "790" -> 10; "1" -> 1. A mantissa of zeros only has place 1 times `scale`."""
    whole, _mark, fraction = mantissa.partition(".")
    fraction = fraction.rstrip("0")
    if fraction:
        return scale * 10.0 ** -len(fraction)
    whole = whole.lstrip("0")
    if not whole:
        return scale
    zeros = len(whole) - len(whole.rstrip("0"))
    return scale * 10.0 ** zeros


def precise_amounts_agree(first: Value, second: Value) -> bool:
    """Whether two exact amounts, each with its `precision`, can be one amount (module
    docstring): the finer within the coarser's `amount_interval`, or equal, or neighbours in a
    shared last place of at most NEIGHBOUR_SHARE of them."""
    assert first.precision is not None and second.precision is not None
    coarse, fine = (first, second) if first.precision >= second.precision else (second, first)
    assert coarse.precision is not None and fine.precision is not None
    place = coarse.precision
    # (never half a unit of the finer's last place: the slack absorbs float error, not a digit)
    slack = min(_TOLERANCE * max(abs(coarse.number), abs(fine.number), place),
                fine.precision / 2)
    if _same_place(coarse.precision, fine.precision):
        apart = abs(coarse.number - fine.number)
        if apart <= slack:
            return True
        return abs(apart - place) <= slack and place <= NEIGHBOUR_SHARE * max(
            abs(coarse.number), abs(fine.number))
    low, high = amount_interval(coarse)
    return low - slack <= fine.number < high - slack


def amount_interval(value: Value) -> tuple[float, float]:
    """The amounts an exact written amount x of place p may be a rounding or truncation of, the
    high end open: as if given to two significant digits at least, or within ROUNDING_SHARE of
    x, whichever is wider, inside [x - p/2, x + p) (module docstring)."""
    assert value.precision is not None
    number, written = value.number, value.precision
    place = min(written, _second_digit_place(number))
    low = max(number - written / 2, min(number - place / 2, number * (1 - ROUNDING_SHARE)))
    high = min(number + written, max(number + place, number * (1 + ROUNDING_SHARE)))
    return max(low, 0.0), high


def _second_digit_place(number: float) -> float:
    """The place of `number`'s second significant digit: 787.5e6 -> 1e7; 30e6 -> 1e6."""
    if number <= 0:
        return math.inf  # (no amount is zero; nothing narrows such a place)
    # (the tolerance keeps a power of ten made from decimal digits, 999999.9999..., in its decade)
    return 10.0 ** (math.floor(math.log10(number) + _TOLERANCE) - 1)


def _same_place(first: float, second: float) -> bool:
    return abs(first - second) <= _TOLERANCE * max(first, second)
