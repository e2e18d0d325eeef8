"""The index's boilerplate filter, line keys computed as arrays, marks exactly the tokens the
line-by-line filter it replaced marked (`tests/reference_engine.py`)."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reference_engine import reference_boilerplate_free
from viewer.corpus import Article
from viewer.engine.index import boilerplate_free
from viewer.engine.tokens import tokenise

LINES = ["Sign up for our newsletter", "Read more", "Share this", "Advertisement",
         "Missiles hit two bases in Iraq, officials said on Wednesday morning local time",
         "Read more:", "read MORE", "Sign up for our", "newsletter", "",
         " ".join(["word"] * 20), " ".join(["word"] * 21), "中国 新闻"]

documents = st.lists(st.lists(st.sampled_from(LINES), max_size=8).map("\n".join),
                     min_size=0, max_size=40)


def _check(texts: list[str]) -> None:
    corpus = tokenise([Article(f"doc{i:03}", text, f"doc{i}") for i, text in enumerate(texts)])
    assert np.array_equal(boilerplate_free(corpus), reference_boilerplate_free(corpus))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_boilerplate_matches_the_line_by_line_filter(texts: list[str]) -> None:
    _check(texts)


def test_boilerplate_in_a_large_corpus() -> None:
    texts = [f"Story {i} about the strike.\nSign up for our newsletter\nRead more\n"
             f"Missiles hit {i % 7} bases." for i in range(60)]
    _check(texts)
    corpus = tokenise([Article(f"doc{i:03}", text, f"doc{i}") for i, text in enumerate(texts)])
    assert not boilerplate_free(corpus).all()
