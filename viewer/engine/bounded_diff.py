"""Diff-match-patch with its work bounded, for the align stage's word diff.

Diff-match-patch never gives up when `Diff_Timeout = 0`: its bisection (Myers' O(ND)) costs
time growing with a stretch's length times the number of edits in it, so two long stretches
with no word unique to anchor on (a text drawn from twenty words: "said", "the", names,
quotation marks) took hours. A time limit would make the answer depend on the machine and its
load, so the work is counted instead: a diff of a stretch that needs more than `WORK_BASE` +
`WORK_PER_WORD` per word is stopped, and `viewer.engine.anchored_diff` matches that stretch
coarsely. The budget is far above what articles need: the largest diff of the sample corpus,
the real sets and 5,000 generated articles used under a fifth of `WORK_BASE`, so their
matching is diff-match-patch's. The work of each diff is linear in its stretch's length.
"""

from __future__ import annotations

from typing import Any

from diff_match_patch import diff_match_patch

Run = tuple[int, int, int]
"""Equal words: position in the old text, position in the new text, length."""

WORK_BASE = 100_000
"""Bisection work (diagonals visited) any stretch may use: a diff of two unrelated stretches
of about 300 words each."""
WORK_PER_WORD = 4
"""Further bisection work allowed per word of the stretch (both texts together)."""
COARSE_WORK_BASE = 10_000
"""`WORK_BASE` for the gaps of a coarse matching (many, in text that is not worth more)."""


class OverBudget(Exception):
    """A diff needed more work than its stretch is allowed."""


class _Work:
    """Stands for the deadline diff-match-patch compares the clock with at each step of a
    bisection (`time.time() > deadline`, which Python answers with this object's `__lt__`):
    the steps are counted instead, step d of a bisection visiting about d diagonals each way,
    and the diff is stopped when the budget is spent."""

    __slots__ = ("left", "step")

    def __init__(self, budget: int) -> None:
        self.left = budget
        self.step = 0

    def __lt__(self, now: float) -> bool:
        self.step += 1
        self.left -= self.step
        if self.left < 0:
            raise OverBudget
        return False


class BoundedDiffer(diff_match_patch):  # type: ignore[misc]  # the library has no types
    """Diff-match-patch, never degraded (`Diff_Timeout = 0`), whose `bounded` diff stops
    when its work is over the stretch's budget."""

    def __init__(self) -> None:
        super().__init__()
        self.Diff_Timeout = 0

    def bounded(self, old: str, new: str, coarse: bool = False
                ) -> list[tuple[int, str]] | None:
        """`diff_main(old, new, False)`, or None when that needs more work than
        `budget(old, new, coarse)`."""
        try:
            diffs: list[tuple[int, str]] = self.diff_main(
                old, new, False, _Work(budget(old, new, coarse)))
        except OverBudget:
            return None
        return diffs

    def diff_bisect(self, text1: str, text2: str, deadline: Any) -> Any:
        # Each bisection counts its steps from 0 (those of the halves it splits into come
        # after its own).
        if isinstance(deadline, _Work):
            deadline.step = 0
        return super().diff_bisect(text1, text2, deadline)


def budget(old: str, new: str, coarse: bool = False) -> int:
    """The bisection work a diff of `old` and `new` may use (in a coarse matching's gap, or
    not)."""
    return (COARSE_WORK_BASE if coarse else WORK_BASE) + WORK_PER_WORD * (len(old) + len(new))
