"""Annotations other tools wrote (W3C examples, Hypothesis, Recogito, text-annotator-js, Apache
Annotator): every shape loads, anchors at the right text, keeps tags and notes, and goes back
out whole. The fixtures in tests/data/annotations/ point at the sample articles in seeds/."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from viewer.annotations import hypothesis
from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.keeping import foreign_blocks_as_json
from viewer.annotations.model import AnchorStatus, Annotation
from viewer.annotations.store import AnnotationFileError, load_collection, save_set
from viewer.annotations.w3c import collection_from_json, set_to_text
from viewer.loading import load_sample_corpus

DATA = Path(__file__).parent / "data" / "annotations"
PARALLAX_FIELDS = {"parallax:status", "parallax:article", "parallax:fileName", "parallax:claim",
                   "parallax:placed", "parallax:originalExact"}
"""What Parallax adds to another tool's annotation when saving it (besides the user's edits)."""

A0, A1, A2, A3, A4 = (f"{n}.txt" for n in (
    "000_2634b00bab60cbc7", "001_00c02dbc28e25e3d", "002_efbcc2ecd6a1894b",
    "003_f372da90f1cdf194", "004_c2fd614317067620"))

# file -> {id: (article file or None if orphaned, quote, tags, first note, other notes, links)}
EXPECTED: dict[str, dict[str, tuple[Any, ...]]] = {
    "w3c_single.jsonld": {
        "http://example.org/anno23": (A0, "a total of 22 missiles", (),
                                      "Only Iraq's count; compare the Pentagon's.", (), ())},
    "w3c_array.json": {
        "http://example.org/anno2": (A0, "no Iraqi casualties", (),
                                     "Casualty claim: none among Iraqis.", (), ()),
        "http://example.org/anno3": (
            A1, "Qassem Soleimani", ("person",), "Spelling differs between outlets.",
            ("Second reviewer: spelling checked.",),
            ("http://example.org/fact-checks/soleimani",
             "http://www.wikidata.org/entity/Q1870658"))},
    "w3c_collection_embedded.jsonld": {
        "http://example.org/anno29": (A3, "more than a dozen ballistic missiles", (), "", (),
                                      ("http://example.org/comment1",)),
        "http://example.org/anno30": (
            A3, "Iran walked the revenge talk in the early hours of Wednesday, firing more than "
                "a dozen ballistic missiles at two United States military bases in Iraq. ",
            ("timeline",), "", (), ()),
        "http://example.org/anno31": (A0, "Ain al-Asad airbase", (), "Place names", (), ()),
        "http://example.org/anno32": (A2, "Iranian state TV", ("attribution",), "", (), ())},
    "w3c_collection_pages/collection.jsonld": {
        "http://example.org/annotations/a1": (A4, "more than a dozen missiles", ("figures",), "",
                                              (), ()),
        "http://example.org/annotations/a2": (A3, "more than a dozen", ("figures",), "", (), ())},
    "w3c_page.jsonld": {
        "http://example.org/anno40": (A1, None, (), "Read the whole piece.", (), ()),
        "http://example.org/anno41": (None, "This sentence is in no article of the corpus",
                                      ("lost",), "", (), ())},
    "hypothesis_search.json": {
        "https://hypothes.is/a/Xh5c0Ps6EeuGyPvTdT0qlA": (
            A1, "At approximately 5:30 p.m. (EST) on January 7", ("pentagon", "timeline"),
            "Pentagon's **own** wording.", (), ()),
        "https://hypothes.is/a/Yb8d1Qt7FfvHzQwUeU1rmB": (
            A4, "Pentagon officials confirmed", ("attribution",), "", (), ())},
    "hypothesis_annotation.json": {
        "https://hypothes.is/a/Zc9e2Ru8GgwIaRxVfV2snC": (A2, "slap in the face", ("quote",),
                                                         "Quoted from Tehran.", (), ())},
    "hypothesis_jsonld.jsonld": {
        "https://hypothes.is/a/Wd0f3Sv9HhxJbSyWgW3toD": (
            A1, "a dozen missiles", ("figures",), "Compare with 'more than a dozen'.", (), ())},
    "recogito.json": {
        "#a88b22d0-6106-4872-9435-c78b5e89fede": (
            A2, "at least 80 terrorist US soldiers", ("disputed",),
            "Unverified casualty figure.", (), ()),
        "#b19c33e1-7217-4983-a546-d89c6f90afef": (A0, "Iraq", ("place",), "", (), ())},
    "text_annotator.json": {
        "1f3e6c2a-1b53-4a2b-9a76-6f3f7d8c2e10": (A4, "Quds Force Qassem Suleimani",
                                                 ("spelling",), "", (), ())},
    "apache_annotator_graph.jsonld": {
        "urn:uuid:7b0d1f0e-2c1d-4e58-8a34-3e1a5d7c9b21": (
            A0, "They further added that between 1:45am and 2:15am Iraq was hit by missiles "
                "out of which 17 on the Ain al-Asad airbase and five on the city of Erbil. ",
            (), "", (), ()),
        "urn:uuid:0e9a2c41-55a3-4c1e-b3d7-9f2e8b6a4c10": (A0, "Ain al-Asad airbase", (),
                                                          "Second mention", (), ())},
}


@pytest.fixture(scope="module")
def articles():
    return load_sample_corpus().articles


def anchored(name: str, articles) -> list[Annotation]:
    return anchor_all(load_collection(DATA / name).annotations, articles)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_shape_loads_and_anchors_at_the_right_text(name, articles):
    by_file = {Path(a.path).name: a for a in articles}
    found = {a.id: a for a in anchored(name, articles)}
    assert set(found) == set(EXPECTED[name])
    for annotation_id, (file, quote, tags, note, others, links) in EXPECTED[name].items():
        annotation = found[annotation_id]
        assert annotation.tags == tags and annotation.note == note
        assert annotation.other_notes == others and annotation.links == links
        if file is None:
            assert annotation.status is AnchorStatus.ORPHANED
            assert annotation.anchor_note  # the reason, for the dock and the summary
            continue
        assert annotation.status is not AnchorStatus.ORPHANED, annotation.anchor_note
        text = by_file[file].text
        assert annotation.article_id == by_file[file].id
        assert text[annotation.start:annotation.end] == annotation.exact
        assert annotation.exact == (text if quote is None else quote)


def test_notes_say_how_a_bare_quote_or_position_was_placed(articles):
    found = {a.id: a for a in anchored("w3c_collection_pages/collection.jsonld", articles)}
    assert found["http://example.org/annotations/a2"].anchor_note == (
        "its quote occurs 3 times and has no context; placed at the first")
    found = {a.id: a for a in anchored("w3c_array.json", articles)}
    assert "position only" in (found["http://example.org/anno2"].anchor_note or "")
    assert "only occurrence" in (found["http://example.org/anno3"].anchor_note or "")
    recogito = anchored("recogito.json", articles)
    # A quote without prefix/suffix that its position confirms is anchored, with nothing to say.
    assert all(a.status is AnchorStatus.ANCHORED and a.anchor_note is None for a in recogito)


def original_items(path: Path) -> list[dict[str, Any]]:
    """The annotations of a fixture as JSON, Hypothesis rows in their W3C form."""
    document = json.loads(path.read_text("utf-8"))
    if path.parent.name == "w3c_collection_pages":
        pages = [json.loads((path.parent / f"page{n}.jsonld").read_text("utf-8"))
                 for n in (1, 2)]
        return [item for page in pages for item in page["items"]]
    if isinstance(document, list):
        return document
    if "@graph" in document:
        return document["@graph"]
    if "rows" in document:
        return [hypothesis.to_w3c(row) for row in document["rows"]]
    if document.get("type") == "AnnotationCollection":
        page, items = document["first"], []
        while page:
            items += page["items"]
            page = page.get("next")
        return items
    if document.get("type") == "AnnotationPage":
        return document["items"]
    return [hypothesis.to_w3c(document) if hypothesis.is_hypothesis_annotation(document)
            else document]


def saved_items(annotation_set: AnnotationSet) -> list[dict[str, Any]]:
    return json.loads(set_to_text(annotation_set))["first"]["items"]


def without_parallax_fields(item: dict[str, Any]) -> dict[str, Any]:
    # (a block of fields kept from Hypothesis' or AnnotatorJS' shape is written as JSON text:
    # `keeping.foreign_blocks_as_text`)
    return {k: v for k, v in foreign_blocks_as_json(item).items() if k not in PARALLAX_FIELDS}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_saving_writes_back_everything_unchanged_but_parallax_fields(name, articles, tmp_path):
    annotation_set = AnnotationSet(anchored(name, articles))
    saved = saved_items(annotation_set)
    originals = original_items(DATA / name)
    for item, original, annotation in zip(saved, originals, annotation_set, strict=True):
        target = original.get("target")
        if isinstance(target, dict) and "selector" in target and "source" not in target \
                and "id" not in target and annotation.status is not AnchorStatus.ORPHANED:
            # A target without a source is given the article it is anchored in, and only that.
            assert item["target"] == {"source": annotation.source, **target}
            item["target"] = target
    assert [without_parallax_fields(item) for item in saved] == originals
    for item, annotation in zip(saved, annotation_set, strict=True):
        assert item["parallax:status"] in {s.value for s in AnchorStatus}
        # (where it was placed, which its tool's selectors may not say: a French-speaking
        # newcomer's fuzzy annotation was exported with the tool's quote only)
        if annotation.status is AnchorStatus.ORPHANED:
            assert "parallax:placed" not in item
        elif annotation.evidence is not None and not annotation.evidence.selectors:
            # (a note on the whole page: its words, the article's body, are not stored again)
            (position,) = item["parallax:placed"]
            assert (position["start"], position["end"]) == (annotation.start, annotation.end)
        else:
            quote, position = item["parallax:placed"]
            assert quote["exact"] == annotation.exact
            assert (position["start"], position["end"]) == (annotation.start, annotation.end)
    # And again: a file Parallax saved reads and saves to the same bytes.
    path = tmp_path / "saved.jsonld"
    save_set(annotation_set, path)
    again = AnnotationSet(anchor_all(load_collection(path).annotations, articles),
                          collection_id=annotation_set.collection_id)
    assert set_to_text(again) == path.read_text("utf-8")


def test_hypothesis_fields_parallax_does_not_map_are_kept_under_an_extension(articles):
    row = json.loads((DATA / "hypothesis_annotation.json").read_text("utf-8"))
    saved = saved_items(AnnotationSet(anchored("hypothesis_annotation.json", articles)))[0]
    assert saved["id"] == "https://hypothes.is/a/" + row["id"]
    assert saved["creator"] == row["user"] and saved["modified"] == row["updated"]
    # The client's own RangeSelector in the W3C form Hypothesis' JSON-LD gives it; the others
    # as they were.
    old_range, *others = row["target"][0]["selector"]
    new_range, *kept_others = saved["target"][0]["selector"]
    assert kept_others == others
    assert old_range["startContainer"] == old_range["endContainer"]
    assert new_range == {"type": "XPathSelector", "value": old_range["startContainer"],
                         "refinedBy": {"type": "TextPositionSelector",
                                       "start": old_range["startOffset"],
                                       "end": old_range["endOffset"]}}
    kept = json.loads(saved["parallax:hypothesis"])
    for key in ("uri", "group", "permissions", "document", "links", "flagged", "hidden",
                "user_info"):
        assert kept[key] == row[key]


def test_only_what_the_user_changed_differs(articles):
    annotation_set = AnnotationSet(anchored("w3c_array.json", articles))
    before = saved_items(annotation_set)
    edited = annotation_set.get("http://example.org/anno3").edited(
        tags=["person", "spelling"], note="Spelling differs (checked).", claim=None,
        when="2026-12-01T12:00:00Z")
    annotation_set.update(edited)
    annotation_set.add_claim("Who was killed")
    annotation_set.update(replace(annotation_set.get("http://example.org/anno2"),
                                  claim="Who was killed"))
    after = saved_items(annotation_set)
    assert after[0] == {**before[0], "parallax:claim": "Who was killed"}
    changed = {k for k in after[1] if after[1].get(k) != before[1].get(k)}
    assert changed == {"body", "modified"}
    bodies = after[1]["body"]
    assert bodies[:2] == before[1]["body"][:2]  # the IRI and SpecificResource bodies
    assert bodies[2] == before[1]["body"][2]  # the language-tagged tag, kept as written
    assert bodies[3] == {**before[1]["body"][3], "value": "Spelling differs (checked)."}
    assert bodies[4] == before[1]["body"][4]  # the second reviewer's comment stays separate
    assert bodies[5] == {"type": "TextualBody", "purpose": "tagging", "value": "spelling"}
    assert after[1]["motivation"] == before[1]["motivation"]
    assert "created" in after[1] and after[1]["modified"] == "2026-12-01T12:00:00Z"


def test_a_removed_note_and_tag_remove_only_their_bodies(articles):
    annotation_set = AnnotationSet(anchored("recogito.json", articles))
    first = annotation_set[0]
    annotation_set.update(replace(first, tags=(), note=""))
    item = saved_items(annotation_set)[0]
    assert "body" not in item and "modified" not in item
    annotation_set.update(replace(first, tags=(), note="new"))
    item = saved_items(annotation_set)[0]
    original = original_items(DATA / "recogito.json")[0]["body"][0]
    assert item["body"] == [{**original, "value": "new"}]  # its creator and date kept


def test_body_value_becomes_a_body_when_tags_are_added(articles):
    annotation_set = AnnotationSet(anchored("w3c_array.json", articles))
    annotation_set.update(annotation_set[0].edited(tags=["casualties"],
                                                   when="2026-12-01T12:00:00Z"))
    item = saved_items(annotation_set)[0]
    assert "bodyValue" not in item
    assert item["body"] == [
        {"type": "TextualBody", "value": "Casualty claim: none among Iraqis."},
        {"type": "TextualBody", "purpose": "tagging", "value": "casualties"}]
    loaded = collection_from_json(json.loads(set_to_text(annotation_set))).annotations[0]
    assert loaded.note == "Casualty claim: none among Iraqis." and loaded.tags == ("casualties",)


def test_dates_absent_stay_absent(articles):
    item = saved_items(AnnotationSet(anchored("w3c_single.jsonld", articles)))[0]
    assert "created" not in item and "modified" not in item


def test_a_page_found_nowhere_is_reported_and_the_rest_loads(tmp_path):
    document = json.loads((DATA / "w3c_collection_pages" / "collection.jsonld").read_text())
    path = tmp_path / "collection.jsonld"
    path.write_text(json.dumps(document))
    parsed = load_collection(path)
    assert parsed.annotations == ()
    assert parsed.problems and "http://example.org/annotations/page1" in parsed.problems[0]


def _with_next_page(folder, next_iri: str):
    """A collection file in `folder` with one annotation and a next page named `next_iri`."""
    document = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
                "first": {"type": "AnnotationPage", "next": next_iri, "items": [
                    {"id": "urn:x:1", "type": "Annotation", "bodyValue": "mine",
                     "target": {"source": "a.txt", "selector": {
                         "type": "TextQuoteSelector", "exact": "word"}}}]}}
    path = folder / "collection.jsonld"
    path.write_text(json.dumps(document))
    return path


def test_a_page_is_read_from_beside_the_file_only(tmp_path):
    """An interop tester's report: a collection whose next page was "../outside/page.json" or
    "file:///.../outside/page.json" merged whatever that file held (any JSON on the disk,
    brought into the annotations and the exports the user shares)."""
    outside = tmp_path / "outside"
    outside.mkdir()
    page = {"type": "AnnotationPage", "items": [
        {"id": "urn:secret:1", "type": "Annotation", "bodyValue": "PRIVATE NOTE FROM OUTSIDE",
         "target": {"source": "a.txt", "selector": {"type": "TextQuoteSelector",
                                                   "exact": "word"}}}]}
    (outside / "page.json").write_text(json.dumps(page))
    folder = tmp_path / "handed"
    folder.mkdir()
    for iri in ("../outside/page.json", (outside / "page.json").as_uri()):
        parsed = load_collection(_with_next_page(folder, iri))
        assert [a.id for a in parsed.annotations] == ["urn:x:1"], iri
        assert parsed.problems and iri in parsed.problems[0]
    (folder / "page.json").write_text(json.dumps(page))  # beside it: read
    parsed = load_collection(_with_next_page(folder, "page.json"))
    assert [a.id for a in parsed.annotations] == ["urn:x:1", "urn:secret:1"]


def test_a_file_beside_it_that_is_no_page_is_reported_and_the_rest_loads(tmp_path):
    """An interop tester's report: a next page naming a text file beside the collection stopped
    the whole import, naming that file as if it were the one imported; one naming a whole
    collection file was skipped with no word."""
    (tmp_path / "notes.txt").write_text("just some notes\n")
    (tmp_path / "other.jsonld").write_text(json.dumps(
        {"type": "AnnotationCollection", "first": {"type": "AnnotationPage", "items": []}}))
    for name, said in (("notes.txt", "cannot be read: not valid JSON"),
                       ("other.jsonld", "no AnnotationPage")):
        parsed = load_collection(_with_next_page(tmp_path, name))
        assert [a.id for a in parsed.annotations] == ["urn:x:1"]
        (problem,) = parsed.problems
        assert problem.startswith(f"page {name} ") and said in problem, problem


def test_an_annotation_without_id_gets_the_same_id_each_time():
    item = {"type": "Annotation", "target": {"source": "http://x/a", "selector": {
        "type": "TextQuoteSelector", "exact": "word"}}}
    first = collection_from_json([item]).annotations[0]
    second = collection_from_json(json.loads(json.dumps([item]))).annotations[0]
    assert first.id == second.id and first.id.startswith("urn:uuid:")


@pytest.mark.parametrize(("content", "where"), [
    ('{"type": "Annotation", "target": {"selector": {"type": "TextPositionSelector", '
     '"start": "3rd", "end": 9}}}', "$.target.selector.start: expected a whole number"),
    ('[{"type": "Annotation", "target": {"selector": [{"type": "TextPositionSelector", '
     '"start": 9, "end": 3}]}}]', "$[0].target.selector[0].end: end 3 is before start 9"),
    ('{"rows": [{"uri": "http://x", "user": "acct:a@b", "target": 5}]}',
     "$.rows[0].target: expected an IRI or a SpecificResource"),
    ('{"type": "AnnotationPage", "items": [{"type": "Annotation", "body": {"type": '
     '"TextualBody", "value": "x"}, "bodyValue": 7, "target": "http://x"}]}',
     "$.items[0].bodyValue: expected a string"),
    ('{"@graph": [{"type": "Annotation", "target": {"selector": {"type": "RangeSelector", '
     '"startSelector": {"type": "TextQuoteSelector"}, "endSelector": {"type": '
     '"TextQuoteSelector", "exact": "b"}}}}]}',
     "$.@graph[0].target.selector.startSelector.exact: missing or empty"),
    ('{"type": "Annotation", "id": 5, "target": "http://x"}', "$.id: expected a non-empty IRI"),
    ('{"type": "Annotation"}', "$.target: missing"),
    ('{"type": "Thing"}', "$.type: not a Web Annotation document"),
])
def test_broken_files_get_one_line_with_the_json_path(tmp_path, content, where):
    path = tmp_path / "broken.json"
    path.write_text(content, "utf-8")
    before = path.read_bytes()
    with pytest.raises(AnnotationFileError) as caught:
        load_collection(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and "\n" not in message
    assert where in message
    assert path.read_bytes() == before


def test_the_source_url_recorded_for_an_article_chooses_it(articles):
    """Two copies of an article: the one whose URL is the target's source wins, whatever the
    scheme, `www.` or trailing slash; without a source the first gets it, and the note says so."""
    original = articles[1]
    copy = replace(original, id="copy", path=None,
                   url="https://www.example-news.com/iran-missiles/")
    corpus = [replace(original, url="https://elsewhere.example/x"), copy]
    found = anchor_all(load_collection(DATA / "hypothesis_search.json").annotations, corpus)
    assert found[0].article_id == "copy" and found[0].status is not AnchorStatus.ORPHANED
    assert found[0].anchor_note is None
    no_source = [a for a in anchor_all(load_collection(DATA / "recogito.json").annotations,
                                       [replace(articles[2], id="one", path=None),
                                        replace(articles[2], id="two", path=None)])]
    assert no_source[0].article_id == "one"
    assert "fits 2 copies of the same text equally; placed in the first" in (
        no_source[0].anchor_note or "")


def test_a_quote_not_in_the_article_its_source_names_is_orphaned_with_that_reason(articles):
    item = {"type": "Annotation", "id": "urn:x:2", "target": {
        "source": "file:///x/000_2634b00bab60cbc7.txt",
        "selector": {"type": "TextQuoteSelector", "exact": "Akram al-Kaabi"}}}
    found = anchor_all(collection_from_json(item).annotations, articles)[0]
    assert found.status is AnchorStatus.ORPHANED
    assert "(found by its file name)" in found.anchor_note
    assert "\u201cAkram al-Kaabi\u201d is not in the text" in found.anchor_note


def test_saved_files_with_other_tools_annotations_and_verdicts_match_the_schema(articles):
    import jsonschema

    from viewer.annotations.claimreview import make_verdict
    from viewer.annotations.model import ClaimGroup
    from viewer.resources import resource_path

    schema = json.loads(resource_path("annotation.schema.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    for name in EXPECTED:
        annotation_set = AnnotationSet(anchored(name, articles),
                                       [ClaimGroup("C", verdict=make_verdict("True"))])
        validator.validate(json.loads(set_to_text(annotation_set)))


def test_positions_counted_in_utf16_units_are_recognised():
    from viewer.corpus import Article

    text = "🚀🚀 Breaking: 22 missiles struck two bases."
    story = Article("s", text, "S", path=Path("/x/s.txt"))
    utf16_start = text.index("22 missiles") + 2  # two emoji before it, two units each
    item = {"type": "Annotation", "id": "urn:x:3", "target": {"source": "file:///y/s.txt",
            "selector": [{"type": "TextQuoteSelector", "exact": "22 missiles"},
                         {"type": "TextPositionSelector", "start": utf16_start,
                          "end": utf16_start + 11}]}}
    found = anchor_all(collection_from_json(item).annotations, [story])[0]
    assert found.status is AnchorStatus.ANCHORED and found.start == text.index("22 missiles")
    assert "UTF-16" in (found.anchor_note or "")


def test_hypothesis_client_export_choice_bodies_and_float_offsets(articles):
    row = json.loads((DATA / "hypothesis_annotation.json").read_text("utf-8"))
    exported = {"export_date": "2026-11-30T10:00:00Z", "export_userid": row["user"],
                "client_version": "1.1500.0", "annotations": [row]}
    parsed = collection_from_json(exported)
    assert parsed.shape == "a Hypothesis export" and len(parsed.annotations) == 1
    item = {"type": "Annotation", "id": "urn:x:4",
            "body": {"type": "Choice", "items": [
                {"type": "TextualBody", "value": "Not verified", "language": "en"},
                {"type": "TextualBody", "value": "Non vérifié", "language": "fr"}]},
            "target": {"source": "file:///x/000_2634b00bab60cbc7.txt", "selector": {
                "type": "TextPositionSelector", "start": 82.0, "end": 104.0}}}
    found = anchor_all(collection_from_json(item).annotations, articles)[0]
    assert found.exact == "a total of 22 missiles"
    # (a Choice's items are alternatives: its first, the default, is shown, not both run
    # together; the file keeps both, written back as it came)
    assert found.note == "" and found.other_notes == ("Not verified",)
    saved = saved_items(AnnotationSet([found]))[0]
    assert without_parallax_fields(saved) == item


def test_a_choice_body_exports_its_default_alternative_everywhere(articles):
    """An interop tester's report: a comment given as a Choice of French and English was left
    out of the CSV and HTML exports (no note there) but written into the Hypothesis export as
    both run together, which read back as one comment in two languages."""
    from viewer.annotations.csv_export import to_csv
    from viewer.annotations.html_report import to_html
    from viewer.annotations.hypothesis_export import hypothesis_export

    item = {"type": "Annotation", "id": "urn:x:choice",
            "body": {"type": "Choice", "items": [
                {"type": "TextualBody", "value": "This is a comment", "language": "en"},
                {"type": "TextualBody", "value": "Ceci est un commentaire", "language": "fr"}]},
            "target": {"source": "file:///x/000_2634b00bab60cbc7.txt", "selector": {
                "type": "TextQuoteSelector", "exact": "a total of 22 missiles"}}}
    found = anchor_all(collection_from_json(item).annotations, articles)
    csv_text = to_csv(found, articles)
    html = to_html(found, [], articles)
    (row,) = json.loads(hypothesis_export(found, articles).text)["annotations"]
    for written in (csv_text, html, row["text"]):
        assert "This is a comment" in written and "Ceci est" not in written


def test_a_choice_shows_its_first_alternative_that_says_something_in_text(articles):
    """The reviewer's case: a Choice of a recording and its transcript showed nothing once only
    its first item was read (a Sound is no text)."""
    item = {"type": "Annotation", "id": "urn:x:sound",
            "body": {"type": "Choice", "items": [
                {"id": "http://example.org/comment.mp3", "type": "Sound"},
                {"type": "TextualBody", "value": "Transcript: not verified"},
                {"type": "TextualBody", "value": "Transcription : non vérifié"}]},
            "target": {"source": "file:///x/000_2634b00bab60cbc7.txt", "selector": {
                "type": "TextQuoteSelector", "exact": "a total of 22 missiles"}}}
    (found,) = anchor_all(collection_from_json(item).annotations, articles)
    assert found.other_notes == ("Transcript: not verified",)
