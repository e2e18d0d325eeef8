"""What every `parallax` subcommand shares: exit codes, the argument parser whose errors are one
line, the argument types, and loading the articles a command was given (each unusable input
reported in one line on stderr, as `parallax: <path>: <reason>`).

Light on purpose: importing it (for `--help`) loads no engine, no loader and no Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from viewer.corpus import LoadReport
    from viewer.corrections import Correction

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
"""Bad usage, or no usable input left."""
EXIT_INTERRUPTED = 130
"""Ctrl+C (128 + SIGINT, what a shell reports for a program killed by it)."""

NO_USABLE_ARTICLES = "no usable articles to work on"
PREFIX = "parallax:"
"""Every command's lines on stderr start so, whichever command it is (the documented contract:
`parallax: <file>: <reason>`); a usage error says which command's --help to read."""


class OneLineErrorParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{PREFIX} error: {message} (see {self.prog} --help)\n")


def positive_int(value: str) -> int:
    """Argument type: a whole number of at least 1."""
    return _whole_number(value, least=1)


def non_negative_int(value: str) -> int:
    """Argument type: a whole number of at least 0."""
    return _whole_number(value, least=0)


MOST_WORDS = 1_000_000
"""No count of words an option takes is larger (a longer article is not read whole): beyond
it the engine's machine integers overflowed, an internal error (a fault tester's
--min-words 99999999999999999999999)."""


