"""Evidence for short matches and the separation of statements reported one after the other:
stock wording links nothing, across events or within one; two statements that two outlets
report in the same order stay two passages (small hand-made corpora, no sample data)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine import find_shared_passages
from viewer.engine.evidence import content_words
from viewer.engine.tokens import tokenise
from viewer.passages import AlignmentResult

from .engine_texts import articles, filler

STATEMENT = ("the ministry said its air defences intercepted eleven drones over the northern "
             "region overnight and that no civilians were hurt while repair crews restored "
             "power to several villages near the border before dawn on friday")
TWEET = ("our brave soldiers crushed the enemy attack near kharkiv and pushed the invaders "
         "back across the river beyond the old railway bridge")


def linked_pairs(result: AlignmentResult) -> set[tuple[str, ...]]:
    return {p.document_ids for p in result.passages}


def test_stock_attribution_wording_links_nothing() -> None:
    """Six- to eight-word exact matches made of attribution and function words, around
    different events' own words, are no shared statement."""
    result = find_shared_passages(articles(
        f"{filler('a')} of that, the news agency reported on Tuesday. {filler('b')}",
        f"{filler('c')} of that, the news agency reported on Tuesday. {filler('d')}",
        f"{filler('e')} officials said on Tuesday that it was not immediately clear. "
        f"{filler('f')}",
        f"{filler('g')} officials said on Tuesday that it was not immediately clear. "
        f"{filler('h')}",
    ))
    assert result.passages == ()


def test_a_german_subordinate_clauses_attribution_links_nothing() -> None:
    """'..., wie die Polizei am Montag mitteilte.': the verb at the clause's end, as German
    subordinate clauses put it, is attribution vocabulary too; the formula is no statement."""
    for verb in ("mitteilte", "mitteilt", "angab"):
        result = find_shared_passages(articles(
            f"{filler('a')}. Der Fahrer wurde leicht verletzt, wie die Polizei am Montag {verb}. "
            f"{filler('b')}.",
            f"{filler('c')}. Zwei Häuser brannten völlig aus, wie die Polizei am Montag {verb}. "
            f"{filler('d')}."))
        assert result.passages == (), verb


def test_time_and_place_wording_links_nothing_across_events() -> None:
    """Two events' stories both say when and how widely something happened, in six or seven
    words of time expressions and prepositions: no shared statement."""
    result = find_shared_passages(articles(
        f"{filler('a')} crowds gathered from the early hours of this morning. {filler('b')}",
        f"{filler('c')} he died at home in the early hours of this morning. {filler('d')}",
        f"{filler('e')} inspired millions of people across the world, she said. {filler('f')}",
        f"{filler('g')} fans mourned with millions of people across the world today. "
        f"{filler('h')}",
    ))
    assert result.passages == ()


def test_a_news_frame_two_events_fill_differently_links_nothing() -> None:
    """"Les hommages se multiplient après la" mort d'Alain Delon / disparition du célèbre
    acteur: six words two stories on two deaths share, ending on an article inside the
    clause, and the two share nothing else: a frame, no statement."""
    result = find_shared_passages(articles(
        f"Vidéo. Les hommages se multiplient après la mort d'Alain Delon\n\n{filler('a')}.",
        f"{filler('b')}. Jean-Paul Belmondo est décédé ce lundi à l'âge de 88 ans. Les hommages "
        f"se multiplient après la disparation du célèbre acteur français. {filler('c')}."))
    assert result.passages == ()


def test_a_rare_unquoted_phrase_with_content_words_still_links() -> None:
    phrase = "more than a dozen ballistic missiles struck kremenchuk"
    result = find_shared_passages(articles(
        f"{filler('a')} {phrase} {filler('b')}",
        f"{filler('c')} {phrase} {filler('d')}",
    ))
    assert linked_pairs(result) == {("d0", "d1")}


def test_a_quoted_fragment_of_function_words_only_joins_nothing() -> None:
    """ "the three the" in quotation marks is no evidence, even though the copies hold it."""
    copy = f"{STATEMENT} and the three the officials"
    result = find_shared_passages(articles(
        f"{filler('a')}. {copy}. {filler('b')}.",
        f"{filler('c')}. {copy}. {filler('d')}.",
        f"{filler('e')} a spokesman called it “the three the” {filler('f')}.",
    ))
    assert linked_pairs(result) == {("d0", "d1")}


