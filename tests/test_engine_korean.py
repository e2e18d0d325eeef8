"""Korean (`viewer.unspaced_scripts.HANGUL_SYLLABLES`): written with spaces, but outlets quote
one sentence with another ending or particle ("올린다" / "드린다") and space its compounds as
they please ("최고경영자로서" / "최고 경영자로서"); each syllable a token, the sentence is still
shared. Readers count Korean words by its spaces. Small hand-made texts."""

from __future__ import annotations

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
