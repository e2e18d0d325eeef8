"""The notes on folder views not written at close (viewer.folder_view), without Qt."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from viewer.folder_view import unsaved_key, unsaved_line, unsaved_record


def test_a_view_not_written_is_said_for_its_own_folders() -> None:
    mine, theirs = Path("/data/a-1.view.json"), Path("/data/b-2.view.json")
    assert unsaved_key(mine) != unsaved_key(theirs)  # (one settings key each)
    record = unsaved_record(mine, "Read-only file system", datetime(2024, 3, 5, 17, 4, 33))
    assert unsaved_line(record, mine) == (
        f"{mine}: the view at your last close (2024-03-05 17:04) could not be kept there "
        "(Read-only file system); the panes, selected passage, colours and removed articles "
        "are those kept before it, if any")
    assert unsaved_line(record, theirs) is None


def test_damaged_notes_say_nothing() -> None:
    view = Path("/x.view.json")
    assert unsaved_line("{not json", view) is None
    assert unsaved_line("[1, 2]", view) is None
    # (nested past the parser's depth: RecursionError, not ValueError)
    assert unsaved_line("[" * 200000, view) is None
    # (a path that is not UTF-8, a Linux name in Latin-1 bytes: kept by JSON's escapes)
    latin = Path("/data/caf\udce9.view.json")
    assert unsaved_line(unsaved_record(latin, "why", datetime(2024, 1, 1)), latin) is not None


@pytest.mark.parametrize("content", [
    b'{"removed": 5}', b'{"removed": {"a": 1}}', b"[" * 200_000 + b"]" * 200_000,
    b'{"panes": 3, "colours": "x", "selected_at": {"a": 1}, "removed": [1, null]}',
    b"\xff\xfe not json", b"[1, 2]",
])
def test_a_damaged_view_file_starts_the_window_as_without_one(tmp_path: Path,
                                                             content: bytes) -> None:
    """A kept view file that is damaged or hostile (tester56 #3: '{"removed": 5}' was a
    TypeError, deep nesting a RecursionError, and the window did not open) is read as no view:
    nothing removed, and restoring it on the first result changes nothing."""
    from viewer.corpus import Article
    from viewer.engine import find_shared_passages
    from viewer.folder_view import FolderView
    from viewer.session import Session

    view = tmp_path / "corpus-1.view.json"
    view.write_bytes(content)
    session = Session()
    kept = FolderView(session, lambda: view)
    assert kept.removed == set()
    text = "The bridge will stay closed until the engineers have inspected every one of its piers."
    articles = [Article("a", f"{text} One.", "A"), Article("b", f"{text} Two.", "B")]
    session.workspace.add_articles(articles)
    session.workspace.accept_result(session.workspace.generation, find_shared_passages(articles))
    kept._restore(session.workspace.result)
    assert session.workspace.result is not None


def test_a_view_copied_in_after_the_start_is_shown_unless_one_is_already(
        tmp_path: Path) -> None:
    """Work found after the window started (`widgets.moved_work`: a job) brings its view: it is
    read again and restored on the first result; once the window shows one, it stays."""
    import json

    from viewer.corpus import Article
    from viewer.engine import find_shared_passages
    from viewer.folder_view import FolderView
    from viewer.session import Session

    view = tmp_path / "corpus-1.view.json"
    text = "The bridge will stay closed until the engineers have inspected every one of its piers."
    articles = [Article(name, f"{text} {name}.", name.upper()) for name in ("a", "b", "c")]

    def started(copied_before_first_result: bool) -> list[str]:
        view.unlink(missing_ok=True)
        session = Session()
        kept = FolderView(session, lambda: view)
        session.workspace.add_articles(articles)
        result = find_shared_passages(articles)
        if not copied_before_first_result:
            session.workspace.accept_result(session.workspace.generation, result)
            kept._restore(result)
        view.write_text(json.dumps({"panes": ["c", "a"]}), encoding="utf-8")  # (copied in)
        kept.read_again()
        session.workspace.accept_result(session.workspace.generation, result)
        kept._restore(result)
        return list(session.workspace.shown)

    assert started(copied_before_first_result=True) == ["c", "a"]
    assert started(copied_before_first_result=False) == ["a", "b", "c"]


def test_articles_removed_in_a_view_copied_in_after_the_start_stay_out(
        tmp_path: Path) -> None:
    """A reviewer's: the view copied in with work found after the start (`widgets.moved_work`)
    was read again for its panes only; the articles it lists as removed, loaded by then, stayed
    in, and the list written at close lost them. Now they are taken out (but one the user
    opened since), and kept in the list with the ones removed in this window."""
    import json

    from viewer.corpus import Article
    from viewer.engine import find_shared_passages
    from viewer.folder_view import FolderView
    from viewer.session import Session

    view = tmp_path / "corpus-1.view.json"
    text = "The bridge will stay closed until the engineers have inspected every one of its piers."
    files = {name: str(tmp_path / f"{name}.txt") for name in "abcde"}
    articles = [Article(name, f"{text} {name}.", name.upper(), path=files[name])
                for name in "abcd"]
    session = Session()
    kept = FolderView(session, lambda: view)
    session.add_articles(articles)
    result = find_shared_passages(articles)
    session.workspace.accept_result(session.workspace.generation, result)
    kept._restore(result)
    session.remove_articles(["d"])  # (removed in this window)
    session.add_articles([Article("e", f"{text} e.", "E", path=files["e"])])  # (opened)
    view.write_text(json.dumps({"removed": [files["b"], files["e"]]}),  # (copied in)
                    encoding="utf-8")
    kept.read_again()
    assert [a.id for a in session.workspace.corpus.articles] == ["a", "c", "e"]
    assert kept.removed == {files["b"], files["d"]}


def test_articles_removed_from_a_folder_since_renamed_stay_out(tmp_path: Path) -> None:
    """A reviewer's: the view copied in with work kept for a folder since renamed lists the
    articles removed from it by their old paths, which match none loaded: they came back.
    Read with where the folder went, they stay out, and are listed by their paths now; one of
    a folder that did not move is listed as it was."""
    import json

    from viewer.corpus import Article
    from viewer.folder_view import FolderView
    from viewer.session import Session

    text = "The bridge will stay closed until the engineers have inspected every one of its piers."
    gone, now, still = (tmp_path / name for name in ("second", "second, renamed", "first"))
    now.mkdir()
    still.mkdir()
    view = tmp_path / "corpus-1.view.json"
    session = Session()
    kept = FolderView(session, lambda: view)
    session.add_articles([Article(name, f"{text} {name}.", name.upper(), path=str(folder / name))
                          for folder, name in ((still, "a"), (still, "b"), (now, "c"),
                                               (now, "d"))])
    view.write_text(json.dumps({"removed": [str(still / "b"), str(gone / "d")]}),
                    encoding="utf-8")
    kept.read_again({gone: now})
    assert [a.id for a in session.workspace.corpus.articles] == ["a", "c"]
    assert kept.removed == {str(still / "b"), str(now / "d")}


@pytest.mark.parametrize(("content", "reason"), [
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply to read"),
    (b"\xff\xfe not json", "not UTF-8 text"), (b"{not json", "not JSON"),
    (b"[1e999, null, {}]", "JSON, but no view")])
def test_a_view_file_that_cannot_be_read_is_said_and_kept_aside_at_close(
        tmp_path: Path, content: bytes, reason: str) -> None:
    """A tester's report: a damaged kept view was silently read as none, and the view written
    at close replaced it: the ticked panes, selection and removed articles were gone with no
    line. One line names the file; at close the damaged file is kept as NAME.bak."""
    from viewer.corpus import Article
    from viewer.engine import find_shared_passages
    from viewer.folder_view import FolderView
    from viewer.session import Session

    view = tmp_path / "corpus-1.view.json"
    view.write_bytes(content)
    session = Session()
    kept = FolderView(session, lambda: view)
    assert kept.damaged == (
        f"{view}: the view kept for these folders could not be read ({reason}); the window "
        "starts without it, and the file is kept as corpus-1.view.json.bak when the view is "
        "written at close")
    text = "The bridge will stay closed until the engineers have inspected every one of its piers."
    articles = [Article("a", f"{text} One.", "A"), Article("b", f"{text} Two.", "B")]
    session.workspace.add_articles(articles)
    session.workspace.accept_result(session.workspace.generation, find_shared_passages(articles))
    assert kept.save() is None
    assert (tmp_path / "corpus-1.view.json.bak").read_bytes() == content
    assert FolderView(session, lambda: view).damaged is None  # (the view written reads)


def test_no_view_file_yet_is_nothing_to_say(tmp_path: Path) -> None:
    from viewer.folder_view import FolderView
    from viewer.session import Session

    assert FolderView(Session(), lambda: tmp_path / "none.view.json").damaged is None


def test_removing_the_stale_copy_of_a_file_opened_again_keeps_the_file(tmp_path: Path) -> None:
    """A reviewer's: a folder opened again after one of its files changed adds the new text
    beside the article open from it (`viewer.already_open`), both from one path. Removing the
    old copy listed the path as removed, and at the next start the one article from that file
    was taken out, silently. A path is removed only once no open article comes from it."""
    from tests.test_session import _run_until, _session
    from tests.viewfixtures import sample_articles
    from viewer.folder_view import FolderView

    folder, view = tmp_path / "corpus", tmp_path / "corpus-1.view.json"
    folder.mkdir()
    for article in sample_articles()[:3]:
        (folder / f"{article.id}.txt").write_text(article.text, encoding="utf-8")
    session, post = _session()
    kept = FolderView(session, lambda: view)
    session.open_paths([folder])
    _run_until(post, lambda: not session.busy and session.workspace.result is not None)
    first = session.workspace.corpus.ids[0]
    changed = folder / f"{first}.txt"
    changed.write_text(sample_articles()[3].text, encoding="utf-8")
    session.open_paths([folder])
    _run_until(post, lambda: not session.busy and len(session.workspace.corpus) == 4)
    session.remove_articles([first])  # (the stale copy)
    assert kept.removed == set()
    assert kept.save() is None

    later, post = _session()
    FolderView(later, lambda: view)
    later.open_paths([folder])
    _run_until(post, lambda: not later.busy and later.workspace.result is not None)
    assert changed.resolve() in {Path(a.path).resolve() for a in later.workspace.corpus
                                 if a.path is not None}
    # Removing the one article left from that file removes the file, as before.
    (now_from_it,) = [a.id for a in session.workspace.corpus if a.path == changed]
    session.remove_articles([now_from_it])
    assert kept.removed == {str(changed.resolve())}


def test_articles_removed_below_a_renamed_folder_stay_out(tmp_path: Path) -> None:
    """A reviewer's: a removed article of a folder below the one renamed (strike/wire/x.txt,
    the set being strike and strike/wire) came back: only a removed file's own folder was
    looked up among the folders moved. It is found under the deepest folder gone that holds
    it, at the same place below where that folder went."""
    import json

    from viewer.corpus import Article
    from viewer.folder_view import FolderView
    from viewer.session import Session

    text = "The bridge will stay closed until the engineers have inspected every one of its piers."
    gone, now = tmp_path / "strike", tmp_path / "strike-2020"
    (now / "wire").mkdir(parents=True)
    view = tmp_path / "corpus-1.view.json"
    session = Session()
    kept = FolderView(session, lambda: view)
    session.add_articles([Article(name, f"{text} {name}.", name.upper(), path=str(path))
                          for name, path in (("a", now / "a.txt"), ("x", now / "wire" / "x.txt"),
                                             ("y", now / "wire" / "y.txt"))])
    view.write_text(json.dumps({"removed": [str(gone / "wire" / "x.txt")]}), encoding="utf-8")
    kept.read_again({gone: now})
    assert [a.id for a in session.workspace.corpus.articles] == ["a", "y"]
    assert kept.removed == {str((now / "wire" / "x.txt").resolve())}
