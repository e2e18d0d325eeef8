"""Reporting verbs whose accent-folded form is another word (`viewer.engine.reporting_words`):
the tokeniser folds accents, so a verb in the lists is stock wherever its folded form stands.
Small hand-made sentences, no sample or real-article text."""

from __future__ import annotations

from viewer.engine import reporting
from viewer.normalize import normalize_words
from viewer.token_hashing import word_hashes


def _stock(text: str) -> dict[str, bool]:
    words = normalize_words(text.split())
    return dict(zip(words, reporting.stock(word_hashes(words)).tolist(), strict=True))


def test_a_folded_reporting_verb_hides_no_content_word() -> None:
    """Spanish "publicó" folds to "público" (public), a content word in Spanish and Portuguese
    text; "precisó" folds to "preciso", Portuguese "I need" and Italian "precise": stock only in
    Spanish text."""
    assert not _stock("el gobierno amplió el transporte público en la ciudad")["publico"]
    assert not _stock("o velório será aberto ao público no planetário")["publico"]
    assert not _stock("eu preciso de ajuda para os meus filhos")["preciso"]
    assert not _stock("un calcolo molto preciso della distanza")["preciso"]
    assert _stock("la ministra precisó que los muertos son muchos en la ciudad")["preciso"]
