"""When two written amounts of money can be one amount: rounding and truncation by digits.

An amount is printed with as many digits as its writer chose: a headline's "$787 million" and
"$790 million", a story's "$787.5 million" and a filing's "$787,500,000" are one settlement. So
an amount stands for more than its number: its `precision` is the place of its last written
non-zero digit ("$787.5 million": 100,000; "$790 million": 10,000,000; "$800 million":
100,000,000 -- trailing zeros of a round number are taken as rounding, as counts' are), and

- a figure given with fewer digits agrees with a more precise one it rounds or truncates to:
  the precise one lies in [x - p/2, x + p) of the coarse one (x its number, p its place):
  "$787 million" (a truncation) and "$788 million" (a rounding) both agree with "$787.5
  million", "$790 million" and "$800 million" too; "$850 million" does not;
- two figures given to the same place agree when equal, or when they are neighbours in their
  last place and that place is at most NEIGHBOUR_SHARE of them ("$787 million" and "$788
  million" can be one amount truncated and rounded), not otherwise: "$5 million" and "$6
  million" for one fine are outlets disagreeing, not one amount rounded two ways.

Against a qualified amount ("nearly $800 million", "more than $700 million"), an exact one is
the interval it may be a rounding or truncation of, [x - p/2, x + p) (`amount_interval`), and
the qualifier's interval is as for counts (`compatibility`). Pure functions, no Qt.
"""

from __future__ import annotations

from viewer.figures.values import Value

NEIGHBOUR_SHARE = 0.01
"""Two amounts one unit apart in their shared last place agree only where that unit is at most
this share of them (three significant digits or more): there, one outlet's truncation and
another's rounding of one amount are neighbours; with fewer, a unit is a real difference."""
_TOLERANCE = 1e-9
"""Relative slack for comparing floats made from decimal digits ("787.5" * 1e6)."""


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
    docstring): the coarser a rounding or truncation of the finer, or equal, or neighbours in a
    shared last place of at most NEIGHBOUR_SHARE of them."""
    assert first.precision is not None and second.precision is not None
    coarse, fine = (first, second) if first.precision >= second.precision else (second, first)
    assert coarse.precision is not None and fine.precision is not None
    place = coarse.precision
    slack = _TOLERANCE * max(abs(coarse.number), abs(fine.number), place)
    if _same_place(coarse.precision, fine.precision):
        apart = abs(coarse.number - fine.number)
        if apart <= slack:
            return True
        return abs(apart - place) <= slack and place <= NEIGHBOUR_SHARE * max(
            abs(coarse.number), abs(fine.number))
    return coarse.number - place / 2 - slack <= fine.number < coarse.number + place - slack


def amount_interval(value: Value) -> tuple[float, float]:
    """The amounts an exact written amount may be a rounding or truncation of: [x - p/2,
    x + p), the high end open."""
    assert value.precision is not None
    return max(value.number - value.precision / 2, 0.0), value.number + value.precision


def _same_place(first: float, second: float) -> bool:
    return abs(first - second) <= _TOLERANCE * max(first, second)
