"""`AlignmentRequest`: everything an alignment result depends on, as one frozen value.

Two equal requests give equal results whichever backend runs them; a backend that can only serve
some requests (the head start aligned one corpus with the default settings) compares requests.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from viewer.corpus import Article
from viewer.limits import DEFAULT_PANES
from viewer.passages import EngineSettings


@dataclass(frozen=True)
class AlignmentRequest:
    """The texts to align, how, for which view, and the corpus generation they belong to."""

    generation: int
    """The workspace generation the articles were taken from: a result for an older generation
    is stale and dropped (git-cola's token pattern)."""
    articles: tuple[Article, ...]
    """The texts themselves (not their paths): offsets index exactly these strings."""
    settings: EngineSettings = field(default_factory=EngineSettings)
    pane_limit: int = DEFAULT_PANES
    """How many panes the default view may show (the window's width decides); the backends
    choose the panes with the result, off the GUI thread."""

    @property
    def total_chars(self) -> int:
        return sum(len(article.text) for article in self.articles)
