"""An outlet that prints one sentence of a statement with a word of its own ("The Queen died
peacefully at Balmoral Castle this afternoon") is linked to the statement when several outlets
carry it (`viewer.engine.short_matches._corroborated`); a short edited phrase two articles
happen to share stays unlinked. Small hand-made corpora."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

FIRST = "The harbour master died peacefully at Kessing this afternoon."
REST = ("The council and the port board will meet this evening and will decide on the "
        "arrangements for the funeral tomorrow.")
EDITED = "The harbour master died peacefully at Kessing Hospital this afternoon, friends said."


def _edited_copy_linked(carriers: int) -> bool:
    texts = [f"{filler(f'a{k}')}.\n\n“{FIRST} {REST}”\n\n{filler(f'b{k}')}."
             for k in range(carriers)]
    texts.append(f"{filler('c')}.\n\n{EDITED}\n\n{filler('d')}.")
    result = find_shared_passages(articles(*texts))
    edited = f"d{carriers}"
    return any(o.document == edited for p in result.passages for o in p.occurrences)


def test_a_sentence_printed_with_a_word_of_its_own_joins_a_statement_several_carry() -> None:
    assert _edited_copy_linked(3)
    assert _edited_copy_linked(5)


def test_an_edited_sentence_fewer_outlets_carry_is_no_evidence() -> None:
    assert not _edited_copy_linked(2)
