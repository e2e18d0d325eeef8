"""A note whose file was renamed, placed by its words in the renamed file, keeps saying so after
a save and a restart -- its target names the new file, and `parallax:movedFrom` the one it was
made on -- until the user edits it, which confirms the placement. It said so only until the next
start: the save wrote the new file as its source, and the note was then found there unsaid."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.document import AnnotationDocument
from viewer.annotations.model import AnchorStatus, Annotation, make_annotation
from viewer.annotations.store import load_set, save_set
from viewer.corpus import Article
from viewer.loading import load_paths
from viewer.resources import resource_path

HARBOUR = ("Harbour works to start in spring\n\nThe council approved 4.1 million for the new "
           "harbour wall on Tuesday, the mayor said, after a year of talks with the port.\n")
MARKET = ("Market hall reopens\n\nThe old market hall reopened on Saturday after repairs "
          "that took two years and cost the town less than planned.\n")


def _renamed_after_a_note(tmp_path: Path) -> tuple[Path, Path, tuple[Article, ...]]:
    """A note on articles/harbour.txt saved in notes.json, then the file renamed
    harbour_2024.txt: the notes' file and the folder's articles now."""
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    (folder / "market.txt").write_text(MARKET, encoding="utf-8")
    harbour = next(a for a in load_paths([folder]).articles if a.id == "harbour")
    at = harbour.text.index("4.1 million")
    notes = tmp_path / "notes.json"
    save_set(AnnotationSet([make_annotation(harbour, at, at + len("4.1 million"),
                                            note="cost")]), notes)
    (folder / "harbour.txt").rename(folder / "harbour_2024.txt")
    return notes, folder, tuple(load_paths([folder]).articles)


def _opened(notes: Path, articles: tuple[Article, ...]) -> Annotation:
    (annotation,) = AnnotationDocument.open(notes, articles).annotations
    return annotation


def test_a_note_moved_by_its_words_stays_marked_after_saving_and_reopening(tmp_path) -> None:
    notes, _folder, articles = _renamed_after_a_note(tmp_path)
    placed = _opened(notes, articles)
    assert (placed.status, placed.article_id) == (AnchorStatus.ANCHORED, "harbour_2024")
    said = placed.anchor_note
    assert said is not None and said.startswith("harbour.txt is not open; placed by its words in")
    save_set(AnnotationSet([placed]), notes)  # the user saves (the window autosaves)
    (item,) = json.loads(notes.read_text(encoding="utf-8"))["first"]["items"]
    assert item["target"]["source"].endswith("/harbour_2024.txt")  # (the target: the new file)
    assert item["target"]["parallax:fileName"] == "harbour_2024.txt"
    assert item["parallax:movedFrom"] == "harbour.txt"
    schema = json.loads(resource_path("annotation.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(
        json.loads(notes.read_text(encoding="utf-8")))  # (the file's own schema says it)
    again = _opened(notes, articles)  # the next start
    assert (again.status, again.article_id) == (AnchorStatus.ANCHORED, "harbour_2024")
    assert (again.moved_from, again.anchor_note) == ("harbour.txt", said)
    assert again.exact == "4.1 million"


def test_editing_the_note_confirms_where_its_words_moved_it(tmp_path) -> None:
    notes, _folder, articles = _renamed_after_a_note(tmp_path)
    placed = _opened(notes, articles)
    confirmed = placed.edited(note="cost, checked")
    assert (confirmed.moved_from, confirmed.anchor_note) == (None, None)
    save_set(AnnotationSet([confirmed]), notes)
    assert "parallax:movedFrom" not in notes.read_text(encoding="utf-8")
    again = _opened(notes, articles)
    assert (again.status, again.article_id, again.note) == (
        AnchorStatus.ANCHORED, "harbour_2024", "cost, checked")
    assert (again.moved_from, again.anchor_note) == (None, None)


def test_the_mark_is_read_by_the_careful_path_too(tmp_path) -> None:
    """A file with something unusual (an unknown property) is read by `reading.read_item`,
    not the fast path: the mark is read there too, and a wrong value is refused by name."""
    notes, _folder, articles = _renamed_after_a_note(tmp_path)
    save_set(AnnotationSet([_opened(notes, articles)]), notes)
    document = json.loads(notes.read_text(encoding="utf-8"))
    document["first"]["items"][0]["rights"] = "CC-BY"
    notes.write_text(json.dumps(document), encoding="utf-8")
    (read,) = load_set(notes).annotations
    assert read.moved_from == "harbour.txt"
    document["first"]["items"][0]["parallax:movedFrom"] = 3
    notes.write_text(json.dumps(document), encoding="utf-8")
    try:
        load_set(notes)
    except Exception as error:  # (the store's one-line error naming the field)
        assert "parallax:movedFrom" in str(error)
    else:
        raise AssertionError("a number as the file it was made on was read")


def _saved_after_the_move(tmp_path: Path) -> tuple[Path, Path]:
    """The note placed by its words in harbour_2024.txt and saved so (its target the new file,
    `parallax:movedFrom` harbour.txt): the notes' file and the articles' folder."""
    notes, folder, articles = _renamed_after_a_note(tmp_path)
    save_set(AnnotationSet([_opened(notes, articles)]), notes)
    return notes, folder


def test_the_file_it_was_made_on_open_again_beside_the_renamed_one_takes_it_back(
        tmp_path) -> None:
    notes, folder = _saved_after_the_move(tmp_path)
    (folder / "harbour.txt").write_text(HARBOUR, encoding="utf-8")  # (restored beside it)
    home = _opened(notes, tuple(load_paths([folder]).articles))
    assert (home.status, home.article_id, home.file_name) == (
        AnchorStatus.ANCHORED, "harbour", "harbour.txt")
    assert (home.moved_from, home.anchor_note) == (None, None)
    save_set(AnnotationSet([home]), notes)
    assert "parallax:movedFrom" not in notes.read_text(encoding="utf-8")


def test_the_file_it_was_made_on_open_without_its_words_is_said_open(tmp_path) -> None:
    notes, folder = _saved_after_the_move(tmp_path)
    (folder / "harbour.txt").write_text(MARKET.replace("Market", "Harbour"), encoding="utf-8")
    placed = _opened(notes, tuple(load_paths([folder]).articles))
    assert (placed.article_id, placed.moved_from) == ("harbour_2024", "harbour.txt")
    said = placed.anchor_note or ""
    assert "harbour.txt is open but no longer holds its words where they stood; placed by its " \
           "words in \u201cHarbour works to start in spring\u201d" in said
    assert "is not open" not in said


def test_the_renamed_file_named_back_clears_the_mark(tmp_path) -> None:
    notes, folder = _saved_after_the_move(tmp_path)
    (folder / "harbour_2024.txt").rename(folder / "harbour.txt")
    home = _opened(notes, tuple(load_paths([folder]).articles))
    assert (home.status, home.article_id, home.file_name) == (
        AnchorStatus.ANCHORED, "harbour", "harbour.txt")
    assert (home.moved_from, home.anchor_note) == (None, None)
