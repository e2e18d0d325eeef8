"""A page whose headline repeats the quotation below it: the headline is left out
(`viewer.engine.headlines`) and the quotation is one occurrence, aligned on its own, so its
words are not marked as differing (`viewer.engine.statements.after_heading`,
`viewer.engine.align`). A story's paragraphs that end in a full stop still make one occurrence.
A headline two reprints share word for word is shared text, an occurrence of its own above
the story's; one outlet's own headline is left out, but for a quotation it gives (or the words
after a speaker's colon, "Biden: ..."); a first line
that is the story's first sentence is no headline. Small
hand-made texts."""

from __future__ import annotations

from viewer.engine import find_shared_passages
from viewer.engine.headlines import headline_words
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler

QUOTE = "He was a giant of faith and reason who gave his whole life to the service of the church"


def test_a_headline_repeating_the_quotation_below_it_is_left_out() -> None:
    page = f"{QUOTE}\n\n“{QUOTE}”, the prime minister said in a note. {filler('a')}."
    others = [f"{filler(tag)}. The prime minister said: “{QUOTE}.” {filler(tag + 'z')}."
              for tag in ("b", "c")]
    (passage,) = find_shared_passages(articles(page, *others)).passages
    on_page = sorted((o.start, o.end, o.differences) for o in passage.occurrences
                     if o.document == "d0")
    assert [(start, end) for start, end, _ in on_page] == [
        (len(QUOTE) + 3, 2 * len(QUOTE) + 3)]
    assert all(not differences for _, _, differences in on_page)


def test_story_paragraphs_ending_in_a_full_stop_stay_one_occurrence() -> None:
    story = (f"{QUOTE}, the prime minister wrote on Saturday in a note to the press.\n\n"
             "The note was read out in parliament on the same evening by the speaker, who asked "
             "for a minute of silence.")
    texts = [f"{filler(tag)}.\n\n{story}\n\n{filler(tag + 'z')}." for tag in ("a", "b")]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert len(passage.occurrences) == 2

HEADLINE = "Flood barrier fails as river reaches record height in Vellac overnight"
STORY = ("The river barrier at Vellac gave way shortly after midnight, flooding the old market "
         "quarter and forcing the evacuation of four hundred residents from the lower town.")
STATEMENT = ("We did everything we could to hold the water back, and we will rebuild every "
             "street of the lower town together.")


def test_a_headline_two_reprints_share_is_an_occurrence_of_its_own_in_their_passage() -> None:
    """Reprints of a wire story carry its headline word for word: shared text, highlighted in
    both, but an occurrence of its own above the story's, out of the consensus."""
    result = find_shared_passages(articles(
        f"{HEADLINE}\n\n{STORY}\n\n{filler('a')}.",
        f"{HEADLINE}\n\n{STORY}\n\n{filler('b')}."))
    (passage,) = result.passages
    assert [occurrence.text for occurrence in passage.occurrences] == [
        HEADLINE, STORY[:-1], HEADLINE, STORY[:-1]]
    assert passage.consensus == STORY[:-1]


def test_a_headline_the_other_outlet_does_not_print_stays_out() -> None:
    """One reprint under the wire headline, the other under its own: the story is shared, the
    headline is not."""
    result = find_shared_passages(articles(
        f"{HEADLINE}\n\n{STORY}\n\n{filler('a')}.",
        f"Night of fear in Vellac's lower town\n\n{STORY}\n\n{filler('b')}."))
    (passage,) = result.passages
    assert [occurrence.text for occurrence in passage.occurrences] == [STORY[:-1]] * 2


def test_a_headline_alone_links_nothing() -> None:
    """Two stories under one set phrase ("Man arrested after woman stabbed in town centre"):
    the headline is no statement of theirs."""
    result = find_shared_passages(articles(
        f"{HEADLINE}\n\n{filler('a', 60)}.", f"{HEADLINE}\n\n{filler('b', 60)}."))
    assert result.passages == ()


def test_a_headline_another_page_prints_as_a_line_of_its_own_is_shared() -> None:
    """A page that links to the story by its headline (a "related" line) or reprints the story
    under its own title prints the headline word for word as a line of its own: shared text in
    both; printed inside a sentence of its own, or a few words only (a set phrase), it is
    not."""
    result = find_shared_passages(articles(
        f"{HEADLINE}\n\n{STORY}\n\n{filler('a')}.",
        f"Night of fear in the lower town\n\n{filler('b')}.\n\n{HEADLINE}\n\n{filler('c')}."))
    (passage,) = result.passages
    assert [occurrence.text for occurrence in passage.occurrences] == [HEADLINE] * 2
    inside_a_sentence = f"As one paper put it, {HEADLINE.lower()}, and the town waited."
    short = "Flood barrier fails in Vellac overnight"
    for first, line in ((HEADLINE, inside_a_sentence), (short, short)):
        result = find_shared_passages(articles(
            f"{first}\n\n{STORY}\n\n{filler('a')}.",
            f"Night of fear in the lower town\n\n{filler('b')}.\n\n{line}\n\n{filler('c')}."))
        assert result.passages == (), line


