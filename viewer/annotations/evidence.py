"""Anchor annotations that other tools wrote, by the best evidence their target gives.

Within an article's text (`place`): a quote with a position -> the position when the quote
agrees, else the quote with its context nearest the position, else a fuzzy match (as for
Parallax's own annotations, `locating.locate`); a bare quote -> searched, chosen by its
prefix/suffix when it has them, else its only or first occurrence (the note says which), and
when it is not there as written, searched with its spacing and quotation marks loosened
(`loose_quotes`; placed as fuzzy); a bare
position -> taken as it is (nothing to check it by); a `RangeSelector` -> from its start's
segment to the start of its end's; `refinedBy` -> the refinement inside the outer segment; the
whole resource (an IRI target) -> the article's body. Quotes are looked for in the body, never
in the metadata header the window hides, and a span a position or lines alone put there is
orphaned, saying so.

The article an annotation belongs in is chosen by `evidence_article`.
No Qt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from viewer.offsets import Utf16Map
from viewer.wording import count_of, one_line

from .locating import _MAX_OCCURRENCES, _context_score, locate
from .loose_quotes import loose_pattern, loosely_around
from .model import AnchorStatus
from .plain_places import line_span, quote_point
from .selectors import (
    OPEN_END,
    Lines,
    Opaque,
    Position,
    Quote,
    Range,
    Selector,
    TargetEvidence,
    describe,
)

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")
AGREED, CONTEXT, SEARCHED, UNCHECKED = 3, 2, 1, 0
"""How strong a placement's evidence is (choosing among articles): quote and position agree;
the quote with its context; the quote alone; a position alone (or the whole resource)."""


@dataclass(frozen=True)
class Placement:
    start: int
    end: int
    status: AnchorStatus = AnchorStatus.ANCHORED
    strength: int = AGREED
    note: str | None = None


@dataclass(frozen=True)
class Failure:
    reason: str


def place(text: str, evidence: TargetEvidence, body_start: int = 0, *,
          utf16_maps: Utf16Maps | None = None) -> Placement | Failure:
    """Where `evidence` puts its segment in `text`, or why it cannot.

    `utf16_maps`: the texts' UTF-16 maps, built once per text for one anchoring pass (the
    caller's, which drops them with the pass); without it a map is built for this call only.

    `body_start`: where the article's body begins, after its metadata header, which the window
    hides: the whole resource is the body, and a quote is looked for in the body only (a
    headline quoted from the web page is also the header's `title:`, where it would be placed
    out of sight). Positions count from the start of the text, as the file has it.
    """
    if not evidence.selectors:
        return Placement(body_start, len(text), strength=UNCHECKED,
                         note="about the whole article")
    failures: list[Failure] = []
    quote, position = evidence.quote, evidence.position
    if quote is not None and position is not None and quote.refined is None \
            and position.refined is None:
        combined = _quote_at(text, quote, position, body_start, utf16_maps)
        if isinstance(combined, Placement):
            return combined
        failures.append(combined)
    for selector in evidence.selectors:
        if quote is not None and isinstance(selector, (Position, Lines)) \
                and selector.refined is None:
            # A position beside a quote is where that quote was: the quote not there, the
            # position alone would place the note on other words.
            continue
        found = _select(text, selector, 0, len(text), 0, body_start)
        if isinstance(found, Placement) and found.end <= found.start:
            found = Failure("its selectors give an empty span")
        if isinstance(found, Placement) and found.start < body_start:
            # (only a position or lines, with no quote to check them, reach the header: quotes
            # are looked for in the body; placed there it was "anchored" out of sight)
            found = _in_header(found, body_start)
        if isinstance(found, Placement):
            return found
        failures.append(found)
    return failures[0]


def _select(text: str, selector: Selector, lo: int, hi: int, depth: int, floor: int = 0
            ) -> Placement | Failure:
    """`floor`: quotes are looked for from there (the body's start) or from `lo`, the later."""
    found: Placement | Failure
    if isinstance(selector, Quote):
        found = _search(text, selector, max(lo, floor), hi)
    elif isinstance(selector, Position):
        found = _position(text, selector, lo, hi)
    elif isinstance(selector, Lines):
        # (the lines of the segment it refines, when it refines one; else of the text)
        span = line_span(text[lo:hi], selector)
        found = Failure(span) if isinstance(span, str) else Placement(
            lo + span[0], lo + span[1], strength=UNCHECKED,
            note="placed by its lines only (no quote to check it)")
    elif isinstance(selector, Range):
        found = _range(text, selector, lo, hi, depth, floor)
    elif selector.refined is not None:
        inner = selector.refined
        if isinstance(inner, Quote) and inner.refined is None:
            found = _search(text, inner, max(lo, floor), hi)
            if isinstance(found, Placement):
                return replace(found, note=joined_notes(found.note, f"inside {describe(selector)} "
                                                              "Parallax cannot evaluate"))
            return found
        return Failure(f"its text is given relative to {describe(selector)}, which plain "
                       "text has no use for")
    else:
        return Failure(f"its only selector is {describe(selector)}, which plain text has no "
                       "use for")
    if isinstance(found, Failure) or selector.refined is None or isinstance(selector, Opaque):
        return found
    if depth >= 8:
        return Failure("its selectors are nested too deeply")
    inner_found = _select(text, selector.refined, found.start, found.end, depth + 1)
    if isinstance(inner_found, Placement):
        # The outer selector's evidence vouches for the refinement inside it.
        return replace(inner_found, strength=min(inner_found.strength, found.strength),
                       note=found.note)
    return inner_found


def _quote_at(text: str, quote: Quote, position: Position, floor: int,
              utf16_maps: Utf16Maps | None) -> Placement | Failure:
    """A quote with a position: where they agree (even in the header: the tool counted this
    very file), else the quote in the body (from `floor`) nearest the position."""
    start = position.start
    if text.startswith(quote.exact, start):
        return Placement(start, start + len(quote.exact))
    utf16 = _utf16_map(text, utf16_maps)
    if utf16 is not None:
        # Browser tools count JavaScript string indices: UTF-16 units, two per emoji.
        converted = utf16.to_code_point(position.start)
        if converted != start and text.startswith(quote.exact, converted):
            return Placement(converted, converted + len(quote.exact),
                             note="its position counts UTF-16 units (as JavaScript does)")
    body = text[floor:] if floor else text
    # (a hint before the body -- a web page's position counted through its header -- stays
    # outside it: the quote found in the body has then moved, it is not where it was)
    located = locate(body, quote.exact, quote.prefix, quote.suffix, start - floor)
    if located is None:
        return _not_in_text(text, quote, floor)
    found = replace(located, start=located.start + floor, end=located.end + floor)
    return Placement(found.start, found.end, found.status,
                     CONTEXT if context_stands_around(text, found.start, found.end, quote)
                     else SEARCHED)


def context_stands_around(text: str, start: int, end: int, quote: Quote) -> bool:
    """Whether `quote`'s prefix and suffix (one at least) stand around `text[start:end]`, as
    written or but for spacing and quotation marks (as `_chosen` counts them): a tool reads
    them from the page, whose no-break spaces, curly marks and paragraphs run together are
    not the saved file's (review of b98dd01: such notes on a saved page were orphaned)."""
    if not quote.prefix and not quote.suffix:
        return False
    whole = len(quote.prefix) + len(quote.suffix)
    return _context_score(text, start, end, quote.prefix, quote.suffix) == whole \
        or loosely_around(text, start, end, quote.prefix, quote.suffix)


Utf16Maps = dict[str, Utf16Map | None]
"""UTF-16 maps by text, for one anchoring pass (`place`)."""


def _utf16_map(text: str, maps: Utf16Maps | None) -> Utf16Map | None:
    """The UTF-16 map of a text with characters outside the BMP, else None; built once per
    text in `maps` (anchoring many annotations asks for the same few), which the pass drops
    with its texts (a cache of the module's kept 64 closed corpora's texts alive)."""
    if maps is not None and text in maps:
        return maps[text]
    found = Utf16Map(text) if _ASTRAL.search(text) else None
    if maps is not None:
        maps[text] = found
    return found


def _search(text: str, quote: Quote, lo: int, hi: int) -> Placement | Failure:
    if not quote.exact:  # (a point, the start or end of a range)
        point = quote_point(text, quote, lo, hi)
        if point is None:
            return Failure(f"the text around its point, \u201c{one_line(quote.prefix, 40)}"
                           f"\u201d / \u201c{one_line(quote.suffix, 40)}\u201d, is not in it")
        return Placement(point, point)
    window = text[lo:hi]
    n = len(quote.exact)
    spans: list[tuple[int, int]] = []
    at = window.find(quote.exact)
    while at >= 0 and len(spans) < _MAX_OCCURRENCES:
        spans.append((lo + at, lo + at + n))
        at = window.find(quote.exact, at + 1)
    pattern = loose_pattern(quote.exact) if not spans else None
    if pattern is not None:
        # Copied from a web page: its spacing or quotation marks may differ from the file's.
        for match in pattern.finditer(text, lo, hi):
            spans.append(match.span())
            if len(spans) >= _MAX_OCCURRENCES:
                break
        if spans:
            found = _chosen(text, spans, quote)
            return replace(found, status=AnchorStatus.FUZZY,
                           note=joined_notes(found.note, _how_it_differs(window, quote.exact)))
    if not spans:
        return _not_in_text(text, quote, lo)
    return _chosen(text, spans, quote)


def _how_it_differs(window: str, exact: str) -> str:
    """What a quote found only loosely spells otherwise than the text: its accents alone,
    written decomposed in it or in the text (text copied on macOS or from a PDF: a French-
    speaking newcomer's quote was said to differ in its spacing), else its spacing or quotation
    marks (whatever its accents)."""
    composed = unicodedata.normalize("NFC", exact)
    if composed in unicodedata.normalize("NFC", window):  # (the accents alone)
        whose = "its" if composed != exact else "the article's"
        return f"{whose} accents are written decomposed (as text copied on macOS or from a PDF)"
    return "its spacing or quotation marks differ from the text's"


def _not_in_text(text: str, quote: Quote, lo: int) -> Failure:
    """Why a quote looked for from `lo` was not found (saying so when only the article's
    hidden metadata header, before `lo`, has it)."""
    shown = f"\u201c{one_line(quote.exact, 60)}\u201d"
    if lo and quote.exact in text[:lo]:
        return Failure(f"its quote {shown} is only in the article's metadata header (its "
                       "title or details, which the window does not show as text)")
    return Failure(f"its quote {shown} is not in the text")


def _in_header(found: Placement, body_start: int) -> Failure:
    """Why a span its position or lines alone give in the hidden metadata header is orphaned
    (as a quote found only there is)."""
    where = "inside" if found.end <= body_start else "starting in"
    return Failure(f"its position {found.start}–{found.end} is {where} the article's "
                   "metadata header (its title or details, which the window does not show as "
                   "text)")


def _chosen(text: str, spans: list[tuple[int, int]], quote: Quote) -> Placement:
    """The occurrence (start, end) of `quote` its context chooses, with a note saying how.

    Its strength is CONTEXT only where the context is there in full: a quote found once in two
    articles, with its prefix and suffix around it in one only, belongs to that one (both were
    CONTEXT, a tie, and the annotation was orphaned)."""
    whole = len(quote.prefix) + len(quote.suffix)
    if len(spans) == 1:
        fits = context_stands_around(text, *spans[0], quote)
        return Placement(*spans[0], strength=CONTEXT if fits else SEARCHED,
                         note="placed by its quote (its only occurrence)")
    if quote.prefix or quote.suffix:
        scores = [_context_score(text, s, e, quote.prefix, quote.suffix) for s, e in spans]
        if max(scores) < whole:
            # (the context there but for spacing and quotation marks counts as there in full)
            scores = [whole if loosely_around(text, s, e, quote.prefix, quote.suffix) else score
                      for (s, e), score in zip(spans, scores, strict=True)]
        best = max(scores)
        chosen = [span for span, score in zip(spans, scores, strict=True) if score == best]
        note = (f"placed by its quote and context ({count_of(len(spans), 'occurrence')})"
                if len(chosen) == 1 else
                f"its quote and context fit {len(chosen)} places; placed at the first")
        return Placement(*chosen[0], strength=CONTEXT if len(chosen) == 1 and best == whole
                         else SEARCHED, note=note)
    return Placement(*spans[0], strength=SEARCHED,
                     note=f"its quote occurs {len(spans)} times and has no context; placed at "
                          "the first")


def _position(text: str, position: Position, lo: int, hi: int) -> Placement | Failure:
    start = lo + position.start
    end = hi if position.end >= OPEN_END else lo + position.end  # ("char=5,": to the end)
    if start > hi:
        return Failure(f"its position {position.start} is outside the text "
                       f"({count_of(hi - lo, 'character')})")
    if end > hi:
        return Failure(f"its position {position.start}\u2013{position.end} is outside the "
                       f"text ({count_of(hi - lo, 'character')})")
    return Placement(start, end, strength=UNCHECKED,
                     note="placed by its position only (no quote to check it)")


def _range(text: str, selector: Range, lo: int, hi: int, depth: int, floor: int
           ) -> Placement | Failure:
    first = _select(text, selector.start, lo, hi, depth + 1, floor)
    if isinstance(first, Failure):
        return Failure(f"the start of its range: {first.reason}")
    # A quote is looked for after the start; positions count from the same origin as the start;
    # a point's context may begin before the start (its prefix reaches back over it).
    end = selector.end
    end_lo = lo if isinstance(end, (Position, Lines)) else first.start
    if isinstance(end, Quote) and not end.exact:
        end_lo = max(lo, first.start - len(end.prefix))
    last = _select(text, end, end_lo, hi, depth + 1, floor)
    if isinstance(last, Failure):
        return Failure(f"the end of its range: {last.reason}")
    if last.start <= first.start:
        return Failure("its range ends where it starts")
    return Placement(first.start, last.start, strength=min(first.strength, last.strength))


def joined_notes(a: str | None, b: str | None) -> str | None:
    """Two notes on a placement as one (either may be None)."""
    return "; ".join(part for part in (a, b) if part) or None
