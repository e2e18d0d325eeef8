"""What an annotation's target says about where it is, as other tools write it: the evidence.

A W3C target is an IRI (the whole resource), a `SpecificResource` with one or several selectors
(alternative descriptions of the same segment), or a list of targets (or a Choice, Composite,
List or Independents of them). Selectors describe text by
quote (`TextQuoteSelector`), by position (`TextPositionSelector`), by a `RangeSelector` whose
start and end are themselves selectors, and any selector may be `refinedBy` another that applies
inside its segment; a `FragmentSelector` (or a target IRI) with an RFC 5147 `char=START,END`
fragment is a position. `target_evidence` turns that JSON into small frozen values, refusing only
values Parallax uses that are malformed (with the JSON path); selectors plain text has no use for
(CSS, XPath, fragment, SVG...) are kept as `Opaque` so the reason for an orphan can name them.
`evidence` anchors these values against a text. No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .fields import (
    FormatError,
    as_list,
    has_type,
    item_where,
    kind,
    literal,
    offset,
    optional_string,
)

MAX_SELECTOR_DEPTH = 8
"""`refinedBy` and `RangeSelector` nest; deeper nesting is not followed (hostile files)."""


@dataclass(frozen=True)
class Quote:
    exact: str
    prefix: str = ""
    suffix: str = ""
    refined: Selector | None = None


@dataclass(frozen=True)
class Position:
    start: int
    end: int
    refined: Selector | None = None


@dataclass(frozen=True)
class Lines:
    """RFC 5147's `line=START,END`: from the start of line START (counted from 0) to the start
    of line END, the lines of the resource as its file has them."""

    start: int
    end: int
    refined: Selector | None = None


@dataclass(frozen=True)
class Range:
    """From the start of `start`'s segment to the start of `end`'s (W3C RangeSelector)."""

    start: Selector
    end: Selector
    refined: Selector | None = None


@dataclass(frozen=True)
class Opaque:
    """A selector plain text cannot evaluate (its `type` is kept to say so)."""

    kind: str
    refined: Selector | None = None


Selector = Quote | Position | Lines | Range | Opaque


@dataclass(frozen=True)
class TargetEvidence:
    """One target: the resource it names and the alternative selectors of its segment.

    No selectors means the target is the whole resource.
    """

    source: str | None
    selectors: tuple[Selector, ...] = ()
    page_titles: tuple[str, ...] = ()
    """The annotated page's title as the tool recorded it (Hypothesis' `document.title`)."""
    other_ranges: int = 0
    """Further targets with text selectors (an annotation over several ranges, as
    text-annotator-js writes one target per range): kept, not placed."""

    @property
    def quote(self) -> Quote | None:
        return next((s for s in self.selectors if isinstance(s, Quote)), None)

    @property
    def position(self) -> Position | None:
        return next((s for s in self.selectors if isinstance(s, Position)), None)

    @property
    def usable(self) -> bool:
        """Some selector (or refinement) holds text evidence, or the target is the resource."""
        return not self.selectors or any(_has_text(s) for s in self.selectors)


def _has_text(selector: Selector | None) -> bool:
    if selector is None:
        return False
    if isinstance(selector, (Quote, Position, Lines, Range)):
        return True
    return _has_text(selector.refined)


# -- reading ----------------------------------------------------------------------------------


def target_evidence(target: object, where: str) -> TargetEvidence:
    """The evidence of an annotation's `target` (at `where`); a list gives its best target."""
    if target is None:
        raise FormatError(where, "missing: an annotation needs a target")
    targets = [(f"{where}[{n}]" if isinstance(target, list) else where, t)
               for n, t in enumerate(as_list(target))]
    if not targets:
        raise FormatError(where, "an empty list: an annotation needs a target")
    choice = any(isinstance(t, dict) and has_type(t.get("type"), "Choice") for _, t in targets)
    targets = [inner for place, t in targets for inner in _members(t, place)]
    found = [_one_target(t, place) for place, t in targets]
    usable = [t for t in found if t.selectors and t.usable]
    if len(usable) > 1 and not choice:  # (a Choice's items are alternatives, not more ranges)
        return replace(usable[0], other_ranges=len(usable) - 1)
    return usable[0] if usable else found[0]


_GROUPS = ("Choice", "Composite", "List", "Independents")


def _members(target: object, where: str) -> list[tuple[str, object]]:
    """A Choice, Composite, List or Independents target stands for its `items` (W3C model
    3.2.7); an annotation here is one span of one article, so each item is a candidate target,
    as in a list of targets."""
    if isinstance(target, dict) and has_type(target.get("type"), *_GROUPS) \
            and isinstance(target.get("items"), list) and target["items"]:
        return [(f"{where}.items[{n}]", item) for n, item in enumerate(target["items"])]
    return [(where, target)]


