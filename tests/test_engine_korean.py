"""Korean (`viewer.unspaced_scripts.HANGUL_SYLLABLES`): written with spaces, but outlets quote
one sentence with another ending or particle ("올린다" / "드린다") and space its compounds as
they please ("최고경영자로서" / "최고 경영자로서"); each syllable a token, the sentence is still
shared. Readers count Korean words by its spaces. Small hand-made texts."""

from __future__ import annotations

import numpy as np

from viewer.engine import find_shared_passages
from viewer.normalize import count_words

from .engine_texts import articles, filler

RESPONSIBILITY = "사고 원인을 불문하고 {ceo}로서 책임을 통감한다"
CONDOLENCE = "이번 사고로 유명을 달리하신 {people} 깊은 애도와 사과의 말씀을 {end}"


def test_a_quotation_spaced_and_ended_otherwise_is_one_statement() -> None:
    """Six words a side, a compound spaced apart in the middle: no run of words alike is long
    enough, the syllables are the same."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n김 대표는 \"{RESPONSIBILITY.format(ceo='최고경영자')}\"고 말했다."
        f"\n\n{filler('b')}.",
        f"{filler('c')}.\n\n그는 “{RESPONSIBILITY.format(ceo='최고 경영자')}”라고 밝혔다."
        f"\n\n{filler('d')}."))
    (passage,) = result.passages
    assert sorted(o.document for o in passage.occurrences) == ["d0", "d1"]
    assert all(o.text.startswith("사고 원인을") and o.text.endswith("통감한다")
               for o in passage.occurrences)


def test_a_condolence_with_other_particles_and_ending_is_one_statement() -> None:
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n김 대표는 \""
        f"{CONDOLENCE.format(people='탑승객분들과 유가족분들께', end='올린다')}\"고 말했다."
        f"\n\n{filler('b')}.",
        f"{filler('c')}.\n\n그는 “{CONDOLENCE.format(people='탑승객과 유가족께', end='드린다')}”"
        f"라고 밝혔다.\n\n{filler('d')}."))
    (passage,) = result.passages
    assert sorted(o.document for o in passage.occurrences) == ["d0", "d1"]
    assert not any("말했다" in o.text or "밝혔다" in o.text for o in passage.occurrences)


def test_readers_count_korean_words_by_its_spaces() -> None:
    assert count_words("사고 원인을 불문하고 최고경영자로서 책임을 통감한다") == 6


def test_a_korean_word_with_a_hanja_abbreviation_counts_as_two() -> None:
    """Korean news writes 美, 中, 北 onto the next word: the character is a word, the Hangul
    after it one more, not one per syllable."""
    assert count_words("美국무부는 성명을 냈다") == 4
    assert count_words("北미사일 발사") == 3


KAKAO_WIRE = ("지난 15일 오후 경기도 성남시 판교의 SK C&C 데이터센터에서 불이 나 카카오톡과 "
              "카카오페이 등 카카오의 주요 서비스가 열 시간 넘게 멈췄다")
KAKAO_LOCAL = ("판교 데이터센터 화재로 카카오 서비스가 장시간 중단되면서 택시 호출과 송금이 막혀 "
               "시민들이 주말 내내 큰 불편을 겪었다고 카카오 측이 사과했다")
KAKAO_SHARED = "정부는 방송통신재난대응상황실을 꾸리고 복구 상황을 점검하고 있다."


def test_korean_stories_naming_latin_acronyms_are_not_told_apart_by_them() -> None:
    """One event, a wire story (d0, d1) and a local one (d2, d3) that d1 and d2 share a
    sentence of: the names they share are Hangul, which has no capitals; the Latin acronyms
    each writes (SK, C&C, UPS, IDC / API, DB, KT) tell no events apart."""
    texts = [
        f"{filler('a')}.\n\n{KAKAO_WIRE}.\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{KAKAO_WIRE}.\n\n{KAKAO_SHARED}\n\n배터리 옆 UPS 설비에서 불꽃이 "
        f"튄 것으로 보이며 IDC 전체의 전원이 차단됐다. {filler('d')}.",
        f"{filler('e')}.\n\n{KAKAO_LOCAL}.\n\n{KAKAO_SHARED}\n\nSK C&C 측은 전원 차단 이후 "
        f"API 서버와 DB 복구에 시간이 걸렸다고 설명했고 KT 등 다른 IDC는 정상이었다. "
        f"{filler('f')}.",
        f"{filler('g')}.\n\n{KAKAO_LOCAL}.\n\n{filler('h')}.",
    ]
    groups = [sorted({o.document for o in p.occurrences})
              for p in find_shared_passages(articles(*texts)).passages]
    assert ["d1", "d2"] in groups


def test_a_copy_saved_decomposed_shows_no_differences() -> None:
    """An outlet's page in NFD (each syllable as its jamo): the same words, spelt the same, no
    difference marked."""
    import unicodedata

    sentence = ("사고 원인을 불문하고 최고경영자로서 책임을 통감하며 피해자 가족께 깊은 사과의 "
                "말씀을 드린다")
    texts = [f"{filler('a')}.\n\n김 대표는 \"{sentence}\"고 말했다.\n\n{filler('b')}.",
             unicodedata.normalize("NFD", f"{filler('c')}.\n\n그는 “{sentence}”라고 밝혔다.\n\n"
                                          f"{filler('d')}.")]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert all(not o.differences for o in passage.occurrences)


def test_a_long_compound_name_alone_links_nothing() -> None:
    """Two articles on different matters that each name one institution written as one word,
    "중앙재난안전대책본부(중대본)": thirteen syllables, but one name, not six words a shared
    sentence needs (a run of syllables with no space counts as HANGUL_RUN_WORDS words at most)."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n박 대통령은 16일 오후 중앙재난안전대책본부(중대본)를 방문해 "
        f"구조 상황을 보고받았다.\n\n{filler('b')}.",
        f"{filler('c')}.\n\n이 장관은 30일 중앙재난안전대책본부(중대본) 회의를 마치고 "
        f"긴급 브리핑을 열었다.\n\n{filler('d')}."))
    assert result.passages == ()


