"""Property tests of figure extraction on generated text: whatever the text, every mention's
offsets index the article text, mentions do not overlap, values are finite, and the JSON of the
command holds (hypothesis)."""

from __future__ import annotations

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.extraction import extract_mentions
from viewer.figures.report import figures_to_json

PIECES = st.sampled_from([
    "22", "5,000", "1.5 million", "twenty-two", "a dozen", "dozens of", "no", "none of the",
    "at least", "more than", "about", "some", "between 20 and 30", "20-30", "missiles",
    "soldiers", "U.S.", "troops", "people", "were killed", "was hit", "said", "police said",
    "according to the ministry", ",", ".", "\n", "“", "”", "\"", "In Turkey,", "🌍", "é",
    "January 7, 2020", "5:30 p.m.", "$3 million", "40%", "Flight 752", "9" * 40, "",
])
texts = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map(" ".join)


@settings(max_examples=150)
@given(texts, st.integers(min_value=0, max_value=20))
def test_mentions_index_the_text_and_do_not_overlap(text: str, header: int) -> None:
    body_start = min(header, len(text))
    found = extract_mentions("doc", text, body_start)
    end = body_start
    for mention in found:
        assert body_start <= mention.start < mention.end <= len(text)
        assert text[mention.start:mention.end] == mention.text
        assert mention.start >= end
        end = mention.end
        numbers = [mention.value.number] + ([mention.value.high] if mention.value.high else [])
        assert all(math.isfinite(number) and number >= 0 for number in numbers)


@settings(max_examples=50)
@given(st.lists(texts, min_size=1, max_size=4))
def test_the_json_contract_holds_for_any_articles(bodies: list[str]) -> None:
    articles = [Article(id=f"a{n}", text=body, title=f"A{n}") for n, body in enumerate(bodies)]
    payload = json.loads(json.dumps(figures_to_json(articles, find_figures(articles)),
                                    allow_nan=False))
    by_id = {article.id: article.text for article in articles}
    for quantity in payload["quantities"]:
        for mention in quantity["mentions"]:
            assert len(mention["value"]) == 1
            assert by_id[mention["document"]][mention["start"]:mention["end"]] == mention["text"]
