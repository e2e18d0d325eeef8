"""Two events' coverage in one folder (`viewer.engine.event_bridges`, and the idiom rule of
`viewer.engine.evidence.weak_short_matches`): a wire service's stock sentence that both events'
stories print, or an idiom two speakers' quotations share, links nothing between them; one
event's outlets that share a sentence are linked by it. Small hand-made texts."""

from __future__ import annotations

import numpy as np
import pytest

from viewer.engine import find_shared_passages
from viewer.engine.event_bridges import between_events
from viewer.engine.matches import PairMatches

from .engine_texts import articles, filler

STOCK = "The National Transportation Safety Board sent investigators to the scene."
TRAIN = ("A passenger train slammed into a parked freight train near Cayce early on Sunday, "
         "killing the engineer and the conductor and injuring more than a hundred people aboard")
BRIDGE = ("A pedestrian bridge under construction collapsed onto a busy highway in Sweetwater "
          "on Thursday afternoon, crushing eight vehicles stopped at a traffic light below it")


def _groups(texts: list[str]) -> list[list[str]]:
    return [sorted({o.document for o in passage.occurrences})
            for passage in find_shared_passages(articles(*texts)).passages]


def test_a_stock_wire_sentence_links_no_two_events() -> None:
    """d0, d1 reprint the train story, d2, d3 the bridge story; d1 and d2 both print the wire
    service's stock sentence: two passages, one per event."""
    texts = [
        f"{filler('a')}. {TRAIN}. {filler('b')}.",
        f"{filler('c')}. {TRAIN}.\n\n{STOCK}\n\n{filler('d')}.",
        f"{filler('e')}. {BRIDGE}.\n\n{STOCK}\n\n{filler('f')}.",
        f"{filler('g')}. {BRIDGE}. {filler('h')}.",
    ]
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d2", "d3"]]


def test_a_sentence_an_outlet_shares_with_nobody_else_still_links() -> None:
    """d2 shares the sentence with d1 and nothing else with anyone: one event's outlet
    printing one sentence of the wire story; linked."""
    texts = [
        f"{filler('a')}. {TRAIN}. {filler('b')}.",
        f"{filler('c')}. {TRAIN}.\n\n{STOCK}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{STOCK}\n\n{filler('f')}.",
    ]
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d1", "d2"]]


def test_the_sentence_of_two_groups_that_share_a_statement_still_links() -> None:
    """Two groups of one event (two wire stories) that also share a quotation: one event, so
    the unquoted sentence d1 and d2 share is linked."""
    quoted = ("“We will find out what happened on that track and we will tell the families "
              "everything we learn,” the governor said")
    texts = [
        f"{filler('a')}. {TRAIN}.\n\n{filler('b')}.\n\n{quoted}.",
        f"{filler('c')}. {TRAIN}.\n\n{STOCK}\n\n{filler('d')}.",
        f"{filler('e')}. {BRIDGE}.\n\n{STOCK}\n\n{filler('f')}.",
        f"{filler('g')}. {BRIDGE}.\n\n{filler('h')}.\n\n{quoted}.",
    ]
    assert sorted(_groups(texts)) == [["d0", "d1"], ["d0", "d3"], ["d1", "d2"], ["d2", "d3"]]


def _matches(pairs: list[tuple[int, int]]) -> PairMatches:
    return PairMatches.from_rows([(a, 0, 10, b, 0, 10) for a, b in pairs])


@pytest.mark.parametrize(("pairs", "short", "expected"), [
    # two groups {0, 1}, {2, 3} and one short match between 1 and 2: a bridge
    ([(0, 1), (2, 3), (1, 2)], [False, False, True], [False, False, True]),
    # the same sentence from 1 to both 2 and 3: still one document on one side
    ([(0, 1), (2, 3), (1, 2), (1, 3)], [False, False, True, True],
     [False, False, True, True]),
    # two documents on both sides share short sentences: one event's two stories
    ([(0, 1), (2, 3), (1, 2), (0, 3)], [False, False, True, True],
     [False, False, False, False]),
    # a lone document on one side: no group of its own
    ([(0, 1), (1, 2)], [False, True], [False, False]),
    # the groups are one already
    ([(0, 1), (1, 2), (0, 2)], [False, False, True], [False, False, False]),
])
def test_between_events_counts_groups_and_the_documents_that_link_them(
        pairs: list[tuple[int, int]], short: list[bool], expected: list[bool]) -> None:
    found = between_events(4, _matches(pairs), np.array(short))
    assert found.tolist() == expected


def test_an_idiom_two_quotations_share_in_their_own_clauses_links_nothing() -> None:
    """Two events' speakers, each quotation going on in its own words around the idiom; the
    documents share nothing else."""
    texts = [
        f"{filler('a')}. “We know there is going to be a negative outcome at the end of the "
        f"day,” the chief said. {filler('b')}.",
        f"{filler('c')}. “At the end of the day, my useful life is probably over,” he told "
        f"the judge. {filler('d')}.",
    ]
    assert _groups(texts) == []


def test_a_quoted_clause_both_outlets_quote_whole_still_links() -> None:
    """The same six words, a clause of its own in both quotations: one speaker's words."""
    texts = [
        f"{filler('a')}. “At the end of the day, my useful life is probably over,” he said. "
        f"{filler('b')}.",
        f"{filler('c')}. “At the end of the day,” he told the judge, “it haunts me.” "
        f"{filler('d')}.",
    ]
    assert _groups(texts) == [["d0", "d1"]]
