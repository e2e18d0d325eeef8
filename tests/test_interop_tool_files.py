"""Annotation files as real tools write them, read against the sample articles: Thorium Reader's
`.ann` export (`tag`, `tags`, an empty id, a bookmark), dokieli (language-tagged quotes, an HTML
reply). The fixtures are in tests/data/annotations/ (their sources in SOURCES.md); each test
fails without the rule it names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from viewer.annotations import hypothesis_export as hypothesis_export_module
from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.export import export_bytes
from viewer.annotations.hypothesis_export import hypothesis_export
from viewer.annotations.model import AnchorStatus, Annotation
from viewer.annotations.reanchoring import anchor_in_steps
from viewer.annotations.store import load_collection
from viewer.annotations.w3c import collection_from_json, set_to_text
from viewer.cli import main
from viewer.loading import load_sample_corpus
from viewer.offsets import Utf16Map

DATA = Path(__file__).parent / "data" / "annotations"
EDIT_TIME = "2026-12-03T09:00:00Z"


@pytest.fixture(scope="module")
def articles():
    return load_sample_corpus().articles


def anchored(name: str, articles) -> list[Annotation]:
    return anchor_all(load_collection(DATA / name).annotations, articles)


def saved_items(annotations: list[Annotation]) -> list[dict[str, Any]]:
    return json.loads(set_to_text(AnnotationSet(annotations)))["first"]["items"]


def read_back(annotations: list[Annotation]) -> dict[str, Annotation]:
    text = set_to_text(AnnotationSet(annotations))
    return {a.id: a for a in collection_from_json(json.loads(text)).annotations}


# -- Thorium Reader ---------------------------------------------------------------------------


def test_thorium_tags_and_an_empty_id_are_read(articles):
    """Thorium Reader 3 writes a note's tag in the body's `tag` (the Readium profile's
    `keyword` in name only), `""` when there is none, and `"id": ""` for a note without a
    uuid: the tag is a tag, the empty one none, the annotation without id is read (a derived
    id) and the bookmark that names no page is orphaned saying so."""
    found = anchored("thorium_reader.ann", articles)
    assert len(found) == 3
    noted, highlight, bookmark = found
    assert (noted.tags, noted.note) == (("people",), "Who is Akram al-Kaabi?")
    assert (noted.article_id, noted.exact) == ("004_c2fd614317067620", "to make their coffins")
    assert noted.status is AnchorStatus.MOVED  # (its UTF-16 position is the e-book's)
    assert (highlight.tags, highlight.note, highlight.exact) == ((), "", "let sleeping dogs lie")
    assert highlight.article_id == "001_00c02dbc28e25e3d"
    assert bookmark.id.startswith("urn:uuid:")
    assert bookmark.status is AnchorStatus.ORPHANED
    assert bookmark.anchor_note == ("its target names no page or article (no source, quote or "
                                    "position)")
    # Read twice, the same id: importing the file again merges.
    assert anchored("thorium_reader.ann", articles)[2].id == bookmark.id


def test_a_thorium_tag_removed_leaves_its_body_and_a_new_one_is_a_tag(articles):
    noted = anchored("thorium_reader.ann", articles)[0]
    untagged = noted.edited(tags=[], note=noted.note, when=EDIT_TIME)
    body = saved_items([untagged])[0]["body"]
    assert body == {"type": "TextualBody", "value": "Who is Akram al-Kaabi?",
                    "format": "text/plain", "color": "#FFDE59", "highlight": "solid"}
    assert read_back([untagged])[noted.id].tags == ()
    kept = saved_items([noted.edited(tags=["people"], note=noted.note, when=EDIT_TIME)])[0]
    assert kept["body"]["tag"] == "people"  # unchanged where Thorium keeps it


def test_newer_thorium_tags_lists_merge_with_the_legacy_tag(articles):
    """Newer Thorium Reader writes every tag in `tags` and the first again in `tag`: read once
    each; one removed leaves the list (and `tag` when it was another)."""
    (annotation,) = anchored("thorium_reader_tags.ann", articles)
    assert annotation.tags == ("review", "important")
    assert annotation.article_id == "001_00c02dbc28e25e3d"
    fewer = annotation.edited(tags=["review"], note=annotation.note, when=EDIT_TIME)
    body = saved_items([fewer])[0]["body"]
    assert (body["tags"], body["tag"]) == (["review"], "review")
    assert read_back([fewer])[annotation.id].tags == ("review",)


# -- dokieli ----------------------------------------------------------------------------------


def test_a_quote_written_as_a_language_tagged_literal_is_read(articles):
    """dokieli writes a quote's `exact`, `prefix` and `suffix` as `{"@value", "@language"}`
    when it knows the document's language (a JSON-LD literal): the file was refused ("expected
    a string, got an object")."""
    (annotation,) = anchored("dokieli_reply.jsonld", articles)
    assert annotation.exact == "launched more than a dozen ballistic missiles"
    assert annotation.article_id == "001_00c02dbc28e25e3d"
    assert annotation.note == "Which briefing is this from? Same words in two outlets."
    item = saved_items([annotation])[0]
    original = json.loads((DATA / "dokieli_reply.jsonld").read_text(encoding="utf-8"))
    assert item["target"] == original["target"]  # written back as it came
    assert item["id"] == original["id"]


