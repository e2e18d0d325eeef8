"""Scripts written without spaces (Chinese, Japanese, Thai): each character is a token, and a
match counts its characters as the words they make (`viewer.engine.chance.as_words`), so a
shared sentence is found and a stock phrase of a few characters links nothing (small
hand-made texts)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine import find_shared_passages
from viewer.engine.chance import IDEOGRAPHS_PER_WORD, KATAKANA_PER_WORD, as_words
from viewer.engine.tokens import tokenise

from .engine_texts import articles

THAI_STATEMENT = ("นายกรัฐมนตรีกล่าวว่ารัฐบาลจะให้ความช่วยเหลือผู้ประสบภัยน้ำท่วมทุกคน"
                  "อย่างเต็มที่และจะจัดสรรงบประมาณเพิ่มเติม")


def _texts(result: object) -> list[list[str]]:
    return [[o.text for o in p.occurrences] for p in result.passages]  # type: ignore[attr-defined]


def test_a_chinese_spokesmans_title_shared_by_two_stories_links_nothing() -> None:
    """"外交部发言人表示" (the foreign ministry's spokesman said) is eight characters, four
    words: two stories about different events that both open with it share no statement."""
    result = find_shared_passages(articles(
        "新华社北京3月5日电 外交部发言人表示，中方对此次地震造成的人员伤亡深表哀悼，"
        "愿向灾区提供力所能及的帮助。地震发生在当地时间凌晨。",
        "据中央电视台报道，外交部发言人表示，中美两国将于下周举行新一轮贸易磋商，"
        "双方团队保持密切沟通。分析人士认为谈判前景乐观。"))
    assert result.passages == ()


def test_a_japanese_sentence_two_articles_share_is_one_passage() -> None:
    sentence = ("首相は記者会見で、政府は被災地の復興に全力を尽くすと述べ、"
                "追加の予算を編成する考えを示した")
    result = find_shared_passages(articles(
        f"東京発：{sentence}。株価は下落した。",
        f"共同通信によると、昨日は雨だった。{sentence}。専門家は懸念している。"))
    assert _texts(result) == [[sentence, sentence]]


def test_a_thai_sentence_is_shared_without_a_word_both_happen_to_use_before_it() -> None:
    """Both articles say "รายงาน" (report, six letters: a word and a half) before the shared
    sentence: the sentence is the passage, the word no occurrence of it."""
    result = find_shared_passages(articles(
        f"กรุงเทพฯ รายงานข่าว {THAI_STATEMENT} ราคาน้ำมันสูงขึ้น",
        f"สำนักข่าวรายงานว่าเมื่อวานฝนตกหนัก {THAI_STATEMENT} ผู้เชี่ยวชาญกังวล"))
    assert _texts(result) == [[THAI_STATEMENT, THAI_STATEMENT]]


def test_characters_count_as_the_words_they_make() -> None:
    corpus = tokenise(articles("the minister said so today", "外交部发言人表示", "mixed 外交 text"))
    doc = np.array([0, 1, 2])
    first = np.array([0, 0, 0])
    end = np.array([5, 8, 4])
    words = as_words(corpus, doc, first, end, end - first)
    assert words.tolist() == [5.0, 8 / IDEOGRAPHS_PER_WORD, 2 + 2 / IDEOGRAPHS_PER_WORD]


def test_a_number_counts_as_one_word_with_the_ideograph_it_is_written_against() -> None:
    """"5点" (five pieces), "17人" (17 people): a number and its counter are one word, not a
    word and a half; a number set apart by a space is a word of its own."""
    corpus = tokenise(articles("5点の衣類", "死者は17人", "2 人"))
    words = as_words(corpus, np.array([0, 1, 2]), np.array([0, 0, 0]), np.array([5, 5, 2]),
                     np.array([5, 5, 2]))
    assert words.tolist() == [5 / IDEOGRAPHS_PER_WORD, 5 / IDEOGRAPHS_PER_WORD,
                              1 + 1 / IDEOGRAPHS_PER_WORD]


def test_a_term_two_japanese_articles_quote_with_a_number_links_nothing() -> None:
    """Japanese papers name the evidence of a trial in 「」: "「5点の衣類」" (the five pieces of
    clothing) in two articles of the Hakamada acquittal was a fragment of three words, the
    number counted whole; it is two and a half."""
    result = find_shared_passages(articles(
        "判決は、みそタンクから見つかった「5点の衣類」について、捜査機関による捏造と認定した。"
        "弁護団は会見で判決を評価した。",
        "再審公判では「5点の衣類」の血痕の色が最大の争点となり、検察側は有罪を主張していた。"
        "支援者らは裁判所前で結果を待った。"))
    assert result.passages == ()


def test_katakana_count_as_the_loanwords_they_spell() -> None:
    """"ドラゴンボール" (Dragon Ball) is seven katakana: two words, not three and a half."""
    corpus = tokenise(articles("漫画ドラゴンボール"))
    words = as_words(corpus, np.array([0]), np.array([0]), np.array([9]), np.array([9]))
    assert words.tolist() == [2 / IDEOGRAPHS_PER_WORD + 7 / KATAKANA_PER_WORD]


def test_a_title_two_japanese_stories_quote_links_nothing() -> None:
    """Japanese puts a work's title in 『』 or 「」 as it does words said; a quotation without
    hiragana is a name, not a fragment of a statement ("週刊少年ジャンプ": three words)."""
    for title in ("『ドラゴンボール』", "「週刊少年ジャンプ」"):
        result = find_shared_passages(articles(
            f"人気の{title}の新作アニメが秋に放送されることが決まった。制作会社によると、"
            "声優陣は前作から続投するという。",
            f"大阪の書店では{title}の発売日に行列ができた。店長は、在庫の補充を急いでいると話した。"))
        assert result.passages == (), title


def test_a_disease_a_name_and_a_date_link_no_japanese_lead_to_the_statement() -> None:
    """A lead that reports the death in its own words and the family's statement share the
    name, the date and the disease ("急性硬膜下血腫"), runs of a few characters each: no run is
    as long as the words a match starts from, so no passage."""
    result = find_shared_passages(articles(
        "事務所は、作曲家・山田太郎は2024年3月1日、急性硬膜下血腫により永眠しました、と発表した。"
        "葬儀は近親者のみで行われた。",
        "人気作曲家の山田太郎さんが3月1日に急性硬膜下血腫で亡くなった。68歳だった。"
        "ファンからは追悼の声が相次いでいる。"))
    assert result.passages == ()


def test_a_japanese_condolence_formula_joins_no_two_statements() -> None:
    """Two companies' statements both end "謹んでご冥福をお祈り申し上げます" (we pray for the
    repose of his soul): sixteen characters, eight words, fewer than a statement needs to join
    others (`STATEMENT_WORDS`), so the two stay two passages."""
    one = ("先生が描かれた漫画は国境を越え世界中で読まれ愛されてきました。編集部一同大きな悲しみに"
           "包まれております。謹んでご冥福をお祈り申し上げます")
    other = ("先生が創造する冒険に満ちた世界をこれからも見続けていたかったと痛切に感じています。"
             "謹んでご冥福をお祈り申し上げます")
    result = find_shared_passages(articles(
        f"集英社は声明を発表した。「{one}」。同社の株価は変わらなかった。",
        f"編集部のコメントは次の通り。「{one}」。ファンの間では追悼が続く。",
        f"東映の社長も談話を出した。「{other}」。映画の公開は予定通り行う。",
        f"吉村社長は「{other}」と述べた。関係者によると新作の準備は続く。"))
    assert sorted(sorted(o.document for o in p.occurrences) for p in result.passages) == [
        ["d0", "d1"], ["d2", "d3"]]


def test_a_condolence_formula_ending_inside_a_verb_links_no_two_events() -> None:
    """A prime minister's press conference on an earthquake and a company's apology for its
    product share "方々に心からお悔やみを申し上げ" (heartfelt condolences to those ...) and
    nothing else; the match ends inside the verb in both ("申し上げ|るとともに", "申し上げ|ます"),
    so it is a formula, not a shared text. A sentence the two share to its end still links
    (and then the formula is judged as words of two stories of one event are)."""
    formula = "方々に心からお悔やみを申し上げ"
    quake = ("昨日、最大震度7の地震が発生いたしました。まず、亡くなられた" + formula
             + "るとともに、被災された全ての方々にお見舞いを申し上げます。"
             "政府は救助に全力を挙げる。")
    apology = ("社長は会見の冒頭で謝罪し、「お亡くなりになったお客様のご冥福をお祈りし、ご遺族の"
               + formula + "ます」と述べた。さらに、この問題が社会問題にまで発展したことを詫びた。")
    assert find_shared_passages(articles(quake, apology)).passages == ()
    shared = "被災地の復興に向けて追加の予算を編成する考えを示した"
    result = find_shared_passages(articles(quake + shared + "。", apology + shared + "。"))
    assert [shared, shared] in _texts(result)


def test_a_sentence_one_outlet_ends_plainly_and_another_politely_still_links() -> None:
    """Two reports of one earthquake share only "政府は非常災害対策本部を設置し", one going on
    "た。", the other "ました。": the match ends between two hiragana, but it starts a sentence
    in both, so it is the outlets' shared text, not a formula. So is a match ending a document
    (no word follows it there, whatever the next document begins with)."""
    shared = "政府は非常災害対策本部を設置し"
    plain = f"石川県で強い地震があった。{shared}た。気象庁は会見を開いた。"
    polite = f"昨日は雨でした。{shared}ました。首相は午後に官邸に入りました。"
    assert _texts(find_shared_passages(articles(plain, polite))) == [[shared, shared]]
    ending = "首相官邸で非常災害対策本部の初会合を開き被害の把握を指示した"
    result = find_shared_passages(articles(
        f"石川県で強い地震があった。政府は直ちに{ending}", f"昨日は雨でした。政府はすぐに{ending}",
        "きょうの東京株式市場は反発した。"))
    assert [o.text.endswith(ending) for p in result.passages for o in p.occurrences] == [
        True, True]


def test_a_stray_kana_makes_no_chinese_quotation_a_name() -> None:
    """A Chinese story writing one "の" in a brand's name is no Japanese text: the premier's
    words it quotes are still a fragment of his statement."""
    said = "我们将全力以赴保障灾区群众的基本生活"
    result = find_shared_passages(articles(
        f"新华社北京3月5日电 国务院总理在记者会上说：“{said}，确保不发生次生灾害。”"
        "会议由副总理主持。",
        "据报道，总理承诺“保障灾区群众的基本生活”。当地饮料品牌鲜の每日也已捐赠物资。"))
    assert _texts(result) == [["保障灾区群众的基本生活"] * 2]


def test_words_said_in_japanese_are_still_a_fragment() -> None:
    """A quotation written with hiragana is words said: five words of the president's comment,
    quoted in another outlet's sentence, link the two."""
    result = find_shared_passages(articles(
        "社長はコメントを発表した。「私たちの心のなかに、先生はたくさんの宝物を残してください"
        "ました。本当にありがとうございました」。会社は追悼の場を設ける。",
        "東映の社長は、先生が「宝物を残してくださいました」と感謝の言葉を述べた。関係者によると、"
        "新作の準備は続けられる。"))
    assert _texts(result) == [["宝物を残してくださいました"] * 2]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=6), min_size=1, max_size=30))
