"""Provenance: publication times as intervals, metadata from HTML and text headers, user edits."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from viewer.loading import article_from_text, load_file
from viewer.provenance import (
    Provenance,
    apply_edits,
    edits_between,
    html_published_time,
    parse_published,
    provenance_of,
)

UTC = dt.timezone.utc


def test_a_time_with_zone_is_one_instant() -> None:
    time = parse_published("2020-01-08T06:15:00+03:00")
    assert time is not None and time.exact
    assert time.earliest == time.latest == dt.datetime(2020, 1, 8, 3, 15, tzinfo=UTC)
    assert parse_published("2020-01-08T03:15:00Z") == parse_published("2020-01-08T03:15:00Z")
    rfc = parse_published("Wed, 08 Jan 2020 03:15:00 GMT")
    assert rfc is not None and rfc.earliest == time.earliest


def test_a_day_or_a_local_time_is_an_interval_over_every_zone() -> None:
    day = parse_published("2020-01-08")
    assert day is not None and day.precision == "day"
    assert day.earliest == dt.datetime(2020, 1, 7, 10, 0, tzinfo=UTC)  # midnight at UTC+14
    assert day.latest > dt.datetime(2020, 1, 9, 11, 59, tzinfo=UTC)  # end of day at UTC-12
    local = parse_published("2020-01-08 06:15")
    assert local is not None and local.precision == "local"
    assert local.earliest < dt.datetime(2020, 1, 8, 6, 15, tzinfo=UTC) < local.latest
    assert parse_published("8 January 2020") is not None


def test_surely_before_only_when_the_intervals_do_not_overlap() -> None:
    early = parse_published("2020-01-08T01:00:00Z")
    later = parse_published("2020-01-08T02:00:00Z")
    day = parse_published("2020-01-08")
    assert early and later and day
    assert early.surely_before(later) and not later.surely_before(early)
    assert not day.surely_before(later) and not later.surely_before(day)


def test_nonsense_times_are_unknown_never_guessed() -> None:
    for value in (None, "", "  ", "yesterday", "2020-13-45", "2020-01-08T25:00", "12:30"):
        assert parse_published(value) is None


def test_html_exact_time_is_preferred_over_a_day() -> None:
    page = """<html><head><meta name="date" content="2020-01-08">
    <meta property="article:published_time" content="2020-01-08T06:15:00+03:00">
    </head><body><p>x</p></body></html>"""
    assert html_published_time(page) == "2020-01-08T06:15:00+03:00"
    json_ld = """<script type="application/ld+json">{"@graph": [{"@type": "WebPage"},
    {"@type": "NewsArticle", "datePublished": "2020-01-08T02:00:00Z"}]}</script>"""
    assert html_published_time(json_ld) == "2020-01-08T02:00:00Z"
    assert html_published_time('<meta name="date" content="2020-01-08">') == "2020-01-08"


def test_html_without_a_usable_time_gives_none() -> None:
    hostile = ('<script type="application/ld+json">' + "[" * 5000 + "</script>"
               '<meta name="date" content="soon"><time datetime="2020-01-08">x</time>')
    assert html_published_time(hostile) is None
    assert html_published_time("<p>Published 8 January 2020</p>") is None  # never from text


def test_text_header_gives_the_full_time(tmp_path: Path) -> None:
    text = ("outlet: Wire Agency\nurl: https://wire.example/1\nauthor: A. Writer\n"
            "published: 2020-01-08T02:10:00Z\n\nIran fired missiles.")
    article = article_from_text("a", text)
    assert provenance_of(article) == Provenance("Wire Agency", "https://wire.example/1",
                                                "A. Writer", "2020-01-08T02:10:00Z",
                                                title="Iran fired missiles.")
    assert article.date == "2020-01-08" and article.body == "Iran fired missiles."
    path = tmp_path / "front.md"
    path.write_text("---\ntitle: T\ndate: 8 January 2020\nfetched: 2026-12-01T00:00:00Z\n---\n"
                    "Body.", encoding="utf-8")
    loaded = load_file(path)
    assert loaded.published == "8 January 2020" and loaded.date == "2020-01-08"
    assert loaded.body == "Body."


def test_edits_lie_over_what_was_read() -> None:
    read = Provenance(outlet="Wire", url="https://w.example/1")
    edited = apply_edits(read, {"outlet": "Wire Agency", "author": "  A.  Writer ",
                                "url": None, "unknown": "x"})
    assert edited == Provenance(outlet="Wire Agency", url=None, author="A. Writer")
    assert apply_edits(read, {}) is read


_values = st.one_of(st.none(), st.text(alphabet="ab :-+Z0123456789", min_size=1, max_size=12)
                    .map(lambda s: " ".join(s.split()) or None))
_provenances = st.builds(Provenance, _values, _values, _values, _values)


@given(_provenances, _provenances)
def test_edits_between_then_apply_gives_what_was_wanted(read: Provenance,
                                                        wanted: Provenance) -> None:
    assert apply_edits(read, edits_between(read, wanted)) == wanted
    assert edits_between(read, read) == {}


def test_published_times_are_described_in_one_line() -> None:
    from viewer.provenance import describe_published

    assert describe_published("2020-01-08T06:15:00+03:00") == "Exact: 2020-01-08 03:15 UTC."
    assert describe_published("2020-01-08").startswith("A day without time")
    assert describe_published("2020-01-08 06:15").startswith("A time without zone")
    assert describe_published("next week").startswith("Not understood")
    assert describe_published("").startswith("No publication time")


@pytest.mark.parametrize(("given", "shown"), [
    ("2020-01-08T06:15:00+03:00", "2020-01-08 03:15 UTC"),
    ("2020-01-08T02:10:00Z", "2020-01-08 02:10 UTC"),
    ("Wed, 08 Jan 2020 06:15:00 +0300", "2020-01-08 03:15 UTC"),
    ("2020-01-08 06:15", "2020-01-08 06:15"),
    ("2020-01-08", "2020-01-08"),
    ("8 January 2020", "2020-01-08"),
    ("last Tuesday", "last Tuesday"),
    (None, ""),
    ("  ", ""),
])
def test_publication_times_are_shown_as_a_reader_writes_them(given: str | None, shown: str
                                                             ) -> None:
    from viewer.published_time import readable_published

    assert readable_published(given) == shown


@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "0001-01-01 00:00",
                                   "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00Z",
                                   "31 December 9999"])
def test_a_time_at_the_calendar_s_edge_is_unknown(value: str) -> None:
    """A fault tester's project with a publication time of 0001-01-01 (what some site
    generators write for no date) could no longer be opened: OverflowError."""
    assert parse_published(value) is None


@given(st.datetimes(min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)),
       st.sampled_from(["", "Z", "+14:00", "-12:00", "-23:59"]), st.booleans())
def test_any_time_is_read_or_unknown_never_an_error(moment: dt.datetime, zone: str,
                                                    day_only: bool) -> None:
    text = moment.date().isoformat() if day_only else moment.isoformat() + zone
    time = parse_published(text)
    if time is not None:
        assert time.earliest <= time.latest


def test_articles_dated_at_the_calendar_s_edge_are_aligned_with_the_others(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A page whose article:published_time was 0001-01-01 was an internal error for the whole
    folder (a fault tester's case); its date is unknown, the articles are aligned."""
    from viewer.cli import main

    statement = ("Officials said the damaged bridge over the river would reopen to traffic "
                 "on Monday.")
    (tmp_path / "edge.html").write_text(
        '<html><head><meta property="article:published_time" content="0001-01-01">'
        f"<title>Edge</title></head><body><p>{statement}</p></body></html>", encoding="utf-8")
    (tmp_path / "late.txt").write_text(f"---\ntitle: Late\npublished: 9999-12-31\n---\n\n"
                                       f"{statement}\n", encoding="utf-8")
    (tmp_path / "plain.txt").write_text(f"Plain\n\n{statement}\n", encoding="utf-8")
    assert main(["align", "--json", str(tmp_path)]) == 0
    assert len(json.loads(capsys.readouterr().out)["documents"]) == 3


def test_where_an_article_came_from_is_one_sentence() -> None:
    """Tester (session 53): a project stores each article's origin and when it was added, and
    the window showed neither; Article details now says it."""
    from viewer.provenance import origin_sentence

    assert origin_sentence("file", "/news/a.txt", "2026-12-07T08:10:33Z") == (
        "From the file /news/a.txt; added to the project 2026-12-07 08:10 UTC.")
    assert origin_sentence("pasted", None, "2026-12-07T08:10:33+00:00") == (
        "Pasted into the window; added to the project 2026-12-07 08:10 UTC.")
    assert origin_sentence("imported", None, "", "https://news.example.org/a",
                           "2026-12-06T22:01:00Z") == (
        "Fetched from https://news.example.org/a on 2026-12-06 22:01 UTC.")
    assert origin_sentence("file", "/news/b.txt") == "From the file /news/b.txt."
    assert origin_sentence("imported", None, "", "https://x.example/a") == (
        "Fetched from https://x.example/a.")
    assert origin_sentence(None, None) == "Where it came from is not known."
