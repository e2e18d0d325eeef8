"""Pasted articles kept beside a folder's annotation file: `PastedKeeping`, owned by the
window's annotation GUI as `gui.pasted`.

A folder window keeps each text pasted into it as a file beside the folder's annotation file
(`viewer.annotations.pasted`), so that the annotations made on it are not orphaned at the next
start; removing the article sets its text aside, so it stops opening with the folder. A project
keeps pasted texts itself, and a window keeping its annotations in memory keeps none.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from viewer.corpus import Article
    from viewer.session import Session
    from widgets.annotation_controller import AnnotationController
    from widgets.window_frame import WindowFrame

SET_ASIDE_MESSAGE_MS = 10000
"""Long enough to read which file could not be set aside and why."""


class AnnotationGui(Protocol):
    """What this module uses of `widgets.annotation_gui.AnnotationGui` (which owns it: a
    Protocol, so the two modules import each other in one direction only)."""

    window: WindowFrame

    @property
    def controller(self) -> AnnotationController | None: ...
    def annotation_file(self) -> Path | None: ...


class PastedKeeping(QObject):
    """The pasted articles a folder window keeps beside its annotation file."""

    keeping = Signal()
    """A pasted text is about to be kept or set aside beside the annotation file: the GUI's
    `writing`, before which a copy to a new set of folders waiting is tried again, so it goes
    to the new set's, not the earlier set's (`widgets.opened_set_follower`)."""

    def __init__(self, gui: AnnotationGui) -> None:
        super().__init__(gui.window)
        self._gui = gui
        self._kept: dict[str, Path] = {}
        """Article id -> its kept pasted text, so removing the article sets the text aside."""

    def keep_from(self, session: Session) -> None:
        """Keep the texts pasted into `session` from now on, and set aside those removed (a
        folder window: a project keeps them itself, so it never calls this)."""
        session.keep_pasted = self._keep
        session.articles_added.connect(self._note_kept)
        session.article_removed.connect(self._set_aside)

    def stored_paths(self) -> list[Path]:
        """The pasted articles kept for this corpus, to open with it at start-up."""
        file = self._gui.annotation_file()
        if file is None:
            return []
        from viewer.annotations.pasted import stored_pasted_paths

        return stored_pasted_paths(file)

    def folder(self) -> Path | None:
        """Where this corpus's pasted articles are kept (None: in memory only)."""
        from viewer.annotations.location import pasted_folder

        file = self._gui.annotation_file()
        return pasted_folder(file) if file is not None else None

    def refused_links(self) -> list[str]:
        """One line for each link among the kept pasted articles leading out of their folder,
        which is not opened."""
        file = self._gui.annotation_file()
        if file is None:
            return []
        from viewer.annotations.pasted import links_out_of_pasted

        return links_out_of_pasted(file)

    def keeps(self, article_id: str) -> bool:
        """`article_id` is a pasted text kept beside this folder's annotation file."""
        return article_id in self._kept

    def keeps_any(self) -> bool:
        """Some pasted article is kept: work the user would lose."""
        return bool(self._kept)

    def follow_moves(self, moved: dict[Path, Path]) -> None:
        """The kept texts in `moved` were copied to a new place (the set of folders open
        changed): removing their articles sets aside the new copies."""
        self._kept = {article_id: moved.get(path, path) for article_id, path in self._kept.items()}

    def _keep(self, article: Article) -> Article:
        from viewer.annotations.pasted import keep_pasted

        self.keeping.emit()
        file = self._gui.annotation_file()
        assert file is not None
        return keep_pasted(article, file)

    def _note_kept(self, articles: Sequence[Article], _origin: object, _pages: object) -> None:
        from viewer.annotations.pasted import is_kept_pasted

        file = self._gui.annotation_file()
        for article in articles:
            if file is not None and article.path is not None \
                    and is_kept_pasted(article.path, file):
                self._kept[article.id] = Path(article.path)

    def _set_aside(self, article_id: str) -> None:
        """A removed pasted article stops opening with the corpus (its text is set aside)."""
        if article_id in self._kept:
            self.keeping.emit()
        path = self._kept.pop(article_id, None)
        controller = self._gui.controller
        from viewer.annotations.document import AnnotationDocument

        if path is None or (controller is not None
                            and not isinstance(controller.document, AnnotationDocument)):
            return  # the window moved on to a project: the folder's kept texts stay as they are
        from viewer.annotations.pasted import set_aside_pasted

        try:
            set_aside_pasted(path)
        except OSError as error:
            self._gui.window.statusBar().showMessage(
                f"{path}: could not be set aside ({error.strerror or error}); the pasted "
                "article will open again with these articles", SET_ASIDE_MESSAGE_MS)