# -- text-annotator-js / Annotorious core model ------------------------------------------------


def test_annotorious_core_annotations_are_read_and_placed(articles):
    """text-annotator-js' `getAnnotations()` (what its users save): `bodies`, and a target
    whose selectors are `{"quote", "start", "end", "range"}` without a type. The quote was
    ignored -- every one orphaned, "a position alone cannot tell which article" -- and the
    bodies lost."""
    commented, highlight, tei = anchored("text_annotator_core.json", articles)
    assert (commented.note, commented.tags) == ("Same wording as the Pentagon release.",
                                                ("pentagon",))
    assert commented.exact == "more than a dozen ballistic missiles"
    assert commented.status is not AnchorStatus.ORPHANED
    assert commented.created == "2026-11-05T10:02:22.596Z"  # the target's, as the adapter says
    assert commented.modified == "2026-11-05T10:02:24.133Z"
    assert (highlight.article_id, highlight.exact) == ("001_00c02dbc28e25e3d",
                                                       "let sleeping dogs lie")
    assert tei.status is AnchorStatus.ORPHANED
    assert tei.note == "Check the edition."
    assert tei.anchor_note == ("its target is given only by a RangeSelector between "
                               "XPathSelectors, which plain text has no use for (no quote or "
                               "position), and it names no page or article")


def test_annotorious_core_annotations_are_written_back_as_its_w3c_adapter_writes_them(articles):
    commented = anchored("text_annotator_core.json", articles)[0]
    item = saved_items([commented])[0]
    assert item["id"] == "3f0c5a52-6f0e-4d35-9a51-5f6b0c2d1e01"
    assert item["creator"] == {"isGuest": True, "id": "mxSAAs8itnJKKRBpcd0n"}
    assert item["body"][0] == {"id": "b1e6c3a0-1f2d-4c55-9e0f-0a1b2c3d4e01",
                               "purpose": "commenting",
                               "value": "Same wording as the Pentagon release.",
                               "creator": {"isGuest": True, "id": "mxSAAs8itnJKKRBpcd0n"},
                               "created": "2026-11-05T10:02:30.100Z"}
    (target,) = item["target"]
    assert target["selector"] == [
        {"type": "TextQuoteSelector", "exact": "more than a dozen ballistic missiles"},
        {"type": "TextPositionSelector", "start": 324, "end": 360}]
    assert target["annotation"] == item["id"]
    again = read_back([commented.edited(tags=["pentagon", "wire"], note=commented.note,
                                        when=EDIT_TIME)])[commented.id]
    assert (again.tags, again.note, again.exact) == (("pentagon", "wire"), commented.note,
                                                     commented.exact)


# -- back to Hypothesis -----------------------------------------------------------------------


def hypothesis_would_import(document: dict[str, Any]) -> None:
    """What the Hypothesis client's Import relies on (`readExportFile`, `annotationsByUser`,
    `duplicateMatch`, `quote`, `getImportData`), restated: an object with an `annotations`
    list; each with a `user`, a `uri`, a `text` string, a `tags` list of strings and a
    `target` list whose selectors, when given, are a list of typed selectors."""
    assert isinstance(document, dict) and isinstance(document["annotations"], list)
    for row in document["annotations"]:
        assert isinstance(row["user"], str) and row["user"].startswith("acct:")
        assert isinstance(row["uri"], str) and row["uri"]
        assert isinstance(row["text"], str)
        assert isinstance(row["tags"], list) and all(isinstance(t, str) for t in row["tags"])
        assert isinstance(row["target"], list) and row["target"]
        for target in row["target"]:
            assert isinstance(target["source"], str)
            assert all(isinstance(s, dict) and isinstance(s.get("type"), str)
                       for s in target.get("selector", []))
        assert isinstance(row.get("document", {}), dict)


@pytest.mark.parametrize("name", ["w3c_page.jsonld", "thorium_reader.ann",
                                  "text_annotator_core.json", "dokieli_reply.jsonld",
                                  "hypothesis_api_2026.json"])
def test_the_hypothesis_export_is_what_its_import_reads(articles, name):
    parsed = load_collection(DATA / name)
    found = anchor_all(parsed.annotations, articles)
    document = json.loads(export_bytes("hypothesis", found, parsed.claims, articles,
                                       collection_id=parsed.collection_id, title="t"))
    hypothesis_would_import(document)
    back = {a.id: a for a in collection_from_json(document).annotations}
    # Those that name no page are left out (Hypothesis refuses an annotation without `uri`).
    assert len(back) == len(found) - hypothesis_export(found, articles).left_out == len([
        a for a in found if a.source or (a.evidence and a.evidence.source)])


