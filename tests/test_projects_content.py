"""Project contents: any text round-trips exactly, imported pages, pasted text, the Recent list."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.annotations.model import make_annotation
from viewer.corpus import Article
from viewer.fetching import FetchedPage
from viewer.loading import article_from_text
from viewer.projects import (
    Project,
    forget,
    is_project_file,
    read_recent,
    remember,
)
from viewer.projects.recent import MAX_RECENT

PAGE = (Path(__file__).parent / "data" / "pages" / "outlet-report.html").read_bytes()


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(min_size=1, max_size=300), st.text(max_size=40), st.text(max_size=60))
def test_any_text_round_trips_with_its_offsets(tmp_path: Path, text: str, title: str,
                                               note: str) -> None:
    target = tmp_path / "p.parallax"
    target.unlink(missing_ok=True)
    article = Article("a", text, title or "t", source=title or None)
    with Project.create(target) as project:
        (stored,) = project.add_articles([article])
        annotation = make_annotation(stored, 0, len(stored.text), note=note)
        project.save_annotations([annotation], [])
    with Project.open(target) as project:
        (reloaded,) = project.articles()
        (annotation_back,), _ = project.annotations()
    # Lone surrogates (which UTF-8 cannot store) become U+FFFD: one code point for one.
    assert len(reloaded.text) == len(text)
    expected = "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)
    assert reloaded.text == expected
    assert annotation_back.start == 0 and annotation_back.end == len(text)
    assert annotation_back.exact == expected


def test_a_file_name_that_is_not_utf8_is_kept_exactly(tmp_path: Path) -> None:
    odd = Path(os.fsdecode(b"/articles/caf\xe9.txt"))
    with Project.create(tmp_path / "p.parallax") as project:
        project.add_articles([Article("cafe", "Some text here.", "t", path=odd)])
        assert project.articles()[0].path == odd


def test_an_imported_page_keeps_its_snapshot() -> None:
    page = FetchedPage("https://short.example/x", "https://news.example.org/world/a",
                       "2026-12-01T10:00:00Z", "text/html; charset=utf-8", PAGE)
    with Project.new() as project:
        article = project.import_page(page)
        assert article.source == "The Daily Example"
        stored = project.stored_articles()[0]
        assert stored.origin == "imported"
        snapshot = project.snapshot(article.id)
        assert snapshot is not None and snapshot.body == PAGE
        assert snapshot.url == "https://news.example.org/world/a"
        assert snapshot.fetched == "2026-12-01T10:00:00Z"


def test_a_pasted_article_lives_in_the_project(tmp_path: Path) -> None:
    pasted = article_from_text("pasted-1", "outlet: Radio X\n\nThe statement as read on air.")
    target = tmp_path / "p.parallax"
    with Project.new() as project:
        project.add_articles([pasted], origin="pasted")
        project.save_as(target)
    with Project.open(target) as project:
        (stored,) = project.stored_articles()
        assert stored.origin == "pasted" and stored.article.path is None
        assert stored.article.source == "Radio X" and stored.article.body == (
            "The statement as read on air.")


def test_project_files_are_told_apart_by_content(tmp_path: Path) -> None:
    project = tmp_path / "named-like-an-article.txt"
    Project.create(project).close()
    assert is_project_file(project)
    article = tmp_path / "fake.parallax"
    article.write_text("SQLite format 3 is what this text says")
    assert not is_project_file(article)
    assert not is_project_file(tmp_path / "missing.parallax")
    assert not is_project_file(tmp_path)


def test_recent_list_most_recent_first_capped_and_forgiving(tmp_path: Path) -> None:
    list_file = tmp_path / "config" / "recent.json"
    assert read_recent(list_file) == []
    for n in range(MAX_RECENT + 3):
        remember(list_file, tmp_path / f"p{n}.parallax")
    entries = remember(list_file, tmp_path / "p5.parallax")
    assert entries[0] == tmp_path / "p5.parallax" and len(entries) == MAX_RECENT
    assert read_recent(list_file) == entries
    assert tmp_path / "p5.parallax" not in forget(list_file, tmp_path / "p5.parallax")
    list_file.write_text("{broken")
    assert read_recent(list_file) == []
    list_file.write_text('{"projects": [3, "", "/x.parallax", "/a\\u0000b.parallax", null]}')
    assert read_recent(list_file) == [Path("/x.parallax")]
