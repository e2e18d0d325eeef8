"""The one line saying where a window's annotations are and whether they are saved
(`viewer.window_document.where_saved`), for a folder's annotation file and for a project (no Qt)."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.document import AnnotationDocument
from viewer.window_document import WindowDocument, where_saved


class _Project:
    """A project's document as the window sees it (`viewer.projects.ProjectDocument`'s
    surface): its own file, or none before Save project as."""

    def __init__(self, path: Path | None, blocked: str | None = None) -> None:
        self.annotations = AnnotationSet()
        self.path = path
        self.blocked = blocked


def _where(document: object, saved: bool = True, nothing: bool = False,
           failed: bool = False) -> str:
    return where_saved(cast(WindowDocument, document), saved=saved, nothing_to_lose=nothing,
                       failed=failed)


def test_a_folders_annotation_file_says_its_path_and_state(tmp_path: Path) -> None:
    path = tmp_path / "seeds.jsonld"
    document = AnnotationDocument(path=path)
    assert _where(document) == f"Annotations: {path} (saved)"
    assert _where(document, saved=False) == f"Annotations: {path} (unsaved changes)"
    assert _where(document, saved=False, nothing=True) == (
        f"Annotations: {path} (nothing to save yet)")
    assert _where(document, saved=False, failed=True) == f"Annotations: {path} (could not save)"
    # (why, when known: the dock said "(could not save)" alone, the reason shown only at quit)
    why = (f"{path}: not saved: 9 annotations make a file of 300 MB, larger than the 256 MB "
           "Parallax opens")
    assert where_saved(document, saved=False, nothing_to_lose=False, failed=True, why=why) == (
        f"Annotations: {path} (could not save: 9 annotations make a file of 300 MB, larger "
        "than the 256 MB Parallax opens)")
    assert _where(AnnotationDocument()) == ("Annotations are kept only until you quit "
                                           "(no annotation file)")


def test_a_blocked_file_says_why_and_what_keeps_the_changes(tmp_path: Path) -> None:
    """The folder's file advises Save annotations as; a project's reason already says it."""
    blocked = AnnotationDocument(path=tmp_path / "a.jsonld", blocked="the folder is read-only")
    assert _where(blocked) == ("Annotations not saved: the folder is read-only. "
                               "Use Save annotations as…")
    project = _Project(tmp_path / "week.parallax", blocked="the place is read-only; use Save As")
    assert _where(project, saved=False) == (
        "Annotations not saved: the place is read-only; use Save As.")
    # Opened and left alone, a project in a read-only place has nothing unsaved (a tester's
    # report: it said "not saved" of a colleague's project nobody had changed).
    assert _where(project) == (f"Annotations: {tmp_path / 'week.parallax'} (saved; the place is "
                               "read-only; use Save As)")


def test_an_unsaved_project_says_save_project_as_keeps_them(tmp_path: Path) -> None:
    assert "unsaved project: File › Save project as…" in _where(_Project(None))
    assert _where(_Project(tmp_path / "w.parallax")) == (
        f"Annotations: {tmp_path / 'w.parallax'} (saved)")
