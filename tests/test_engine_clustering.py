"""Statements: transitive clustering, fragments, consensus, repeated text and scripts without
spaces, on small hand-made corpora (no sample data)."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from viewer.engine import find_shared_passages
from viewer.passages import AlignmentResult, EngineSettings, Passage

from .engine_texts import articles, filler

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])

STATEMENT = ("the ministry said its air defences intercepted eleven drones over the northern "
             "region overnight and that no civilians were hurt while repair crews restored "
             "power to several villages near the border before dawn on friday")
WORDS = STATEMENT.split()


def passage_with(result: AlignmentResult, document: str) -> list[Passage]:
    return [p for p in result.passages if document in p.document_ids]


def test_a_b_share_x_and_b_c_share_an_overlapping_y_is_one_statement() -> None:
    x = " ".join(WORDS[:22])
    y = " ".join(WORDS[14:])
    result = find_shared_passages(articles(
        f"{filler('a')}. {x}. {filler('b')}.",
        f"{filler('c')}. {STATEMENT}. {filler('d')}.",
        f"{filler('e')}. {y}. {filler('f')}.",
    ))
    (passage,) = result.passages
    assert passage.spread == 3
    texts = {o.document: o.text for o in passage.occurrences}
    assert texts == {"d0": x, "d1": STATEMENT, "d2": y}
    assert passage.consensus == STATEMENT


def test_a_and_c_sharing_only_through_b_still_get_linked_even_without_overlap() -> None:
    """A carries the start, C the end, B all: A and C share no word, yet one statement."""
    first, last = " ".join(WORDS[:16]), " ".join(WORDS[20:])
    result = find_shared_passages(articles(
        f"{filler('a')}. {first}. {filler('b')}.",
        f"{filler('c')}. {STATEMENT}. {filler('d')}.",
        f"{filler('e')}. {last}. {filler('f')}.",
    ))
    assert [p.spread for p in result.passages] == [3]


def test_a_quoted_fragment_inside_a_copy_joins_the_statement_as_a_fragment() -> None:
    result = find_shared_passages(articles(
        f"{filler('a')}. {STATEMENT}. {filler('b')}.",
        f"{filler('c')}. {STATEMENT}. {filler('d')}.",
        f"{filler('e')} officials insisted that “no civilians were hurt” {filler('f')}.",
    ))
    (passage,) = result.passages
    fragment = next(o for o in passage.occurrences if o.document == "d2")
    assert fragment.text == "no civilians were hurt"
    assert fragment.kind == "fragment"
    assert {o.kind for o in passage.occurrences if o.document != "d2"} == {"copy"}


def test_an_unquoted_common_phrase_links_nothing() -> None:
    result = find_shared_passages(articles(
        f"{filler('a')}. {STATEMENT}. {filler('b')}.",
        f"{filler('c')}. {STATEMENT}. {filler('d')}.",
        f"{filler('e')} and the ministry said nothing else {filler('f')}.",
    ))
    assert [p.document_ids for p in result.passages] == [("d0", "d1")]


def test_a_short_match_never_merges_two_statements() -> None:
    """Two different statements that both contain one six-word phrase stay two passages."""
    phrase = "the islamic revolutionary guard corps said"
    one = f"{phrase} that eleven missiles hit the northern air base shortly after midnight"
    two = f"{phrase} that the tanker seized in the strait carried smuggled fuel oil cargo"
    result = find_shared_passages(articles(
        f"{filler('a')}. {one}. {filler('b')}.",
        f"{filler('c')}. {one}. {filler('d')}.",
        f"{filler('e')}. {two}. {filler('f')}.",
        f"{filler('g')}. {two}. {filler('h')}.",
    ))
    groups = sorted(p.document_ids for p in result.passages if p.spread >= 2
                    and any(o.kind == "copy" and len(o.text) > 60 for o in p.occurrences))
    assert groups == [("d0", "d1"), ("d2", "d3")]


def test_two_identical_copies_and_an_outlier_mark_only_the_outlier() -> None:
    edited = STATEMENT.replace("eleven drones", "twelve drones").replace("friday", "saturday")
    result = find_shared_passages(articles(
        f"{filler('a')}. {STATEMENT}. {filler('b')}.",
        f"{filler('c')}. {STATEMENT}. {filler('d')}.",
        f"{filler('e')}. {edited}. {filler('f')}.",
    ))
    (passage,) = result.passages
    assert passage.consensus == STATEMENT
    by_doc = {o.document: o for o in passage.occurrences}
    assert by_doc["d0"].differences == by_doc["d1"].differences == ()
    outlier = by_doc["d2"]
    marked = [outlier.text[s - outlier.start : e - outlier.start] for s, e in outlier.differences]
    assert marked == ["twelve", "saturday"]


def test_two_copies_that_disagree_mark_the_reading_the_consensus_lacks() -> None:
    """No reading has a majority: the consensus keeps one, and only the other is marked (a
    word the consensus reads the same at that place is never marked)."""
    edited = STATEMENT.replace("eleven drones", "twelve drones")
    result = find_shared_passages(articles(f"x. {STATEMENT}. y.", f"z. {edited}. w."))
    (passage,) = result.passages
    marked = sorted(o.text[s - o.start : e - o.start] for o in passage.occurrences
                    for s, e in o.differences)
    kept, dropped = (("eleven", "twelve") if "eleven drones" in passage.consensus
                     else ("twelve", "eleven"))
    assert f"{kept} drones" in passage.consensus
    assert marked == [dropped]


def test_spelling_differences_count_but_case_and_quote_style_do_not() -> None:
    one = STATEMENT.replace("the ministry", "The U.S. ministry")
    two = STATEMENT.replace("the ministry", "the US ministry")
    three = STATEMENT.replace("the ministry", "THE U.S. ministry")
    result = find_shared_passages(articles(f"a. {one}. b.", f"c. {two}. d.", f"e. {three}. f."))
    (passage,) = result.passages
    by_doc = {o.document: o for o in passage.occurrences}
    assert by_doc["d0"].differences == by_doc["d2"].differences == ()
    (start, end), = by_doc["d1"].differences
    assert by_doc["d1"].text[start - by_doc["d1"].start : end - by_doc["d1"].start] == "US"


def test_repeated_text_is_one_passage_over_the_whole_repeat() -> None:
    texts = ["missile " * 3000, "missile " * 3000, "missile " * 2000]
    result = find_shared_passages(articles(*texts))
    (passage,) = result.passages
    assert passage.spread == 3
    for occurrence in passage.occurrences:
        assert occurrence.end - occurrence.start >= len("missile " * 2000) - 1


def test_two_chinese_articles_sharing_a_sentence() -> None:
    sentence = "伊朗外长扎里夫表示，我们不寻求战争升级，但会保卫自己免受任何侵略"
    first = f"新华社报道：{sentence}。此后国际油价上涨。"
    second = f"据路透社消息，美国国防部确认基地遭到袭击。{sentence}。分析人士认为局势紧张。"
    result = find_shared_passages(articles(first, second))
    (passage,) = result.passages
    assert [o.text for o in passage.occurrences] == [sentence, sentence]
    assert passage.consensus == sentence


def test_unrelated_chinese_articles_share_nothing() -> None:
    result = find_shared_passages(articles("今天北京天气晴朗，气温适宜，市民纷纷外出游玩。",
                                           "东京证券交易所股价下跌，投资者担心经济前景。"))
    assert result.passages == ()


DISTINCT_WORDS = st.lists(st.text(alphabet="klmnopqrs", min_size=3, max_size=7), min_size=24,
                          max_size=40, unique=True)


@FAST
@given(DISTINCT_WORDS, st.lists(st.integers(1, 99), min_size=1, max_size=4, unique=True))
def test_overlapping_pieces_of_one_statement_form_one_passage(
    words: list[str], cuts: list[int]
) -> None:
    """One document carries a statement whole, others consecutive pieces of it, each piece
    overlapping the next by ten words there: always one passage, and no occurrence reaches
    beyond the statement."""
    statement = " ".join(words)
    bounds = sorted({0, len(words), *(c * len(words) // 100 for c in cuts)})
    texts = [f"{filler('wa')}. {statement}. {filler('wb')}."]
    for number, (start, end) in enumerate(itertools.pairwise(bounds)):
        piece = " ".join(words[max(0, start - 10) : max(end, start + 10)])
        tag = chr(97 + number)
        texts.append(f"{filler('q' + tag)}. {piece}. {filler('r' + tag)}.")
    result = find_shared_passages(articles(*texts))
    assert len(result.passages) == 1
    assert result.passages[0].spread == len(texts)
    for occurrence in result.passages[0].occurrences:
        assert occurrence.text in statement


def test_an_attribution_two_outlets_word_alike_is_not_part_of_the_quote() -> None:
    quote = "we will rebuild every school and every clinic before the winter comes"
    lead = "President Amara Telu wrote on Twitter"
    result = find_shared_passages(articles(
        f"{filler('a')}. {lead}: “{quote}.” {filler('b')}.",
        f"{filler('c')}. {lead}: “{quote}.” {filler('d')}.",
        f"{filler('e')}. “{quote},” the president said. {filler('f')}.",
    ))
    quoted = [p for p in result.passages if "d2" in p.document_ids]
    assert len(quoted) == 1
    assert {o.text for o in quoted[0].occurrences} == {quote}


def test_words_several_outlets_quote_alike_are_a_passage_unless_min_words_asks_for_more() -> None:
    texts = (f"{filler('a')} and the minister tweeted “Victory is near!” {filler('b')}.",
             f"{filler('c')} his message, “Victory is near”, spread fast {filler('d')}.",
             f"{filler('e')} victory is near, some say, {filler('f')}.")
    result = find_shared_passages(articles(*texts))
    (passage,) = result.passages
    assert passage.document_ids == ("d0", "d1")  # the unquoted words link nothing
    assert passage.consensus == "Victory is near"
    assert find_shared_passages(articles(*texts), EngineSettings(min_words=20)).passages == ()


def test_a_long_partial_quote_is_a_copy_and_a_short_one_a_fragment() -> None:
    """Less than half of a statement, but longer than a fragment may be (a 16-word stretch):
    a partial copy. Four words: a fragment."""
    long_statement = f"{STATEMENT} and officials promised a full inquiry into the failure of the " \
                     f"air defence network that had left the capital exposed for several hours"
    words = long_statement.split()
    partial = " ".join(words[:16])
    result = find_shared_passages(articles(
        f"{filler('a')}. {long_statement}. {filler('b')}.",
        f"{filler('c')}. {long_statement}. {filler('d')}.",
        f"{filler('e')}. {partial}. {filler('f')}.",
        f"{filler('g')} the ministry insisted “no civilians were hurt” {filler('h')}.",
    ))
    (passage,) = result.passages
    kinds = {o.document: o.kind for o in passage.occurrences}
    assert len(words) > 2 * 16
    assert kinds == {"d0": "copy", "d1": "copy", "d2": "copy", "d3": "fragment"}
