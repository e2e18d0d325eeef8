"""Two things one speaker said at two times ('In another post, he wrote: "..."'): outlets print
them one after the other as they print pieces of one remark, but an outlet saying between them
that the later came another time keeps them two statements (small hand-made texts)."""

from __future__ import annotations

import numpy as np

from viewer.engine.occasions import another_occasion
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, passage_documents

FIRST_POST = ("The airplane was on a perfect and routine line of approach to the airport, and this "
              "is a bad situation that should have been prevented")
SECOND_POST = "What a terrible night this has been for our country. God bless you all"


def _outlets(between: tuple[str, str, str]) -> list[str]:
    return [f"{filler('a')}.\n\nThe president wrote on his platform: \u201c{FIRST_POST}.\u201d\n\n"
            f"{between[0]} \u201c{SECOND_POST}!\u201d\n\n{filler('b')}.",
            f"{filler('c')}.\n\n\u201c{FIRST_POST},\u201d the president wrote.\n\n{between[1]} "
            f"\u201c{SECOND_POST}!\u201d\n\n{filler('d')}.",
            f"{filler('e')}.\n\nThe president posted: \u201c{FIRST_POST}.\u201d\n\n{between[2]} "
            f"\u201c{SECOND_POST}.\u201d\n\n{filler('f')}."]


def test_pieces_printed_in_order_with_no_word_of_another_time_are_one_remark() -> None:
    assert passage_documents(*_outlets(("He also wrote:", "He added:", "He then wrote:"))) == [
        ["d0", "d1", "d2"]]


def test_an_outlet_saying_the_later_came_in_another_post_keeps_them_two() -> None:
    outlets = _outlets(("In another post, minutes later, he wrote:", "He added:",
                        "He then wrote:"))
    assert passage_documents(*outlets) == [["d0", "d1", "d2"], ["d0", "d1", "d2"]]


SAID_AGAIN = [
    '"We are ready." In a follow-up post, he wrote: "Help is coming."',
    '"We are ready." Earlier, she had told reporters: "Help is coming."',
    '"We are ready." Hours later, he tweeted: "Help is coming."',
    '"We are ready," he said. "Help is coming," he wrote in a separate statement.',
    '"Wir sind bereit." In einem weiteren Beitrag schrieb er: "Hilfe kommt."',
    '"Estamos listos." Más tarde, escribió: "La ayuda llega."',
    '"Siamo pronti." In un\'altra nota, il sindaco ha scritto: "Arrivano gli aiuti."',
]
SAID_ON = [
    '"We are ready." He added: "Help is coming."',
    '"We are ready." He said: "Another team is on its way."',
    '"We lost everything," said Maria Lopez, another resident of the town. "We have nothing."',
    '"We will rebuild," the mayor told reporters earlier on Sunday. "Nobody will be left behind."',
    '"We will rebuild," said Smith, who previously led the agency. "Nobody is forgotten."',
    '"We will rebuild," he said, promising to follow up with families. "Nobody is forgotten."',
    '"Wir bauen wieder auf." Des Weiteren sagte Scholz: "Niemand wird vergessen."',
    '"Vamos a reconstruir." Por otra parte, Sánchez subrayó: "Nadie quedará atrás."',
    '"Vamos a reconstruir." Esta tarde, Sánchez dijo: "Nadie quedará atrás."',
    '"We zullen herbouwen." Het is eerder een kwestie van tijd, zei hij. "Niemand wordt vergeten."',
]


CONDOLENCE = ("Lamento profundamente el fallecimiento del papa Francisco, un hombre de paz que "
              "luchó por los más pobres")
FAREWELL = "España pierde hoy a un amigo y el mundo a una voz imprescindible"


def test_another_outlet_printing_the_later_as_going_on_does_not_join_them() -> None:
    """One outlet says the later is another post; another prints it as the text going on
    ("Añadió:", naming nobody), which alone makes the two one utterance: two statements
    still."""
    def outlets(between: tuple[str, str, str]) -> list[str]:
        return [f"{filler('a')}.\n\nSánchez escribió en X: «{CONDOLENCE}».\n\n{between[0]} "
                f"«{FAREWELL}».\n\n{filler('b')}.",
                f"{filler('c')}.\n\n«{CONDOLENCE}», escribió Sánchez.\n\n{between[1]} "
                f"«{FAREWELL}».\n\n{filler('d')}.",
                f"{filler('e')}.\n\nSánchez publicó: «{CONDOLENCE}».\n\n{between[2]} "
                f"«{FAREWELL}».\n\n{filler('f')}."]
    assert passage_documents(*outlets(("Sánchez dijo:", "Añadió:", "Sánchez dijo:"))) == [
        ["d0", "d1", "d2"]]
    assert passage_documents(*outlets(("En otro mensaje, horas después, escribió:", "Añadió:",
                                       "Sánchez dijo:"))) == [["d0", "d1", "d2"],
                                                              ["d0", "d1", "d2"]]


def test_words_of_another_occasion_are_read_where_they_introduce_or_attribute_the_quotation(
        ) -> None:
    """A word of another time before a said thing ("a follow-up post", "a separate statement",
    "einem weiteren Beitrag"), or alone opening the sentence that introduces the quotation
    ("Earlier,", "Hours later,", "Más tarde,"); not the outlet's own words about someone ("another
    resident"), the first quotation's attribution ("earlier on Sunday"), "Des Weiteren", "Por otra
    parte", "Esta tarde" (an afternoon), a word inside a quotation."""
    corpus = tokenise(articles(*SAID_AGAIN, *SAID_ON))
    assert len(corpus.quote_first) == 2 * len(SAID_AGAIN + SAID_ON)
    # (each text's second quotation, in the order of the texts)
    holder = corpus.document_of(corpus.quote_first)
    second = [int(np.flatnonzero(holder == corpus.ids.index(f"d{k}"))[1])
              for k in range(len(SAID_AGAIN + SAID_ON))]
    found = another_occasion(corpus, np.array(second))
    assert found.tolist() == [True] * len(SAID_AGAIN) + [False] * len(SAID_ON)
