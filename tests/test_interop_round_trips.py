"""Property tests of what comes back out of Parallax from another tool's file: dates written as
numbers, Annotorious' core model, Readium annotation sets. Each fails without its rule."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.bodies import untyped_role
from viewer.annotations.dates import epoch_date
from viewer.annotations.export import export_bytes, export_file
from viewer.annotations.model import AnchorStatus, article_source
from viewer.annotations.readium_export import readium_export_text, readium_id
from viewer.annotations.store import load_collection
from viewer.annotations.w3c import collection_from_json, set_to_text
from viewer.corpus import Article
from viewer.loading import load_sample_corpus

PROPERTY = settings(max_examples=80, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])
EDIT_TIME = "2026-12-03T09:00:00Z"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)

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
    ("expected a date-time string, got a number"). Written back, a date is the xsd:dateTime
    the model requires."""
    (annotation,) = collection_from_json([a_quote(1732871052331, 1732871100)]).annotations
    assert annotation.created == "2024-11-29T09:04:12.331Z"
    assert annotation.modified == "2024-11-29T09:05:00Z"
    item = json.loads(set_to_text(AnnotationSet([annotation])))["first"]["items"][0]
    assert (item["created"], item["modified"]) == (annotation.created, annotation.modified)
    # A number that can be no date (some tools write 0 for "unknown") is none, and the
    # annotation is still read.
    (unknown,) = collection_from_json([a_quote(0)]).annotations
    assert unknown.created is None
    assert "created" not in json.loads(set_to_text(AnnotationSet([unknown])))["first"][
        "items"][0]


@PROPERTY
@given(st.one_of(milliseconds, seconds))
def test_an_epoch_number_reads_as_one_date(number):
    iso = epoch_date(number)
    moment = as_moment(iso)
    assert moment.tzinfo == timezone.utc
    assert 1973 <= moment.year <= 5138
    milliseconds_since = round((moment - EPOCH) / timedelta(milliseconds=1))
    assert milliseconds_since == (number if number >= 10**11 else number * 1000)


@PROPERTY
@given(st.one_of(milliseconds, seconds), st.booleans())
def test_an_annotation_dated_by_a_number_round_trips_as_that_date(created, edited):
    """Read, edited (or not), saved and read again: the same moments, as xsd:dateTime."""
    (annotation,) = collection_from_json([a_quote(created)]).annotations
    if edited:
        annotation = annotation.edited(tags=["t"], note="changed", when=EDIT_TIME)
    item = json.loads(set_to_text(AnnotationSet([annotation])))["first"]["items"][0]
    assert item["created"] == epoch_date(created)
    assert item.get("modified") == (EDIT_TIME if edited else None)
    (again,) = collection_from_json([item]).annotations
    assert (again.created, again.modified) == (annotation.created, annotation.modified)
    assert (again.tags, again.note) == (annotation.tags, annotation.note)


# -- Readium annotation sets ------------------------------------------------------------------

DATA = Path(__file__).parent / "data" / "annotations"
IRI = {"type": "string", "format": "uri"}
DATE = {"type": "string", "format": "date-time"}
THORIUM_IMPORT = {
    # What Thorium Reader checks before it imports an `.ann` file (its `readiumAnnotationSet
    # Schema`, restated): the whole file is refused when one item fails.
    "type": "object",
    "required": ["@context", "id", "type", "about", "items"],
    "properties": {
        "@context": {"const": "http://www.w3.org/ns/anno.jsonld"},
        "id": IRI, "type": {"const": "AnnotationSet"}, "generated": DATE,
        "generator": {"type": "object", "required": ["id", "type", "name"]},
        "about": {"type": "object"},
        "items": {"type": "array", "items": {
            "type": "object",
            "required": ["@context", "id", "created", "type", "target"],
            "properties": {
                "@context": {"const": "http://www.w3.org/ns/anno.jsonld"},
                "id": IRI, "created": DATE, "modified": DATE, "type": {"const": "Annotation"},
                "creator": {"type": "object", "required": ["id", "type"],
                            "properties": {"id": IRI,
                                           "type": {"enum": ["Person", "Organization"]}}},
                "body": {"type": "object", "required": ["type", "value"],
                         "properties": {"type": {"const": "TextualBody"},
                                        "value": {"type": "string"},
                                        "tag": {"type": "string"}}},
                "target": {"type": "object", "required": ["source", "selector"],
                           "properties": {"source": {"type": "string"},
                                          "selector": {"type": "array", "items": {
                                              "type": "object", "required": ["type"]}}}},
            }}},
    },
}


