"""Stage 5i: an occurrence in Thai (a script spelt letter by letter, no spaces between words)
never starts or ends on a cut-off piece of a word (`viewer.engine.syllabic_edges`)."""

from __future__ import annotations

import numpy as np

from viewer.corpus import Article
from viewer.engine.pipeline import find_shared_passages, tokenise
from viewer.engine.statements import Statements
from viewer.engine.syllabic_edges import without_syllabic_pieces

SHARED = "พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"
"""Gen. Prayut Chan-o-cha, Prime Minister and Minister of Defence."""
NEXT_WORD = "เปิดเผยว่า"
"""revealed that (its first letter, เ, was left at the end of a Thai highlight)"""


def _occurrence(text: str, start: int, end: int) -> tuple[object, Statements]:
    corpus = tokenise([Article("a", text, "A"), Article("b", text, "B")])
    starts, ends = corpus.starts, corpus.ends
    offset = int(corpus.offsets[0])
    tokens = starts[offset:int(corpus.offsets[1])]
    first = int(np.searchsorted(tokens, start))
    last = int(np.searchsorted(ends[offset:int(corpus.offsets[1])], end, side="left")) + 1
    zero, one = np.array([0, 0]), np.array([0, 1])
    return corpus, Statements(zero, one, np.array([first, first]), np.array([last, last]))


def _extent(corpus, statements: Statements, text: str) -> str:
    offset = int(corpus.offsets[0])
    start = int(corpus.starts[offset + int(statements.first[0])])
    end = int(corpus.ends[offset + int(statements.end[0]) - 1])
    return text[start:end]


def test_a_letter_of_the_next_word_leaves_the_end_and_a_word_s_tail_the_start():
    text = f"ด้าน {SHARED} {NEXT_WORD} รัฐบาลจะช่วยเหลือ"
    at = text.index(SHARED)
    corpus, statements = _occurrence(text, at, at + len(SHARED) + 2)  # (" เ")
    assert _extent(corpus, statements, text).endswith("กลาโหม เ")
    trimmed = without_syllabic_pieces(corpus, statements)
    assert _extent(corpus, trimmed, text) == SHARED
    # a start inside the run before it: "าน " (the tail of ด้าน) goes
    corpus, statements = _occurrence(text, at - 3, at + len(SHARED))
    assert _extent(corpus, without_syllabic_pieces(corpus, statements), text) == SHARED


def test_a_longer_piece_may_be_a_word_and_stays():
    text = f"{SHARED} {NEXT_WORD} รัฐบาลจะช่วยเหลือ"
    end = text.index(NEXT_WORD) + 5  # (five letters of the run after the space)
    corpus, statements = _occurrence(text, 0, end)
    assert without_syllabic_pieces(corpus, statements) is statements
    # and an occurrence that is all piece keeps it
    corpus, statements = _occurrence(text, 0, 3)
    assert without_syllabic_pieces(corpus, statements) is statements


def test_text_in_other_scripts_is_the_same():
    articles = [Article(f"{n}", "Iran fired 22 missiles at two bases overnight, officials said "
                        f"on Wednesday, and the Pentagon confirmed it {n}.", "T")
                for n in range(2)]
    assert find_shared_passages(articles).passages
    corpus = tokenise(articles)
    statements = Statements(np.array([0, 0]), np.array([0, 1]), np.array([2, 2]),
                            np.array([9, 9]))
    assert without_syllabic_pieces(corpus, statements) is statements
