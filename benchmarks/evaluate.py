"""Score a `parallax align --json` result against the ground truth of `benchmarks/realistic.py`.

Reads the alignment (version 2; version 1, without `kind` and `consensus`, is accepted) and the
truth file, checks that every document's text is the one the truth was made on, and reports:

Definitions (t: a truth occurrence of a true statement u; r: an occurrence of a reported passage
p; |x| a span's characters; overlap counted in characters of the same document):

- **hit**: r hits t when they are in the same document and overlap by at least half of t's
  characters or by at least 25 characters (so a passage covering most of a long quote counts,
  and a short fragment must be mostly covered). p hits t when one of its occurrences does.
- **detects**: p detects u when p hits occurrences of u in at least two different documents
  (it links u somewhere). u is *found* when some passage detects it.
- **pair recall** (outlet-pair recall): over all true statements u and all unordered pairs of
  different documents {A, B} that both carry u, the share for which one passage hits an
  occurrence of u in A and an occurrence of u in B.
- **granularity**: the mean, over found statements, of the number of passages that detect it
  (1.0: each statement is one passage; 2.0: each is split in two), as in the PAN text-reuse
  evaluation but per statement.
- **span precision / recall** (characters, micro-averaged): per document, T = union of truth
  occurrence spans, R = union of reported occurrence spans; recall = sum |T & R| / sum |T|,
  precision = sum |T & R| / sum |R|. Every reported character outside a true statement counts
  against precision (attribution, filler, boilerplate, another event).
- **fragment recall** / **copy recall**: the share of truth occurrences of that kind that are
  *linked*: hit by a passage that also hits another occurrence of the same statement in a
  different document.
- **kind agreement** (version 2 only): of the linked truth occurrences, the share whose
  best-overlapping reported occurrence has the same `kind`.
- **cross-event links**: passages with occurrences in articles of different events, and the
  distinct document pairs such passages link; **unsupported pairs**: document pairs linked by
  a passage that share no true statement (cross-event pairs included).
- **boilerplate characters**: reported characters inside boilerplate lines and common phrases.
- **PAN-style score** (Potthast et al., "An Evaluation Framework for Plagiarism Detection",
  2010): cases are pairs of truth occurrences of one statement in two documents, detections
  are pairs of occurrences of one passage in two documents (overlapping occurrences of one
  statement or passage in one document are merged first). A detection r detects a case s when
  they concern the same two documents and overlap in both; s & r counts the overlapping
  characters on both sides. precision = mean over detections of |U_s (s & r)| / |r|,
  recall = mean over cases of |U_r (s & r)| / |s|, granularity = mean over detected cases of
  the number of detections detecting it, plagdet = F1(precision, recall) / log2(1 + granularity).

Command line:  python benchmarks/evaluate.py ALIGN.json TRUTH.json [--json]
(ALIGN.json may be `-` for standard input).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

HIT_SHARE = 0.5
HIT_CHARS = 25


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
class Scores:
    statements: int
    statements_found: int
    passages: int
    pair_recall: float
    pairs: int
    granularity: float
    span_precision: float
    span_recall: float
    fragment_recall: float
    fragments: int
    copy_recall: float
    copies: int
    kind_agreement: float | None
    cross_event_passages: int
    cross_event_pairs: int
    unsupported_pairs: int
    boilerplate_chars: int
    pan_precision: float
    pan_recall: float
    pan_granularity: float
    plagdet: float


def overlap(first: Span, second: Span) -> int:
    if first.document != second.document:
        return 0
    return max(0, min(first.end, second.end) - max(first.start, second.start))


def hits(reported: Span, truth: Span) -> bool:
    shared = overlap(reported, truth)
    return shared > 0 and shared >= min(HIT_SHARE * len(truth), HIT_CHARS)


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


def load_truth(data: Any, texts: dict[str, str]) -> tuple[
        dict[str, str], dict[str, list[Span]], dict[str, str], list[Span]]:
    """Events by document, occurrences by statement, each statement's event, boilerplate."""
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
    statement_events = {s["id"]: s["event"] for s in data["statements"]}
    boilerplate = [Span(b["document"], b["start"], b["end"]) for b in data.get("boilerplate", [])]
    return events, statements, statement_events, boilerplate