def test_a_korean_sentence_that_lost_its_spaces_is_still_shared() -> None:
    """A run of syllables longer than a compound (HANGUL_COMPOUND_SYLLABLES) is a sentence
    written without its spaces, counted two syllables a word: quoted by two outlets, shared."""
    said = "정부는오늘오전긴급회의를열고피해복구대책을논의했다고밝혔다"
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n김 대표는 \"{said}\"고 말했다.\n\n{filler('b')}.",
        f"{filler('c')}.\n\n그는 “{said}”라고 밝혔다.\n\n{filler('d')}."))
    (passage,) = result.passages
    assert sorted(o.document for o in passage.occurrences) == ["d0", "d1"]


def test_a_run_of_syllables_does_not_go_on_into_the_next_document() -> None:
    """Two documents, the first ending and the second opening with Hangul: each document's
    words are its own (a run of syllables stops at the document's end)."""
    from viewer.engine.chance import as_words
    from viewer.engine.tokens import tokenise
    # (the second opens three characters in, where the first ends: positions alike)
    corpus = tokenise(articles("가나다", "   라마바사아자차카타"))
    counted = as_words(corpus, np.array([0, 1]), np.array([0, 0]), np.array([3, 9]),
                       np.array([3, 9]))
    assert counted.tolist() == [1.5, 3.0]


def test_an_empty_document_after_a_korean_one_is_counted() -> None:
    """A document with no words after one ending in Hangul starts where the tokens end: the
    runs of syllables are still counted (the fuzzed input that found it: an index past the
    end)."""
    from viewer.engine.chance import as_words
    from viewer.engine.tokens import tokenise
    corpus = tokenise(articles("가나다", "   "))
    assert as_words(corpus, np.array([0]), np.array([0]), np.array([3]),
                    np.array([3])).tolist() == [1.5]
