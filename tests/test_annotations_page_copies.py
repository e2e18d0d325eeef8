"""Which articles are copies of one page (`viewer.annotations.page_copies`): one text, or a
page and its archived or AMP copy; never two articles given one address with different
words. No Qt."""

from __future__ import annotations

from viewer.annotations.article_index import ArticleIndex
from viewer.annotations.page_copies import addresses, home_of, pages
from viewer.corpus import Article

PAGE = "https://www.rnf.de/mannheim-amokfahrt"


def article(article_id: str, text: str, url: str | None) -> Article:
    return Article(id=article_id, text=text, title="Amokfahrt in Mannheim", url=url)


def grouped(articles: list[Article]) -> list[list[str]]:
    return [[a.id for a in group] for group in pages(articles, ArticleIndex(articles))]


def test_a_page_and_its_archived_or_amp_copy_are_one_page_whatever_their_words():
    """(the archive kept an earlier version: its words differ a little)"""
    articles = [article("wayback", "earlier words", f"https://web.archive.org/web/2024/{PAGE}"),
                article("live", "later words", PAGE),
                article("amp", "amp words",
                        "https://www-rnf-de.cdn.ampproject.org/c/s/www.rnf.de/mannheim-amokfahrt")]
    assert grouped(articles) == [["wayback", "live", "amp"]]
    assert home_of(articles, ArticleIndex(articles)).id == "live"


def test_one_address_given_to_two_texts_is_two_pages():
    """A syndicated copy naming the original as its page is another outlet's text."""
    articles = [article("original", "the original's words", PAGE),
                article("syndicated", "the syndicated copy's words", PAGE)]
    assert grouped(articles) == [["original"], ["syndicated"]]


def test_one_text_is_one_page_whatever_its_address():
    articles = [article("a", "same words", None), article("b", "other words", None),
                article("c", "same words", "https://elsewhere.example/x")]
    assert grouped(articles) == [["a", "c"], ["b"]]
    # (the one with a live web address is where the note is read)
    assert home_of([articles[0], articles[2]], ArticleIndex(articles)).id == "c"


def test_an_archived_copy_joins_no_two_live_texts_of_its_address():
    """A syndicated copy and the live page given one address, and the page's Wayback copy:
    the copy joined all three, so a note on the live page went to the syndicated copy."""
    body = "the live page's words"
    articles = [article("syndicated", f"Von dpa.\n\n{body}Weitere Meldungen", PAGE),
                article("live", body, PAGE),
                article("wayback", body, f"https://web.archive.org/web/20240304000000/{PAGE}")]
    assert grouped(articles) == [["syndicated"], ["live", "wayback"]]


def test_live_texts_of_a_page_are_counted_over_the_whole_corpus():
    """The live page edited after archiving: the quote ties only the syndicated copy and the
    Wayback copy, and the archive joined the syndicated one (then called the live page)
    because the live page was not among the tied articles."""
    old = "the words as archived"
    live = article("live", "the words as edited", PAGE)
    syndicated = article("syndicated", f"Von dpa.\n\n{old}Weitere Meldungen", PAGE)
    wayback = article("wayback", old, f"https://web.archive.org/web/20240304000000/{PAGE}")
    index = ArticleIndex([live, syndicated, wayback])
    assert [[a.id for a in group] for group in pages([syndicated, wayback], index)] \
        == [["syndicated"], ["wayback"]]


def test_addresses_join_a_page_and_its_copies_not_one_text_at_two_addresses():
    """The grouping a page title is asked between: a page renamed since its Wayback copy was
    kept is one page; the same words at another address are another page."""
    live = article("live", "same words", PAGE)
    wayback = article("wayback", "same words", f"https://web.archive.org/web/2024/{PAGE}")
    other = article("other", "same words", "https://www.wnoz.de/auto-rast")
    file = article("file", "same words", None)
    index = ArticleIndex([live, wayback, other, file])
    assert [[a.id for a in group] for group in addresses([wayback, other, live, file], index)] \
        == [["wayback", "live"], ["other"], ["file"]]


def test_addresses_keep_apart_the_articles_of_a_page_two_live_articles_have():
    syndicated = article("syndicated", "Von dpa. same words", PAGE)
    live = article("live", "same words", PAGE)
    wayback = article("wayback", "same words", f"https://web.archive.org/web/2024/{PAGE}")
    index = ArticleIndex([syndicated, live, wayback])
    assert [[a.id for a in group] for group in addresses([syndicated, live, wayback], index)] \
        == [["syndicated"], ["live"], ["wayback"]]
