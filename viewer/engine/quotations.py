"""Where a text quotes: its stretches inside double quotation marks (one paragraph, or several
in the press convention), inside single ones that lie outside every double-quoted stretch,
inside Dutch ,,...’’, speech a paragraph opens with a dash (`viewer.engine.dash_quotes`), and one
the page cuts off at the end; as character spans, then as token ranges.

A quotation printed over several paragraphs opens a quotation mark at each paragraph's start
and closes only at the last one's (`viewer.engine.paragraph_quotes`): one quotation, from the first
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
from viewer.engine.paragraph_quotes import continued_quotations, continued_single_quotations
from viewer.engine.unopened_quotes import unopened_quotations

MAX_QUOTE_CHARS = 600
"""The longest quotation within a paragraph: a paragraph of a statement quoted in one pair of
marks, four or five sentences, fits (and the attribution after it, '..." poursuit le
communiqué'); a stray mark pairs with another no further away."""


QUOTE = re.compile(
    "[\"“„«「『]([^\"“”„«»「」『』\n]{1," + str(MAX_QUOTE_CHARS) + "})[\"”»“」』]"
    "|»(?=[^\\s«»])([^\"“”„«»「」『』\n]{1," + str(MAX_QUOTE_CHARS) + "})(?<=[^\\s«»])«"
    "|(?<=[\\s'’])»(?=[^\\s«»])([^\"“”„«»「」『』\n]{1," + str(MAX_QUOTE_CHARS)
    + "})(?<=[^\\s«»])\\s»"
    "|(?<![^\\s(])”(?=[\\w¿¡(…\\[.'‘#€$£])([^\"“”„«»「」『』\n]{1," + str(MAX_QUOTE_CHARS)
    + "})(?<=\\S)”")
"""A quotation in double quotation marks (any style), within one paragraph; group 1 is its
text, or group 2 for German's »...«: no space inside either mark, which tells it from French
« ... » (and from the » that opens each later paragraph of a French quotation); or group 3 for
French written with its opening mark turned round, "partager l' »émotion de toute une nation »"
(after a space or an apostrophe, none after it, and a space before the closing one); or group 4
for a quotation opened with the closing mark, as Swedish and Finnish print it and some Spanish,
Italian and Turkish pages do ('beskriver attentatet som ”den värsta masskjutningen i svensk
historia”', 'Fuat Oktay, ”İstiklal Caddesi’nde ...”'): after a space, a word or an opening
character right after it ("[", "...", "'", "#", a currency sign), no comma."""
SINGLE_QUOTE = re.compile(
    "([‘'])(?<!\\w[‘'])((?:[^‘’'\n]|[’'](?=\\w)){1," + str(MAX_QUOTE_CHARS)
    + "}?[\\w.,!?;:…])[’'](?!\\w)")
"""A quotation in single quotes (British headlines: ‘Flying water tankers’, 'darkest days';
British body text: ‘We are all devastated,’ she said): opened where no letter precedes, closed
after a word or the quotation's own punctuation where no letter follows, so an apostrophe inside
a word ("Ardern’s", "don't") neither opens nor closes one; group 2 is its text. (The opening mark
comes first in the pattern and the letter before it is checked after: a pattern starting with a
look-behind is tried at every character of the text, three times slower.)"""
_DOUBLE_OPENINGS = "\"“„«「『»”"
"""Where a match of QUOTE can start."""
_SINGLE_OPENINGS = "‘'"
"""Where a match of SINGLE_QUOTE can start."""
DUTCH_QUOTE = re.compile(
    ",,(?=\\S)([^\"“”„«»「」『』\n]{1," + str(MAX_QUOTE_CHARS) + "}?)(?:’’|''|”)")
"""A quotation as Dutch papers print it, ,,...’’ (two commas open it, two apostrophes or a
closing mark close it), within one paragraph; group 1 is its text."""


def quoted_spans(flowed: str, body_start: int) -> list[tuple[int, int]]:
    """Character spans [start, end) of the quotations in `flowed[body_start:]`, in order.

    `flowed` is the text with its line wraps as spaces (`viewer.wrapping.unwrapped`): a
    quotation running over a hard-wrapped line is still one quotation."""
    flowed = with_apostrophe_marks(flowed)
    tried: list[int] = []
    found = [m.span(next(group for group in (1, 2, 3, 4) if m.group(group) is not None))
             for m in _matches(QUOTE, _DOUBLE_OPENINGS, flowed, body_start, tried)]
    # (a » QUOTE could not close is a French closing mark or a paragraph's continuation mark,
    # no opening of a quotation over several paragraphs; a ” it could not close is a closing
    # mark)
    tried = [at for at in tried if flowed[at] not in "»”"]
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
