"""Another tool's export (Hypothesis, Readium) read back where the folders were renamed: several
open files have the note's file name and none lies in the folder it was made in. Its quote in
its full context decides, said in the note; where that is in none of them, it is orphaned naming
them -- never placed, unsaid, in whichever file's words were edited less (session 58's
noticed-and-left item). No Qt."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.test_annotations_shared_address import SENTENCE, exported_from_outlet_b
from viewer.annotations.anchoring import anchor_all
from viewer.annotations.model import AnchorStatus, Annotation
from viewer.annotations.w3c import collection_from_json
from viewer.corpus import Article
from viewer.loading import load_paths


def read_back_renamed(root: Path, export_format: str,
                      edits: dict[str, tuple[str, str]]) -> tuple[Annotation, Path]:
    """outlet_b/story.txt's note exported as `export_format`; the folders copied to a_2025 and
    b_2025 with `edits` (old folder -> (words, replacement)) made in their story.txt, opened
    b_2025 first: the note read back, and b_2025's story.txt."""
    _, data = exported_from_outlet_b(root / "one", ("injured", "injured"), export_format)
    for old, new in (("outlet_a", "a_2025"), ("outlet_b", "b_2025")):
        shutil.copytree(root / "one" / old, root / "two" / new)
        story = root / "two" / new / "story.txt"
        story.write_text(story.read_text("utf-8").replace(*edits[old]), "utf-8")
    again_opened = list(load_paths([root / "two" / "b_2025", root / "two" / "a_2025"]).articles)
    [again] = anchor_all(collection_from_json(json.loads(data)).annotations, again_opened)
    return again, root / "two" / "b_2025" / "story.txt"


@pytest.mark.parametrize("export_format", ["readium", "hypothesis"])
def test_placed_by_its_quote_s_context_says_no_folder_told_them_apart(tmp_path, export_format):
    """Its sentence edited in both files, its context kept only in outlet_b's (now b_2025):
    placed there, fuzzy, and the note says its folder is gone (it said nothing)."""
    again, own = read_back_renamed(tmp_path, export_format, {
        "outlet_a": ("their car", "their van"), "outlet_b": ("Two people", "Three people")})
    assert (again.status, again.source) == (AnchorStatus.FUZZY, own.resolve().as_uri())
    assert again.anchor_note is not None
    assert "none in the folder it was made in" in again.anchor_note


@pytest.mark.parametrize("export_format", ["readium", "hypothesis"])
def test_orphaned_naming_them_where_its_context_is_in_neither(tmp_path, export_format):
    """Its sentence and the words around it edited in both files: a fuzzy fit went to one of
    them, unsaid. Nothing says which is its own: orphaned, naming its folder."""
    edit = ("The storm reached the coast on Monday night. Two people were",
            "A storm reached the coast late on Monday. Three people were")
    again, _ = read_back_renamed(tmp_path, export_format, {"outlet_a": edit, "outlet_b": edit})
    assert again.status is AnchorStatus.ORPHANED, (again.source, again.anchor_note)
    assert again.anchor_note is not None
    assert again.anchor_note.startswith("2 articles open have its file name")
    assert "(outlet_b)" in again.anchor_note
    assert SENTENCE not in again.anchor_note


STORY_B = ("Storm hits the coast\n\nThe storm reached the coast on Monday night. Two people were "
           "seriously injured when a tree fell on their car. Officials urged residents to stay "
           "indoors.\n")


def two_renamed(root: Path, a_text: str, b_text: str) -> list[Article]:
    """a_2025/story.txt and b_2025/story.txt, opened in that order."""
    for folder, text in (("a_2025", a_text), ("b_2025", b_text)):
        (root / folder).mkdir(parents=True)
        (root / folder / "story.txt").write_text(text, "utf-8")
    return list(load_paths([root / "a_2025", root / "b_2025"]).articles)


def hypothesis_row(selectors: list[dict[str, object]],
                   uri: str = "file:///home/dana/one/outlet_b/story.txt") -> Annotation:
    row = {"id": "H1", "uri": uri, "user": "acct:dana@hypothes.is", "tags": ["casualties"],
           "target": [{"source": uri, "selector": selectors}]}
    [annotation] = collection_from_json({"rows": [row]}).annotations
    return annotation


@pytest.mark.parametrize("uri", ["file:///home/dana/one/outlet_b/story.txt",
                                 "C:/Users/dana/outlet_b/story.txt"])
def test_its_context_decides_over_a_quote_left_at_its_position_in_another_file(tmp_path, uri):
    """The reviewer's case: outlet_a's sentence unchanged at the recorded position, the words
    around it changed; outlet_b's words around it as recorded, the sentence edited. It went
    ANCHORED into outlet_a's, its note saying its context had decided (and, from a Windows path
    written with slashes, whose folder was not read, unsaid)."""
    at = STORY_B.index(SENTENCE)
    prefix, suffix = STORY_B[at - 32:at], STORY_B[at + len(SENTENCE):][:32]
    a_text = STORY_B.replace("on Monday night", "on Sunday night").replace(
        "Officials urged", "Mayors warned  ")
    b_text = STORY_B.replace("seriously", "badly")
    articles = two_renamed(tmp_path, a_text, b_text)
    note = hypothesis_row([
        {"type": "TextQuoteSelector", "exact": SENTENCE, "prefix": prefix, "suffix": suffix},
        {"type": "TextPositionSelector", "start": at, "end": at + len(SENTENCE)}], uri=uri)
    [again] = anchor_all([note], articles)
    assert again.source == (tmp_path / "b_2025" / "story.txt").resolve().as_uri(), \
        (again.source, again.anchor_note)
    assert again.anchor_note is not None and "words around its quote" in again.anchor_note


def test_a_quote_without_context_goes_to_the_one_file_holding_it_word_for_word(tmp_path):
    """A quote-only selector, word for word in outlet_b's file alone: it anchored there before
    the folder rule, and the rule orphaned it."""
    articles = two_renamed(tmp_path, STORY_B.replace("their car", "their van"), STORY_B)
    [again] = anchor_all([hypothesis_row([{"type": "TextQuoteSelector", "exact": SENTENCE}])],
                         articles)
    assert (again.status, again.source) == (
        AnchorStatus.ANCHORED, (tmp_path / "b_2025" / "story.txt").resolve().as_uri())
    assert again.anchor_note is not None and "word for word" in again.anchor_note

