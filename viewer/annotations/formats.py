"""The annotation export formats: the one list `parallax export --format` takes, `export_file`
writes and `parallax --help` names. Kept apart from the writers so that the help, which imports
no command, names them without loading any (it said "JSON-LD, CSV, HTML, ClaimReview" long
after Hypothesis and Readium were added: tester58).
"""

from __future__ import annotations

FORMAT_NAMES = {"jsonld": "JSON-LD", "csv": "CSV", "html": "HTML", "claimreview": "ClaimReview",
                "hypothesis": "Hypothesis", "readium": "Readium"}
"""Each format as `--format` takes it, and its name as the help says it."""
FORMATS = tuple(FORMAT_NAMES)


def named_formats() -> str:
    """The formats as the help lists them: "JSON-LD, CSV, HTML, ..."."""
    return ", ".join(FORMAT_NAMES.values())
