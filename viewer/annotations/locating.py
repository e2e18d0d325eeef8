"""Find a quote in a text: at its old position, elsewhere with the best context, or fuzzily.

`locate` is the re-anchoring order for one quote (see `anchoring`): the stored position still
holds the exact quote -> anchored; the exact quote elsewhere, best prefix/suffix context, ties
nearest the old position -> moved; a fuzzy match (diff-match-patch `match_main`, old position as
the hint, bounded error) -> fuzzy; otherwise None. Pure functions; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import AnchorStatus

if TYPE_CHECKING:
    from diff_match_patch import diff_match_patch

MAX_FUZZY_ERROR = 0.25
"""A fuzzy match may differ from the quote by at most this share of its length (edit distance)."""
_BITAP_BITS = 32
"""diff-match-patch's `Match_MaxBits`: the longest pattern `match_main` accepts."""
_MAX_OCCURRENCES = 10_000
"""Occurrences of a quote examined when choosing the best context (guards tiny quotes)."""


@dataclass(frozen=True)
class AnchorResult:
    """Where a span stands in a text now."""

    status: AnchorStatus
    start: int
    end: int



def locate(text: str, exact: str, prefix: str, suffix: str, start: int) -> AnchorResult | None:
    """Where the quote `exact` (last seen at `start`) stands in `text` now, or None (orphaned)."""
    if not exact:
        return None
    end = start + len(exact)
    if start >= 0 and end <= len(text) and text.startswith(exact, start):
        return AnchorResult(AnchorStatus.ANCHORED, start, end)
    moved = _best_exact_occurrence(text, exact, prefix, suffix, start)
    if moved is not None:
        return AnchorResult(AnchorStatus.MOVED, moved, moved + len(exact))
    fuzzy = fuzzy_find(text, exact, start, prefix=prefix, suffix=suffix)
    if fuzzy is not None:
        return AnchorResult(AnchorStatus.FUZZY, fuzzy[0], fuzzy[1])
    return None


def in_full_context(text: str, exact: str, prefix: str, suffix: str) -> bool:
    """Whether the quote `exact` stands somewhere in `text` with the whole of its stored
    `prefix` and `suffix` around it: the strict test by which an annotation is told to be on
    these words rather than on another outlet's copy of the passage. A `str.find` and a
    comparison per occurrence, cheap enough to run over many articles before anything
    costlier (a fuzzy search in each)."""
    wanted = len(prefix) + len(suffix)
    position = text.find(exact)
    seen = 0
    while position >= 0 and seen < _MAX_OCCURRENCES:
        if _context_score(text, position, position + len(exact), prefix, suffix) == wanted:
            return True
        position = text.find(exact, position + 1)
        seen += 1
    return False