def test_text_with_spaces_counts_every_token_as_a_word(words: list[str]) -> None:
    corpus = tokenise(articles(" ".join(words)))
    count = len(corpus.hashes)
    tokens = np.arange(count + 1)
    doc = np.zeros(count + 1, dtype=np.int64)
    first = np.zeros(count + 1, dtype=np.int64)
    assert as_words(corpus, doc, first, tokens, tokens).tolist() == tokens.tolist()


JAPANESE_SHARED = "元号の名前は万葉集から採った令和だと記者会見で発表した"


def test_a_japanese_passage_does_not_start_inside_a_word_spelt_with_kana() -> None:
    """"新しい" and "あたらしい" (new) share "しい", written onto the word before it: the passage
    starts at the next word, "元号", in both articles."""
    result = find_shared_passages(articles(
        f"菅官房長官は1日、新しい{JAPANESE_SHARED}。安倍首相は談話を発表する予定だ。",
        f"政府はあたらしい{JAPANESE_SHARED}。詳しくは後ほど伝える。"))
    assert _texts(result) == [[JAPANESE_SHARED, JAPANESE_SHARED]]


def test_a_katakana_name_after_a_middle_dot_is_kept_whole() -> None:
    """"ドナルド・トランプ": the middle dot separates two words, so a passage may start at
    "トランプ" where one outlet writes the first name and the other does not."""
    shared = "トランプ大統領は記者会見で、関税を引き上げる方針を改めて表明した"
    result = find_shared_passages(articles(
        f"ワシントン発：ドナルド・{shared}。市場は反応した。",
        f"共同通信によると、米国の{shared}。専門家は懸念している。"))
    assert _texts(result) == [[shared, shared]]


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["新しい", "あたらしい", "新たな", "次の", "アタラシイ"]),
       st.sampled_from(["新しい", "あたらしい", "新たな", "次の", "アタラシイ"]))
