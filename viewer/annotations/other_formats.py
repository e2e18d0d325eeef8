"""Other tools' annotation formats Parallax does not read, told by a glance, so that a refusal
names the format instead of calling the file corrupt or "not an annotation" (an interop
tester's brat, WebAnno, Doccano and Label Studio files). No Qt."""

from __future__ import annotations

import re
from typing import Any


def other_tools_record(item: dict[str, Any]) -> str | None:
    """The tool whose record `item` is, when its keys say so plainly (an interop tester's
    Doccano and Label Studio exports were only "not an annotation")."""
    if "text" in item and any(key in item for key in ("entities", "label", "labels")):
        return "a Doccano record (a text with labelled spans)"
    if "data" in item and any(key in item for key in ("annotations", "predictions")):
        return "a Label Studio task"
    return None


_BRAT_LINE = re.compile(r"[TRNAE#*]\d*\t\S")
"""A line of brat's standoff format: an id (T1, R2, #1, *), a tab, an annotation."""


def other_tools_text_format(start: str, first_line: str) -> str | None:
    """The annotation format of another tool a text file is in, when it says so plainly: the
    interop tester's brat and WebAnno files were "not valid JSON ... truncated or corrupt"."""
    if first_line.startswith("#FORMAT=WebAnno TSV"):
        return "a WebAnno / INCEpTION TSV file"
    lines = [line for line in start.split("\n", 20)[:20] if line.strip()]
    if lines and all(_BRAT_LINE.match(line) for line in lines):
        return "a brat standoff file"
    return None