def thorium_would_import(document: dict[str, Any]) -> None:
    jsonschema.Draft7Validator(THORIUM_IMPORT,
                               format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER
                               ).validate(document)


@pytest.fixture(scope="module")
def articles():
    return load_sample_corpus().articles


def readium_file(name: str, articles, *, edit=None) -> dict[str, Any]:
    parsed = load_collection(DATA / name)
    annotations = anchor_all(parsed.annotations, articles)
    if edit is not None:
        annotations = [edit(a) for a in annotations]
    data = export_bytes("readium", annotations, parsed.claims, articles,
                        collection_id=parsed.collection_id, title=name,
                        collection_extra=parsed.extra)
    return json.loads(data)


def test_a_readium_set_comes_back_out_as_a_readium_set(articles):
    """A Thorium Reader `.ann` file, imported and exported: a Readium set Thorium imports
    again, with its publication (`about`), its title, each note's colour, style, tag and
    `meta` as they came (it came back as a W3C AnnotationCollection, which Thorium refuses)."""
    document = readium_file("thorium_reader.ann", articles)
    thorium_would_import(document)
    original = json.loads((DATA / "thorium_reader.ann").read_text(encoding="utf-8"))
    assert (document["about"], document["title"]) == (original["about"], original["title"])
    first = document["items"][0]
    assert first["body"] == original["items"][0]["body"]
    assert first["target"] == original["items"][0]["target"]
    assert first["id"] == original["items"][0]["id"]
    assert document["items"][2]["id"].startswith("urn:uuid:")  # ("" is no IRI)
    again = collection_from_json(document)
    assert again.shape == "a Readium AnnotationSet"
    assert [a.tags for a in again.annotations] == [("people",), (), ()]


def test_notes_and_tags_edited_in_parallax_go_where_readium_keeps_them(articles):
    def edit(annotation):
        return annotation.edited(tags=["people", "check"], note="Leader of Nujaba.",
                                 when=EDIT_TIME)

    document = readium_file("thorium_reader.ann", articles, edit=edit)
    thorium_would_import(document)
    body = document["items"][0]["body"]
    assert body == {"type": "TextualBody", "value": "Leader of Nujaba.", "format": "text/plain",
                    "color": "#FFDE59", "tag": "people", "highlight": "solid",
                    "tags": ["people", "check"]}  # (`tag` holds one)
    newer = readium_file("thorium_reader_tags.ann", articles, edit=edit)["items"][0]["body"]
    assert (newer["tags"], newer["tag"]) == (["people", "check"], "people")
    assert newer["color"] == "blue"
    assert document["items"][0]["modified"] == EDIT_TIME


@pytest.mark.parametrize("name", ["hypothesis_api_2026.json", "text_annotator_core.json",
                                  "dokieli_reply.jsonld", "w3c_collection_embedded.jsonld",
                                  "recogito.json", "annotatorjs_rows.json"])
def test_annotations_from_other_tools_export_as_a_set_thorium_imports(articles, name):
    document = readium_file(name, articles)
    thorium_would_import(document)
    again = {a.id: a for a in collection_from_json(document).annotations}
    for original in anchor_all(load_collection(DATA / name).annotations, articles):
        assert any(i["id"] == readium_id(original.id) for i in document["items"])
        back = again[original.id]  # (the id read back as it was: `parallax:id`)
        assert (back.tags, back.note) == (original.tags, "\n\n".join(
            t for t in (original.note, *original.other_notes) if t))


readium_text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                       max_size=12)


@PROPERTY
@given(st.lists(readium_text.filter(lambda t: t.strip() == t and t), max_size=3, unique=True),
       readium_text, st.sampled_from(["tag", "tags", "keyword"]),
       st.sampled_from(["#FFDE59", "blue", None]), st.booleans())
