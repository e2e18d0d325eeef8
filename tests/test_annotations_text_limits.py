"""An import holds another tool's annotations to the lengths Parallax shows and saves: a note
past 100,000 characters is cut, a tag past 200 left out, a quote longer than any article
refused, each said in one line naming the file (tester60 #1: a 100 MB note came in without a
word, grew the project to 105 MB and froze the window). No Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.annotations import text_limits
from viewer.annotations.importing import plan_import
from viewer.annotations.listing import full_texts, row_texts
from viewer.annotations.store import load_collection
from viewer.annotations.text_limits import MAX_NOTE_CHARS, MAX_TAG_CHARS
from viewer.annotations.w3c import annotation_json_text
from viewer.cli import main
from viewer.corpus import Article

TEXT = "The ministry said the strike hit two bases. Nobody was hurt, officials added."
ARTICLE = Article("story", TEXT, "Strike on two bases", path="/news/story.txt")


def _annotation(note: str, tags: tuple[str, ...] = (), exact: str = "hit two bases",
                number: int = 1) -> dict[str, object]:
    bodies: list[dict[str, object]] = [{"type": "TextualBody", "purpose": "tagging",
                                        "value": tag} for tag in tags]
    bodies.append({"type": "TextualBody", "purpose": "commenting", "value": note})
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
            "id": f"urn:uuid:00000000-0000-4000-8000-00000000000{number}",
            "motivation": "commenting", "body": bodies,
            "target": {"source": "file:///news/story.txt",
                       "selector": {"type": "TextQuoteSelector", "exact": exact}}}


def _write(tmp_path: Path, *items: dict[str, object]) -> Path:
    path = tmp_path / "bigstring.json"
    path.write_text(json.dumps(list(items), ensure_ascii=False), encoding="utf-8")
    return path


def test_a_note_too_long_is_cut_at_import_and_said(tmp_path: Path) -> None:
    long_note = "Evidence " + "A" * (3 * MAX_NOTE_CHARS)
    path = _write(tmp_path, _annotation(long_note, ("disputed",)))
    result = plan_import([], [], load_collection(path), [ARTICLE], file_name=path.name)
    (imported,) = result.added
    assert imported.note == long_note[:len(imported.note)]
    assert len(imported.note) <= MAX_NOTE_CHARS
    assert imported.tags == ("disputed",)
    said = [line for line in result.summary_lines() if "characters" in line]
    assert len(said) == 1 and "bigstring.json" in said[0] and f"{MAX_NOTE_CHARS:,}" in said[0]
    # What a save writes holds the cut note only (the tool's JSON is kept, cut too).
    written = annotation_json_text(imported, {})
    assert len(written) < 2 * MAX_NOTE_CHARS
    assert json.loads(written)["body"][-1]["value"] == imported.note


def test_a_tag_too_long_is_left_out_and_a_quote_longer_than_any_article_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "x" * (MAX_TAG_CHARS + 1)
    monkeypatch.setattr(text_limits, "MAX_QUOTE_CHARS", 40)  # (a real one is 20 MB)
    path = _write(tmp_path, _annotation("ok", ("disputed", sentence)),
                  _annotation("too long a quote", exact=TEXT, number=2))
    result = plan_import([], [], load_collection(path), [ARTICLE], file_name=path.name)
    (imported,) = result.added
    assert imported.tags == ("disputed",)
    assert sentence not in annotation_json_text(imported, {})
    lines = result.summary_lines()
    assert any("bigstring.json" in line and "1 tag of more than" in line for line in lines)
    assert any("bigstring.json" in line and "its quote is" in line and "left out" in line
               for line in lines)


def test_annotations_within_the_limits_come_in_as_they_are(tmp_path: Path) -> None:
    path = _write(tmp_path, _annotation("A short note.", ("disputed",)))
    parsed = load_collection(path)
    held = text_limits.within_import_limits(parsed, path.name)
    assert held is parsed


def test_the_command_line_import_says_the_cut(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "story.txt").write_text(TEXT, encoding="utf-8")
    path = _write(tmp_path, _annotation("B" * (MAX_NOTE_CHARS + 10)))
    into = tmp_path / "into.jsonld"
    assert main(["annotations", "import", str(path), "--corpus", str(tmp_path / "news"),
                 "--into", str(into)]) == 0
    out = capsys.readouterr().out
    assert "bigstring.json: the annotation" in out and "its note past its first" in out
    assert into.stat().st_size < 2 * MAX_NOTE_CHARS


def test_every_listing_of_a_long_note_is_bounded() -> None:
    """Whatever a file holds (one written by hand is not imported), the dock's cells and
    tooltips show a start of a note, and say how much more there is."""
    from viewer.annotations.model import make_annotation

    note = "word " * 400_000  # (2 MB)
    annotation = make_annotation(ARTICLE, 4, 12, note=note)
    cells = row_texts(annotation)
    assert max(map(len, cells)) <= 200
    tooltip = full_texts(annotation)[3]
    assert len(tooltip) < 2_100 and tooltip.endswith(" more characters)")
