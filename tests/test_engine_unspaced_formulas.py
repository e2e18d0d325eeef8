"""Set phrases of apology and condolence in scripts without spaces
(`viewer.engine.unspaced_formulas`): two events' coverage sharing "誠に申し訳ございませんでした"
or "深表歉意" is not linked by it; the phrases are found whole, with the words strengthening
them and kana or a particle left over, never with a name or a noun beside them, and words that
merely strengthen are no formula alone (small hand-made texts)."""

from __future__ import annotations

import numpy as np

from viewer.engine import find_shared_passages
from viewer.engine.tokens import tokenise
from viewer.engine.unspaced_formulas import formulas_only

from .engine_texts import articles, filler

RECALL = ("当社が販売した電気ケトルの一部製品で電源コードが過熱する不具合が見つかり"
          "自主回収を始めました")
DELAY = "大雪の影響で北部線の全区間で始発から運転を見合わせており再開は正午以降になる見通しです"
APOLOGY = "誠に申し訳ございませんでした"


def _document(tag: str, lead: str, tail: str, body: str) -> str:
    return f"{filler(tag)}.\n\n{lead}。{body}。{tail}。\n\n{filler(tag + 'z')}."


def test_an_apology_formula_two_events_share_links_nothing() -> None:
    """Two events, two outlets each sharing that event's statement; one outlet of each also
    apologises in the same set phrase: two passages, neither crossing to the other event."""
    texts = [_document("a", "家電大手の発表", f"社長は「{APOLOGY}」と述べた", RECALL),
             _document("b", "家電の回収", "詳しくは同社のサイトへ", RECALL),
             _document("c", "鉄道会社の発表", f"社長は「{APOLOGY}」と陳謝した", DELAY),
             _document("d", "運転見合わせ", "振替輸送を実施している", DELAY)]
    passages = find_shared_passages(articles(*texts)).passages
    groups = sorted(sorted({o.document for o in p.occurrences}) for p in passages)
    assert groups == [["d0", "d1"], ["d2", "d3"]]


def test_formulas_are_found_whole_or_with_a_particle_left() -> None:
    cases = {f"「{APOLOGY}」": True, "深くお詫び申し上げます": True, "深表歉意": True,
             "心よりご冥福をお祈り申し上げます": True, "고인의 명복을 빈다": True,
             "머리 숙여 사과드립니다": True, "对此深感遗憾": True, "表示深切慰問": True,
             # (the dead condoled with, a first promise to help the inquiry)
             "お亡くなりになられた方々": True, "心より哀悼の意を表します": True,
             "原因究明に協力": True,
             # (the polite verb that ends a phrase, MC3: two celebrities' apologies)
             "ご迷惑をおかけしました。重ねて、お詫び申し上げます": True,
             "ご迷惑をおかけしましたことを、重ねてお詫び申し上げます": True,
             # (a survivor's words, a company named, a noun or a name beside the phrase)
             "本当に地獄でした": False, "大変でした": False, "丰田深表歉意": False,
             "쿠팡 깊이 사과드린다": False, "申し訳ございません。電源コード": False,
             "本日": False, "引退しました": False, "番組を降板しました。お詫びします": False}
    corpus = tokenise(articles(*cases))
    found = formulas_only(corpus, np.asarray(corpus.offsets[:-1]),
                          np.asarray(corpus.offsets[1:])).tolist()
    by_document = dict(zip(corpus.ids, found, strict=True))
    assert [by_document[f"d{k}"] for k in range(len(cases))] == list(cases.values())


def test_a_condolence_formula_in_traditional_characters_links_no_two_events() -> None:
    """One event's outlets write simplified, the other's traditional (matched as simplified,
    `viewer.normalize`); a spokesman of each says "对此深表遗憾" / "對此深表遺憾". The phrase is a
    formula in either script, whichever document comes first."""
    story = "外交部发言人表示美方动用武力袭击中国民用无人飞艇这是明显过度反应中方对此表示严正抗议"
    other = "氣象部門發布暴雨紅色預警多地學校停課鐵路部門暫停部分列車運行請市民減少外出注意安全"

    def page(tag: str, lead: str, body: str, said: str = "") -> str:
        return f"{filler(tag)}.\n\n{lead}。{body}。\n\n{filler(tag + 'z')}.{said}"

    simplified = [page("a", "新华社报道", story, "发言人说：「对此深表遗憾」"),
                  page("b", "中新网消息详情请见官网", story)]
    traditional = [page("c", "中央社報導", other, "發言人說：「對此深表遺憾」"),
                   page("d", "聯合報消息交通部門正在處理", other)]
    for texts in (simplified + traditional, traditional + simplified):
        groups = sorted(sorted({o.document for o in passage.occurrences})
                        for passage in find_shared_passages(articles(*texts)).passages)
        assert groups == [["d0", "d1"], ["d2", "d3"]]
