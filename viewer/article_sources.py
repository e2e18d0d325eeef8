"""Which articles are one source's text: read from one file (its text changed on disk and added
again beside the first), or, without a file, one page (saved twice, its address written two ways).
The engine aligns one source's copies once (`viewer.engine.identical_texts`), and the figures count
one source once, by its latest version (`viewer.figures.versions`). No Qt, nothing heavy: the
figures ask it without loading the engine."""

from __future__ import annotations

from viewer.corpus import Article
from viewer.page_addresses import page_key


def source_key(article: Article) -> str | None:
    """What says two articles are one source's text: the file they were read from (a
    project keeps an article's earlier text beside the corrected one, both of its file), else
    the page its address names (`viewer.page_addresses.page_key`: scheme, "www.", tracking
    parameters, an archive's copy aside) with the outlet it names: a syndicated reprint gives
    the wire's page as its canonical address, which an imported page's metadata makes its
    address, so two outlets' reprints share it and are two sources (a review). None where
    neither is known."""
    if article.path is not None:
        return str(article.path)
    if not article.url:
        return None
    return f"{page_key(article.url)}\n{article.source or ''}"

