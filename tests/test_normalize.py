"""Normalisation: which spellings match, and that every token maps back to its exact span."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from viewer.normalize import normalize_word, normalize_words, tokenize


def words(text: str) -> tuple[str, ...]:
    return tokenize(text).words


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("U.S. troops", "US troops"),
        ("U.S troops", "US troops"),
        ("at 5:30 p.m. today", "at 5:30 pm today"),
        ("at 5:30pm today", "at 5:30 pm today"),
        ("Iran's minister", "Iran’s minister"),
        ("Iran's minister", "Iran minister"),
        ("don't", "don’t"),
        ("“All is well!”", '"All is well!"'),
        ("casualties & damages", "casualties damages"),
        ("war — or not", "war - or not"),
        ("well-equipped military", "well equipped military"),
        ("Al-Assad", "Al Assad"),
        ("CAFÉ Soleïmani", "cafe soleimani"),
        ("cafe\u0301 nai\u0308ve", "café naïve"),
        ("Straße", "strasse"),
        ("5,000 soldiers", "5000 soldiers"),
        ("ﬁne", "fine"),
        # (letters whose mark Unicode does not decompose, as pages without diacritics write
        # them; and Turkish capitals, whose dotless I case-folds to a dotted i)
        ("saldırı yapılmadı", "saldiri yapilmadi"),
        ("KİRLİ ELLER KIRILACAK", "kirli eller kırılacak"),
        ("Łódź, Gdańsk", "Lodz, Gdansk"),
        ("Tromsø Ærø", "Tromso Aero"),
        ("Đức cœur", "Duc coeur"),
    ],
)
def test_spellings_that_match(left: str, right: str) -> None:
    assert words(left) == words(right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("struck two bases", "hit two bases"),
        ("5:30", "530"),
        ("1.5 million", "15 million"),
        ("us", "use"),
    ],
)
def test_spellings_that_differ(left: str, right: str) -> None:
    assert words(left) != words(right)


def test_numbers_are_kept_whole() -> None:
    assert words("between 1:45am and 2:15am, 22 missiles") == (
        "between", "1:45", "am", "and", "2:15", "am", "22", "missiles")


def test_spans_index_the_original_text() -> None:
    text = "😀 Iran’s U.S.-led “coalition” — שלום עולם at 5:30 p.m."
    tokens = tokenize(text)
    raw = [text[start:end] for start, end in zip(tokens.starts, tokens.ends, strict=True)]
    assert raw == ["Iran’s", "U.S.", "led", "coalition", "שלום", "עולם", "at", "5:30", "p.m."]
    assert tokens.words[:3] == ("iran", "us", "led")
    assert tokens.span(4) == (text.index("שלום"), text.index("שלום") + 4)


def test_tokenizing_a_range_keeps_absolute_offsets() -> None:
    text = "title: Header words\nBody words here"
    start = text.index("Body")
    tokens = tokenize(text, start)
    assert tokens.words == ("body", "words", "here")
    assert tokens.starts[0] == start
    assert tokenize(text, 0, start).words == ("title", "header", "words")


def test_a_stray_combining_mark_is_no_token() -> None:
    assert words("a \u0301 b") == ("a", "b")


def test_batch_and_single_normalisation_agree() -> None:
    raw = ["Iran’s", "U.S.", "CAFÉ", "5,000", "don't", "Straße", "שלום"]
    assert normalize_words(raw) == [normalize_word(word) for word in raw]


TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("abcXYZ .,;:'’\"“”-—&\n5:0éü")),
        st.characters(codec="utf-8"),
    ),
    max_size=120,
)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_tokens_are_ordered_non_empty_slices_of_the_text(text: str) -> None:
    tokens = tokenize(text)
    previous_end = 0
    for word, start, end in zip(tokens.words, tokens.starts, tokens.ends, strict=True):
        assert previous_end <= start < end <= len(text)
        assert word
        assert normalize_word(text[start:end]) == word
        previous_end = end


@settings(max_examples=100, deadline=None)
@given(TEXT, st.text(alphabet="😀🙂👍🏽\u200fשלוםعربي \u0301", max_size=10))
def test_a_prefix_of_emoji_or_rtl_text_shifts_nothing_but_the_offsets(text: str,
                                                                      prefix: str) -> None:
    plain = tokenize(text)
    shifted = tokenize(prefix + " " + text, len(prefix) + 1)
    assert shifted.words == plain.words
    assert [s - len(prefix) - 1 for s in shifted.starts] == list(plain.starts)


@settings(max_examples=100, deadline=None)
@given(TEXT)
@example("A.가")  # NFD: the syllable's vowel jamo is a letter, not a mark, after the acronym's
@example("각.A")  # vowel and final jamo
def test_matching_ignores_unicode_composition(text: str) -> None:
    assert words(unicodedata.normalize("NFC", text)) == words(unicodedata.normalize("NFD", text))


def test_the_fast_tokenizer_agrees_on_decomposed_hangul_acronyms() -> None:
    from tests.test_normalize_fast import _check

    texts = ["A.가", "각.A.", "가.나 다", "U.S.각"]
    _check([(unicodedata.normalize(form, text), 0) for text in texts for form in ("NFC", "NFD")])


def test_small_number_words_are_their_digits_in_six_languages() -> None:
    """'four years' == '4 years', 'sechs' == '6', 'três' == '3' (accents folded first), in the
    slow path and in the engine's fast hashes alike; words that are also other words ('once',
    'due', 'one', 'un') and larger numbers stay words."""
    from viewer.token_hashing import token_hashes, word_hashes

    assert words("Four years, sechs Tote, três dias, douze ans") == (
        "4", "years", "6", "tote", "3", "dias", "12", "ans")
    assert words("once due one un thirteen") == ("once", "due", "one", "un", "thirteen")
    assert normalize_word("Zwölf") == "12"
    text = "Four years ago, sechs Menschen, três dias, once more"
    (tokens,) = token_hashes([(text, 0)])
    assert tokens.hashes.tolist() == word_hashes(words(text)).tolist()


def test_small_number_words_are_their_digits_in_five_languages_more() -> None:
    """Dutch, Russian (with its feminine and genitive), Polish (the same), Turkish and
    Indonesian: "üç vefat" == "3 vefat", "двух человек" == "2 человек"; a word that is also
    another word stays one (Polish "pięć" folds to "piec", an oven; Turkish "dört" is French
    "dort", Indonesian "lima" a city)."""
    assert words("twaalf Трёх двух dwóch dwie üç dokuz sembilan") == (
        "12", "3", "2", "2", "2", "3", "9", "9")
    assert words("pięć dört lima") == ("piec", "dort", "lima")


def test_a_number_is_no_function_word_of_any_language() -> None:
    """Portuguese "dos" and French "très" are function words, but their normal form is the
    digits of Spanish "dos" and "tres": the vocabulary's function words hold no number, so a
    match ending on a number two outlets share is no frame left open (Polish "do śmierci dwóch"
    / "do śmierci 2 obywateli" linked nothing)."""
    from viewer.engine import find_shared_passages, reporting
    from viewer.engine.arrays import in_sorted

    from .engine_texts import articles, filler

    assert not in_sorted(reporting.hashes_of([str(n) for n in range(20)]),
                         reporting.FUNCTION).any()
    texts = [f"{filler('a')}. Dzisiaj doszło do eksplozji, która doprowadziła do śmierci dwóch "
             f"osób. {filler('b')}.",
             f"{filler('c')}. W nocy doszło do eksplozji, która doprowadziła do śmierci 2 "
             f"obywateli Polski. {filler('d')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2


def test_a_sentence_with_a_number_written_both_ways_is_one_exact_passage() -> None:
    """Two outlets copy a family's sentence, one writing "four years", the other "4 years": one
    passage, both occurrences whole (a short unquoted match links only when exact, so without
    the digits the two share nothing)."""
    from viewer.engine import find_shared_passages

    from .engine_texts import articles, filler

    sentence = "Okonte battled colon cancer for {} years, his family said."
    texts = [f"{filler('a')}. {sentence.format('four')} {filler('b')}.",
             f"{filler('c')}. {sentence.format('4')} {filler('d')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert [o.text for o in passage.occurrences] == [
        sentence.format(number)[:-1] for number in ("four", "4")]


@pytest.mark.parametrize("kept_bits", [64, 20])
def test_number_words_found_by_their_table_as_by_a_search(kept_bits: int) -> None:
    """Among random hashes and every number word's, the number words' become their digits',
    the rest stay: through the table on the hashes' low bits, and (hashes whose low bits all
    collide: no table) through the binary search."""
    import numpy as np

    from viewer.number_words import DIGITS_OF, numbers_as_digits
    from viewer.token_hashing import word_hashes

    def hashed(words: object) -> np.ndarray:
        full = word_hashes(words)  # type: ignore[arg-type]
        return full >> np.uint64(64 - kept_bits) << np.uint64(64 - kept_bits)

    words = sorted(DIGITS_OF)
    digits_of = dict(zip(hashed(words).tolist(),
                         hashed([DIGITS_OF[word] for word in words]).tolist(), strict=True))
    rng = np.random.default_rng(kept_bits)
    hashes = np.concatenate((rng.integers(0, 2**64, 5000, dtype=np.uint64), hashed(words),
                             hashed(words) + np.uint64(1 << 20)))
    expected = [digits_of.get(value, value) for value in hashes.tolist()]
    assert numbers_as_digits(hashes, hashed).tolist() == expected


def test_traditional_chinese_folds_to_simplified() -> None:
    """A traditional character and its simplified form are one token ("國" / "国"); a Japanese
    kana, a Latin word and a character written alike in both scripts are unchanged."""
    raw = ["國", "襲", "擊", "飛", "国", "の", "Café", "中", "Привет"]
    assert normalize_words(raw) == ["国", "袭", "击", "飞", "国", "の", "cafe", "中", "привет"]
    assert [normalize_word(word) for word in raw] == normalize_words(raw)
    # (Japanese kanji fold too, alike in every Japanese text: "機" is "机")
    assert normalize_words(["機", "沖"]) == normalize_words(["机", "冲"])
