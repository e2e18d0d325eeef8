"""The claim comparison lists as saying nothing only articles of a claim's own events: in a
folder of several events, a Robin Williams story is not "silent" on Maradona's age (tester15)."""

from __future__ import annotations

import re

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.claims import claim_holding, claim_table
from viewer.annotations.html_report import to_html
from viewer.annotations.model import ClaimGroup, make_annotation
from viewer.claim_cards import claim_cards, silent_line
from viewer.corpus import Article

TEXT = "Iraq said that a total of 22 missiles struck two bases housing US troops."
EVENTS = {"one": 0, "two": 0, "three": 0, "other": 1}


def _corpus() -> tuple[list[Article], AnnotationSet]:
    articles = [Article(id=name, text=TEXT, title=f"Title {name}") for name in EVENTS]
    annotations = AnnotationSet(claims=[ClaimGroup("Missile count")])
    start = TEXT.index("22 missiles")
    annotations.add_many([make_annotation(articles[0], start, start + 11,
                                          claim="Missile count")])
    return articles, annotations


def test_articles_of_other_events_are_counted_not_listed() -> None:
    articles, annotations = _corpus()
    (row,) = claim_table(annotations, annotations.claims, articles, EVENTS)
    assert [cell.article_id for cell in row.cells] == ["one", "two", "three"]
    assert row.other_events == 1
    line = silent_line(claim_cards(row, articles), row.other_events)
    assert line == ("2 articles not tagged for this claim (1 article sharing no passage with "
                    "these left out)")


def test_a_group_already_made_of_the_same_spans_is_found() -> None:
    """Making a figure's claim group twice says which group holds it: every span covered."""
    articles, annotations = _corpus()
    start = TEXT.index("22 missiles")
    again = [make_annotation(articles[0], start, start + 11, claim="Missile count (2)")]
    assert claim_holding(annotations, again) == "Missile count"
    more = [*again, make_annotation(articles[1], start, start + 11, claim="Missile count (2)")]
    assert claim_holding(annotations, more) is None
    assert claim_holding(annotations, []) is None


def test_without_events_or_with_the_quoting_articles_event_unknown_every_article_is_listed(
        ) -> None:
    articles, annotations = _corpus()
    for events in (None, {"two": 0, "three": 0, "other": 1}):
        (row,) = claim_table(annotations, annotations.claims, articles, events)
        assert len(row.cells) == 4 and row.other_events == 0
        assert silent_line(claim_cards(row, articles)) == (
            "3 articles not tagged for this claim")


def test_the_html_report_names_only_the_claims_own_events_articles() -> None:
    articles, annotations = _corpus()
    html = to_html(annotations.annotations, annotations.claims, articles, events=EVENTS,
                   generated="now")
    nothing = re.search(r'<td class="nothing" colspan="4">(.*?)</td>', html)
    assert nothing is not None
    assert ("2 articles not tagged for this claim (1 article sharing no passage with these "
            "left out)") in nothing.group(1)
    assert "Title two; Title three" in nothing.group(1) and "Title other" not in nothing.group(1)


def test_the_workspace_reads_the_events_once_per_result_and_corpus(monkeypatch) -> None:
    from tests.viewfixtures import ground_truth_result, sample_articles
    from viewer.figures import events as events_module
    from viewer.workspace import Workspace

    reads: list[int] = []
    read = events_module.events_of_result

    def counting(documents, result):  # type: ignore[no-untyped-def]
        reads.append(1)
        return read(documents, result)

    monkeypatch.setattr(events_module, "events_of_result", counting)
    samples = sample_articles()
    workspace = Workspace(samples)
    assert workspace.events() is None
    workspace.accept_result(workspace.generation, ground_truth_result(samples))
    first = workspace.events()
    assert first is not None and workspace.events() == first and len(reads) == 1
    workspace.add_articles([Article(id="lonely", text="Another story entirely.", title="x")])
    later = workspace.events()
    assert len(reads) == 2 and later is not None and "lonely" in later