def test_a_quoted_fragment_with_one_content_word_joins() -> None:
    copy = f"{STATEMENT}. all is well, the ministry added"
    result = find_shared_passages(articles(
        f"{filler('a')}. {copy}. {filler('b')}.",
        f"{filler('c')}. {copy}. {filler('d')}.",
        f"{filler('e')} the ministry insisted “all is well” {filler('f')}.",
    ))
    assert any("d2" in p.document_ids and p.spread == 3 for p in result.passages)


def test_two_statements_reported_in_the_same_order_stay_two_passages() -> None:
    """Both outlets give the ministry's statement, a line of attribution, then the tweet:
    two statements, not one (consecutive matches of one pair are not pieces of one)."""
    first = f"{filler('a')}. {STATEMENT}, the agency wrote. The president then tweeted: {TWEET}."
    second = f"{filler('b')}. {STATEMENT}, officials told us. Hours later he posted: {TWEET}."
    result = find_shared_passages(articles(first, second))
    consensus = sorted(p.consensus for p in result.passages)
    assert len(consensus) == 2
    assert any(c.startswith("the ministry said") for c in consensus)
    assert any(c.startswith("our brave soldiers") for c in consensus)


def test_content_words_skip_function_reporting_and_common_words() -> None:
    texts = ["The ministry said on Tuesday that eleven drones were shot down over Kharkiv."]
    texts += [f"the news agency reported {filler(chr(97 + k), 3)}" for k in range(40)]
    corpus = tokenise(articles(*texts))
    document = corpus.ids.index("d0")
    low = int(corpus.offsets[document])
    high = int(corpus.offsets[document + 1])
    rare = content_words(corpus, np.array([low]), np.array([high]))
    worded = content_words(corpus, np.array([low]), np.array([high]), rare_only=False)
    # "the ministry said on tuesday that ... were" is stock wording; eleven, drones, shot,
    # down, over, kharkiv are content words (particles count: "this is not over")
    assert worded.tolist() == rare.tolist() == [6]
    news = corpus.ids.index("d1")
    first = int(corpus.offsets[news])
    stock = content_words(corpus, np.array([first]), np.array([first + 4]), rare_only=False)
    assert stock.tolist() == [0]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 30)), min_size=1, max_size=8))
def test_content_words_count_each_range_alone(ranges: list[tuple[int, int]]) -> None:
    corpus = tokenise(articles(f"{STATEMENT} {TWEET}", f"{TWEET} {STATEMENT}"))
    firsts = np.array([min(a, b) for a, b in ranges], dtype=np.int64)
    ends = np.array([max(a, b) for a, b in ranges], dtype=np.int64)
    together = content_words(corpus, firsts, ends).tolist()
    alone = [int(content_words(corpus, firsts[k : k + 1], ends[k : k + 1])[0])
             for k in range(len(ranges))]
    assert together == alone
    assert all(0 <= count <= end - first
               for count, first, end in zip(together, firsts.tolist(), ends.tolist(), strict=True))


def _equal_words_one_by_one(corpus, matches) -> list[int]:  # type: ignore[no-untyped-def]
    """The plain reading of `equal_words_of`: position by position, or shorter side in longer;
    sides as long but not equal word for word also count the first side's words in the second,
    short of their length."""
    counts = []
    for k in range(len(matches)):
        a0 = int(corpus.offsets[matches.doc_a[k]] + matches.a0[k])
        a1 = int(corpus.offsets[matches.doc_a[k]] + matches.a1[k])
        b0 = int(corpus.offsets[matches.doc_b[k]] + matches.b0[k])
        b1 = int(corpus.offsets[matches.doc_b[k]] + matches.b1[k])
        side_a, side_b = corpus.hashes[a0:a1].tolist(), corpus.hashes[b0:b1].tolist()
        if len(side_a) == len(side_b):
            aligned = sum(x == y for x, y in zip(side_a, side_b, strict=True))
            if aligned < len(side_a):
                found = sum(word in set(side_b) for word in side_a)
                aligned = max(aligned, min(found, len(side_a) - 1))
            counts.append(aligned)
        else:
            shorter, longer = sorted((side_a, side_b), key=len)
            counts.append(sum(word in set(longer) for word in shorter))
    return counts


SMALL_VOCABULARY = ["alpha", "beta", "gamma", "delta", "said", "the", "of", "kyiv"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(SMALL_VOCABULARY),
                min_size=4, max_size=40),
       st.lists(st.sampled_from(SMALL_VOCABULARY),
                min_size=4, max_size=40),
       st.lists(st.tuples(st.integers(0, 39), st.integers(0, 39), st.integers(0, 39),
                          st.integers(0, 39)), min_size=1, max_size=12))
