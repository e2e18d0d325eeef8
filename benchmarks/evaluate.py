"""Score a `parallax align --json` result against the ground truth of `benchmarks/realistic.py`.

Reads the alignment (version 2; version 1, without `kind` and `consensus`, is accepted) and the
truth file (`benchmarks/truth_formats.py`: realistic.py's truth.json, or a statement list shaped
like the acceptance file seeds_statements.json), checks that every document's text is the one the
truth was made on, and reports the measures below.

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
  document pairs such passages link (summed over passages); **unsupported pairs**: document
  pairs linked by a passage that share no true statement (summed over passages, cross-event
  pairs included).
- **merged passages**: passages that detect two or more different true statements (statements
  that should stay separate, such as two official statements about one event).
- **boilerplate characters**: reported characters inside boilerplate lines and common phrases.
- **PAN-style score** (Potthast et al., "An Evaluation Framework for Plagiarism Detection",
  2010): cases are pairs of truth occurrences of one statement in two documents, detections
  are pairs of occurrences of one passage in two documents (overlapping occurrences of one
  statement or passage in one document are merged first). A detection r detects a case s when
  they concern the same two documents and overlap in both; s & r counts the overlapping
  characters on both sides. precision = mean over detections of |U_s (s & r)| / |r|,
  recall = mean over cases of |U_r (s & r)| / |s|, granularity = mean over detected cases of
  the number of detections detecting it, plagdet = F1(precision, recall) / log2(1 + granularity).

Command line:  python benchmarks/evaluate.py ALIGN.json TRUTH.json [--json] [--explain N]
(ALIGN.json may be `-` for standard input; `--explain N` lists the N statements scored worst).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import asdict, dataclass
from itertools import combinations
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository's `benchmarks` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.pan_score import (
    intersection_length,
    overlap,
    pan_scores,
    partners_of,
    unions_by_document,
)
from benchmarks.truth_formats import (  # re-exported for callers and tests
    EvaluationError,
    GroundTruth,
    Span,
    load_alignment,
    load_truth,
    truth_as_alignment,
)

__all__ = ["EvaluationError", "Scores", "Span", "evaluate", "explain", "truth_as_alignment"]

HIT_SHARE = 0.5
HIT_CHARS = 25


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
    merged_passages: int
    cross_event_passages: int
    cross_event_pairs: int
    unsupported_pairs: int
    boilerplate_chars: int
    pan_precision: float
    pan_recall: float
    pan_granularity: float
    plagdet: float


def hits(reported: Span, truth: Span) -> bool:
    shared = overlap(reported, truth)
    return shared > 0 and shared >= min(HIT_SHARE * len(truth), HIT_CHARS)


@dataclass(frozen=True)
class StatementResult:
    """How one true statement fared: its pairs, the passages that detect it, what was missed."""

    id: str
    documents: int
    pairs: int
    linked_pairs: int
    detecting: tuple[int, ...]
    unlinked: tuple[Span, ...]
    kinds: tuple[tuple[str, bool, str | None], ...]
    """Per occurrence: truth kind, linked, kind of the best reported occurrence."""


def statement_results(truth: GroundTruth, passages: list[list[Span]]) -> list[StatementResult]:
    by_document: dict[str, list[tuple[int, Span]]] = defaultdict(list)
    for number, occurrences in enumerate(passages):
        for span in occurrences:
            by_document[span.document].append((number, span))
    results = []
    for key, occurrences in truth.statements.items():
        documents = sorted({t.document for t in occurrences})
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
        detecting = tuple(sorted(n for n, hit in documents_hit.items() if len(hit) >= 2))
        linked: set[tuple[str, str]] = set()
        for number in detecting:
            linked.update(combinations(sorted(documents_hit[number]), 2))
        kinds = []
        unlinked = []
        for truth_span, best in zip(occurrences, hit_by, strict=True):
            links = [n for n in best if documents_hit[n] - {truth_span.document}]
            chosen = max((best[n] for n in links), key=lambda s: overlap(s, truth_span),
                         default=None)
            kinds.append((str(truth_span.kind), chosen is not None,
                          None if chosen is None else chosen.kind))
            if chosen is None:
                unlinked.append(truth_span)
        results.append(StatementResult(key, len(documents),
                                       len(documents) * (len(documents) - 1) // 2,
                                       len(linked), detecting, tuple(unlinked), tuple(kinds)))
    return results


def evaluate(alignment: Any, truth: Any, *, paraphrases: bool = False) -> Scores:
    texts, passages = load_alignment(alignment)
    ground = load_truth(truth, texts, paraphrases=paraphrases)
    return score(ground, passages, statement_results(ground, passages))


def score(truth: GroundTruth, passages: list[list[Span]],
          results: list[StatementResult]) -> Scores:
    found = [result for result in results if result.detecting]
    linked_kind: dict[str, list[bool]] = {"copy": [], "fragment": []}
    kinds_agree = []
    for result in results:
        for kind, linked, reported in result.kinds:
            linked_kind.setdefault(kind, []).append(linked)
            if linked and reported is not None:
                kinds_agree.append(reported == kind)
    detected_by: dict[int, int] = defaultdict(int)
    for result in results:
        for number in result.detecting:
            detected_by[number] += 1

    truth_union = unions_by_document(span for spans in truth.statements.values() for span in spans)
    reported_union = unions_by_document(span for spans in passages for span in spans)
    common = sum(intersection_length(truth_union.get(d, []), reported_union.get(d, []))
                 for d in reported_union)
    truth_chars = sum(e - s for spans in truth_union.values() for s, e in spans)
    reported_chars = sum(e - s for spans in reported_union.values() for s, e in spans)
    boilerplate_union = unions_by_document(truth.boilerplate)
    boilerplate_chars = sum(intersection_length(boilerplate_union.get(d, []), spans)
                            for d, spans in reported_union.items())

    partners = partners_of(truth.statements.values())
    cross_passages = cross_pairs = unsupported = 0
    for occurrences in passages:
        documents = sorted({span.document for span in occurrences})
        per_event: dict[str, int] = defaultdict(int)
        for document in documents:
            per_event[truth.events.get(document, "")] += 1
        crossing = (len(documents) ** 2 - sum(n * n for n in per_event.values())) // 2
        cross_passages += crossing > 0
        cross_pairs += crossing
        present = set(documents)
        supported = sum(len(partners.get(document, set()) & present) for document in documents)
        unsupported += len(documents) * (len(documents) - 1) // 2 - supported // 2
    pan = pan_scores(list(truth.statements.values()), passages, partners)
    return Scores(
        statements=len(results),
        statements_found=len(found),
        passages=len(passages),
        pair_recall=_ratio(sum(r.linked_pairs for r in results), sum(r.pairs for r in results)),
        pairs=sum(r.pairs for r in results),
        granularity=sum(len(r.detecting) for r in found) / len(found) if found else 1.0,
        span_precision=_ratio(common, reported_chars),
        span_recall=_ratio(common, truth_chars),
        fragment_recall=_ratio(sum(linked_kind["fragment"]), len(linked_kind["fragment"])),
        fragments=len(linked_kind["fragment"]),
        copy_recall=_ratio(sum(linked_kind["copy"]), len(linked_kind["copy"])),
        copies=len(linked_kind["copy"]),
        kind_agreement=_ratio(sum(kinds_agree), len(kinds_agree)) if kinds_agree else None,
        merged_passages=sum(count >= 2 for count in detected_by.values()),
        cross_event_passages=cross_passages,
        cross_event_pairs=cross_pairs,
        unsupported_pairs=unsupported,
        boilerplate_chars=boilerplate_chars,
        pan_precision=pan[0], pan_recall=pan[1], pan_granularity=pan[2], plagdet=pan[3],
    )


def explain(alignment: Any, truth: Any, limit: int, *, paraphrases: bool = False) -> str:
    """The `limit` statements scored worst (unlinked pairs, then passages), with what went wrong."""
    texts, passages = load_alignment(alignment)
    ground = load_truth(truth, texts, paraphrases=paraphrases)
    results = statement_results(ground, passages)
    results.sort(key=lambda r: (r.linked_pairs - r.pairs, -len(r.detecting), r.id))
    lines = []
    for result in results[:limit]:
        lines.append(f"{result.id}: {result.linked_pairs}/{result.pairs} pairs linked, "
                     f"{len(result.detecting)} passages, {result.documents} documents")
        for number in result.detecting:
            spans = passages[number]
            first = spans[0]
            lines.append(f"  passage #{number + 1} ({len(spans)} occurrences): "
                         f"{texts[first.document][first.start:first.end][:90]!r}")
        for span in result.unlinked:
            lines.append(f"  not linked: {span.document} {span.start}-{span.end} {span.kind} "
                         f"{texts[span.document][span.start:span.end][:80]!r}")
    return "\n".join(lines)


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


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
        f"merged passages       {scores.merged_passages}",
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
    parser.add_argument("truth", type=Path,
                        help="truth.json from benchmarks/realistic.py, or an acceptance list")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--explain", type=int, default=0, metavar="N",
                        help="also list the N statements scored worst")
    parser.add_argument("--paraphrases", action="store_true",
                        help="count `paraphrase` occurrences of an acceptance list")
    args = parser.parse_args(argv)
    try:
        source = sys.stdin.read() if args.alignment == "-" else Path(args.alignment).read_text(
            encoding="utf-8")
        alignment = json.loads(source)
        truth = json.loads(args.truth.read_text(encoding="utf-8"))
        scores = evaluate(alignment, truth, paraphrases=args.paraphrases)
        details = explain(alignment, truth, args.explain, paraphrases=args.paraphrases) \
            if args.explain else ""
    except (OSError, ValueError) as error:
        print(f"evaluate: {error}", file=sys.stderr)
        return 1
    print(json.dumps(asdict(scores)) if args.json else format_scores(scores))
    if details:
        print(details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
