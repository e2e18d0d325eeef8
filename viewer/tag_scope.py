"""What one Tag claim or Tag every copy will make, as the tag dialog says it before the user
confirms: how many annotations, in how many articles. No Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from viewer.wording import count_of


@dataclass(frozen=True)
class TagScope:
    annotations: int = 1
    articles: int = 1

    @classmethod
    def of(cls, article_ids: Sequence[str]) -> TagScope:
        """The scope of one annotation per id in `article_ids` (an article may repeat)."""
        return cls(len(article_ids), len(set(article_ids)))

    def line(self) -> str:
        """The sentence the dialog shows ("" for one annotation: the quote says it all)."""
        if self.annotations == 1:
            return ""
        where = "in 1 article" if self.articles == 1 else f"in {self.articles} articles"
        return (f"OK adds {count_of(self.annotations, 'annotation')}, one on each copy, "
                f"{where} (one step to undo).")