def test_equal_words_in_arrays_agree_with_one_by_one(
        first: list[str], second: list[str],
        spans: list[tuple[int, int, int, int]]) -> None:
    from viewer.engine.equal_words import equal_words_of
    from viewer.engine.matches import PairMatches

    corpus = tokenise(articles(" ".join(first), " ".join(second)))
    sizes = [corpus.token_count(0), corpus.token_count(1)]
    rows = []
    for a, b, c, d in spans:
        a0, a1 = sorted((a % sizes[0], b % sizes[0] + 1))
        b0, b1 = sorted((c % sizes[1], d % sizes[1] + 1))
        rows.append((0, a0, max(a1, a0 + 1), 1, b0, max(b1, b0 + 1)))
    matches = PairMatches.from_rows(rows)
    assert equal_words_of(corpus, matches).tolist() == _equal_words_one_by_one(corpus, matches)


def test_a_short_attribution_formula_is_not_a_statement() -> None:
    """Two outlets both write "President Soso Kibulu said on Wednesday" after different
    quotes: that is their attribution, not something they share."""
    result = find_shared_passages(articles(
        f"{filler('a')}. “Our rockets hit their depots,” President Soso Kibulu said on "
        f"Wednesday. {filler('b')}.",
        f"{filler('c')}. “Peace talks are over,” President Soso Kibulu said on Wednesday. "
        f"{filler('d')}.",
    ))
    assert result.passages == ()


def test_an_attribution_naming_a_letter_to_staff_is_not_a_statement() -> None:
    """"Kibulu said in a letter to employees" after different quotations of the memo, and
    "in his resignation letter to shareholders": the way outlets say where the words come
    from, not words they share."""
    result = find_shared_passages(articles(
        f"{filler('a')}. “Our rockets hit their depots,” Kibulu said in a letter to employees. "
        f"{filler('b')}.",
        f"{filler('c')}. “Peace talks are over,” Kibulu said in a letter to employees. "
        f"{filler('d')}.",
        f"{filler('e')}. Kibulu wrote in his resignation letter to shareholders on Thursday "
        f"that {filler('f')}.",
        f"{filler('g')}. Kibulu wrote in his resignation letter to shareholders on Thursday "
        f"that {filler('h')}.",
    ))
    assert result.passages == ()


def test_on_condition_of_anonymity_links_nothing() -> None:
    """The wire's formula for an unnamed source, in two stories of two events ("The official
    spoke on condition of anonymity"): attribution, no statement."""
    result = find_shared_passages(articles(
        f"{filler('a')}. The official spoke on condition of anonymity. {filler('b')}.",
        f"{filler('c')}. The official spoke on condition of anonymity. {filler('d')}.",
    ))
    assert result.passages == ()


def test_hindi_and_arabic_formulas_link_nothing() -> None:
    """"के निधन पर शोक व्यक्त किया है" ("expressed grief at the death of") after two deaths'
    different names, and an Arabic ministry's "وأضاف في بيان صحفي اليوم" ("he added in a press
    statement today") in two stories: formulas of condolence and attribution, as in English."""
    result = find_shared_passages(articles(
        f"{filler('a')} मुख्यमंत्री ने जनरल रावत के निधन पर शोक व्यक्त किया है। {filler('b')}",
        f"{filler('c')} राष्ट्रपति ने हीराबेन मोदी के निधन पर शोक व्यक्त किया है। {filler('d')}",
        f"{filler('e')} وأضاف في بيان صحفي اليوم إن القوات {filler('f')}",
        f"{filler('g')} وأضاف في بيان صحفي اليوم إن الحكومة {filler('h')}",
    ))
    assert result.passages == ()


def test_polish_and_turkish_formulas_link_nothing() -> None:
    """"poinformował w poniedziałek rzecznik prasowy" ("the spokesman said on Monday") and
    "sosyal medya hesabından yaptığı açıklamada" ("in a statement on his social media
    account") around different events' words: attribution, as in English."""
    result = find_shared_passages(articles(
        f"{filler('a')} – poinformował w poniedziałek rzecznik prasowy policji. {filler('b')}",
        f"{filler('c')} – poinformował w poniedziałek rzecznik prasowy sądu. {filler('d')}",
        f"{filler('e')} Bakan sosyal medya hesabından açıklamasında dedi ki {filler('f')}",
        f"{filler('g')} Vali sosyal medya hesabından açıklamasında dedi ki {filler('h')}",
    ))
    assert result.passages == ()