def test_no_japanese_occurrence_starts_with_kana_written_onto_the_word_before(
        left: str, right: str) -> None:
    texts = [f"菅官房長官は1日、{left}{JAPANESE_SHARED}。安倍首相は談話を発表する予定だ。",
             f"政府は{right}{JAPANESE_SHARED}。詳しくは後ほど伝える。"]
    result = find_shared_passages(articles(*texts))
    assert result.passages
    for passage in result.passages:
        for occurrence in passage.occurrences:
            text = texts[int(occurrence.document[1:])]
            first, before = text[occurrence.start], text[occurrence.start - 1]
            continues = ("\u3041" <= first <= "\u309f" and ("\u3041" <= before <= "\u30ff"
                                                             or "\u4e00" <= before <= "\u9fff"))
            assert not continues, occurrence.text


def test_a_statement_written_traditional_and_simplified_is_one_passage() -> None:
    """A mainland outlet prints a ministry's statement in simplified characters, a Taiwanese
    one in traditional (OpenCC's t2s fold, `viewer.normalize`): one passage, each occurrence in
    its own characters."""
    simplified = ("外交部表示，美方动用武力袭击中国民用无人飞艇，"
                  "这是明显过度反应，中方对此表示严正抗议")
    traditional = ("外交部表示，美方動用武力襲擊中國民用無人飛艇，"
                   "這是明顯過度反應，中方對此表示嚴正抗議")
    documents = articles(f"新华社北京2月5日电 {simplified}。",
                         f"中央社記者台北報導 {traditional}。")
    (passage,) = find_shared_passages(documents).passages
    texts = {o.document: o for o in passage.occurrences}
    assert texts["d0"].text == simplified
    assert texts["d1"].text == traditional
    # (a character's traditional form is no difference: a newcomer saw each one of a
    # Taiwanese copy underlined, its one changed word lost among them)
    assert not any(o.differences for o in passage.occurrences)


