"""Half a character (an unpaired UTF-16 surrogate escape) in another tool's file: dropped from a
quote's context, which then still places the annotation; anywhere else only its annotation is
refused, named, and the others are read. No Qt."""

from __future__ import annotations

import json
from typing import Any

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.model import AnchorStatus
from viewer.annotations.store import load_collection, parse_bytes
from viewer.annotations.w3c import set_to_text
from viewer.corpus import Article

TEXT = ("Protesters waved flags \U0001F1FA\U0001F1E6 and shouted \U0001F525 as the minister "
        "arrived. The crowd \U0001F389 cheered.")
ARTICLE = Article("emoji", TEXT, "Emoji report", url="https://news.example.com/emoji")


def hypothesis_rows(*rows: dict[str, Any]) -> bytes:
    """A Hypothesis search result as its server writes it: any lone surrogate an escape."""
    return json.dumps({"total": len(rows), "rows": list(rows)}).encode("ascii")


def row(row_id: str, *, prefix: str, suffix: str, text: str = "a note") -> dict[str, Any]:
    page = "https://news.example.com/emoji"
    return {"id": row_id, "uri": page, "text": text, "tags": [], "target": [{
        "source": page, "selector": [{"type": "TextQuoteSelector", "exact": "minister",
                                      "prefix": prefix, "suffix": suffix}]}]}


# Hypothesis' client cut the flag's first half (U+1F1FA is \ud83c\uddfa) and the party popper's
# second half (U+1F389 is \ud83c\udf89): each context keeps one lone half.
CUT_CONTEXT = row("cutContext", prefix="\uddfa\U0001F1E6 and shouted \U0001F525 as the ",
                  suffix=" arrived. The crowd \ud83c")


def test_a_context_cut_mid_character_is_mended_and_the_annotation_placed(tmp_path):
    parsed = parse_bytes(tmp_path / "h.json", hypothesis_rows(CUT_CONTEXT))
    [read] = parsed.annotations
    assert read.prefix == "\U0001F1E6 and shouted \U0001F525 as the "
    assert read.suffix == " arrived. The crowd "
    [annotation] = anchor_all(parsed.annotations, [ARTICLE])
    assert annotation.status is AnchorStatus.ANCHORED
    assert TEXT[annotation.start:annotation.end] == "minister"
    set_to_text(AnnotationSet([annotation])).encode("utf-8")  # it can be saved


def test_half_a_character_elsewhere_refuses_only_its_annotation(tmp_path):
    broken_note = row("brokenNote", prefix="", suffix="", text="cut \ud83d")
    path = tmp_path / "h.json"
    path.write_bytes(hypothesis_rows(CUT_CONTEXT, broken_note))
    parsed = load_collection(path)
    assert [a.id for a in parsed.annotations] == ["https://hypothes.is/a/cutContext"]
    [problem] = parsed.problems
    assert problem.startswith("the annotation at $.rows[1].text: an unpaired UTF-16 surrogate")


def test_a_context_in_expanded_json_ld_is_mended_too(tmp_path):
    oa = "http://www.w3.org/ns/oa#"
    selector = {"@type": [f"{oa}TextQuoteSelector"], f"{oa}exact": [{"@value": "minister"}],
                f"{oa}prefix": [{"@value": "\udd25 as the "}]}
    document = json.dumps({"@id": "urn:x:1", "@type": [f"{oa}Annotation"], f"{oa}hasTarget": [{
        f"{oa}hasSource": [{"@id": "https://news.example.com/emoji"}],
        f"{oa}hasSelector": [selector]}]})
    parsed = parse_bytes(tmp_path / "x.jsonld", document.encode("ascii"))
    [read] = parsed.annotations
    assert read.evidence is not None and read.evidence.quote is not None
    assert read.evidence.quote.prefix == " as the "
    [annotation] = anchor_all(parsed.annotations, [ARTICLE])
    assert annotation.status is AnchorStatus.ANCHORED