def evaluate(alignment: Any, truth: Any) -> Scores:
    texts, passages = load_alignment(alignment)
    events, statements, _, boilerplate = load_truth(truth, texts)
    by_document: dict[str, list[tuple[int, Span]]] = defaultdict(list)
    for number, occurrences in enumerate(passages):
        for span in occurrences:
            by_document[span.document].append((number, span))

    pairs_total = pairs_linked = found = detecting_total = 0
    linked_kind: dict[str, list[bool]] = {"copy": [], "fragment": []}
    kinds_agree: list[bool] = []
    true_pairs: set[tuple[str, str]] = set()
    for occurrences in statements.values():
        documents = sorted({t.document for t in occurrences})
        true_pairs.update(combinations(documents, 2))
        hit_by: list[dict[int, Span]] = []  # per truth occurrence: passage -> best occurrence
        for truth_span in occurrences:
            best: dict[int, Span] = {}
            for number, span in by_document.get(truth_span.document, []):
                if hits(span, truth_span) and (number not in best or overlap(
                        span, truth_span) > overlap(best[number], truth_span)):
                    best[number] = span
            hit_by.append(best)
        documents_hit: dict[int, set[str]] = defaultdict(set)
        for truth_span, best in zip(occurrences, hit_by, strict=True):
            for number in best:
                documents_hit[number].add(truth_span.document)
        detecting = [n for n, hit_documents in documents_hit.items() if len(hit_documents) >= 2]
        if detecting:
            found += 1
            detecting_total += len(detecting)
        linked: set[tuple[str, str]] = set()
        for number in detecting:
            linked.update(combinations(sorted(documents_hit[number]), 2))
        pairs_total += len(documents) * (len(documents) - 1) // 2
        pairs_linked += len(linked)
        for truth_span, best in zip(occurrences, hit_by, strict=True):
            links = [n for n in best if len(documents_hit[n] - {truth_span.document}) > 0]
            linked_kind.setdefault(str(truth_span.kind), []).append(bool(links))
            if links:
                chosen = max((best[n] for n in links), key=lambda s: overlap(s, truth_span))
                if chosen.kind is not None:
                    kinds_agree.append(chosen.kind == truth_span.kind)

    truth_union = _unions(span for spans in statements.values() for span in spans)
    reported_union = _unions(span for spans in passages for span in spans)
    common = sum(_intersection(truth_union.get(d, []), reported_union.get(d, []))
                 for d in reported_union)
    truth_chars = sum(e - s for spans in truth_union.values() for s, e in spans)
    reported_chars = sum(e - s for spans in reported_union.values() for s, e in spans)
    boilerplate_union = _unions(boilerplate)
    boilerplate_chars = sum(_intersection(boilerplate_union.get(d, []), spans)
                            for d, spans in reported_union.items())

    cross_passages = 0
    engine_pairs: set[tuple[str, str]] = set()
    cross_pairs: set[tuple[str, str]] = set()
    for occurrences in passages:
        documents = sorted({span.document for span in occurrences})
        pairs = set(combinations(documents, 2))
        engine_pairs |= pairs
        crossing = {(a, b) for a, b in pairs if events.get(a) != events.get(b)}
        if crossing:
            cross_passages += 1
            cross_pairs |= crossing
    pan = pan_scores(list(statements.values()), passages)
    return Scores(
        statements=len(statements),
        statements_found=found,
        passages=len(passages),
        pair_recall=_ratio(pairs_linked, pairs_total),
        pairs=pairs_total,
        granularity=detecting_total / found if found else 1.0,
        span_precision=_ratio(common, reported_chars),
        span_recall=_ratio(common, truth_chars),
        fragment_recall=_ratio(sum(linked_kind["fragment"]), len(linked_kind["fragment"])),
        fragments=len(linked_kind["fragment"]),
        copy_recall=_ratio(sum(linked_kind["copy"]), len(linked_kind["copy"])),
        copies=len(linked_kind["copy"]),
        kind_agreement=_ratio(sum(kinds_agree), len(kinds_agree)) if kinds_agree else None,
        cross_event_passages=cross_passages,
        cross_event_pairs=len(cross_pairs),
        unsupported_pairs=len(engine_pairs - true_pairs),
        boilerplate_chars=boilerplate_chars,
        pan_precision=pan[0], pan_recall=pan[1], pan_granularity=pan[2], plagdet=pan[3],
    )


