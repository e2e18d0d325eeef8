"""Quotations longer than one pair of marks within a stray mark's reach: a statement printed over
several paragraphs in the press convention (each paragraph opening a mark, only the last closing
it), or with its later paragraphs unmarked, and a statement's paragraph quoted in one pair of
marks longer than `quotations.MAX_QUOTE_CHARS`.

Pure functions of one paragraph-flowed text and the quotations `viewer.engine.quotations` found
in single paragraphs, for `quotations.quoted_spans`. A stray mark may pair with another within
MAX_QUOTE_CHARS; beyond, the marks' places are the evidence: a mark opening its paragraph, a
sentence or a speech a colon introduces, or the paragraph's only two double marks.
"""

from __future__ import annotations

import re

from viewer.engine.mark_edges import (
    after_sentence_end,
    closes,
    introduced,
    paragraph_end,
    paragraph_start,
)

CONTINUED_PARAGRAPH_CHARS = 1000
"""The longest paragraph of a quotation printed over several paragraphs: a whole paragraph of
someone's words may be longer than `quotations.MAX_QUOTE_CHARS`, which bounds what a stray mark
quotes within a paragraph; here the mark opening each paragraph is the evidence
(`continued_quotations`)."""

UNMARKED_PARAGRAPHS = 6
"""The most paragraphs after a quotation's first, printed without opening marks, that its
closing mark may be found in (`continued_quotations`): a statement of a few paragraphs."""

SINGLE_CLOSING = re.compile("(?<=[\\w.,!?;:…])[’'](?!\\w)")
"""A single mark that closes a quotation: after a word or a sentence's punctuation, no letter
following it ("don’t" is no closing)."""
DOUBLE_CLOSINGS = "\"”»“」』"
"""Where a double-quoted stretch (`quotations.QUOTE`) can end."""
ANY_DOUBLE = re.compile("[\"“”„«»「」『』]")
"""Any double quotation mark."""
_NOT_SPACE = re.compile(r"\S")
_CLOSINGS_OF_PAIR = {"“": "”", "«": "»", "„": "“”", "「": "」", "『": "』", '"': '"”', "»": "«"}
"""The marks that may close what each opening mark opens where the two are their paragraph's only
double marks: its own closing one, and for a straight English or a German low mark the curly
English one too (a page that typed the first mark straight)."""


