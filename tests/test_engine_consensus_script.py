"""A Chinese statement's consensus in the script most of its occurrences use: a tester found the
Foreign Ministry's statement, printed simplified by eight outlets, shown in the passage list in
a Hong Kong outlet's traditional characters (the reference the vote takes its words from)."""

from __future__ import annotations

from viewer.engine.consensus_text import in_majority_script

from .engine_texts import articles

SIMPLIFIED = ("外交部发言人表示，日本政府无视国际社会的强烈质疑和反对，"
              "中方对此表示坚决反对和强烈谴责。")
TRADITIONAL = ("外交部發言人表示，日本政府無視國際社會的強烈質疑和反對，"
               "中方對此表示堅決反對和強烈譴責。")
FRAMES = (("今天上午", "天气晴朗"), ("昨日晚间", "会议结束"), ("本周一", "市场平稳"))


def _consensus(*bodies: str) -> str:
    from viewer.engine import find_shared_passages
    texts = [f"{before}，{body}{after}。" for (before, after), body in zip(FRAMES, bodies,
                                                                        strict=True)]
    (passage,) = find_shared_passages(articles(*texts)).passages
    return passage.consensus


def test_most_occurrences_simplified_give_a_simplified_consensus() -> None:
    assert _consensus(TRADITIONAL, SIMPLIFIED, SIMPLIFIED).startswith("外交部发言人表示")
    assert "谴责" in _consensus(SIMPLIFIED, TRADITIONAL, SIMPLIFIED)


def test_most_occurrences_traditional_keep_a_traditional_consensus() -> None:
    assert "譴責" in _consensus(TRADITIONAL, TRADITIONAL, SIMPLIFIED)


def test_a_japanese_consensus_keeps_its_kanji() -> None:
    """Kanji fold for matching ("機" is "机"), never in what the window shows: a text with kana
    is Japanese, whatever its fragments hold."""
    japanese = "国民の皆様に深くお詫び申し上げます"
    assert in_majority_script(japanese, [("d0", japanese), ("d1", "申し上げます"),
                                         ("d2", "皆様に")]) == japanese


def test_documents_vote_once_and_neutral_pieces_not_at_all() -> None:
    """One Hong Kong outlet quoting the statement in four pieces is one vote; a piece whose
    characters read alike in both scripts ("外交部") is none."""
    pieces = [("hk", TRADITIONAL[:10]), ("hk", TRADITIONAL[10:20]), ("hk", TRADITIONAL[20:]),
              ("hk", TRADITIONAL)]
    assert in_majority_script(TRADITIONAL, [*pieces, ("a", SIMPLIFIED), ("b", SIMPLIFIED)]) \
        == SIMPLIFIED
    assert in_majority_script(TRADITIONAL, [("a", SIMPLIFIED), ("b", TRADITIONAL),
                                            ("c", "外交部")]) == TRADITIONAL


def test_a_lone_surrogate_is_kept_as_it_stands() -> None:
    """A text decoded with `surrogateescape` may hold one; OpenCC takes UTF-8 only (the fuzz
    test found the consensus fold raising on it)."""
    assert in_majority_script(TRADITIONAL + "\ud800", [("a", SIMPLIFIED), ("b", SIMPLIFIED)]) \
        == SIMPLIFIED + "\ud800"