def _one_target(target: object, where: str) -> TargetEvidence:
    if isinstance(target, str):
        return _iri_target(target)
    if not isinstance(target, dict):
        raise FormatError(where, f"expected an IRI or a SpecificResource object, got "
                                 f"{kind(target)}")
    source = _source(target.get("source"), f"{where}.source")
    selector = target.get("selector")
    if source is None and selector is None:
        # An external resource given by its id (which may end in a text fragment).
        key = "id" if "id" in target else "@id"  # (JSON-LD's own keyword, as RDF tools write)
        return _iri_target(optional_string(target, key, where) or "")
    if source is None and isinstance(target.get("id"), str):
        # Selectors on a target named by `id` rather than `source` (a common slip): the id is
        # the best hint of the page; a URL's fragment is ignored when articles are matched.
        source = _iri_target(target["id"]).source
    selectors = []
    for n, value in enumerate(as_list(selector)):
        parsed = _selector(value, item_where(where, "selector", selector, n), 0)
        if parsed is not None:
            selectors.append(parsed)
    return TargetEvidence(source, tuple(selectors))


def _source(value: object, where: str) -> str | None:
    """`target.source`: an IRI, an object with an `id`, or (Hypothesis clients) a list of IRIs."""
    for candidate in as_list(value):
        if isinstance(candidate, str) and candidate:
            return candidate
        if isinstance(candidate, dict):
            iri = candidate.get("id", candidate.get("@id"))
            if isinstance(iri, str) and iri:
                return iri
    if value is not None and not isinstance(value, (str, dict, list)):
        raise FormatError(where, f"expected an IRI, got {kind(value)}")
    return None


def _selector(value: object, where: str, depth: int, *, point_allowed: bool = False
              ) -> Selector | None:
    """`point_allowed`: the start or end of a range, which may be a point (an empty quote
    with its context)."""
    if depth > MAX_SELECTOR_DEPTH:
        raise FormatError(where, f"selectors nested more than {MAX_SELECTOR_DEPTH} deep")
    if isinstance(value, str):
        return Opaque("IRI")  # a selector given by reference: nothing to evaluate here
    if not isinstance(value, dict):
        raise FormatError(where, f"expected a selector object, got {kind(value)}")
    refined_value = value.get("refinedBy")
    refined = None
    if refined_value is not None:
        first = as_list(refined_value)[:1]
        if first:
            refined = _selector(first[0], item_where(where, "refinedBy", refined_value, 0),
                                depth + 1)
    kind_name = value.get("type", value.get("@type"))
    if kind_name is None:
        # No type (the model requires one; some tools leave it out): what its keys say it is.
        if isinstance(value.get("exact"), str):
            kind_name = "TextQuoteSelector"
        elif isinstance(literal(value.get("start")), int) \
                and isinstance(literal(value.get("end")), int):
            kind_name = "TextPositionSelector"
        elif "startSelector" in value and "endSelector" in value:
            kind_name = "RangeSelector"  # (text-annotator-js's TEI ranges)
    if has_type(kind_name, "TextQuoteSelector"):
        exact = _quote_text(value, "exact", where)
        prefix = _quote_text(value, "prefix", where) or ""
        suffix = _quote_text(value, "suffix", where) or ""
        # (an empty quote with its context is a point, where a range starts or ends: Apache
        # Annotator ends its ranges so; anywhere else it names no text)
        if not exact and not (point_allowed and (prefix or suffix)):
            raise FormatError(f"{where}.exact", "missing or empty: a quote needs its text")
        return Quote(exact or "", prefix, suffix, refined)
    if has_type(kind_name, "TextPositionSelector"):
        start, end = offset(value, "start", where), offset(value, "end", where)
        if end < start:
            raise FormatError(f"{where}.end", f"end {end} is before start {start}")
        return Position(start, end, refined)
    if has_type(kind_name, "FragmentSelector") and isinstance(value.get("value"), str):
        span = text_fragment(value["value"])
        if span is not None:
            return replace(span, refined=refined)
    if has_type(kind_name, "RangeSelector") and "startSelector" in value \
            and "endSelector" in value:
        start_sel = _selector(value["startSelector"], f"{where}.startSelector", depth + 1,
                              point_allowed=True)
        end_sel = _selector(value["endSelector"], f"{where}.endSelector", depth + 1,
                            point_allowed=True)
        if start_sel is None or end_sel is None:
            return Opaque("RangeSelector", refined)
        if not (_has_text(start_sel) and _has_text(end_sel)):
            # Between two points plain text cannot find (XPath or CSS into a page's HTML).
            kinds = sorted({describe(s).removeprefix("a ").removeprefix("an ")
                            for s in (start_sel, end_sel)})
            return Opaque(f"RangeSelector between {' and '.join(kinds)}s", refined)
        return Range(start_sel, end_sel, refined)
    return Opaque(kind_name if isinstance(kind_name, str) else "untyped selector", refined)


