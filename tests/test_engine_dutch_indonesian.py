"""The news formulas of Dutch and Indonesian (`viewer.engine.reporting`): two stories about
different events sharing only a formula link nothing; the speaker of a quotation is the name
beside "zei" or "kata"; a Dutch word that is an English content word ("over", "door") stays
one in English text (small hand-made corpora, no sample or real-article text)."""

from __future__ import annotations

import pytest

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler, speakers_of, word_hash


@pytest.mark.parametrize("formula", [
    "zei de minister van Justitie dinsdag volgens het persbureau tegen verslaggevers",
    "kata juru bicara kementerian kepada wartawan pada Senin pagi di kantor",
])
def test_dutch_and_indonesian_formulas_link_nothing_across_events(formula: str) -> None:
    result = find_shared_passages(articles(f"{filler('a')}, {formula}. {filler('b')}.",
                                           f"{filler('c')}, {formula}. {filler('d')}."))
    assert result.passages == ()


def test_the_speaker_is_the_name_beside_zei_or_kata() -> None:
    assert speakers_of("“We gaan door tot de laatste steen is gelegd,” zei Tunde Okonte."
                       ) == [word_hash("Okonte")]
    assert speakers_of("“Kami akan terus bekerja sampai jembatan selesai,” kata Tunde Okonte."
                       ) == [word_hash("Okonte")]


def test_english_words_dutch_uses_as_function_words_stay_content_in_english() -> None:
    """"It is not over" quoted by two English outlets: "over" is a Dutch function word and the
    fragment's one English content word."""
    result = find_shared_passages(articles(
        f"{filler('a')}. Okonte told the crowd: “It is not over.” {filler('b')}.",
        f"{filler('c')}. “Whatever they say about the vote, it is not over,” Okonte said. "
        f"{filler('d')}."))
    assert len(result.passages) == 1
