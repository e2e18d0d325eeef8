"""What the user corrects in Article details (outlet, URL, publication time) reaches every
annotation export, and the exports read back into Parallax still place each annotation on its
article. No Qt."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from pathlib import Path

import pytest

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.export import export_file
from viewer.annotations.model import AnchorStatus, Annotation, make_annotation
from viewer.annotations.w3c import collection_from_json
from viewer.corpus import Article
from viewer.loading import load_paths

URL = "https://www.rnf.de/mannheim-amokfahrt"
SHARED = "Fünf Personen seien schwer verletzt worden, fünf weitere erlitten leichte Verletzungen."


@pytest.fixture()
def folder(tmp_path: Path) -> list[Article]:
    """Two outlets' articles, each under its own headline (of one length), carrying the same
    sentence in the same words around it at the same place: only the file (or the address)
    tells which one was annotated."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for name, headline in (("01_wnoz_de.txt", "Auto rast in Mannheim"),
                           ("02_rnf_de.txt", "Amokfahrt in Mannheim")):
        (articles / name).write_text(f"{headline}\n\nDie Polizei nannte am Abend erste "
                                     f"Zahlen. {SHARED} Mehr folgt in Kürze.\n",
                                     encoding="utf-8")
    return list(load_paths([articles]).articles)


def tagged_then_corrected(folder: list[Article]) -> tuple[Annotation, list[Article]]:
    """An annotation made on the second file (its source the file's address), then the
    outlet, URL and time the user gave in Article details (`Workspace.update_metadata`)."""
    first, tagged = folder
    at = tagged.text.index(SHARED)
    annotation = make_annotation(tagged, at, at + len(SHARED), tags=["casualties"])
    assert annotation.source.startswith("file://")
    corrected = dataclasses.replace(tagged, source="Rhein-Neckar Fernsehen", url=URL,
                                    published="2025-03-03T16:30+01:00", date="2025-03-03")
    return annotation, [first, corrected]


def exported(export_format: str, annotation: Annotation, articles: list[Article]) -> str:
    return export_file(export_format, [annotation], [], articles, collection_id="urn:x:notes",
                       title="mannheim").data.decode("utf-8-sig")


@pytest.mark.parametrize("export_format", ["jsonld", "hypothesis", "readium", "csv", "html"])
def test_no_export_sends_the_file_address_once_the_user_gave_the_url(folder, export_format):
    """tester58: every format but ClaimReview still targeted file:///.../01_rnf_de.txt."""
    annotation, articles = tagged_then_corrected(folder)
    text = exported(export_format, annotation, articles)
    assert "file://" not in text
    assert URL in text


def test_the_w3c_and_readium_targets_and_the_hypothesis_uri_are_the_url(folder):
    annotation, articles = tagged_then_corrected(folder)
    [item] = json.loads(exported("jsonld", annotation, articles))["first"]["items"]
    assert item["target"]["source"] == URL
    assert item["target"]["parallax:fileName"] == "02_rnf_de.txt"  # (kept for a read-back)
    [row] = json.loads(exported("hypothesis", annotation, articles))["annotations"]
    assert row["uri"] == URL and row["target"][0]["source"] == URL
    [readium] = json.loads(exported("readium", annotation, articles))["items"]
    assert readium["target"]["source"] == URL


@pytest.mark.parametrize("export_format", ["jsonld", "readium"])
def test_an_export_read_back_places_the_annotation_on_its_article(folder, export_format):
    """Into the project (which knows the URL) by its address; into the folder alone (which
    does not, a colleague's copy) by the file name kept beside it -- the quote is in both
    files, so the quote alone would place it nowhere."""
    annotation, articles = tagged_then_corrected(folder)
    parsed = collection_from_json(json.loads(exported(export_format, annotation, articles)))
    for corpus in (articles, folder):
        [again] = anchor_all(parsed.annotations, corpus)
        assert again.status is AnchorStatus.ANCHORED, again.anchor_note
        assert (again.article_id, again.start, again.end) == (
            annotation.article_id, annotation.start, annotation.end)


