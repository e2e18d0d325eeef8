"""Look-up tables over a corpus (by id, source, file name), built once to resolve many annotations.

No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from viewer.corpus import Article
from viewer.page_addresses import original_address, page_key, site_key, url_key

from .evidence import Utf16Maps
from .model import article_source
from .quote_holders import JOINED_FROM, QuoteHolders


class ArticleIndex:
    """Look-up tables over a corpus, built once for resolving many annotations."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self.articles: tuple[Article, ...] = tuple(articles)
        self.by_id: dict[str, Article] = {a.id: a for a in self.articles}
        self.by_source: dict[str, list[Article]] = {}
        """Every article a source names (its URL, its file's URI, `article_source`), in corpus
        order. A list, not the first: two articles may have one URL (a syndicated copy whose
        page names the original as canonical, a URL pasted twice in Article details), and an
        annotation naming it was silently given to the first (a reviewer's report); the
        caller tells them apart (`named_articles.told_apart`) or leaves it orphaned."""
        self.by_file_name: dict[str, list[Article]] = {}
        self.by_folder_and_name: dict[tuple[str, str], list[Article]] = {}
        """By the name of the folder its file lies in and the file's name (outlet_b,
        story.txt): which of the files of one name in several folders a source names
        (`named_articles.told_apart`). Read once here: reading every candidate's path for every
        annotation took 6 s for 10,000 notes on 200 story.txt files in 200 folders."""
        self.by_page: dict[str, list[Article]] = {}
        """By the page its URL names (`page_key`): the same page at another spelling of its
        address (http or https, a tracking parameter, a fragment, a trailing slash)."""
        self.by_url_key: dict[str, list[Article]] = {}
        """By its URL compared loosely (`url_key`), every article of that key."""
        self.site_of: dict[str, str] = {}
        """The site (`site_key`) of each article with an address, by id: its address is read
        once here, not once for every annotation imported (an import of many notes into a
        corpus of web articles took 2.5 times as long when it was read per annotation)."""
        self.page_of: dict[str, str] = {}
        """The page (`page_key`) of each article with an address, by id."""
        self.kept_copies: set[str] = set()
        """The ids of articles whose address is an archive's or AMP cache's copy of a page (a
        Wayback Machine address), not the live page (`page_copies`)."""
        for article in self.articles:
            if article.url:
                page = self.page_of[article.id] = page_key(article.url)
                _listed(self.by_source, article.url, article)
                _listed(self.by_page, page, article)
                self.by_url_key.setdefault(url_key(article.url), []).append(article)
                self.site_of[article.id] = site_key(article.url)
                if original_address(article.url) != article.url:
                    self.kept_copies.add(article.id)
            if article.path is not None:
                path = Path(article.path)
                _listed(self.by_source, path.resolve().as_uri(), article)
                self.by_file_name.setdefault(path.name, []).append(article)
                self.by_folder_and_name.setdefault((path.parent.name, path.name),
                                                   []).append(article)
            _listed(self.by_source, article_source(article), article)
        self.shared_spans: dict[tuple[str, int, int], str] = {}
        """The words of long placed spans (a whole article's body), by (article id, start, end):
        one string for all the annotations on one span, kept as long as this index (one
        anchoring pass, `evidence_article`)."""
        self.utf16_maps: Utf16Maps = {}
        """The articles' UTF-16 maps (`evidence.place`), built as needed for this pass."""
        self._quote_holders: dict[tuple[str, ...], QuoteHolders] = {}
        # Resolving a path touches the file system: do it once per article, not per annotation.
        self.source_of: dict[str, str] = {a.id: article_source(a) for a in self.articles}

    def holding(self, articles: Sequence[Article], quote: str) -> list[Article]:
        """Of `articles`, those whose text holds `quote`. Many articles (one address given
        to a folder's every article) are searched at once, their texts joined once for this
        pass (`quote_holders`)."""
        if len(articles) < JOINED_FROM:
            return [article for article in articles if quote in article.text]
        key = tuple(article.id for article in articles)
        holders = self._quote_holders.get(key)
        if holders is None:
            holders = self._quote_holders[key] = QuoteHolders(articles)
        return holders.holding(quote)


def _listed(table: dict[str, list[Article]], key: str, article: Article) -> None:
    """`article` added to `table[key]`, once (its URL is also its `article_source`)."""
    listed = table.setdefault(key, [])
    if not listed or listed[-1] is not article:
        listed.append(article)
