"""Per code point tables filled as code points are met: a small value for each character,
computed once, read for whole arrays of code points at numpy speed.

Pure algorithm, no Qt. Filling all 1.1 million code points up front cost about 50 ms on the
first alignment, and a text uses a few hundred of them; the tables are shared by threads, so
filling takes a lock.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np

CODE_POINTS = 0x110000
_UNSET = 255


class CodePointTable:
    """The value `classify` gives each code point (0-254), looked up for arrays of code points;
    each new code point is classified once."""

    def __init__(self, classify: Callable[[int], int]) -> None:
        self._classify = classify
        self._table = np.full(CODE_POINTS, _UNSET, dtype=np.uint8)
        self._lock = threading.Lock()

    def __call__(self, codes: np.ndarray) -> np.ndarray:
        """The value of each of `codes` (uint8)."""
        values: np.ndarray = self._table[codes]
        unset = values == _UNSET
        if unset.any():
            with self._lock:
                new = np.unique(codes[unset])
                self._table[new] = [self._classify(code) for code in new.tolist()]
            values = self._table[codes]
        return values
