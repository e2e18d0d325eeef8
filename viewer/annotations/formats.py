"""The annotation export formats: the one list `parallax export --format` takes, `export_file`
writes, `parallax --help` names and the window's Export annotations… offers (its file types,
`widgets.annotation_export.FILE_TYPES`, built from it, leaving out only the formats it says
it leaves out). Kept apart from the writers so that the help, which imports no command, names
them without loading any (it said "JSON-LD, CSV, HTML, ClaimReview" long after Hypothesis and
Readium were added: tester58), and the dialog's hand-written list of file types beside this one
could miss a format (a reviewer's report).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExportFormat:
    """How one export format is named and what its files are called."""

    name: str
    """As the help names it: "JSON-LD"."""
    file_type: str
    """As a save dialog names its files, and the status line the file written: "Hypothesis
    export"."""
    extensions: tuple[str, ...]
    """Its files' extensions, the one a dialog gives first (".html", ".htm")."""
    json: bool = False
    """Its files are JSON, which a name ending in `JSON_EXTENSION` may hold."""


EXPORT_FORMATS = {
    "jsonld": ExportFormat("JSON-LD", "Web Annotation JSON-LD", (".jsonld",), json=True),
    "csv": ExportFormat("CSV", "CSV spreadsheet", (".csv",)),
    "html": ExportFormat("HTML", "HTML report", (".html", ".htm")),
    "claimreview": ExportFormat("ClaimReview", "ClaimReview JSON-LD", (".json",), json=True),
    "hypothesis": ExportFormat("Hypothesis", "Hypothesis export", (".json",), json=True),
    "readium": ExportFormat("Readium", "Readium annotation set for Thorium Reader", (".ann",),
                            json=True),
}
"""Each format as `--format` takes it, and how it is named."""
FORMATS = tuple(EXPORT_FORMATS)
JSON_EXTENSION = ".json"
"""The extension any JSON format's file may have: it names no one format."""


def named_formats() -> str:
    """The formats as the help lists them: "JSON-LD, CSV, HTML, ..."."""
    return ", ".join(export_format.name for export_format in EXPORT_FORMATS.values())
