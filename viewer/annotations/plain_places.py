"""Places in plain text named by lines or by a point: RFC 5147's `line=` fragments, and a quote
that names a point by its context alone (`exact` empty, a `prefix` or `suffix`: Apache
Annotator ends its ranges so). Pure functions of the text, for the anchoring
(`viewer.annotations.evidence`). No Qt."""

from __future__ import annotations

from viewer.wording import count_of

from .selectors import OPEN_END, Lines, Quote


def line_span(text: str, lines: Lines) -> tuple[int, int] | str:
    """The characters [start, end) of `lines` in `text`, without the line break that ends the
    last line (the words are annotated, not the break), or why there are none. The lines are
    the file's: an article's text has its line breaks, its metadata header's too."""
    starts = [0]
    at = text.find("\n")
    while at >= 0 and len(starts) <= lines.end:
        starts.append(at + 1)
        at = text.find("\n", at + 1)
    if starts[-1] == len(text) and len(starts) > 1:
        starts.pop()  # (a text ending with a break has no empty line after it)
    if lines.start >= len(starts):
        whole = text.count("\n") + (0 if text.endswith("\n") else 1)
        last = "the end" if lines.end >= OPEN_END else str(lines.end)
        return (f"its lines {lines.start}\u2013{last} are outside the text "
                f"({count_of(whole, 'line')})")
    start = starts[lines.start]
    end = starts[lines.end] if lines.end < len(starts) else len(text)
    # (the break before line END, or the text's last one, left out)
    return start, end - 1 if end > start and text[end - 1] == "\n" else end


def quote_point(text: str, quote: Quote, lo: int, hi: int) -> int | None:
    """Where an empty quote's context meets in `text[lo:hi]`: after its `prefix`, before its
    `suffix` (the first such place), or None."""
    at = text.find(quote.prefix + quote.suffix, lo, hi)
    return None if at < 0 else at + len(quote.prefix)