def test_the_hypothesis_export_read_back_into_the_project_places_it(folder):
    annotation, articles = tagged_then_corrected(folder)
    parsed = collection_from_json(json.loads(exported("hypothesis", annotation, articles)))
    [again] = anchor_all(parsed.annotations, articles)
    assert again.status is AnchorStatus.ANCHORED, again.anchor_note
    assert (again.article_id, again.start) == (annotation.article_id, annotation.start)


def test_the_csv_names_the_outlet_url_and_time_of_each_annotation_s_article(folder):
    annotation, articles = tagged_then_corrected(folder)
    untouched = folder[0]
    other = make_annotation(untouched, untouched.body_start, untouched.body_start + 10)
    text = export_file("csv", [annotation, other], [], articles, collection_id="urn:x",
                       title="t").data.decode("utf-8-sig")
    first_row, second_row = csv.DictReader(io.StringIO(text, newline=""))
    assert (first_row["outlet"], first_row["url"], first_row["published"], first_row["source"]
            ) == ("Rhein-Neckar Fernsehen", URL, "2025-03-03T16:30+01:00", URL)
    assert (second_row["outlet"], second_row["url"], second_row["published"]) == ("", "", "")


def test_the_report_links_the_article_s_address_under_its_name(folder):
    annotation, articles = tagged_then_corrected(folder)
    page = exported("html", annotation, articles)
    assert (f'<div class="meta">Rhein-Neckar Fernsehen · 2025-03-03 · <a href="{URL}" '
            f'rel="noreferrer">{URL}</a> · 02_rnf_de</div>') in page


def test_an_address_that_is_no_web_page_is_shown_not_linked(folder):
    annotation, articles = tagged_then_corrected(folder)
    hostile = [articles[0], dataclasses.replace(articles[1], url='javascript:alert("x")')]
    page = exported("html", annotation, hostile)
    assert "<a href" not in page
    assert "javascript:alert(&quot;x&quot;)" in page


def test_an_orphan_keeps_the_address_it_was_made_on(folder):
    """An annotation placed in no article here is not given another article's address."""
    annotation, articles = tagged_then_corrected(folder)
    orphan = dataclasses.replace(annotation, status=AnchorStatus.ORPHANED)
    [item] = json.loads(exported("jsonld", orphan, articles))["first"]["items"]
    assert item["target"]["source"] == annotation.source


def test_the_hypothesis_export_read_back_into_the_folder_finds_the_file_by_its_name(tmp_path):
    """Two files under one headline, the quote in both in the same context: the row's `uri`
    is the URL the folder does not know, and its page title fits both -- it went to the first
    copy. The file's name, kept in the row, finds it."""
    articles = tmp_path / "same"
    articles.mkdir()
    for name in ("01_wnoz_de.txt", "02_rnf_de.txt"):
        (articles / name).write_text(f"Amokfahrt in Mannheim\n\nDie Polizei nannte am Abend "
                                     f"erste Zahlen. {SHARED} Mehr folgt in Kürze.\n",
                                     encoding="utf-8")
    folder = list(load_paths([articles]).articles)
    annotation, project = tagged_then_corrected(folder)
    [row] = json.loads(exported("hypothesis", annotation, project))["annotations"]
    assert row["uri"] == URL and row["parallax:fileName"] == "02_rnf_de.txt"
    parsed = collection_from_json(json.loads(exported("hypothesis", annotation, project)))
    [again] = anchor_all(parsed.annotations, folder)
    assert (again.article_id, again.status, again.anchor_note) == (
        "02_rnf_de", AnchorStatus.ANCHORED, None)
    # Sent back to Hypothesis from there, the row keeps the name (once, where it was).
    [back] = json.loads(exported("hypothesis", again, folder))["annotations"]
    assert back["parallax:fileName"] == "02_rnf_de.txt"
    assert "parallax:fileName" not in json.dumps(back.get("parallax:hypothesis", {}))


def test_an_orphan_s_hypothesis_row_names_no_file(folder):
    annotation, articles = tagged_then_corrected(folder)
    orphan = dataclasses.replace(annotation, status=AnchorStatus.ORPHANED)
    [row] = json.loads(exported("hypothesis", orphan, articles))["annotations"]
    assert "parallax:fileName" not in row


