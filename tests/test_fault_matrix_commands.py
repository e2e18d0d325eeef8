"""Cells of the fault matrix (tools/fault_matrix.py, docs/reliability.md) that failed and were
fixed in the commands: `parallax annotations import --into` a file on a full disk printed
"Imported N annotations ..." on standard output and only then failed to save, so a script (or a
reader of stdout) took the import for done; a command started with its standard output closed
ended in an internal error. Real processes, a real full tmpfs, a really closed descriptor."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .faults import fill_disk, read_only_folder, small_filesystem

REPO = Path(__file__).resolve().parent.parent
W3C = REPO / "tests" / "data" / "annotations" / "w3c_array.json"
OTHER_TOOL = REPO / "tests" / "data" / "annotations" / "recogito.json"


def test_an_import_that_cannot_be_saved_prints_no_summary(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("PYTEST_CURRENT_TEST", None)
    with small_filesystem(disk, size_kb=64):
        fill_disk(disk / "filler")
        into = disk / "notes.jsonld"
        done = subprocess.run([sys.executable, "-m", "viewer", "annotations", "import", str(W3C),
                               "--corpus", str(REPO / "seeds"), "--into", str(into)],
                              capture_output=True, text=True, timeout=120, cwd=REPO, env=env,
                              check=False)
        assert done.returncode == 1
        assert done.stdout == ""  # no "Imported N annotations": nothing was
        (line,) = done.stderr.splitlines()
        assert line.startswith(f"parallax: {into}: could not be saved")
        assert "No space left on device" in line and "nothing was imported or written" in line
        assert sorted(os.listdir(disk)) == ["filler"]


def test_an_import_into_a_read_only_folder_gives_the_commands_advice_not_the_windows(
        tmp_path: Path) -> None:
    """A newcomer's report: the command said "the annotations are kept in memory -- save them
    elsewhere with Save As", the window's words; a command keeps nothing and has no Save As."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("PYTEST_CURRENT_TEST", None)
    folder = tmp_path / "shared"
    with read_only_folder(folder):
        into = folder / "notes.jsonld"
        done = subprocess.run([sys.executable, "-m", "viewer", "annotations", "import", str(W3C),
                               "--corpus", str(REPO / "seeds"), "--into", str(into)],
                              capture_output=True, text=True, timeout=120, cwd=REPO, env=env,
                              check=False)
    assert done.returncode == 1 and done.stdout == ""
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"parallax: {into}: could not be saved: its folder is read-only")
    assert line.endswith("; nothing was imported or written")
    assert "Save As" not in line and "in memory" not in line


def test_a_command_started_with_stdout_closed_says_so_in_one_line() -> None:
    # `parallax align >&-` (a cron job, a service with no output): Python has no sys.stdout,
    # and the first write was "internal error: AttributeError: 'NoneType' object ...".
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_CURRENT_TEST", None)
    for command in (["align", "--json"], ["figures"]):
        # (the child closes its stdout before Python starts; the pipe stays open here)
        done = subprocess.run([sys.executable, "-m", "viewer", *command, str(REPO / "seeds")],
                              capture_output=True, text=True, timeout=120, cwd=REPO, env=env,
                              check=False, preexec_fn=lambda: os.close(1))
        assert done.returncode == 1
        assert done.stderr.splitlines() == [
            "parallax: standard output: could not be written (it is closed); nothing was output"]


def _parallax(*args: str | Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_CURRENT_TEST", None)
    return subprocess.run([sys.executable, "-m", "viewer", *map(str, args)], capture_output=True,
                          text=True, timeout=180, cwd=REPO, env=env, check=False)


def test_export_never_writes_over_an_article_or_a_project(tmp_path: Path) -> None:
    # Session 17: `export NOTES --corpus FOLDER -o FOLDER/article.txt` replaced the article with
    # the CSV, and `-o WORK.parallax` the whole investigation, exit 0, without a word.
    import shutil

    from viewer.loading import load_paths
    from viewer.projects import Project

    folder = tmp_path / "articles"
    shutil.copytree(REPO / "seeds", folder)
    project = tmp_path / "work.parallax"
    with Project.create(project) as made:
        made.add_articles(load_paths([folder]).articles)
    other = tmp_path / "other.parallax"
    shutil.copyfile(project, other)
    article = sorted(folder.iterdir())[2]
    for corpus, output, said in ((folder, article, "an article it reads"),
                                 (project, project, "an article or project it reads"),
                                 (folder, other, "a Parallax project")):
        before = output.read_bytes()
        done = _parallax("export", W3C, "--corpus", corpus, "--format", "csv", "-o", output)
        assert done.returncode == 2, done.stderr
        assert done.stderr.splitlines() == [
            f"parallax: {output}: refusing to write the export over {said}; choose another "
            "-o FILE"]
        assert output.read_bytes() == before
    fresh = tmp_path / "export.csv"  # an ordinary -o still works
    assert _parallax("export", W3C, "--corpus", folder, "--format", "csv", "-o",
                     fresh).returncode == 0
    assert fresh.read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_screenshot_never_replaces_a_file_the_run_reads(tmp_path: Path) -> None:
    # `parallax --screenshot shot.png FOLDER shot.png`: the article named shot.png was read,
    # then replaced by the picture of the window.
    article = tmp_path / "shot.png"
    article.write_bytes((REPO / "seeds" / "000_2634b00bab60cbc7.txt").read_bytes())
    before = article.read_bytes()
    done = _parallax("--screenshot", article, REPO / "seeds", article)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"parallax: {article}: refusing to write the screenshot over a file it reads; choose "
        "another file"]
    assert article.read_bytes() == before


