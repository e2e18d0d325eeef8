"""Where a text quotes: its stretches inside double quotation marks (one paragraph, or several
in the press convention), inside single ones that lie outside every double-quoted stretch,
inside Dutch ,,...’’, speech a paragraph opens with a dash (`viewer.engine.dash_quotes`), and one
the page cuts off at the end; as character spans, then as token ranges.

A quotation printed over several paragraphs opens a quotation mark at each paragraph's start
and closes only at the last one's (`continued_quotations`): one quotation, from the first
opening mark to the closing one (a straight English mark and a curly one open alike: a page
types the first '"', the later '“'). Some pages print the later paragraphs without their opening
marks: a quotation opened at a paragraph's start (or after a colon) and left open there, whose
following paragraphs carry no quotation mark until one closes it, is one quotation too.

Pure functions of one text and its tokens. The tokeniser finds every document's quotations
while it has the document's paragraphs at hand (`viewer.engine.tokens`, in the worker
processes for a large corpus), so no stage unwraps and searches the texts a second time; the
fragment and clustering stages read them as `TokenisedCorpus.quote_first` / `quote_end`
(`viewer.engine.fragments.quoted_token_ranges`).
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine.apostrophe_marks import with_apostrophe_marks
from viewer.engine.dash_quotes import dash_quotations
from viewer.engine.mark_edges import (
    after_sentence_end,
    closes,
    introduced,
    paragraph_end,
    paragraph_start,
)
from viewer.engine.unopened_quotes import unopened_quotations

MAX_QUOTE_CHARS = 600
"""The longest quotation within a paragraph: a paragraph of a statement quoted in one pair of
marks, four or five sentences, fits (and the attribution after it, '..." poursuit le
communiqué'); a stray mark pairs with another no further away."""
CONTINUED_PARAGRAPH_CHARS = 1000
"""The longest paragraph of a quotation printed over several paragraphs: a whole paragraph of
someone's words may be longer than MAX_QUOTE_CHARS, which bounds what a stray mark quotes within
a paragraph; here the mark opening each paragraph is the evidence (`continued_quotations`)."""

UNMARKED_PARAGRAPHS = 6
"""The most paragraphs after a quotation's first, printed without opening marks, that its
closing mark may be found in (`continued_quotations`): a statement of a few paragraphs."""

QUOTE = re.compile(
    "[\"“„«「『]([^\"“”„«»「」『』\n]{1," + str(MAX_QUOTE_CHARS) + "})[\"”»“」』]"
    "|»(?=[^\\s«»])([^\"“”„«»「」『』\n]{1," + str(MAX_QUOTE_CHARS) + "})(?<=[^\\s«»])«"
    "|(?<=[\\s'’])»(?=[^\\s«»])([^\"“”„«»「」『』\n]{1," + str(MAX_QUOTE_CHARS)
    + "})(?<=[^\\s«»])\\s»")
"""A quotation in double quotation marks (any style), within one paragraph; group 1 is its
text, or group 2 for German's »...«: no space inside either mark, which tells it from French
« ... » (and from the » that opens each later paragraph of a French quotation); or group 3 for
French written with its opening mark turned round, "partager l' »émotion de toute une nation »"
(after a space or an apostrophe, none after it, and a space before the closing one)."""
SINGLE_QUOTE = re.compile(
    "([‘'])(?<!\\w[‘'])((?:[^‘’'\n]|[’'](?=\\w)){1," + str(MAX_QUOTE_CHARS)
    + "}?[\\w.,!?;:…])[’'](?!\\w)")
"""A quotation in single quotes (British headlines: ‘Flying water tankers’, 'darkest days';
British body text: ‘We are all devastated,’ she said): opened where no letter precedes, closed
after a word or the quotation's own punctuation where no letter follows, so an apostrophe inside
a word ("Ardern’s", "don't") neither opens nor closes one; group 2 is its text. (The opening mark
comes first in the pattern and the letter before it is checked after: a pattern starting with a
look-behind is tried at every character of the text, three times slower.)"""
_SINGLE_CLOSING = re.compile("(?<=[\\w.,!?;:…])[’'](?!\\w)")
"""A single mark that closes a quotation: after a word or a sentence's punctuation, no letter
following it ("don’t" is no closing)."""
_DOUBLE_OPENINGS = "\"“„«「『»"
"""Where a match of QUOTE can start."""
_DOUBLE_CLOSINGS = "\"”»“」』"
"""Where a match of QUOTE can end."""
_SINGLE_OPENINGS = "‘'"
"""Where a match of SINGLE_QUOTE can start."""
_ANY_DOUBLE = re.compile("[\"“”„«»「」『』]")
DUTCH_QUOTE = re.compile(
    ",,(?=\\S)([^\"“”„«»「」『』\n]{1," + str(MAX_QUOTE_CHARS) + "}?)(?:’’|''|”)")
"""A quotation as Dutch papers print it, ,,...’’ (two commas open it, two apostrophes or a
closing mark close it), within one paragraph; group 1 is its text."""
_NOT_SPACE = re.compile(r"\S")


def quoted_spans(flowed: str, body_start: int) -> list[tuple[int, int]]:
    """Character spans [start, end) of the quotations in `flowed[body_start:]`, in order.

    `flowed` is the text with its line wraps as spaces (`viewer.wrapping.unwrapped`): a
    quotation running over a hard-wrapped line is still one quotation."""
    flowed = with_apostrophe_marks(flowed)
    tried: list[int] = []
    found = [m.span(next(group for group in (1, 2, 3) if m.group(group) is not None))
             for m in _matches(QUOTE, _DOUBLE_OPENINGS, flowed, body_start, tried)]
    # (a » QUOTE could not close is a French closing mark or a paragraph's continuation mark,
    # no opening of a quotation over several paragraphs)
    tried = [at for at in tried if flowed[at] != "»"]
    found = continued_quotations(flowed, found, tried,
                                 cut_off_quotation(flowed, body_start))
    single_tried: list[int] = []
    single = continued_single_quotations(
        flowed, [(m.start(2), m.end(2)) for m in _matches(SINGLE_QUOTE, _SINGLE_OPENINGS,
                                                          flowed, body_start, single_tried)],
        single_tried)
    # (Dutch ,,...’’, asked only of texts that hold two commas in a row, before the single
    # quotes: its closing apostrophes are no single quotation's, ",,Ja,’’ zei hij. ,,Nee.’’")
    dutch = [(m.start(1), m.end(1)) for m in DUTCH_QUOTE.finditer(flowed, body_start)
             if not any(a < m.end(1) and m.start(1) < b for a, b in found)
             ] if ",," in flowed else []
    found += dutch
    # (single quotes inside a double quotation are a quotation within it, already covered)
    found += [(s, e) for s, e in single if not any(a <= s and e <= b for a, b in found)
              and not any(a < e and s < b for a, b in dutch)]
    # (speech a paragraph opens with a dash: '– ... – powiedział rzecznik', where no quotation
    # mark quotes already)
    found += [(s, e) for s, e in dash_quotations(flowed, body_start)
              if not any(a < e and s < b for a, b in found)]
    # (a paragraph of speech that lost its opening mark, '... de conforto”, realçou.')
    found += unopened_quotations(flowed, body_start, sorted(found))
    return sorted(found)


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
            if (paragraph_start(text, first) and paragraph_end(text, part[0] + 1)) or (
                    (introduced(text, first) or after_sentence_end(text, first))
                    and closes(text, first, part[0])):
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
        closing = _SINGLE_CLOSING.search(text, first + 1, end)
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
            closing = _SINGLE_CLOSING.search(text, following + 1, line_end)
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
            unmarked = (_ANY_DOUBLE.search(text, opened + 1, end) is None
                        and _SINGLE_CLOSING.search(text, opened + 1, end) is None)
            return len(text.rstrip()) if paragraphs and unmarked else None
        if paragraphs == UNMARKED_PARAGRAPHS:
            return None
        line_end = text.find("\n", start.start())
        line_end = len(text) if line_end < 0 else line_end
        mark = _ANY_DOUBLE.search(text, start.start(), line_end)
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
    other = _ANY_DOUBLE.search(text, after, end)
    stop = end if other is None else other.start()
    if stop - after > CONTINUED_PARAGRAPH_CHARS or not text[after:stop].strip() or (
            other is not None and text[stop] not in _DOUBLE_CLOSINGS):
        return None
    return stop, other is not None


def cut_off_quotation(text: str, body: int) -> list[tuple[int, int]]:
    """A quotation the page cuts off: its opening mark is the last quotation mark of the
    text's last line (of straight marks, an odd one; not the mark that closes a German „...“
    or »...«), and it is never closed."""
    end = len(text.rstrip())
    line = max(text.rfind("\n", body, end) + 1, body)
    last = max(text.rfind(mark, line, end) for mark in "\"“”„«»「」『』")
    if last < 0 or text[last] not in "\"“„«「『" or end - last > MAX_QUOTE_CHARS or (
            text[last] == '"' and text.count('"', line, end) % 2 == 0):
        return []
    # (German closes „...“ and »...«: the mark that opens in English or French closes there;
    # a « after a French «...» on the line opens, the guillemets before it being in pairs)
    before = max(text.rfind(mark, line, last) for mark in "\"“”„«»")
    if before >= 0 and ((text[before], text[last]) == ("„", "“") or (
            (text[before], text[last]) == ("»", "«")
            and (text.count("«", line, last) + text.count("»", line, last)) % 2 == 1)):
        return []
    return [(last + 1, end)]


def _matches(pattern: re.Pattern[str], openings: str, text: str, start: int,
             unmatched: list[int] | None = None) -> list[re.Match[str]]:
    """`pattern.finditer(text, start)`, for a pattern whose matches start with one of
    `openings`: tried only where those stand (found with `str.find`), skipping any inside the
    match before, as `finditer` does. Scanning every character with the regex cost about
    0.2 s of CPU at 5,000 articles, most of them without a single quotation mark to match.
    The places tried where no match starts are appended to `unmatched`, ascending."""
    places: list[int] = []
    for mark in openings:
        at = text.find(mark, start)
        while at >= 0:
            places.append(at)
            at = text.find(mark, at + 1)
    matches: list[re.Match[str]] = []
    resume = start
    for place in sorted(places):
        if place >= resume:
            found = pattern.match(text, place)
            if found is not None:
                matches.append(found)
                resume = found.end()
            elif unmatched is not None:
                unmatched.append(place)
    return matches


def token_ranges(span_document: np.ndarray, span_start: np.ndarray, span_end: np.ndarray,
                 offsets: np.ndarray, starts: np.ndarray,
                 ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The token ranges [first, end) of character spans: span i lies in document
    `span_document[i]` (whose tokens are [offsets[d], offsets[d + 1]) with character `starts`
    and `ends` in its text) and covers the tokens wholly inside it; spans covering no whole
    token are left out. Spans in order of document, then start, give ranges in that order."""
    if not len(span_document):
        none = np.zeros(0, dtype=np.int64)
        return none, none.copy()
    # One search for all spans: positions keyed by (document, character offset), which sort
    # like the tokens.
    wide = int(max(ends.max(initial=0), span_end.max())) + 1
    token_document = np.repeat(np.arange(len(offsets) - 1, dtype=np.int64), np.diff(offsets))
    base = span_document.astype(np.int64) * wide
    first = np.searchsorted(token_document * wide + starts, base + span_start, side="left")
    last = np.searchsorted(token_document * wide + ends, base + span_end, side="right")
    keep = last > first
    return first[keep].astype(np.int64), last[keep].astype(np.int64)
