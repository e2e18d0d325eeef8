"""Big and hostile annotation files cost bounded time and memory (tester56 #4): a file whose
first thousand entries are no annotations is refused at its first, without reading the rest;
a note on a whole article does not store the article's words again in the file; a file too
large for the memory left is one line naming it. No Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.store import AnnotationFileError, load_collection, load_set
from viewer.cli import main
from viewer.loading import load_paths

URL = "https://news.example.org/story"


def test_a_long_list_of_non_annotations_is_refused_at_its_first(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`[1,1,...]` of a million took 17 s and 1.6 GB to say "invalid ... at $[0]". Counted in
    entries converted, not in seconds: these cores are shared, and a timed test fails on a
    busy machine (review of 95034d2)."""
    from viewer.annotations import w3c

    hostile = tmp_path / "numbers.json"
    hostile.write_text("[" + ",".join(["1"] * 300_000) + "]", encoding="utf-8")
    converted: list[str] = []

    def counted(item: object, where: str) -> object:
        converted.append(where)
        return convert(item, where)

    convert = w3c.annotation_from_json
    monkeypatch.setattr(w3c, "annotation_from_json", counted)
    with pytest.raises(AnnotationFileError) as refused:
        load_collection(hostile)
    assert "at $[0]: expected an Annotation object, got a number" in str(refused.value)
    assert len(converted) == w3c.MAX_LEADING_FAILURES < 300_000


def test_a_file_with_good_annotations_after_a_few_bad_ones_is_read_in_part(
        tmp_path: Path) -> None:
    item = {"type": "Annotation", "id": "urn:x:good", "target": {
        "source": URL, "selector": {"type": "TextQuoteSelector", "exact": "ferry"}}}
    mixed = tmp_path / "mixed.json"
    mixed.write_text(json.dumps([1] * 999 + [item]), encoding="utf-8")
    parsed = load_collection(mixed)
    assert [a.id for a in parsed.annotations] == ["urn:x:good"]
    assert parsed.problems[-1] == "... and 979 more annotations that could not be read"


def _page_notes(count: int) -> dict[str, object]:
    return {"total": count, "rows": [
        {"id": f"note{n:08d}", "uri": URL, "text": f"note {n}", "tags": [],
         "created": "2026-01-01T00:00:00+00:00", "updated": "2026-01-01T00:00:00+00:00",
         "user": "acct:dana@hypothes.is", "target": [{"source": URL}]}
        for n in range(count)]}


def test_whole_article_notes_do_not_store_the_article_again(tmp_path: Path) -> None:
    """100,000 page notes (16 MB) made a file of 514 MB, each with its article's text."""
    folder = tmp_path / "articles"
    folder.mkdir()
    body = "The ferry strike ended after a pay deal was agreed. " * 200
    (folder / "story.txt").write_text(f"---\ntitle: Ferry\nurl: {URL}\n---\n\n{body}\n",
                                      encoding="utf-8")
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps(_page_notes(300)), encoding="utf-8")
    into = tmp_path / "into.jsonld"
    assert main(["annotations", "import", str(notes), "--corpus", str(folder),
                 "--into", str(into)]) == 0
    assert into.stat().st_size < 30 * len(body)  # (it held 300 copies of the body)
    import jsonschema

    from viewer.resources import resource_path

    schema = json.loads(resource_path("annotation.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json.loads(into.read_text("utf-8")))
    # Merged again (saved without anchoring) and read back: still the whole body.
    assert main(["annotations", "import", str(notes), "--corpus", str(folder),
                 "--into", str(into)]) == 0
    (article,) = load_paths([folder]).articles
    anchored = anchor_all(load_set(into).annotations, [article])
    assert {(a.start, a.end, a.exact) for a in anchored} == {
        (article.body_start, len(article.text), article.text[article.body_start:])}


@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="resource limits: POSIX")
def test_a_file_too_large_for_the_memory_left_is_one_line_naming_it(tmp_path: Path) -> None:
    """A million page notes (163 MB, under the 256 MB limit) under an 8 GB cap ended in
    "internal error: MemoryError", the file not named. Here a real cap on the process's
    memory (RLIMIT_AS) and a file that needs more to read."""
    import os
    import resource
    import subprocess
    import sys

    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps(_page_notes(400_000)), encoding="utf-8")
    repo = Path(__file__).resolve().parent.parent
    home = tmp_path / "home"

    def capped() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (600 * 1024 * 1024, 600 * 1024 * 1024))

    env = {**os.environ, "PYTHONPATH": str(repo), "HOME": str(home),
           "XDG_DATA_HOME": str(home / "data")}
    env.pop("PYTEST_CURRENT_TEST", None)
    run = subprocess.run([sys.executable, "-m", "viewer", "annotations", "import", str(notes),
                          "--corpus", str(repo / "seeds"), "--dry-run"], cwd=repo, env=env,
                         capture_output=True, text=True, timeout=240, check=False,
                         preexec_fn=capped)
    assert run.returncode != 0
    (line,) = run.stderr.splitlines()
    assert line.startswith(f"parallax: {notes}: too many annotations to read in the memory")


