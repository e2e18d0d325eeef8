"""A text pane's header: the article's title in bold over the line naming its origin, date and
length (`viewer.rows.pane_meta_line`), each cut with "..." to the pane's width."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QVBoxLayout

from viewer.corpus import Article
from viewer.rows import display_title, pane_meta_line
from widgets.article_text_view import ElidedLabel


class PaneHeader(QVBoxLayout):
    """The two lines heading a pane, shown again when the article's details are edited or a
    version of its file is added beside it."""

    def __init__(self, article: Article, version: tuple[int, int] | None) -> None:
        super().__init__()
        self.setContentsMargins(6, 4, 6, 2)
        self.setSpacing(0)
        self.title_label = ElidedLabel(display_title(article))
        bold = QFont(self.title_label.font())
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.meta_label = ElidedLabel(pane_meta_line(article, version))
        self.addWidget(self.title_label)
        self.addWidget(self.meta_label)

    def show_article(self, article: Article, version: tuple[int, int] | None) -> None:
        self.title_label.set_full_text(display_title(article))
        self.meta_label.set_full_text(pane_meta_line(article, version))
