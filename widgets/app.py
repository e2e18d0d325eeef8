"""The program's entry point (`parallax`, `parallax-cli`) and the window's launcher.

`main` hands the command line to the core's dispatcher (`viewer.cli`) together with `run_app`,
which builds the QApplication and the main window, loads and aligns in the background, and in
screenshot mode renders the finished window to a PNG off screen and exits. Qt is imported only
inside `run_app`, so `parallax align` through this entry still loads no Qt module.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, cast

from viewer import cli
from viewer.commands.common import NO_USABLE_ARTICLES, report_problems

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from widgets.main_window import MainWindow

MIN_WIDTH, MIN_HEIGHT = 1400, 850
RECENT_LIST_NAME = "recent-projects.json"
SCREENSHOT_TIMEOUT_MS = 180_000
PREFERRED_FONTS = ("DejaVu Sans", "Noto Sans", "Liberation Sans")


def main(argv: Sequence[str] | None = None) -> int:
    """The console scripts' entry: the core's dispatcher, with this package's window."""
    return cli.main(argv, launch_window=run_app)


def _choose_platform(screenshot: bool) -> None:
    """Off screen when asked for a screenshot. (With no display at all the command line has
    already said so and exited: an off-screen window nobody can see would wait forever.)"""
    if screenshot and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _apply_font(app: QApplication) -> None:
    """The offscreen platform has no desktop font settings; pick a readable installed family.
    Emoji use an installed colour emoji font; a script with no font at all is said on stderr."""
    from PySide6.QtGui import QFont, QFontDatabase

    from viewer.fonts import emoji_family, missing_fonts_message

    families = set(QFontDatabase.families())
    emoji = emoji_family(families)
    if emoji is not None and hasattr(QFontDatabase, "setApplicationEmojiFontFamilies"):
        QFontDatabase.setApplicationEmojiFontFamilies([emoji])  # Qt 6.9 and later
    has_cjk = bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    warning = missing_fonts_message(has_emoji=emoji is not None, has_cjk=has_cjk)
    if warning is not None:
        print(warning, file=sys.stderr)
    current = app.font().family()
    if current in families and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    for family in PREFERRED_FONTS:
        if family in families:
            font = QFont(family, 10)
            app.setFont(font)
            return


_HARMLESS_QT_MESSAGES = ("This plugin does not support propagateSizeHints()",
                         "OpenType support missing for ")
"""Warnings that are noise on a user's terminal, by their openings: the offscreen platform's,
printed for every window, and the font database's, one for every installed family that lacks a
script the articles use (forty lines for a Bengali folder, which drowned the one line saying
what to install: `widgets.script_font_warning`)."""


def _quiet_harmless_qt_messages() -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if message.startswith(_HARMLESS_QT_MESSAGES):
            return
        if kind != QtMsgType.QtDebugMsg:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def build_window(paths: Sequence[Path] = (), screenshot: Path | None = None,
                 *, persist: bool | None = None) -> tuple[QApplication, MainWindow]:
    """Everything `run_app` does before showing the window: the application (style, font), the
    main window with its annotation actions, and the first load of `paths` (or the samples).

    `persist` (default: not a screenshot run) keeps window settings in QSettings and annotations
    in the per-user data folder; without it nothing is read or written there.
    """
    if persist is None:
        persist = screenshot is None
    # First, before Qt is imported: the child that loads and aligns must be forked from a
    # process with no Qt and no other thread (see viewer.jobs.head_start), and the sooner it
    # starts the likelier its answers are in when the window is built.
    from viewer.jobs.choice import Backends

    project: Path | None = None
    from viewer.projects.recent import starts_like_sqlite

    if len(paths) == 1 and starts_like_sqlite(Path(paths[0])):
        # `parallax PROJECT.parallax` (known by its content, not its name). An SQLite file is
        # never an article: one that is not a sound project is refused by the projects code
        # with its reason (damaged, another program's database, newer version), not read as
        # text ("contains NUL bytes").
        project = Path(paths[0])
    chosen = list(paths) or [_sample_folder()]
    # A project's texts are in the project: nothing for the head start to read.
    backends = Backends() if project is not None else Backends.with_head_start(chosen)
    _choose_platform(screenshot is not None)
    _quiet_harmless_qt_messages()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from viewer.resources import resource_path
    from widgets.main_window import MainWindow
    from widgets.script_font_warning import ScriptFontWarning

    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    app.setApplicationName("Parallax")
    app.setOrganizationName("Parallax")
    app.setApplicationDisplayName("Parallax")
    _apply_font(app)
    style = resource_path("style.qss")
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))

    settings = QSettings() if persist else None
    window = MainWindow(settings=settings, backends=backends)
    # The command-line contract: each unusable file is one line on stderr, as for `align`; the
    # window shows the same lines in its notice area.
    window.workspace.problems_reported.connect(report_problems)
    # Also on stderr, once: a script of the articles that no installed font draws (Bengali
    # with no Bengali font: boxes, and nothing said why).
    ScriptFontWarning(window.workspace, window)
    if settings is None or settings.value("geometry") is None:
        window.resize(MIN_WIDTH, MIN_HEIGHT)
        if screenshot is None:
            _fit_screen(app, window)
    data_dir = _data_dir() if persist else None
    if data_dir is not None:
        window.project_gui.recent_file = Path(data_dir) / RECENT_LIST_NAME
    window.project_gui.save_view_on_close = persist
    if project is not None:
        from viewer.projects.database import ProjectError

        try:
            # A screenshot run reads the project and writes nothing to it (re-anchoring the
            # annotations stores their status; the window would save it at once).
            _open_project(window, project, write=screenshot is None)
        except ProjectError as error:
            if screenshot is not None:
                raise  # nothing usable: the run says so and exits 2
            # An interactive window stays open whatever it was given (README, exit codes):
            # it exited 2 at once, and opened from a file manager nobody saw why. It says so
            # in its notice area (and on stderr) and starts as File › New project does.
            window.workspace.report_problems([str(error)])
            _install_annotations(window, [], persist=False)
            window.project_gui.start_unsaved()
            return app, window
        window.reopen_docks()
        return app, window
    if not paths and not _samples_have_kept_work(persist):
        # The samples open as an unsaved project (made when first needed, so the window
        # starts as fast): nothing is written to the data folder; File › Save project as…
        # keeps the work, and closing with work asks (widgets.project_closing).
        _install_annotations(window, paths, persist=False)
        window.project_gui.start_unsaved(opened_on=chosen)
    else:
        _install_annotations(window, paths, persist=persist)
    open_corpus(window, chosen, remember=bool(paths))
    window.reopen_docks()  # the docks open at the last close (a screenshot run has none)
    return app, window


