"""What the Hypothesis export cannot hold beyond the bodies' languages and markup: claim groups,
their verdicts, and a comment's alternatives after the first -- said in one line a kind, as the
other losses are (a tester found them gone from the file, unsaid; the JSON-LD export keeps
them). No Qt."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from tests.test_annotations_export_bodies import ARTICLE, item, placed
from viewer.annotations.export import export_file
from viewer.annotations.model import ClaimGroup, Verdict

CHOICE = item(5, "a dozen missiles", [
    {"type": "Choice", "items": [
        {"type": "TextualBody", "value": "Zwölf Raketen", "language": "de"},
        {"type": "TextualBody", "value": "A dozen missiles", "language": "en"}]}])
"""The tester's anno/4: one comment in German or in English."""
VARIANTS = item(6, "22 missiles", [
    {"type": "TextualBody", "purpose": "commenting",
     "value": [{"@value": "22 Raketen", "@language": "de"},
               {"@value": "22 missiles", "@language": "en"}]}])
"""One comment whose value is given in two languages."""
ONE_OPTION = item(7, "two bases", [
    {"type": "Choice", "items": [
        {"type": "TextualBody", "value": "Deux bases", "language": "fr"},
        {"type": "SpecificResource", "source": "https://www.wikidata.org/wiki/Q1"}]}])
"""A Choice of one text and a link: no other text to lose."""
CHECKED = ClaimGroup("Missile count", verdict=Verdict("Mostly true", 4))


def hypothesis(annotations: list[Any], claims: tuple[ClaimGroup, ...] = ()
               ) -> tuple[dict[str, Any], list[str]]:
    made = export_file("hypothesis", annotations, claims, [ARTICLE], collection_id="urn:x:set",
                       title="t")
    return json.loads(made.data), [loss.line() for loss in made.dropped]


def test_the_hypothesis_export_says_it_writes_only_a_comment_s_first_alternative() -> None:
    document, said = hypothesis(placed(CHOICE, VARIANTS, ONE_OPTION))
    texts = {row["id"]: row["text"] for row in document["annotations"]}
    assert texts[CHOICE["id"]] == "Zwölf Raketen"  # (the first, which Parallax shows)
    assert said[-1:] == [
        "2 annotations have a comment in several alternatives (a Choice body, or a value in "
        "several languages), of which Hypothesis' one text holds the first: the others left out"]


def test_the_hypothesis_export_says_it_leaves_out_claim_groups_and_verdicts() -> None:
    first, second, third = placed(CHOICE, VARIANTS, ONE_OPTION)
    linked = [replace(first, claim=CHECKED.name), replace(second, claim="Motive"), third]
    document, said = hypothesis(linked, (CHECKED, ClaimGroup("Motive"), ClaimGroup("Unused")))
    assert "Missile count" not in json.dumps(document)
    assert said[-2:] == [
        "2 annotations have a claim group, which Hypothesis has no place for: left out (the "
        "JSON-LD and Readium exports keep it)",
        "1 claim group has a verdict, which Hypothesis has no place for: left out"]


def test_the_json_ld_export_keeps_them_and_says_nothing() -> None:
    first, *_ = placed(CHOICE)
    made = export_file("jsonld", [replace(first, claim=CHECKED.name)], (CHECKED,), [ARTICLE],
                       collection_id="urn:x:set", title="t")
    written = json.loads(made.data)
    assert made.dropped == ()
    assert "A dozen missiles" in json.dumps(written, ensure_ascii=False)
    assert written["parallax:claims"][0]["parallax:verdict"]
