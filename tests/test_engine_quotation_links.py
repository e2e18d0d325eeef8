"""When a sentence two outlets quote word for word links two statements
(`viewer.engine.quotation_links.pieces_of_one_quotation`): six words or more, or four where it
is one outlet's whole quotation (small hand-made corpora, no sample or real-article text)."""

from __future__ import annotations

import numpy as np

from viewer.engine.quotation_links import pieces_of_one_quotation
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, token_range

PAUSE = "Necesito parar y reflexionar."


def _links(texts: list[str], one: int, other: int, words: str) -> bool:
    corpus = tokenise(articles(*texts, *(filler(tag) + "." for tag in "pqrstu")))
    # (global token ranges)
    first_a, end_a = np.add(token_range(corpus, one, words), int(corpus.offsets[one]))
    first_b, end_b = np.add(token_range(corpus, other, words), int(corpus.offsets[other]))
    true = np.ones(1, dtype=bool)
    return bool(pieces_of_one_quotation(
        corpus, (np.array([first_a]), np.array([end_a]), np.array([first_b]), np.array([end_b])),
        quoted=true, exact=true, quotes=(corpus.quote_first, corpus.quote_end))[0])


def test_a_short_sentence_one_outlet_quotes_whole_links_the_texts_others_quote_it_in() -> None:
    """Four words one outlet quotes alone, "Necesito parar y reflexionar", open the longer
    quotations of two others: the outlet chose them from the text the others quote more of."""
    texts = [f"{filler('a')}. “{PAUSE}”, escribió Mabena. {filler('b')}.",
             f"{filler('c')}. “{PAUSE} Me urge responderme a la pregunta de si merece la pena”, "
             f"escribió. {filler('d')}.",
             f"{filler('e')}. “{PAUSE} ¿Merece la pena todo esto?”, dijo. {filler('f')}."]
    assert _links(texts, 0, 1, PAUSE)
    # (opening two longer quotations, four words are how two texts may open alike)
    assert not _links(texts, 1, 2, PAUSE)
    # (a whole quotation of four stock words says nothing)
    stock = "Es lo que hay."
    texts = [f"{filler('a')}. “{stock}”, dijo Mabena. {filler('b')}.",
             f"{filler('c')}. “{stock} Me urge responderme a la pregunta”, dijo. {filler('d')}."]
    assert not _links(texts, 0, 1, stock)
