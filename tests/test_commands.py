"""The subcommand registry and the dispatcher over it: one list of commands, each module to the
convention, unknown command words refused at once, and every entry point the same program."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from viewer import commands
from viewer.cli import main
from viewer.commands.common import EXIT_OK, EXIT_USAGE

REPO = Path(__file__).resolve().parent.parent


def never_open_the_window(**_: object) -> int:
    raise AssertionError("the window was opened")


@pytest.mark.parametrize("command", commands.COMMANDS, ids=lambda c: c.name)
def test_every_registered_command_follows_the_convention(
    command: commands.Command, capsys: pytest.CaptureFixture[str]
) -> None:
    module = command.load()
    assert module.__name__ == command.module == f"viewer.commands.{command.name}"
    assert module.__doc__, "one job per module, said in its docstring"
    parser = argparse.ArgumentParser()
    module.add_arguments(parser)
    assert callable(module.run)
    assert command.summary and "\n" not in command.summary
    assert main([command.name, "--help"]) == EXIT_OK
    assert command.summary.lower() in " ".join(capsys.readouterr().out.lower().split())


def test_top_level_help_lists_every_command_without_importing_any(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for command in commands.COMMANDS:
        monkeypatch.delitem(sys.modules, command.module, raising=False)
    assert main(["--help"]) == EXIT_OK
    out = capsys.readouterr().out
    for command in commands.COMMANDS:
        assert f"  {command.name}" in out and command.summary in out
        assert command.module not in sys.modules


def test_the_help_names_every_format_export_writes(capsys: pytest.CaptureFixture[str]) -> None:
    """tester58: `parallax --help` said "(JSON-LD, CSV, HTML, ClaimReview)" while export also
    wrote hypothesis and readium; the line comes from the list `--format` takes."""
    from viewer.annotations.export import FORMATS

    assert main(["--help"]) == EXIT_OK
    (line,) = [line for line in capsys.readouterr().out.splitlines()
               if line.startswith("  export ")]
    said = line.casefold().replace("-", "")
    assert all(name in said for name in FORMATS), line


@pytest.mark.parametrize(("word", "guess"), [("algn", "align"), ("exprot", "export"),
                                             ("frobnicate", None)])
def test_an_unknown_command_is_one_line_and_exit_2(
    word: str, guess: str | None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main([word, "--json"], launch_window=never_open_the_window) == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith(f"parallax: unknown command '{word}'")
    assert ("did you mean" in line) == (guess is not None)
    if guess:
        assert f"'{guess}'" in line
    assert all(name in line for name in commands.names())


@pytest.mark.parametrize("argument", ["notes", "report.txt", "./algn", "missing/"])
def test_a_path_is_not_taken_for_a_command(
    argument: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An existing file or folder named like a word, or anything path-like (a dot, a slash),
    opens the window on it (which then reports a missing one)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").mkdir()
    opened: list[object] = []

    def launch(**kwargs: object) -> int:
        opened.append(kwargs["paths"])
        return EXIT_OK

    assert main([argument], launch_window=launch) == EXIT_OK
    assert opened == [[Path(argument)]]


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "PYTEST_CURRENT_TEST"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.run([sys.executable, *argv], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)


@pytest.mark.parametrize("argv", [["--help"], ["align", "--help"], ["algn"], ["--bogus"]])
def test_python_m_viewer_is_the_same_program_as_the_console_scripts(argv: list[str]) -> None:
    module = _run("-m", "viewer", *argv)
    script = _run("-c", "import sys; from widgets.app import main; sys.exit(main())", *argv)
    assert (module.returncode, module.stdout, module.stderr) == (
        script.returncode, script.stdout, script.stderr)


def test_the_plugin_point_finds_the_widgets_launcher() -> None:
    from viewer.gui_plugin import find_launcher
    from widgets.app import run_app

    assert find_launcher() is run_app


def _problem_cases(tmp_path: Path) -> list[tuple[list[str], str]]:
    """(arguments, the file the first line must name or "" for a usage error) for a bad input
    or a bad use of every command."""
    from viewer.annotations.annotation_set import AnnotationSet
    from viewer.annotations.model import make_annotation
    from viewer.annotations.store import save_set
    from viewer.corpus import Article

    story = tmp_path / "story.txt"
    story.write_text("The minister said the bridge would reopen on Monday.\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Something else entirely happened in another town.\n", encoding="utf-8")
    notes = tmp_path / "notes.jsonld"
    article = Article("gone", "A sentence that is in no article of the corpus.", "t",
                      path=tmp_path / "gone.txt")
    save_set(AnnotationSet([make_annotation(article, 2, 10)]), notes)
    broken = tmp_path / "broken.jsonld"
    broken.write_text("{not json", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    return [
        (["align", str(story), str(missing)], str(missing)),
        (["figures", str(missing), str(story)], str(missing)),
        (["export", str(broken), "--corpus", str(story), "--format", "csv"], str(broken)),
        # orphaned annotations: a warning, and still one line naming the file
        (["export", str(notes), "--corpus", str(story), str(other), "--format", "csv",
          "-o", str(tmp_path / "out.csv")], str(notes)),
        (["annotations", "import", str(broken), "--into", str(tmp_path / "into.jsonld")],
         str(broken)),
        (["fetch", "not a url", "-o", str(tmp_path / "fetched")], "not a url"),
        (["fetch", "https://example.org/", "-o", str(story)], str(story)),
        (["fetch", "https://example.org/", "-o", str(tmp_path), "--timeout", "0"], ""),
        (["export", str(notes), "--format", "nonsense"], ""),
        (["annotations", "import"], ""),
        (["align", "--min-words", "zero"], ""),
    ]


def test_every_command_writes_its_problems_as_parallax_file_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One form for every command (README): `parallax: <file>: <reason>`, or for a usage error
    `parallax: error: <reason> (see parallax COMMAND --help)` -- never the command's own name
    as the prefix."""
    for arguments, file in _problem_cases(tmp_path):
        try:
            code = main(arguments)
        except SystemExit as stop:  # argparse's usage errors
            code = stop.code if isinstance(stop.code, int) else 1
        lines = capsys.readouterr().err.splitlines()
        assert lines, arguments
        assert all(line.startswith("parallax: ") for line in lines), (arguments, lines)
        if file:
            assert lines[0].startswith(f"parallax: {file}: "), (arguments, lines)
        else:
            assert code == EXIT_USAGE, (arguments, lines)
            assert lines[0].startswith("parallax: error: ") and " --help)" in lines[0], lines


