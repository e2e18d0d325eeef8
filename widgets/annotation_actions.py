"""The annotation GUI's actions: its menu entries (Undo and Redo among them), the Annotate toolbar,
the panes' context menus.

Plain QActions placed in the window's menus and toolbar, made with the window so menus, toolbar
and shortcuts are complete from the first paint. What they do is `widgets.annotation_gui`'s
business: it connects each one to a method of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

if TYPE_CHECKING:
    from widgets.window_frame import WindowFrame

UNDO = "&Undo"
REDO = "&Redo"


class AnnotationActions(QObject):
    def __init__(self, window: WindowFrame) -> None:
        super().__init__(window)
        self.window = window

        # Greyed out until there is something to undo, but there from the first paint: Help ›
        # Keyboard shortcuts lists them, as the README's table does (a fresh folder window's
        # Edit menu had neither until its first annotation).
        self.undo_action = self._action(UNDO, QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self._action(REDO, QKeySequence(QKeySequence.StandardKey.Redo))
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.tag_action = self._action("&Tag claim…", "Ctrl+T")
        self.tag_action.setToolTip("Tag the selected text as a claim (tags, note, claim group)")
        self.tag_copies_action = self._action("Tag &every copy of the passage…", "Ctrl+Shift+T")
        self.tag_copies_action.setIconText("Tag every copy")
        self.tag_copies_action.setToolTip("Annotate each occurrence of the selected shared "
                                          "passage at once")
        self.open_action = self._action("Open &annotations…")
        self.save_action = self._action("&Save annotations now",
                                        QKeySequence(QKeySequence.StandardKey.Save))
        self.save_as_action = self._action("Save annotations &as…")
        self.import_action = self._action("&Import annotations…")
        self.import_action.setToolTip("Merge annotations another tool wrote (W3C Web "
                                      "Annotation, Hypothesis) into these")
        self.export_action = self._action("&Export annotations…")
        self.dock_action = self._action("&Annotations", checkable=True)
        self.dock_action.setToolTip("Show or hide the list of annotations")
        self.claims_action = self._action("&Claim comparison", QKeySequence("Ctrl+Shift+C"),
                                          checkable=True)
        self._add_to_window()

        # The window's pane row says when its panes have been rebuilt; the workspace's own
        # signal may reach us before the panes exist.
        window.pane_row.panes_changed.connect(self._add_to_panes)
        window.workspace.selection_changed.connect(self._update_enabled)
        self._add_to_panes()
        self._update_enabled()

    def follow(self, stack: QUndoStack) -> None:
        """Undo and Redo act on `stack` and say what they would undo ("Undo Tag claim"), as
        `QUndoStack.createUndoAction` would. (Slots of Qt objects only: the stack says it
        was cleared as it is destroyed, after the window's actions may have gone.)"""
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action.triggered.connect(stack.redo)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self._say_undo)
        stack.redoTextChanged.connect(self._say_redo)
        self.undo_action.setEnabled(stack.canUndo())
        self.redo_action.setEnabled(stack.canRedo())

    def _say_undo(self, text: str) -> None:
        self.undo_action.setText(f"{UNDO} {text}".strip())

    def _say_redo(self, text: str) -> None:
        self.redo_action.setText(f"{REDO} {text}".strip())

    def _action(self, text: str, shortcut: QKeySequence | str | None = None,
                *, checkable: bool = False) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        return action

    def _add_to_window(self) -> None:
        window = self.window
        edit = window.edit_menu
        first = edit.actions()[0] if edit.actions() else None
        edit.insertActions(first, [self.undo_action, self.redo_action])  # type: ignore[arg-type]
        edit.insertSeparator(first)  # type: ignore[arg-type]
        edit.addSeparator()
        edit.addAction(self.tag_action)
        edit.addAction(self.tag_copies_action)

        file_menu = window.file_menu
        # (before Export figures…: the exports together, Export annotations… first)
        before = window.export_figures_action
        for action in (self.open_action, self.import_action, self.save_action,
                       self.save_as_action, self.export_action):
            file_menu.insertAction(before, action)
        file_menu.insertSeparator(window.quit_action)

        view = window.view_menu
        view.addSeparator()
        view.addAction(self.dock_action)
        view.addAction(self.claims_action)

        toolbar = window.add_tool_bar("Annotate", "annotateToolbar")
        toolbar.addAction(self.tag_action)
        toolbar.addAction(self.tag_copies_action)
        toolbar.addAction(self.claims_action)
        self.toolbar = toolbar

    def _add_to_panes(self) -> None:
        for pane in self.window.text_panes():
            for action in (self.tag_action, self.tag_copies_action):
                if action not in pane.context_menu_actions:
                    pane.context_menu_actions.append(action)

    def _update_enabled(self, *_args: object) -> None:
        self.tag_copies_action.setEnabled(self.window.workspace.selected is not None)
