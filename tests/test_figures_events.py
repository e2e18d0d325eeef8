"""Which articles report the same event (`viewer.figures.events`), and figures compared only
within one: stories on different events that happen to count the same thing never disagree."""

from __future__ import annotations

from dataclasses import replace

from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.events import events_of, events_of_result, one_event
from viewer.figures.extraction import extract_mentions
from viewer.figures.grouping import group_mentions, quantity_name
from viewer.figures.report import figures_to_json
from viewer.figures.table import compute_table
from viewer.passages import AlignmentResult, Occurrence, Passage


def test_articles_joined_by_passages_are_one_event_even_through_others() -> None:
    events = events_of(["a", "b", "c", "d", "e"], [["a", "b"], ["c", "b"], ["e", "x"]])
    assert events["a"] == events["b"] == events["c"] == 0
    assert len({events["a"], events["d"], events["e"]}) == 3
    assert events == {"a": 0, "b": 0, "c": 0, "d": 1, "e": 2}
    assert one_event(["a", "b"]) == {"a": 0, "b": 0}


STORIES = [
    Article(id="jobs", text="Two men were questioned outside the house, police said.",
            title="Jobs"),
    Article(id="jobs2", text="Police said two men were questioned outside the house.",
            title="Jobs 2"),
    Article(id="williams", text="No men were questioned, the sheriff's office said.",
            title="Williams"),
]


def test_figures_of_two_events_are_never_one_row() -> None:
    events = {"jobs": 0, "jobs2": 0, "williams": 1}
    rows = [q for q in find_figures(STORIES, events=events) if q.kind == "people"]
    assert sorted(len(q.mentions) for q in rows) == [1, 2]
    assert not any(q.disagree for q in rows)
    (together,) = [q for q in find_figures(STORIES) if q.kind == "people"]  # all one event
    assert together.disagree


def test_an_article_the_events_do_not_name_is_compared_with_none() -> None:
    rows = [q for q in find_figures(STORIES, events={"jobs": 0, "jobs2": 0}) if
            q.kind == "people"]
    assert not any(q.disagree for q in rows) and len(rows) == 2


def test_each_document_the_events_do_not_name_is_an_event_with_a_number_of_its_own() -> None:
    """Events numbered in reading order; a document the events leave out, and one that is not
    among the documents at all, are each an event of their own numbered after them (counted
    on: working out the largest number so far for every figure made 16,000 articles take 9 s
    to group)."""
    (arrested,) = extract_mentions("x", "Police arrested 12 protesters.")
    mentions = [replace(arrested, document=document) for document in "abcde"]
    rows = group_mentions(mentions, ["a", "b", "c", "d"], {"a": 5, "b": 3, "c": 5})
    assert {m.document: row.event for row in rows for m in row.mentions} == {
        "a": 1, "b": 2, "c": 1, "d": 3, "e": 4}
    assert {row.event for row in group_mentions(mentions, ["a", "b", "c", "d"])} == {1}


def test_the_docks_table_takes_the_events_from_the_alignment() -> None:
    shared = Passage("p1", (Occurrence("jobs", 0, 9, "Two men w"),
                            Occurrence("jobs2", 11, 20, "two men w")), "two men w")
    result = AlignmentResult(("jobs", "jobs2", "williams"), (shared,))
    assert events_of_result(["jobs", "jobs2", "williams"], result) == {
        "jobs": 0, "jobs2": 0, "williams": 1}
    assert compute_table(STORIES, result=result).disagreeing == 0
    assert compute_table(STORIES).disagreeing == 1


def test_a_row_of_children_is_named_children() -> None:
    assert quantity_name("children", None, None) == "children"
    assert quantity_name("innovator", None, None) == "innovators"


# Two events of a kind give the same count by chance: joining the events that gave one
# (a reviewer's finding on the held-out sets: Brussels' and Nice's "27 member states", two
# floods' "more than 250" killed) compared figures of unrelated events.
UNRELATED = [
    Article("brussels", "Leaders of the 27 member states met in Brussels to discuss the budget.",
            "Brussels summit"),
    Article("nice", "The 27 member states signed the Treaty of Nice after four days of talks.",
            "Nice treaty"),
    Article("flood", "The floods killed more than 250 people and displaced some 1.5 million.",
            "Floods"),
    Article("quake", "The earthquake killed more than 250 people, officials said.", "Quake"),
]


def test_events_that_share_no_passage_are_apart_whatever_counts_they_give() -> None:
    nothing_shared = AlignmentResult(tuple(article.id for article in UNRELATED), ())
    table = compute_table(UNRELATED, result=nothing_shared)
    assert {row.quantity.documents for row in table.rows} == {
        ("brussels",), ("nice",), ("flood",), ("quake",)}
    assert len({row.quantity.event for row in table.rows}) == 4


def test_rows_are_of_events_numbered_one_after_the_other() -> None:
    """A tester read "Rows of 3 events" above rows of events 1, 2 and 6: the events whose
    articles give no figure came between. Those are numbered last."""
    (arrested,) = extract_mentions("x", "Police arrested 12 protesters.")
    mentions = [replace(arrested, document=document) for document in "ace"]
    rows = group_mentions(mentions, ["a", "b", "c", "d", "e"],
                          {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4})
    assert sorted(row.event for row in rows) == [1, 2, 3]
    articles = [Article(name, "Police arrested 12 protesters." if name in "ace" else "Calm.",
                        name) for name in "abcde"]
    payload = figures_to_json(articles, rows, {"a": 0, "b": 1, "c": 2, "d": 3, "e": 4})
    assert [document["event"] for document in payload["documents"]] == [1, 4, 2, 5, 3]
