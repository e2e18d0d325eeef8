"""The one reading of a page's address (`viewer.page_addresses.page_key`), which the engine (one
page saved twice is one source) and the annotations (a note found by its page) share."""

from __future__ import annotations

import pytest

from viewer.corpus import Article
from viewer.engine.identical_texts import source_key
from viewer.page_addresses import page_key, url_key


@pytest.mark.parametrize("tracked", [
    "https://example.com/story?utm_source=twitter&utm_medium=social",
    "https://example.com/story?fbclid=1&igshid=2&dclid=3&mc_cid=4&mc_eid=5",
    "https://example.com/story?ref=home&ref_src=twsrc&at_medium=x&at_campaign=y",
])
def test_tracking_parameters_name_no_other_page(tracked: str) -> None:
    assert page_key(tracked) == page_key("https://example.com/story")


@pytest.mark.parametrize("own", ["reference=3", "mc_page=2", "refresh=1", "utm=1"])
def test_a_pages_own_parameter_that_starts_like_a_tracking_one_names_the_page(own: str) -> None:
    """Parameters are matched whole: "?reference=3" and "?reference=4" are two pages (a prefix
    "ref" took both for the page without them)."""
    other = own.replace("=", "=9")
    assert page_key(f"https://example.com/list?{own}") != page_key(
        f"https://example.com/list?{other}")


@pytest.mark.parametrize("url", ["www.example.com/story", "http://example.com/story/",
                                 "https://web.archive.org/web/2020/https://example.com/story"])
def test_the_engine_reads_a_pages_address_as_the_annotations_do(url: str) -> None:
    article = Article(id="a", text="Text.", title="Text", url=url)
    # (the key's first line: the page; its second the outlet, f98e9e0, here none)
    assert source_key(article) == f"{page_key(url)}\n"
    assert page_key(url) == page_key("https://example.com/story")


def test_a_port_names_another_page_and_user_info_none() -> None:
    """Two servers on one host are two sites' pages: `hostname` dropped the port, and
    https://ex.com:8080/story was ex.com:9090/story; the user info before "@" names no page."""
    assert page_key("https://ex.com:8080/story") != page_key("https://ex.com:9090/story")
    assert page_key("https://ex.com:8080/story") != page_key("https://ex.com/story")
    assert page_key("https://alice:secret@Ex.com:8080/story") == page_key(
        "https://ex.com:8080/story")
    assert "secret" not in page_key("https://alice:secret@ex.com/story")
    # (a scheme's own port is the address without it)
    assert page_key("https://ex.com:443/story") == page_key("http://ex.com:80/story") == \
        page_key("https://ex.com/story")
    # (the loose comparison reads the host so too)
    assert url_key("https://alice@ex.com:443/story") == url_key("http://ex.com/story")
    assert url_key("https://ex.com:8080/story") != url_key("https://ex.com:9090/story")


@pytest.mark.parametrize("tracked", ["ref_=nv_sr_1", "ref_=fn_al_tt_1", "refsrc=email",
                                     "ref_url=https%3A%2F%2Fx.com", "ref_type=home",
                                     "referrer=x", "REF=Home"])
def test_the_kin_of_ref_are_tracking_parameters(tracked: str) -> None:
    """IMDb's `?ref_=nv` and `?ref_=fn` are one title's page (a prefix "ref" said so, and the
    parameters matched whole made them two pages for the annotations' look-up)."""
    assert page_key(f"https://www.imdb.com/title/tt0111161/?{tracked}") == page_key(
        "https://www.imdb.com/title/tt0111161/")
    assert page_key(f"https://ex.com/story?page=2&{tracked}") == page_key(
        "https://ex.com/story?page=2")
