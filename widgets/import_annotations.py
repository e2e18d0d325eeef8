"""File › Import annotations…: merge another tool's annotation file into the window's annotations.

The work is Qt-free (`viewer.annotations.importing.plan_import`: anchor, merge by `id`, the
summary); this module asks for the file, applies the result as one undo step (claim groups and
new annotations added, newer versions replacing older ones) and shows the summary: how many
were imported, new, updated, anchored and orphaned, with the orphans' reasons. Opening a file
that is not Parallax's own (File › Open annotations…) imports it too, so that file is never
overwritten by the autosave.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from viewer.annotations.importing import ImportResult, plan_import
from viewer.annotations.model import AnnotationSet, ClaimGroup
from viewer.annotations.store import AnnotationFileError, load_collection
from viewer.annotations.w3c import ParsedCollection
from viewer.wording import count_of
from widgets.annotation_commands import AddAnnotations, UpdateAnnotation

if TYPE_CHECKING:
    from widgets.annotation_controller import AnnotationController

IMPORT_FILE_FILTER = ("Web Annotation or Hypothesis JSON (*.jsonld *.json);;All files (*)")

ShowSummary = Callable[[QWidget, Sequence[str]], None]


def show_summary(parent: QWidget, lines: Sequence[str]) -> None:
    """The import summary in a message box that does not block (plain text only)."""
    box = QMessageBox(QMessageBox.Icon.Information, "Annotations imported", lines[0],
                      QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if len(lines) > 1:
        box.setInformativeText("\n".join(line.strip() for line in lines[1:]))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


class AddClaimGroups(QUndoCommand):
    def __init__(self, annotation_set: AnnotationSet, groups: Sequence[ClaimGroup]) -> None:
        super().__init__("Add claim groups")
        self.annotation_set = annotation_set
        self.groups = tuple(g for g in groups if g.name not in annotation_set.claim_names)

    def redo(self) -> None:
        for group in self.groups:
            self.annotation_set.add_claim(group)

    def undo(self) -> None:
        for group in reversed(self.groups):
            self.annotation_set.remove_claim(group.name)


def choose_and_import(controller: AnnotationController) -> None:
    folder = controller.document.path.parent if controller.document.path else Path.home()
    path, _ = QFileDialog.getOpenFileName(controller.window, "Import annotations", str(folder),
                                          IMPORT_FILE_FILTER)
    if path:
        import_file(controller, Path(path))


def import_file(controller: AnnotationController, path: Path,
                parsed: ParsedCollection | None = None, *, show: ShowSummary = show_summary
                ) -> ImportResult | None:
    """Import `path` (already parsed, or read now) into the controller's annotations."""
    if parsed is None:
        try:
            parsed = load_collection(path)
        except AnnotationFileError as error:
            controller.window.statusBar().showMessage(str(error), 8000)
            show(controller.window, [f"Nothing imported: {error}"])
            return None
    annotations = controller.annotations
    result = plan_import(annotations.annotations, annotations.claims, parsed,
                         controller.workspace.corpus.articles, file_name=path.name)
    apply_import(controller.undo_stack, annotations, result)
    lines = result.summary_lines()
    controller.window.statusBar().showMessage(lines[0], 8000)
    show(controller.window, lines)
    return result


def apply_import(undo_stack: QUndoStack, annotations: AnnotationSet, result: ImportResult
                 ) -> None:
    """Apply `result` to `annotations` as one undo step on `undo_stack`."""
    if not (result.added or result.updated or result.new_claims):
        return
    changed = len(result.added) + len(result.updated)
    undo_stack.beginMacro(f"Import {count_of(changed, 'annotation')}")
    if result.new_claims:
        undo_stack.push(AddClaimGroups(annotations, result.new_claims))
    if result.added:
        undo_stack.push(AddAnnotations(annotations, result.added, "Import annotations"))
    for old, new in result.updated:
        undo_stack.push(UpdateAnnotation(annotations, old, new, "Import annotations"))
    undo_stack.endMacro()


def import_if_foreign(controller: AnnotationController, path: Path) -> bool:
    """For File › Open annotations…: a file Parallax did not write is imported (and left as it
    is) instead of becoming the window's annotation file; True if it was."""
    try:
        parsed = load_collection(path)
    except AnnotationFileError:
        return False  # opening reports it
    if parsed.native:
        return False
    import_file(controller, path, parsed)
    return True