def test_until_the_end_of_the_season_links_no_two_events() -> None:
    """A coach's quotation ("... anybody until the end of the season, win everything ...") and
    another club's story ("an interim manager until the end of the season"): six words, but
    "end" is as common a noun as "part" or "way", and "season" alone is no statement."""
    result = find_shared_passages(articles(
        f"{filler('a')}. “In an ideal world I would not have told anybody until the end of the "
        f"season, win everything and then say goodbye,” he said. {filler('b')}.",
        f"{filler('c')}. The club will appoint an interim manager until the end of the season. "
        f"{filler('d')}.",
    ))
    assert result.passages == ()


def test_sentences_of_a_tweet_quoted_apart_are_one_statement_through_the_whole_copy() -> None:
    """B carries a short tweet whole; A quotes its first sentence, C its last: the short
    matches A-B and B-C lie side by side in B, so the tweet is one passage in A, B and C."""
    one, two = "Kharkiv stands firm tonight!", "Our defenders repelled every assault wave."
    result = find_shared_passages(articles(
        f"{filler('a')}. The mayor wrote: “{one}” {filler('b')}.",
        f"{filler('c')}. The mayor posted: “{one} {two}” {filler('d')}.",
        f"{filler('e')}. Later he added that “{two}” {filler('f')}.",
    ))
    (passage,) = result.passages
    assert passage.spread == 3
    assert passage.consensus == f"{one} {two}".rstrip(".")


def test_a_quoted_sentence_of_common_words_is_shared() -> None:
    quote = "“We will do what we have to do.”"
    result = find_shared_passages(articles(
        f"{filler('a')}. He said: {quote} {filler('b')}.",
        f"{filler('c')}. Officials repeated: {quote} {filler('d')}.",
    ))
    assert [p.consensus for p in result.passages] == ["We will do what we have to do"]


def test_a_short_statement_with_a_reporting_verb_inside_is_shared() -> None:
    """An attribution verb alone does not make a formula: the lower-case content words after
    it ("seek", "war") are a statement's."""
    sentence = "Iran said it would not seek war with America"
    result = find_shared_passages(articles(
        f"{filler('a')}. {sentence}. {filler('b')}.",
        f"{filler('c')}. {sentence}. {filler('d')}.",
    ))
    assert [p.consensus for p in result.passages] == [sentence]


def test_the_next_sentence_of_a_story_does_not_join_a_statement() -> None:
    """C carries the Pentagon's statement and, right after it, a sentence D shares: two
    passages, not the oil prices listed as part of the statement."""
    pentagon = ("At approximately 5:30 p.m. EST on January 7, Iran launched more than a dozen "
                "ballistic missiles against U.S. military and coalition forces in Iraq")
    oil = "Oil prices jumped four percent in Asian trading"
    result = find_shared_passages(articles(
        f"{filler('a')}. {pentagon}. {filler('b')}.",
        f"{filler('c')}. {pentagon}. {filler('d')}.",
        f"{filler('e')}. {pentagon}. Meanwhile, {oil}. {filler('f')}.",
        f"{filler('g')}. {oil}. {filler('h')}.",
    ))
    assert sorted(p.document_ids for p in result.passages) == [("d0", "d1", "d2"), ("d2", "d3")]


def test_a_wire_story_is_one_passage_across_its_short_paragraphs() -> None:
    """Two outlets print a wire story's paragraphs one after the other, with a four-word
    paragraph between that no match can carry alone: one passage, one occurrence each."""
    first = ("Iran fired more than a dozen ballistic missiles at two military bases in Iraq "
             "that house American troops early on Wednesday morning.")
    short = "No casualties were reported."
    last = ("The strikes hit the Ain al-Asad air base in western Anbar province and a facility "
            "near the northern city of Erbil, officials in Baghdad said.")
    story = f"{first}\n{short}\n{last}"
    result = find_shared_passages(articles(
        f"Headline one\n{filler('a')}.\n{story}\n{filler('b')}.",
        f"Other headline\n{filler('c')}.\n{story}\n{filler('d')}.",
    ))
    (passage,) = result.passages
    assert [o.text for o in passage.occurrences] == [story.rstrip("."), story.rstrip(".")]


