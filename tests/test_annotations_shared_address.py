"""Two articles with one address (a syndicated copy naming the original as its page, a URL
given twice in Article details): an annotation naming that address is placed on its own
article, told apart by its file name, article id or quote, or left orphaned saying why --
never given to the first of them (a reviewer's report). No Qt."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import shutil
from pathlib import Path

import pytest

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.export import export_file
from viewer.annotations.model import AnchorStatus, Annotation, make_annotation
from viewer.annotations.store import save_set
from viewer.annotations.w3c import collection_from_json
from viewer.corpus import Article
from viewer.loading import load_paths

URL = "https://www.rnf.de/mannheim-amokfahrt"
SHARED = "Fünf Personen seien schwer verletzt worden, fünf weitere erlitten leichte Verletzungen."


def write_folder(folder: Path, headlines: tuple[str, str]) -> list[Article]:
    """Two outlets' files carrying the same sentence in the same words around it at the same
    place: the quote with its context is in both."""
    folder.mkdir()
    for name, headline in zip(("01_wnoz_de.txt", "02_rnf_de.txt"), headlines, strict=True):
        (folder / name).write_text(f"{headline}\n\nDie Polizei nannte am Abend erste Zahlen. "
                                   f"{SHARED} Mehr folgt in Kürze.\n", encoding="utf-8")
    return list(load_paths([folder]).articles)


@pytest.fixture()
def folder(tmp_path: Path) -> list[Article]:
    return write_folder(tmp_path / "articles", ("Auto rast in Mannheim", "Amokfahrt in Mannheim"))


def with_the_url(articles: list[Article]) -> list[Article]:
    """Both articles given the one URL in Article details."""
    return [dataclasses.replace(article, url=URL) for article in articles]


def tagged_second(articles: list[Article]) -> Annotation:
    tagged = articles[1]
    at = tagged.text.index(SHARED)
    return make_annotation(tagged, at, at + len(SHARED), tags=["casualties"])


@pytest.mark.parametrize("export_format", ["jsonld", "readium", "hypothesis"])
def test_an_export_read_back_where_two_articles_have_its_url_lands_on_its_own(
        folder, export_format):
    """The reviewer's repro: read back into the project, every format put the note on
    01_wnoz_de, the first article with the URL."""
    articles = with_the_url(folder)
    annotation = tagged_second(folder)
    data = export_file(export_format, [annotation], [], articles, collection_id="urn:x:notes",
                       title="mannheim").data
    parsed = collection_from_json(json.loads(data))
    [again] = anchor_all(parsed.annotations, articles)
    assert again.status is AnchorStatus.ANCHORED, again.anchor_note
    assert (again.article_id, again.start, again.end) == (
        "02_rnf_de", annotation.start, annotation.end)


def test_a_project_reopened_places_its_own_annotation_by_its_file_name(folder):
    """An annotation the project saved names the URL (as anchoring sets it once the URL is
    given); reopened, it went to the first article with that URL."""
    articles = with_the_url(folder)
    saved = dataclasses.replace(tagged_second(folder), source=URL)
    [again] = anchor_all([saved], articles)
    assert (again.article_id, again.status) == ("02_rnf_de", AnchorStatus.ANCHORED)


def test_by_its_article_id_where_no_file_name_was_kept(folder):
    articles = with_the_url(folder)
    saved = dataclasses.replace(tagged_second(folder), source=URL, file_name=None)
    [again] = anchor_all([saved], articles)
    assert (again.article_id, again.status) == ("02_rnf_de", AnchorStatus.ANCHORED)


def test_by_its_quote_with_its_context_where_only_one_holds_it(folder):
    """Named neither by file name nor id (a colleague's copies, named otherwise): the one of
    the two whose text holds the quote in its context."""
    first, second = with_the_url(folder)
    saved = dataclasses.replace(tagged_second(folder), source=URL, file_name=None,
                                article_id="rnf")
    edited = dataclasses.replace(first, text=first.text.replace(
        "Die Polizei nannte am Abend erste Zahlen.", "Am Abend gab es erste Angaben."))
    [again] = anchor_all([saved], [edited, second])
    assert (again.article_id, again.status) == ("02_rnf_de", AnchorStatus.ANCHORED)


def test_orphaned_naming_both_where_nothing_tells_them_apart(folder):
    """No file name, an id of neither, the quote with its context in both: no article is
    chosen, and the reason names the two."""
    articles = with_the_url(folder)
    saved = dataclasses.replace(tagged_second(folder), source=URL, file_name=None,
                                article_id="rnf")
    [again] = anchor_all([saved], articles)
    assert again.status is AnchorStatus.ORPHANED
    assert again.anchor_note is not None
    assert "2 articles open have its address" in again.anchor_note
    assert "Auto rast in Mannheim" in again.anchor_note
    assert "Amokfahrt in Mannheim" in again.anchor_note


def test_orphaned_where_two_folders_files_of_its_name_hold_its_quote_alike(tmp_path):
    """The folder the annotation was made in moved, and two folders open hold a file of its
    name carrying the quote in its context (under other headlines: two outlets' files), its
    id (from another corpus) naming neither: it went to the first."""
    first = write_folder(tmp_path / "a", ("Auto rast in Mannheim", "Amokfahrt in Mannheim"))
    second = write_folder(tmp_path / "b", ("Auto rast in Mannheim", "Sieben Verletzte"))
    moved = dataclasses.replace(tagged_second(first), source="file:///gone/02_rnf_de.txt",
                                article_id="rnf")
    [again] = anchor_all([moved], [*first, *second])
    assert again.status is AnchorStatus.ORPHANED
    assert again.anchor_note is not None
    assert again.anchor_note.startswith("2 articles open have its file name")


STORY = ("Storm hits the coast\n\nThe storm reached the coast on Monday night. Two people "
         "were seriously {} when a tree fell on their car. Officials urged residents to stay "
         "indoors.\n")
SENTENCE = "Two people were seriously injured when a tree fell on their car."


def exported_from_outlet_b(root: Path, words: tuple[str, str],
                           export_format: str) -> tuple[list[Article], str]:
    """outlet_a/story.txt and outlet_b/story.txt under `root` (STORY with each of `words`),
    opened in that order, and a note on outlet_b's sentence exported as `export_format`: the
    articles and the export's text."""
    for folder, word in zip(("outlet_a", "outlet_b"), words, strict=True):
        (root / folder).mkdir(parents=True)
        (root / folder / "story.txt").write_text(STORY.format(word), "utf-8")
    articles = list(load_paths([root / "outlet_a", root / "outlet_b"]).articles)
    at = articles[1].text.index(SENTENCE)
    annotation = make_annotation(articles[1], at, at + len(SENTENCE), tags=["casualties"])
    data = export_file(export_format, [annotation], [], articles, collection_id="urn:x:notes",
                       title="storm").data
    return articles, data


@pytest.mark.parametrize("export_format", ["jsonld", "readium", "hypothesis"])
def test_a_file_name_two_folders_have_is_no_reason_to_take_the_first(tmp_path, export_format):
    """Two outlets' folders, each with a story.txt (ids story and story-2 by the order they
    were opened): a note on outlet_b's sentence, exported, the folders copied elsewhere and
    opened the other way round, went by its id, story-2, to outlet_a's "seriously hurt"
    (fuzzily, its quote replaced). The quote with its context says which file is its own."""
    articles, data = exported_from_outlet_b(tmp_path / "one", ("hurt", "injured"), export_format)
    assert [article.id for article in articles] == ["story", "story-2"]
    shutil.copytree(tmp_path / "one", tmp_path / "two")
    again_opened = list(load_paths([tmp_path / "two" / "outlet_b",
                                    tmp_path / "two" / "outlet_a"]).articles)
    [again] = anchor_all(collection_from_json(json.loads(data)).annotations, again_opened)
    assert again.status is AnchorStatus.ANCHORED, again.anchor_note
    assert again.exact == SENTENCE
    assert again.source == (tmp_path / "two" / "outlet_b" / "story.txt").resolve().as_uri()


def test_another_tool_s_note_on_the_shared_url_is_orphaned_not_given_to_the_first(folder):
    """A Hypothesis row naming the URL and quoting the sentence in its context, with no file
    name and a page title of neither: either article may be its own."""
    articles = with_the_url(folder)
    row = {"id": "abc123", "uri": URL, "user": "acct:dana@hypothes.is", "text": "", "tags": [],
           "target": [{"source": URL, "selector": [
               {"type": "TextQuoteSelector", "exact": SHARED,
                "prefix": "nannte am Abend erste Zahlen. ", "suffix": " Mehr folgt"}]}],
           "document": {"title": ["Mannheim: was wir wissen"]}}
    parsed = collection_from_json({"rows": [row]})
    [again] = anchor_all(parsed.annotations, articles)
    assert again.status is AnchorStatus.ORPHANED
    assert again.anchor_note is not None and "each has its source" in again.anchor_note


def test_export_with_a_project_as_corpus_names_the_annotation_s_own_article(folder, tmp_path):
    """`parallax export NOTES --corpus case.parallax`: the CSV's article was 01_wnoz_de."""
    from viewer.cli import main
    from viewer.projects.project import Project

    articles = with_the_url(folder)
    annotation_set = AnnotationSet()
    annotation_set.add(dataclasses.replace(tagged_second(folder), source=URL))
    notes = tmp_path / "notes.jsonld"
    save_set(annotation_set, notes)
    with Project.create(tmp_path / "case.parallax") as project:
        project.add_articles(articles)
    out = tmp_path / "notes.csv"
    assert main(["export", str(notes), "--corpus", str(tmp_path / "case.parallax"),
                 "--format", "csv", "-o", str(out)]) == 0
    [row] = csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline=""))
    assert (row["article"], row["status"]) == ("02_rnf_de", "anchored")


