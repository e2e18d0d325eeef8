"""A short quotation that outlets also write as their own words is a term, no fragment of a
statement (`viewer.engine.quoted_names.terms`): 'declared "persona non grata"' links no other
event's outlet that quotes the same term, while words someone said, quoted wherever they are
given, still link as fragments. Hand-made corpora, no sample or generated data."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

STATEMENT = ("I have informed the ambassador that he is persona non grata in our country until "
             "he apologises for what he said about the war and the people who died in it")


def _linked_to_statement(narrations: list[str], other_event: str) -> set[str]:
    """Documents in the passage of the STATEMENT, which two outlets quote whole; then one
    outlet per narration, and one on another event quoting `other_event`."""
    texts = [
        f'{filler("a", 30)}.\n\nThe foreign minister wrote: "{STATEMENT}."\n\n{filler("b", 30)}.',
        f'{filler("c", 30)}.\n\n"{STATEMENT}," the minister wrote.\n\n{filler("d", 30)}.',
        *(f"{filler(tag, 30)}.\n\n{narration}\n\n{filler(tag + 'z', 30)}."
          for tag, narration in zip("efg", narrations, strict=False)),
        f"{filler('h', 30)}.\n\n{other_event}\n\n{filler('i', 30)}.",
    ]
    result = find_shared_passages(articles(*texts))
    carrying = [p for p in result.passages
                if {"d0", "d1"} <= {o.document for o in p.occurrences}]
    assert len(carrying) == 1
    return {o.document for o in carrying[0].occurrences}


OTHER_EVENT = ('A year earlier the island\'s council declared the visiting envoy "persona non '
               'grata" after a quarrel over fishing rights.')
NARRATIONS = [
    "The ambassador was declared persona non grata on Monday morning by the ministry.",
    "Officials said the envoy, now persona non grata there, would leave within days.",
    "Being persona non grata means a diplomat must be recalled by his own government.",
]


def test_a_term_outlets_write_as_their_own_words_links_no_other_event() -> None:
    linked = _linked_to_statement(NARRATIONS, OTHER_EVENT)
    assert "d5" not in linked


def test_the_same_quotation_links_where_no_outlet_writes_it_so() -> None:
    """Without the narrations, the three quoted words are a piece of the statement only, and
    the quoting outlet is linked to it: the narrations decide."""
    linked = _linked_to_statement(["The ambassador left on Monday morning, the ministry said.",
                                   "Officials said the envoy would leave within days.",
                                   "A diplomat must then be recalled by his own government."],
                                  OTHER_EVENT)
    assert "d5" in linked


def test_words_said_quoted_everywhere_stay_fragments() -> None:
    """Three outlets quote three of the minister's words, none writes them as its own: each is
    linked to the statement."""
    linked = _linked_to_statement(
        ['The minister said the ambassador was "persona non grata" in the country.',
         'Officials repeated that he was "persona non grata" and must leave.',
         'The ministry called him "persona non grata" in a note.'],
        "The island's council met on Tuesday to discuss the fishing rights dispute again.")
    assert {"d2", "d3", "d4"} <= linked
