"""The annotation GUI's actions: its menu entries, the Annotate toolbar, the panes' context menus.

They are made with the window, so menus, toolbar and shortcuts are complete from the first paint.
The annotation GUI behind them (`widgets.annotation_controller`: the annotation set and its file,
the dock, undo) is installed by `ensure_controller`: at start-up when the corpus already has an
annotation file, otherwise the first time one of these actions is used. A window with nothing
annotated yet starts without importing or building it, and without an empty dock beside the
panes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from widgets.annotation_controller import AnnotationController
    from widgets.main_window import MainWindow

Installer = Callable[["AnnotationActions"], "AnnotationController"]
"""Installs the annotation GUI behind these actions and returns its controller."""


class AnnotationActions(QObject):
    def __init__(self, window: MainWindow, install: Installer) -> None:
        super().__init__(window)
        self.window = window
        self._install = install
        self.controller: AnnotationController | None = None

        self.tag_action = self._action("&Tag claim…", "tag_selection", "Ctrl+T")
        self.tag_action.setToolTip("Tag the selected text as a claim (tags, note, claim group)")
        self.tag_copies_action = self._action("Tag &every copy of the passage…",
                                              "tag_every_copy", "Ctrl+Shift+T")
        self.tag_copies_action.setIconText("Tag every copy")
        self.tag_copies_action.setToolTip("Annotate each occurrence of the selected shared "
                                          "passage at once")
        self.open_action = self._action("Open &annotations…", "choose_open")
        self.save_action = self._action("&Save annotations now", "save_now",
                                        QKeySequence(QKeySequence.StandardKey.Save))
        self.save_as_action = self._action("Save annotations &as…", "choose_save_as")
        self.export_action = self._action("&Export annotations…", "choose_export")
        self.import_action = QAction("&Import annotations…", window)
        self.import_action.setToolTip("Merge annotations another tool wrote (W3C Web "
                                      "Annotation, Hypothesis) into these")
        self.import_action.triggered.connect(self._choose_import)
        self.dock_action = self._action("&Annotations", "show_dock", checkable=True)
        self.dock_action.setToolTip("Show or hide the list of annotations")
        self.claims_action = self._action("&Claim comparison", "show_claims",
                                          QKeySequence("Ctrl+Shift+C"), checkable=True)
        self._add_to_window()

        window.workspace.shown_changed.connect(self._add_to_panes)
        window.workspace.selection_changed.connect(self._update_enabled)
        self._add_to_panes()
        self._update_enabled()

    @property
    def installed(self) -> bool:
        return self.controller is not None

    def ensure_controller(self) -> AnnotationController:
        """The annotation GUI's controller, installed now if it was not yet."""
        if self.controller is None:
            self.controller = self._install(self)
        return self.controller

    def _action(self, text: str, method: str, shortcut: QKeySequence | str | None = None,
                *, checkable: bool = False) -> QAction:
        """An action calling the controller's `method` (with the new state, if `checkable`)."""
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if checkable:
            action.setCheckable(True)
            action.toggled.connect(lambda shown: getattr(self.ensure_controller(), method)(shown))
        else:
            action.triggered.connect(
                lambda _checked=False: getattr(self.ensure_controller(), method)())
        return action

    def _choose_import(self, _checked: bool = False) -> None:
        from widgets.import_annotations import choose_and_import

        choose_and_import(self.ensure_controller())

    def _add_to_window(self) -> None:
        window = self.window
        edit = window.edit_menu
        edit.addSeparator()
        edit.addAction(self.tag_action)
        edit.addAction(self.tag_copies_action)

        file_menu = window.file_menu
        quit_action = getattr(window, "quit_action", None)
        before = quit_action if quit_action in file_menu.actions() else None
        for action in (self.open_action, self.import_action, self.save_action,
                       self.save_as_action, self.export_action):
            file_menu.insertAction(before, action)  # type: ignore[arg-type]
        file_menu.insertSeparator(before)  # type: ignore[arg-type]

        view = window.view_menu
        view.addSeparator()
        view.addAction(self.dock_action)
        view.addAction(self.claims_action)

        toolbar = window.addToolBar("Annotate")
        toolbar.setObjectName("annotateToolbar")
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