def continued_quotations(text: str, found: list[tuple[int, int]], unclosed: list[int],
                         cut_off: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The quotations `found` in single paragraphs and the page's `cut_off` one, with those
    printed over several paragraphs joined into one: an opening mark that QUOTE could not close
    (one of `unclosed`, ascending) and that stays open to its paragraph's end continues when the
    next paragraph opens with the same mark, up to the paragraph where that mark is closed; or,
    when the next paragraph opens with no mark, the first one `introduced`, up to the closing
    mark that comes first in a later paragraph with no mark before it
    (`_closed_after_unmarked_paragraphs`).

    Robust against stray marks: each paragraph must open with the mark and every paragraph but
    the last leave it open. Where no paragraph closes it (the next one opens with no mark, or
    with one that cannot be followed: a closing mark lost, the page cut off), a run of two
    paragraphs or more that keep the convention is quoted to its last paragraph's end, the
    convention being plain; a single paragraph left open is not (one stray mark, as on any
    line; the page's cut-off quotation aside). So a stray mark quotes at most the rest of its
    paragraph and what follows it in paragraphs that each open with the same mark.

    A mark opening its paragraph or a sentence, or following a colon, that the next mark in its
    paragraph closes is one quotation however long, up to CONTINUED_PARAGRAPH_CHARS: a
    statement's paragraph quoted in one pair of marks ('“...” the family said.', 'Conte wrote:
    «...»'), its opening as plain as above; a stray mark inside a sentence still quotes at most
    MAX_QUOTE_CHARS."""
    if not unclosed:
        return found + cut_off
    open_left = set(unclosed)
    joined: list[tuple[int, int]] = []
    for first in unclosed:
        if first not in open_left:
            continue  # a paragraph of a quotation joined already
        part = _quoted_part(text, first)
        if part is None:
            continue
        if part[1]:
            # (longer than MAX_QUOTE_CHARS, closed in its paragraph by the next mark: a
            # statement's quotation where the mark opens the paragraph or a sentence, or follows
            # a colon, as the paragraphs of a continued quotation do)
            # (where the paragraph goes on after it, only a mark that can close this one: not
            # the next quotation's opening, '... voted “yes”' past a closing mark lost)
            # (or, however far into a sentence it opens, the paragraph's only two double marks,
            # the second ending it: 'La sua morte "ha suscitato ... bene comune”.')
            if (paragraph_start(text, first) and paragraph_end(text, part[0] + 1)) or (
                    (introduced(text, first) or after_sentence_end(text, first))
                    and closes(text, first, part[0])) or _paragraph_pair(text, first, part[0]):
                joined.append((first + 1, part[0]))
            continue
        mark, at, end = text[first], first, part[0]
        while True:
            next_text = _NOT_SPACE.search(text, end)
            following = len(text) if next_text is None else next_text.start()
            part = (_quoted_part(text, following)
                    if following < len(text) and _same_opening(text[following], mark) else None)
            if part is None:
                if at != first:  # never closed: the run of paragraphs up to the last one's end
                    joined.append((first + 1, at + len(text[at:end].rstrip())))
                elif introduced(text, first):
                    closing = _closed_after_unmarked_paragraphs(text, first, end)
                    if closing is not None:
                        joined.append((first + 1, closing))
                break
            open_left.discard(following)
            if part[1]:
                joined.append((first + 1, part[0]))
                break
            at, end = following, part[0]
    if not joined:
        return found + cut_off
    # The single-paragraph quotation that closes one joined (and any cut-off end) lies in it.
    kept = [(s, e) for s, e in found + cut_off if not any(a <= s and e <= b for a, b in joined)]
    return sorted(kept + joined)


def continued_single_quotations(text: str, found: list[tuple[int, int]],
                                unclosed: list[int]) -> list[tuple[int, int]]:
    """The single-quoted stretches `found` in single paragraphs, with those printed over
    several paragraphs in the press convention joined into one, as `continued_quotations` does
    for double marks: British pages quote a statement of several paragraphs in single marks,
    ‘...\n\n‘...\n\n‘...’. An opening mark SINGLE_QUOTE could not close (one of `unclosed`,
    ascending: every mark it tried, apostrophes too) that no letter precedes and that stays
    open to its paragraph's end continues when the next paragraph opens with the same mark, up
    to the first closing mark (no letter after it) of a paragraph; a run of two paragraphs or
    more that no paragraph closes is quoted to its last paragraph's end. A paragraph that opens
    with the mark and ends with its closing one is quoted whole up to
    CONTINUED_PARAGRAPH_CHARS. An apostrophe inside or after a word opens nothing."""
    joined: list[tuple[int, int]] = []
    open_left = set(unclosed)
    for first in unclosed:
        if (first not in open_left or (first > 0 and text[first - 1].isalnum())
                or (joined and first < joined[-1][1])):
            continue  # (a mark inside a quotation joined already opens no second one)
        mark = text[first]
        # (looked for within reach only: a search to the end of a long paragraph for each
        # mark left open in it was quadratic)
        end = _line_end_within(text, first, CONTINUED_PARAGRAPH_CHARS)
        if end is None or first + 1 >= end or text[first + 1].isspace():
            continue
        closing = SINGLE_CLOSING.search(text, first + 1, end)
        if closing is not None:
            # (a paragraph quoted whole, longer than SINGLE_QUOTE reaches)
            if paragraph_start(text, first) and paragraph_end(text, closing.end()):
                joined.append((first + 1, closing.start()))
            continue
        at = first
        while True:
            next_text = _NOT_SPACE.search(text, end)
            following = len(text) if next_text is None else next_text.start()
            if following >= len(text) or text[following] != mark:
                if at != first:  # never closed: the run of paragraphs up to the last one's end
                    joined.append((first + 1, at + len(text[at:end].rstrip())))
                break
            open_left.discard(following)
            line_end = _line_end(text, following)
            closing = SINGLE_CLOSING.search(text, following + 1, line_end)
            if closing is not None:
                joined.append((first + 1, closing.start()))
                break
            if line_end - following > CONTINUED_PARAGRAPH_CHARS:
                break
            at, end = following, line_end
    if not joined:
        return found
    kept = [(s, e) for s, e in found if not any(a <= s and e <= b for a, b in joined)]
    return sorted(kept + joined)


def _paragraph_pair(text: str, opening: int, closing: int) -> bool:
    """Whether the marks at `opening` and `closing` are the only double quotation marks of their
    paragraph, the second closing the first (`_CLOSINGS_OF_PAIR`, right after a word or the
    quotation's punctuation, or a space in French « ... ») and ending the paragraph: one quotation,
    however far into a sentence it opens ('La sua morte "ha suscitato ... bene comune”.'; not '...
    called it “...” in the end', a stray mark's reach inside a sentence). A paragraph longer than
    two CONTINUED_PARAGRAPH_CHARS around the two is not read."""
    start = text.rfind("\n", max(0, opening - CONTINUED_PARAGRAPH_CHARS), opening) + 1
    if start == 0 and opening > CONTINUED_PARAGRAPH_CHARS:
        return False
    end = _line_end_within(text, closing, CONTINUED_PARAGRAPH_CHARS)
    if end is None or len(ANY_DOUBLE.findall(text, start, end)) != 2:
        return False
    # (French sets its guillemets apart with spaces: « ... »)
    return (text[closing] in _CLOSINGS_OF_PAIR.get(text[opening], "")
            and (not text[closing - 1].isspace() or text[opening] == "«")
            and paragraph_end(text, closing + 1))


def _line_end(text: str, at: int) -> int:
    """The line break ending the paragraph `at` is in (or the text's end)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _line_end_within(text: str, at: int, reach: int) -> int | None:
    """`_line_end(text, at)` if at most `reach` characters after `at`, else None; read no
    further."""
    end = text.find("\n", at, at + reach + 1)
    if end >= 0:
        return end
    return len(text) if len(text) - at <= reach else None


def _closed_after_unmarked_paragraphs(text: str, opened: int, end: int) -> int | None:
    """Where a quotation left open at its paragraph's `end` closes when the paragraphs after it
    carry no quotation mark of their own (the page printed the statement's later paragraphs
    without the convention's opening marks): the closing mark that is the first double mark of
    a following paragraph, within UNMARKED_PARAGRAPHS paragraphs of at most
    CONTINUED_PARAGRAPH_CHARS each; or the text's end, where the page ends after one unmarked
    paragraph or more before a mark closes it and no mark stands in the quotation's first
    paragraph after the one at `opened` (a statement printed last, its closing mark lost or
    the page cut off; '“... get married!’ she said.' closes with the wrong mark, and the
    story goes on after it); None where another mark comes first (an opening one: a new
    quotation, so the first was a stray mark) or no paragraph closes it in reach."""
    at = end
    for paragraphs in range(UNMARKED_PARAGRAPHS + 1):
        start = _NOT_SPACE.search(text, at)
        if start is None:
            unmarked = (ANY_DOUBLE.search(text, opened + 1, end) is None
                        and SINGLE_CLOSING.search(text, opened + 1, end) is None)
            return len(text.rstrip()) if paragraphs and unmarked else None
        if paragraphs == UNMARKED_PARAGRAPHS:
            return None
        line_end = text.find("\n", start.start())
        line_end = len(text) if line_end < 0 else line_end
        mark = ANY_DOUBLE.search(text, start.start(), line_end)
        if mark is None:
            if line_end - start.start() > CONTINUED_PARAGRAPH_CHARS:
                return None
            at = line_end
            continue
        place = mark.start()
        closes = text[place] in "”»」』" or (
            text[place] == '"' and place > start.start() and not text[place - 1].isspace())
        return place if closes and place - start.start() <= CONTINUED_PARAGRAPH_CHARS else None
    return None


def _same_opening(mark: str, other: str) -> bool:
    """Whether two opening marks open one quotation's paragraphs: the same, or a straight and a
    curly English one (a page's first paragraph typed '"', the next ones '“')."""
    return mark == other or {mark, other} == _ENGLISH_OPENINGS


_ENGLISH_OPENINGS = {'"', "“"}


def _quoted_part(text: str, mark: int) -> tuple[int, bool] | None:
    """Where the text an opening quotation `mark` opens ends in the mark's paragraph, and
    whether a closing mark ends it there (else the paragraph's end, its line break, does);
    None if another opening mark comes first, the text is empty or over
    CONTINUED_PARAGRAPH_CHARS, or a straight mark stands before a space or the paragraph's end
    (it closes, not opens)."""
    after = mark + 1
    # (read no further than CONTINUED_PARAGRAPH_CHARS: beyond, the quotation is too long
    # whatever ends it, and a search to the end of a long paragraph for each mark left open in
    # it was quadratic)
    end = _line_end_within(text, after, CONTINUED_PARAGRAPH_CHARS)
    if end is None:
        end = after + CONTINUED_PARAGRAPH_CHARS + 1
    if text[mark] == '"' and (after >= end or text[after].isspace()):
        return None
    other = ANY_DOUBLE.search(text, after, end)
    stop = end if other is None else other.start()
    if stop - after > CONTINUED_PARAGRAPH_CHARS or not text[after:stop].strip() or (
            other is not None and text[stop] not in DOUBLE_CLOSINGS):
        return None
    return stop, other is not None
