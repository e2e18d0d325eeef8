"""What the name beside a reporting verb reads (`viewer.engine.attribution_names`): words with no
reporting verb among them name no one, and their names are not looked for."""

from __future__ import annotations

import pytest

from viewer.engine import attribution_names
from viewer.engine.attribution_names import UNKNOWN, AttributionWords, name_beside_verb
from viewer.engine.tokens import tokenise

from .engine_texts import articles


def test_words_without_a_reporting_verb_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = tokenise(articles(
        'Minister Okonte Mabena visited the Lurimu dam on Monday. "It will hold," Mabena said.'))
    read: list[tuple[int, int]] = []
    words_of = AttributionWords.of.__func__  # type: ignore[attr-defined]

    def counted(cls: type[AttributionWords], corpus_: object, document: int, first: int,
                end: int) -> AttributionWords:
        read.append((first, end))
        return words_of(cls, corpus_, document, first, end)  # type: ignore[no-any-return]

    monkeypatch.setattr(attribution_names.AttributionWords, "of", classmethod(counted))
    # (the first sentence names three people and places, and no verb of saying)
    assert name_beside_verb(corpus, 0, 0, 9) == UNKNOWN
    assert read == []
    # (the attribution after the quotation: read, and Mabena's)
    said = [position for position in range(len(corpus.hashes))
            if corpus.texts[0][int(corpus.starts[position]):int(corpus.ends[position])] == "said"]
    assert name_beside_verb(corpus, 0, said[0] - 1, said[0] + 1) != UNKNOWN
    assert read
