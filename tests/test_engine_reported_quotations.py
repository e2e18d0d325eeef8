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


def test_a_quotation_two_outlets_quote_is_reported_unquoted_by_a_third() -> None:
    texts = [
        f"{filler('a')}. «{QUOTE}», the prime minister told the rescue centre. {filler('b')}.",
        f"{filler('c')}.\n\n“{QUOTE},” Lurima said on Sunday. {filler('d')}.",
        f"ROME - {QUOTE}. So said the prime minister in a video call. {filler('e')}.",
        f"{filler('f')}. The premier assured that {QUOTE.lower()}. {filler('g')}.",
    ]
    assert _occurrences(texts) == [[("d0", QUOTE), ("d1", QUOTE), ("d2", QUOTE),
                                    ("d3", QUOTE.lower())]]


def test_a_quotation_one_outlet_alone_quotes_is_not_linked_to_unquoted_words() -> None:
    texts = [
        f"{filler('a')}. «{QUOTE}», the prime minister told the rescue centre. {filler('b')}.",
        f"ROME - {QUOTE}. So said the prime minister in a video call. {filler('e')}.",
    ]
    assert _occurrences(texts) == []


def test_a_short_quotation_is_not_linked_to_the_same_words_unquoted() -> None:
    short = "ready to do more"
    texts = [
        f"{filler('a')}. The minister said they were «{short}». {filler('b')}.",
        f"{filler('c')}. The minister said they were “{short}”. {filler('d')}.",
        f"{filler('e')}. Rescuers were {short}. {filler('f')}.",
    ]
    assert [[document for document, _ in passage] for passage in _occurrences(texts)] == [
        ["d0", "d1"]]
