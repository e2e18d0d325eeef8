"""Korean and Japanese remarks whose later quotation leaves its subject unsaid ('또 “...”',
'また「...」'): the same speaker going on, so one outlet printing them so joins two pieces of a
speech other outlets quote in order; unless another outlet's sentences mark two different
subjects ('윤 대통령은 “...”', '야당 대표는 “...”': `viewer.engine.korean_subjects`).
Small hand-made texts."""

from __future__ import annotations

import numpy as np

from viewer.engine.korean_subjects import korean_subjects, two_people
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
    assert passage_documents(*_korean("또", "이어서")) == [["d0", "d1"]]
    assert passage_documents(*_japanese("また", "さらに")) == [["d0", "d1"]]


def test_two_subjects_named_are_two_speakers() -> None:
    """Each outlet names another speaker for the later quotation: two passages; and where one
    goes on with "또" but the other marks the opposition leader, two still."""
    assert passage_documents(*_korean("한 의원은", "야당 대표는")) == [["d0", "d1"], ["d0", "d1"]]
    assert passage_documents(*_japanese("野党の党首は", "官房長官は")) == [["d0", "d1"],
                                                                        ["d0", "d1"]]
    assert passage_documents(*_korean("또", "야당 대표는")) == [["d0", "d1"], ["d0", "d1"]]


def test_the_subject_a_korean_sentence_marks_before_a_quotation() -> None:
    """The topic word before the quotation, over another quotation of the sentence; none for a
    pronoun, a time or a place, nor a sentence with its subject unsaid."""
    text = ("김재범 기획관리부장은 “세월호가 15일 출항했다”며 “이런 사고가 "
            "처음이다”라고 말했다. 또 “정말 죄송하다”고 말했다.\n\n그는 “구조에 "
            "최선”이라고 했다. 이날은 “생존자 구조”라고 했다. 국회에서는 “대책이 "
            "필요하다”고 했다.")
    corpus = tokenise(articles(text))
    assert korean_subjects(corpus, np.arange(len(corpus.quote_first))) == [
        "기획관리부장", "기획관리부장", None, None, None, None]
    assert two_people("상무", "부장") and not two_people("기획관리부장", "부장")
    assert not two_people(None, "부장")
