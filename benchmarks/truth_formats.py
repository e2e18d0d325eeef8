"""Inputs of `benchmarks/evaluate.py`: a `parallax align --json` result (version 1 or 2) and a
ground truth, either `benchmarks/realistic.py`'s truth.json or a statement list in the shape of
the acceptance file `seeds_statements.json`; and the truth written as an alignment.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any


class EvaluationError(ValueError):
    """The alignment or the truth cannot be evaluated (wrong shape, other texts)."""


@dataclass(frozen=True)
class Span:
    document: str
    start: int
    end: int
    kind: str | None = None

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class GroundTruth:
    events: dict[str, str]
    """The event of every document (one event for all when the truth has none)."""
    statements: dict[str, list[Span]]
    """Each true statement's occurrences."""
    boilerplate: list[Span]


def load_alignment(data: Any) -> tuple[dict[str, str], list[list[Span]]]:
    """Document texts by id and the passages' occurrences, from version 1 or 2 JSON."""
    if not isinstance(data, dict) or data.get("version") not in (1, 2):
        raise EvaluationError("not a parallax alignment (version 1 or 2)")
    try:
        texts = {str(d["id"]): str(d["text"]) for d in data["documents"]}
        passages = [[Span(str(o["document"]), int(o["start"]), int(o["end"]), o.get("kind"))
                     for o in p["occurrences"]] for p in data["passages"]]
    except (KeyError, TypeError, ValueError) as error:
        raise EvaluationError(f"malformed alignment: {error!r}") from error
    for occurrences in passages:
        for span in occurrences:
            if span.document not in texts:
                raise EvaluationError(f"occurrence in unknown document {span.document}")
    return texts, passages


def load_truth(data: Any, texts: dict[str, str], *, paraphrases: bool = False) -> GroundTruth:
    """The truth in either shape, checked against the alignment's texts.

    Occurrences of kind `paraphrase` (acceptance shape) count only with `paraphrases`; a
    statement left in fewer than two documents is dropped.
    """
    try:
        if isinstance(data, dict) and "documents" in data:
            return _generated_truth(data, texts)
        if isinstance(data, dict) and isinstance(data.get("statements"), list):
            return _acceptance_truth(data, texts, paraphrases)
    except (KeyError, TypeError, ValueError) as error:
        if isinstance(error, EvaluationError):
            raise
        raise EvaluationError(f"malformed truth: {error!r}") from error
    raise EvaluationError("not a truth file (realistic.py truth.json or an acceptance list)")


def _generated_truth(data: dict[str, Any], texts: dict[str, str]) -> GroundTruth:
    events: dict[str, str] = {}
    for document in data["documents"]:
        text = texts.get(document["id"])
        if text is None:
            raise EvaluationError(f"document {document['id']} is missing from the alignment")
        if hashlib.sha1(text.encode("utf-8")).hexdigest() != document["sha1"]:
            raise EvaluationError(f"document {document['id']}: its text differs from the truth's")
        events[document["id"]] = document["event"]
    statements = {s["id"]: [Span(o["document"], o["start"], o["end"], o["kind"])
                            for o in s["occurrences"]] for s in data["statements"]}
    boilerplate = [Span(b["document"], b["start"], b["end"]) for b in data.get("boilerplate", [])]
    return GroundTruth(events, statements, boilerplate)


def _acceptance_truth(data: dict[str, Any], texts: dict[str, str],
                      paraphrases: bool) -> GroundTruth:
    by_stem = {PurePath(document).stem: document for document in texts}
    statements: dict[str, list[Span]] = {}
    for number, statement in enumerate(data["statements"], start=1):
        spans = []
        for occurrence in statement["occurrences"]:
            if occurrence["kind"] == "paraphrase" and not paraphrases:
                continue
            name = str(occurrence["doc"])
            document = name if name in texts else by_stem.get(PurePath(name).stem)
            if document is None:
                raise EvaluationError(f"document {name} is missing from the alignment")
            start, end = int(occurrence["start"]), int(occurrence["end"])
            if "text" in occurrence and texts[document][start:end] != occurrence["text"]:
                raise EvaluationError(f"document {name}: its text differs from the truth's "
                                      f"at {start}-{end}")
            spans.append(Span(document, start, end, occurrence["kind"]))
        if len({span.document for span in spans}) >= 2:
            statements[str(statement.get("name") or f"s{number}")] = spans
    return GroundTruth(_acceptance_events(data, texts, by_stem), statements, [])


def _acceptance_events(data: dict[str, Any], texts: dict[str, str],
                       by_stem: dict[str, str]) -> dict[str, str]:
    """Each document's event from the optional `events` map (file name -> event), else "all"."""
    events = dict.fromkeys(texts, "all")
    for name, event in (data.get("events") or {}).items():
        document = name if name in texts else by_stem.get(PurePath(str(name)).stem)
        if document is None:
            raise EvaluationError(f"document {name} is missing from the alignment")
        events[document] = str(event)
    return events


def truth_as_alignment(truth: Any, texts: dict[str, str]) -> dict[str, Any]:
    """A realistic.py truth written as a version 2 alignment: one passage per true statement."""
    return {
        "version": 2,
        "documents": [{"id": d["id"], "path": d["file"], "title": d["id"], "date": None,
                       "text": texts[d["id"]]} for d in truth["documents"]],
        "passages": [{"id": f"p{number}", "consensus": s["text"],
                      "occurrences": [{"document": o["document"], "start": o["start"],
                                       "end": o["end"], "text": o["text"], "kind": o["kind"],
                                       "differences": []} for o in s["occurrences"]]}
                     for number, s in enumerate(truth["statements"], start=1)],
    }
