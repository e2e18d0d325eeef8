"""The user's corrections to an alignment, kept as values and re-applied to every fresh result.

The engine cannot know that an occurrence should end a sentence later, that two passages it
linked are unrelated, or that two differently worded sentences say the same thing. The user
says so once; the correction is stored in the project and laid over each new alignment:

  resize  the occurrence at span A should be span B (extend or shrink it)
  unlink  the occurrence at span A does not belong to its passage
  link    spans A, B, ... say the same thing (joined to a passage holding any of them, or a
          new passage)

Spans are anchored like annotations -- quote with context plus position, re-found with
`viewer.annotations.anchoring.locate` -- so a correction survives small edits to the text and
a re-alignment that moves passage boundaries. A correction whose spans can no longer be found,
or whose occurrence the engine no longer reports, is reported as not applied and kept (never
dropped silently). Pure functions; no Qt.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from viewer.annotations.anchoring import locate
from viewer.corpus import Article
from viewer.passages import AlignmentResult, Occurrence, Passage

CONTEXT_CHARS = 32
KINDS = ("resize", "unlink", "link")
_MIN_SHARED = 0.5
"""An occurrence is "the one meant" when it overlaps the anchored span by at least this share
of the shorter of the two."""


@dataclass(frozen=True)
class SpanAnchor:
    """A span of one article, findable again after the text or the alignment changes."""

    document: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""

    @classmethod
    def of(cls, article: Article, start: int, end: int) -> SpanAnchor:
        text = article.text
        return cls(article.id, start, end, text[start:end],
                   text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS])


@dataclass(frozen=True)
class Correction:
    """One correction; `spans` are (old, new) for resize, (occurrence,) for unlink, and two or
    more spans for link."""

    id: str
    kind: str
    spans: tuple[SpanAnchor, ...]
    created: str = ""


def resize_occurrence(old: SpanAnchor, new: SpanAnchor, *, created: str = "") -> Correction:
    if old.document != new.document:
        raise ValueError("an occurrence can only be resized within its own article")
    return Correction(_new_id(), "resize", (old, new), created)


def remove_link(occurrence: SpanAnchor, *, created: str = "") -> Correction:
    return Correction(_new_id(), "unlink", (occurrence,), created)


def link_spans(spans: Sequence[SpanAnchor], *, created: str = "") -> Correction:
    if len(spans) < 2:
        raise ValueError("linking needs at least two spans")
    return Correction(_new_id(), "link", tuple(spans), created)


def _new_id() -> str:
    return uuid.uuid4().hex


@dataclass(frozen=True)
class CorrectionOutcome:
    correction_id: str
    applied: bool
    reason: str = ""
    """Why it was not applied (for the user: the correction stays stored)."""


@dataclass(frozen=True)
class CorrectedAlignment:
    result: AlignmentResult
    outcomes: tuple[CorrectionOutcome, ...]


def apply_corrections(result: AlignmentResult, articles: Iterable[Article],
                      corrections: Iterable[Correction]) -> CorrectedAlignment:
    """`result` with the corrections applied in order, and whether each one could be."""
    texts = {article.id: article for article in articles}
    passages = list(result.passages)
    outcomes: list[CorrectionOutcome] = []
    for correction in corrections:
        spans = [_find(span, texts) for span in correction.spans]
        if any(span is None for span in spans):
            outcomes.append(CorrectionOutcome(correction.id, False,
                                              "its text is no longer in the article"))
            continue
        found = [span for span in spans if span is not None]
        apply = _APPLY[correction.kind]
        reason = apply(passages, found, texts, correction)
        outcomes.append(CorrectionOutcome(correction.id, reason is None, reason or ""))
    return CorrectedAlignment(replace(result, passages=tuple(passages)), tuple(outcomes))


Span = tuple[str, int, int]
"""(document, start, end) as found in the current text."""


def _find(anchor: SpanAnchor, texts: Mapping[str, Article]) -> Span | None:
    article = texts.get(anchor.document)
    if article is None:
        return None
    found = locate(article.text, anchor.exact, anchor.prefix, anchor.suffix, anchor.start)
    return (anchor.document, found.start, found.end) if found is not None else None


def _apply_resize(passages: list[Passage], spans: list[Span], texts: Mapping[str, Article],
                  correction: Correction) -> str | None:
    (document, old_start, old_end), new = spans[0], spans[1]
    hit = _best_occurrence(passages, (document, old_start, old_end))
    if hit is None:
        if _best_occurrence(passages, new, exact=True) is not None:
            return None  # the engine already finds it as corrected
        return "the engine no longer links this text"
    p, o = hit
    occurrence = passages[p].occurrences[o]
    start, end = new[1], new[2]
    differences = tuple((max(s, start), min(e, end)) for s, e in occurrence.differences
                        if min(e, end) > max(s, start))
    changed = replace(occurrence, start=start, end=end,
                      text=texts[document].text[start:end], differences=differences)
    occurrences = list(passages[p].occurrences)
    occurrences[o] = changed
    passages[p] = replace(passages[p], occurrences=tuple(occurrences))
    return None


def _apply_unlink(passages: list[Passage], spans: list[Span], texts: Mapping[str, Article],
                  correction: Correction) -> str | None:
    hit = _best_occurrence(passages, spans[0])
    if hit is None:
        return None  # nothing links it any more: what the user wanted
    p, o = hit
    remaining = tuple(x for i, x in enumerate(passages[p].occurrences) if i != o)
    if len({x.document for x in remaining}) < 2:
        del passages[p]
    else:
        passages[p] = replace(passages[p], occurrences=remaining)
    return None


def _apply_link(passages: list[Passage], spans: list[Span], texts: Mapping[str, Article],
                correction: Correction) -> str | None:
    if len({span[0] for span in spans}) < 2 and len(set(spans)) < 2:
        return "the linked spans are the same text"
    holders = sorted({hit[0] for span in spans
                      if (hit := _best_occurrence(passages, span)) is not None})
    if holders:
        target = holders[0]
        occurrences = [o for p in holders for o in passages[p].occurrences]
        template: Occurrence | None = occurrences[0]
        identity = passages[target]
    else:
        occurrences, template, identity = [], None, None
    for document, start, end in spans:
        if any(o.document == document and _shared(o.start, o.end, start, end)
               for o in occurrences):
            continue
        occurrences.append(_occurrence(template, document, start, end, texts))
    merged = _passage(identity, f"manual-{correction.id[:8]}", tuple(occurrences))
    for p in reversed(holders):
        del passages[p]
    passages.insert(holders[0] if holders else len(passages), merged)
    return None


_APPLY = {"resize": _apply_resize, "unlink": _apply_unlink, "link": _apply_link}


def _best_occurrence(passages: Sequence[Passage], span: Span, *, exact: bool = False
                     ) -> tuple[int, int] | None:
    """(passage index, occurrence index) of the occurrence that `span` means, if any."""
    document, start, end = span
    best: tuple[int, int, int] | None = None
    for p, passage in enumerate(passages):
        for o, occurrence in enumerate(passage.occurrences):
            if occurrence.document != document:
                continue
            if exact:
                if (occurrence.start, occurrence.end) == (start, end):
                    return p, o
                continue
            overlap = min(end, occurrence.end) - max(start, occurrence.start)
            if _shared(occurrence.start, occurrence.end, start, end) and (
                    best is None or overlap > best[0]):
                best = (overlap, p, o)
    return (best[1], best[2]) if best is not None else None


def _shared(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    overlap = min(a_end, b_end) - max(a_start, b_start)
    shorter = max(1, min(a_end - a_start, b_end - b_start))
    return overlap > 0 and overlap >= _MIN_SHARED * shorter


def _occurrence(template: Occurrence | None, document: str, start: int, end: int,
                texts: Mapping[str, Article]) -> Occurrence:
    text = texts[document].text[start:end]
    if template is not None:
        # Keeps any further fields the engine's occurrences carry.
        return replace(template, document=document, start=start, end=end, text=text,
                       differences=())
    return Occurrence(document=document, start=start, end=end, text=text)


def _passage(identity: Passage | None, new_id: str, occurrences: tuple[Occurrence, ...]
             ) -> Passage:
    if identity is not None:
        return replace(identity, occurrences=occurrences)
    return Passage(id=new_id, occurrences=occurrences)


# -- JSON (as the project stores them) ----------------------------------------------------------


def correction_to_json(correction: Correction) -> dict[str, Any]:
    return {
        "id": correction.id,
        "kind": correction.kind,
        "created": correction.created,
        "spans": [{"document": s.document, "start": s.start, "end": s.end, "exact": s.exact,
                   "prefix": s.prefix, "suffix": s.suffix} for s in correction.spans],
    }


def correction_from_json(value: object) -> Correction | None:
    """A correction from its JSON, or None when the value is not one (never raises)."""
    if not isinstance(value, dict):
        return None
    kind, spans_value = value.get("kind"), value.get("spans")
    identifier, created = value.get("id"), value.get("created", "")
    if (kind not in KINDS or not isinstance(identifier, str) or not isinstance(created, str)
            or not isinstance(spans_value, list)):
        return None
    spans: list[SpanAnchor] = []
    for item in spans_value:
        span = _span_from_json(item)
        if span is None:
            return None
        spans.append(span)
    wanted = {"resize": 2, "unlink": 1}.get(str(kind))
    if (wanted is not None and len(spans) != wanted) or (kind == "link" and len(spans) < 2):
        return None
    return Correction(identifier, str(kind), tuple(spans), created)


def _span_from_json(item: object) -> SpanAnchor | None:
    if not isinstance(item, dict):
        return None
    document, exact = item.get("document"), item.get("exact")
    start, end = item.get("start"), item.get("end")
    prefix, suffix = item.get("prefix", ""), item.get("suffix", "")
    if not (isinstance(document, str) and isinstance(exact, str) and exact
            and isinstance(prefix, str) and isinstance(suffix, str)
            and type(start) is int and type(end) is int and 0 <= start < end):
        return None
    return SpanAnchor(document, start, end, exact, prefix, suffix)
