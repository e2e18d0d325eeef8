"""The reference a statement's occurrences are aligned against, and how far it reaches.

Used by the align stage (`viewer.engine.align`): of the nearly longest occurrences, the one most
outlets print (`main_reading`), from its first sentence or clause start (`from_clause_start`),
grown by the words another occurrence writes right before or after it (`grown_reference`), but
not by an attribution one outlet alone writes there ("King Charles says") nor by words it
already holds (a piece printed in another order, which `viewer.engine.moved_pieces` aligns
where the reference has it). Pure functions.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from viewer.engine import reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.breaks import SENTENCE_BREAK
from viewer.engine.consensus import Alignment, Window
from viewer.engine.document_view import DocumentView
from viewer.engine.moved_pieces import MOVED_MIN_WORDS
from viewer.engine.quotes import LEAD_IN_WORDS

MAIN_READING_SHARE = 0.75
"""The reference is the occurrence printed by the most outlets among those at least this share
of the longest one's length (then the longest)."""


def main_reading(longest: Window, windows: Sequence[Window], weights: Sequence[int]
                  ) -> Window:
    """The occurrence the others are aligned against: of the nearly longest ones, the one most
    outlets print, so that words one outlet adds before or after the statement are its own
    rather than the reading the others are measured against."""
    size = longest.end - longest.first
    best, best_key = longest, (0, 0, 0, 0)
    for window, weight in zip(windows, weights, strict=True):
        length = window.end - window.first
        if length >= MAIN_READING_SHARE * size:
            key = (weight, length, -window.view.index, -window.first)
            if key > best_key:
                best, best_key = window, key
    return best


def grown_reference(longest: Window, windows: Sequence[Window], alignments: list[Alignment],
                    weights: Sequence[int]) -> list[Window]:
    """The longest occurrence with the longest run of words any occurrence carries before its
    first word, and after its last (A-B share x, B-C share an overlapping y: the statement is
    x and y). Only an occurrence that writes those words right next to the reference's own
    first (last) word grows it, so the consensus runs on as some outlet wrote it; words
    grown before it start where a sentence or clause does (see `from_clause_start`). A few
    words with a reporting word that one outlet alone writes there ("King Charles says") are
    its attribution; `weights` counts the outlets each (distinct) window stands for."""
    lead: Window | None = None
    trail: Window | None = None
    length = longest.end - longest.first
    # The occurrence must join with the reference's first (last) words, not one of them: a
    # "the" of its own lead-in matched to the statement's first word grows nothing.
    edge = min(EDGE_WORDS, length)
    first_words = longest.view.hashes[longest.first : longest.first + edge]
    last_words = longest.view.hashes[longest.end - edge : longest.end]
    for window, alignment, weight in zip(windows, alignments, weights, strict=True):
        if not len(alignment.at_position):
            continue
        alone = weight < 2
        first, end = alignment.leading
        if (alignment.low == 0 and end > first and int(alignment.at_position[0]) == 0
                and int(alignment.at_token[0]) == end
                and np.array_equal(window.view.hashes[end : end + len(first_words)],
                                   first_words)):
            candidate = from_clause_start(Window(window.view, first, end), whole=False)
            if candidate.end > candidate.first and not (alone and _attribution(candidate)) and (
                    lead is None or candidate.end - candidate.first > lead.end - lead.first):
                lead = candidate
        first, end = alignment.trailing
        if (alignment.high == length and end > first
                and int(alignment.at_position[-1]) == length - 1
                and int(alignment.at_token[-1]) == first - 1
                and np.array_equal(window.view.hashes[max(0, first - len(last_words)) : first],
                                   last_words)
                and (trail is None or end - first > trail.end - trail.first)
                and not (alone and _attribution(Window(window.view, first, end)))):
            trail = Window(window.view, first, end)
    # Words the reference already holds are a piece printed in another order
    # (`viewer.engine.moved_pieces` aligns them there), not more of the statement.
    if lead is not None and _same_piece(lead, longest):
        lead = None
    if trail is not None and _same_piece(trail, longest):
        trail = None
    if lead is not None and trail is not None and _same_piece(lead, trail):
        # One outlet prints it before the statement, another after: one piece in another
        # order (`viewer.engine.moved_pieces` aligns it), held once.
        if lead.end - lead.first > trail.end - trail.first:
            trail = None
        else:
            lead = None
    return [w for w in (lead, longest, trail) if w is not None]


def _attribution(window: Window) -> bool:
    """Whether words an outlet prints right before (after) the statement are its attribution,
    not more of the statement: a few words holding a reporting word ("King Charles says",
    "..., she said")."""
    return (window.end - window.first <= LEAD_IN_WORDS
            and bool(in_sorted(window.view.hashes[window.first : window.end],
                               reporting.ATTRIBUTION).any()))


def _same_piece(one: Window, other: Window) -> bool:
    """Whether two stretches of MOVED_MIN_WORDS or more words share at least half of the
    shorter one's runs of three words (shorter ones are phrases, not pieces moved)."""
    if min(one.end - one.first, other.end - other.first) < MOVED_MIN_WORDS:
        return False

    def runs(window: Window) -> set[bytes]:
        words = window.view.hashes[window.first : window.end]
        return {words[k : k + 3].tobytes() for k in range(len(words) - 2)}
    mine, theirs = runs(one), runs(other)
    return bool(mine and theirs) and 2 * len(mine & theirs) >= min(len(mine), len(theirs))


EDGE_WORDS = 2
"""Words grown before (after) the reference come from an occurrence that writes them right
before (after) the reference's first (last) this many words."""
CLAUSE_START_WORDS = 8
"""A consensus that would start mid-clause starts at the next sentence or clause start when it
is at most this many words in."""


def from_clause_start(window: Window, whole: bool = True) -> Window:
    """`window` from its first word that starts a sentence or clause (after a line break, a
    sentence end, a clause mark or a quotation mark), when the first one does not and one of
    the next CLAUSE_START_WORDS does and leaves words after it (more than it leaves out of a
    whole statement); otherwise `window` itself, or with `whole=False` (words grown before the
    statement) nothing."""
    view, first, end = window
    if _starts_clause(view, first):
        return window
    reach = min(end, first + CLAUSE_START_WORDS + 1)
    if whole:
        # (never to a last clause shorter than what it would leave out: a statement that is
        # itself the end of a sentence, "evenly distributed through the population, but
        # opportunity is not", has no lead-in to drop)
        reach = min(reach, (first + end + 1) // 2)
    for at in range(first + 1, reach):
        if _starts_clause(view, at):
            return Window(view, at, end)
    return window if whole else Window(view, end, end)


_CLAUSE_MARKS = frozenset(",;:—–“„«「『")


def _starts_clause(view: DocumentView, at: int) -> bool:
    """Whether token `at` starts a sentence, a line, or a clause after a comma, semicolon,
    colon, dash or opening quotation mark (not one inside brackets)."""
    if at == 0:
        return True
    gap = view.reading(view.ends[at - 1], view.starts[at])
    if gap.rstrip().endswith(("(", "[")):
        return False
    return (bool(view.gaps[at] & SENTENCE_BREAK) or not _CLAUSE_MARKS.isdisjoint(gap)
            or gap.endswith('"'))
