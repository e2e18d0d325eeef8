"""Pieces of one story (`viewer.engine.stories`) do not depend on the order of the articles:
small corpora of invented sentences, each document carrying some of them in its own order, near
or far apart, quoted, introduced with a colon, reported or told as story text."""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.corpus import Article
from viewer.engine import find_shared_passages

from .engine_texts import filler

_SYLLABLES = ("ka", "lo", "mi", "ren", "tu", "sa", "vor", "pel", "di", "gan", "ro", "bex")


def _invented_sentence(rng: random.Random, length: int) -> str:
    words = ["".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))
             for _ in range(length)]
    return " ".join(words).capitalize() + "."


_RNG = random.Random(20261202)
SENTENCES = tuple(_invented_sentence(_RNG, length) for length in (9, 12, 15, 18))
"""Made-up sentences (no real text): the statements the documents may share."""

PIECE = st.tuples(st.integers(0, len(SENTENCES) - 1),
                  st.sampled_from([0, 5, 12, 30, 60, 130]),
                  st.sampled_from([" ", "\n\n"]),
                  st.sampled_from(["story"] * 4 + ["quoted", "colon", "reported"]))
"""A sentence a document carries: which one, how many words of its own before it, whether a
paragraph starts there, and how it is told."""


def _text(tag: str, pieces: list[tuple[int, int, str, str]]) -> str:
    parts = [f"{filler(tag + 'a')}."]
    for k, (sentence, own_words, separator, told) in enumerate(pieces):
        if own_words:
            parts.append(f"{separator}{filler(f'{tag}{k}q', own_words)}.")
        text = SENTENCES[sentence]
        if told == "quoted":
            text = f"“{text}” an official said."
        elif told == "colon":
            text = f"The agency added: {text}"
        elif told == "reported":
            text = f"The agency said that {text[0].lower()}{text[1:]}"
        parts.append(f"{separator}{text}")
    parts.append(f"\n\n{filler(tag + 'z')}.")
    return " ".join(parts)


def _passages(articles: list[Article]) -> set[frozenset[tuple[str, int, int]]]:
    return {frozenset((o.document, o.start, o.end) for o in passage.occurrences)
            for passage in find_shared_passages(articles).passages}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(PIECE, min_size=1, max_size=6), min_size=2, max_size=5),
       st.randoms(use_true_random=False))
def test_story_pieces_give_the_same_passages_in_any_order_of_the_articles(
        pieces: list[list[tuple[int, int, str, str]]], rng: random.Random) -> None:
    articles = [Article(f"d{k}", _text("bcdefg"[k], chosen), f"d{k}")
                for k, chosen in enumerate(pieces)]
    shuffled = list(articles)
    rng.shuffle(shuffled)
    assert _passages(shuffled) == _passages(articles)
