"""Annotation files Parallax reads only in part, or in an unusual shape, are never written over
with less than they held: annotations listed on the collection itself are read; a collection
whose page cannot be found blocks saving (Save As instead)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.annotations.store import AnnotationFileError, load_collection
from viewer.loading import load_sample_corpus

DATA = Path(__file__).parent / "data" / "annotations"


def test_annotations_listed_on_the_collection_itself_are_read_and_kept_by_a_save(tmp_path):
    """`items` on an AnnotationCollection (page and collection run together, as some tools
    write) were ignored: the file read as empty, and the first save dropped them."""
    from viewer.annotations.document import AnnotationDocument

    item = {"id": "urn:uuid:1", "type": "Annotation", "target": {
        "source": "http://x/a", "selector": {"type": "TextQuoteSelector", "exact": "word"}}}
    path = tmp_path / "theirs.jsonld"
    path.write_text(json.dumps({"@context": "http://www.w3.org/ns/anno.jsonld",
                                "type": "AnnotationCollection", "items": [item]}))
    document = AnnotationDocument.open(path)
    assert [a.id for a in document.annotations.annotations] == ["urn:uuid:1"]
    document.annotations.replace_all(list(document.annotations.annotations), ())
    document.save_as(path)
    again = load_collection(path)
    assert [a.id for a in again.annotations] == ["urn:uuid:1"]  # once: not also kept as extra
    assert "items" not in json.loads(path.read_text())


def test_a_file_read_in_part_is_not_saved_over(tmp_path):
    """A collection whose page could not be found loads what it can, and is never written
    over: the save would drop the page it could not read (Save As is offered instead)."""
    from viewer.annotations.document import AnnotationDocument
    from viewer.annotations.model import make_annotation

    document = json.loads((DATA / "w3c_collection_pages" / "collection.jsonld").read_text())
    path = tmp_path / "collection.jsonld"
    path.write_text(json.dumps(document))
    before = path.read_bytes()
    for opened in (AnnotationDocument.open(path), _opened_instead(path)):
        assert opened.blocked and "page1" in opened.blocked
        opened.annotations.add(make_annotation(load_sample_corpus().articles[0], 0, 4))
        with pytest.raises(AnnotationFileError, match="not saved"):
            opened.save_now()
        assert path.read_bytes() == before
        opened.save_as(tmp_path / "elsewhere.jsonld")
        assert len(load_collection(tmp_path / "elsewhere.jsonld").annotations) == 1


def _opened_instead(path: Path):  # type: ignore[no-untyped-def]
    from viewer.annotations.document import AnnotationDocument

    document = AnnotationDocument()
    document.open_instead(path)
    return document