LIVE = "https://www.rnf.de/mannheim-amokfahrt"
ARCHIVED = f"https://web.archive.org/web/20240304000000/{LIVE}"


def one_page_twice(folder: list[Article], archived_first: bool) -> list[Article]:
    """The live article and its Wayback copy: one text, one title."""
    copy = dataclasses.replace(folder[1], id="02_wayback", path=None)
    live = dataclasses.replace(folder[1], url=LIVE)
    archived = dataclasses.replace(copy, url=ARCHIVED)
    return [archived, live] if archived_first else [live, archived]


@pytest.mark.parametrize("archived_first", [False, True])
def test_another_tool_s_note_on_a_page_and_its_archived_copy_goes_to_the_live_page(
        folder, archived_first):
    """A Hypothesis row on the page with a tracking parameter, quoting a sentence that the
    page and its Wayback copy both hold: orphaned ("fits 2 articles equally ... each has its
    source") since addresses several articles have were told apart; one page, it is placed, in
    the live page, the copy said."""
    articles = one_page_twice(folder, archived_first)
    source = f"{LIVE}?utm_source=twitter"
    row = {"id": "abc123", "uri": source, "user": "acct:dana@hypothes.is", "text": "",
           "tags": [], "target": [{"source": source, "selector": [
               {"type": "TextQuoteSelector", "exact": SHARED,
                "prefix": "nannte am Abend erste Zahlen. ", "suffix": " Mehr folgt"}]}]}
    [again] = anchor_all(collection_from_json({"rows": [row]}).annotations, articles)
    assert (again.article_id, again.status) == ("02_rnf_de", AnchorStatus.ANCHORED), \
        again.anchor_note
    assert again.anchor_note is not None and "not in its archived or AMP copy" in \
        again.anchor_note