def test_export_says_one_orphan_in_the_singular(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """tester16: "1 of 46 annotations is orphaned (their text was not found); they are kept"."""
    from viewer.annotations.annotation_set import AnnotationSet
    from viewer.annotations.model import make_annotation
    from viewer.annotations.store import save_set
    from viewer.corpus import Article

    story = tmp_path / "story.txt"
    story.write_text("The minister said the bridge would reopen on Monday.\n", encoding="utf-8")
    article = Article("gone", "A sentence that is in no article of the corpus.", "t",
                      path=tmp_path / "gone.txt")
    notes = tmp_path / "notes.jsonld"
    save_set(AnnotationSet([make_annotation(article, 2, 10)]), notes)
    assert main(["export", str(notes), "--corpus", str(story), "--format", "csv",
                 "-o", str(tmp_path / "out.csv")], launch_window=never_open_the_window) == EXIT_OK
    [line] = capsys.readouterr().err.strip().splitlines()
    # (the reason placing it gave: "its text was not found" was said of every orphan, an
    # interop tester found, of a page note whose page is elsewhere and a CSS selector alone)
    # (its file is not in its folder: said so, tester s59 #13)
    assert "1 of 1 annotation is orphaned (its file, gone.txt, is no longer in" in line
    assert line.endswith("; it is kept in the export")
    unplaced = {"id": "urn:x:css", "type": "Annotation", "bodyValue": "x", "target": {
        "source": story.as_uri(), "selector": {"type": "CssSelector", "value": "p.lede"}}}
    page_note = {"id": "urn:x:page", "type": "Annotation", "bodyValue": "y",
                 "target": "https://elsewhere.example/page"}
    (tmp_path / "two.json").write_text(json.dumps([unplaced, page_note]), encoding="utf-8")
    assert main(["export", str(tmp_path / "two.json"), "--corpus", str(story), "--format",
                 "csv", "-o", str(tmp_path / "two.csv")],
                launch_window=never_open_the_window) == EXIT_OK
    said = capsys.readouterr().err
    assert "2 of 2 annotations are orphaned (for 2 reasons, the first: " in said
    assert "its only selector is a CssSelector" in said and "text was not found" not in said
