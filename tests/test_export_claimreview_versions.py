"""The ClaimReview export tells two versions of one file apart, and writes headlines whole
(tester s59 #14: both versions of a corrected file were cited as one `identifier`, the file's
name, for words it no longer says; a title the loader cut with "…" was written as the
headline). No Qt."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from viewer.annotations.claimreview import claim_reviews
from viewer.annotations.csv_export import to_csv
from viewer.annotations.model import ClaimGroup, make_annotation
from viewer.corpus import Article
from viewer.loading import load_paths
from viewer.whole_titles import whole_title

LEDE = ("The harbour authority of the invented town of Westmoor told residents on Tuesday that "
        "the old pier would stay closed for repairs until the end of the summer season. Work "
        "starts next week.")


def _verdict_on(articles: list[Article], words: str) -> list[dict]:
    from viewer.annotations.claimreview import make_verdict

    notes = []
    for article in articles:
        start = article.text.index(words)
        notes.append(replace(make_annotation(article, start, start + len(words)),
                             claim="Pier"))
    return claim_reviews(notes, [ClaimGroup("Pier", verdict=make_verdict("True"))], articles)


def test_two_versions_of_one_file_are_told_apart(tmp_path: Path) -> None:
    story = tmp_path / "03_westmoor_news.txt"
    story.write_text("Pier closed\n\nThe pier stays closed until 30 June.\n", encoding="utf-8")
    [first] = load_paths([story]).articles
    story.write_text("Pier closed\n\nThe pier stays closed until 30 July.\n", encoding="utf-8")
    [second] = load_paths([story], taken_ids=[first.id]).articles
    elsewhere = tmp_path / "other" / "03_westmoor_news.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text("Pier closed\n\nThe pier stays closed until 30 May.\n",
                         encoding="utf-8")
    [third] = load_paths([elsewhere], taken_ids=[first.id, second.id]).articles
    [review] = _verdict_on([first, second, third], "The pier stays closed")
    works = review["itemReviewed"]["appearance"]
    assert [(w["identifier"], w.get("version")) for w in works] == [
        (first.id, 1), (second.id, 2), (third.id, None)]
    assert len({w["identifier"] for w in works}) == 3
    # one file of its name keeps its file's name, as before
    [alone] = _verdict_on([first], "The pier stays closed")
    assert alone["itemReviewed"]["appearance"][0]["identifier"] == "03_westmoor_news.txt"
    assert "version" not in alone["itemReviewed"]["appearance"][0]


def test_a_headline_the_loader_cut_is_written_whole(tmp_path: Path) -> None:
    path = tmp_path / "westmoor.txt"
    path.write_text(f"{LEDE}\n\nResidents were told by letter.\n", encoding="utf-8")
    [article] = load_paths([path]).articles
    assert article.title.endswith("\u2026")  # (the window's lists show it cut)
    first_sentence = LEDE[:LEDE.index(" Work")]
    assert whole_title(article) == first_sentence
    [review] = _verdict_on([article], "Residents were told")
    assert review["itemReviewed"]["appearance"][0]["headline"] == first_sentence
    note = make_annotation(article, 0, 3)
    assert first_sentence in to_csv([note], [article])
    assert json.dumps(review).count("\u2026") == 0
    # a title given whole, or one a page ends with "...", is kept as it is
    given = replace(article, title="Pier to stay shut\u2026 for now")
    assert whole_title(given) == "Pier to stay shut\u2026 for now"


def test_a_text_with_no_sentence_end_keeps_the_cut_title(tmp_path: Path) -> None:
    """A transcript saved as one 800-word line with no sentence end had the whole text, 3,722
    characters, written as its headline: no headline is that long, so the cut title stays."""
    words = [f"word{number % 37}" for number in range(800)]
    path = tmp_path / "transcript.txt"
    path.write_text(" ".join(words) + "\n", encoding="utf-8")
    [article] = load_paths([path]).articles
    assert article.title.endswith("\u2026")
    assert whole_title(article) == article.title
    [review] = _verdict_on([article], "word3 word4")
    assert review["itemReviewed"]["appearance"][0]["headline"] == article.title