def imported_then_corrected(folder: list[Article]) -> tuple[Annotation, list[Article]]:
    """A colleague's annotation from another tool's W3C file, made on their copy of the second
    file (`file:///home/...`), placed here on the article whose URL the user then gave."""
    theirs = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
              "items": [{"id": "urn:uuid:0b5e8a1c-3f2d-4c6e-9a7b-1d2e3f4a5b6c",
                         "type": "Annotation", "motivation": "commenting",
                         "body": {"type": "TextualBody", "value": "Zahlen prüfen"},
                         "target": {"source": COLLEAGUE,
                                    "selector": {"type": "TextQuoteSelector", "exact": SHARED,
                                                 "prefix": "nannte am Abend erste Zahlen. "}}}]}
    first, tagged = folder
    corrected = dataclasses.replace(tagged, source="Rhein-Neckar Fernsehen", url=URL)
    [placed] = anchor_all(collection_from_json(theirs).annotations, [first, corrected])
    assert (placed.article_id, placed.status) == ("02_rnf_de", AnchorStatus.ANCHORED)
    return placed, [first, corrected]


COLLEAGUE = "file:///home/dana/mannheim/02_rnf_de.txt"


def test_an_imported_annotation_points_at_the_url_in_every_export(folder):
    """A reviewer's report: the JSON-LD and Readium exports kept the colleague's file:// target
    where the CSV and Hypothesis gave the URL. The address its tool gave is kept beside it."""
    annotation, articles = imported_then_corrected(folder)
    [item] = json.loads(exported("jsonld", annotation, articles))["first"]["items"]
    assert item["target"]["source"] == URL
    assert item["target"]["parallax:originalSource"] == COLLEAGUE
    [readium] = json.loads(exported("readium", annotation, articles))["items"]
    assert readium["target"]["source"] == URL
    assert readium["target"]["parallax:originalSource"] == COLLEAGUE
    assert readium["target"]["parallax:fileName"] == "02_rnf_de.txt"
    [row] = json.loads(exported("hypothesis", annotation, articles))["annotations"]
    assert row["uri"] == URL and row["target"][0]["source"] == URL
    [line] = csv.DictReader(io.StringIO(exported("csv", annotation, articles), newline=""))
    assert line["source"] == URL


@pytest.mark.parametrize("export_format", ["jsonld", "readium"])
def test_an_imported_annotation_s_export_read_back_finds_its_article(folder, export_format):
    annotation, articles = imported_then_corrected(folder)
    parsed = collection_from_json(json.loads(exported(export_format, annotation, articles)))
    for corpus in (articles, folder):
        [again] = anchor_all(parsed.annotations, corpus)
        assert (again.article_id, again.status) == ("02_rnf_de", AnchorStatus.ANCHORED), (
            again.anchor_note)


def test_an_imported_orphan_keeps_the_target_its_tool_gave(folder):
    annotation, articles = imported_then_corrected(folder)
    orphan = dataclasses.replace(annotation, status=AnchorStatus.ORPHANED)
    [item] = json.loads(exported("jsonld", orphan, articles))["first"]["items"]
    assert item["target"]["source"] == COLLEAGUE
    assert "parallax:originalSource" not in item["target"]


PAGE = "https://www.spiegel.de/panorama/mannheim-amokfahrt-a-123"


def hypothesis_row_placed(articles: list[Article], page: str) -> Annotation:
    """A Hypothesis row made on the web page `page`, placed here in the second article."""
    row = {"id": "abc123", "uri": page, "user": "acct:dana@hypothes.is", "text": "Zahlen?",
           "tags": ["casualties"], "document": {"title": ["Amokfahrt in Mannheim"]},
           "target": [{"source": page, "selector": [
               {"type": "TextQuoteSelector", "exact": SHARED,
                "prefix": "nannte am Abend erste Zahlen. ", "suffix": " Mehr folgt"}]}]}
    [placed] = anchor_all(collection_from_json({"rows": [row]}).annotations, articles[1:])
    assert (placed.article_id, placed.status) == ("02_rnf_de", AnchorStatus.ANCHORED)
    return placed