def test_stock_wording_with_a_name_in_it_links_nothing() -> None:
    result = find_shared_passages(articles(
        f"{filler('a')}. The dam operator, Selva Hydro, did not immediately respond to a "
        f"request for comment. {filler('b')}.",
        f"{filler('c')}. A spokesman for Selva Hydro did not immediately respond to a request "
        f"for comment. {filler('d')}.",
    ))
    assert result.passages == ()


def test_a_headline_in_title_case_is_shared() -> None:
    headline = "Iran Launches Missiles At Two US Bases In Iraq After Soleimani Killing"
    result = find_shared_passages(articles(
        f"{headline}\n{filler('a')}.", f"{filler('c')}.\n{headline}\n{filler('d')}.",
    ))
    assert [p.consensus for p in result.passages] == [headline]


def test_touching_pieces_of_one_statement_are_one_occurrence() -> None:
    """A carries two sentences of a statement; B quotes the first, C the second: A's two
    matches meet at ". " and make one highlight there, not two with a gap."""
    one = ("The ministry said its air defences intercepted eleven drones over the northern "
           "region overnight.")
    two = ("Repair crews restored power to several villages near the border before dawn on "
           "Friday, and no civilians were hurt.")
    result = find_shared_passages(articles(
        f"{filler('a')}. “{one} {two}” {filler('b')}.",
        f"{filler('c')}. “{one}” {filler('d')}.",
        f"{filler('e')}. “{two}” {filler('f')}.",
    ))
    (passage,) = result.passages
    in_a = [o.text for o in passage.occurrences if o.document == "d0"]
    assert in_a == [f"{one} {two}".rstrip(".")]


def test_two_quotations_sharing_a_formula_in_their_middles_link_nothing() -> None:
    """Two events' statements, each quoted by one outlet, share a condolence formula in their
    middles ("... family. Our hearts go out to ..."), quoted on both sides but a whole clause on
    neither: words two quotations happen to share, judged as unquoted words are (common verbs
    and nouns, one rare word): no link."""
    result = find_shared_passages(articles(
        f"{filler('a')}. “He was a gentle colleague and a cherished part of the Orvan "
        f"family. Our hearts go out to his widow Tamsin,” the studio said. {filler('b')}.",
        f"{filler('c')}. “We are grieving with the Lisk family. Our hearts go out to the "
        f"miners of Dobrava,” the union said. {filler('d')}."))
    assert result.passages == ()


SHARED_VERDICT = ("The jury reached the verdict after just over four hours of deliberations in "
                  "the federal court in Manhattan on Thursday")


def test_a_short_core_a_replaced_lower_case_word_opens_is_evidence() -> None:
    """A wire paragraph rewritten around a nine-word core ('attire - instead joins the likes
    of admitted Ponzi schemer Bernie Madoff' / 'Now, however, he joins the likes of ...'): the
    chain's edge went to the clause's start over "instead"/"he", the match was inexact and so
    no evidence, and the core was lost. Cut to its equal words, it is found. A formula whose
    edge is a name changed is still none ('President Mabena said ...' / 'President Okonte
    said ...')."""
    first = (f"{filler('a')}. {SHARED_VERDICT}.\n\n{filler('b')}. Once a star of finance, the "
             f"founder – who wore shorts to meetings – instead joins the likes of admitted Ponzi "
             f"schemer Bernie Madoff, as notable people convicted of fraud.\n\n{filler('c')}.")
    second = (f"{filler('d')}. {SHARED_VERDICT}.\n\n{filler('e')}. The founder had been a star "
              f"of finance. Now, however, he joins the likes of admitted Ponzi schemer Bernie "
              f"Madoff and others who made headlines.\n\n{filler('f')}.")
    texts = [o.text for p in find_shared_passages(articles(first, second)).passages
             for o in p.occurrences]
    assert texts.count("joins the likes of admitted Ponzi schemer Bernie Madoff") == 2
    praise = "praised the brave firefighters of the old harbour"
    first = (f"{filler('g')}. {SHARED_VERDICT}.\n\n{filler('h')}. Mabena {praise}.\n\n"
             f"{filler('i')}.")
    second = (f"{filler('j')}. {SHARED_VERDICT}.\n\n{filler('k')}. Okonte {praise}.\n\n"
              f"{filler('l')}.")
    texts = [o.text for p in find_shared_passages(articles(first, second)).passages
             for o in p.occurrences]
    assert not any("firefighters" in text for text in texts)
