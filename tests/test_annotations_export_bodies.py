"""What an export does with another tool's bodies beyond their text -- a link (IRI) body, a
comment's declared language, its HTML markup: carried where the format has a place, else said
in one line per kind (tester56 #9: both exports dropped a link unsaid, Readium a comment's
language, and the HTML report gave a French note no `lang`); and a string body that is no IRI,
read as the comment its tool meant, so the CSV's links cell splits back into its links. No Qt."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.export import export_file
from viewer.annotations.html_report import to_html
from viewer.annotations.model import Annotation
from viewer.annotations.w3c import collection_from_json
from viewer.cli import main
from viewer.corpus import Article

PAGE = "https://news.example.com/strike"
TEXT = "Iran launched a dozen missiles at two bases, and 22 missiles struck, officials said."
ARTICLE = Article("strike", TEXT, "Strike", url=PAGE)
LINK = "https://www.wikidata.org/wiki/Q1"


def item(number: int, exact: str, body: list[Any]) -> dict[str, Any]:
    return {"id": f"https://anno.example.org/a/{number}", "type": "Annotation",
            "motivation": "commenting", "body": body,
            "target": {"source": PAGE, "selector": {"type": "TextQuoteSelector",
                                                     "exact": exact}}}


LINKED = item(1, "a dozen missiles", [
    {"type": "TextualBody", "value": "Une douzaine", "language": "fr",
     "purpose": "commenting"},
    {"type": "TextualBody", "value": "figures", "purpose": "tagging"},
    LINK])
"""A French comment, a tag and a link body (the tester's annotation a/2, without markup)."""
REPLY = item(2, "22 missiles", [
    {"type": "TextualBody", "value": "klassifiziert", "purpose": "classifying"},
    {"type": "TextualBody", "value": "Antwort", "purpose": "replying", "language": "de"}])
"""A German reply after a classifying body, which declares no language (the tester's a/4)."""
MIXED = item(3, "officials said", [
    {"type": "TextualBody", "value": "In English", "language": "en"},
    {"type": "TextualBody", "value": "Auf Deutsch", "language": "de"}])
MARKED_UP = item(4, "two bases", [
    {"type": "TextualBody", "value": "<p>Deux <b>bases</b></p>", "format": "text/html"},
    {"type": "TextualBody", "value": "bases", "purpose": "tagging"}])


def placed(*items: dict[str, Any]) -> list[Annotation]:
    found = anchor_all(collection_from_json(list(items)).annotations, [ARTICLE])
    assert all(a.article_id == ARTICLE.id for a in found)
    return found


def exported(export_format: str, *items: dict[str, Any]) -> tuple[Any, list[str]]:
    made = export_file(export_format, placed(*items), (), [ARTICLE],
                       collection_id="urn:x:set", title="t")
    return json.loads(made.data), [loss.line() for loss in made.dropped]


def test_the_hypothesis_text_carries_a_link_body_below_the_comment():
    document, said = exported("hypothesis", LINKED)
    (row,) = document["annotations"]
    # (on a line of its own, which the client's Markdown shows as a link)
    assert row["text"] == f"Une douzaine\n\n{LINK}"
    assert not any("link" in line for line in said)


def test_the_hypothesis_export_says_the_languages_and_markup_it_cannot_hold():
    _document, said = exported("hypothesis", LINKED, REPLY, MARKED_UP)
    assert said == [
        "2 annotations have a comment whose body declares its language, which Hypothesis' "
        "text has no place for: the language left out",
        "1 annotation has an HTML comment, written as the text it shows: its markup left out"]


def test_the_readium_body_holds_the_language_of_the_comment_not_of_the_first_body():
    document, said = exported("readium", REPLY)
    (body,) = [entry["body"] for entry in document["items"]]
    assert (body["value"], body["language"]) == ("Antwort", "de")
    assert said == []


def test_the_readium_export_says_the_link_it_cannot_hold_and_languages_that_differ():
    document, said = exported("readium", LINKED, MIXED, MARKED_UP)
    bodies = {entry["id"]: entry["body"] for entry in document["items"]}
    assert bodies[LINKED["id"]]["language"] == "fr"
    assert LINK not in json.dumps(document)
    assert "language" not in bodies[MIXED["id"]]  # (neither is the language of both)
    assert said == [
        "1 annotation has a link (IRI) body, which Readium's one text body has no place for: "
        "left out",
        "1 annotation has comments in different languages (or some in none), and Readium's "
        "one body has one language: their languages left out",
        "1 annotation has an HTML comment, written as the text it shows: its markup left out"]


def test_a_readium_note_in_one_html_body_goes_back_with_its_markup_unsaid():
    one_body = {**MARKED_UP, "body": MARKED_UP["body"][0]}
    document, said = exported("readium", one_body)
    (body,) = [entry["body"] for entry in document["items"]]
    assert (body["value"], body["format"]) == ("<p>Deux <b>bases</b></p>", "text/html")
    assert said == []


def test_the_html_report_gives_each_note_its_language_and_names_the_link():
    page = to_html(placed(LINKED, REPLY), [], [ARTICLE], title="t")
    assert '<span lang="fr">Une douzaine</span>' in page
    assert '<span lang="de">Antwort</span>' in page
    assert f'<div class="meta">links: {LINK}</div>' in page
    # (named, not linked: the report links only to the web addresses of the articles and the
    # verdicts, never to what a link body in another tool's file says)
    assert f'href="{LINK}"' not in page


def test_the_command_says_what_the_export_left_out(tmp_path: Path, capsys):
    source = tmp_path / "linked.jsonld"
    source.write_text(json.dumps([LINKED]), encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "strike.txt").write_text(f"url: {PAGE}\n\n{TEXT}\n", encoding="utf-8")
    code = main(["export", str(source), "--corpus", str(corpus), "--format", "readium",
                 "-o", str(tmp_path / "out.ann")])
    assert code == 0
    assert (f"{source}: 1 annotation has a link (IRI) body, which Readium's one text body has "
            "no place for: left out") in capsys.readouterr().err


def test_a_lone_link_body_is_not_written_as_readium_s_text_body():
    """One resource body went back as itself with a `value` added: a SpecificResource where
    Thorium requires a TextualBody, and the link still said nowhere."""
    lone = {**LINKED, "body": {"type": "SpecificResource", "source": LINK}}
    document, said = exported("readium", lone)
    (body,) = [entry["body"] for entry in document["items"]]
    assert body["type"] == "TextualBody" and LINK not in json.dumps(body)
    assert said == ["1 annotation has a link (IRI) body, which Readium's one text body has no "
                    "place for: left out"]


def csv_rows(*items: dict[str, Any]) -> tuple[list[dict[str, str]], list[str]]:
    import csv
    import io

    made = export_file("csv", placed(*items), (), [ARTICLE], collection_id="urn:x:set",
                       title="t")
    rows = list(csv.DictReader(io.StringIO(made.data.decode("utf-8-sig"), newline="")))
    return rows, [loss.line() for loss in made.dropped]


def test_the_csv_export_carries_a_link_body_and_the_note_s_language():
    """The CSV dropped a link body and a comment's declared language unsaid (a reviewer's):
    both have a column."""
    rows, said = csv_rows(LINKED, REPLY)
    by_id = {row["id"]: row for row in rows}
    assert by_id[LINKED["id"]]["links"] == LINK
    assert by_id[LINKED["id"]]["note_language"] == "fr"
    assert (by_id[REPLY["id"]]["note"], by_id[REPLY["id"]]["note_language"]) == ("Antwort", "de")
    assert by_id[REPLY["id"]]["links"] == ""
    assert said == []


def test_the_csv_export_says_the_languages_and_markup_its_cells_cannot_hold():
    """One language cell holds the language all of a note's comments declare; comments that
    differ in theirs, and an HTML comment's markup, are said as the other exports say them."""
    rows, said = csv_rows(MIXED, MARKED_UP)
    by_id = {row["id"]: row for row in rows}
    assert by_id[MIXED["id"]]["note_language"] == ""  # (neither is the language of both)
    assert by_id[MARKED_UP["id"]]["note"] == "Deux bases"
    assert said == [
        "1 annotation has comments in different languages (or some in none), and the CSV's "
        "note_language cell holds one: their languages left out",
        "1 annotation has an HTML comment, written as the text it shows: its markup left out"]


SAID_AS_A_STRING = item(5, "a dozen missiles", [
    "Great piece, see page 2", LINK,
    {"type": "SpecificResource", "source": "https://example.org/a page"}])
"""A comment another tool wrote as a string body (the model's place for an IRI), a link, and
a resource whose id holds a space."""


def test_a_string_body_that_is_no_iri_is_a_comment_not_a_link():
    """A reviewer's: any string body was a link, so a comment written as one made the CSV's
    links cell split into its words. The W3C model reads a string body as an IRI; one that
    cannot be (no scheme, or white space, which an IRI never holds) is the text the tool
    meant: a comment, or a tag under the motivation tagging alone."""
    from viewer.annotations.bodies import read_bodies

    read = read_bodies({"body": ["Great piece, see page 2", LINK, "urn:isbn:0451450523",
                                 "page2.html", "Agreed!"]}, "x")
    assert read.notes == ("Great piece, see page 2", "Agreed!")
    assert read.links == (LINK, "urn:isbn:0451450523", "page2.html")  # (relative: a link)
    assert read_bodies({"motivation": "tagging", "body": "disputed"}, "x").tags == ("disputed",)


def test_a_comment_written_as_a_string_is_written_back_as_it_was_or_as_edited():
    from viewer.annotations.bodies import note_body, write_bodies

    kept = {"body": ["Great piece", LINK]}
    write_bodies(kept, (), "Great piece")
    assert kept["body"] == ["Great piece", LINK]
    write_bodies(kept, (), "Edited")
    assert kept["body"] == [note_body("Edited"), LINK]


def test_the_csv_links_cell_splits_back_into_its_links():
    from urllib.parse import unquote

    rows, said = csv_rows(SAID_AS_A_STRING)
    (row,) = rows
    assert row["note"] == "Great piece, see page 2"
    # (white space inside a link percent-encoded, as an IRI maps to a URI: RFC 3987, 3.1)
    assert [unquote(link) for link in row["links"].split(" ")] == [
        LINK, "https://example.org/a page"]
    assert said == []


def test_a_comment_written_as_a_string_declares_no_language():
    french_and_string = item(6, "a dozen missiles", [
        {"type": "TextualBody", "value": "Une douzaine", "language": "fr"}, "Great piece"])
    rows, said = csv_rows(french_and_string)
    (row,) = rows
    assert (row["note"], row["note_language"]) == ("Une douzaine\n\nGreat piece", "")
    assert said == [
        "1 annotation has comments in different languages (or some in none), and the CSV's "
        "note_language cell holds one: their languages left out"]


MY_NOTE = {"type": "TextualBody", "purpose": "commenting", "value": "my own note"}
"""The user's own comment, after another tool's written as a string."""


def test_a_comment_written_as_a_string_never_takes_the_note_from_a_text_body():
    """A reviewer's: read first, another tool's string became the editable note and the user's
    own comment a further one; editing "the note" rewrote the other tool's text."""
    from viewer.annotations.bodies import read_bodies, write_bodies

    read = read_bodies({"motivation": "commenting",
                        "body": ["Great piece, see page 2", MY_NOTE]}, "x")
    assert read.notes == ("my own note", "Great piece, see page 2")
    kept = {"motivation": "commenting", "body": ["Great piece, see page 2", MY_NOTE]}
    write_bodies(kept, (), "my own note, edited")
    assert kept["body"] == ["Great piece, see page 2", {**MY_NOTE, "value": "my own note, edited"}]
    (annotation,) = placed(item(7, "a dozen missiles", ["Great piece, see page 2", MY_NOTE]))
    assert (annotation.note, annotation.other_notes) == ("my own note",
                                                         ("Great piece, see page 2",))


def test_a_relative_reference_or_an_iri_ending_in_a_newline_is_a_link():
    """A reviewer's: "#reply-3", "comments/42.html" and an IRI with a newline after it were
    read as the editable note, whose edit replaced the link with a text body."""
    from viewer.annotations.bodies import note_body, read_bodies, write_bodies

    written = ["#reply-3", "comments/42.html", LINK + "\n"]
    read = read_bodies({"body": written}, "x")
    assert (read.notes, read.links) == ((), ("#reply-3", "comments/42.html", LINK))
    kept = {"body": list(written)}
    write_bodies(kept, (), "A note of my own")
    assert kept["body"] == [*written, note_body("A note of my own")]


@pytest.mark.parametrize("word", ["Source?", "Really?", "3.5", "U.S.", "Note:", "e.g.", "i.e.",
                                  "Why?!", "9/11", "24/7", "Mr.Smith", "No.1", "3:30",
                                  "N/A", "and/or", "w/o", "What?No", "great.thanks", "LOL.OMG",
                                  "Re:Brexit", "Source:Reuters", "C:\\notes.txt"])
def test_an_ordinary_word_written_as_a_string_is_a_comment(word):
    """A reviewer's: the rule that took a word with a mark of an address for a link read
    'Source?', '3.5', 'U.S.', 'Note:' and 'e.g.' as links, where they had been comments. A
    question mark is a query's only with a query after it, a colon a scheme's only, a dot an
    address's only in a file's or host's name, a slash a path's only among words."""
    from viewer.annotations.bodies import read_bodies

    read = read_bodies({"motivation": "commenting", "body": [word]}, "x")
    assert (read.notes, read.links) == ((word,), ())


@pytest.mark.parametrize("word", ["9/11", "U.S.", "#MeToo", "example.org", "and/or", "3.5",
                                  "topic:politics"])
def test_a_tag_written_as_a_string_is_a_tag_unless_an_absolute_iri(word):
    """A reviewer's: under tagging '9/11' and 'U.S.' became links, where they had been tags. A
    tagging tool writes its tags there; only an absolute IRI (a scheme first) names a
    resource, as a controlled vocabulary's term does."""
    from viewer.annotations.bodies import read_bodies

    read = read_bodies({"motivation": "tagging", "body": [word]}, "x")
    assert (read.tags, read.links) == ((word,), ())
    assert read_bodies({"motivation": "tagging", "body": ["https://vocab.example/t/9-11"]},
                       "x").links == ("https://vocab.example/t/9-11",)


@pytest.mark.parametrize("link", [
    "urn:isbn:0451450523", "doi:10.1/x", "mailto:a@b.c", "https://example.org/a?b=1#c",
    "#reply-3", "comments/42.html", "page2.html", "example.org", "../replies/3",
    "/annotations/42", "search?q=missiles", "?page=2", "replies/3", "www.example.org/a",
    "tag:example.org,2024:x", "did:web:x", "ftp://x", "file:///x", "urn:x"])
def test_an_address_written_as_a_string_is_a_link(link):
    from viewer.annotations.bodies import read_bodies

    read = read_bodies({"motivation": "commenting", "body": [link]}, "x")
    assert (read.notes, read.links) == ((), (link,))


def test_an_address_with_a_space_inside_is_text():
    from viewer.annotations.bodies import read_bodies

    read = read_bodies({"motivation": "commenting", "body": ["https://x.org/a b"]}, "x")
    assert (read.notes, read.links) == (("https://x.org/a b",), ())
