"""How Parallax recognises its own output among the user's files."""

from __future__ import annotations

REPORT_MARKER = '<meta name="generator" content="Parallax">'
"""Written into every HTML report Parallax exports, so that a report saved next to the articles
(where the export dialog suggests) is never read back as one of them."""
REPORT_TITLE = "<title>Parallax report: "
"""The start of every report's title (reports exported before the marker carry only this)."""


def is_parallax_report(page: str) -> bool:
    """Whether an HTML page is a report Parallax exported."""
    head = page[:4096]
    return REPORT_MARKER in head or REPORT_TITLE in head