def test_headlines_that_differ_before_their_shared_words_stay_out() -> None:
    """Two outlets' own headlines ending alike, or the wire's headline under an outlet's prefix
    ("Floods: ..."): no shared headline, and the consensus is the story's."""
    for first, second in (("Mayor vows to rebuild after the night the barrier failed",
                           "Anger grows in Vellac after the night the barrier failed"),
                          (f"Floods: {HEADLINE}", HEADLINE)):
        result = find_shared_passages(articles(
            f"{first}\n\n{STORY}\n\n{filler('a')}.", f"{second}\n\n{STORY}\n\n{filler('b')}."))
        (passage,) = result.passages
        assert [o.text for o in passage.occurrences] == [STORY[:-1]] * 2, first
        assert passage.consensus == STORY[:-1]


def test_a_quotation_the_headline_gives_stays() -> None:
    """d1 headlines four words of the mayor's statement: they are what she said."""
    result = find_shared_passages(articles(
        f"Mayor speaks\n\n{filler('a')}. “{STATEMENT}” the mayor said. {filler('b')}.",
        f"Mayor: ‘we will rebuild every street’ of Vellac\n\n{filler('c', 60)}."))
    (passage,) = result.passages
    assert passage.document_ids == ("d0", "d1")


def test_a_first_line_that_is_a_sentence_or_long_is_no_headline() -> None:
    corpus = tokenise(articles(
        f"{HEADLINE}\n\n{STORY}",
        f"{STORY}\n\n{filler('a')}.",
        f"{filler('b', 30)}\n\n{STORY}",
        STORY,
        "洪水冲毁了维拉克的防洪堤\n\n" + STORY,
        f"{HEADLINE},\n\n{STORY}"))
    assert [headline_words(corpus, document) for document in range(6)] == [11, 0, 0, 0, 12, 0]


def test_reprints_sharing_a_headline_with_a_quotation_share_all_of_it() -> None:
    """The headline's quotation and the outlet's words around it: both reprints print them
    all, from the headline's first word (the match starts after the quotation mark)."""
    for headline in ("Mayor: ‘we will rebuild every street’ after Vellac flood",
                     "Vellac mayor vows: ‘we will rebuild every street’"):
        result = find_shared_passages(articles(
            f"{headline}\n\n{STORY}\n\n{filler('a')}.", f"{headline}\n\n{STORY}\n\n{filler('b')}."))
        (passage,) = result.passages
        assert sorted(occurrence.text.rstrip("’") for occurrence in passage.occurrences) == sorted(
            [headline.rstrip("’"), STORY[:-1]] * 2), headline


def test_a_story_under_a_shared_headline_starts_after_its_dateline() -> None:
    """Reprints of a wire story share its headline and its dateline: the story's occurrence
    starts at its first word, as it does with no headline, and the headline is one of its own
    (`viewer.engine.datelines` looks at where the headline left it); the consensus is the
    story's, without the dateline."""
    for headline in (f"{HEADLINE}\n\n", ""):
        result = find_shared_passages(articles(
            *(f"{headline}VELLAC (Reuters) - {STORY}\n\n{filler(tag)}." for tag in "ab")))
        (passage,) = result.passages
        assert [o.text for o in passage.occurrences if o.text != HEADLINE] == [STORY[:-1]] * 2
        assert passage.consensus == STORY[:-1]


def test_a_title_case_headline_with_an_abbreviated_title_is_one_sentence() -> None:
    """The sentence splitter starts a sentence after "Gov." before a capital; in a headline
    that is the title of a name, but a first line of two sentences is still none."""
    corpus = tokenise(articles(
        f"Gov. Rena Okafor Says Flood Barrier Failure Was An Accident\n\n{STORY}",
        f"Sen. Okafor: Vellac Barrier Will Be Rebuilt\n\n{STORY}",
        f"Vellac floods. Barrier fails overnight\n\n{STORY}"))
    assert [headline_words(corpus, document) for document in range(3)] == [10, 7, 0]


def test_a_third_outlets_prefixed_headline_leaves_the_consensus_the_storys() -> None:
    """Two reprints under the wire's headline, a third under "Floods: " and the same words: the
    two share their headline, the third's stays out, and the consensus is the story's."""
    result = find_shared_passages(articles(
        f"Floods: {HEADLINE}\n\n{STORY}\n\n{filler('a')}.",
        *(f"{HEADLINE}\n\n{STORY}\n\n{filler(tag)}." for tag in "bc")))
    (passage,) = result.passages
    assert [(o.document, o.text) for o in passage.occurrences] == [
        ("d0", STORY[:-1]), ("d1", HEADLINE), ("d1", STORY[:-1]), ("d2", HEADLINE),
        ("d2", STORY[:-1])]
    assert passage.consensus == STORY[:-1]


