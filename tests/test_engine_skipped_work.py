"""Work the engine skips because its result cannot matter: each skip leaves the answer as it was
(the acceptance outputs are byte-identical) and is checked here by the work it no longer does,
counted, never timed. Small hand-made texts."""

from __future__ import annotations

import difflib

import numpy as np
import pytest

from viewer.engine import transcription_edits
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, token_range

VERDICT = "The court declares the defendant {name} proven guilty beyond reasonable doubt"


class _CountedMatcher(difflib.SequenceMatcher):  # type: ignore[type-arg]
    made = 0

    def __init__(self, *args: object, **kwargs: object) -> None:
        type(self).made += 1
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


def _verdict_pair(first: str, second: str) -> tuple[np.ndarray, bool]:
    """`full_names_replaced` of the verdict read for `first` in one article and for `second`
    in another (their whole verdicts, global token ranges), and whether it diffed them."""
    texts = [f'{filler("a")}. "{VERDICT.format(name=first)}," the judge said.',
             f'{filler("b")}. "{VERDICT.format(name=second)}," the judge said.']
    corpus = tokenise(articles(*texts))
    ranges = []
    for document, name in enumerate((first, second)):
        low, high = token_range(corpus, document, VERDICT.format(name=name))
        base = int(corpus.offsets[document])
        ranges += [np.array([base + low]), np.array([base + high])]
    _CountedMatcher.made = 0
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(transcription_edits, "SequenceMatcher", _CountedMatcher)
        found = transcription_edits.full_names_replaced(corpus, *ranges)
    return found, _CountedMatcher.made > 0


def test_two_full_names_in_place_are_still_found_by_a_diff() -> None:
    found, diffed = _verdict_pair("Ferdy Sambo", "Teddy Minahasa")
    assert found.tolist() == [True] and diffed


def test_words_in_place_that_no_document_capitalises_are_not_diffed_for_names() -> None:
    """Two words written in place of two others, none of them a word either document
    capitalises inside a sentence: no run of them is a full name, so the two are not diffed."""
    found, diffed = _verdict_pair("ferdy sambo", "teddy minahasa")
    assert found.tolist() == [False] and not diffed
