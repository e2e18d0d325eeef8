"""The command line's dispatcher: `parallax [PATH ...] [--screenshot OUT.png]` or
`parallax COMMAND ...`, for every command in the registry `viewer.commands`.

It parses only the first word: a registered command gets its own parser (built by its module),
a word that looks like a command but is none is refused at once, and anything else opens the
window through the launcher it was handed (see `viewer.gui_plugin`). It also turns Ctrl+C, a
closed pipe and an unexpected error into an exit code and at most one line on stderr. The window
is reached only in the GUI mode, so commands run with no display and no Qt module loaded.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TextIO, cast

from viewer import __version__, commands
from viewer.commands.common import (
    EXIT_FAILURE,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    OneLineErrorParser,
)
from viewer.gui_plugin import GuiUnavailable, WindowLauncher, find_launcher
from viewer.printable import printable
from viewer.screenshot import format_problem, screenshot_format

DEBUG_VARIABLE = "PARALLAX_DEBUG"
_COMMAND_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_-]*")


def main(argv: Sequence[str] | None = None, *,
         launch_window: WindowLauncher | None = None) -> int:
    """Run the program; returns the exit code (0 ok, 1 failure, 2 bad usage or no usable input,
    130 interrupted). `launch_window` opens the window; None: the installed GUI's, found by
    `viewer.gui_plugin` when the window is asked for."""
    args = list(sys.argv[1:] if argv is None else argv)
    given_stderr = sys.stderr
    message_stream = _MessageStream(given_stderr)
    sys.stderr = cast(TextIO, message_stream)
    try:
        return _dispatch(args, launch_window)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `parallax align | head`: the reader left; say nothing more.
        _silence_stdout()
        return EXIT_OK
    except Exception as error:
        if _debugging():
            raise
        print(f"parallax: {_failure_line(error)}", file=sys.stderr)
        return EXIT_FAILURE
    finally:
        # A stderr that failed keeps the unwritten line in its buffer; handed back, Python
        # flushes it again at exit, fails, and exits 120 with the result written (a user's shell
        # buffers stderr: only PYTHONUNBUFFERED=1, set where CI runs, hid it).
        if not message_stream.failed:
            sys.stderr = given_stderr


def _dispatch(args: list[str], launch_window: WindowLauncher | None) -> int:
    first = args[0] if args else ""
    command = commands.find(first)
    if command is None and _looks_like_a_command(first):
        print(_unknown_command(first), file=sys.stderr)
        return EXIT_USAGE
    try:
        if command is not None:
            module = command.load()
            parser = _command_parser(command)
            module.add_arguments(parser)
            return module.run(parser.parse_args(args[1:]))
        gui_args = _gui_parser().parse_args(args)
    except SystemExit as exit_request:  # argparse: --help, --version, or a usage error
        return _exit_code(exit_request)
    screenshot = gui_args.screenshot
    # issue 15: the extension picks the image type (PNG, JPEG, BMP); others are a usage error
    if screenshot is not None and screenshot_format(screenshot) is None:
        print(f"parallax: error: {format_problem(screenshot)}", file=sys.stderr)
        return EXIT_USAGE
    if screenshot is not None and not screenshot.parent.is_dir():
        print(f"parallax: error: --screenshot: folder {printable(screenshot.parent)} does not "
              "exist", file=sys.stderr)
        return EXIT_USAGE
    if screenshot is not None and (reads := _read_by_the_run(screenshot, gui_args.paths)):
        print(f"parallax: {printable(screenshot)}: refusing to write the screenshot over "
              f"{reads}; choose another file", file=sys.stderr)
        return EXIT_USAGE
    return _open_window(gui_args, launch_window)


def _read_by_the_run(output: Path, paths: Sequence[Path]) -> str | None:
    """What the user made that a screenshot at `output` would replace, or None: a file the run
    reads (an article, a project), named among its paths."""
    for path in paths:
        try:
            if os.path.samefile(output, path):
                return "a file it reads"
        except OSError:
            continue
    return None


def no_display(environ: Mapping[str, str], platform: str) -> str | None:
    """Why the window cannot be shown here, in one line, or None when it can.

    On Linux a window needs an X11 or Wayland display (or a Qt platform chosen explicitly, such
    as QT_QPA_PLATFORM=offscreen); without one Qt would wait for a display that never comes.
    """
    if not platform.startswith("linux"):
        return None
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return ("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are not set); "
            "'parallax align' and 'parallax export' work without one, and "
            "'parallax --screenshot OUT.png' renders the window off screen")


def _gui_parser() -> argparse.ArgumentParser:
    width = max(10, *(len(c.name) + 2 for c in commands.COMMANDS))
    listing = "\n".join(f"  {c.name:<{width}}{c.summary}" for c in commands.COMMANDS)
    parser = OneLineErrorParser(
        prog="parallax",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description=(
            "Compare how several outlets report the same event. Opens the comparison window on\n"
            "the given articles (files or folders), or on the built-in sample corpus."
        ),
        epilog=f"commands (no display needed):\n{listing}\n\n"
               "See 'parallax COMMAND --help' for a command's options.",
    )
    parser.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                        help="article file (.txt, .md, .html) or folder of them")
    parser.add_argument("--screenshot", type=Path, metavar="OUT.png",
                        help="render the window off screen once alignment is done, save it "
                             "(.png, .jpg or .bmp, by the extension), exit")
    parser.add_argument("--version", action="version", version=f"parallax {__version__}")
    return parser


def _command_parser(command: commands.Command) -> argparse.ArgumentParser:
    """The parser a command's module fills in; its description is the registry's summary."""
    summary = command.summary[:1].upper() + command.summary[1:]
    return OneLineErrorParser(prog=f"parallax {command.name}", description=f"{summary}.")


def _looks_like_a_command(word: str) -> bool:
    """A bare word (no path separator, no extension) that names no existing file or folder."""
    return bool(_COMMAND_WORD.fullmatch(word)) and not os.path.lexists(word)


def _unknown_command(word: str) -> str:
    known = commands.names()
    guess = difflib.get_close_matches(word, known, n=1)
    hint = f" (did you mean '{guess[0]}'?)" if guess else ""
    return (f"parallax: unknown command '{word}'{hint}; commands: {', '.join(known)}. "
            f"To open a file or folder of that name, write ./{word}")


def _open_window(args: argparse.Namespace, launch_window: WindowLauncher | None) -> int:
    try:
        launch = launch_window or find_launcher()
        missing = no_display(os.environ, sys.platform) if args.screenshot is None else None
        if missing is not None:  # (a screenshot is rendered off screen: no display needed)
            print(f"parallax: {missing}", file=sys.stderr)
            return EXIT_FAILURE
        return launch(paths=args.paths, screenshot=args.screenshot)
    except GuiUnavailable as error:
        print(f"parallax: cannot open the window: {' '.join(str(error).split())}",
              file=sys.stderr)
        return EXIT_FAILURE
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


def _exit_code(exit_request: SystemExit) -> int:
    code = exit_request.code
    if code is None:
        return EXIT_OK
    return code if isinstance(code, int) else EXIT_USAGE


def _debugging() -> bool:
    # Under pytest an unexpected error must fail the test, not turn into a tidy message.
    return bool(os.environ.get(DEBUG_VARIABLE) or os.environ.get("PYTEST_CURRENT_TEST"))


def _failure_line(error: Exception) -> str:
    """What an unexpected error says on stderr. A worker process killed under the command (the
    out-of-memory killer, a `kill`) is no bug of Parallax's: said as what happened and what to
    do, not as an "internal error" (found by the fault matrix: a worker SIGKILLed while
    `parallax align` read 5,000 articles)."""
    forked = sys.modules.get("viewer.forked")  # loaded if any worker ran
    if forked is not None and isinstance(error, forked.WorkerFailed):
        from viewer.workers import WORKERS_VARIABLE

        return (f"{error} (killed, or out of memory); nothing was written -- run the command "
                f"again, or with {WORKERS_VARIABLE}=1 to use no worker processes")
    if isinstance(error, MemoryError):
        # (no bug either: the computer's memory ran out, while loading the articles, say;
        # blamed on the annotation file being imported until the review of 95034d2)
        return ("out of memory on this computer; the command stopped (close other programs, "
                "or give it fewer files)")
    return (f"internal error: {_one_line(error)} "
            f"(set {DEBUG_VARIABLE}=1 to see the traceback)")


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


class _MessageStream:
    """Standard error for the program's one-line messages, whose failure never costs the
    command's work. Started with stderr closed (`2>&-`), Python has no `sys.stderr` and
    `print(..., file=None)` wrote each problem line into standard output, inside `align
    --json`'s JSON; onto a full disk (`2>/dev/full`, a log file) the first line raised, and the
    command ended with its result unwritten, exit 1 (both found by the fault matrix). The
    messages are then lost; the result and the exit code are not."""

    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream
        self.failed = False  # a write to the stream failed: it is dropped

    def write(self, text: str) -> int:
        if self._stream is not None:
            try:
                self._stream.write(text)
                self._stream.flush()
            except (OSError, ValueError):
                self._stream = None  # said nothing, and will say nothing more
                self.failed = True
        return len(text)

    def flush(self) -> None:
        pass  # (every write is flushed, or dropped)

    def isatty(self) -> bool:
        return self._stream is not None and self._stream.isatty()

    def __getattr__(self, name: str) -> object:
        if self._stream is None:
            raise AttributeError(name)  # no stream behind it: no fileno, no buffer
        return getattr(self._stream, name)


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
