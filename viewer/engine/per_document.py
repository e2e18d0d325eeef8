"""Facts of a corpus's documents read once each: a memo over (corpus, document), and the
document's language.

Several stages ask the same thing of a document many times (its language, whether it
capitalises its nouns, the offices it names): each such question is a function of the corpus
and a document index, answered once per corpus and document (`once_per_document`) and dropped
with the corpus (a weak reference: the engine's worker processes each keep their own).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TypeVar
from weakref import WeakKeyDictionary

import numpy as np

from viewer.engine import reporting
from viewer.engine.tokens import TokenisedCorpus

Answer = TypeVar("Answer")


def once_per_document(read: Callable[[TokenisedCorpus, int], Answer]
                      ) -> Callable[[TokenisedCorpus, int], Answer]:
    """`read(corpus, document)`, computed once per corpus and document."""
    known: WeakKeyDictionary[TokenisedCorpus, dict[int, Answer]] = WeakKeyDictionary()

    @wraps(read)
    def answered(corpus: TokenisedCorpus, document: int) -> Answer:
        answers = known.setdefault(corpus, {})
        if document not in answers:
            answers[document] = read(corpus, document)
        return answers[document]

    return answered


@once_per_document
def document_language(corpus: TokenisedCorpus, document: int) -> str | None:
    """The code in `reporting.LANGUAGES` of the language `document` is written in, by its
    function words (`reporting.language_of`); None where none tells (too few words, a tie, or a
    language the vocabulary does not list)."""
    first, end = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    language = int(reporting.language_of(corpus.hashes[first:end],
                                         np.zeros(end - first, dtype=np.int64), 1)[0])
    return reporting.LANGUAGES[language] if language >= 0 else None
