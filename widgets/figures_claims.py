"""Make claim group (the Figures dock's button): every figure of one quantity annotated as one
claim group across the articles, tag `figures`, in one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viewer.figures.grouping import Quantity
    from widgets.window_frame import WindowFrame


def make_claim_group(window: WindowFrame, quantity: Quantity) -> int:
    """Annotate every figure of `quantity` as one claim group (one undoable step); returns how
    many annotations were made."""
    from viewer.annotations.claims import claim_holding
    from viewer.figures.table import claim_group_annotations, claim_name
    from widgets.annotation_commands import AddAnnotations
    from widgets.annotation_gui import add_annotation_gui

    # The window's annotation GUI (the app's, with its file) or, without one, an in-memory one.
    controller = add_annotation_gui(window).ensure_controller()
    annotations = controller.annotations
    name = claim_name(quantity, annotations.claim_names)
    made = claim_group_annotations(quantity, window.workspace.corpus.articles, name)
    # (a second click made the same group again, "Figure: passengers (2)": a tester's report)
    existing = claim_holding(annotations, made)
    if existing is not None:
        window.statusBar().showMessage(
            f"These figures are already the claim group “{existing}”", 8000)
        return 0
    if made:
        controller.undo_stack.push(AddAnnotations(annotations, made,
                                                  f"Make claim group of {len(made)} figures"))
        window.statusBar().showMessage(
            f"Made the claim group “{name}” of {len(made)} figures (Edit › Undo takes it back)",
            8000)
    return len(made)
