"""The tokeniser's initials: each token's first character read as a capital or a digit, as
`str.isupper` and `str.isdigit` read it in the text, whatever the script or wrapping."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.corpus import Article
from viewer.engine.tokens import INITIAL_CAPITAL, INITIAL_DIGIT, tokenise

WORDS = ("Iran", "iran", "Élysée", "élysée", "Σώμα", "σώμα", "ǅemal", "٣٠", "12:30", "U.S.",
         "Ⓐ", "ⅷ", "Straße", "東京", "'Tis", "x")


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS), max_size=30), min_size=1, max_size=4),
       st.sampled_from((" ", "\n", ", ", "\n\n")))
def test_initials_read_each_tokens_first_character(texts: list[list[str]], joint: str) -> None:
    corpus = tokenise([Article(f"d{i}", joint.join(words) + "\n" + "filler " * 12, f"d{i}")
                       for i, words in enumerate(texts)])
    for document, text in enumerate(corpus.texts):
        for token in range(int(corpus.offsets[document]), int(corpus.offsets[document + 1])):
            first = text[int(corpus.starts[token])]
            marks = int(corpus.initials[token])
            assert bool(marks & INITIAL_CAPITAL) == first.isupper()
            assert bool(marks & INITIAL_DIGIT) == first.isdigit()


def test_a_wrapped_text_keeps_its_initials() -> None:
    line = "the harbour master of Varrow returned to the quay on 16 March after a month"
    text = "\n".join([line] * 6)
    corpus = tokenise([Article("a", text, "a")])
    capitals = [text[start] for start, marks in zip(corpus.starts.tolist(),
                                                    corpus.initials.tolist(), strict=True)
                if marks & INITIAL_CAPITAL]
    assert capitals == ["V", "M"] * 6
