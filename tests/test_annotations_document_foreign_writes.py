"""A window's annotation file that another writer replaced meanwhile with something a merge
would lose: read only in part, or in another tool's shape. The save leaves the file as it is,
keeps every annotation of the window and says why in one line (review of deba091). No Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.annotations.document import AnnotationDocument
from viewer.annotations.model import Annotation, make_annotation
from viewer.annotations.store import AnnotationFileError, load_set
from viewer.annotations.w3c import annotation_to_json
from viewer.corpus import Article

TEXT = ("Iraq's military said that a total of 22 missiles struck two bases housing US troops, "
        "but there were no Iraqi casualties. ") * 4


def _article() -> Article:
    return Article(id="story", text=TEXT, title="Story")


def _other_writers_array(path: Path, theirs: list[Annotation], *, one_unreadable: bool
                         ) -> bytes:
    """Write `theirs` to `path` as a plain JSON array, as another tool would (the first item's
    target a number, which no reader takes, when `one_unreadable`); returns the bytes."""
    items = [annotation_to_json(annotation) for annotation in theirs]
    if one_unreadable:
        items[0]["target"] = 42
    path.write_text(json.dumps(items), encoding="utf-8")
    return path.read_bytes()


@pytest.mark.parametrize("one_unreadable", [True, False], ids=["read-in-part", "other-tool"])
@pytest.mark.parametrize("own_change", [False, True], ids=["nothing-new", "own-change"])
def test_a_file_another_writer_made_unmergeable_is_left_as_it_is_and_said(
        tmp_path: Path, one_unreadable: bool, own_change: bool) -> None:
    """Ctrl+S with nothing new (and any save) merged such a file: its unreadable annotation
    counted as deleted by the other writer and went from the window and the file, and the file
    was rewritten in Parallax's format -- what open() refuses to save over."""
    path = tmp_path / "work.jsonld"
    article = _article()
    window = AnnotationDocument.open(path)
    first, second = make_annotation(article, 0, 5), make_annotation(article, 10, 20)
    window.annotations.add(first)
    window.annotations.add(second)
    assert window.save_now()
    written = _other_writers_array(
        path, [first, second, make_annotation(article, 30, 40)], one_unreadable=one_unreadable)
    mine = {first.id, second.id}
    if own_change:
        added = make_annotation(article, 50, 60)
        window.annotations.add(added)
        mine.add(added.id)

    with pytest.raises(AnnotationFileError) as raised:
        window.save_now()

    said = str(raised.value)
    assert "\n" not in said and said.startswith(f"{path}: saved meanwhile by another writer")
    assert ("read only in part" in said) == one_unreadable
    assert ("Parallax's own format" in said) != one_unreadable
    assert said.endswith("the file is left as it is and nothing of it was merged")
    assert raised.value.save_elsewhere  # (the window offers Save As)
    assert {a.id for a in window.annotations} == mine and window.last_merged == 0
    assert path.read_bytes() == written
    # Blocked until Save As, as a file read in part at opening is: a later save (autosave,
    # quitting) says the same and still writes nothing.
    with pytest.raises(AnnotationFileError, match="not saved: saved meanwhile by another"):
        window.save_now()
    assert path.read_bytes() == written
    elsewhere = tmp_path / "kept.jsonld"
    window.save_as(elsewhere)
    assert {a.id for a in load_set(elsewhere)} == mine and window.blocked is None
