"""A project open in a session, without Qt: articles stored, corrections laid over every
alignment (and again after re-alignment), provenance edits shown and kept, the view restored;
`parallax align` / `export` reading a project file."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from tests.test_corrections import PARAPHRASE_A, PARAPHRASE_B, STATEMENT, _corpus, _span
from tests.viewfixtures import sample_articles
from viewer.annotations.model import make_annotation
from viewer.cli import main as cli_main
from viewer.corpus import Article
from viewer.corrections import link_spans, remove_link
from viewer.projects import Project, ProjectDocument
from viewer.projects.binding import ProjectBinding
from viewer.provenance import Provenance
from viewer.session import PostQueue, Session
from viewer.workspace import Workspace

TIMEOUT = 60.0


def _run_until(post: PostQueue, done: Callable[[], bool]) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not done():
        assert time.monotonic() < deadline, "timed out"
        post.run_pending(timeout=0.05)


def _idle(session: Session, post: PostQueue) -> None:
    _run_until(post, lambda: not session.busy and session.workspace.result is not None)


def _bound(document: ProjectDocument) -> tuple[Session, PostQueue, ProjectBinding]:
    post = PostQueue()
    session = Session(Workspace(), post=post)
    binding = ProjectBinding(session, document)
    binding.load()
    return session, post, binding


def _linked(session: Session, document: str, quote: str) -> bool:
    result = session.workspace.result
    assert result is not None
    return any(o.document == document and quote in o.text
               for p in result.passages for o in p.occurrences)


def test_articles_added_to_the_session_are_stored_and_removed_ones_leave(tmp_path: Path) -> None:
    document = ProjectDocument.unsaved()
    session, post, _binding = _bound(document)
    session.add_articles(_corpus()[:2])
    session.paste_article("A pasted note with a few words in it.", "Note")
    _idle(session, post)
    assert [a.id for a in document.articles()] == ["wire", "paper", "pasted"]
    origins = {s.article.id: s.origin for s in document.project.stored_articles()}
    assert origins == {"wire": "file", "paper": "file", "pasted": "pasted"}
    assert not document.nothing_to_lose
    session.remove_article("paper")
    assert [a.id for a in document.articles()] == ["wire", "pasted"]


def test_corrections_are_laid_over_each_alignment_and_survive_realignment(
        tmp_path: Path) -> None:
    path = tmp_path / "case.parallax"
    with Project.create(path) as project:
        project.add_articles(_corpus())
    document = ProjectDocument.open(path)
    session, post, binding = _bound(document)
    _idle(session, post)
    articles = list(session.workspace.corpus.articles)
    assert _linked(session, "blog", STATEMENT)
    assert not _linked(session, "wire", PARAPHRASE_A)

    unlink = remove_link(_span(articles, "blog", STATEMENT))
    link = link_spans([_span(articles, "wire", PARAPHRASE_A),
                       _span(articles, "paper", PARAPHRASE_B)])
    binding.add_correction(unlink)
    binding.add_correction(link)
    _run_until(post, lambda: not session.busy and not _linked(session, "blog", STATEMENT))
    assert _linked(session, "wire", PARAPHRASE_A) and _linked(session, "paper", PARAPHRASE_B)
    assert all(o.applied for o in session.correction_outcomes)

    # Re-alignment (a new article): the corrections are applied to the fresh result.
    session.add_articles([Article("extra", "An unrelated article about the weather today.",
                                  "Weather")])
    _run_until(post, lambda: not session.busy and "extra" in (
        session.workspace.result.document_ids if session.workspace.result else ()))
    assert not _linked(session, "blog", STATEMENT)
    assert _linked(session, "wire", PARAPHRASE_A)

    # Undoing one (removing it) re-applies the rest.
    binding.remove_correction(unlink.id)
    _run_until(post, lambda: not session.busy and _linked(session, "blog", STATEMENT))
    assert _linked(session, "wire", PARAPHRASE_A)

    # Kept in the file: a new window on the project lays the link over its first result.
    document.project.close()
    again = ProjectDocument.open(path)
    session2, post2, _ = _bound(again)
    _idle(session2, post2)
    assert _linked(session2, "wire", PARAPHRASE_A)
    assert _linked(session2, "blog", STATEMENT)  # the unlink was removed
    again.project.close()


def test_provenance_edits_show_at_once_and_are_kept_over_the_read_values(tmp_path: Path) -> None:
    path = tmp_path / "case.parallax"
    with Project.create(path) as project:
        project.add_articles([Article("a", "Some text here.", "A", source="Read Outlet")])
    document = ProjectDocument.open(path)
    session, post, binding = _bound(document)
    _run_until(post, lambda: "a" in session.workspace.corpus)
    wanted = Provenance(outlet="Edited Outlet", url="https://example.org/a", author=None,
                        published="2020-01-08T06:15:00+03:00")
    binding.set_provenance("a", wanted)
    shown = session.workspace.article("a")
    assert (shown.source, shown.url, shown.date) == ("Edited Outlet", "https://example.org/a",
                                                     "2020-01-08")
    assert binding.read_provenance("a").outlet == "Read Outlet"
    document.project.close()
    with Project.open(path) as reopened:
        assert reopened.provenance("a") == replace(wanted, title="A")  # title not edited
        assert reopened.read_provenance("a").outlet == "Read Outlet"


def test_the_view_is_stored_and_restored(tmp_path: Path) -> None:
    path = tmp_path / "case.parallax"
    with Project.create(path) as project:
        project.add_articles(_corpus())
    document = ProjectDocument.open(path)
    session, post, binding = _bound(document)
    _idle(session, post)
    session.workspace.set_shown(["blog", "wire"])
    binding.save_view()
    document.project.close()
    again = ProjectDocument.open(path)
    session2, post2, _ = _bound(again)
    _idle(session2, post2)
    assert session2.workspace.shown == ("blog", "wire")
    again.project.close()


def test_the_selected_statement_is_restored_by_where_it_stands_not_by_its_id(
        tmp_path: Path) -> None:
    """Passage ids are ranks: the next alignment (another engine version, say) may give the
    stored id to another statement. The view keeps the statement."""
    path = tmp_path / "case.parallax"
    with Project.create(path) as project:
        project.add_articles(sample_articles())
    document = ProjectDocument.open(path)
    session, post, binding = _bound(document)
    _idle(session, post)
    result = session.workspace.result
    assert result is not None
    missiles = next(p for p in result.passages if "22 missiles" in p.consensus)
    session.workspace.select_passage(missiles.id)
    binding.save_view()
    state = document.project.view_state()
    assert state["selected"] == missiles.id
    other = next(p.id for p in result.passages if p.id != missiles.id)
    document.project.set_view_state({**state, "selected": other})  # numbered differently
    document.project.close()
    again = ProjectDocument.open(path)
    session2, post2, _ = _bound(again)
    _idle(session2, post2)
    assert session2.workspace.selected == missiles.id
    again.project.close()


def test_update_metadata_keeps_the_text_and_refuses_another() -> None:
    workspace = Workspace([Article("a", "Text.", "Old title")])
    seen: list[object] = []
    workspace.result_changed.connect(lambda: seen.append(1))
    workspace.update_metadata(Article("a", "Text.", "New title", source="Outlet"))
    assert workspace.article("a").title == "New title" and seen
    with pytest.raises(ValueError):
        workspace.update_metadata(Article("a", "Other text.", "New title"))
    with pytest.raises(KeyError):
        workspace.update_metadata(Article("nope", "Text.", "x"))


def test_align_and_export_read_a_project_file(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "case.parallax"
    articles = _corpus()
    with Project.create(path) as project:
        project.add_articles(articles)
        note = make_annotation(articles[0], 0, 5, tags=("claim",))
        project.save_annotations([note], [])
    assert cli_main(["align", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert [d["id"] for d in report["documents"]] == ["wire", "paper", "blog"]
    assert report["passages"]

    out = tmp_path / "notes.csv"
    assert cli_main(["export", str(path), "--format", "csv", "-o", str(out)]) == 0
    assert articles[0].text[0:5] in out.read_text(encoding="utf-8-sig")

    broken = tmp_path / "broken.parallax"
    broken.write_bytes(path.read_bytes()[:200])
    assert cli_main(["align", str(broken)]) == 2
    assert "broken.parallax" in capsys.readouterr().err


def test_imported_articles_are_stored_with_their_page(tmp_path: Path) -> None:
    from viewer.fetching import FetchedPage

    document = ProjectDocument.unsaved()
    session, _post, _binding = _bound(document)
    page = FetchedPage("https://news.example/a", "https://news.example/a?r=1",
                       "2026-12-01T10:00:00Z", "text/html", b"<html><p>Body</p></html>")
    session.add_articles([Article("news-a", "Fetched text of the article.", "A")],
                         origin="imported", pages=[page])
    snapshot = document.project.snapshot("news-a")
    assert snapshot is not None
    assert (snapshot.url, snapshot.fetched, snapshot.body) == (
        "https://news.example/a?r=1", "2026-12-01T10:00:00Z", b"<html><p>Body</p></html>")
    assert document.project.stored_articles()[0].origin == "imported"


def test_a_read_only_project_says_so_in_one_line_and_keeps_running(tmp_path: Path) -> None:
    """A real read-only folder (a read-only bind mount as root, see tests/faults.py): the
    permission bits this test used alone are ignored by root, and CI runs as root."""
    from .faults import read_only_folder

    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "case.parallax"
    with Project.create(path) as project:
        project.add_articles([Article("a", "Some text here.", "A")])
    with read_only_folder(folder):
        document = ProjectDocument.open(path)
        session, post, binding = _bound(document)
        said: list[str] = []
        session.message.connect(lambda text, _timeout: said.append(text))
        notices: list[list[str]] = []
        session.workspace.problems_reported.connect(notices.append)
        _run_until(post, lambda: "a" in session.workspace.corpus)
        # (details typed there are shown and kept for Save project as, said among the notices:
        # a week-of-work tester's typed author was lost)
        assert binding.set_provenance("a", Provenance(outlet="X", author="An Author"))
        assert not binding.add_correction(remove_link(_span(
            [session.workspace.article("a")], "a", "Some text")))
        assert said and all("case.parallax" in line for line in said)
        ((notice,),) = notices
        assert notice.startswith(str(path)) and "details of “A” are shown but not stored" in notice
        shown = session.workspace.article("a")
        assert (shown.source, shown.author, shown.title) == ("X", "An Author", "A")
        asked = document.not_in_file()
        assert asked is not None and "the details of 1 article you edited" in asked
        elsewhere = tmp_path / "kept.parallax"
        document.save_as(elsewhere)
        assert document.not_in_file() is None
        document.project.close()
    with Project.open(elsewhere) as kept:
        (article,) = kept.articles()
        assert (article.source, article.author) == ("X", "An Author")


def _with_unreadable_records(tmp_path: Path) -> Path:
    """A project holding an annotation, a claim, a correction and article details that this
    Parallax cannot read (another program's, damaged), besides good ones."""
    import sqlite3

    path = tmp_path / "case.parallax"
    with Project.create(path) as project:
        (article,) = project.add_articles([Article("a", "Some text here for the case.", "A")])
        project.save_annotations([make_annotation(article, 0, 4)], [])
    connection = sqlite3.connect(path)
    connection.executemany("INSERT INTO records VALUES (?, ?, ?, 0, '')", [
        ("annotation", "odd", '{"type": "Annotation", "target": 5}'),
        ("claim", "odd", "null"),
        ("correction", "odd", "[" * 100_000 + "]" * 100_000),
        ("provenance", "a", '{"outlet": '),
    ])
    connection.commit()
    connection.close()
    return path


def test_records_a_project_cannot_read_are_said_in_the_window_one_line_each(
        tmp_path: Path) -> None:
    path = _with_unreadable_records(tmp_path)
    document = ProjectDocument.open(path)
    session = Session(Workspace(), post=PostQueue())
    binding = ProjectBinding(session, document)
    said: list[str] = []
    session.workspace.problems_reported.connect(said.extend)
    binding.load()
    assert sorted(line.split(" skipped:")[0] for line in said) == [
        f"{path}: {kind} {key!r}" for kind, key in
        [("annotation", "odd"), ("claim", "odd"), ("correction", "odd"), ("provenance", "a")]]
    assert all("\n" not in line for line in said)
    # (in words: Python's "maximum recursion depth exceeded while decoding a JSON array" was
    # shown as it was -- a tester, session 52)
    (deep,) = [line for line in said if "correction 'odd'" in line]
    assert deep.endswith("invalid JSON (values nested too deeply to read)"), deep
    document.project.close()


def test_align_and_export_of_such_a_project_name_each_record_left_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _with_unreadable_records(tmp_path)
    assert cli_main(["align", str(path)]) == 0
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith(f"parallax: {path}: provenance 'a' skipped: invalid JSON")
    assert cli_main(["export", str(path), "--format", "csv"]) == 0
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(" skipped:")[0] for line in lines] == [  # its articles, then the rest
        f"parallax: {path}: provenance 'a'", f"parallax: {path}: annotation 'odd'",
        f"parallax: {path}: claim 'odd'"]


