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


def test_a_frame_another_texts_sentence_fills_with_its_own_words_is_no_evidence() -> None:
    """Three outlets quote a chief executive's "I believe it is in the best interests of the
    company to have new leadership"; a story about a president writes that "he believes it is
    in the best interests of his party" to step down: the words they share end on "of" inside
    the clause in both, a frame each fills with its own words, not the statement's sentence."""
    said = ("At this critical juncture, I believe it is in the best interests of the company to "
            "have new leadership to move the company forward")
    texts = [f"{filler(f'a{k}')}.\n\n“{said},” the chief executive said.\n\n{filler(f'b{k}')}."
             for k in range(3)]
    texts.append(f"{filler('c')}.\n\nThe president said that, while he had planned to run "
                 "again, he believes it is in the best interests of his party and the country to "
                 f"step down.\n\n{filler('d')}.")
    result = find_shared_passages(articles(*texts))
    assert not any(o.document == "d3" for p in result.passages for o in p.occurrences)