def test_a_note_on_a_page_and_its_archived_copy_goes_to_the_live_page(folder):
    """Parallax's own annotation naming the page at another spelling of its address (as it
    was given in Article details when the note was made), the file name of neither (a
    colleague's copies): one page, placed in its live copy rather than orphaned."""
    articles = one_page_twice(folder, archived_first=True)
    saved = dataclasses.replace(tagged_second(folder), source="http://rnf.de/mannheim-amokfahrt/",
                                file_name="elsewhere.txt", article_id="rnf")
    [again] = anchor_all([saved], articles)
    assert (again.article_id, again.status) == ("02_rnf_de", AnchorStatus.ANCHORED)


def test_two_copies_of_one_text_with_its_address_take_the_first(folder):
    """One text twice with one address (a file opened twice): either is the note's own
    words, so it is placed, not orphaned as two outlets' articles would be."""
    twice = [dataclasses.replace(folder[1], url=URL),
             dataclasses.replace(folder[1], id="02_rnf_de-2", url=URL)]
    row = {"id": "abc123", "uri": URL, "user": "acct:dana@hypothes.is", "text": "", "tags": [],
           "target": [{"source": URL, "selector": [
               {"type": "TextQuoteSelector", "exact": SHARED,
                "prefix": "nannte am Abend erste Zahlen. ", "suffix": " Mehr folgt"}]}]}
    [again] = anchor_all(collection_from_json({"rows": [row]}).annotations, twice)
    assert (again.article_id, again.status) == ("02_rnf_de", AnchorStatus.ANCHORED)
    assert again.anchor_note is not None and "2 copies of the same text" in again.anchor_note


