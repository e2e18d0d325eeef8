"""Whether articles were read from the files a window was opened on (the samples), so an
unsaved project does not count them as work to lose. Light on purpose: the window asks this
while it starts, before the projects code is imported. No Qt."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viewer.corpus import Article


def read_from(articles: Iterable[Article], roots: Sequence[Path]) -> bool:
    """Is every one of `articles` read from one of the files or folders `roots` (none: False)?"""
    if not roots:
        return False
    folders = [os.path.abspath(root) for root in roots]
    for article in articles:
        if article.path is None:
            return False
        path = os.path.abspath(article.path)
        if not any(path == root or path.startswith(root.rstrip(os.sep) + os.sep)
                   for root in folders):
            return False
    return True
