"""What the CSV export and the HTML report cannot hold is said, as the Hypothesis export says
it: a comment's alternatives after the first (a Choice body, a value in several languages),
and, for the CSV, the claim groups' verdicts and descriptions. Both wrote "Zwölf Raketen" and
left "A dozen missiles" out, and the CSV a verdict, unsaid (a reviewer's, of c9f373d); and a
tag given in several languages was counted as a comment's alternatives. No Qt."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_annotations_export_bodies import ARTICLE, item, placed
from tests.test_export_hypothesis_losses import CHOICE, VARIANTS
from viewer.annotations.export import export_file
from viewer.annotations.model import ClaimGroup, Verdict

TAG_IN_TWO_LANGUAGES = item(8, "two bases", [
    {"type": "TextualBody", "purpose": "tagging",
     "value": [{"@value": "Stützpunkte", "@language": "de"},
               {"@value": "bases", "@language": "en"}]},
    {"type": "TextualBody", "purpose": "commenting", "value": "One comment"}])
"""A tag given in two languages beside a comment in one: no comment in alternatives."""


def said(export_format: str, *items: dict[str, object],
         claims: tuple[ClaimGroup, ...] = ()) -> tuple[str, list[str]]:
    made = export_file(export_format, placed(*items), claims, [ARTICLE],
                       collection_id="urn:x:set", title="t")
    return made.data.decode("utf-8-sig"), [loss.line() for loss in made.dropped]


@pytest.mark.parametrize(("export_format", "holder"), [("csv", "the CSV's note cell holds"),
                                                       ("html", "the report shows")])
def test_a_comment_s_alternatives_left_out_are_said(export_format: str, holder: str) -> None:
    text, lines = said(export_format, CHOICE, VARIANTS, TAG_IN_TWO_LANGUAGES)
    assert "Zwölf Raketen" in text and "A dozen missiles" not in text
    assert lines == [
        "2 annotations have a comment in several alternatives (a Choice body, or a value in "
        f"several languages), of which {holder} the first: the others left out"]


def test_a_tag_in_several_languages_is_no_comment_in_alternatives() -> None:
    for export_format in ("hypothesis", "csv", "html"):
        assert said(export_format, TAG_IN_TWO_LANGUAGES)[1] == [], export_format


def test_the_csv_says_it_leaves_out_verdicts_and_descriptions() -> None:
    checked = ClaimGroup("Missile count", "How many missiles were fired",
                         Verdict("Mostly true", 4))
    (annotation,) = placed(TAG_IN_TWO_LANGUAGES)
    made = export_file("csv", [replace(annotation, claim=checked.name)],
                       (checked, ClaimGroup("Motive", verdict=Verdict("False"))), [ARTICLE],
                       collection_id="urn:x:set", title="t")
    assert "Mostly true" not in made.data.decode("utf-8-sig")
    assert [loss.line() for loss in made.dropped] == [
        "2 claim groups have a verdict, which the CSV has no place for: left out (the JSON-LD "
        "and ClaimReview exports and the HTML report keep it)",
        "1 claim group has a description, which the CSV has no place for: left out (the "
        "JSON-LD export and the HTML report keep it)"]
