"""Events and their statements for `benchmarks/realistic.py`: a made-up vocabulary, each event's
names and speakers, and its official statements, tweets and wire paragraphs (words with their
punctuation attached, and where each sentence ends).

Deterministic: every choice comes from the `random.Random` passed in (the vocabulary is fixed).
"""

from __future__ import annotations

import functools
import random
from collections.abc import Sequence
from dataclasses import dataclass, field

_FUNCTION_TEXT = (
    "the the the the of of of and and to to in in a a that for on with was is it as by at from "
    "were be had has have this which after its their they not but over more than about would "
    "also been while into two three some when who"
)
FUNCTION_WORDS = tuple(_FUNCTION_TEXT.split())

FUNCTION_SET = frozenset(FUNCTION_WORDS)
_SYLLABLES = tuple(c + v for c in "bcdfghjklmnprstvwz" for v in "aeiou")

# --------------------------------------------------------------------------------------------
# Events and statements


@dataclass
class Source:
    """A source statement: its words (trailing punctuation attached) and who said it."""

    key: str
    event: str
    type: str
    speaker: str
    words: list[str]
    sentence_ends: list[int]
    """Index one past each sentence's last word."""


@dataclass
class Event:
    key: str
    names: list[str]
    speakers: list[str]
    sources: list[Source] = field(default_factory=list)


@functools.cache
def make_vocabulary(size: int = 60_000) -> tuple[str, ...]:
    """Distinct pronounceable made-up words of 2-4 syllables: the same for every corpus."""
    rng = random.Random(20260101)
    words: set[str] = set()
    while len(words) < size:
        words.update("".join(rng.choices(_SYLLABLES, k=rng.randint(2, 4)))
                     for _ in range(size - len(words)))
    return tuple(sorted(words))[:size]


def make_name(rng: random.Random, vocabulary: Sequence[str]) -> str:
    word = rng.choice(vocabulary).capitalize()
    if rng.random() < 0.15:  # a few non-ASCII names, so code points and bytes differ
        word = word.replace("a", "á", 1).replace("e", "ë", 1)
    return word


def make_event(rng: random.Random, vocabulary: Sequence[str], key: str) -> Event:
    names = [make_name(rng, vocabulary) for _ in range(6)]
    speakers = [f"the {names[0]} Ministry of Defence", f"President {names[1]} {names[2]}",
                f"the {names[3]} Command", f"spokesperson {names[4]} {names[5]}"]
    event = Event(key, names, speakers)
    kinds = ["official"] * rng.randint(1, 2) + ["tweet"] * rng.randint(0, 2)
    kinds += ["wire"] * rng.randint(0, 2)
    for number, kind in enumerate(kinds, start=1):
        if kind == "official":
            sentences, lengths, speaker = rng.randint(3, 6), (10, 24), rng.choice(speakers[::2])
        elif kind == "tweet":
            sentences, lengths, speaker = rng.randint(1, 3), (3, 12), speakers[1]
        else:
            sentences, lengths, speaker = rng.randint(2, 5), (12, 26), ""
        words: list[str] = []
        ends: list[int] = []
        for _ in range(sentences):
            sentence = _statement_sentence(rng, vocabulary, names, rng.randint(*lengths))
            if kind == "tweet" and rng.random() < 0.5:
                sentence[-1] = sentence[-1][:-1] + "!"
            words += sentence
            ends.append(len(words))
        event.sources.append(Source(f"{key}.s{number}", key, kind, speaker, words, ends))
    return event


def _statement_sentence(rng: random.Random, vocabulary: Sequence[str], names: list[str],
                        length: int) -> list[str]:
    words = []
    for _ in range(length):
        roll = rng.random()
        if roll < 0.35:
            words.append(rng.choice(FUNCTION_WORDS))
        elif roll < 0.45:
            words.append(rng.choice(names))
        elif roll < 0.48:
            words.append("U.S.")
        else:
            word = rng.choice(vocabulary)
            words.append(word + "'s" if rng.random() < 0.04 else word)
    if words[-1] == "U.S.":
        words[-1] = rng.choice(vocabulary)
    if length >= 12 and rng.random() < 0.5:
        comma = rng.randrange(4, length - 4)
        if words[comma] != "U.S.":
            words[comma] += ","
    words[0] = words[0][:1].upper() + words[0][1:]
    words[-1] += "."
    return words