def test_a_page_s_archived_copy_does_not_send_its_note_to_a_syndicated_copy(folder):
    """The live page, a syndicated copy given its address (the agency's line before, a
    footer after), and the page's Wayback copy: a note naming the page at another spelling,
    the file name and id of none, went MOVED into the syndicated copy, unsaid. Which of the
    two live texts is its own nothing tells: orphaned, naming them."""
    live = dataclasses.replace(folder[1], id="live", url=LIVE)
    syndicated = dataclasses.replace(live, id="syndicated", path=None,
                                     text=f"Von dpa.\n\n{live.text}Weitere Meldungen\u2026")
    archived = dataclasses.replace(live, id="wayback", path=None, url=ARCHIVED)
    at = live.text.index(SHARED)
    saved = dataclasses.replace(make_annotation(live, at, at + len(SHARED)),
                                source="http://rnf.de/mannheim-amokfahrt/",
                                file_name="elsewhere.txt", article_id="gone")
    [again] = anchor_all([saved], [syndicated, live, archived])
    assert again.status is AnchorStatus.ORPHANED, (again.article_id, again.status)
    assert again.anchor_note is not None and "3 articles open have its address" in \
        again.anchor_note


def test_one_text_at_two_outlets_goes_to_the_one_its_page_title_names(folder):
    """The same wire text at two outlets given one URL, and a Hypothesis row whose page title
    is the second's: it was taken for two copies of one page and placed in the first."""
    wnoz = dataclasses.replace(folder[1], id="wnoz", title="Auto rast in Mannheim los", url=URL)
    rnf = dataclasses.replace(folder[1], id="rnf",
                              title="Amokfahrt in Mannheim: fünf Schwerverletzte", url=URL)
    row = {"id": "abc123", "uri": URL, "user": "acct:dana@hypothes.is", "text": "", "tags": [],
           "target": [{"source": URL, "selector": [
               {"type": "TextQuoteSelector", "exact": SHARED,
                "prefix": "nannte am Abend erste Zahlen. ", "suffix": " Mehr folgt"}]}],
           "document": {"title": ["Amokfahrt in Mannheim: fünf Schwerverletzte | RNF"]}}
    [again] = anchor_all(collection_from_json({"rows": [row]}).annotations, [wnoz, rnf])
    assert (again.article_id, again.status) == ("rnf", AnchorStatus.ANCHORED), \
        again.anchor_note
    assert again.anchor_note is not None and "chosen by its page title" in again.anchor_note


@pytest.mark.parametrize("export_format", ["jsonld", "readium", "hypothesis"])
def test_a_note_stays_in_its_own_folder_s_file_when_that_file_changed(tmp_path, export_format):
    """One story in outlet_a/story.txt and outlet_b/story.txt, a note on outlet_b's copy,
    exported; the folders copied elsewhere, outlet_b's sentence edited, opened in the same
    order: the quote with its context, now only in outlet_a's, sent the note there, ANCHORED
    and unsaid. Its folder says it is outlet_b's: kept there, fuzzy."""
    _, data = exported_from_outlet_b(tmp_path / "one", ("injured", "injured"), export_format)
    shutil.copytree(tmp_path / "one", tmp_path / "two")
    edited = tmp_path / "two" / "outlet_b" / "story.txt"
    edited.write_text(edited.read_text("utf-8").replace("Two people", "Three people"), "utf-8")
    again_opened = list(load_paths([tmp_path / "two" / "outlet_a",
                                    tmp_path / "two" / "outlet_b"]).articles)
    [again] = anchor_all(collection_from_json(json.loads(data)).annotations, again_opened)
    assert again.source == edited.resolve().as_uri(), (again.status, again.anchor_note)
    assert again.status is AnchorStatus.FUZZY


