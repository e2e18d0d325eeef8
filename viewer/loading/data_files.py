"""Text files that are data, not an article: a JSON document (an annotation file saved among the
articles, a colleague's export, `parallax align --json > result.txt`). Read as an article its
JSON was aligned like news text, word for word, without a word said. No Qt here.
"""

from __future__ import annotations

import json
import re

from viewer.loading.unusable import UnusableFile

_ANNOTATION_TYPES = frozenset({"Annotation", "AnnotationCollection", "AnnotationPage",
                               "oa:Annotation"})


def refuse_json_data(text: str) -> None:
    """Raise `UnusableFile` when the whole of `text` is one JSON object or array, saying what
    it looks like; return for anything else (an article that merely starts with a bracket)."""
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start not in ("{", "["):
        return
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return  # not JSON after all: a text in brackets, a half-written file
    if _is_annotations(document):
        raise UnusableFile("an annotation file (Web Annotation JSON), not an article: import "
                           "it with 'parallax annotations import' or File › Import "
                           "annotations…")
    if isinstance(document, dict) and "documents" in document and "version" in document:
        raise UnusableFile("a Parallax result (JSON from 'parallax align --json' or "
                           "'figures --json'), not an article")
    raise UnusableFile("JSON data, not article text")


def _is_annotations(document: object) -> bool:
    """A Web Annotation document (or a list of them), or a Hypothesis API result."""
    if isinstance(document, list):
        return bool(document) and all(_is_annotations(item) for item in document[:5])
    if not isinstance(document, dict):
        return False
    if "rows" in document and "total" in document:  # Hypothesis's search API
        return True
    context = document.get("@context")
    contexts = context if isinstance(context, list) else [context]
    if any(isinstance(c, str) and "anno.jsonld" in c for c in contexts):
        return True
    kinds = document.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(kind, str) and kind in _ANNOTATION_TYPES for kind in kinds)


_PARALLAX_TABLES = re.compile(
    r"\ufeff?\d[\d,]* articles?, \d[\d,]* (?:quantit(?:y|ies) \(\d[\d,]* with figures that "
    r"disagree|shared passages? \(at least \d+ words)")
"""The first line of `parallax figures` and `parallax align` (and of the Figures dock's export):
"5 articles, 10 quantities (2 with figures that disagree", "5 articles, 5 shared passages (at
least 6 words"."""


def refuse_parallax_tables(text: str) -> None:
    """Raise `UnusableFile` when `text` is a table Parallax printed or exported (`parallax
    figures`, `parallax align`, Export figures…): saved among the articles (the export's
    dialog may start there), it was read as an article, its figures a second event's rows (a
    review)."""
    if _PARALLAX_TABLES.match(text):
        raise UnusableFile("a Parallax table ('parallax figures' or 'parallax align', or "
                           "Export figures…), not an article")
