"""`json.dumps(value, indent=1, ensure_ascii=True)`, byte for byte, in a fraction of its time.

The standard library runs its C encoder only without indentation: with `indent` every value
goes through its pure-Python encoder, generator upon generator. `parallax align --json` writes
indented JSON (its contract), one line per number of every difference, so that encoder took
most of a second at 5,000 articles. Here the layout is made by one recursive function with
the same separators and indentation, and every string is escaped by the same C function the
standard library uses; lists of plain numbers (the differences) are laid out in one join.
A `LazyItems` array makes its items one at a time while it is written, so that the objects of a
large document are never all alive at once (the garbage collector's full passes over them cost
more the more there are).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from json.encoder import encode_basestring_ascii
from typing import Any

_INDENT = " "


@dataclass(frozen=True)
class LazyItems:
    """A JSON array of `count` items, item i being `make(i)`, made when it is written."""

    count: int
    make: Callable[[int], Any]


@dataclass(frozen=True)
class Indented:
    """A value that writes its own JSON text: `text(level)` is what `dumps_indented` would
    write for it at nesting `level` (a caller's fast path for objects it writes by the
    thousand; it is the caller's to keep the two equal)."""

    text: Callable[[int], str]


def dumps_indented(value: Any, level: int = 0) -> str:
    """The text of `json.dumps(value, indent=1, ensure_ascii=True)` for dicts with string keys,
    lists, tuples, strings, ints, floats, booleans and None; anything else is a TypeError (as
    in `json.dumps`, which would also turn number keys into strings: the contract has none).
    With `level`, the text `value` has nested that deep in a larger value."""
    return "".join(indented_parts(value, level))


def indented_parts(value: Any, level: int = 0) -> list[str]:
    """`dumps_indented(value, level)` in the pieces it is joined from (a caller that writes
    them out one by one never holds a second copy of a large text)."""
    parts: list[str] = []
    _encode(value, level, parts)
    return parts


def _encode(value: Any, level: int, parts: list[str]) -> None:
    if isinstance(value, str):
        parts.append(encode_basestring_ascii(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(_float(value))
    elif isinstance(value, (list, tuple)):
        _encode_list(value, level, parts)
    elif isinstance(value, dict):
        _encode_dict(value, level, parts)
    elif isinstance(value, LazyItems):
        _encode_lazy(value, level, parts)
    elif isinstance(value, Indented):
        parts.append(value.text(level))
    else:
        raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


def _encode_list(items: list[Any] | tuple[Any, ...], level: int, parts: list[str]) -> None:
    if not items:
        parts.append("[]")
        return
    inner = "\n" + _INDENT * (level + 1)
    close = "\n" + _INDENT * level + "]"
    if all(type(item) is int for item in items):
        parts.append("[" + inner + ("," + inner).join(map(int.__repr__, items)) + close)
        return
    parts.append("[" + inner)
    for index, item in enumerate(items):
        if index:
            parts.append("," + inner)
        kind = type(item)
        if kind is str:
            parts.append(encode_basestring_ascii(item))
        elif kind is Indented:  # (thousands of a caller's objects: no chain of type tests)
            parts.append(item.text(level + 1))
        elif kind is list and item and all(type(number) is int for number in item):
            # A list of plain numbers (a difference's [start, end]) in one join.
            deeper = inner + _INDENT
            parts.append("[" + deeper + ("," + deeper).join(map(int.__repr__, item)) + inner
                         + "]")
        else:
            _encode(item, level + 1, parts)
    parts.append(close)


def _encode_lazy(items: LazyItems, level: int, parts: list[str]) -> None:
    """As `_encode_list` lays out a list of the items (objects and arrays: no all-number
    shortcut applies to them)."""
    if not items.count:
        parts.append("[]")
        return
    inner = "\n" + _INDENT * (level + 1)
    parts.append("[" + inner)
    for index in range(items.count):
        if index:
            parts.append("," + inner)
        _encode(items.make(index), level + 1, parts)
    parts.append("\n" + _INDENT * level + "]")


def _encode_dict(items: dict[Any, Any], level: int, parts: list[str]) -> None:
    if not items:
        parts.append("{}")
        return
    inner = "\n" + _INDENT * (level + 1)
    separator = "{" + inner
    for key, item in items.items():
        if type(key) is not str and not isinstance(key, str):
            raise TypeError(f"keys must be str, not {type(key).__name__}")
        kind = type(item)
        # Strings and plain numbers (most values) go out with their key in one piece.
        if kind is str:
            parts.append(separator + encode_basestring_ascii(key) + ": "
                         + encode_basestring_ascii(item))
        elif kind is int:
            parts.append(separator + encode_basestring_ascii(key) + ": " + int.__repr__(item))
        else:
            parts.append(separator + encode_basestring_ascii(key) + ": ")
            _encode(item, level + 1, parts)
        separator = "," + inner
    parts.append("\n" + _INDENT * level + "}")


def _float(value: float) -> str:
    """As the standard library writes a float (allow_nan: NaN and infinities as JavaScript)."""
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)
