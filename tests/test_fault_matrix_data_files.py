"""Cells of the fault matrix (tools/fault_matrix.py, docs/reliability.md) that failed and were
fixed in session 17: JSON where an article should be -- an annotation file saved among the
articles or named on the command line, an `align --json` result saved in the folder -- was read
as an article's text and aligned word for word, without a word said. Real files on disk, loaded
as `parallax align` and the window load them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from viewer.loading import load_paths

from .loading_helpers import BODY, only_article, only_problem, write

REPO = Path(__file__).resolve().parent.parent
ANNOTATIONS = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
               "first": {"type": "AnnotationPage", "items": [{
                   "type": "Annotation", "id": "urn:uuid:1", "motivation": "tagging",
                   "body": [{"type": "TextualBody", "purpose": "tagging", "value": "claim"}],
                   "target": {"source": "file:///a.txt", "selector": [
                       {"type": "TextQuoteSelector", "exact": "ballistic missiles"}]}}]}}


def test_an_annotation_file_among_the_articles_is_refused_in_one_line(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "title: A\n\n" + BODY)
    write(tmp_path, "notes.txt", json.dumps(ANNOTATIONS, indent=2))
    report = load_paths([tmp_path])
    assert [a.id for a in report.articles] == ["a"]
    (problem,) = report.problems
    assert problem.path.name == "notes.txt"
    assert problem.reason.startswith("an annotation file (Web Annotation JSON), not an article")


def test_json_of_every_kind_named_directly_is_refused(tmp_path: Path) -> None:
    hypothesis = {"total": 1, "rows": [{"id": "x", "text": "note", "target": []}]}
    single = ANNOTATIONS["first"]["items"][0]  # type: ignore[index]
    for name, document in (("notes.jsonld", ANNOTATIONS), ("h.json", hypothesis),
                           ("one.txt", {**single, "@context": "http://www.w3.org/ns/anno.jsonld"}),
                           ("list.md", [single, single])):
        reason = only_problem(write(tmp_path, name, json.dumps(document))).reason
        assert reason.startswith("an annotation file"), (name, reason)
    result = {"version": 2, "documents": [{"id": "a", "text": BODY}], "passages": []}
    assert only_problem(write(tmp_path, "result.txt", json.dumps(result))).reason.startswith(
        "a Parallax result")
    assert only_problem(write(tmp_path, "data.txt", '{"x": [1, 2]}')).reason == (
        "JSON data, not article text")


def test_an_article_that_starts_with_a_bracket_still_loads(tmp_path: Path) -> None:
    for text in ("[Updated 5:30 p.m.] " + BODY, "{Draft} " + BODY, "[" + BODY):
        assert only_article(write(tmp_path, "brackets.txt", text)).text == text


def test_align_says_it_and_exits_2_when_only_json_was_given(tmp_path: Path) -> None:
    notes = write(tmp_path, "notes.jsonld", json.dumps(ANNOTATIONS))
    done = subprocess.run([sys.executable, "-m", "viewer", "align", str(notes)], cwd=REPO,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert done.stderr.splitlines()[0].startswith(f"parallax: {notes}: an annotation file")
    assert len(done.stderr.splitlines()) == 2  # and "no usable articles to work on"


def test_a_table_parallax_printed_or_exported_is_refused(tmp_path: Path) -> None:
    """A review: the Figures dock's export saved as "... figures.txt" among the articles (the
    dialog may start there) was read the next time as an article, its figures a second event's
    rows. The same for the commands' tables saved with `>`."""
    import io
    from contextlib import redirect_stdout

    from viewer.cli import main

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    for command in ("figures", "align"):
        printed = io.StringIO()
        with redirect_stdout(printed):
            assert main([command, str(seeds)]) == 0
        folder = tmp_path / command
        folder.mkdir()
        reason = only_problem(write(folder, f"{command}.txt", printed.getvalue())).reason
        assert reason.startswith("a Parallax table"), reason


def test_an_article_that_starts_with_a_count_of_articles_still_loads(tmp_path: Path) -> None:
    text = "5 articles, 3 quantities of interest and more: a story about counting.\n\n" + BODY
    assert only_article(write(tmp_path, "story.txt", text)).text.startswith("5 articles")