def test_annotations_import_says_a_project_is_one(tmp_path: Path) -> None:
    # It said "not UTF-8 text (bad byte at offset 102); not an annotation file" of a project
    # given as the file to import or as --into: an encoding problem, the user thought.
    from viewer.corpus import Article
    from viewer.projects import Project

    project = tmp_path / "work.parallax"
    with Project.create(project) as made:
        made.add_articles([Article("a", "Some text of the article.", "A")])
    before = project.read_bytes()
    for args, advice in ((["annotations", "import", project], "export its annotations"),
                         (["annotations", "import", W3C, "--into", project], "open it in the")):
        done = _parallax(*args, "--corpus", REPO / "seeds")
        assert done.returncode == 2
        (line,) = done.stderr.splitlines()
        assert line.startswith(f"parallax: {project}: is a Parallax project, not an annotation "
                               f"file; {advice}")
        assert project.read_bytes() == before


def test_a_closed_or_full_stderr_never_costs_the_result(tmp_path: Path) -> None:
    # `parallax align --json FILES > out.json 2>&-`: Python has no sys.stderr, and each problem
    # line went into standard output, inside the JSON. `2>/dev/full` (a log on a full disk):
    # the first problem line raised and the command ended without its result, exit 1.
    import json

    # A user's shell buffers stderr: with PYTHONUNBUFFERED=1 (set where CI runs) the failed line
    # was not kept, so the exit code 120 of flushing it again at exit showed only on fresh systems.
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PYTEST_CURRENT_TEST", None)
    env.pop("PYTHONUNBUFFERED", None)
    missing = tmp_path / "missing.txt"
    for how in (lambda: os.close(2), lambda: os.dup2(os.open("/dev/full", os.O_WRONLY), 2)):
        done = subprocess.run([sys.executable, "-m", "viewer", "align", "--json",
                               str(REPO / "seeds"), str(missing)], capture_output=True,
                              text=True, timeout=180, cwd=REPO, env=env, check=False,
                              preexec_fn=how)
        assert done.returncode == 0
        assert len(json.loads(done.stdout)["documents"]) == 5
        done = subprocess.run([sys.executable, "-m", "viewer", "align", str(missing)],
                              capture_output=True, text=True, timeout=180, cwd=REPO, env=env,
                              check=False, preexec_fn=how)
        assert (done.returncode, done.stdout) == (2, "")  # nothing usable: still exit 2


def _without_losses(stderr: str) -> list[str]:
    """The lines of `stderr` but those saying what an export's format left out."""
    return [line for line in stderr.splitlines() if not line.endswith("left out")]


def test_export_keeps_another_annotation_file_aside_before_writing_over_it(
        tmp_path: Path) -> None:
    """`-o victim.jsonld` naming another annotation file (another tool's export) replaced its
    annotations with a table, no backup and no word (a tester, session 52). Now the file is
    copied aside first, to a name never used yet, and the line says where; a file holding
    only what the export reads (an earlier export of it) is written over as before."""
    import shutil

    victim = tmp_path / "victim.jsonld"
    shutil.copyfile(OTHER_TOOL, victim)
    held = victim.read_bytes()
    done = _parallax("export", W3C, "--corpus", REPO / "seeds", "--format", "csv", "-o", victim)
    assert done.returncode == 0, done.stderr
    # (the CSV also says what its cells cannot hold of this file: a note's two languages)
    assert _without_losses(done.stderr) == [
        f"parallax: {victim}: held annotations; kept as victim.jsonld.bak"]
    assert (tmp_path / "victim.jsonld.bak").read_bytes() == held
    assert victim.read_bytes().startswith(b"\xef\xbb\xbf")  # the CSV
    for form in ("jsonld", "jsonld", "html"):  # over its own export: nothing to keep aside
        done = _parallax("export", W3C, "--corpus", REPO / "seeds", "--format", form,
                         "-o", victim)
        assert (done.returncode, done.stderr) == (0, "")
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "victim.jsonld", "victim.jsonld.bak"]
    shutil.copyfile(OTHER_TOOL, victim)  # another tool's file there again: a second backup
    done = _parallax("export", W3C, "--corpus", REPO / "seeds", "--format", "csv", "-o", victim)
    assert _without_losses(done.stderr) == [
        f"parallax: {victim}: held annotations; kept as victim.jsonld.bak.2"]
    assert (tmp_path / "victim.jsonld.bak").read_bytes() == held


def test_export_writes_nothing_where_an_annotation_file_cannot_be_kept_aside(
        tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "notes"
    folder.mkdir()
    victim = folder / "victim.jsonld"
    shutil.copyfile(OTHER_TOOL, victim)
    held = victim.read_bytes()
    with read_only_folder(folder):
        done = _parallax("export", W3C, "--corpus", REPO / "seeds", "--format", "csv", "-o",
                         victim)
    assert done.returncode == 1
    assert done.stderr.splitlines()[-1].startswith(
        f"parallax: {victim}: holds annotations and could not be kept aside (")
    assert victim.read_bytes() == held
