"""A figure's value: a number with its qualifier (exact, approx, more_than, ..., range).

Small frozen values only; how two values compare lives in `viewer.figures.compatibility`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["exact", "approx", "more_than", "at_least", "less_than", "at_most", "range"]
KINDS: tuple[Kind, ...] = (
    "exact", "approx", "more_than", "at_least", "less_than", "at_most", "range",
)

_WORDING: dict[Kind, str] = {
    "exact": "{}",
    "approx": "about {}",
    "more_than": "more than {}",
    "at_least": "at least {}",
    "less_than": "less than {}",
    "at_most": "at most {}",
}


@dataclass(frozen=True)
class Value:
    """`number` qualified by `kind`; a `range` runs from `number` to `high` (both included)."""

    kind: Kind
    number: float
    high: float | None = None
    magnitude: str | None = None
    """The words of a vague range ("dozens", "millions"): an order of magnitude, not a count;
    `compatibility` compares it only with figures of about its size. None for any other value."""
    precision: float | None = None
    """For an amount of money (`viewer.figures.money`): the place of its last written digit
    ("$787.5 million": 100,000; "$790 million": 10,000,000), which says what it may be a
    rounding or truncation of (`viewer.figures.rounding`). None for a count."""

    def __post_init__(self) -> None:
        if (self.kind == "range") != (self.high is not None):
            raise ValueError("a range, and only a range, has a high end")
        if self.magnitude is not None and self.kind != "range":
            raise ValueError("only a range is a vague magnitude")
        if self.precision is not None and self.precision <= 0:
            raise ValueError("a written amount's last place is positive")

    def to_json(self) -> dict[str, object]:
        """The design's `value` object: exactly one key."""
        if self.kind == "range":
            assert self.high is not None
            return {"range": [_plain(self.number), _plain(self.high)]}
        return {self.kind: _plain(self.number)}

    def describe(self) -> str:
        """Readable form for tables: "more than 12", "20-30", "millions" (a magnitude in its
        words: "2,000,000-999,000,000" said less, and was too wide for the dock's column)."""
        if self.magnitude is not None:
            return self.magnitude
        if self.kind == "range":
            assert self.high is not None
            return f"{_grouped(self.number)}-{_grouped(self.high)}"
        return _WORDING[self.kind].format(_grouped(self.number))


def _plain(number: float) -> int | float:
    return int(number) if float(number).is_integer() else number


def _grouped(number: float) -> str:
    plain = _plain(number)
    return f"{plain:,}" if isinstance(plain, int) else f"{plain:,g}"