def test_a_readium_note_round_trips_through_parallax(tags, note, key, colour, edited):
    """Any Readium note, read, perhaps edited, exported as a Readium set and read again: the
    same tags, note and target, its style kept, and a file Thorium imports."""
    body: dict[str, Any] = {"type": "TextualBody", "value": note, "format": "text/plain"}
    if colour:
        body["color"] = colour
    if tags:
        body[key] = tags if key == "tags" else tags[0]
    target = {"source": "OEBPS/a.xhtml",
              "selector": [{"type": "TextQuoteSelector", "exact": "x", "prefix": "",
                            "suffix": ""}]}
    document = {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:1",
                "type": "AnnotationSet", "about": {"dc:title": "Book"},
                "items": [{"@context": "http://www.w3.org/ns/anno.jsonld",
                           "id": "urn:uuid:2", "type": "Annotation",
                           "created": "2026-01-01T00:00:00Z", "body": body,
                           "target": target}]}
    parsed = collection_from_json(document)
    (annotation,) = parsed.annotations
    expected_tags = tuple(tags if key == "tags" else tags[:1])
    assert annotation.tags == expected_tags
    if edited:
        # (a tag given twice is one tag: "added" may be among the generated ones)
        expected_tags = tuple(dict.fromkeys((*expected_tags, "added")))
        annotation = annotation.edited(tags=list(expected_tags), note=note + " more",
                                       when=EDIT_TIME)
    out = json.loads(readium_export_text([annotation], parsed.claims, set_id=parsed.collection_id,
                                         title="t", set_extra=parsed.extra))
    thorium_would_import(out)
    (back,) = collection_from_json(out).annotations
    assert back.tags == expected_tags
    assert back.note == annotation.note
    assert out["items"][0]["target"] == target
    assert out["items"][0]["body"].get("color") == colour
    assert out["about"] == {"dc:title": "Book"}


# -- Annotorious core model -------------------------------------------------------------------

words = st.sampled_from(["missiles", "22", "bases", "Iraq", "said", "the", "dozen", "é", "🚀",
                         "al-Asad", "\n"])


@PROPERTY
@given(st.lists(words, min_size=3, max_size=40).map(" ".join), st.data(),
       st.lists(st.tuples(st.sampled_from(["commenting", "tagging", None]),
                          st.sampled_from(["Check.", "figures", "place", "Who said it?"])),
                max_size=4), st.booleans())
def test_an_annotorious_annotation_round_trips_through_parallax(text, data, bodies, edited):
    """text-annotator-js' saved annotation over any span of an article: placed where its
    start and end say, its notes and tags read, and after an edit and a save read back the
    same, its target in the library's W3C form."""
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, min(len(text), start + 30)))
    core = {"id": "5b1f7a52-0c55-4f7a-8d3e-2a9f00000001",
            "bodies": [{"id": f"b{n}", "annotation": "5b1f7a52-0c55-4f7a-8d3e-2a9f00000001",
                        "value": value, **({"purpose": purpose} if purpose else {})}
                       for n, (purpose, value) in enumerate(bodies)],
            "target": {"annotation": "5b1f7a52-0c55-4f7a-8d3e-2a9f00000001",
                       "selector": [{"quote": text[start:end], "start": start, "end": end,
                                     "range": {}}],
                       "created": "2026-11-05T10:02:22.596Z"}}
    story = Article("story", text, "Story", path=Path("/news/story.txt"))
    (annotation,) = anchor_all(collection_from_json([core]).annotations, [story])
    assert (annotation.start, annotation.end) == (start, end)
    tags = tuple(dict.fromkeys(v for p, v in bodies if p == "tagging"))
    comments = [v for p, v in bodies if p != "tagging"]
    assert annotation.tags == tags
    assert annotation.note == (comments[0] if comments else "")
    if edited:
        annotation = annotation.edited(tags=[*tags, "added"], note="New note.",
                                       when=EDIT_TIME)
    item = json.loads(set_to_text(AnnotationSet([annotation])))["first"]["items"][0]
    (target,) = item["target"]
    assert target["selector"] == [
        {"type": "TextQuoteSelector", "exact": text[start:end]},
        {"type": "TextPositionSelector", "start": start, "end": end}]
    (again,) = anchor_all(collection_from_json([item]).annotations, [story])
    assert (again.tags, again.note) == (annotation.tags, annotation.note)
    assert (again.start, again.end) == (start, end)


@pytest.mark.parametrize("export_format", ["hypothesis", "readium"])
@pytest.mark.parametrize("name", ["recogito.json", "text_annotator.json",
                                  "text_annotator_core.json", "hypothesis_api_2026.json",
                                  "w3c_collection_embedded.jsonld"])