def stands_where_recorded(text: str, exact: str, prefix: str, suffix: str, start: int) -> bool:
    """Whether `text` holds the quote `exact` at `start`, where it was recorded, with the whole
    of its stored `prefix` and `suffix` around it: the words of the file it was made on, at
    the same place -- that file renamed, moved or copied unchanged, not another outlet's copy
    of the passage (which stands at another place in another page)."""
    end = start + len(exact)
    return (bool(exact) and start >= len(prefix) and text.startswith(exact, start)
            and text.startswith(prefix, start - len(prefix))
            and text.startswith(suffix, end))


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the stored prefix and suffix surround text[start:end] now."""
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    return _common_suffix(before, prefix) + _common_prefix(after, suffix)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _best_exact_occurrence(text: str, exact: str, prefix: str, suffix: str,
                           old_start: int) -> int | None:
    best: tuple[int, int, int] | None = None  # (-score, distance, position): smallest wins
    position = text.find(exact)
    seen = 0
    while position >= 0 and seen < _MAX_OCCURRENCES:
        score = _context_score(text, position, position + len(exact), prefix, suffix)
        key = (-score, abs(position - old_start), position)
        if best is None or key < best:
            best = key
        position = text.find(exact, position + 1)
        seen += 1
    return best[2] if best else None


def _matcher() -> diff_match_patch:
    # Imported here: only annotations whose text moved need fuzzy matching, and the window
    # starts faster without it.
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.4
    # Edits before the span shift it; allow the match to wander a few thousand characters.
    dmp.Match_Distance = 5000
    dmp.Diff_Timeout = 0.2
    return dmp


def fuzzy_find(text: str, exact: str, hint: int, *, prefix: str = "", suffix: str = ""
               ) -> tuple[int, int] | None:
    """(start, end) of the stretch of `text` most like `exact` near `hint`, or None.

    `match_main` accepts patterns of at most 32 characters, so a longer quote is looked for by
    its head and by its tail; the stretch between them is then checked as a whole. A candidate
    is accepted only when its edit distance to `exact` is within MAX_FUZZY_ERROR of its length.
    A quote that began (ended) on a word boundary is widened to whole words, since a character
    diff cannot tell "a total" -> "in total" from "a total" -> "n total".
    """
    if not text or not exact:
        return None
    dmp = _matcher()
    hint = max(0, min(hint, len(text)))
    n = len(exact)
    slack = max(8, n // 4)
    candidates: list[tuple[int, int]] = []
    if n <= _BITAP_BITS:
        start = dmp.match_main(text, exact, hint)
        if start >= 0:
            candidates.append(_trim_span(dmp, text, exact, start, start + n + slack))
    else:
        head, tail = exact[:_BITAP_BITS], exact[-_BITAP_BITS:]
        head_at = dmp.match_main(text, head, hint)
        tail_at = dmp.match_main(text, tail, hint + n - _BITAP_BITS)
        # match_main gives where a match starts; where it ends (insertions, deletions) comes
        # from diffing the window, which also trims text outside the quote.
        if head_at >= 0 and tail_at >= 0 and tail_at + _BITAP_BITS > head_at:
            candidates.append(
                _trim_span(dmp, text, exact, head_at, tail_at + _BITAP_BITS + slack))
        if head_at >= 0:
            candidates.append(_trim_span(dmp, text, exact, head_at, head_at + n + slack))
        if tail_at >= 0:
            candidates.append(_trim_span(dmp, text, exact, tail_at - (n - _BITAP_BITS) - slack,
                                         tail_at + _BITAP_BITS + slack))
    best: tuple[int, int, int, int] | None = None  # (distance, distance to hint, start, end)
    for start, end in candidates:
        start, end = _snap_to_words(text, start, end, exact, prefix, suffix)
        if end <= start:
            continue
        distance = _edit_distance(dmp, exact, text[start:end])
        if distance > MAX_FUZZY_ERROR * n:
            continue
        key = (distance, abs(start - hint), start, end)
        if best is None or key < best:
            best = key
    return (best[2], best[3]) if best is not None else None


def _snap_to_words(text: str, start: int, end: int, exact: str, prefix: str, suffix: str
                   ) -> tuple[int, int]:
    limit = 32  # never swallow more than a long word
    if exact[0].isalnum() and not (prefix and prefix[-1].isalnum()):
        floor = max(0, start - limit)
        while start > floor and text[start - 1].isalnum():
            start -= 1
    if exact[-1].isalnum() and not (suffix and suffix[0].isalnum()):
        ceiling = min(len(text), end + limit)
        while end < ceiling and text[end].isalnum():
            end += 1
    return start, end


def _trim_span(dmp: diff_match_patch, text: str, exact: str, start: int, end: int
               ) -> tuple[int, int]:
    """Shrink the window text[start:end] to the part aligned with `exact` by a character diff."""
    start = max(0, start)
    end = min(len(text), end)
    window = text[start:end]
    diffs = dmp.diff_main(exact, window, False)
    # Leading or trailing insertions are window text outside the quote.
    lead = diffs[0][1] if diffs and diffs[0][0] == dmp.DIFF_INSERT else ""
    trail = diffs[-1][1] if len(diffs) > 1 and diffs[-1][0] == dmp.DIFF_INSERT else ""
    return start + len(lead), end - len(trail)


def _edit_distance(dmp: diff_match_patch, a: str, b: str) -> int:
    return int(dmp.diff_levenshtein(dmp.diff_main(a, b, False)))
