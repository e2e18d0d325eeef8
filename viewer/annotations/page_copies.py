"""Which articles are copies of one page, so that an annotation fitting them all equally is
placed rather than orphaned: the same words (one text), or a page and its copy kept by an
archive or served by an AMP cache (`viewer.page_addresses.original_address` unwraps the copy's
address to the page's). Of such copies the live page is the annotation's home, else the first.
No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence

from viewer.corpus import Article

from .article_index import ArticleIndex


def pages(articles: Sequence[Article], index: ArticleIndex) -> list[list[Article]]:
    """`articles` grouped into the pages they are copies of, each group in their order, the
    groups in the order of their first article. Articles are one page when they have one text,
    or when one's address is an archive's or AMP cache's copy of the page the other's names
    (the live rnf.de article and its Wayback copy: `index.page_of`, `index.kept_copies`), so
    long as that page has one live text among all the index's articles. Not two articles
    given one address with different words: a syndicated copy naming the original as its page
    is another outlet's text, and a note on one is no note on the other (a reviewer's report
    on notes moved to the first such article) -- nor, through an archived copy of the page,
    joined to it (a note was moved into the syndicated copy, because the Wayback copy joined
    every article of the address)."""
    first_of = list(range(len(articles)))  # (union-find: each article's group, by its first)

    def first(at: int) -> int:
        while first_of[at] != at:
            first_of[at] = first_of[first_of[at]]
            at = first_of[at]
        return at

    def join(one: int, other: int) -> None:
        low, high = sorted((first(one), first(other)))
        first_of[high] = low

    by_text: dict[str, int] = {}
    by_page: dict[str, list[int]] = {}
    copied: set[str] = set()
    for at, article in enumerate(articles):
        join(at, by_text.setdefault(article.text, at))
        page = index.page_of.get(article.id)
        if page is not None:
            by_page.setdefault(page, []).append(at)
            if article.id in index.kept_copies:
                copied.add(page)
    for page in copied:
        members = by_page[page]
        # (counted over every article of the page, not only those in `articles`: where the
        # live page was edited after archiving, the quote ties only the syndicated copy and
        # the archived one, and counting those alone joined the archive to the syndicated
        # copy, which `home_of` then called the live page)
        live_texts = {article.text for article in index.by_page.get(page, ())
                      if article.id not in index.kept_copies}
        # (one address given to two live texts -- an outlet's page and a syndicated copy
        # naming it -- leaves no telling which of them the archive kept: its copy joins the
        # one whose words it has, by text above, and the two live pages stay two)
        if len(live_texts) <= 1:
            for at in members:
                join(members[0], at)
    groups: dict[int, list[Article]] = {}
    for at, article in enumerate(articles):
        groups.setdefault(first(at), []).append(article)
    return list(groups.values())


def addresses(articles: Sequence[Article], index: ArticleIndex) -> list[list[Article]]:
    """`articles` grouped by the page their address names, a live page with its archived or
    AMP copies, each group in their order, the groups in the order of their first article.
    Unlike `pages`, one text is no reason to join: this is the grouping a page title is asked
    between (`evidence_article._chosen`), where a page renamed since it was archived is
    still one page, and the same wire text at two outlets is two. A page that two live
    articles of the index have (a syndicated copy given the original's address) is no one
    page: each of its articles, archived copies too, stands alone; so does each article
    without an address."""
    groups: dict[tuple[str, str], list[Article]] = {}
    for article in articles:
        page = index.page_of.get(article.id)
        live = [other for other in index.by_page.get(page, ())
                if other.id not in index.kept_copies] if page is not None else []
        key = ("page", page) if page is not None and len(live) <= 1 else ("article", article.id)
        groups.setdefault(key, []).append(article)
    return list(groups.values())


def home_of(copies: Sequence[Article], index: ArticleIndex) -> Article:
    """Of copies of one page, the one an annotation on them is placed in: the live page (an
    address that is no archive's or AMP cache's copy), else the first."""
    return next((article for article in copies if article.id in index.page_of
                 and article.id not in index.kept_copies), copies[0])
