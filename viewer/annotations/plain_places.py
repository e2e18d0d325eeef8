"""Places in plain text named by lines or by a point: RFC 5147's `line=` fragments, and a quote
that names a point by its context alone (`exact` empty, a `prefix` or `suffix`: Apache
Annotator ends its ranges so). Pure functions of the text, for the anchoring
(`viewer.annotations.evidence`). No Qt."""

from __future__ import annotations

from .selectors import Lines, Quote


def line_span(text: str, lines: Lines) -> tuple[int, int] | str:
    """The characters [start, end) of `lines` in `text`, without the line break that ends the
    last line (the words are annotated, not the break), or why there are none. The lines are
    the file's: an article's text has its line breaks, its metadata header's too."""
    starts = [0]
    at = text.find("\n")
    while at >= 0 and len(starts) <= lines.end:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    if lines.start >= len(starts):
        return (f"its lines {lines.start}\u2013{lines.end} are outside the text "
                f"({len(starts)} lines)")
    start = starts[lines.start]
    if lines.end >= len(starts):
        return start, len(text)  # (to the end: the last line has no break of its own)
    end = starts[lines.end]
    return start, end - 1 if end > start else end  # (the break before line END left out)


def quote_point(text: str, quote: Quote, lo: int, hi: int) -> int | None:
    """Where an empty quote's context meets in `text[lo:hi]`: after its `prefix`, before its
    `suffix` (the first such place), or None."""
    at = text.find(quote.prefix + quote.suffix, lo, hi)
    return None if at < 0 else at + len(quote.prefix)
