"""Issue 12, case 9 (core): re-anchoring in steps gives anchor_all's answer, reports progress and
stops when cancelled."""

from __future__ import annotations

import random

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.model import make_annotation
from viewer.annotations.reanchoring import anchor_in_steps
from viewer.corpus import Article

WORDS = ["missile", "base", "troops", "Iraq", "Iran", "statement", "minister", "casualties",
         "damage", "strike", "president", "tweet", "Pentagon", "military", "official", "report"]


def hostile(count: int, seed: int = 7) -> tuple[list, list[Article]]:
    """`count` annotations with long quotes, made on texts that have since been edited."""
    rng = random.Random(seed)
    texts = [" ".join(rng.choice(WORDS) for _ in range(3000)) for _ in range(3)]
    before = [Article(id=f"a{n}", text=t, title=f"A{n}") for n, t in enumerate(texts)]
    made = []
    for _ in range(count):
        article = rng.choice(before)
        start = rng.randrange(0, len(article.text) - 400)
        made.append(make_annotation(article, start, start + rng.randrange(40, 400)))
    after = [Article(id=a.id, text=a.text.replace("strike", "strikes").replace("Iraq", "Irak"),
                     title=a.title) for a in before]
    return made, after


def test_steps_give_the_same_answer_as_anchor_all_with_progress() -> None:
    annotations, articles = hostile(60)
    reported: list[float] = []
    stepped = anchor_in_steps(annotations, articles, progress=reported.append)
    assert stepped == anchor_all(annotations, articles)
    assert reported[-1] == 1.0 and reported == sorted(reported)


def test_cancelling_stops_early() -> None:
    annotations, articles = hostile(60)
    calls = 0

    def cancelled() -> bool:
        nonlocal calls
        calls += 1
        return calls > 5

    assert anchor_in_steps(annotations, articles, cancelled=cancelled) is None
    assert calls == 6
