"""The find bar (Ctrl+F): searches every shown article, highlights all hits, steps through them.

Closing it (Esc, ✕) says which hit was current (`closed`): the window selects it in its pane,
where the keyboard focus goes back, so what was found is what Tag claim then tags."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from viewer.workspace import Workspace


class _QueryEdit(QLineEdit):
    def __init__(self, bar: FindBar) -> None:
        super().__init__()
        self.bar = bar

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.bar.step(-1 if shift else +1)
        elif event.key() == Qt.Key.Key_Escape:
            self.bar.close_bar()
        else:
            super().keyPressEvent(event)


class FindBar(QWidget):
    closed = Signal(object, bool)
    """The bar closed: the hit that was current (a `viewer.find_in_panes.FindHit`, or None) and
    whether the bar had the keyboard focus (the focus then goes back to the articles)."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self.edit = _QueryEdit(self)
        self.edit.setPlaceholderText("Find in shown articles")
        self.edit.setClearButtonEnabled(True)
        self.count_label = QLabel()
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.count_label.setMinimumWidth(90)
        previous = QToolButton()
        previous.setText("▲")
        previous.setToolTip("Previous hit (Shift+Enter, Shift+F3)")
        previous.clicked.connect(lambda: self.step(-1))
        following = QToolButton()
        following.setText("▼")
        following.setToolTip("Next hit (Enter, F3)")
        following.clicked.connect(lambda: self.step(+1))
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.close_bar)
        self.buttons = (previous, following, close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(QLabel("Find:"))
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        # Searching per keystroke is cheap for a few panes, but debounce so typing stays smooth.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self.search_now)
        self.edit.textChanged.connect(lambda _text: self._debounce.start())
        workspace.find.changed.connect(self._update_count)
        self.hide()

    def detach(self) -> None:
        self.workspace.find.changed.disconnect(self._update_count)

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def tab_stops(self) -> list[QWidget]:
        """What Tab steps through in the bar, left to right."""
        return [self.edit, *self.buttons]

    def has_focus(self) -> bool:
        """The keyboard focus is in the bar (its query field or a button)."""
        focus = QApplication.focusWidget()
        return focus is not None and self.isAncestorOf(focus)

    def close_bar(self) -> None:
        self._debounce.stop()
        hit = self.workspace.find.current if self.workspace.find.query else None
        had_focus = self.has_focus()
        self.edit.clear()
        self.workspace.find.set_query("")
        self.hide()
        self.closed.emit(hit, had_focus)

    def search_now(self) -> None:
        self._debounce.stop()
        if self.edit.text() != self.workspace.find.query:
            self.workspace.find.set_query(self.edit.text())

    def step(self, direction: int) -> None:
        self.search_now()
        self.workspace.find.step(direction)

    def _update_count(self) -> None:
        hits = self.workspace.find.hits
        if not self.workspace.find.query:
            self.count_label.setText("")
        elif not hits:
            # Only the shown articles are searched: a bare "no match" read as "no article
            # says it" while unticked articles may.
            self.count_label.setText("not in the shown articles")
        else:
            index = (self.workspace.find.index or 0) + 1
            self.count_label.setText(f"{index} of {len(hits)}")
