"""Cells of the fault matrix (tools/fault_matrix.py, docs/reliability.md) that failed and were
fixed: an output file that is a symbolic link leading in a circle. `annotations import --into
LOOP` replaced the user's link with a file (a loop does not "exist", so it was taken for a new
file, and `realpath` stops on the loop itself); `export -o LOOP` ended in an internal error
(`Path.resolve` raises RuntimeError on a loop). Real links, real `python -m viewer` processes."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer.safe_files import atomic_write_bytes

REPO = Path(__file__).resolve().parent.parent
W3C = REPO / "tests" / "data" / "annotations" / "w3c_array.json"


def _loop(folder: Path) -> Path:
    (folder / "one.jsonld").symlink_to("two.jsonld")
    (folder / "two.jsonld").symlink_to("one.jsonld")
    return folder / "one.jsonld"


def _links(folder: Path) -> dict[str, str]:
    return {name: os.readlink(folder / name) for name in sorted(os.listdir(folder))}


def _viewer(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run([sys.executable, "-m", "viewer", *map(str, args)], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_a_save_onto_a_link_loop_is_refused_and_the_links_stay(tmp_path: Path) -> None:
    loop = _loop(tmp_path)
    with pytest.raises(OSError) as refused:
        atomic_write_bytes(loop, b"[]")
    assert refused.value.errno == errno.ELOOP
    assert _links(tmp_path) == {"one.jsonld": "two.jsonld", "two.jsonld": "one.jsonld"}


@pytest.mark.parametrize("command", ["import", "export"])
def test_the_commands_refuse_a_link_loop_in_one_line(tmp_path: Path, command: str) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    loop = _loop(folder)
    seeds = REPO / "seeds"
    run = (_viewer("annotations", "import", W3C, "--corpus", seeds, "--into", loop)
           if command == "import" else
           _viewer("export", W3C, "--corpus", seeds, "--format", "csv", "-o", loop))
    assert run.returncode == 1, run.stderr
    (line,) = [x for x in run.stderr.splitlines() if str(loop) in x]
    assert "a link that leads in a circle" in line and "internal error" not in run.stderr
    assert _links(folder) == {"one.jsonld": "two.jsonld", "two.jsonld": "one.jsonld"}


def test_a_corpus_named_with_a_link_loop_has_a_stable_name(tmp_path: Path) -> None:
    from viewer.annotations.location import corpus_key

    loop = _loop(tmp_path)
    assert corpus_key([REPO / "seeds", loop]) == corpus_key([loop, REPO / "seeds"])


def test_an_import_into_a_corpus_named_with_a_link_loop_skips_the_loop(tmp_path: Path) -> None:
    """`--corpus FOLDER LOOP` ended in an internal error (the corpus's annotation file is named
    from its paths, and `Path.resolve` raised on the loop); the loop is skipped in one line, as
    every other command does."""
    loop = _loop(tmp_path)
    env_home = tmp_path / "home"
    run = subprocess.run(
        [sys.executable, "-m", "viewer", "annotations", "import", str(W3C), "--corpus",
         str(REPO / "seeds"), str(loop), "--dry-run"],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "PYTHONPATH": str(REPO), "HOME": str(env_home),
             "XDG_DATA_HOME": str(env_home / "data")})
    assert "internal error" not in run.stderr, run.stderr
    assert run.returncode == 0, run.stderr
    (line,) = [x for x in run.stderr.splitlines() if str(loop) in x]
    assert "leads in a circle" in line


def _resolve_as_python_3_13(monkeypatch: pytest.MonkeyPatch) -> None:
    """From Python 3.13, `Path.resolve()` returns a loop's own path instead of raising, and
    only `resolve(strict=True)` says ELOOP (an OSError); older versions raise RuntimeError."""
    real_resolve = Path.resolve

    def resolve(self: Path, strict: bool = False) -> Path:
        try:
            return real_resolve(self, strict=strict)
        except RuntimeError:
            if strict:
                raise OSError(errno.ELOOP, os.strerror(errno.ELOOP), str(self)) from None
            return Path(os.path.abspath(self))

    monkeypatch.setattr(Path, "resolve", resolve)


@pytest.mark.parametrize("python_3_13", [False, True])
def test_a_link_loop_resolves_to_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                         python_3_13: bool) -> None:
    """Review of a452853 (B5): on Python 3.13 `Path.resolve()` gave the loop's own path, so the
    loop was taken for a file; a link to a file not there yet still resolves to its target."""
    from viewer.filesystem import resolved_path

    if python_3_13:
        _resolve_as_python_3_13(monkeypatch)
    loop = _loop(tmp_path)
    (tmp_path / "later.txt").symlink_to("not-yet.txt")
    assert resolved_path(loop) is None
    assert resolved_path(loop / "inside.txt") is None
    assert resolved_path(tmp_path / "later.txt") == tmp_path.resolve() / "not-yet.txt"
    assert resolved_path(tmp_path / "missing" / "x.txt") == tmp_path.resolve() / "missing/x.txt"


@pytest.mark.parametrize("python_3_13", [False, True])
def test_a_link_loop_named_with_a_corpus_keeps_its_annotation_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, python_3_13: bool) -> None:
    """Review of a452853 (B6): `parallax seeds LOOP` named another annotation file than
    `parallax seeds` (the loop counted as a path that names something), so the work kept for
    the folder did not appear; a loop names no file, as a missing path names none."""
    from viewer.annotations.location import default_annotation_file

    if python_3_13:
        _resolve_as_python_3_13(monkeypatch)
    loop = _loop(tmp_path)
    kept = default_annotation_file([REPO / "seeds"], tmp_path / "data")
    kept.parent.mkdir(parents=True)
    kept.write_text("[]", encoding="utf-8")
    assert default_annotation_file([REPO / "seeds", loop], tmp_path / "data") == kept
