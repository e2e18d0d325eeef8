"""A dismissible, non-blocking notice above the panes: the files (and web addresses) that could
not be used, read or stored ("file: reason"), and, under headings of their own, notes on the
articles' files (changed on disk since a project added them, a version added beside an article,
a copy of one), notes on where the window's work is kept (a set of folders changed, work taken
up or not copied) and what the last export could not hold (one line a kind, too long for the
status line)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from viewer.wording import count_of, problems_with

MAX_LINES = 5
"""Lines of a section shown at once, counted as they wrap; more scroll."""
NOTES_HEADING = "Where your work is kept"
"""The heading of notes that are no file's problem (a tester read "Problems with 1 file:" over
a note saying where the annotations went, and looked for a broken file)."""
FILES_HEADING = "The articles' files: changes on disk, versions and copies"
"""The heading of notes on files that are no problem either: the project keeps its own copy of
each text, but the user must know a file now differs (tester s59: a project opened as if its
corrected, deleted and renamed files were untouched, and "added beside it" was shown for less
than a fifth of a second in the status bar before the next line replaced it)."""


class _WrappedLines(QPlainTextEdit):
    """Read-only lines wrapped at the widget's width, telling when they wrapped anew (a plain
    text document says its size changed only when its text does, not when a new width wraps
    it to more or fewer lines)."""

    def __init__(self, rewrapped: Callable[[], None]) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._rewrapped = rewrapped

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)  # (lays the lines out again at the new width)
        if event.size().width() != event.oldSize().width():
            self._rewrapped()


class _Section(QWidget):
    """A heading and its lines, wrapped at the window's edge (a tester's long note was cut
    there, the rest hidden below a one-line box) and as tall as they wrap, up to MAX_LINES."""

    def __init__(self) -> None:
        super().__init__()
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        # (the height follows the lines as they wrap, at every width the window takes)
        self.details = _WrappedLines(self._fit_height)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.heading)
        layout.addWidget(self.details)
        self.lines: list[str] = []
        self.hide()

    def set_lines(self, heading: str, lines: list[str]) -> None:
        self.lines = lines
        self.heading.setText(heading)
        self.details.setPlainText("\n".join(lines))
        self.setVisible(bool(lines))
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as its lines as they wrap, up to MAX_LINES (then it scrolls): one bad file
        must not take the height of five from the panes, in a window a dock may already have
        made short."""
        # (a plain text document's height is counted in lines, wrapped ones included)
        wrapped = max(round(self.details.document().size().height()), len(self.lines))
        shown = max(1, min(wrapped, MAX_LINES))
        # (no scroll bar where every line is shown: one taking the width wrapped the lines to
        # one more than the box was made for, the last hidden below it; never a horizontal one,
        # the lines wrap)
        self.details.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if wrapped <= MAX_LINES
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        margins = self.details.contentsMargins()
        document_margin = 2 * round(self.details.document().documentMargin())
        self.details.setFixedHeight(shown * self.details.fontMetrics().lineSpacing()
                                    + margins.top() + margins.bottom() + document_margin + 2)


class NoticeArea(QFrame):
    """Hidden until a notice arrives; lines accumulate until the user dismisses them."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("noticeArea")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._problems = _Section()
        self._files = _Section()
        self._notes = _Section()
        self._left_out = _Section()
        self.heading = self._problems.heading
        self.details = self._problems.details
        self.files_heading = self._files.heading
        self.files_details = self._files.details
        self.notes_heading = self._notes.heading
        self.notes_details = self._notes.details
        self.left_out_heading = self._left_out.heading
        self.left_out_details = self._left_out.details
        self.dismiss_button = QPushButton("Dismiss")
        self.dismiss_button.clicked.connect(self.dismiss)
        sections = QVBoxLayout()
        sections.addWidget(self._problems)
        sections.addWidget(self._files)
        sections.addWidget(self._notes)
        sections.addWidget(self._left_out)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(sections, 1)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.lines: list[str] = []
        """The problems' lines ("file: reason")."""
        self.file_notes: list[str] = []
        """The notes on the articles' files ("file: what happened")."""
        self.notes: list[str] = []
        """The notes on where the work is kept."""
        self.left_out: list[str] = []
        """What the last export could not hold, one line a kind."""
        self.hide()

    def add(self, lines: list[str]) -> None:
        """Files that could not be used, read or stored: one line each, "file: reason"."""
        # (a line already shown is not listed again: opening a folder twice listed its one
        # bad file as "Problems with 2 files")
        self.lines += [line for line in dict.fromkeys(lines) if line not in self.lines]
        # (not "could not be opened": an article a full disk refused to store, a damaged
        # annotation file, are here too -- a week-of-work tester read a save failure so)
        said = problems_with(self.lines)
        self._problems.set_lines(f"{said[0].upper()}{said[1:]}:", self.lines)
        self.show()

    def add_file_notes(self, lines: list[str]) -> None:
        """Notes on the articles' files that are no problem: changed on disk, versions, copies."""
        self.file_notes += [line for line in dict.fromkeys(lines) if line not in self.file_notes]
        heading = FILES_HEADING + (f" ({count_of(len(self.file_notes), 'note')})"
                                   if len(self.file_notes) > 1 else "") + ":"
        self._files.set_lines(heading, self.file_notes)
        self.show()

    def add_notes(self, lines: list[str]) -> None:
        """Notes that are no file's problem: where the window's work went or stays."""
        self.notes += [line for line in dict.fromkeys(lines) if line not in self.notes]
        heading = NOTES_HEADING + (f" ({count_of(len(self.notes), 'note')})"
                                   if len(self.notes) > 1 else "") + ":"
        self._notes.set_lines(heading, self.notes)
        self.show()

    def show_left_out(self, heading: str, lines: list[str]) -> None:
        """What the last export could not hold, one line a kind, under `heading` (which names
        the file): read whole here, where the status line could not hold them (after a window
        export it was the only place they were said, cut under the counts -- a tester's
        report). Each export's replace the last's; none: the section goes."""
        self.left_out = list(lines)
        self._left_out.set_lines(heading, self.left_out)
        self.setVisible(bool(self.lines or self.file_notes or self.notes or self.left_out))

    def dismiss(self) -> None:
        self.lines = []
        self.file_notes = []
        self.notes = []
        self.left_out = []
        self._problems.set_lines("", [])
        self._files.set_lines("", [])
        self._notes.set_lines("", [])
        self._left_out.set_lines("", [])
        self.hide()
