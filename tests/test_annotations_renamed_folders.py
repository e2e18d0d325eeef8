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
