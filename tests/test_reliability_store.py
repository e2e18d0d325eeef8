"""Issue 12, the annotation file: two processes, read-only folders, full disks, links, FIFOs,
bytes names and the temporary files of killed saves -- each fault made for real (see faults.py).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from viewer import safe_files
from viewer.annotations import store
from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.document import AnnotationDocument, SaveConflict
from viewer.annotations.model import make_annotation
from viewer.annotations.store import AnnotationFileError, load_set, save_set
from viewer.corpus import Article
from viewer.loading import load_paths

from .faults import (
    as_unprivileged,
    public_folder,
    read_only_folder,
    small_filesystem,
)

REPO = Path(__file__).resolve().parent.parent
TEXT = "Iraq's military said 22 missiles struck two bases housing US troops. " * 20


def annotated(count: int, note: str = "n") -> AnnotationSet:
    article = Article(id="story", text=TEXT, title="Story")
    return AnnotationSet([make_annotation(article, n, n + 20, note=f"{note}{n}")
                          for n in range(count)])


def temporaries(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


# -- 1: two processes on one file ------------------------------------------------------------


class Writer:
    """Another Parallax process with the annotation file open (tests/annotation_writer.py)."""

    def __init__(self, path: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.annotation_writer", str(path)], cwd=REPO, env=env,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert self.ask_line() == {"ready": True}

    def ask_line(self) -> dict[str, object]:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        assert line, "the writer process died"
        return json.loads(line)  # type: ignore[no-any-return]

    def ask(self, command: str) -> dict[str, object]:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.ask_line()

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        assert self.process.wait(timeout=30) == 0


@pytest.fixture
def two_writers(tmp_path: Path):
    path = tmp_path / "notes.jsonld"
    save_set(annotated(2), path)  # both windows open an existing file
    writers = [Writer(path), Writer(path)]
    yield path, writers
    for writer in writers:
        writer.close()


def test_two_processes_adding_annotations_keep_both(two_writers) -> None:
    path, (first, second) = two_writers
    first.ask("add from-first")
    second.ask("add from-second")
    assert first.ask("save") == {"merged": 0}
    assert second.ask("save") == {"merged": 1}  # took the first one's annotation in
    notes = sorted(a.note for a in load_set(path))
    assert notes == ["from-first", "from-second", "n0", "n1"]
    # The first window picks up the second's annotation at its next save.
    first.ask("add again")
    assert first.ask("save") == {"merged": 1}
    assert sorted(a.note for a in load_set(path)) == ["again", "from-first", "from-second", "n0",
                                                       "n1"]


def test_edits_and_removals_of_different_annotations_merge(two_writers) -> None:
    path, (first, second) = two_writers
    ids = list(first.ask("notes")["notes"])  # type: ignore[arg-type]
    first.ask(f"edit {ids[0]} edited-by-first")
    second.ask(f"delete {ids[1]}")
    first.ask("save")
    second.ask("save")
    assert {a.id: a.note for a in load_set(path)} == {ids[0]: "edited-by-first"}


def test_the_same_annotation_changed_twice_is_a_conflict_for_the_user(two_writers) -> None:
    path, (first, second) = two_writers
    ids = list(first.ask("notes")["notes"])  # type: ignore[arg-type]
    first.ask(f"edit {ids[0]} first-says")
    second.ask(f"edit {ids[0]} second-says")
    second.ask("add unrelated")
    first.ask("save")
    assert second.ask("save") == {"conflict": [ids[0]]}
    assert load_set(path).get(ids[0]).note == "first-says"  # nothing written on a conflict
    assert second.ask("save mine") == {"merged": 0}
    saved = load_set(path)
    assert saved.get(ids[0]).note == "second-says"
    assert len(saved) == 3


def test_two_processes_saving_at_the_same_time_lose_nothing(two_writers) -> None:
    path, (first, second) = two_writers
    # Both write 15 times as fast as they can, interleaving read-compare-replace steps.
    for writer, prefix in ((first, "a"), (second, "b")):
        assert writer.process.stdin is not None
        writer.process.stdin.write(f"burst 15 {prefix}\n")
        writer.process.stdin.flush()
    assert first.ask_line() == {"saved": 15}
    assert second.ask_line() == {"saved": 15}
    assert len(load_set(path)) == 32
    assert temporaries(path.parent) == []


def test_a_conflict_error_names_the_file_in_one_line(tmp_path: Path) -> None:
    error = SaveConflict(tmp_path / "x.jsonld", ())
    assert str(error).startswith(f"{tmp_path / 'x.jsonld'}: changed in another window")
    assert "\n" not in str(error)


# -- 2: a file name that is not UTF-8 ----------------------------------------------------------


def test_annotations_on_an_article_with_a_bytes_name_save_and_come_back(tmp_path: Path) -> None:
    name = os.fsdecode(b"zpr\xe1vy-\xff.txt")  # cp1250 bytes: not UTF-8
    (tmp_path / name).write_text(TEXT, encoding="utf-8")
    (article,) = load_paths([tmp_path / name]).articles
    # Whatever made the id, the annotation must still save: build one from the raw name too.
    raw = Article(id=Path(name).stem, text=TEXT, title="t", path=tmp_path / name)
    target = tmp_path / os.fsdecode(b"notes-\xe9.jsonld")  # and a bytes-named annotation file
    document = AnnotationDocument.open(target)
    document.annotations.add(make_annotation(article, 0, 10, note="mine"))
    document.annotations.add(make_annotation(raw, 10, 20))
    assert document.save_now()
    again = AnnotationDocument.open(target, [article])
    assert [a.status.value for a in again.annotations] == ["anchored", "anchored"]
    assert {a.article_id for a in again.annotations} == {article.id}
    assert "\\xe9" in str(AnnotationFileError(target, "x"))  # printable in messages


# -- 3: a read-only data folder ----------------------------------------------------------------


def test_a_read_only_folder_gives_a_clear_error_and_keeps_the_annotations(tmp_path: Path
                                                                          ) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / "notes.jsonld"
    save_set(annotated(3), path)
    before = path.read_bytes()
    document = AnnotationDocument.open(path)
    document.annotations.add(make_annotation(Article("story", TEXT, "S"), 5, 30, note="new"))
    with read_only_folder(folder):
        with pytest.raises(AnnotationFileError) as caught:
            document.save_now()
        assert caught.value.save_elsewhere
        message = str(caught.value)
        assert message.startswith(f"{path}: could not be saved: its folder is read-only")
        assert "\n" not in message
        # (what the window's user can do is the error's advice: the window says it, a command
        # does not, having no Save As)
        assert "Save As" not in message and "Save As" in caught.value.advice
        assert not document.is_saved and len(document.annotations) == 4  # kept in memory
        assert path.read_bytes() == before
        assert temporaries(folder) == []
    document.save_as(tmp_path / "elsewhere.jsonld")
    assert len(load_set(tmp_path / "elsewhere.jsonld")) == 4


def test_a_data_folder_that_cannot_be_created_is_an_error_not_a_crash() -> None:
    # As an unprivileged user: creating the data folder under a folder nobody may write to fails
    # (read-only too, so it holds when the suite runs as an ordinary user, who owns the folder).
    with public_folder() as folder:
        def save() -> str:
            document = AnnotationDocument.open(folder / "Parallax" / "annotations" / "n.jsonld")
            document.annotations.add(make_annotation(Article("s", TEXT, "S"), 0, 5))
            try:
                document.save_now()
            except AnnotationFileError as error:
                return f"{error.save_elsewhere} {error}"
            return "saved"

        folder.chmod(0o555)
        try:
            outcome = as_unprivileged(save)
        finally:
            folder.chmod(0o755)
    assert outcome.startswith("True ") and "could not be saved: its folder is read-only" in outcome


# -- 6: links and special files ----------------------------------------------------------------


def test_a_symlinked_annotation_file_is_written_through(tmp_path: Path) -> None:
    real_folder = tmp_path / "synced"
    real_folder.mkdir()
    real = real_folder / "notes.jsonld"
    save_set(annotated(1), real)
    link = tmp_path / "notes.jsonld"
    link.symlink_to(real)
    document = AnnotationDocument.open(link)
    document.annotations.add(make_annotation(Article("story", TEXT, "S"), 3, 9))
    document.save_now()
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(load_set(real)) == 2
    assert len(load_set(real_folder / "notes.jsonld.bak")) == 1  # beside the real file
    assert temporaries(tmp_path) == [] and temporaries(real_folder) == []


def test_a_fifo_as_the_annotation_file_is_refused_without_hanging(tmp_path: Path) -> None:
    fifo = tmp_path / "notes.jsonld"
    os.mkfifo(fifo)
    with pytest.raises(AnnotationFileError) as caught:
        AnnotationDocument.open(fifo)  # opening a FIFO for reading waits for a writer
    assert str(caught.value) == f"{fifo}: a FIFO (named pipe), not a file"
    document = AnnotationDocument(annotated(1), fifo)
    with pytest.raises(AnnotationFileError, match=r"a FIFO \(named pipe\); refusing to replace"):
        document.save_as(fifo)
    assert fifo.is_fifo()


# -- 15: temporary files of failed and killed saves; a full disk -------------------------------


def _kill_during_save(path: Path, annotation_count: int) -> None:
    """In a real child process: write the temporary file, then die by SIGKILL before the
    replace -- what a crash or power cut leaves."""
    pid = os.fork()
    if pid == 0:
        safe_files.os.replace = lambda *_args: os.kill(  # type: ignore[assignment]
            os.getpid(), signal.SIGKILL)
        try:
            save_set(annotated(annotation_count), path)
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def test_the_next_save_removes_what_a_killed_save_left(tmp_path: Path) -> None:
    path = tmp_path / "notes.jsonld"
    save_set(annotated(2), path)
    _kill_during_save(path, 5)
    assert temporaries(tmp_path)  # the temporary file and the staged backup
    save_set(annotated(3), path)
    assert temporaries(tmp_path) == []
    assert len(load_set(path)) == 3


def test_a_full_disk_fails_cleanly_and_stale_temporaries_do_not_fill_it(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "disk", 128) as disk:
        path = disk / "notes.jsonld"
        save_set(annotated(10), path)
        before = path.read_bytes()
        document = AnnotationDocument.open(path)
        for n in range(300):
            document.annotations.add(make_annotation(Article("story", TEXT, "S"), n, n + 30))
        with pytest.raises(AnnotationFileError) as caught:
            document.save_now()  # far more than the disk holds
        assert caught.value.save_elsewhere
        assert str(caught.value).startswith(f"{path}: could not be saved: the disk is full")
        assert path.read_bytes() == before and temporaries(disk) == []
        assert len(document.annotations) == 310 and not document.is_saved



def test_a_killed_save_does_not_leave_a_full_disk_unable_to_save(tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "disk", 256) as disk:
        path = disk / "notes.jsonld"
        save_set(annotated(2), path)
        size = len(store.encode_set(annotated(40)))
        # Leave room for one and a half saves of 40 annotations.
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        (disk / "pad.bin").write_bytes(b"\0" * (free - size * 3 // 2))
        _kill_during_save(path, 40)  # its temporary file takes two thirds of that room
        assert temporaries(disk)
        save_set(annotated(40), path)  # the old code: ENOSPC, the stale file still there
        assert len(load_set(path)) == 40 and temporaries(disk) == []


def test_a_save_that_changes_nothing_keeps_the_backup_of_the_file_as_it_was(tmp_path: Path
                                                                            ) -> None:
    """The window may save twice in a row with nothing changed between (a re-anchoring that
    lands on the same places): the second save writes nothing, so `NAME.bak` stays the file as
    it was before this session saved it (it became a copy of the first save: the fault matrix's
    'a 10 MB quote' row)."""
    path = tmp_path / "notes.jsonld"
    original = json.dumps(json.loads(store.encode_set(annotated(2)))).encode()  # another tool
    path.write_bytes(original)
    document = AnnotationDocument.open(path)
    document.annotations.replace_all(document.annotations.annotations)  # re-anchored: a change
    assert document.save_now()
    first = path.read_bytes()
    assert (tmp_path / "notes.jsonld.bak").read_bytes() == original
    document.annotations.replace_all(document.annotations.annotations)  # the same again
    document.save_now()
    assert path.read_bytes() == first
    assert (tmp_path / "notes.jsonld.bak").read_bytes() == original