def test_an_annotation_exported_and_read_back_keeps_its_id(articles, name, export_format):
    """tester56 #5: a Recogito `#a88b...` came back from the Hypothesis export as
    `https://hypothes.is/a/#a88b...`, and from the Readium one as a `urn:uuid:`: importing the
    export again doubled every annotation ("2 new, 0 already here")."""
    parsed = load_collection(DATA / name)
    annotations = anchor_all(parsed.annotations, articles)
    exported = export_file(export_format, annotations, parsed.claims, articles,
                           collection_id=parsed.collection_id, title=name,
                           collection_extra=parsed.extra)
    again = {a.id for a in collection_from_json(json.loads(exported.data)).annotations}
    # (the Hypothesis export leaves out what names no page, and says so)
    assert again <= {a.id for a in annotations}
    assert len(again) == len(annotations) - exported.left_out > 0


@pytest.mark.parametrize("name", ["recogito.json", "text_annotator.json"])
def test_a_readium_set_thorium_exported_again_finds_the_annotations_it_came_from(articles,
                                                                                 name):
    """Thorium drops the fields it does not know, `parallax:id` among them: the set comes back
    under the `urn:uuid:` ids the Readium export made, and each is the annotation whose id it
    was made from, not a new one (review of 9724527 A12: every round trip through Thorium
    doubled the annotations)."""
    from viewer.annotations.importing import plan_import

    parsed = load_collection(DATA / name)
    annotations = anchor_all(parsed.annotations, articles)
    exported = json.loads(export_file("readium", annotations, parsed.claims, articles,
                                      collection_id=parsed.collection_id, title=name,
                                      collection_extra=parsed.extra).data)
    for item in exported["items"]:
        item.pop("parallax:id", None)  # (as Thorium writes the set again)
        item["modified"] = "2099-01-01T00:00:00Z"  # (and edited there later)
    assert any(item["id"] != original.id for item, original in zip(
        exported["items"], annotations, strict=True))
    result = plan_import(annotations, parsed.claims, collection_from_json(exported), articles,
                         file_name="thorium.ann")
    assert result.added == ()
    assert len(result.updated) + result.kept_current == len(annotations)
    assert all(old.id == new.id for old, new in result.updated)  # (the id as it was here)


@pytest.mark.parametrize("motivation", ["tagging", ["tagging"], "commenting", None])
def test_a_tagged_note_exported_to_readium_comes_back_a_note_and_a_tag(articles, motivation):
    """tester60 #6: an annotation with the motivation "tagging", a tag body and a comment body
    went to Readium as one body {"value": note, "tag": tag} under "tagging", and read back the
    note was a second tag. Readium's profile keeps the text in `value` and the tag in its own
    keys: the note comes back a note, and the export says "commenting" to other readers."""
    article = articles[0]
    item: dict[str, Any] = {
        "@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
        "id": "urn:uuid:5e0a1f52-0000-4000-8000-000000000006",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "disputed"},
                 {"type": "TextualBody", "purpose": "commenting", "value": "تحذير قطري",
                  "language": "ar"}],
        "target": {"source": article_source(article),
                   "selector": {"type": "TextQuoteSelector", "exact": article.text[200:240]}}}
    if motivation is not None:
        item["motivation"] = motivation
    parsed = collection_from_json([item])
    annotations = anchor_all(parsed.annotations, articles)
    exported = json.loads(export_bytes("readium", annotations, parsed.claims, articles,
                                       collection_id=parsed.collection_id, title="x"))
    thorium_would_import(exported)
    (back,) = collection_from_json(exported).annotations
    assert (back.tags, back.note) == (("disputed",), "تحذير قطري")
    assert untyped_role(exported["items"][0]) == "comment"  # (any W3C reader: a comment)
    # A set an earlier Parallax wrote under "tagging": a Readium body's value is its text.
    exported["items"][0]["motivation"] = "tagging"
    (earlier,) = collection_from_json(exported).annotations
    assert (earlier.tags, earlier.note) == (("disputed",), "تحذير قطري")


# -- Hypothesis' export file ------------------------------------------------------------------

XPATH_RANGE = {"type": "RangeSelector",
               "startSelector": {"type": "XPathSelector", "value": "/html/body/main/p[1]"},
               "endSelector": {"type": "XPathSelector", "value": "/html/body/main/p[3]"}}
XPATH_POINTS = {"type": "RangeSelector",
                "startSelector": {"type": "XPathSelector", "value": "/html/body/p[2]",
                                  "refinedBy": {"type": "TextPositionSelector", "start": 4,
                                                "end": 4}},
                "endSelector": {"type": "XPathSelector", "value": "/html/body/p[5]",
                                "refinedBy": {"type": "TextPositionSelector", "start": 9,
                                              "end": 9}}}
