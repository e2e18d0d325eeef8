"""How the quotes of one claim line up: for each quote, the words that clash with another
quote of the same stretch, and the words no other quote covers ("not quoted here").

Outlets quote different lengths of one statement: one gives four words of a sixty-word
statement, another the whole of it. Comparing every word of the long quote with the fragment
marked nearly all of it as a difference. So two quotes are compared only over the stretch they
share: they are aligned word by word (the engine's normal forms, difflib's matching blocks),
the stretch runs from their first to their last common word, and inside it every word of one
that the other does not have is a difference ("80" against "8", a word one of them leaves out).
Past the shared stretch, where both quotes go on in the same direction they still quote the
same statement side by side: the words next to the shared stretch are paired off from it
outwards ("aged 60" against "and 60": "aged" and "and" clash). What only the longer quote goes on
with has nothing to be compared with: it is not quoted by the other.

Over several quotes, a word is a clash if it clashes with any other quote, and "not quoted
here" only when no other quote covers it (a word the middle-length quote also has is an
ordinary shared word, whatever the shortest quote left out). Two quotes with no word in common
have nothing to align them by (they may quote different parts of the statement) and are not
compared; nor are two that share only short words ("de la", "of the", "a la que"): those occur
in any two sentences of a language, and aligning on them ran the "shared stretch" over two
different parts of a statement, every word between marked. A word anchors an alignment when it
has five characters or more, a digit, or a character of a script written without spaces; or
the shorter quote is held whole in the other ("All is well"). A quote that shares no anchored
stretch with any other says something else altogether and is marked whole. Pure functions; no
Qt.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import NamedTuple

from viewer.normalize import tokenize
from viewer.unspaced_scripts import has_unspaced_character

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class QuoteMarks:
    differ: Spans = ()
    """Spans of the quote's words that differ from another quote of the same stretch."""
    unquoted: Spans = ()
    """Spans of the quote's words that no other quote covers."""


def compare_quotes(quotes: Mapping[str, str]) -> dict[str, QuoteMarks]:
    """Per quote (key -> text), its differing and unquoted words (see the module docstring).
    A quote alone (no other to compare with) has neither."""
    tokens = {key: tokenize(text) for key, text in quotes.items()}
    keys = sorted(tokens)  # (so the marks do not hang on the order the articles are shown in)
    # One alignment per pair, read from either side: difflib breaks ties between equally long
    # matches by the first sequence's order, so aligning each way round could pair the quotes
    # on different words ("the" one way, "will" the other) and mark words without counterparts.
    blocks: dict[tuple[str, str], list[Block]] = {}
    for i, key in enumerate(keys):
        for other_key in keys[i + 1:]:
            found = _matching_blocks(tokens[key].words, tokens[other_key].words)
            blocks[key, other_key] = found
            blocks[other_key, key] = [Block(b, a, size) for a, b, size in found]
    result: dict[str, QuoteMarks] = {}
    for key, own in tokens.items():
        count = len(own.words)
        differ: set[int] = set()
        covered: set[int] = set()
        compared = False
        for other_key, other in tokens.items():
            if other_key == key or not other.words:
                continue
            pair = _against(own.words, other.words, blocks[key, other_key])
            if pair is None:
                continue
            compared = True
            differ |= pair[0]
            covered |= pair[1]
        others = any(k != key and t.words for k, t in tokens.items())
        if others and not compared:
            differ = set(range(count))  # nothing in common with any other quote
            covered = differ
        unquoted = set(range(count)) - covered if others else set()
        result[key] = QuoteMarks(
            tuple((own.starts[i], own.ends[i]) for i in sorted(differ)),
            tuple((own.starts[i], own.ends[i]) for i in sorted(unquoted)))
    return result


class Block(NamedTuple):
    """A run both quotes hold: at word `a` of one, word `b` of the other, `size` words."""

    a: int
    b: int
    size: int


def _matching_blocks(own: Sequence[str], other: Sequence[str]) -> list[Block]:
    return [Block(b.a, b.b, b.size) for b in SequenceMatcher(
        None, own, other, autojunk=False).get_matching_blocks() if b.size]


def _against(own: Sequence[str], other: Sequence[str],
             blocks: list[Block]) -> tuple[set[int], set[int]] | None:
    """(indexes of `own`'s words that differ from `other`, indexes `other` covers), given the
    runs they share (`blocks`, in order), or None when the two have no word in common."""
    if not blocks:
        return None
    matched = {i for b in blocks for i in range(b.a, b.a + b.size)}
    if len(matched) < min(len(own), len(other)) and not any(_anchors(own[i]) for i in matched):
        return None  # only short words in common: nothing says they quote the same stretch
    first, last = blocks[0], blocks[-1]
    own_end, other_end = last.a + last.size, last.b + last.size
    # Inside the shared stretch: every word the other does not have.
    differ = set(range(first.a, own_end)) - matched
    # Before and after it: as many words as the other also has on that side, nearest first.
    before = min(first.a, first.b)
    after = min(len(own) - own_end, len(other) - other_end)
    differ |= set(range(first.a - before, first.a))
    differ |= set(range(own_end, own_end + after))
    covered = set(range(first.a - before, own_end + after))
    return differ, covered


ANCHOR_MIN_CHARS = 5
"""A shared word this long (or with a digit, or in a script written without spaces) shows two
quotes quote the same stretch; shorter ones ("de", "la", "the", "that") occur anywhere."""


def _anchors(word: str) -> bool:
    return (len(word) >= ANCHOR_MIN_CHARS or any(c.isdigit() for c in word)
            or has_unspaced_character(word))
