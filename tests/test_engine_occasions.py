"""Two things one speaker said at two times ('In another post, he wrote: "..."'): outlets print
them one after the other as they print pieces of one remark, but an outlet saying between them
that the later came another time keeps them two statements (small hand-made texts)."""

from __future__ import annotations

import numpy as np

from viewer.engine.occasions import another_occasion
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, passage_documents, token_range

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


def test_words_of_another_occasion_are_read_outside_quotations_only() -> None:
    texts = ['"We are ready." In a follow-up post, he wrote: "Help is coming."',
             '"We are ready." Earlier, she had told reporters: "Help is coming."',
             '"We are ready." In einem weiteren Beitrag schrieb er: "Hilfe kommt."',
             '"We are ready." He added: "Help is coming."',
             '"We are ready." He said: "Another team is on its way."',
             '"We are ready." He followed the rescue and said: "Help is coming."']
    corpus = tokenise(articles(*texts))
    firsts, ends = [], []
    for document, text in enumerate(texts):
        # (from the outlet's first word after the first quotation to the document's end)
        first, _ = token_range(corpus, document, text.split('"')[2].split()[0])
        firsts.append(int(corpus.offsets[document]) + first)
        ends.append(int(corpus.offsets[document + 1]))
    found = another_occasion(corpus, np.array(firsts), np.array(ends))
    assert found.tolist() == [True, True, True, False, False, False]
