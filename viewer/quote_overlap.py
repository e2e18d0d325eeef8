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
compared; nor are two that share only short words ("de la", "of the", "a la que") and one
longer word at most: those occur in any two sentences of a language, and aligning on them ran
the "shared stretch" over two different parts of a statement, every word between marked. A word
anchors an alignment when it has five characters or more, a digit, or a character of a script
written without spaces; two quotes share a stretch when they share two such words or a number,
or half the shorter quote's words, or the shorter quote is held whole in the other ("All is
well"). A
quote that shares no such stretch with any other says something else altogether and is marked
whole. Pure functions; no
Qt.
"""

from __future__ import annotations

from collections import Counter
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


def compare_first_quotes(quotes: Mapping[str, Sequence[str]]) -> dict[str, QuoteMarks]:
    """Per key (an article) with quotes, its first quote's marks: its words that clash with the
    quote of each other key sharing the most words with it, and those no quote of another key
    covers. An article quotes a statement in several pieces, each in its own order: its first
    quote is any piece (a headline's, the opening's), and compared with another article's first
    quote, another piece, words that matched nothing were marked as clashes, or greyed as
    quoted nowhere else though other articles quote them further on (a newcomer's report)."""
    tokens = {key: [tokenize(text) for text in texts] for key, texts in quotes.items()}
    vocabulary = {key: [Counter(quote.words) for quote in listed]
                  for key, listed in tokens.items()}
    aligned: dict[tuple[str, int, str, int], list[Block]] = {}
    """Each pair's alignment, made once: the first quotes of two articles are asked of each
    other from both sides."""
    result: dict[str, QuoteMarks] = {}
    for key, own_quotes in tokens.items():
        if not own_quotes:
            continue
        own = own_quotes[0].words
        own_counts = vocabulary[key][0]
        differ: set[int] = set()
        covered: set[int] = set()
        compared = others = False
        for other_key, theirs in tokens.items():
            if other_key == key:
                continue
            best: tuple[int, set[int]] | None = None
            for index, (quote, counts) in enumerate(zip(theirs, vocabulary[other_key],
                                                         strict=True)):
                if not quote.words:
                    continue
                others = True
                if not _may_share_a_stretch(own_counts, counts, len(own), len(quote.words)):
                    continue  # (aligning is the cost: 200 articles' pieces took seconds)
                # (aligned in one order whichever side asks, as `compare_quotes` does: difflib
                # breaks ties by its first sequence, and each card would pair other words)
                if key < other_key:
                    pair_key = (key, 0, other_key, index)
                    if pair_key not in aligned:
                        aligned[pair_key] = _matching_blocks(own, quote.words)
                    blocks = aligned[pair_key]
                else:
                    pair_key = (other_key, index, key, 0)
                    if pair_key not in aligned:
                        aligned[pair_key] = _matching_blocks(quote.words, own)
                    blocks = [Block(b, a, size) for a, b, size in aligned[pair_key]]
                pair = _against(own, quote.words, blocks)
                if pair is None:
                    continue
                covered |= pair[1]
                shared = sum(block.size for block in blocks)
                if best is None or shared > best[0]:
                    best = (shared, pair[0])
            if best is not None:
                compared = True
                differ |= best[1]
        count = len(own)
        if others and not compared:
            differ = covered = set(range(count))  # nothing in common with any other quote
        unquoted = set(range(count)) - covered if others else set()
        marked = own_quotes[0]
        result[key] = QuoteMarks(
            tuple((marked.starts[i], marked.ends[i]) for i in sorted(differ)),
            tuple((marked.starts[i], marked.ends[i]) for i in sorted(unquoted)))
    return result


def _may_share_a_stretch(own: Counter[str], other: Counter[str], own_length: int,
                         other_length: int) -> bool:
    """Whether two quotes (their words counted) could pass `_against`: the words they have in
    common, as many times as both have each, reach half the shorter quote, or hold an anchoring
    word or a number; else no alignment of them can."""
    common = own & other
    if not common:
        return False
    if 2 * sum(common.values()) >= min(own_length, other_length):
        return True
    return sum(count for word, count in common.items() if _anchors(word)) \
        >= ANCHORS_FOR_A_STRETCH or any(any(c.isdigit() for c in word) for word in common)


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
    shorter = min(len(own), len(other))
    if len(matched) < shorter and 2 * len(matched) < shorter \
            and sum(_anchors(own[i]) for i in matched) < ANCHORS_FOR_A_STRETCH \
            and not any(any(c.isdigit() for c in own[i]) for i in matched):
        # (short words in common, or one longer word and a few short ones -- "the", "of",
        # "Father" in two different sentences of one statement -- and no number: nothing says
        # they quote the same stretch, and aligned on them every word between was marked)
        return None
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


ANCHORS_FOR_A_STRETCH = 2
"""Two quotes share a stretch when they share this many anchoring words, half the shorter
one's words, or all of them."""
ANCHOR_MIN_CHARS = 5
"""A shared word this long (or with a digit, or in a script written without spaces) shows two
quotes quote the same stretch; shorter ones ("de", "la", "the", "that") occur anywhere."""


def _anchors(word: str) -> bool:
    return (len(word) >= ANCHOR_MIN_CHARS or any(c.isdigit() for c in word)
            or has_unspaced_character(word))
