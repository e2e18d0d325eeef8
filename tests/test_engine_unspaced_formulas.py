"""Set phrases of apology and condolence in scripts without spaces
(`viewer.engine.unspaced_formulas`): two events' coverage sharing "誠に申し訳ございませんでした"
or "深表歉意" is not linked by it; the phrases are found whole or with a particle left over,
not inside other words (small hand-made texts)."""

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
    corpus = tokenise(articles(f"「{APOLOGY}」", "深くお詫び申し上げます", "深表歉意",
                               "申し訳ございません。電源コード", "本日"))
    firsts, ends = corpus.offsets[:-1], corpus.offsets[1:]
    assert formulas_only(corpus, np.asarray(firsts), np.asarray(ends)).tolist() == [
        True, True, True, False, False]
