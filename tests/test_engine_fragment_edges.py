"""A quotation found without its first or last word inside another outlet's quotation
(`viewer.engine.fragments`, EDGE_WORDS): an outlet's quotation often takes in a word of its own
sentence ('vowed to "use every tactic at our disposal"'). Only inside another quotation, only
in words written with spaces. Small hand-made corpora, no sample or real-article text."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

FULL = ("“As a force we are fully committed to finding out what happened, and we will consider "
        "every tactic at our disposal in this investigation,” Superintendent Tunde Okonte said.")


def _texts(other: str) -> list[str]:
    return [f"{filler('a')}.\n\n{FULL}\n\n{filler('b')}.",
            f"{filler('c')}. The mayor was furious and {other} to find whoever did it.\n\n"
            f"{filler('d')}."]


def test_a_quotation_with_a_word_of_the_outlets_own_is_found_inside_another() -> None:
    (passage,) = find_shared_passages(articles(*_texts(
        "the force vowed to “use every tactic at our disposal”"))).passages
    assert {occurrence.text for occurrence in passage.occurrences} == {
        "every tactic at our disposal"}


def test_the_shorter_words_are_no_evidence_outside_a_quotation() -> None:
    """Two outlets print the words unquoted, one story's sentence: a quotation shorter by a word
    than what the third outlet quoted needs the other side's quotation marks too."""
    story = ("The force said it would consider every tactic at our disposal in this "
             "investigation, officers at the scene confirmed on Friday evening.")
    texts = [f"{filler('a')}.\n\n{story}\n\n{filler('b')}.",
             _texts("the force vowed to “use every tactic at our disposal”")[1],
             f"{filler('e')}.\n\n{story}\n\n{filler('f')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert {occurrence.document for occurrence in passage.occurrences} == {"d0", "d2"}


def test_a_japanese_quotation_is_not_cut_by_a_character() -> None:
    """「誠に残念で言葉もない」 against 「本当に残念で言葉もない」: without its first
    character the first is "に残念で言葉もない", half a word; the two outlets quote two
    sentences."""
    texts = ["岸田首相は記者団に対し「誠に残念で言葉もない」と述べた。" + "今日は晴れです。" * 5,
             "別の政治家は「本当に残念で言葉もない」と語った。" + "明日は雨です。" * 5]
    assert not find_shared_passages(articles(*texts)).passages


def test_words_two_quotations_share_without_an_edge_need_content_words() -> None:
    """'"absolutely devastated by the news"' without its first word is "devastated by the news",
    one content word: what two quotations share in their middles is no quoted fragment."""
    texts = [f"{filler('a')}. The coach said she was “absolutely devastated by the news” on "
             f"Friday.\n\n{filler('b')}.",
             f"{filler('c')}. “We are devastated by the news of the closure,” the union said."
             f"\n\n{filler('d')}."]
    assert not find_shared_passages(articles(*texts)).passages


def test_a_title_left_without_the_word_before_it_is_no_fragment() -> None:
    texts = [f"{filler('a')}. As a girl she “adored A Brief History of Time” and read it twice."
             f"\n\n{filler('b')}.",
             f"{filler('c')}. “I first read A Brief History of Time when I was twelve,” he said."
             f"\n\n{filler('d')}."]
    assert not find_shared_passages(articles(*texts)).passages


def test_a_quotation_is_not_looked_for_without_its_last_word() -> None:
    """Korean says "not" on the sentence's last word: the minister's "will take responsibility"
    and the opposition's "did not take responsibility" share all but it."""
    texts = [f"{filler('a')}. 장관은 “정부는 이번 결정에 대해 책임을 지겠습니다”라고 말했다. "
             f"{filler('b')}.",
             f"{filler('c')}. 야당 대표는 “정부는 이번 결정에 대해 책임을 지지 않았습니다 그리고 "
             f"사과도 없었습니다”라고 비판했다. {filler('d')}."]
    assert not find_shared_passages(articles(*texts)).passages


def test_two_chapters_of_a_novel_share_no_line_without_its_first_word() -> None:
    """Between texts longer than news articles a phrase of dialogue is a coincidence: 'Upon my
    word, I cannot tell you that' and 'I cannot tell you that, madam' in two chapters."""
    def chapter(tag: str, line: str) -> str:
        return f"{filler(tag + 'a', 1500)}.\n\n{line}\n\n{filler(tag + 'b', 1500)}."
    texts = [chapter("p", "“Upon my word, I cannot tell you that,” said he."),
             chapter("q", "“I cannot tell you that, madam,” said the colonel.")]
    assert not find_shared_passages(articles(*texts)).passages


def test_a_japanese_quotation_opening_with_latin_letters_is_not_cut_either() -> None:
    """「iPhoneの販売を停止します」 without "iPhone" is the rest of the sentence, which
    「Androidの販売を停止します」 says too: any character of a script without spaces in the
    quotation and it is no quotation of words."""
    texts = ["同社は「iPhoneの販売を停止します」と発表した。" + "今日は晴れです。" * 5,
             "別の会社は「Androidの販売を停止します」と述べた。" + "明日は雨です。" * 5]
    assert not find_shared_passages(articles(*texts)).passages