CSS_ALONE = {"type": "CssSelector", "value": "#story > p:nth-child(2)"}


@pytest.mark.parametrize("selector", [XPATH_RANGE, XPATH_POINTS, CSS_ALONE])
def test_an_orphan_with_selectors_hypothesis_cannot_read_comes_back_an_orphan(articles,
                                                                              selector):
    """tester60 #7: a note whose only selector is a RangeSelector between XPathSelectors, in the
    article its `source` names, is orphaned with its reason. Exported to Hypothesis it went out
    as the page alone (a page note), and read back it was placed on the whole article: its
    status changed. And its link body came back as the note's text. Written with its own
    selectors, it comes back the orphan it was, for the same reason, its link a link."""
    evidence = "https://example.org/evidence/1"
    item = {"id": "urn:x:xpath-only", "type": "Annotation",
            "body": [{"type": "TextualBody", "value": "Table row, not the text."}, evidence],
            "target": {"source": article_source(articles[0]), "selector": selector}}
    (orphan,) = anchor_all(collection_from_json([item]).annotations, articles)
    assert orphan.status is AnchorStatus.ORPHANED and orphan.links == (evidence,)
    exported = export_file("hypothesis", [orphan], (), articles, collection_id="urn:x:set",
                           title="t")
    assert exported.without_selector == ()  # (not written as a page note)
    (back,) = anchor_all(collection_from_json(json.loads(exported.data)).annotations, articles)
    assert back.status is AnchorStatus.ORPHANED
    assert back.anchor_note == orphan.anchor_note
    assert (back.note, back.links) == ("Table row, not the text.", (evidence,))


@pytest.mark.parametrize("comments", [(), ("A note.",), ("A note.", "A second comment.")])
def test_link_bodies_come_back_from_hypothesis_as_links(articles, comments):
    """Hypothesis has one text: the comments, then the links, one a paragraph, for its reader.
    Read back, the links are links again and the text the note (the comments, as Hypothesis
    holds them: one); a text edited in Hypothesis so that it no longer ends with them is the
    note as it was edited."""
    article = articles[1]
    links = ("https://example.org/evidence/1", "https://www.wikidata.org/wiki/Q42")
    item = {"id": "urn:x:linked", "type": "Annotation",
            "body": [*({"type": "TextualBody", "value": c} for c in comments), *links],
            "target": {"source": article_source(article),
                       "selector": {"type": "TextQuoteSelector", "exact": article.text[40:90]}}}
    (placed,) = anchor_all(collection_from_json([item]).annotations, articles)
    document = json.loads(export_file("hypothesis", [placed], (), articles,
                                      collection_id="urn:x:set", title="t").data)
    row = document["annotations"][0]
    assert row["text"] == "\n\n".join((*comments, *links))  # (what Hypothesis shows)
    (back,) = collection_from_json(document).annotations
    assert (back.note, back.links) == ("\n\n".join(comments), links)
    row["text"] = "Rewritten in Hypothesis."
    (edited,) = collection_from_json(document).annotations
    assert (edited.note, edited.links) == ("Rewritten in Hypothesis.", ())


@pytest.mark.parametrize("style", [{"color": "yellow"}, {"highlight": "solid"}])
def test_a_readium_note_without_a_tag_under_tagging_is_a_note(articles, style):
    """Reviewer: an earlier Parallax's Readium export kept "tagging" on a note without tags;
    the body has none of keyword/tag/tags, but Readium's own style keys say whose it is."""
    article = articles[0]
    target = {"source": article_source(article),
              "selector": {"type": "TextQuoteSelector", "exact": article.text[200:240]}}
    body = {"type": "TextualBody", "value": "check the figure", "format": "text/plain"}
    readium = {"type": "Annotation", "id": "urn:uuid:5e0a1f52-0000-4000-8000-000000000008",
               "motivation": "tagging", "body": {**body, **style}, "target": target}
    (note,) = collection_from_json([readium]).annotations
    assert (note.tags, note.note) == ((), "check the figure")
    # (a W3C tag body with the model's own textDirection stays a tag)
    w3c = {**readium, "body": {**body, "textDirection": "ltr", "language": "en"}}
    (tag,) = collection_from_json([w3c]).annotations
    assert tag.tags == ("check the figure",)
