"""Which documents are written in a script with capitals (`viewer.engine.event_names.
in_cased_script`): only their names can tell two events apart. The edges it searches must say of
every code point what the ranges they are made from say."""

from __future__ import annotations

import numpy as np

from viewer.engine.event_names import _CASED_RANGES, CASED_EDGES, in_cased_script
from viewer.engine.tokens import tokenise

from .engine_texts import articles


def test_the_edges_tell_every_code_point_as_the_ranges_do() -> None:
    codes = np.arange(0x110000, dtype=np.uint32)
    in_ranges = np.zeros(len(codes), dtype=bool)
    for low, high in _CASED_RANGES:
        in_ranges |= (codes >= low) & (codes <= high)
    by_edges = (np.searchsorted(CASED_EDGES, codes, side="right") & 1).astype(bool)
    assert np.array_equal(by_edges, in_ranges)


def test_documents_mostly_in_a_script_with_capitals() -> None:
    corpus = tokenise(articles(
        "The minister said 22 missiles hit the base on Tuesday.",
        "Ο υπουργός είπε ότι 22 πύραυλοι χτύπησαν τη βάση.",
        "Министр сказал, что 22 ракеты попали в базу.",
        "국방부는 22발의 미사일이 기지를 타격했다고 밝혔다.",
        "国防部表示，22枚导弹击中了基地。",
        "Ｆｕｌｌ ｗｉｄｔｈ Ｌａｔｉｎ ｗｏｒｄｓ ｈｅｒｅ",
        "서울 Seoul 부산 Busan 대구 1 2 3 4 5"))
    assert in_cased_script(corpus, np.arange(len(corpus))).tolist() == [
        True, True, True, False, False, True, False]
