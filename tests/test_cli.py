"""The command line's contract: help, version, exit codes, one-line messages, never a traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer import __version__, cli
from viewer.cli import main
from viewer.commands import align as align_command
from viewer.commands.common import (
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    load_for_command,
)

REPO = Path(__file__).resolve().parent.parent
ARTICLE = (
    "Iran launched more than a dozen ballistic missiles at two bases in Iraq housing American "
    "troops, officials said on Wednesday. The Pentagon confirmed the attack late on Tuesday.\n"
)


def assert_one_line_messages(stderr: str) -> list[str]:
    """Every stderr line is a `parallax...` message; there is no traceback."""
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert all(line.startswith("parallax") for line in lines), lines
    return lines


@pytest.mark.parametrize("argv", [["--help"], ["align", "--help"], ["export", "--help"]])
def test_help(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("usage: parallax")
    assert "PATH" in out or "ANNOTATIONS" in out


def test_top_level_help_points_to_subcommands(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--help"])
    out = capsys.readouterr().out
    assert "--screenshot" in out and "align" in out and "export" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--version"]) == EXIT_OK
    assert capsys.readouterr().out.strip() == f"parallax {__version__}"


@pytest.mark.parametrize(
    "argv",
    [
        ["--bogus"],
        ["align", "--bogus"],
        ["align", "--min-words", "0"],
        ["align", "--ngram-size", "many"],
        ["align", "--max-document-share", "1.5"],
        ["align", "--max-gap-words", "-1"],
        ["export"],
        ["export", "notes.json"],
        ["export", "notes.json", "--format", "pdf"],
    ],
)
def test_bad_usage_is_one_line_and_exit_2(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == EXIT_USAGE
    captured = capsys.readouterr()
    lines = assert_one_line_messages(captured.err)
    assert len(lines) == 1
    assert "error" in lines[0] and "--help" in lines[0]
    assert captured.out == ""


@pytest.mark.parametrize(("argv", "said"), [
    (["align", "--min-words", "-3"], "expected a whole number from 1 to 1,000,000, got '-3'"),
    (["align", "--max-gap-words", "-1"], "expected a whole number from 0 to 1,000,000, got '-1'"),
    (["align", "--ngram-size", "many"], "expected a whole number, got 'many'"),
    # a fault tester's: too large was an internal error (OverflowError), as were these
    (["align", "--min-words", "99999999999999999999999"], "from 1 to 1,000,000"),
    (["align", "--max-gap-words", "99999999999999999999"], "from 0 to 1,000,000"),
    (["fetch", "--timeout", "inf", "http://127.0.0.1:9/x", "-o", "out"], "at most 86,400"),
    (["fetch", "--timeout", "1e400", "http://127.0.0.1:9/x", "-o", "out"], "at most 86,400"),
    (["fetch", "--timeout", "nan", "http://127.0.0.1:9/x", "-o", "out"], "more than 0 seconds"),
])
def test_a_number_too_small_is_called_too_small_not_no_number(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A newcomer's report: "--min-words -3" was answered "expected a whole number", as if -3
    were none; the message names the least number allowed."""
    assert main(argv) == EXIT_USAGE
    (line,) = assert_one_line_messages(capsys.readouterr().err)
    assert said in line


def test_screenshot_into_a_missing_folder_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nowhere" / "shot.png"
    assert main(["--screenshot", str(target)]) == EXIT_USAGE
    (line,) = assert_one_line_messages(capsys.readouterr().err)
    assert str(target.parent) in line


def test_align_on_a_missing_path_exits_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["align", str(missing)]) == EXIT_USAGE
    captured = capsys.readouterr()
    lines = assert_one_line_messages(captured.err)
    assert any(str(missing) in line and "no such file" in line for line in lines)


def test_align_with_only_unusable_files_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03")
    assert main(["align", str(tmp_path)]) == EXIT_USAGE
    lines = assert_one_line_messages(capsys.readouterr().err)
    assert any("empty.txt" in line for line in lines)
    assert any("binary.txt" in line for line in lines)


