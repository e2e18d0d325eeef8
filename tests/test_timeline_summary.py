"""The sentence under the timeline (`viewer.timeline_summary`), without Qt."""

from __future__ import annotations

from viewer.corpus import Article
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.provenance import Provenance
from viewer.timeline import build_timeline
from viewer.timeline_summary import timeline_summary


def _summary(provenance: dict[str, Provenance], undated_carriers: int = 0) -> str:
    documents = tuple(provenance)
    articles = [Article(doc, "text", doc.title()) for doc in documents]
    passage = Passage("p1", tuple(Occurrence(d, 0, 5, "words") for d in documents))
    timeline = build_timeline(articles, provenance, AlignmentResult(documents, (passage,)))
    return timeline_summary(timeline, timeline.bands[0], undated_carriers)


def test_dates_a_day_apart_say_why_the_times_cannot_tell_and_which_is_dated_earlier() -> None:
    """A newcomer read "The times cannot tell which came first" for articles dated the 9th and
    the 10th as a fault. The sentence says that a date may be any hour anywhere, gives each
    date, and names the one dated earlier."""
    text = _summary({"ninth": Provenance(outlet="Folha", published="2024-08-09"),
                     "tenth": Provenance(outlet="Globo", published="2024-08-10")})
    assert text.startswith("The times cannot tell which came first:\n• Folha (2024-08-09)\n"
                           "• Globo (2024-08-10)\n")
    assert "any hour of that day anywhere" in text
    assert "Folha is dated earliest" in text and "Globo is dated earliest" not in text


def test_one_date_for_both_names_no_earliest() -> None:
    text = _summary({"a": Provenance(outlet="Folha", published="2024-08-09"),
                     "b": Provenance(outlet="Globo", published="2024-08-09")})
    assert "any hour of that day anywhere" in text and "dated earliest" not in text


def test_exact_times_that_tie_need_no_word_on_dates() -> None:
    text = _summary({"a": Provenance(outlet="Wire", published="2020-01-08T02:10:00Z"),
                     "b": Provenance(outlet="Paper", published="2020-01-08T02:10:00Z")})
    assert text == ("The times cannot tell which came first:\n• Wire (2020-01-08 02:10 UTC)\n"
                    "• Paper (2020-01-08 02:10 UTC)")


def test_a_single_first_and_no_selection() -> None:
    text = _summary({"a": Provenance(outlet="Wire", published="2020-01-08T02:10:00Z"),
                     "b": Provenance(outlet="Paper", published="2020-01-09T02:10:00Z")})
    assert text == "The selected passage appeared first in Wire."
    assert timeline_summary(None, None, 0) == "The timeline appears once the articles are aligned."