def targets_of(export_format: str, annotation: Annotation, articles: list[Article]
               ) -> list[dict[str, object]]:
    data = json.loads(exported(export_format, annotation, articles))
    [item] = data["first"]["items"] if export_format == "jsonld" else data["items"]
    target = item["target"]
    return target if isinstance(target, list) else [target]


@pytest.mark.parametrize("export_format", ["jsonld", "readium"])
def test_a_web_page_is_never_swapped_for_the_exporter_s_own_file(folder, export_format):
    """A reviewer's report: a Hypothesis row on spiegel.de placed in a local file with no URL
    set was exported targeting file:///.../02_rnf_de.txt, the page only in
    parallax:originalSource. The file is no address for a colleague: the page stays."""
    annotation = hypothesis_row_placed(folder, PAGE)
    [target] = targets_of(export_format, annotation, folder)
    assert target["source"] == PAGE
    assert "parallax:originalSource" not in target
    if export_format == "readium":  # (the file's name beside it, as for the article's address)
        assert target["parallax:fileName"] == "02_rnf_de.txt"


def test_the_csv_keeps_the_web_page_too(folder):
    """tester60 #8: the same row's CSV `source` was file:///.../02_rnf_de.txt, where the
    JSON-LD, Readium and Hypothesis exports kept the page."""
    annotation = hypothesis_row_placed(folder, PAGE)
    [row] = csv.DictReader(io.StringIO(exported("csv", annotation, folder)))
    assert row["source"] == PAGE


@pytest.mark.parametrize("export_format", ["jsonld", "readium"])
def test_a_hypothesis_row_read_back_goes_to_hypothesis_at_its_page(folder, export_format):
    """Exported, read back and exported to Hypothesis: the row kept its page as `uri`, its
    target said file:///... (through Readium, both did)."""
    annotation = hypothesis_row_placed(folder, PAGE)
    parsed = collection_from_json(json.loads(exported(export_format, annotation, folder)))
    [again] = anchor_all(parsed.annotations, folder)
    [row] = json.loads(exported("hypothesis", again, folder))["annotations"]
    assert row["uri"] == PAGE
    assert [target["source"] for target in row["target"]] == [PAGE]


def test_a_hypothesis_row_re_pointed_at_the_article_s_url_goes_back_at_its_own_page(folder):
    """Made on the page's AMP copy, placed in the article whose URL the user gave: JSON-LD
    targets that URL (the AMP page kept beside it); back to Hypothesis, the row's `uri` was
    the AMP page and its target the URL -- the target goes back as it came."""
    amp = "https://www-rnf-de.cdn.ampproject.org/c/s/www.rnf.de/mannheim-amokfahrt"
    first, tagged = folder
    articles = [first, dataclasses.replace(tagged, url=URL)]
    annotation = hypothesis_row_placed(articles, amp)
    [target] = targets_of("jsonld", annotation, articles)
    assert (target["source"], target["parallax:originalSource"]) == (URL, amp)
    parsed = collection_from_json(json.loads(exported("jsonld", annotation, articles)))
    [again] = anchor_all(parsed.annotations, articles)
    [row] = json.loads(exported("hypothesis", again, articles))["annotations"]
    assert row["uri"] == amp
    assert [target["source"] for target in row["target"]] == [amp]
    assert "parallax:originalSource" not in row["target"][0]


def test_a_colleague_s_file_is_re_pointed_at_the_file_here_where_no_url_is_given(folder):
    """A file address is no page: the one its tool gave (the colleague's disk) gives way to
    the article's here even where that is a file too, kept beside it."""
    annotation, _ = imported_then_corrected(folder)
    path = folder[1].path
    assert path is not None
    annotation = dataclasses.replace(annotation, source=path.resolve().as_uri())
    [target] = targets_of("jsonld", annotation, folder)
    assert target["source"] == path.resolve().as_uri()
    assert target["parallax:originalSource"] == COLLEAGUE
