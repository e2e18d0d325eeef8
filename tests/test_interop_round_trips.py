"""Property tests of what comes back out of Parallax from another tool's file: dates written as
numbers, Annotorious' core model, Readium annotation sets. Each fails without its rule."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.dates import as_epoch_like, epoch_date
from viewer.annotations.w3c import collection_from_json, set_to_text

PROPERTY = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
EDIT_TIME = "2026-12-03T09:00:00Z"

milliseconds = st.integers(10**11, 10**14 - 1)
seconds = st.integers(10**8, 10**11 - 1)


def a_quote(created: object, modified: object = None) -> dict[str, Any]:
    item: dict[str, Any] = {"type": "Annotation", "id": "urn:x:dated", "created": created,
                            "body": {"type": "TextualBody", "value": "note"},
                            "target": {"source": "https://example.org/a",
                                       "selector": {"type": "TextQuoteSelector",
                                                    "exact": "words"}}}
    if modified is not None:
        item["modified"] = modified
    return item


def as_moment(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def test_dates_written_as_numbers_are_read_as_the_dates_they_are():
    """Seconds or milliseconds since 1970: the annotation was left out as unreadable
    ("expected a date-time string, got a number")."""
    (annotation,) = collection_from_json([a_quote(1732871052331, 1732871100)]).annotations
    assert annotation.created == "2024-11-29T09:04:12.331Z"
    assert annotation.modified == "2024-11-29T09:05:00Z"
    # A number that can be no date (some tools write 0 for "unknown") is none, and the
    # annotation is still read; the number is written back as it was.
    (unknown,) = collection_from_json([a_quote(0)]).annotations
    assert unknown.created is None
    assert json.loads(set_to_text(AnnotationSet([unknown])))["first"]["items"][0][
        "created"] == 0


@PROPERTY
@given(st.one_of(milliseconds, seconds))
def test_an_epoch_number_reads_as_one_date_and_writes_back_as_itself(number):
    iso = epoch_date(number)
    assert as_moment(iso).tzinfo == timezone.utc
    assert 1973 <= as_moment(iso).year <= 5138
    assert as_epoch_like(iso, number) == number


@PROPERTY
@given(st.one_of(milliseconds, seconds), st.booleans())
def test_an_edited_annotation_keeps_the_tools_date_form(created, edited):
    """Read, edited (or not) and saved: the dates stay numbers in the unit the tool wrote;
    the new `modified` is the edit time."""
    (annotation,) = collection_from_json([a_quote(created)]).annotations
    if edited:
        annotation = annotation.edited(tags=["t"], note="changed", when=EDIT_TIME)
    item = json.loads(set_to_text(AnnotationSet([annotation])))["first"]["items"][0]
    assert item["created"] == created
    if not edited:
        assert "modified" not in item
        return
    assert isinstance(item["modified"], int)
    assert (item["modified"] >= 10**11) == (created >= 10**11)
    assert as_moment(epoch_date(item["modified"])) == as_moment(EDIT_TIME)
    (again,) = collection_from_json([item]).annotations
    assert as_moment(again.modified or "") == as_moment(EDIT_TIME)
    assert (again.tags, again.note) == (("t",), "changed")