def test_only_the_changed_word_of_a_traditional_full_width_copy_is_marked() -> None:
    simplified = ("甘肃积石山6.2级地震波及邻省青海，截至12月19日6时，"
                  "地震已造成青海11人死亡，另有多人受伤，救援工作正在进行")
    traditional = ("甘肅積石山６.２級地震波及鄰省青海，截至１２月１９日６時，"
                   "地震已造成青海11人死亡，另有多人受傷，搜救工作正在進行")
    documents = articles(f"新华社西宁电 {simplified}。", f"人民网讯 {simplified}。",
                         f"中央社報導 {traditional}。")
    (passage,) = find_shared_passages(documents).passages
    marked = {o.document: [o.text[s - o.start:e - o.start] for s, e in o.differences]
              for o in passage.occurrences}
    assert marked == {"d0": [], "d1": [], "d2": ["搜"]}


BULLETIN_FIRST = ("警方通报称，一名六十二岁男子驾驶小型汽车冲撞正在广场锻炼的市民，"
                  "造成十二人死亡、二十人受伤。")
BULLETIN_LAST = ("经初步调查，案件系该男子对其离婚后财产分割结果不满而引发，"
                 "目前公安机关已对其采取刑事强制措施。")


def test_a_phrase_of_chinese_is_no_piece_that_keeps_a_story_apart() -> None:
    """Two outlets print a police bulletin's two paragraphs with their own words between; one
    quotes a phrase of the first (23 characters: eleven words, FRAGMENT_MAX_WORDS tokens and
    more), two others print the second alone. The phrase says nothing about where the rest goes
    (as twelve English words would not): the bulletin is one passage, not two."""
    result = find_shared_passages(articles(
        f"珠海发生驾车冲撞事件\n\n{BULLETIN_FIRST}\n\n记者从现场了解到，附近的道路已经全面封闭，"
        f"救护车不断进出，周边商户纷纷关门。\n\n{BULLETIN_LAST}",
        f"广场惨案\n\n{BULLETIN_FIRST}\n\n目击者表示，当时广场上有很多老人在跳舞，场面十分混乱，"
        f"不少人四散奔逃。\n\n{BULLETIN_LAST}",
        "评论\n\n据报道，嫌犯冲撞正在广场锻炼的市民，造成十二人死亡、二十人受伤。"
        "专家呼吁加强公共场所的安全管理。",
        f"简讯\n\n昨天晚上，本市一处广场发生严重事件。\n\n{BULLETIN_LAST}",
        f"快讯\n\n多家医院参与了伤员的救治工作。\n\n{BULLETIN_LAST}"))
    holding = [p for p in result.passages
               if any(BULLETIN_LAST[:10] in o.text for o in p.occurrences)]
    assert len(holding) == 1
    (bulletin,) = holding
    assert {o.document for o in bulletin.occurrences} >= {"d0", "d1", "d3", "d4"}
    assert any(BULLETIN_FIRST[6:20] in o.text for o in bulletin.occurrences)
