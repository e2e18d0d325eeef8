"""Korean and Japanese remarks whose later quotation leaves its subject unsaid ('또 “...”',
'また「...」'): the same speaker going on, so one outlet printing them so joins two pieces of a
speech other outlets quote in order; unless another outlet's sentences mark two different
subjects ('윤 대통령은 “...”', '야당 대표는 “...”': `viewer.engine.marked_subjects`).
Small hand-made texts."""

from __future__ import annotations

import numpy as np

from viewer.engine.marked_subjects import marked_subjects, two_people
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, passage_documents

DECLARATION = ("국민 여러분 저는 오늘 비상계엄을 선포합니다 이는 자유 대한민국을 "
               "지키기 위한 불가피한 결정입니다")
DUTY = ("국가의 안전과 국민의 생명을 지키기 위해 모든 공무원은 맡은 자리에서 "
        "최선을 다해 주시기 바랍니다")
ORDER = "国民の皆様の安全と安心を守るため政府一丸となって全力で対応に当たるよう指示しました"
RELIEF = "被害の全容を早急に把握し被災者の救助と支援に万全を期してまいります"


def _korean(one: str, other: str) -> list[str]:
    return [f"{filler('a')}.\n\n윤 대통령은 “{DECLARATION}”고 말했다.\n\n{one} “{DUTY}”라고 "
            f"강조했다.\n\n{filler('b')}.",
            f"{filler('c')}.\n\n윤 대통령은 이날 “{DECLARATION}”고 밝혔다.\n\n{other} “{DUTY}”라고 "
            f"말했다.\n\n{filler('d')}."]


def _japanese(one: str, other: str) -> list[str]:
    return [f"{filler('a')}.\n\n岸田首相は「{ORDER}」と述べた。{one}「{RELIEF}」と語った。\n\n"
            f"{filler('b')}.",
            f"{filler('c')}.\n\n岸田首相は記者団に「{ORDER}」と話した。\n\n{other}「{RELIEF}」と"
            f"述べた。\n\n{filler('d')}."]


def test_a_sentence_going_on_with_its_subject_unsaid_is_the_same_speaker() -> None:
    """One outlet's "또" or "また" joins them; other words before the quotation do not."""
    assert passage_documents(*_korean("또", "이어서")) == [["d0", "d1"]]
    assert passage_documents(*_korean("또", "")) == [["d0", "d1"]]
    assert passage_documents(*_korean("", "")) == [["d0", "d1"], ["d0", "d1"]]
    assert passage_documents(*_japanese("また", "記者団に")) == [["d0", "d1"]]
    assert passage_documents(*_japanese("その後", "記者団に")) == [["d0", "d1"], ["d0", "d1"]]


def test_two_subjects_named_are_two_speakers() -> None:
    """Each outlet names another speaker for the later quotation: two passages; and where one
    goes on with "또" or "また" but the other marks the opposition leader or the chief cabinet
    secretary, or its own sentence names the prime minister after the quotation, two still."""
    assert passage_documents(*_korean("한 의원은", "야당 대표는")) == [["d0", "d1"], ["d0", "d1"]]
    assert passage_documents(*_japanese("野党の党首は", "官房長官は")) == [["d0", "d1"],
                                                                        ["d0", "d1"]]
    assert passage_documents(*_korean("또", "야당 대표는")) == [["d0", "d1"], ["d0", "d1"]]
    assert passage_documents(*_japanese("また", "官房長官は")) == [["d0", "d1"], ["d0", "d1"]]
    named_after = [text.replace(f"“{DUTY}”라고 강조했다", f"“{DUTY}”라고 한덕수 총리는 강조했다")
                   for text in _korean("또", "이어서")]
    assert passage_documents(*named_after) == [["d0", "d1"], ["d0", "d1"]]


def test_a_japanese_quotation_ending_its_own_sentence_still_goes_on() -> None:
    """'「...。」と述べた。また「...」': the full stop inside the mark is the quotation's own."""
    texts = [text.replace(f"「{ORDER}」", f"「{ORDER}。」")
             for text in _japanese("また", "記者団に")]
    assert passage_documents(*texts) == [["d0", "d1"]]


def test_the_subject_a_sentence_marks_before_or_after_a_quotation() -> None:
    """The topic word before the quotation (over another quotation of the sentence; the last
    such word: a name ending like a particle, then the office), else the first after it; none
    for a pronoun, a time, a place, a matter or a verb's form, nor a sentence with its subject
    unsaid; in Japanese the run of kanji or katakana before は or が."""
    texts = ["김재범 기획관리부장은 “세월호가 15일 출항했다”며 “이런 사고가 처음이다”라고 "
             "말했다. 또 “정말 죄송하다”고 말했다.",
             "그는 “구조에 최선”이라고 했다. 이날은 “생존자 구조”라고 했다. 국회에서는 "
             "“대책이 필요하다”고 했다. 공무원들에 대해서는 “최선을 다하라”고 했다.",
             "이 같은 상황에서 윤 대통령은 “국민을 지키겠다”고 했다. 김정은 국무위원장은 "
             "“전쟁 준비”를 지시했다. “모두 힘을 모아야 한다”라고 한덕수 총리는 강조했다.",
             "松野官房長官は「全力で対応する」と述べた。「被害を把握する」と岸田首相は語った。"
             "今日は「会見を開く」と話した。"]
    corpus = tokenise(articles(*texts))
    # (the texts' quotations in the order of the texts: d0, d1, d2, d3 sort as written)
    assert marked_subjects(corpus, np.arange(len(corpus.quote_first))) == [
        "기획관리부장", "기획관리부장", None, None, None, None, None, "대통령", "국무위원장",
        "총리", "松野官房長官", "岸田首相", None]
    assert two_people("상무", "부장") and not two_people("기획관리부장", "부장")
    assert two_people("官房長官", "首相") and not two_people("岸田首相", "首相")
    assert not two_people(None, "부장")
