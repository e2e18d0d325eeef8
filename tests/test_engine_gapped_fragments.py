"""Quoted fragments cut or edited inside (`viewer.engine.gapped_fragments`): a short quotation
whose words another document prints with a few words more between them, or one word otherwise,
joins that statement; too many words skipped, too short an opening, or words nobody else
quotes or carries link nothing. Small hand-made texts and a property test."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine import find_shared_passages
from viewer.engine.candidates import candidate_seeds
from viewer.engine.chain import chain_and_extend
from viewer.engine.fragments import find_fragments, quoted_token_ranges
from viewer.engine.gapped_fragments import MAX_SKIPPED_WORDS, gapped_fragments
from viewer.engine.index import index_ngrams
from viewer.engine.pipeline import DEFAULT_SETTINGS
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler

STATEMENT = ("This has been the most fulfilling five and a half years of my life, and I leave "
             "the harbour board with a heavy heart and great hope for the fleet")


def _linked(texts: list[str]) -> list[list[tuple[str, str]]]:
    passages = find_shared_passages(articles(*texts)).passages
    return [sorted((o.document, texts[int(o.document[1:])][o.start:o.end])
                   for o in p.occurrences) for p in passages]


def _carriers(quoted: str) -> list[str]:
    """Two outlets carrying the statement whole, a third quoting `quoted` of it."""
    return [f"{filler('a')}.\n\n“{STATEMENT},” the chair said.\n\n{filler('b')}.",
            f"{filler('c')}.\n\n“{STATEMENT},” she told the meeting.\n\n{filler('d')}.",
            f"{filler('e')}. She called her time “{quoted}” in a short speech. {filler('f')}."]


@pytest.mark.parametrize("quoted", [
    "the most fulfilling of my life",  # (five words cut from its middle)
    "a heavy heart with great hope for the fleet",  # ("and" written "with")
    "a heavy heart, great hope for the fleet",  # ("and" left out)
    # (its second word changed: too little of its opening is found word for word, its end
    # is, back to the word changed)
    "a weary heart and great hope for the fleet",
])
def test_a_quotation_cut_or_edited_inside_joins_the_statement(quoted: str) -> None:
    (passage,) = _linked(_carriers(quoted))
    assert ("d2", quoted) in passage


def test_words_skipped_over_a_sentence_end_or_a_line_break_link_nothing() -> None:
    for statement in (STATEMENT.replace("years of my life", "years. Of my life"),
                      STATEMENT.replace("years of my life", "years\n\nof my life")):
        texts = [f"{filler('a')}.\n\n“{statement},” the chair said.\n\n{filler('b')}.",
                 f"{filler('c')}.\n\n“{statement},” she told them.\n\n{filler('d')}.",
                 f"{filler('e')}. She called it “the most fulfilling of my life” then. "
                 f"{filler('f')}."]
        passages = _linked(texts)
        assert all(document != "d2" for passage in passages for document, _ in passage), statement


def test_the_words_found_need_two_content_words_the_changed_one_not_counted() -> None:
    """'"It was a good, memorable night for us"' of "it was a good night for us": only "good"
    is found beside stock words ("memorable" is the quotation's own): no fragment."""
    shared = "it was a good night for us and the supporters never stopped singing all evening"
    texts = [f"{filler('a')}. The coach said {shared}. {filler('b')}.",
             f"{filler('c')}. Afterwards the coach said {shared}. {filler('d')}.",
             f"{filler('e')}. “It was a good, memorable night for us,” the manager said. "
             f"{filler('f')}."]
    passages = _linked(texts)
    assert all(document != "d2" for passage in passages for document, _ in passage)


def test_between_documents_sharing_nothing_two_quotations_link_only_one_speakers() -> None:
    """Found in another document's quotation only, where the two share no other text: one
    named speaker's words cut otherwise link ('"..." Okonkwo said' in both), an idiom two
    speakers use does not ("We will leave no stone unturned")."""
    def story(tag: str, speaker: str, said: str) -> str:
        return f"{filler(tag)}. “{said},” {speaker} said on Monday. {filler(tag + 'z')}."
    same = [story("a", "Tunde Okonkwo", "We will rebuild every single school in the valley"),
            story("b", "Tunde Okonkwo", "We will rebuild every school in the valley")]
    assert len(_linked(same)) == 1
    idiom = [story("a", "Inspector Ruth Calder", "We will leave no stone unturned"),
             story("b", "Minister Paul Osei", "We will leave absolutely no stone unturned to "
                   "recover the pension money")]
    assert _linked(idiom) == []


def test_too_many_words_skipped_or_too_short_an_opening_link_nothing() -> None:
    for quoted in ("the most fulfilling of the fleet",  # (eighteen words skipped)
                   "the fulfilling of my life"):  # (one word alike before the words skipped)
        passages = _linked(_carriers(quoted))
        assert [document for document, _ in passages[0]].count("d2") == 0, quoted


def test_two_quotations_of_one_speech_cut_otherwise_are_linked() -> None:
    """Both outlets quote the president and share the agency's sentence on the vote; one
    leaves out a word ('des nationalistes, des démagogues' / 'des nationalistes et des
    démagogues'): the quotations are one statement."""
    wire = ("Les élections législatives auront lieu le 30 juin et le 7 juillet prochains dans "
            "toutes les circonscriptions du pays")
    a = (f"{filler('a')}. Le président a dénoncé « la montée des nationalistes, des "
         f"démagogues » dans son discours. {wire}. {filler('b')}.")
    b = (f"{filler('c')}. {wire}. Il a évoqué « la montée des nationalistes et des démagogues » "
         f"devant les Français. {filler('d')}.")
    assert [("d0", "la montée des nationalistes, des démagogues"),
            ("d1", "la montée des nationalistes et des démagogues")] in _linked([a, b])


def test_words_nobody_quotes_or_carries_are_never_looked_in() -> None:
    """The other document prints the words unquoted and no match covers them: a quotation
    with words skipped is no evidence of its own there."""
    a = (f"{filler('a')}. He called it “the most fulfilling of my life” on Monday. "
         f"{filler('b')}.")
    b = (f"{filler('c')}. It was the most fulfilling five and a half years of my life at sea. "
         f"{filler('d')}.")
    assert _linked([a, b]) == []


def test_quotations_in_texts_longer_than_news_articles_are_not_looked_for() -> None:
    """A novel's dialogue edits nobody's statement: the same quotation and statement in
    documents of more than 2,000 words give no gapped fragment."""
    quoted = "the most fulfilling of my life"
    short = _carriers(quoted)
    long_texts = [text + " " + filler("z", 2100) + "." for text in short]
    assert _gapped(short)
    assert not _gapped(long_texts)


def _gapped(texts: list[str]) -> list[tuple[int, ...]]:
    """The matches of `gapped_fragments` on `texts`, as (doc_a, a0, a1, doc_b, b0, b1)."""
    corpus = tokenise(articles(*texts))
    index = index_ngrams(corpus, DEFAULT_SETTINGS)
    matches = chain_and_extend(corpus, candidate_seeds(corpus, index), DEFAULT_SETTINGS,
                               index.window_documents)
    quotes = quoted_token_ranges(corpus)
    found = gapped_fragments(corpus, matches.concatenated(find_fragments(corpus, matches, quotes)),
                             quotes)
    return [tuple(int(getattr(found, field)[k]) for field in ("doc_a", "a0", "a1", "doc_b", "b0",
                                                                 "b1"))
            for k in range(len(found.a0))]


@settings(max_examples=40, deadline=None)
@given(skipped=st.integers(min_value=1, max_value=MAX_SKIPPED_WORDS + 3),
       head=st.integers(min_value=2, max_value=5), tail=st.integers(min_value=1, max_value=4))
def test_a_quotation_is_found_with_up_to_the_most_words_skipped(skipped: int, head: int,
                                                                 tail: int) -> None:
    """A statement of made-up words carried by two documents, and a third quoting its first
    `head` words and, `skipped` words on, `tail` more: found (a match whose sides are the
    quotation and those words with the skipped ones between) exactly when no more than
    MAX_SKIPPED_WORDS are skipped and at least four words are quoted."""
    words = [f"zq{chr(97 + k)}ord" for k in range(head + skipped + tail + 4)]
    statement = " ".join(words)
    quoted = " ".join(words[:head] + words[head + skipped:head + skipped + tail])
    texts = [f"{filler('a')}. “{statement}” {filler('b')}.",
             f"{filler('c')}. “{statement}” {filler('d')}.",
             f"{filler('e')}. “{quoted}” {filler('f')}."]
    rows = set(_gapped(texts))
    expected = skipped <= MAX_SKIPPED_WORDS and head + tail >= 4
    # (each quotation opens after the 25 words of filler before it)
    opening = 25
    assert rows == ({(0, opening, opening + head + skipped + tail, 2, opening,
                      opening + head + tail),
                     (1, opening, opening + head + skipped + tail, 2, opening,
                      opening + head + tail)} if expected else set())


def test_a_quotation_two_outlets_print_alike_is_looked_for_in_a_third_edited() -> None:
    """Two outlets quote the mayor's words alike (a fragment found word for word); a third
    leaves out a word of them inside a longer quotation of its own ('"The town is ready to do
    its part"' / '"The town is ready do its part after the flood"'): the quotation found
    alike is still looked for with a word changed, and the three are one statement."""
    quoted = "The town council is ready to do its part"
    texts = [f"{filler('a')}. “{quoted},” Mayor Ines Varga said on Sunday. {filler('b')}.",
             f"{filler('c')}. “{quoted}”, said Mayor Ines Varga. {filler('d')}.",
             f"{filler('e')}. “The town council is ready do its part after the flood,” Mayor "
             f"Ines Varga said. {filler('f')}."]
    passages = _linked(texts)
    assert len(passages) == 1
    assert ("d2", "The town council is ready do its part") in passages[0]
