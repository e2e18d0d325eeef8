"""The Paste text as article dialog from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from widgets.dialogs import PasteArticleDialog


def test_tab_in_the_text_moves_on_instead_of_typing_into_the_article(qtbot):
    """tester14: Tab, Tab, Enter to reach OK stored the pasted article ending in '\\t\\t\\n'."""
    dialog = PasteArticleDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.text_edit.setPlainText("Salvage teams freed the ship.")
    dialog.activateWindow()
    dialog.text_edit.setFocus()
    qtbot.waitUntil(dialog.text_edit.hasFocus)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not dialog.text_edit)
    assert dialog.article_text() == "Salvage teams freed the ship."