def _quote_text(selector: dict[str, object], key: str, where: str) -> str | None:
    """A quote's `exact`, `prefix` or `suffix`: a string, or a JSON-LD literal with its
    language (`{"@value": ..., "@language": "en"}`, as dokieli writes a quote in a document
    whose language it knows; a list of them from expanded JSON-LD: the first)."""
    value = selector.get(key)
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, dict) and "@value" in value:
        value = value["@value"]
    if value is None or isinstance(value, str):
        return value
    raise FormatError(f"{where}.{key}", f"expected a string, got {kind(value)}")


_TEXT_FRAGMENT = re.compile(r"(char|line)=(\d{0,16})(?:(,)(\d{0,16}))?(?:;.*)?")
OPEN_END = 2**62
"""The end of a fragment whose end is left out ("line=5,", "char=5,"): to the end of the text."""


def text_fragment(fragment: str) -> Position | Lines | None:
    """The span of an RFC 5147 plain-text fragment, the fragment W3C's FragmentSelector names
    for plain text: `char=START,END` (code points, like a TextPositionSelector) or
    `line=START,END` (lines counted from 0: `line=2,3` is the third line); START may be left
    out for 0, END for the end of the text; `;length=`/`;md5=` checks ignored; None for any
    other fragment. A point, `char=N` or `line=N`, is an empty span: a place between two
    characters, no words to annotate (taken for no fragment, it placed the note on the whole
    article, as `line=` ranges did: an interop tester's report)."""
    found = _TEXT_FRAGMENT.fullmatch(fragment.strip())
    if found is None or (found.group(3) is None and not found.group(2)):
        return None
    start = int(found.group(2) or 0)
    # (no comma: a point; a comma and no END: to the end of the text, "5,")
    end = start if found.group(3) is None else (
        int(found.group(4)) if found.group(4) else OPEN_END)
    if start > end:
        return None
    return Position(start, end) if found.group(1) == "char" else Lines(start, end)


def _iri_target(iri: str) -> TargetEvidence:
    """A target given by IRI: the whole resource, or the span its `#char=` or `#line=`
    fragment names."""
    base, hash_sign, fragment = iri.partition("#")
    span = text_fragment(fragment) if hash_sign else None
    if span is not None and base:
        return TargetEvidence(base, (span,))
    return TargetEvidence(iri or None)


def with_numeric_offsets(value: object, depth: int = 0) -> object:
    """`value` (a target, as JSON) with every position selector's `start` and `end` written as
    a string of digits ("211": an RDF literal come back through JSON-LD) or a JSON-LD value
    object (`{"@value": 211}`) made a number, as the model writes them; anything else as it is
    (the input is not changed)."""
    if depth > MAX_SELECTOR_DEPTH * 4:
        return value
    if isinstance(value, list):
        return [with_numeric_offsets(item, depth + 1) for item in value]
    if not isinstance(value, dict):
        return value
    converted = {key: with_numeric_offsets(inner, depth + 1) for key, inner in value.items()}
    if has_type(value.get("type"), "TextPositionSelector", "DataPositionSelector"):
        for key in ("start", "end"):
            text = literal(converted.get(key))  # (a JSON-LD value object: `{"@value": 82}`)
            if isinstance(text, int) and not isinstance(text, bool):
                converted[key] = text
            elif isinstance(text, str) and text.isascii() and text.isdigit() and len(text) <= 16:
                converted[key] = int(text)
    return converted


def describe(selector: Selector) -> str:
    """A selector's kind for messages ("a CssSelector", "an XPathSelector")."""
    name = selector.kind if isinstance(selector, Opaque) else (
        "line range" if isinstance(selector, Lines) else type(selector).__name__.lower())
    return f"{'an' if name[:1] and name[0] in 'AEIOUXaeiou' else 'a'} {name}"


def first_text_values(evidence: TargetEvidence) -> tuple[str, str, str, int, int]:
    """(exact, prefix, suffix, start, end) as far as the top-level selectors tell them, for
    showing an annotation before it is anchored; unknown parts are empty or 0."""
    quote, position = evidence.quote, evidence.position
    start = position.start if position is not None else 0
    end = position.end if position is not None else start
    if quote is not None:
        return quote.exact, quote.prefix, quote.suffix, start, max(end, start)
    return "", "", "", start, end


__all__ = ["Opaque", "Position", "Quote", "Range", "Selector", "TargetEvidence", "describe",
           "first_text_values", "target_evidence", "with_numeric_offsets"]


