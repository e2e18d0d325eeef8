"""The engine's vectorised tokeniser agrees with the regex grammar: same spans, and equal hashes
exactly for equal normalised words."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from viewer.normalize import normalize_words, token_arrays
from viewer.token_hashing import token_hashes, word_hashes

# Pieces chosen to hit every branch of the grammar and of the fast path: ASCII words and
# numbers, the inner punctuation, acronyms, possessives, accents (precomposed and combining),
# letters and digits outside ASCII, characters outside the BMP, a lone surrogate.
PIECES = [
    "a", "Z", "word", "Word", "9", "42", " ", "  ", "\n", "\t", ".", ",", ":", ";", "'", "’",
    '"', "“", "”", "-", "_", "!", "(", "é", "e\u0301", "\u0301", "ß", "ﬁ", "²", "٣", "Ω",
    "İ", "ǅ", "ا", "中", "😀", "𝐀", "\ud800", "\xa0", "&", "U.S.", "p.m.", "Iran's",
    "5:30pm", "1,000.5",
]
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)



def _check(items: list[tuple[str, int]]) -> None:
    seen: dict[str, int] = {}
    for (text, start), fast in zip(items, token_hashes(items), strict=True):
        raw, starts, ends = token_arrays(text, start)
        assert fast.starts.tolist() == starts.tolist()
        assert fast.ends.tolist() == ends.tolist()
        words = normalize_words(raw)
        assert fast.hashes.tolist() == word_hashes(words).tolist()
        for word, value in zip(words, fast.hashes.tolist(), strict=True):
            assert seen.setdefault(word, value) == value
        # Spellings: case, apostrophe style and Unicode composition never count ("é" written
        # decomposed is spelt as composed: a copy saved in NFD is no edit), anything else
        # written differently does; equal spellings are always equal words.
        written = [unicodedata.normalize("NFC", r.lower().replace("’", "'").replace("\u034f", ""))
                   for r in raw]
        spelling_of: dict[str, int] = {}
        for form, spelling, word in zip(written, fast.spellings.tolist(), words, strict=True):
            assert spelling_of.setdefault(form, spelling) == spelling
            spelling_of[form + "\0word"] = seen[word]
        forms = [f for f in spelling_of if not f.endswith("\0word")]
        assert len({spelling_of[f] for f in forms}) == len(forms)
    assert len(set(seen.values())) == len(seen)


@FAST
@given(st.lists(st.tuples(texts, st.integers(0, 200)), min_size=1, max_size=4))
@example(batch=[("\u00e99e\u0301", 0)])  # (precomposed and decomposed: one spelling)
def test_fast_tokens_match_the_grammar(batch: list[tuple[str, int]]) -> None:
    _check([(text, min(start, len(text))) for text, start in batch])


def test_fast_tokens_on_an_article() -> None:
    text = ('Trump wrote: “All is well!” Missiles hit U.S. bases at 1:45am; Iran’s minister, '
            "Zarif, said 5,000 troops weren't harmed. Café naïve CAFÉ \u00e9t\u00e9 x² 😀.")
    _check([(text, 0), (text, 7), ("", 0)])
    assert token_hashes([]) == []
