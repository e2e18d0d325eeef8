"""An annotation another tool made on a web page that no open article has the address of is
never placed in an article with an address of its own (another page), and in one without only
where its quote stands in the context it was given; the summary says how many were left
unplaced and why (tester56 #2: a note on unknown.example.com went to Republic World, and
81,391 notes on one site all went to a one-article folder). No Qt."""

from __future__ import annotations

import pytest

from viewer.annotations.importing import plan_import
from viewer.annotations.model import AnchorStatus
from viewer.annotations.w3c import collection_from_json
from viewer.corpus import Article

TEXT = "Iraq's military said that a total of 22 missiles struck two bases housing US troops."
AT = TEXT.index("22 missiles")
PREFIX, SUFFIX = TEXT[AT - 20:AT], TEXT[AT + 11:AT + 31]


def _item(number: int, source: str, prefix: str = PREFIX, suffix: str = SUFFIX) -> dict:
    return {"type": "Annotation", "id": f"urn:x:{number}", "target": {
        "source": source, "selector": [
            {"type": "TextQuoteSelector", "exact": "22 missiles", "prefix": prefix,
             "suffix": suffix},
            {"type": "TextPositionSelector", "start": AT, "end": AT + 11}]}}


def test_an_article_with_its_own_address_never_takes_another_page_s_note() -> None:
    outlet = Article("rw", TEXT, "Republic World",
                     url="https://www.republicworld.com/world-news/iraq-22-missiles.html")
    result = plan_import([], [], collection_from_json(
        [_item(n, "https://unknown.example.com/story") for n in range(3)]), [outlet],
        file_name="w3c.json")
    assert [a.status for a in result.read] == [AnchorStatus.ORPHANED] * 3
    lines = result.summary_lines()
    assert "0 anchored, 3 orphaned" in lines[0]
    assert lines[1] == ("  orphaned (3): no article here is https://unknown.example.com/story; "
                        "its quote is in 1 article of another site, not placed there, to keep it "
                        "off another outlet")


def test_an_article_without_an_address_takes_it_only_with_its_context() -> None:
    """A file with no address may be the page saved: the quote in the context the tool
    recorded says so; the same words in other surroundings do not."""
    saved = Article("saved", TEXT, "Saved page")
    elsewhere = Article("wire", "Wire: 22 missiles, said the army. More on 22 missiles soon.",
                        "Emoji wire")
    page = "https://www.republicworld.com/world-news/iraq-22-missiles-2.html"
    (fits,) = plan_import([], [], collection_from_json(_item(1, page)), [elsewhere, saved],
                          file_name="h.json").read
    assert (fits.status, fits.article_id, fits.start) == (AnchorStatus.ANCHORED, "saved", AT)
    result = plan_import([], [], collection_from_json(_item(2, page)), [elsewhere],
                         file_name="h.json")
    (other,) = result.read
    assert other.status is AnchorStatus.ORPHANED
    assert other.anchor_note == (
        f"no article here is {page}, and its quote is in 1 article with no address or one on "
        "republicworld.com but not in the context it was given")


def test_the_reason_names_both_another_site_s_article_and_one_out_of_context() -> None:
    """Review of b98dd01 A11: "none of the articles without an address on another site" read
    badly, and the article holding the quote out of its context went unsaid beside another
    site's."""
    outlet = Article("rw", TEXT, "Republic World", url="https://www.republicworld.com/x.html")
    wire = Article("wire", "Wire: 22 missiles, said the army.", "Wire")
    page = "https://www.example.com/news/strike"
    (both,) = plan_import([], [], collection_from_json(_item(1, page)), [outlet, wire],
                          file_name="h.json").read
    assert both.anchor_note == (
        f"no article here is {page}; its quote is in 1 article of another site, not placed "
        "there, to keep it off another outlet, and in 1 article with no address or one on "
        "example.com but not in the context it was given")
    (neither,) = plan_import([], [], collection_from_json(_item(2, page)), [Article(
        "other", "Nothing of the kind.", "Other")], file_name="h.json").read
    assert neither.anchor_note == (f"no article here is {page}, and its quote is in none of "
                                   "the articles with no address or one on example.com")



PARAGRAPHS = ("Iraq's military said that a total of 22 missiles struck two bases.\n\n"
              "The US said no one was hurt.")