def test_an_archived_copy_does_not_join_a_syndicated_copy_when_the_live_page_was_edited(folder):
    """The live page edited since archiving, a syndicated copy of the old words given its
    address, a note from the page's AMP address on the old words: the Wayback and syndicated
    copies alone hold the quote, and the archive joined the syndicated copy, which was then
    called the live page. Which outlet's it is nothing tells: orphaned, naming both."""
    old = dataclasses.replace(folder[1], id="wayback", path=None, url=ARCHIVED)
    live = dataclasses.replace(old, id="live", url=LIVE,
                               text=old.text.replace("Fünf Personen", "Sechs Personen"))
    syndicated = dataclasses.replace(old, id="syndicated", url=LIVE,
                                     text=f"Von dpa.\n\n{old.text}Weitere Meldungen")
    source = "https://m.rnf.de/mannheim-amokfahrt.amp"
    row = {"id": "abc123", "uri": source, "user": "acct:dana@hypothes.is", "text": "",
           "tags": [], "target": [{"source": source, "selector": [
               {"type": "TextQuoteSelector", "exact": SHARED,
                "prefix": "erste Zahlen. ", "suffix": " Mehr folgt"}]}]}
    [again] = anchor_all(collection_from_json({"rows": [row]}).annotations,
                         [live, syndicated, old])
    assert again.status is AnchorStatus.ORPHANED, (again.article_id, again.anchor_note)
    assert again.anchor_note is not None and "fits 2 articles equally" in again.anchor_note


def test_a_page_title_its_live_page_has_since_changed_still_names_the_live_page(folder):
    """The live page's headline updated since its Wayback copy was kept, one text, and a
    Hypothesis row with the old title: the title was asked between the two articles and sent
    the note to the archive. Asked between pages, the page and its copy are one: the live
    page."""
    old_title = "Amokfahrt in Mannheim: fünf Schwerverletzte"
    live = dataclasses.replace(folder[1], id="live", url=LIVE,
                               title="Amokfahrt in Mannheim: Täter gefasst")
    archived = dataclasses.replace(live, id="wayback", path=None, url=ARCHIVED, title=old_title)
    source = "https://m.rnf.de/mannheim-amokfahrt.amp"
    row = {"id": "abc123", "uri": source, "user": "acct:dana@hypothes.is", "text": "",
           "tags": [], "target": [{"source": source, "selector": [
               {"type": "TextQuoteSelector", "exact": SHARED,
                "prefix": "erste Zahlen. ", "suffix": " Mehr folgt"}]}],
           "document": {"title": [f"{old_title} | RNF"]}}
    [again] = anchor_all(collection_from_json({"rows": [row]}).annotations, [live, archived])
    assert (again.article_id, again.status) == ("live", AnchorStatus.ANCHORED), \
        again.anchor_note
    # another outlet's copy of the text at its own address: the title chooses the page, and
    # of the page its live copy, the archived copy's title said
    other = dataclasses.replace(live, id="wnoz", url="https://www.wnoz.de/auto-rast",
                                title="Auto rast in Mannheim los")
    [again] = anchor_all(collection_from_json({"rows": [row]}).annotations,
                         [other, archived, live])
    assert (again.article_id, again.status) == ("live", AnchorStatus.ANCHORED), \
        again.anchor_note
    assert again.anchor_note is not None and "placed in the live page" in again.anchor_note


def test_an_id_numbered_by_opening_order_is_not_asked_where_its_folder_is_gone(tmp_path):
    """outlet_b/story.txt's note (id story-2) exported as JSON-LD; the folders renamed, opened
    the other way round, its sentence edited in both files: its id sent it FUZZY into the
    other outlet's file, unsaid. Nothing says which is its own: orphaned, naming them."""
    _, data = exported_from_outlet_b(tmp_path / "one", ("injured", "injured"), "jsonld")
    for old, new, edit in (("outlet_a", "a_2025", ("their car", "their van")),
                           ("outlet_b", "b_2025", ("Two people", "Three people"))):
        shutil.copytree(tmp_path / "one" / old, tmp_path / "two" / new)
        story = tmp_path / "two" / new / "story.txt"
        story.write_text(story.read_text("utf-8").replace(*edit), "utf-8")
    again_opened = list(load_paths([tmp_path / "two" / "b_2025",
                                    tmp_path / "two" / "a_2025"]).articles)
    [again] = anchor_all(collection_from_json(json.loads(data)).annotations, again_opened)
    assert again.status is AnchorStatus.ORPHANED, (again.source, again.status)
    assert again.anchor_note is not None
    assert again.anchor_note.startswith("2 articles open have its file name")