def open_corpus(window: MainWindow, paths: Sequence[Path], *, remember: bool) -> None:
    """The first load of `paths` into `window`, with the pasted articles kept for them (its
    annotation GUI added first: `_install_annotations`)."""
    window.open_first(paths, remember=remember)
    gui = window.annotation_gui
    pasted = gui.pasted.stored_paths() if gui is not None else []
    if pasted:  # articles pasted in earlier sessions, kept with the annotations made on them
        window.session.open_paths(pasted, reveal=False)
    refused = gui.pasted.refused_links() if gui is not None else []
    if refused:
        window.workspace.report_problems(refused)


def _fit_screen(app: QApplication, window: MainWindow) -> None:
    """A first run on a screen smaller than the first size (a 1366x768 laptop) opens maximised:
    at 1400x850 the window ran off the screen, its right-hand pane and the status bar cut off.
    (A screenshot keeps 1400x850 whatever the screen; a size kept from an earlier run is
    restored as it was.)"""
    from PySide6.QtCore import Qt

    screen = app.primaryScreen()
    if screen is None:
        return
    available = screen.availableGeometry()
    if available.width() < MIN_WIDTH or available.height() < MIN_HEIGHT:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def _open_project(window: MainWindow, path: Path, *, write: bool = True) -> None:
    """Hold the project at `path` in the window (ProjectError: one line, the caller exits);
    without `write`, a copy in memory that never writes to the file."""
    from viewer.projects import ProjectDocument

    window.project_gui.attach(ProjectDocument.open(path, write=write))
    window.project_gui.remember(path)


def _sample_folder() -> Path:
    from viewer.resources import seeds_dir

    return seeds_dir()


def run_app(paths: Sequence[Path] = (), screenshot: Path | None = None) -> int:
    from viewer.projects.database import ProjectError

    try:
        app, window = build_window(paths, screenshot)  # first: it forks before Qt is imported
    except ProjectError as error:
        print(f"parallax: {error}", file=sys.stderr)
        return 2
    if screenshot is None:
        window.show()
        close_on_interrupt(window)
        return app.exec()

    window.show()
    if not wait_until_idle(app, window, SCREENSHOT_TIMEOUT_MS):
        print(f"parallax: warning: alignment still running after {SCREENSHOT_TIMEOUT_MS // 1000} s;"
              " saving the window as it is", file=sys.stderr)
    elif len(window.workspace.corpus) == 0:
        # Interactive runs keep the window open so the user can open other files; a screenshot
        # run with nothing to show is a run in which nothing usable remains.
        print(f"parallax: {NO_USABLE_ARTICLES}", file=sys.stderr)
        window.close()
        return 2
    from PySide6.QtCore import QBuffer, QIODevice

    from viewer.printable import printable
    from viewer.screenshot import screenshot_format, write_screenshot

    screenshot = Path(screenshot)
    encoded = QBuffer()
    encoded.open(QIODevice.OpenModeFlag.WriteOnly)
    # Encoded in memory, then written whole or not at all (viewer.screenshot).
    problem = (write_screenshot(screenshot, bytes(encoded.data().data()))
               if window.grab().save(encoded, screenshot_format(screenshot) or "PNG")
               else "could not save the screenshot (the image could not be encoded)")
    if problem is not None:
        # (the file's problem, "FILE: reason": "parallax: error:" is the usage errors' form)
        print(f"parallax: {printable(screenshot)}: {problem}", file=sys.stderr)
        window.session.close()
        return 1
    window.session.close(timeout=5.0)
    _close_without_asking(window)
    return 0