@pytest.mark.parametrize(("exact", "prefix", "suffix"), [
    ("22 missiles", "said that a\u00a0total of ", " struck two"),  # (a no-break space)
    ("22 missiles", "a total of ", " struck two bases.The US"),  # (paragraphs run together)
    ("22 missiles", "a total of ", " struck two bases.\nThe US"),  # (one break for two)
    ("said no one", "two bases.\nThe US ", " was hurt."),  # (a prefix with one break for two)
    ("22 missiles", "Iraq\u2019s military said that a total of ", ""),  # (a curly apostrophe)
])
def test_a_saved_page_takes_its_note_with_its_context_as_the_page_spelled_it(
        exact: str, prefix: str, suffix: str) -> None:
    """A file saved from the page (no address) holds the quote in the context Hypothesis
    recorded from the page's DOM, spaced or quoted otherwise; the position, counted in the
    page with its menus, is not the file's (review of b98dd01 A1: such notes were orphaned,
    their context counted only where it matched exactly)."""
    at = PARAGRAPHS.index(exact) + 300
    item = {"type": "Annotation", "id": "urn:x:dom", "target": {
        "source": "https://www.example.com/news/strike", "selector": [
            {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
            {"type": "TextPositionSelector", "start": at, "end": at + len(exact)}]}}
    saved = Article("saved", PARAGRAPHS, "Saved page")
    (placed,) = plan_import([], [], collection_from_json(item), [saved], file_name="h.json").read
    assert placed.status is not AnchorStatus.ORPHANED, placed.anchor_note
    assert (placed.article_id, placed.exact) == ("saved", exact)


ARTICLE_PAGE = "https://www.example.com/world/strike"
"""The outlet's page, as the tests below' articles give it (or a copy of it)."""


@pytest.mark.parametrize(("article_url", "note_source"), [
    ("www.example.com/world/strike", "https://m.example.com/world/strike-live"),
    ("https://www.bbc.co.uk/news/world-51028954", "https://m.bbc.co.uk/news/world-51028955"),
    ("https://edition.cnn.com/2020/01/08/strike", "https://www.cnn.com/2020/01/08/strike-2"),
    ("https://uk.reuters.com/article/strike", "https://www.reuters.com/article/strike-2"),
    (ARTICLE_PAGE, "https://www.google.com/amp/s/www.example.com/world/strike-amp"),
    (ARTICLE_PAGE, "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/amp/strike"),
    (ARTICLE_PAGE, "https://web.archive.org/web/20200108120000/https://m.example.com/strike"),
])
def test_a_note_on_another_copy_of_the_outlet_s_page_goes_to_its_article(
        article_url: str, note_source: str) -> None:
    """The note's page is no article's address, but it is on the article's own site: another
    host of the outlet, its country's domain, a mobile, AMP or archived copy (review of b98dd01
    A2: all these were taken for another outlet's and orphaned; an address without its scheme
    had no site at all)."""
    outlet = Article("outlet", TEXT, "The outlet", url=article_url)
    (placed,) = plan_import([], [], collection_from_json(_item(1, note_source)), [outlet],
                            file_name="h.json").read
    assert (placed.status, placed.article_id) == (AnchorStatus.ANCHORED, "outlet"), \
        placed.anchor_note


@pytest.mark.parametrize("note_source", [
    "https://web.archive.org/web/20200108120000id_/https://www.example.com/world/strike/",
    "https://web.archive.org/web/2020/http:/example.com/world/strike?utm_source=x",
    "https://www.google.com/amp/s/www.example.com/world/strike",
    "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/world/strike",
])
def test_an_archived_or_amp_copy_s_address_finds_the_page_by_its_address(note_source: str
                                                                         ) -> None:
    """Unwrapped, the copy's address is the article's: found by it, in whatever context."""
    outlet = Article("outlet", TEXT, "The outlet", url="www.example.com/world/strike")
    (placed,) = plan_import([], [], collection_from_json(
        _item(1, note_source, prefix="elsewhere ", suffix=" entirely")), [outlet],
        file_name="h.json").read
    assert placed.article_id == "outlet", placed.anchor_note
    assert placed.status is not AnchorStatus.ORPHANED


@pytest.mark.parametrize(("article_url", "note_source"), [
    ("https://www.example.com/world/strike", "https://www.example-times.com/world/strike-2"),
    ("https://www.bbc.co.uk/news/1", "https://www.co.uk/news/1-2"),
    # (one name under two domains: taken for two outlets, see `site_key` for why)
    ("https://www.thestar.com/news/1", "https://www.thestar.com.my/news/1-2"),
    ("https://www.bbc.co.uk/news/1", "https://www.bbc.com/news/1-2"),
    ("https://foo.example.net/a", "https://web.archive.org/web/2020/https://other.example2.com/a"),
])
def test_a_note_on_another_outlet_s_page_stays_off_its_article(article_url: str,
                                                               note_source: str) -> None:
    outlet = Article("outlet", TEXT, "The outlet", url=article_url)
    (read,) = plan_import([], [], collection_from_json(_item(1, note_source)), [outlet],
                          file_name="h.json").read
    assert read.status is AnchorStatus.ORPHANED


def test_each_article_s_address_is_read_once_not_once_per_note(monkeypatch) -> None:
    """Many notes on a page no article is, into a corpus of web articles: the addresses are
    split a number of times that grows with the articles plus the notes, not with their product
    (review of b98dd01 A4: every note read every article's address again, an import 2.5 times
    as slow)."""
    import sys
    from urllib.parse import urlsplit

    calls = []

    def counted(*args, **kwargs):
        calls.append(args)
        return urlsplit(*args, **kwargs)

    for name, module in list(sys.modules.items()):
        if name.startswith("viewer.annotations.") and hasattr(module, "urlsplit"):
            monkeypatch.setattr(module, "urlsplit", counted)
    articles = [Article(f"a{n}", f"Story {n}. " + TEXT, f"Story {n}",
                        url=f"https://www.outlet{n}.example/story") for n in range(30)]
    notes = [_item(n, f"https://unknown.example.com/story/{n}") for n in range(60)]
    result = plan_import([], [], collection_from_json(notes), articles, file_name="h.json")
    assert len(result.read) == 60
    assert len(calls) < 10 * (len(articles) + len(notes))


@pytest.mark.parametrize(("article_url", "note_source"), [
    ("https://alice.substack.com/p/strike", "https://bob.substack.com/p/other"),
    ("https://alice.wordpress.com/2020/01/08/strike", "https://bob.wordpress.com/2020/x"),
    ("https://alice.github.io/strike", "https://bob.github.io/strike-2"),
    ("https://alice.tumblr.com/post/1", "https://bob.tumblr.com/post/2"),
    ("https://alice.ghost.io/strike", "https://bob.ghost.io/strike-2"),
    ("https://alice.beehiiv.com/p/strike", "https://bob.beehiiv.com/p/strike-2"),
    ("https://alice.blogspot.com/2020/01/strike.html", "https://bob.blogspot.com/2020/x.html"),
    ("https://alice.blogspot.co.uk/2020/strike.html", "https://bob.blogspot.co.uk/2020/x.html"),
    ("https://alice.medium.com/strike", "https://bob.medium.com/strike-2"),
    ("https://medium.com/@alice/strike", "https://medium.com/@bob/strike-2"),
    ("https://www.tumblr.com/alice/1", "https://www.tumblr.com/bob/2"),
    ("https://alice.substack.com/p/strike",
     "https://web.archive.org/web/2020/https://bob.substack.com/p/other"),
    # (a first segment that is no author's: a page of the host's own, each its own page)
    ("https://medium.com/p/aaa", "https://medium.com/p/bbb"),
    ("https://medium.com/alice/strike", "https://medium.com/bob/strike-2"),
    ("https://substack.com/home/post/p-1", "https://substack.com/home/post/p-2"),
    ("https://substack.com/inbox/post/1", "https://substack.com/inbox/post/2"),
    ("https://substack.com/@alice/p-1", "https://substack.com/@bob/p-2"),
    ("https://www.tumblr.com/blog/view/alice/1", "https://www.tumblr.com/blog/view/bob/2"),
    ("https://note.com/hashtag/strike", "https://note.com/hashtag/missiles"),
    # (Naver's usual link names the author in its query)
    ("https://blog.naver.com/PostView.naver?blogId=alice&logNo=1",
     "https://blog.naver.com/PostView.naver?blogId=bob&logNo=2"),
    ("https://blog.naver.com/PostView.naver?blogId=alice&logNo=1",
     "https://blog.naver.com/PostView.naver?logNo=2"),
    ("https://blog.naver.com/alice/1", "https://blog.naver.com/PostView.nhn?blogId=bob&logNo=2"),
])
def test_a_note_on_another_blog_of_a_shared_host_stays_off_its_article(
        article_url: str, note_source: str) -> None:
    """Two newsletters, blogs or project pages on one hosting domain are two people's sites,
    not one outlet's hosts (review of 8d50342: comparing registered domains put a note from
    bob.substack.com in the article at alice.substack.com)."""
    blog = Article("blog", TEXT, "Alice's blog", url=article_url)
    (read,) = plan_import([], [], collection_from_json(_item(1, note_source)), [blog],
                          file_name="h.json").read
    assert read.status is AnchorStatus.ORPHANED, read.anchor_note


@pytest.mark.parametrize(("article_url", "note_source"), [
    ("https://alice.substack.com/p/strike", "https://www.alice.substack.com/p/strike-2"),
    ("alice.blogspot.com/2020/01/strike.html", "https://m.alice.blogspot.com/2020/x.html"),
    ("https://alice.github.io/strike", "https://amp.alice.github.io/strike-2"),
    ("https://medium.com/@alice/strike", "https://www.medium.com/@alice/strike-2"),
    ("https://blog.naver.com/alice/1", "https://m.blog.naver.com/alice/2"),
    ("https://blog.naver.com/alice/1",
     "https://m.blog.naver.com/PostView.naver?blogId=alice&logNo=2"),
    ("https://substack.com/@alice/p-1", "https://substack.com/@alice/p-2"),
    ("https://note.com/alice/n/n1", "https://note.com/alice/n/n2"),
    ("https://medium.com/p/aaa", "https://www.medium.com/p/aaa?source=email"),
    ("https://alice.substack.com/p/strike",
     "https://web.archive.org/web/2020/https://alice.substack.com/p/other"),
])
def test_a_note_on_a_copy_of_the_same_blog_goes_to_its_article(article_url: str,
                                                               note_source: str) -> None:
    """Its www., mobile, AMP or archived copy is still the one blog's."""
    blog = Article("blog", TEXT, "Alice's blog", url=article_url)
    (placed,) = plan_import([], [], collection_from_json(_item(1, note_source)), [blog],
                            file_name="h.json").read
    assert (placed.status, placed.article_id) == (AnchorStatus.ANCHORED, "blog"), \
        placed.anchor_note
