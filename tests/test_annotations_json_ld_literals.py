"""JSON-LD value objects (`{"@value": 82}`, typed or in a list of one) read as the literal they
stand for wherever a number or a string is read, as a quote's text already was. No Qt."""

from __future__ import annotations

from typing import Any

import pytest

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.model import AnchorStatus
from viewer.annotations.w3c import collection_from_json
from viewer.corpus import Article

TEXT = "Officials said that a total of 22 missiles struck two bases housing US troops."
ARTICLE = Article("a", TEXT, "A", url="https://example.org/a")
XSD = "http://www.w3.org/2001/XMLSchema#"
START = TEXT.index("a total")


def placed(selector: dict[str, Any], **more: Any) -> Any:
    item = {"id": "urn:x:1", "type": "Annotation", **more,
            "target": {"source": "https://example.org/a", "selector": selector}}
    [annotation] = anchor_all(collection_from_json(item).annotations, [ARTICLE])
    return annotation


@pytest.mark.parametrize("start", [
    {"@value": START},
    {"@type": "xsd:nonNegativeInteger", "@value": START},
    {"@type": f"{XSD}nonNegativeInteger", "@value": str(START)},
    [START],
    [{"@value": START}],
])
def test_a_position_s_start_as_a_value_object_is_its_number(start):
    """Each was refused, "expected a whole number, got an object" (or "a list")."""
    annotation = placed({"type": "TextPositionSelector", "start": start, "end": START + 22})
    assert annotation.status is AnchorStatus.ANCHORED
    assert annotation.exact == "a total of 22 missiles"


def test_compact_json_ld_with_a_vocabulary_and_typed_literals_is_read():
    """`@vocab` set to the Open Annotation namespace: its keys are bare and its numbers and
    dates typed literals."""
    item = {"@context": {"@vocab": "http://www.w3.org/ns/oa#"}, "@id": "urn:x:2",
            "@type": "Annotation",
            "dcterms:created": {"@type": f"{XSD}dateTime", "@value": "2020-01-09T10:00:00Z"},
            "hasTarget": {"@type": "SpecificResource",
                          "hasSource": {"@id": "https://example.org/a"},
                          "hasSelector": {"@type": "TextPositionSelector",
                                          "start": {"@type": f"{XSD}nonNegativeInteger",
                                                    "@value": START},
                                          "end": {"@type": f"{XSD}nonNegativeInteger",
                                                  "@value": START + 22}}}}
    [annotation] = anchor_all(collection_from_json(item).annotations, [ARTICLE])
    assert annotation.exact == "a total of 22 missiles"
    assert annotation.created == "2020-01-09T10:00:00Z"


def test_a_date_as_a_typed_literal_is_its_date():
    annotation = placed({"type": "TextQuoteSelector", "exact": "22 missiles"},
                        created={"@type": f"{XSD}dateTime", "@value": "2020-01-09T10:00:00Z"})
    assert annotation.created == "2020-01-09T10:00:00Z"