SAID = "the missile that fell on the village was unlikely to have been fired from Russia"


def _headline_occurrences(headline: str) -> list[str]:
    """The texts of the occurrences in d0, a page under `headline` whose story has Biden speak
    (and names Przewodka, and the Hochwasser) but does not carry SAID, which d1 and d2 quote."""
    page = (f"{headline}\n\n{filler('a')}. The village of Przewodka mourns two farmers, and "
            f"Joe Biden said in Bali that the investigation goes on. Locals call the flood of "
            f"last spring the Hochwasser. {filler('b')}.")
    others = [f"{filler(tag)}. The president said “{SAID}”. {filler(tag + 'z')}."
              for tag in ("c", "d")]
    texts = {f"d{k}": text for k, text in enumerate((page, *others))}
    return [texts[o.document][o.start:o.end]
            for passage in find_shared_passages(articles(page, *others)).passages
            for o in passage.occurrences if o.document == "d0"]


def test_the_words_after_a_speakers_colon_in_a_headline_stay() -> None:
    """'Biden: ...' headlines Biden's words without quotation marks; 'President Biden:' names
    him with his title."""
    opening = SAID[0].upper() + SAID[1:]
    assert _headline_occurrences(f"Biden: {opening}") == [opening]
    assert _headline_occurrences(f"President Biden: {SAID}") == [SAID]


def test_the_words_after_a_topics_colon_in_a_headline_stay_out() -> None:
    """'Missile in Przewodka:', 'Missile:', 'Farmers:', a place the story names, 'Przewodka:',
    and a noun it capitalises, 'Hochwasser:', name what the story is about, not someone it has
    speak."""
    for topic in ("Missile in Przewodka", "Missile", "Farmers", "Przewodka", "Hochwasser"):
        assert _headline_occurrences(f"{topic}: {SAID}") == [], topic


ZH_SAID = "失事飞机起飞前符合维修放行标准和适航要求"


def _zh_headline_occurrences(headline: str) -> list[str]:
    """The texts of the occurrences in d0, a Chinese page under `headline` whose story names
    孙世英 and the airline's crash, which d1 and d2 quote ZH_SAID from."""
    page = (f"{headline}\n\n东航云南有限公司董事长孙世英在发布会上介绍了情况。"
            f"本次坠机事故的原因正在调查之中。{filler('a')}.")
    others = [f"{filler(tag)}. 东航方面称，“{ZH_SAID}”。{filler(tag + 'z')}." for tag in "cd"]
    texts = {f"d{k}": text for k, text in enumerate((page, *others))}
    return [texts[o.document][o.start:o.end]
            for passage in find_shared_passages(articles(page, *others)).passages
            for o in passage.occurrences if o.document == "d0"]


def test_the_words_after_a_chinese_speakers_colon_in_a_headline_stay() -> None:
    """'孙世英:...' or '孙世英：...' headlines his words: Chinese has no capitals, but the story
    names him again below with a verb of saying ("孙世英在发布会上介绍"), in simplified characters
    where the headline writes traditional ones ('孫世英：')."""
    assert _zh_headline_occurrences(f"孙世英:{ZH_SAID}") == [ZH_SAID]
    assert _zh_headline_occurrences(f"孙世英：{ZH_SAID}") == [ZH_SAID]
    assert _zh_headline_occurrences(f"孫世英：{ZH_SAID}") == [ZH_SAID]


def test_the_words_after_a_chinese_topics_colon_in_a_headline_stay_out() -> None:
    """A label the story never names again ('最新消息：'), or names as a topic with no verb of
    saying after it ('坠机：' over "本次坠机事故"), is no speaker."""
    assert _zh_headline_occurrences(f"最新消息：{ZH_SAID}") == []
    assert _zh_headline_occurrences(f"坠机：{ZH_SAID}") == []


def test_a_headlines_words_the_story_prints_again_are_its_statement() -> None:
    """'孙世英:失事飞机起飞前符合...' over a story whose statement prints the words again
    ('起飞前,飞机符合...'): one outlet carries the headline's words alone, another the
    statement; the headline's passage and the statement's are one."""
    said = "失事飞机起飞前符合维修放行标准和适航要求"
    statement = ("失事飞机是2015年6月22日引进的,飞机维修一直严格按照维修技术方案实施,技术状况稳定"
                 "正常。起飞前,飞机符合维修放行标准和适航要求,正常放行")
    result = find_shared_passages(articles(
        f"孙世英:{said}\n\n{filler('a')}. 东航云南有限公司董事长孙世英表示,{statement}。"
        f"{filler('b')}.",
        f"{filler('c')}. 东航发言人也表示,飞机起飞前符合维修放行标准和适航要求,该航班3位飞行员"
        f"健康状况良好。{filler('d')}.",
        f"{filler('e')}. 董事长孙世英表示,{statement}。{filler('f')}."))
    (passage,) = result.passages
    assert sorted({o.document for o in passage.occurrences}) == ["d0", "d1", "d2"]
