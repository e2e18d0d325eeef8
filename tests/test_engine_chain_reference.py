"""The vectorised chain-and-extend stage gives exactly the matches of the word-by-word stage it
replaced (`tests/reference_engine.py`): same chains, same trimmed and extended edges, same cuts
at shared quotation marks, same document counts, in the same order (given the breaks it knew:
punctuation and line breaks; the sentence splitter and unwrapping change only the breaks)."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.reference_engine import reference_chain_and_extend
from viewer.corpus import Article
from viewer.engine import seed_chains, tokens
from viewer.engine.candidates import candidate_seeds
from viewer.engine.chain import chain_and_extend
from viewer.engine.index import index_ngrams
from viewer.engine.matches import PairMatches
from viewer.engine.tokens import TokenisedCorpus, tokenise
from viewer.passages import EngineSettings

WORDS = ["the", "minister", "said", "missiles", "hit", "bases", "U.S.", "Iran's", "5:30", "all",
         "is", "well", "so", "far", "good", "we", "are", "evaluating", "damage", "now"]
OTHER_WORDS = ["spokesman", "reporters", "officials", "told", "added", "wrote", "on", "twitter"]
SEPARATORS = [" ", " ", " ", " ", ", ", ". ", "; ", ": ", ' "', '" ', " “", "” ", "\n", "\n\n",
              " (", ") ", " — ", "! ", "? ", '," ', '." ']

pieces = st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS))
other_pieces = st.tuples(st.sampled_from(OTHER_WORDS), st.sampled_from(SEPARATORS))
base_texts = st.lists(pieces, min_size=10, max_size=60)


@st.composite
def corpora(draw: st.DrawFn) -> list[str]:
    """Documents that quote overlapping stretches of one base text with small edits, so that
    seeds chain, edges need trimming and extension, and quotation marks cut matches."""
    base = draw(base_texts)
    documents = []
    for _ in range(draw(st.integers(2, 5))):
        parts = []
        for _ in range(draw(st.integers(1, 4))):
            start = draw(st.integers(0, len(base) - 1))
            stop = draw(st.integers(start + 1, len(base)))
            stretch = list(base[start:stop])
            for _ in range(draw(st.integers(0, 4))):  # edits: replace, drop, insert pieces
                if not stretch:
                    break
                where = draw(st.integers(0, len(stretch) - 1))
                kind = draw(st.integers(0, 3))
                if kind == 0:
                    stretch[where] = draw(st.one_of(pieces, other_pieces))
                elif kind == 1:
                    del stretch[where : where + draw(st.integers(1, 2))]
                elif kind == 2:
                    stretch[where:where] = draw(st.lists(other_pieces, min_size=1, max_size=3))
                else:  # two words replaced, the separator after them kept
                    stretch[where : where + 2] = [(word, sep) for (word, _), (_, sep) in zip(
                        draw(st.lists(other_pieces, min_size=2, max_size=2)),
                        stretch[where : where + 2], strict=False)]
            parts.append("".join(word + sep for word, sep in stretch))
            parts.append(draw(st.sampled_from(["", "Other words here. ", "\n", '"'])))
        documents.append("".join(parts))
    return documents


def _same(new: PairMatches, old: PairMatches) -> None:
    for field in ("doc_a", "a0", "a1", "doc_b", "b0", "b1", "quoted", "documents",
                  "most_documents"):
        assert np.array_equal(getattr(new, field), getattr(old, field)), field


def _punctuation_corpus(texts: list[str]) -> TokenisedCorpus:
    """The corpus with the breaks the word-by-word stage knew: every line break a paragraph
    break, every full stop a sentence end (no unwrapping, no sentence splitter)."""
    saved = tokens._sentence_begins, tokens.unwrapped
    tokens._sentence_begins = lambda texts, text_start: None  # type: ignore[assignment]
    tokens.unwrapped = lambda text: text
    try:
        return tokenise([Article(f"doc{i}", text, f"doc{i}") for i, text in enumerate(texts)])
    finally:
        tokens._sentence_begins, tokens.unwrapped = saved


def _check(texts: list[str], engine: EngineSettings) -> None:
    corpus = _punctuation_corpus(texts)
    index = index_ngrams(corpus, engine)
    seeds = candidate_seeds(corpus, index)
    expected = reference_chain_and_extend(corpus, seeds, engine, index.window_documents)
    _same(chain_and_extend(corpus, seeds, engine, index.window_documents), expected)
    # The same again with every group of seed runs chained by the loop, not as arrays.
    widths = seed_chains.GROUP_WIDTHS
    seed_chains.GROUP_WIDTHS = ()
    try:
        _same(chain_and_extend(corpus, seeds, engine, index.window_documents), expected)
    finally:
        seed_chains.GROUP_WIDTHS = widths


ENGINES = st.builds(EngineSettings, min_words=st.integers(1, 8), ngram_size=st.integers(1, 6),
                    max_gap_words=st.integers(0, 6))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora(), ENGINES)
def test_chains_match_the_word_by_word_stage(texts: list[str], engine: EngineSettings) -> None:
    _check(texts, engine)


def test_chains_match_on_repeated_text_and_quotes() -> None:
    statement = ('Trump wrote: "All is well! Missiles launched from Iran at two military bases '
                 'located in Iraq." Assessment of casualties & damages taking place now. ')
    texts = [statement * 3, "Officials said " + statement + " he added.",
             "missile " * 300, "missile " * 250 + statement, "", "One. Two, three: four."]
    for engine in (EngineSettings(), EngineSettings(min_words=3, ngram_size=3)):
        _check(texts, engine)


def test_chains_closed_early_come_first() -> None:
    """A chain closed while an older one is still open is listed before it."""
    words = [f"w{chr(97 + k // 26)}{chr(97 + k % 26)}" for k in range(30)]
    passage = " ".join(words)
    texts = [passage + ".",
             passage + ". Filler text. " + " ".join(words[5:11]) + ". Other text. "
             + " ".join(words[16:22]) + "."]
    _check(texts, EngineSettings())
    corpus = _punctuation_corpus(texts)
    engine = EngineSettings()
    index = index_ngrams(corpus, engine)
    matches = chain_and_extend(corpus, candidate_seeds(corpus, index), engine,
                               index.window_documents)
    assert matches.a0.tolist() == [5, 0, 16]