def test_a_reopened_project_paints_its_passages_in_the_colours_of_its_close(
        tmp_path: Path) -> None:
    """tester55 #13: the Foreign Ministry passage was blue at the close, salmon at the reopening
    (a session's realignments had kept each passage's colour; the reopening coloured afresh)."""
    path = tmp_path / "case.parallax"
    with Project.create(path) as project:
        project.add_articles(_corpus())
    document = ProjectDocument.open(path)
    session, post, binding = _bound(document)
    _idle(session, post)
    workspace = session.workspace
    followed = {passage_id: (colour + 3) % 8 for passage_id, colour in workspace.colours.items()}
    workspace.recolour(followed)
    binding.save_view()
    document.project.close()
    again = ProjectDocument.open(path)
    session2, post2, _ = _bound(again)
    _idle(session2, post2)
    assert session2.workspace.colours == followed
    again.project.close()


def test_a_snapshot_it_cannot_use_is_said_when_the_article_s_origin_is_shown(
        tmp_path: Path) -> None:
    """A snapshot is read only for the article's details, after the project's problems were
    said at its opening: its line is said then."""
    from tests.test_projects_hostile_records import project_with_numbered_snapshot

    path, article_id = project_with_numbered_snapshot(tmp_path)
    document = ProjectDocument.open(path)
    with document.project:
        session, _post, binding = _bound(document)
        reported: list[list[str]] = []
        session.workspace.problems_reported.connect(reported.append)
        assert binding.origin(article_id).startswith("Imported from a web page")
        assert reported == [[f"{path}: snapshot {article_id!r} skipped: its URL is stored as "
                             "a number, not text"]]
