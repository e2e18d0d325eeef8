"""The longer two texts are, the longer a phrase they share must be to link them: a word more
per doubling of the product of their lengths past two 2,000-word articles."""

from __future__ import annotations

import numpy as np

from viewer.engine import find_shared_passages
from viewer.engine.chance import chance_words, in_long_texts
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler

PHRASE = "the lighthouse keeper rowed his boat across the grey bay"


def _long_text(tag: str, words: int) -> str:
    sentences = [f"{filler(tag + chr(97 + k % 26) + chr(97 + k // 26), 12)}." for k in
                 range(words // 12)]
    return " ".join(sentences)


def test_chance_words_grow_by_one_per_doubling_past_two_long_articles() -> None:
    corpus = tokenise(articles(*(" ".join(["word"] * n) for n in (1000, 2000, 4000, 16000))))
    a = np.array([0, 1, 1, 2, 3])
    b = np.array([1, 1, 2, 2, 3])
    # products: 2M, 4M, 8M, 16M, 256M words squared
    assert chance_words(corpus, a, b).tolist() == [0, 0, 1, 2, 6]
    assert in_long_texts(corpus, a, b).tolist() == [False, False, True, True, True]


def test_a_ten_word_phrase_links_two_articles_but_not_two_long_texts() -> None:
    short = [f"{filler(tag, 200)}. {word} {PHRASE} {end}. {filler(tag + 'z', 200)}."
             for tag, word, end in (("a", "Then", "at dawn"), ("c", "Later", "by night"))]
    (passage,) = find_shared_passages(articles(*short)).passages
    assert PHRASE in passage.consensus
    # two texts of 12,000 words: five doublings past two 2,000-word articles, 11 words needed
    long = [f"{_long_text(tag, 6000)} {word} {PHRASE} {end}. {_long_text(tag + 'z', 6000)}"
            for tag, word, end in (("a", "Then", "at dawn"), ("c", "Later", "by night"))]
    assert find_shared_passages(articles(*long)).passages == ()