def _close_without_asking(window: MainWindow) -> None:
    """Close a screenshot run's window. Closing asks about work that could not be saved (a
    read-only project whose annotations were re-anchored); off screen no one can answer, and
    the run waited forever. A screenshot run makes no work of the user's: nothing is lost."""
    gui = window.annotation_gui
    controller = gui.controller if gui is not None else None
    if controller is not None:
        controller.ask_on_quit = lambda _problem: "discard"
    window.project_gui.ask_on_close = lambda _what: "discard"
    window.close()


INTERRUPT_POLL_MS = 200
"""How often the interpreter is woken to run a Ctrl+C handler while Qt waits for events."""


def close_on_interrupt(window: MainWindow) -> None:
    """Ctrl+C in the terminal closes the window as its Quit does -- asking about unsaved work --
    instead of raising KeyboardInterrupt inside some Qt call and printing a traceback. SIGTERM
    (a logout, `kill`, a shutdown) saves what can be saved and closes every window without
    asking (`close_when_terminated`)."""
    import signal

    from PySide6.QtCore import QTimer

    def interrupted(_signal: int, _frame: object) -> None:
        QTimer.singleShot(0, window.close)

    def terminated(_signal: int, _frame: object) -> None:
        QTimer.singleShot(0, close_when_terminated)

    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, terminated)
    # Python runs signal handlers between bytecodes; while Qt waits in C++ for events no
    # bytecode runs, so a timer wakes the interpreter a few times a second.
    wake = QTimer(window)
    wake.timeout.connect(lambda: None)
    wake.start(INTERRUPT_POLL_MS)


EXIT_TERMINATED = 128 + 15
"""What a shell reports for a program ended by SIGTERM."""


def close_when_terminated() -> None:
    """SIGTERM: write now what is waiting to be written -- an annotation file's autosave ran up
    to 1.5 s after a change, and the default SIGTERM ended the process before it (found by the
    fault matrix: an annotation made just before a logout was lost) -- then close every window
    without asking: no one may be there to answer, and the sender soon sends SIGKILL. Work
    that has no file yet (an unsaved project) cannot be saved without asking and is lost as
    with any kill."""
    from PySide6.QtWidgets import QApplication

    from widgets.annotation_gui import installed_annotation_gui

    for shown in QApplication.topLevelWidgets():
        project_gui = getattr(shown, "project_gui", None)
        if project_gui is None:
            continue
        gui = installed_annotation_gui(shown)
        controller = gui.controller if gui is not None else None
        if controller is not None:
            controller.save_now()
            controller.ask_on_quit = lambda _problem: "discard"
        project_gui.ask_on_close = lambda _what: "discard"
        shown.close()
    QApplication.exit(EXIT_TERMINATED)


def wait_until_idle(app: QApplication, window: MainWindow, timeout_ms: int) -> bool:
    """Run the event loop until the window's background work is done and its result painted
    (no sleeps: the window's `idle` signal ends the wait); False if `timeout_ms` ran out."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    window.idle.connect(loop.quit)
    safety = QTimer()
    safety.setSingleShot(True)
    safety.timeout.connect(loop.quit)
    safety.start(timeout_ms)
    if window.busy:
        loop.exec()
    app.processEvents()
    return not window.busy


def _data_dir() -> str | None:
    """The per-user data folder: claim annotations of a folder of files (issue 5: the GUI
    behind the actions at once when the corpus has an annotation file there, else on first
    use) and the Recent projects list. Not used by a screenshot run (nothing is written)."""
    from PySide6.QtCore import QStandardPaths

    return QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppDataLocation) or None


def _samples_have_kept_work(persist: bool) -> bool:
    """Has the per-user data folder annotations or pasted articles of the samples (kept by
    an earlier Parallax, or `parallax annotations import` without --corpus)? Then the samples
    keep them there, as a folder does, instead of opening as an unsaved project."""
    data_dir = _data_dir() if persist else None
    if data_dir is None:
        return False
    from viewer.annotations.location import default_annotation_file, has_kept_work

    return has_kept_work(default_annotation_file([], data_dir))


def _install_annotations(window: MainWindow, paths: Sequence[Path], *, persist: bool) -> None:
    """Claim annotation for a folder of files: its actions now; the GUI behind them at once when
    this corpus already has an annotation file in the per-user data folder, else on first use.
    Without `persist` (a screenshot run) annotations stay in memory and nothing is written."""
    data_dir = _data_dir() if persist else None
    window.add_annotation_gui(corpus_paths=list(paths), data_dir=data_dir)
