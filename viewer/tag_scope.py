"""What one Tag claim or Tag every copy will make, as the tag dialog says it before the user
confirms: how many annotations, in how many articles, or which article one goes on. No Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.bidi_text import embedded
from viewer.corpus import Article
from viewer.rows import article_origin, display_title
from viewer.wording import count_of, quoted

TITLE_CHARS = 80
"""How much of the article's title the dialog names it by (its origin follows)."""
QUOTE_CHARS = 300
"""How much of the words tagged the dialog's header shows."""


@dataclass(frozen=True)
class TagScope:
    annotations: int = 1
    articles: int = 1
    article: str = ""
    """The article one annotation goes on, as its pane's header names it ("“Title” ·
    outlet"); "" when not said. A tester's Ctrl+T quoted words without saying whose, and
    tagged another article than the one they had searched."""
    title: str = ""
    """The article's title as `article` quotes it, for a line of its own ..."""
    origin: str = ""
    """... and its outlet or file name, for the line above it (`article_lines`)."""

    @classmethod
    def on(cls, article: Article) -> TagScope:
        """The scope of one annotation on `article`."""
        origin = embedded(article_origin(article))  # (a file name may be Arabic too)
        title = quoted(display_title(article), TITLE_CHARS)
        return cls(article=f"{title} \u00b7 {origin}" if origin else title, title=title,
                   origin=origin)

    def article_lines(self) -> tuple[str, str]:
        """The dialog's two lines naming the article: "in" and its outlet or file name, then its
        title on a line of its own. On one line, a right-to-left title that wrapped split it:
        "in" ended its first line after the title and the file name began the next (tester 60b
        #9); a line of its own wraps as a paragraph of its direction."""
        if not self.title:
            return (f"in {self.article}" if self.article else "", "")
        return (f"in {self.origin}:" if self.origin else "in", self.title)

    @classmethod
    def of(cls, article_ids: Sequence[str]) -> TagScope:
        """The scope of one annotation per id in `article_ids` (an article may repeat)."""
        return cls(len(article_ids), len(set(article_ids)))

    @staticmethod
    def quote_line(quote: str) -> str:
        """The dialog's header: the words tagged, quoted (`wording.quoted`: cut at a word,
        isolated where written right to left -- its marks were drawn reversed, tester60 #9)."""
        return quoted(quote, QUOTE_CHARS)

    def line(self) -> str:
        """The sentence the dialog shows ("" for one annotation: the quote says it all)."""
        if self.annotations == 1:
            return ""
        where = "in 1 article" if self.articles == 1 else f"in {self.articles} articles"
        return (f"OK adds {count_of(self.annotations, 'annotation')}, one on each copy, "
                f"{where} (one step to undo).")
