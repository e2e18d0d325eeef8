"""JSON numbers Parallax cannot keep, refused in one wording by every reader of JSON text (an
annotation file, a project's records): NaN and Infinity, which are no JSON; a number too large
for a float (read as inf, it would be written back as `Infinity`, and the file would no longer
open); an integer too long for Python (whose own message advises sys.set_int_max_str_digits(),
which means nothing to the user). No Qt.
"""

from __future__ import annotations

import json
import math
import sys
from typing import Any


class UnkeptNumber(ValueError):
    """JSON text holds a number that cannot be kept; `str()` is why, in the user's words."""


def loads_keeping_numbers(text: str, **options: Any) -> Any:
    """`json.loads(text, **options)`; raises UnkeptNumber for a number that cannot be kept.
    Other errors (JSONDecodeError, RecursionError, what an `options` hook raises) pass on."""
    try:
        return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite_float,
                          **options)
    except ValueError as error:
        # An integer too long for int() is the only plain ValueError the reader raises: its
        # errors (JSONDecodeError) and a hook's are subclasses, and pass on as they are.
        if type(error) is not ValueError:
            raise
        raise UnkeptNumber(f"a number more than {sys.get_int_max_str_digits():,} digits "
                           "long") from None


def _refuse_constant(name: str) -> object:
    raise UnkeptNumber(f"{name} is not a JSON number")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        shown = text if len(text) <= 40 else text[:37] + "..."
        raise UnkeptNumber(f"the number {shown} is too large to keep (it would be written back "
                           "as Infinity, which is not JSON)")
    return value