def test_whole_article_notes_share_their_words_without_keeping_the_article_alive() -> None:
    """The notes of one pass share one copy of the body, and nothing keeps the text once the
    pass and its notes are gone (review of 95034d2 A7: a cache of the module's, keyed by whole
    article texts, kept 64 of them alive after their corpus closed)."""
    import gc
    import weakref

    from viewer.corpus import Article

    class Text(str):  # (a str that can be watched: plain ones cannot be weakly referenced)
        __slots__ = ("__weakref__",)

    from viewer.annotations.w3c import collection_from_json

    # (an emoji: a quote whose position counts UTF-16 units has the text's UTF-16 map built)
    text = Text("\U0001f6a2 The ferry strike ended after a pay deal was agreed. " * 200)
    watched = weakref.ref(text)
    at = text.index("pay deal", 100)
    in_utf16 = at + text[:at].count("\U0001f6a2")  # (two units each)
    notes = [{"type": "Annotation", "id": f"urn:x:{n}", "target": {"source": URL}}
             for n in range(3)] + [{"type": "Annotation", "id": "urn:x:q", "target": {
                 "source": URL, "selector": [
                     {"type": "TextQuoteSelector", "exact": "pay deal"},
                     {"type": "TextPositionSelector", "start": in_utf16, "end": in_utf16 + 8}]}}]
    anchored = anchor_all(collection_from_json(notes).annotations,
                          [Article("story", text, "Story", url=URL)])
    assert len({id(a.exact) for a in anchored[:3]}) == 1
    assert anchored[0].exact == text
    assert anchored[3].start == at and "UTF-16" in (anchored[3].anchor_note or "")
    del anchored, text
    gc.collect()
    assert watched() is None


def test_memory_running_out_while_the_articles_load_is_not_blamed_on_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review of 95034d2 (B8): every MemoryError of the import, loading the corpus's articles
    included, was said as the annotation file having too many annotations."""
    import viewer.commands.annotations as command

    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps(_page_notes(1)), encoding="utf-8")

    def out_of_memory(*_: object, **__: object) -> None:
        raise MemoryError

    monkeypatch.setattr(command, "load_for_command", out_of_memory)
    with pytest.raises(MemoryError):  # (said by the command line as any out-of-memory)
        main(["annotations", "import", str(notes), "--into", str(tmp_path / "into.jsonld")])


def test_memory_running_out_while_the_annotations_are_placed_names_the_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import viewer.annotations.importing as importing

    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps(_page_notes(1)), encoding="utf-8")

    def out_of_memory(*_: object, **__: object) -> None:
        raise MemoryError

    monkeypatch.setattr(importing, "plan_import", out_of_memory)
    into = tmp_path / "into.jsonld"
    assert main(["annotations", "import", str(notes), "--into", str(into)]) == 1
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"parallax: {notes}: too many annotations to read in the memory")
    assert not into.exists()


def test_memory_running_out_is_said_as_such_by_every_command() -> None:
    from viewer.cli import _failure_line

    assert _failure_line(MemoryError()).startswith("out of memory on this computer")
