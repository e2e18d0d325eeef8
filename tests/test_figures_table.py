"""The Figures dock's model, without Qt: rows, cells, marks, list view, claim groups."""

from __future__ import annotations

from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.table import (
    CLASH_MARK,
    DISAGREE_MARK,
    FIGURE_TAG,
    LIST_VIEW_ABOVE,
    claim_group_annotations,
    claim_name,
    compute_table,
    figures_table,
)


def articles() -> list[Article]:
    return [
        Article(id="a", text="At least 80 soldiers were killed, state television said.", title="A"),
        Article(id="b", text="No soldiers were killed, the Pentagon said.", title="B"),
        Article(id="c", text="Police arrested 12 protesters.", title="C"),
    ]


def test_rows_cells_and_marks() -> None:
    table = compute_table(articles())
    assert table.documents == ("a", "b", "c") and not table.list_view
    killed = next(row for row in table.rows if row.quantity.outcome == "killed")
    assert killed.disagree and killed.label.startswith(DISAGREE_MARK)
    cell_a, cell_b, cell_c = killed.cells
    assert cell_c is None and cell_a is not None and cell_b is not None
    assert cell_a.text == f"{CLASH_MARK} at least 80 (state television)"
    assert cell_b.text == f"{CLASH_MARK} 0 (Pentagon)"
    assert cell_a.target.text == "At least 80 soldiers"
    arrested = next(row for row in table.rows if row.quantity.outcome == "arrested")
    assert not arrested.disagree and DISAGREE_MARK not in arrested.label
    assert table.summary() == "2 quantities, 1 with figures that disagree"


def test_only_the_odd_figure_out_is_marked() -> None:
    # Three outlets say 12 people were arrested, one says 30: the row disagrees, the 30 alone
    # carries the mark and is where a click on its cell goes.
    corpus = [Article(id=f"d{n}", text=f"Police arrested {number} protesters.", title=f"T{n}")
              for n, number in enumerate([12, 12, 30, 12])]
    table = compute_table(corpus)
    row = table.rows[0]
    assert row.disagree and row.label.startswith(DISAGREE_MARK)
    assert [cell.text if cell else None for cell in row.cells] == [
        "12", "12", f"{CLASH_MARK} 30", "12"]
    assert [cell.clashes if cell else None for cell in row.cells] == [False, False, True, False]


def test_many_articles_use_the_list_view() -> None:
    many = [Article(id=f"d{n}", text=f"Police arrested {n + 2} protesters.", title=f"T{n}")
            for n in range(LIST_VIEW_ABOVE + 1)]
    table = compute_table(many)
    assert table.list_view
    entries = table.entries()
    assert len(entries) == LIST_VIEW_ABOVE + 1 and all(entry.row == 0 for entry in entries)
    assert all(entry.clashes for entry in entries)  # nine different exact counts


def test_a_row_becomes_linked_figure_annotations() -> None:
    corpus = articles()
    table = compute_table(corpus)
    quantity = table.rows[0].quantity
    name = claim_name(quantity, [])
    made = claim_group_annotations(quantity, corpus, name)
    assert len(made) == len(quantity.mentions) == 2
    assert {a.article_id for a in made} == {"a", "b"}
    assert all(a.tags == (FIGURE_TAG,) and a.claim == name for a in made)
    texts = {a.article_id: a.exact for a in made}
    assert texts["a"] == "At least 80 soldiers"
    assert "at least 80 (state television)" in next(a.note for a in made if a.article_id == "a")
    assert claim_name(quantity, [name]) == f"{name} (2)"


def test_mentions_of_articles_gone_or_changed_are_skipped() -> None:
    corpus = articles()
    quantity = compute_table(corpus).rows[0].quantity
    changed = [Article(id="a", text="Something else entirely now.", title="A")]
    assert claim_group_annotations(quantity, changed, "x") == []


def test_the_computation_reports_progress_and_stops_when_cancelled() -> None:
    import pytest

    from viewer.cancel import Cancelled, CancelToken

    seen: list[float] = []
    compute_table(articles(), CancelToken(), seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) == 3
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        compute_table(articles(), token)


def test_a_claim_groups_tag_is_the_default_tag_for_numbers() -> None:
    """A newcomer found "figure" (from Make claim group) and "figures" (the Tag dialog's default)
    side by side in the Annotations dock's tag filter, splitting one kind of note in two."""
    from viewer.annotations.tags import default_tags

    assert FIGURE_TAG in {tag.name for tag in default_tags()}


def test_rows_of_several_events_say_theirs_and_name_its_articles() -> None:
    """A tester's report on held-out NQ2: two rows "workers laid off", one per group of
    articles that share passages, looked alike in the dock; each says its event, and its
    tooltip which articles that is."""
    corpus = [Article(id="a", text="Meta is laying off 11,000 people.", title="AP story"),
              Article(id="b", text="Meta will lay off 11,000 employees.", title="AFP story"),
              Article(id="c", text="Police arrested 12 protesters.", title="Other")]
    table = figures_table(corpus, find_figures(corpus, events={"a": 0, "b": 1, "c": 1}),
                          {"a": 0, "b": 1, "c": 1})
    first, second = (row for row in table.rows if row.quantity.name == "workers laid off")
    assert (first.label, second.label) == ("workers laid off \u00b7 event 1",
                                           "workers laid off \u00b7 event 2")
    assert "Event 2: 2 articles, AFP story; Other" in second.tooltip
    assert "compared only within an event" in second.tooltip
    assert table.summary() == "3 quantities of 2 events, 0 with figures that disagree"
    one = compute_table(corpus)
    assert all("event" not in row.label and "Event" not in row.tooltip for row in one.rows)


def test_an_article_the_events_do_not_name_has_one_event_number_and_its_title() -> None:
    """A reviewer's: an article the events left out was numbered after the others in its rows
    but had "event": null in --json, and its row's tooltip named its raw id. One numbering, in
    reading order, for rows, documents and tooltips, which name titles."""
    from viewer.figures.report import figures_to_json

    corpus = [Article(id="a", text="Police arrested 12 protesters.", title="AP story"),
              Article(id="b", text="Police arrested 30 protesters.", title="Lone story"),
              Article(id="c", text="Police arrested 12 protesters.", title="AFP story")]
    events = {"a": 0, "c": 1}
    quantities = find_figures(corpus, events=events)
    payload = figures_to_json(corpus, quantities, events)
    numbers = {document["id"]: document["event"] for document in payload["documents"]}
    assert numbers == {"a": 1, "b": 2, "c": 3}
    assert all(numbers[m["document"]] == row["event"]
               for row in payload["quantities"] for m in row["mentions"])
    table = figures_table(corpus, quantities, events)
    (lone,) = [row for row in table.rows if row.quantity.documents == ("b",)]
    assert lone.label.endswith("event 2")
    assert "Event 2: 1 article, Lone story" in lone.tooltip
