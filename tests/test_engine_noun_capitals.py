"""Whether a document capitalises its nouns (`viewer.engine.name_words`), asked of one document
by the speakers' rules: the same answer as the rule read over the document, and the document's
language read only where the counts leave the answer open."""

from __future__ import annotations

import numpy as np
import pytest

from viewer.engine import name_words, reporting
from viewer.engine.tokens import TokenisedCorpus, tokenise

from .engine_texts import DUTCH_LEAD, ENGLISH_LEAD, GERMAN_LEAD, articles

GERMAN_STORY = GERMAN_LEAD * 3 + (
    "Der Kanzler sagte bei dem gestrigen Auftritt, die Regierung sei handlungsfähig. ")
ENGLISH_STORY = ENGLISH_LEAD * 4 + "The minister said that the state will stay in the coalition. "
TEXTS = (GERMAN_STORY, ENGLISH_STORY, DUTCH_LEAD * 4, ENGLISH_LEAD, "Okonte Mabena Kibulu",
         # (English with German false friends and capitals: the bounds must not decide it)
         ENGLISH_LEAD * 2 + GERMAN_LEAD * 2, "Die Den Die Den " * 20,
         # (German just above the share, whose false friends decide it: "Land" and "Tag"
         # capitalised, nouns here, and "die", "war" in lower case, function words here; a bound
         # counting them the other way answers no -- a review's two unsound bounds passed)
         GERMAN_LEAD * 3 + "Das Land hat am Tag der Wahl entschieden. " * 4
         + "es war sehr schnell vorbei " * 12)


def _corpus() -> TokenisedCorpus:
    return tokenise(articles(*TEXTS))


def test_one_document_asked_alone_is_answered_as_the_documents_together() -> None:
    corpus = _corpus()
    together = name_words.capitalises_nouns(corpus, np.arange(len(TEXTS))).tolist()
    alone = [name_words._capitalises_nouns(corpus, document) for document in range(len(TEXTS))]
    assert alone == together
    assert together[0] and not together[1]


def test_an_english_document_s_language_is_not_read_to_tell(monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """Its counts alone say it is far from capitalising half its words: reading its language,
    which decides its false friends ("state" is a function word in Italian, none in English),
    cannot change that."""
    corpus = _corpus()
    read: list[int] = []
    language_of = reporting.language_of

    def counted(hashes: np.ndarray, owner: np.ndarray, ranges: int) -> np.ndarray:
        read.append(len(hashes))
        return language_of(hashes, owner, ranges)

    monkeypatch.setattr(reporting, "language_of", counted)
    assert not name_words._capitalises_nouns(corpus, 1)
    assert read == []
