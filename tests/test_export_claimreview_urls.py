"""The ClaimReview export writes a verdict's review URL only when it is a web address (http or
https), and names those it left out: a verdict read from another file gave
`javascript:alert(3)`, which the export copied into a review meant to be published (a tester's
report). No Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_export_undecodable_names import annotated, corpus_with_shift_jis_name
from viewer.annotations.claimreview import is_web_address, make_verdict, with_web_scheme
from viewer.annotations.export import export_file
from viewer.annotations.model import ClaimGroup


@pytest.mark.parametrize(("url", "web"), [
    ("https://factcheck.example/missiles", True), ("HTTP://factcheck.example/", True),
    ("javascript:alert(3)", False), ("data:text/html,<script>", False),
    ("file:///home/me/review.html", False), ("https:no-host", False), ("", False)])
def test_only_http_and_https_addresses_are_web_addresses(url: str, web: bool) -> None:
    assert is_web_address(url) is web


def test_the_claimreview_export_leaves_out_and_names_a_url_that_is_no_web_address(
        tmp_path: Path) -> None:
    articles, annotations = annotated(corpus_with_shift_jis_name(tmp_path / "corpus"))
    claims = [ClaimGroup("Missile count", verdict=make_verdict(
                  "False", url="javascript:alert(3)")),
              ClaimGroup("Motive", verdict=make_verdict(
                  "True", url="https://factcheck.example/motive"))]
    made = export_file("claimreview", annotations, claims, articles, collection_id="urn:x",
                       title="t")
    reviews = {review["itemReviewed"]["name"]: review
               for review in json.loads(made.data)["@graph"]}
    assert "url" not in reviews["Missile count"]
    assert reviews["Motive"]["url"] == "https://factcheck.example/motive"
    assert "javascript" not in made.data.decode("utf-8")
    assert [loss.line() for loss in made.dropped] == [
        "1 claim group has a verdict whose review URL is no web address (http or https), left "
        "out: Missile count: javascript:alert(3)"]


@pytest.mark.parametrize(("typed", "completed"), [
    ("www.factcheck.org/x", "https://www.factcheck.org/x"),
    (" faktencheck.de:8080/a?b=1#c ", "https://faktencheck.de:8080/a?b=1#c"),
    ("correctiv.org", "https://correctiv.org"),
    ("https://factcheck.example/x", "https://factcheck.example/x"),
    ("javascript:alert(3)", "javascript:alert(3)"), ("see our site", "see our site"),
    ("3.5", "3.5"), ("U.S", "U.S"), ("", "")])
def test_a_host_typed_without_its_scheme_is_given_https(typed: str, completed: str) -> None:
    """A reviewer's: "www.factcheck.org/x", typed in the Verdict dialog, was exported before
    the export wrote web addresses only, and then left out; the dialog gives it its scheme.
    What is no host stays as typed (never made an address it is not)."""
    assert with_web_scheme(typed) == completed


@pytest.mark.parametrize("typed", [
    "report.pdf", "review.docx", "Fact check.htm", "data.csv", "scan.JPEG", "notes.txt",
    "sources.xlsx", "archive.zip", "www.factcheck.org.pdf.txt", "page.HTML "])
def test_a_file_name_is_not_made_a_web_address(typed: str) -> None:
    """A reviewer's: "report.pdf" typed in the Verdict dialog became https://report.pdf, which
    passes as a web address, so the dialog said nothing and the export published a host that is
    none. A name ending in a file's extension, with no path after it, is a file's (however
    many dots it has, "www." or not: the last label says what it is)."""
    assert with_web_scheme(typed) == typed.strip()
    assert not is_web_address(with_web_scheme(typed))


@pytest.mark.parametrize(("typed", "completed"), [
    ("factcheck.org/report.pdf", "https://factcheck.org/report.pdf"),
    ("www.example.zip/", "https://www.example.zip/"),
    ("stopfals.md", "https://stopfals.md"), ("www.stopfals.md", "https://www.stopfals.md"),
    ("files.example.com/scan.jpg?v=2", "https://files.example.com/scan.jpg?v=2")])
def test_a_host_with_a_file_in_its_path_is_still_completed(typed: str, completed: str) -> None:
    assert with_web_scheme(typed) == completed
