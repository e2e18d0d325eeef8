"""The command line: `parallax [PATH ...]`, `--screenshot`, `align` and `export`.

Argument parsing, exit codes and the one-line error messages live here. The window is imported
only when a GUI mode is asked for, so `align` and `export` run on a machine with no display and
no Qt widget module is ever loaded for them.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from viewer import __version__

if TYPE_CHECKING:
    from viewer.loading import LoadReport

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
"""Bad usage, or no usable input left."""
NO_USABLE_ARTICLES = "no usable articles to work on"

SUBCOMMANDS = ("align", "export", "fetch")


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _gui_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="parallax",
        description=(
            "Compare how several outlets report the same event. Opens the comparison window on "
            "the given articles (files or folders), or on the built-in sample corpus. "
            "Subcommands: 'parallax align --help', 'parallax export --help'."
        ),
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="article file (.txt, .md, .html) or folder of them")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="render the window off screen once alignment is done, save it, exit")
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    return parser


def _align_parser() -> argparse.ArgumentParser:
    from viewer.passages import EngineSettings

    defaults = EngineSettings()
    parser = _Parser(
        prog="parallax align",
        description="List the passages that two or more articles share (no display needed).",
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="article file or folder (default: the sample corpus)")
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object (documents with text, passages with offsets)")
    parser.add_argument("--min-words", type=_positive_int, default=defaults.min_words,
                        metavar="N",
                        help=f"shortest passage in words (default {defaults.min_words})")
    parser.add_argument("--ngram-size", type=_positive_int, default=defaults.ngram_size,
                        metavar="N", help=f"words per seed n-gram (default {defaults.ngram_size})")
    parser.add_argument("--max-document-share", type=_share, default=defaults.max_document_share,
                        metavar="F", help="in 10 or more articles, ignore short phrases found "
                        "in more than this share of them as boilerplate; long shared text is "
                        f"always kept (default {defaults.max_document_share})")
    parser.add_argument("--max-gap-words", type=_non_negative_int,
                        default=defaults.max_gap_words, metavar="N",
                        help="unmatched words an edited passage may bridge "
                        f"(default {defaults.max_gap_words})")
    return parser


def _export_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="parallax export",
        description="Re-anchor an annotation file against a corpus and export it.",
    )
    parser.add_argument("annotations", type=Path, metavar="ANNOTATIONS",
                        help="annotation file (W3C Web Annotation JSON-LD)")
    parser.add_argument("--corpus", nargs="+", type=Path, default=[], metavar="PATH",
                        help="article files or folders (default: the sample corpus)")
    parser.add_argument("--format", required=True, choices=("jsonld", "csv", "html"),
                        help="output format")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write here instead of standard output")
    return parser


def _positive_int(value: str) -> int:
    number = _non_negative_int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _non_negative_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}")
    return number


def _share(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1], got {value!r}") from None
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1], got {value!r}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """Run the program; returns the exit code (0 ok, 1 failure, 2 bad usage or no usable input)."""
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `parallax align | head`: the reader left; say nothing more.
        _silence_stdout()
        return EXIT_OK
    except Exception as error:
        if _debugging():
            raise
        print(f"parallax: internal error: {_one_line(error)} "
              f"(set {DEBUG_VARIABLE}=1 to see the traceback)", file=sys.stderr)
        return EXIT_FAILURE


DEBUG_VARIABLE = "PARALLAX_DEBUG"


def _debugging() -> bool:
    # Under pytest an unexpected error must fail the test, not turn into a tidy message.
    return bool(os.environ.get(DEBUG_VARIABLE) or os.environ.get("PYTEST_CURRENT_TEST"))


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _dispatch(args: list[str]) -> int:
    try:
        if args and args[0] == "align":
            align_args = _align_parser().parse_args(args[1:])
            return _run_align(align_args)
        if args and args[0] == "export":
            export_args = _export_parser().parse_args(args[1:])
            return _run_export(export_args)
        if args and args[0] == "fetch":  # branch projects: until the commands registry lands
            from viewer.commands import fetch

            fetch_parser = _Parser(prog="parallax fetch")
            fetch.add_arguments(fetch_parser)
            return fetch.run(fetch_parser.parse_args(args[1:]))
        gui_args = _gui_parser().parse_args(args)
    except SystemExit as exit_request:  # argparse: --help, --version, or a usage error
        return _exit_code(exit_request)
    screenshot = gui_args.screenshot
    if screenshot is not None and not screenshot.parent.is_dir():
        print(f"parallax: error: --screenshot: folder {screenshot.parent} does not exist",
              file=sys.stderr)
        return EXIT_USAGE
    return _run_gui(gui_args)


def _exit_code(exit_request: SystemExit) -> int:
    code = exit_request.code
    if code is None:
        return EXIT_OK
    return code if isinstance(code, int) else EXIT_USAGE


def load_for_command(paths: Sequence[Path]) -> LoadReport | None:
    """Load the articles a command was given (none: the sample corpus) for `align`/`export`.

    Each unusable input is reported on stderr in one line; returns None, after saying so, when
    nothing usable remains -- the caller then exits with `EXIT_USAGE`.
    """
    from viewer.loading import load_paths, load_sample_corpus

    report = load_paths(paths) if paths else load_sample_corpus()
    report_problems(report.problems)
    if not report.articles:
        print(f"parallax: {NO_USABLE_ARTICLES}", file=sys.stderr)
        return None
    return report


def report_problems(problems: Iterable[object]) -> None:
    """One line on stderr per unusable input, as `parallax: <path>: <reason>` (the contract)."""
    for problem in problems:
        print(f"parallax: {problem}", file=sys.stderr)


def _run_align(args: argparse.Namespace) -> int:
    from viewer.align_report import run_align

    return run_align(args)


def _run_export(args: argparse.Namespace) -> int:
    from viewer.annotations.export import run_export

    return run_export(args)


def _run_gui(args: argparse.Namespace) -> int:
    try:
        from viewer.app import run_app

        return run_app(paths=args.paths, screenshot=args.screenshot)
    except ImportError as error:
        if _debugging() or not _is_qt_load_failure(error):
            raise
        print(f"parallax: cannot start the window: {_one_line(error)}. Qt needs its system "
              "libraries (see the README); 'parallax align' works without them.",
              file=sys.stderr)
        return EXIT_FAILURE


def _is_qt_load_failure(error: ImportError) -> bool:
    """Qt itself failed to load (not installed, or a system library such as libEGL missing)."""
    name = error.name or ""
    return name.startswith(("PySide6", "shiboken6")) or "shared object file" in str(error)