def _whole_number(value: str, *, least: int) -> int:
    """`value` as a whole number from `least` to `MOST_WORDS`; the usage error says which rule
    it broke ("-3" is a whole number, only too small)."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if not least <= number <= MOST_WORDS:
        raise argparse.ArgumentTypeError(
            f"expected a whole number from {least} to {MOST_WORDS:,}, got {value!r}")
    return number


MOST_SECONDS = 86_400.0


def seconds(value: str) -> float:
    """Argument type: a time in seconds, more than 0 and at most a day (an endless wait,
    "inf" or "1e400", overflowed the platform's clock; "nan" timed out at once)."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if not 0 < number <= MOST_SECONDS:  # (False for nan too)
        raise argparse.ArgumentTypeError(
            f"expected more than 0 seconds and at most {MOST_SECONDS:,.0f}, got {value!r}")
    return number


def share(value: str) -> float:
    """Argument type: a fraction in (0, 1]."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1], got {value!r}") from None
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError(f"expected a number in (0, 1], got {value!r}")
    return number


def add_corpus_paths(parser: argparse.ArgumentParser) -> None:
    """The positional `PATH ...` of commands that work on articles (none: the sample corpus)."""
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="article file or folder (default: the sample corpus)")


def load_for_command(paths: Sequence[Path],
                     meanwhile: Callable[[], object] | None = None,
                     corrections: list[Correction] | None = None) -> LoadReport | None:
    """Load the articles a command was given (none: the sample corpus).

    Each unusable input is reported on stderr in one line; returns None, after saying so, when
    nothing usable remains -- the caller then exits with `EXIT_USAGE`. `meanwhile` may run
    while worker processes read a large folder (`viewer.workers.ForkPool`), or not at all.
    `corrections`, when given, receives the projects' corrections (`load_with_projects`).
    """
    from viewer.loading import load_sample_corpus

    report = (load_with_projects(paths, meanwhile, corrections) if paths
              else load_sample_corpus())
    report_problems(report.problems)
    report_problems(report.notes)  # (files that loaded, said in the same one-line form)
    if not report.articles:
        say(NO_USABLE_ARTICLES)
        return None
    return report


def load_with_projects(paths: Sequence[Path],
                       meanwhile: Callable[[], object] | None = None,
                       corrections: list[Correction] | None = None) -> LoadReport:
    """Load files and folders; a `.parallax` project among them gives its stored texts (with
    the user's provenance edits), in the project's order, where it stands in `paths` (any
    SQLite file is taken for one, as the window takes it: another program's database or a
    damaged project is refused for what it is, not as a binary file); and,
    into `corrections` when given, its corrections, which a command lays over its alignment as
    the window does (`parallax align PROJECT` printed the engine's extents, not the corrected
    ones the window shows)."""
    from viewer.corpus import Corpus, LoadProblem, LoadReport
    from viewer.loading import load_paths
    from viewer.projects import ProjectError
    from viewer.projects.recent import starts_like_sqlite
    from viewer.workers import POOL_THRESHOLD_CHARS, default_mapper

    corpus = Corpus()
    problems: list[LoadProblem] = []
    notes: list[LoadProblem] = []
    pending: list[Path] = []

    def flush() -> None:
        if pending:
            loaded = load_paths(pending, taken_ids=corpus.ids,
                                mapper=default_mapper(POOL_THRESHOLD_CHARS, meanwhile))
            for article in loaded.articles:
                corpus.add(article)
            problems.extend(loaded.problems)
            notes.extend(loaded.notes)
            pending.clear()

    for path in paths:
        if not starts_like_sqlite(path):
            pending.append(path)
            continue
        flush()
        # Only now: a project pulls in the annotation store (and its readers) to open.
        from viewer.projects.project import Project

        try:
            # Read into memory: a command only reads. Opened in place, an older project was
            # migrated -- locking out a colleague's older Parallax -- and one left by a killed
            # save was rolled back in the user's file (the fault matrix's project rows).
            with Project.read_into_memory(path) as project:
                for article in project.articles():
                    corpus.add(article)
                # Stored details it cannot read (kept in the file): one line each.
                problems.extend(LoadProblem(path, reason)
                                for reason in project.problem_reasons())
                # (read after them: a correction it cannot read is left out unsaid, as the
                # second reading of the project that this replaced left it)
                if corrections is not None:
                    corrections.extend(project.corrections())
        except ProjectError as error:
            problems.append(LoadProblem(path, error.reason))
    flush()
    return LoadReport(corpus.articles, tuple(problems), tuple(notes))


def report_problems(problems: Iterable[object]) -> None:
    """One line on stderr per unusable input, as `parallax: <path>: <reason>` (the contract)."""
    for problem in problems:
        say(str(problem))


_CHUNK = 1 << 20


def write_output(text: str | bytes | Iterable[str]) -> int:
    """Write a command's result to standard output, whole: EXIT_OK, or EXIT_FAILURE after one
    line saying why it could not be (a full disk, a file size limit). `text` may come in
    pieces (an iterable of strings), written in order as they come.

    A plain `sys.stdout.write` of a large text onto a file system that fills up mid-way writes
    part of it and returns as if all were written (the buffered writer's short count is dropped
    by the text layer), so `parallax align --json > out.json` on a full disk left a truncated
    file and exit 0. Here every short write is continued until it fails with the reason. A
    reader that leaves (`| head`) is `BrokenPipeError`, left to the caller.
    """
    import errno

    pieces = (text,) if isinstance(text, (str, bytes)) else text
    stream = sys.stdout
    if stream is None:
        # Started with standard output closed (`parallax align >&-`): Python then has no
        # stdout at all, and the first write was an "internal error" (the fault matrix).
        say("standard output: could not be written (it is closed); nothing was output")
        return EXIT_FAILURE
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # a text-only stream (a test's capture): nothing partial to lose
            for whole in pieces:
                stream.write(whole if isinstance(whole, str) else whole.decode("utf-8"))
            stream.flush()
            return EXIT_OK
        stream.flush()
        for whole in pieces:
            # A megabyte at a time: the encoded copy of a large result is never whole in memory.
            for start in range(0, len(whole), _CHUNK):
                piece = whole[start : start + _CHUNK]
                view = memoryview(piece if isinstance(piece, bytes) else piece.encode(
                    stream.encoding or "utf-8", stream.errors or "strict"))
                while view:
                    written = buffer.write(view)
                    if not written:  # None: a non-blocking output that is full
                        raise OSError(errno.EAGAIN, "the output is not taking more data")
                    view = view[written:]
        buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as error:
        say(f"standard output: could not be written ({error.strerror or error}); "
            "the output is incomplete")
        return EXIT_FAILURE
    return EXIT_OK


def say(line: str) -> None:
    """One line on stderr in the commands' form: `parallax: <line>` (`line` starts with the file
    it is about, printable, when there is one), without the isolates a window's text gives a
    right-to-left title or quote (`bidi_text.for_terminal`)."""
    from viewer.bidi_text import for_terminal

    print(f"{PREFIX} {for_terminal(line)}", file=sys.stderr)