def test_align_loads_the_good_files_of_a_mix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "first.txt").write_text("First report\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "second.txt").write_text("Second report\n" + ARTICLE, encoding="cp1252")
    bad = tmp_path / "photo.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    code = main(["align", "--json", str(tmp_path), str(tmp_path / "gone.md")])
    captured = capsys.readouterr()
    assert code == EXIT_OK
    lines = assert_one_line_messages(captured.err)
    assert [line for line in lines if "photo.txt" in line] == [
        f"parallax: {bad}: binary file (a PNG image), not text"
    ]
    assert any("gone.md" in line for line in lines)
    try:
        document_ids = [d["id"] for d in json.loads(captured.out)["documents"]]
    except json.JSONDecodeError:  # a build without the engine lists the articles instead
        document_ids = [line.split("\t")[0] for line in captured.out.splitlines()]
    assert document_ids == ["first", "second"]


def test_load_for_command_defaults_to_the_sample_corpus(
    capsys: pytest.CaptureFixture[str],
) -> None:
    report = load_for_command([])
    assert report is not None and len(report.articles) == 5
    assert capsys.readouterr().err == ""


def test_load_for_command_reports_and_returns_none_when_nothing_is_usable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert load_for_command([tmp_path / "a.txt", tmp_path]) is None
    lines = assert_one_line_messages(capsys.readouterr().err)
    assert len(lines) == 3
    assert lines[-1] == "parallax: no usable articles to work on"


def test_unexpected_error_becomes_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(args: object) -> int:
        raise RuntimeError("disk on fire\nsecond line")

    monkeypatch.setattr(align_command, "run", explode)
    monkeypatch.delenv("PYTEST_CURRENT_TEST", raising=False)
    monkeypatch.delenv(cli.DEBUG_VARIABLE, raising=False)
    assert main(["align"]) == EXIT_FAILURE
    (line,) = assert_one_line_messages(capsys.readouterr().err)
    assert "RuntimeError: disk on fire second line" in line


def test_unexpected_error_propagates_when_debugging(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(args: object) -> int:
        raise RuntimeError("boom")

    monkeypatch.setattr(align_command, "run", explode)
    monkeypatch.setenv(cli.DEBUG_VARIABLE, "1")
    with pytest.raises(RuntimeError, match="boom"):
        main(["align"])


@pytest.mark.parametrize(
    "error",
    [
        ImportError("libEGL.so.1: cannot open shared object file: No such file or directory"),
        ModuleNotFoundError("No module named 'PySide6'", name="PySide6"),
    ],
)
def test_window_without_qt_libraries_is_one_line(
    error: ImportError, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def run_app(**kwargs: object) -> int:
        raise error

    monkeypatch.delenv("PYTEST_CURRENT_TEST", raising=False)
    monkeypatch.delenv(cli.DEBUG_VARIABLE, raising=False)
    assert main([], launch_window=run_app) == EXIT_FAILURE
    (line,) = assert_one_line_messages(capsys.readouterr().err)
    assert "cannot start the window" in line and "README" in line


def test_other_import_errors_in_the_window_are_not_blamed_on_qt() -> None:
    def run_app(**kwargs: object) -> int:
        raise ModuleNotFoundError("No module named 'widgets.gone'", name="widgets.gone")

    with pytest.raises(ModuleNotFoundError):
        main([], launch_window=run_app)  # under pytest unexpected errors propagate


def test_keyboard_interrupt_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupt(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(align_command, "run", interrupt)
    assert main(["align"]) == EXIT_INTERRUPTED


def run_module(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
    )


def test_python_m_viewer_version_and_missing_path(tmp_path: Path) -> None:
    version = run_module("--version", cwd=tmp_path)
    assert (version.returncode, version.stdout.strip()) == (0, f"parallax {__version__}")

    missing = tmp_path / "nope.txt"
    result = run_module("align", str(missing), cwd=tmp_path)
    assert result.returncode == EXIT_USAGE
    lines = assert_one_line_messages(result.stderr)
    assert f"parallax: {missing}: no such file or folder" in lines


def test_align_names_a_project_file_given_as_an_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A Parallax project (an SQLite database) among the articles is named as such, not as
    text with NUL bytes."""
    from viewer.projects.files import SQLITE_MAGIC

    (tmp_path / "first.txt").write_text("First report\n" + ARTICLE, encoding="utf-8")
    (tmp_path / "second.txt").write_text("Second report\n" + ARTICLE, encoding="utf-8")
    project = tmp_path / "week.parallax"
    project.write_bytes(SQLITE_MAGIC + bytes(100))
    main(["align", "--json", str(tmp_path / "first.txt"), str(tmp_path / "second.txt"),
          str(project)])
    lines = assert_one_line_messages(capsys.readouterr().err)
    # (as the window says it: a damaged project -- tester56 #14)
    assert lines == [f"parallax: {project}: cannot be opened (file is not a database)"]
