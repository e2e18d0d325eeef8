"""What the engine reads once per document (`viewer.engine.per_document`): a memo over corpus
and document, and the document's language by its function words."""

from __future__ import annotations

from viewer.engine.per_document import document_language, once_per_document
from viewer.engine.tokens import TokenisedCorpus, tokenise

from .engine_texts import ENGLISH_LEAD, GERMAN_LEAD, articles


def _corpus(*texts: str) -> TokenisedCorpus:
    return tokenise(articles(*texts))


def test_a_question_is_answered_once_per_corpus_and_document() -> None:
    asked: list[tuple[int, int]] = []

    @once_per_document
    def length(corpus: TokenisedCorpus, document: int) -> int:
        asked.append((id(corpus), document))
        return int(corpus.offsets[document + 1] - corpus.offsets[document])

    first, second = _corpus("one two three", "four five"), _corpus("six seven eight nine")
    assert [length(first, 0), length(first, 1), length(first, 0), length(first, 1)] == [3, 2, 3, 2]
    assert length(second, 0) == 4
    assert asked == [(id(first), 0), (id(first), 1), (id(second), 0)]


def test_a_document_s_language_is_read_from_its_function_words() -> None:
    corpus = _corpus(ENGLISH_LEAD, GERMAN_LEAD, "Okonte")
    assert [document_language(corpus, document) for document in range(3)] == ["en", "de", None]
