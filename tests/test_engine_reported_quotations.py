"""A whole quotation several outlets quote alike is a statement, and an outlet printing the same
words without quotation marks reports it (a wire lead 'ROME - The government is ready to do its
part. So said the prime minister ...', or 'she assured that the government is ready to do its
part'): `viewer.engine.short_matches.attach_short`. A quotation one outlet alone quotes, or a
short one, stays the outlets' own words where another prints them unquoted. Small hand-made
texts."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

QUOTE = "The government is ready to do its part"


def _occurrences(texts: list[str]) -> list[list[tuple[str, str]]]:
    documents = articles(*texts)
    by_id = {d.id: d.text for d in documents}
    return [sorted((o.document, by_id[o.document][o.start:o.end]) for o in p.occurrences)
            for p in find_shared_passages(documents).passages]


SOLIDARITY = "the solidarity of the cabinet with the families of the drowned and the displaced"


def test_a_quotation_two_outlets_quote_is_reported_unquoted_by_a_third() -> None:
    """Four outlets of one story (each offers SOLIDARITY too): two quote QUOTE, a wire lead and
    a paper's reported speech print it unquoted."""
    texts = [
        f"{filler('a')}. «{QUOTE}», the prime minister told the rescue centre. She offered "
        f"{SOLIDARITY}. {filler('b')}.",
        f"{filler('c')}.\n\n“{QUOTE},” Lurima said on Sunday. She offered {SOLIDARITY}. "
        f"{filler('d')}.",
        f"ROME - {QUOTE}. So said the prime minister in a video call, offering {SOLIDARITY}. "
        f"{filler('e')}.",
        f"{filler('f')}. The premier assured that {QUOTE.lower()}. She offered {SOLIDARITY}. "
        f"{filler('g')}.",
    ]
    (passage,) = [passage for passage in _occurrences(texts)
                  if not any(SOLIDARITY in text for _, text in passage)]
    assert passage == [("d0", QUOTE), ("d1", QUOTE), ("d2", QUOTE), ("d3", QUOTE.lower())]


def test_a_quotation_one_outlet_alone_quotes_is_not_linked_to_unquoted_words() -> None:
    """Two outlets of one story (both offer SOLIDARITY, far from QUOTE); only one quotes QUOTE,
    the other prints it unquoted: the quotation marks of one outlet alone make no statement."""
    texts = [
        f"{filler('a')}. «{QUOTE}», the prime minister told the rescue centre. "
        f"{filler('b', 120)}.\n\nShe offered {SOLIDARITY}.",
        f"ROME - {QUOTE}. So said the prime minister in a video call. {filler('e', 120)}.\n\n"
        f"She offered {SOLIDARITY}.",
    ]
    assert [passage for passage in _occurrences(texts)
            if not any(SOLIDARITY in text for _, text in passage)] == []


def test_a_short_quotation_is_not_linked_to_the_same_words_unquoted() -> None:
    """Four words two outlets quote alike, which a third of the same story writes unquoted in
    the same sentence otherwise: too short to be anyone's words rather than the outlet's own."""
    short = "ready to do more"
    texts = [
        f"{filler('a')}. The minister said they were «{short}». {filler('b', 120)}.\n\nShe "
        f"offered {SOLIDARITY}.",
        f"{filler('c')}. The minister said they were “{short}”. {filler('d', 120)}.\n\nShe "
        f"offered {SOLIDARITY}.",
        f"{filler('e')}. The minister said they were {short}. {filler('f', 120)}.\n\nShe "
        f"offered {SOLIDARITY}.",
    ]
    groups = [sorted({document for document, _ in passage}) for passage in _occurrences(texts)
              if not any(SOLIDARITY in text for _, text in passage)]
    assert groups == [["d0", "d1"]]


def test_another_events_outlet_writing_the_words_unquoted_reports_nobody() -> None:
    """Two outlets of one event quote a condolence formula alike; an article of another event
    writes the same words in its own sentence, sharing nothing else with them (alone, or with
    a reprint of its own): it is linked to neither."""
    thoughts = "Our thoughts and prayers are with the families"
    quoting = [
        f"{filler('a')}. “{thoughts}”, the club said after the fire. {filler('b')}.",
        f"{filler('c')}. “{thoughts},” the club wrote on Sunday. {filler('d')}.",
    ]
    flood = (f"After the flood in Ostrava, the mayor wrote that {thoughts.lower()} of the "
             "drowned")
    alone = [f"{filler('e')}. {flood}. {filler('f')}."]
    assert [[document for document, _ in passage]
            for passage in _occurrences(quoting + alone)] == [["d0", "d1"]]
    reprinted = [f"{filler('e')}. {flood}. The river rose four metres overnight and broke "
                 f"the old dyke below the town. {filler('f')}.",
                 f"{filler('g')}. The river rose four metres overnight and broke the old dyke "
                 f"below the town. {filler('h')}."]
    assert sorted(sorted({document for document, _ in passage})
                  for passage in _occurrences(quoting + reprinted)) == [["d0", "d1"], ["d2", "d3"]]