def pan_scores(statements: list[list[Span]],
               passages: list[list[Span]]) -> tuple[float, float, float, float]:
    """(precision, recall, granularity, plagdet) over document-pair cases, as PAN defines them."""
    cases = _pair_items(statements)
    detections = _pair_items(passages)
    precision_sum = 0.0
    for key, items in detections.items():
        for r_first, r_second in items:
            detected = [(s_first, s_second) for s_first, s_second in cases.get(key, [])
                        if overlap(s_first, r_first) and overlap(s_second, r_second)]
            covered = (_covered(r_first, [s for s, _ in detected])
                       + _covered(r_second, [s for _, s in detected]))
            precision_sum += covered / (len(r_first) + len(r_second))
    recall_sum = 0.0
    detected_cases = detections_per_case = 0
    for key, items in cases.items():
        for s_first, s_second in items:
            detecting = [(r_first, r_second) for r_first, r_second in detections.get(key, [])
                         if overlap(s_first, r_first) and overlap(s_second, r_second)]
            covered = (_covered(s_first, [r for r, _ in detecting])
                       + _covered(s_second, [r for _, r in detecting]))
            recall_sum += covered / (len(s_first) + len(s_second))
            if detecting:
                detected_cases += 1
                detections_per_case += len(detecting)
    detection_count = sum(len(items) for items in detections.values())
    case_count = sum(len(items) for items in cases.values())
    precision = precision_sum / detection_count if detection_count else 0.0
    recall = recall_sum / case_count if case_count else 1.0
    granularity = detections_per_case / detected_cases if detected_cases else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, granularity, f1 / math.log2(1 + granularity)


def _pair_items(groups: list[list[Span]]) -> dict[tuple[str, str], list[tuple[Span, Span]]]:
    """Per ordered document pair, the pairs of (merged) occurrences of one group."""
    items: dict[tuple[str, str], list[tuple[Span, Span]]] = defaultdict(list)
    for spans in groups:
        merged = [Span(document, start, end) for document, intervals in
                  sorted(_unions(spans).items()) for start, end in intervals]
        for first, second in combinations(merged, 2):
            if first.document != second.document:
                items[(first.document, second.document)].append((first, second))
    return items


def _covered(span: Span, others: list[Span]) -> int:
    return _intersection([(span.start, span.end)],
                         _union([(o.start, o.end) for o in others]))


def _unions(spans: Iterable[Span]) -> dict[str, list[tuple[int, int]]]:
    grouped: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for span in spans:
        grouped[span.document].append((span.start, span.end))
    return {document: _union(intervals) for document, intervals in grouped.items()}


def _union(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged


def _intersection(first: list[tuple[int, int]], second: list[tuple[int, int]]) -> int:
    total = i = j = 0
    while i < len(first) and j < len(second):
        total += max(0, min(first[i][1], second[j][1]) - max(first[i][0], second[j][0]))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return total


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def truth_as_alignment(truth: Any, texts: dict[str, str]) -> dict[str, Any]:
    """The truth written as a version 2 alignment: one passage per true statement."""
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


def format_scores(scores: Scores) -> str:
    kind = "-" if scores.kind_agreement is None else f"{scores.kind_agreement:.3f}"
    return "\n".join((
        f"statements found      {scores.statements_found} / {scores.statements} "
        f"({scores.passages} passages reported)",
        f"pair recall           {scores.pair_recall:.3f}  ({scores.pairs} statement-pairs)",
        f"granularity           {scores.granularity:.3f}",
        f"span precision        {scores.span_precision:.3f}",
        f"span recall           {scores.span_recall:.3f}",
        f"fragment recall       {scores.fragment_recall:.3f}  ({scores.fragments} fragments)",
        f"copy recall           {scores.copy_recall:.3f}  ({scores.copies} copies)",
        f"kind agreement        {kind}",
        f"cross-event links     {scores.cross_event_passages} passages, "
        f"{scores.cross_event_pairs} document pairs",
        f"unsupported pairs     {scores.unsupported_pairs}",
        f"boilerplate chars     {scores.boilerplate_chars}",
        f"PAN precision/recall  {scores.pan_precision:.3f} / {scores.pan_recall:.3f}, "
        f"granularity {scores.pan_granularity:.3f}, plagdet {scores.plagdet:.3f}",
    ))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("alignment", help="parallax align --json output, or - for stdin")
    parser.add_argument("truth", type=Path, help="truth.json from benchmarks/realistic.py")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    try:
        source = sys.stdin.read() if args.alignment == "-" else Path(args.alignment).read_text(
            encoding="utf-8")
        scores = evaluate(json.loads(source), json.loads(args.truth.read_text(encoding="utf-8")))
    except (OSError, ValueError) as error:
        print(f"evaluate: {error}", file=sys.stderr)
        return 1
    print(json.dumps(asdict(scores)) if args.json else format_scores(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main())