def counted_conversions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the annotations `hypothesis_row` converts from now on, one entry a call."""
    calls: list[str] = []
    convert = hypothesis_export_module.hypothesis_row

    def counting(annotation: Annotation, titles: dict[str, str],
                 utf16: Utf16Map | None = None) -> dict[str, Any]:
        calls.append(annotation.id)
        return convert(annotation, titles, utf16)

    monkeypatch.setattr(hypothesis_export_module, "hypothesis_row", counting)
    return calls


def test_the_hypothesis_export_converts_each_annotation_once(articles, monkeypatch, tmp_path,
                                                             capsys):
    """`parallax export --format hypothesis` converted every annotation twice: once for the
    file, once more to count those that name no page (the Thorium bookmark here)."""
    ids = [a.id for a in anchored("thorium_reader.ann", articles)]
    calls = counted_conversions(monkeypatch)
    out = tmp_path / "hypothesis.json"
    assert main(["export", str(DATA / "thorium_reader.ann"), "--format", "hypothesis",
                 "-o", str(out)]) == 0
    assert sorted(calls) == sorted(ids)
    assert "1 annotation names no page and is left out" in capsys.readouterr().err
    assert len(json.loads(out.read_text("utf-8"))["annotations"]) == len(ids) - 1


def test_a_note_on_the_whole_article_goes_to_hypothesis_as_a_page_note(articles):
    """An annotation about the whole article went out with the whole text as its quote (and a
    highlight of all of it in Hypothesis), an orphan with the position 0-0."""
    found = {a.id: a for a in anchored("w3c_page.jsonld", articles)}
    document = json.loads(export_bytes("hypothesis", list(found.values()), (), articles,
                                       collection_id="urn:x", title="t"))
    rows = {row["id"]: row for row in document["annotations"]}
    whole = rows["http://example.org/anno40"]
    assert whole["target"] == [{"source": whole["uri"]}]
    orphan = rows["http://example.org/anno41"]["target"][0]
    assert [s["type"] for s in orphan["selector"]] == ["TextQuoteSelector"]
    again = {a.id: a for a in anchor_all(collection_from_json(document).annotations,
                                         articles)}
    page = again["http://example.org/anno40"]
    assert page.article_id == found["http://example.org/anno40"].article_id
    assert page.status is not AnchorStatus.ORPHANED


# -- IIIF -------------------------------------------------------------------------------------


def test_a_iiif_collection_keeps_its_language_map_label_and_context(articles):
    """A IIIF Presentation 3 AnnotationCollection: its label is a language map, its context
    IIIF's. The export wrote "label": "Parallax annotations" over it (and dropped the
    context that says what a language map is). A quote on a canvas is placed; a region of a
    canvas is orphaned, saying so."""
    parsed = load_collection(DATA / "iiif_collection.json")
    region, quote = anchor_all(parsed.annotations, articles)
    assert region.status is AnchorStatus.ORPHANED
    assert region.anchor_note is not None and "xywh=" in region.anchor_note
    assert (quote.article_id, quote.exact) == ("001_00c02dbc28e25e3d", "let sleeping dogs lie")
    document = json.loads(export_bytes("jsonld", [region, quote], parsed.claims, articles,
                                       collection_id=parsed.collection_id, title="t",
                                       collection_extra=parsed.extra))
    assert document["label"] == {"en": ["Transcription notes"], "fr": ["Notes de transcription"]}
    assert document["@context"] == ["http://www.w3.org/ns/anno.jsonld",
                                    "http://iiif.io/api/presentation/3/context.json",
                                    {"parallax": "urn:x-parallax:"}]
    assert collection_from_json(document).extra["label"] == document["label"]


# -- the window's re-anchoring ----------------------------------------------------------------

FIXTURES = sorted(p for p in DATA.glob("*") if p.suffix in (".json", ".jsonld", ".jsonl", ".ann"))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.name)
def test_the_window_re_anchors_another_tool_s_file_as_the_import_did(path, articles):
    """The window re-anchors its annotations in steps (in a child process when there are many):
    annotations from another tool were placed there by their stored quote alone, so a quote
    refining a FragmentSelector (dokieli) was orphaned after a restart, "its quote is no longer
    in ...", though the import had placed it."""
    annotations = load_collection(path).annotations
    assert anchor_in_steps(annotations, articles) == anchor_all(annotations, articles)


def test_the_hypothesis_export_counts_positions_in_utf16_units_and_reads_back():
    """An interop tester's report: after an emoji, the exported TextPositionSelector counted
    code points (210-239) where the client, in JavaScript, counts UTF-16 units (211-240)."""
    from viewer.annotations.model import make_annotation
    from viewer.corpus import Article

    text = "Crowds 🇺🇸 gathered. The minister said the barrier was never designed for this."
    article = Article("emoji", text, "Emoji")
    start = text.index("the barrier")
    annotation = make_annotation(article, start, start + len("the barrier"), note="n")
    document = json.loads(hypothesis_export([annotation], [article]).text)
    (row,) = document["annotations"]
    (position,) = [s for s in row["target"][0]["selector"]
                   if s["type"] == "TextPositionSelector"]
    assert (position["start"], position["end"]) == (start + 2, start + 2 + len("the barrier"))
    (back,) = anchor_all(collection_from_json(document).annotations, [article])
    assert (back.start, back.end) == (start, start + len("the barrier"))
