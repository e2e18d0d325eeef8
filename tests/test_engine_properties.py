"""Engine properties: offsets, slices, order independence, and planted passages found tightly."""

from __future__ import annotations

import random

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from viewer.cancel import Cancelled, CancelToken
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.normalize import tokenize
from viewer.passages import AlignmentResult, EngineSettings
from viewer.wrapping import unwrapped

FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def word(alphabet: str) -> st.SearchStrategy[str]:
    return st.text(alphabet=alphabet, min_size=3, max_size=7)


# Small vocabularies with punctuation, quotes and line breaks: lots of coincidental sharing.
NOISY_TOKEN = st.sampled_from(
    ["Iran", "U.S.", "US", "missiles", "struck", "hit", "bases", "the", "of", "said", "5:30",
     ",", ".", "!", "\n", "“", "”", '"', "—", "😀", "שלום", "well-equipped", "well", "equipped"]
)
NOISY_DOC = st.lists(NOISY_TOKEN, min_size=0, max_size=80).map(" ".join)


def articles_from(texts: list[str]) -> list[Article]:
    return [Article(f"doc{i}", text, f"doc{i}") for i, text in enumerate(texts)]


def canonical(result: AlignmentResult) -> list[tuple]:
    """The result without the order of documents: passages with sorted occurrences."""
    return [
        (p.id, p.consensus,
         sorted((o.document, o.start, o.end, o.text, o.differences, o.kind)
                for o in p.occurrences))
        for p in result.passages
    ]


def _words(text: str) -> tuple[str, ...]:
    return tokenize(text).words


def _holds(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    return any(words[k : k + len(run)] == run for k in range(len(words) - len(run) + 1))


def _shared_runs_cover(words: tuple[str, ...], last: int, others: list[tuple[str, ...]],
                       size: int) -> bool:
    """Whether each of the `last` words of `words` lies in a run of `size` words of `words`
    that one of `others` holds: an occurrence of repetitive text is the union of such runs
    ("U.S. U.S. Iran" and "Iran Iran U.S." make "U.S. U.S. Iran Iran U.S.")."""
    covered = [False] * len(words)
    for start in range(len(words) - size + 1):
        if any(_holds(other, words[start:start + size]) for other in others):
            covered[start:start + size] = [True] * size
    return all(covered[len(words) - last:])


def _once(words: tuple[str, ...]) -> tuple[str, ...]:
    """`words` with a word, or a run of two or three words, repeated right after itself written
    once: a document repeating one ("Iran Iran Iran Iran", "U.S. Iran U.S. Iran") matches
    another's shorter repetition at several offsets, and the union of those matches is longer
    than either repetition (the same text, counted over)."""
    once = list(words)
    for period in (1, 2, 3):
        k = period
        while k + period <= len(once):
            if once[k:k + period] == once[k - period:k]:
                del once[k:k + period]
            else:
                k += 1
    return tuple(once)


def check_offsets(articles: list[Article], result: AlignmentResult,
                  engine: EngineSettings) -> None:
    texts = {a.id: a for a in articles}
    for passage in result.passages:
        assert passage.spread >= 2
        for occurrence in passage.occurrences:
            article = texts[occurrence.document]
            assert article.body_start <= occurrence.start < occurrence.end <= len(article.text)
            assert article.text[occurrence.start : occurrence.end] == occurrence.text
            # Boundaries: an occurrence starts and ends on a word (no space around it) and runs
            # across a line break only into words another occurrence carries too (text two
            # documents share word for word is one passage whatever breaks it). A line break
            # that only wraps a sentence (`viewer.wrapping`: a long line ending in a word, the
            # next going on in lower case) is a space.
            shown = unwrapped(article.text)[occurrence.start : occurrence.end]
            if "\n" in shown:
                after_break = _once(_words(shown.rsplit("\n", 1)[1]))
                others = [_words(other.text) for other in passage.occurrences
                          if other is not occurrence]
                # (or, in text repeating itself, each word after the break in a run of
                # min_words another document of the passage holds: the occurrence is a union of
                # matches there, which that document's occurrence may not show whole)
                words = _words(shown)
                documents = [_words(texts[name].text) for name in passage.document_ids
                             if name != occurrence.document]
                assert any(_holds(_once(other), after_break) for other in others) or (
                    _once(words) != words
                    and _shared_runs_cover(words, len(_words(shown.rsplit("\n", 1)[1])),
                                           documents, engine.min_words))
            assert occurrence.text == occurrence.text.strip()
            previous = occurrence.start
            for start, end in occurrence.differences:
                assert previous <= start < end <= occurrence.end
                previous = end
    assert set(result.coverage) == set(texts)
    assert all(0.0 <= value <= 1.0 for value in result.coverage.values())
    size = len(articles)
    similarity = result.similarity
    assert len(similarity) == size
    assert all(0 <= i < j < size for i, j in zip(similarity.first, similarity.second,
                                                 strict=True))
    assert all(0.0 < value <= 1.0 for value in similarity.values)
    dense = similarity.as_dense()
    for i in range(size):
        assert dense[i][i] == similarity.value(i, i) == 1.0
        for j in range(size):
            assert dense[i][j] == dense[j][i] == similarity.value(j, i)
    # Only documents that share a passage are related.
    sharing = {tuple(sorted((result.document_ids.index(a), result.document_ids.index(b))))
               for p in result.passages for a in p.document_ids for b in p.document_ids if a != b}
    assert set(zip(similarity.first.tolist(), similarity.second.tolist(), strict=True)) <= sharing
    for passage in result.passages:
        assert passage.consensus
        assert {o.kind for o in passage.occurrences} <= {"copy", "fragment"}
        assert any(o.kind == "copy" for o in passage.occurrences)


@FAST
@given(st.lists(NOISY_DOC, min_size=2, max_size=5), st.integers(0, 3), st.integers(3, 6),
       st.randoms(use_true_random=False))
@example(texts=["Iran U.S. Iran U.S. Iran , missiles Iran Iran Iran",
                "Iran U.S. Iran \n Iran Iran Iran Iran"], gap=0, ngram=3,
         rng=random.Random(0))
@example(texts=["Iran Iran Iran Iran Iran well-equipped Iran Iran Iran \n missiles",
                "Iran Iran Iran Iran well-equipped Iran Iran Iran Iran"], gap=1, ngram=3,
         rng=random.Random(0))
@example(texts=["Iran Iran U.S. Iran U.S. U.S. Iran",
                "Iran ! Iran U.S. Iran \n U.S. U.S. Iran Iran U.S."], gap=0, ngram=3,
         rng=random.Random(0))
@example(texts=["Iran Iran Iran ! Iran Iran U.S. Iran",
                "Iran ! Iran U.S. Iran Iran Iran \n U.S. Iran U.S. Iran"], gap=0, ngram=3,
         rng=random.Random(0))
def test_offsets_slices_and_order_independence(texts: list[str], gap: int, ngram: int,
                                               rng) -> None:
    engine = EngineSettings(min_words=ngram, ngram_size=ngram, max_gap_words=gap)
    articles = articles_from(texts)
    result = find_shared_passages(articles, engine)
    check_offsets(articles, result, engine)
    shuffled = list(articles)
    rng.shuffle(shuffled)
    again = find_shared_passages(shuffled, engine)
    assert canonical(again) == canonical(result)
    assert again.coverage == result.coverage
    assert again.document_ids == tuple(a.id for a in shuffled)
    position = {doc: i for i, doc in enumerate(again.document_ids)}
    for i, first in enumerate(result.document_ids):
        for j, second in enumerate(result.document_ids):
            assert (again.similarity.value(position[first], position[second])
                    == result.similarity.value(i, j))


def _no_repeated_ngram(words: list[str]) -> bool:
    n = EngineSettings().ngram_size
    grams = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
    return len(set(grams)) == len(grams)


PASSAGE = st.lists(word("klmnopqr"), min_size=EngineSettings().min_words + 3,
                   max_size=30).filter(_no_repeated_ngram)
"""Words may repeat, n-grams may not: periodic text ("kkk kkk kkk ...") matches itself on many
diagonals, where several alignments are equally right and "the" tight bounds do not exist."""
DISTINCT_PASSAGE = st.lists(word("klmnopqr"), min_size=EngineSettings().min_words + 3,
                            max_size=30, unique=True)
"""Words all different: a text that repeats one word matches itself on every diagonal."""
FILLER_A = st.lists(word("abcd"), max_size=60)
FILLER_B = st.lists(word("efgh"), max_size=60)
DECOR = st.text(alphabet="😀🙂👍🏽\u200fשלוםعربي ", max_size=8)


@FAST
@given(PASSAGE, FILLER_A, FILLER_B, st.data(), DECOR)
def test_a_passage_copied_into_two_texts_is_found_with_tight_bounds(
    passage_words: list[str], filler_a: list[str], filler_b: list[str], data, decor: str
) -> None:
    passage = " ".join(passage_words)
    cut_a = data.draw(st.integers(0, len(filler_a)))
    cut_b = data.draw(st.integers(0, len(filler_b)))
    text_a = decor + " ".join(filler_a[:cut_a]) + ". " + passage + ". " + " ".join(filler_a[cut_a:])
    text_b = " ".join(filler_b[:cut_b]) + "\n" + passage + "! " + " ".join(filler_b[cut_b:]) + decor
    articles = articles_from([text_a, text_b])
    result = find_shared_passages(articles)
    assert len(result.passages) == 1
    (first, second) = sorted(result.passages[0].occurrences, key=lambda o: o.document)
    assert (first.start, first.text) == (text_a.index(passage), passage)
    assert (second.start, second.text) == (text_b.index(passage), passage)
    assert first.differences == second.differences == ()


@FAST
@given(DISTINCT_PASSAGE, FILLER_A, FILLER_B, st.data())
def test_an_edited_copy_stays_one_passage_with_the_edit_marked(
    passage_words: list[str], filler_a: list[str], filler_b: list[str], data
) -> None:
    engine = EngineSettings()
    # Keep at least one seed n-gram on each side of the edit.
    index = data.draw(st.integers(engine.ngram_size, len(passage_words) - engine.ngram_size - 1)
                      if len(passage_words) > 2 * engine.ngram_size + 1 else st.just(-1))
    if index < 0:
        return
    edited = list(passage_words)
    edited[index] = "zzzz"
    passage, copy = " ".join(passage_words), " ".join(edited)
    text_a = " ".join(filler_a) + ". " + passage + ". " + " ".join(filler_a)
    text_b = " ".join(filler_b) + ". " + copy + ". " + " ".join(filler_b)
    result = find_shared_passages(articles_from([text_a, text_b]), engine)
    assert len(result.passages) == 1
    by_doc = {o.document: o for o in result.passages[0].occurrences}
    assert by_doc["doc0"].text == passage and by_doc["doc1"].text == copy
    (start, end), = by_doc["doc1"].differences
    assert by_doc["doc1"].text[start - by_doc["doc1"].start : end - by_doc["doc1"].start] == "zzzz"


def test_passages_in_a_different_order_are_separate_matches() -> None:
    one = "alpha bravo charlie delta echo foxtrot golf hotel"
    two = "india juliet kilo lima mike november oscar papa"
    articles = articles_from([f"Start. {one}. Middle words here. {two}. End.",
                              f"Other. {two}. Some filler text. {one}. Done."])
    result = find_shared_passages(articles)
    assert sorted(o.text for p in result.passages for o in p.occurrences) == sorted(
        [one, one, two, two])


def test_header_before_body_start_never_yields_passages() -> None:
    header = "title: alpha bravo charlie delta echo foxtrot golf\n"
    body = "Totally different words in each body number "
    articles = [Article("a", header + body + "one", "a", body_start=len(header)),
                Article("b", header + body + "two", "b", body_start=len(header))]
    result = find_shared_passages(articles)
    for passage in result.passages:
        for occurrence in passage.occurrences:
            assert occurrence.start >= len(header)


def test_a_small_corpus_keeps_a_passage_every_document_shares() -> None:
    quote = "we do not seek escalation or war but will defend ourselves"
    articles = articles_from([f"{name} wrote. {quote}. And then {name}." for name in
                              ["aaa bbb", "ccc ddd", "eee fff", "ggg hhh", "iii jjj"]])
    result = find_shared_passages(articles)
    assert [p.spread for p in result.passages] == [5]


def test_boilerplate_lines_in_a_large_corpus_are_ignored() -> None:
    """12 of 30 documents: below the n-gram document limit, caught as a repeated short line."""
    line = "Sign up for our newsletter to get the latest news"
    texts = [f"Body {i} " + " ".join(f"w{i}x{k}" for k in range(30))
             + (f"\n{line}\n" if i % 5 < 2 else "") for i in range(30)]
    result = find_shared_passages(articles_from(texts))
    assert result.passages == ()
    # The same line in a small corpus is a shared passage: nothing is dropped for frequency.
    assert len(find_shared_passages(articles_from(texts[:5])).passages) == 1


def filler(document: int, part: int, count: int = 30) -> str:
    """Words found nowhere else: letters only (digits would split into shared tokens)."""

    def letters(number: int) -> str:
        out = ""
        while True:
            number, digit = divmod(number, 26)
            out += chr(ord("a") + digit)
            if not number:
                return out

    return " ".join(f"q{letters(document)}z{letters(part)}j{letters(k)}" for k in range(count))


def test_wire_copy_most_articles_reprint_is_content_not_boilerplate() -> None:
    """18 of 20 articles reprint one wire paragraph: frequent, but a long run, so it is found."""
    wire = ("Rescue teams pulled twelve survivors from the collapsed apartment block overnight, "
            "the regional governor told reporters on Thursday, adding that the search would "
            "continue through the weekend despite heavy rain.")
    texts = [f"{filler(i, 0)}. {wire if i < 18 else filler(i, 1)} {filler(i, 2)}."
             for i in range(20)]
    result = find_shared_passages(articles_from(texts))
    assert [p.spread for p in result.passages] == [18]
    for occurrence in result.passages[0].occurrences:
        start = texts[int(occurrence.document[3:])].index(wire)
        assert start <= occurrence.start and occurrence.end <= start + len(wire)
        assert occurrence.end - occurrence.start >= 0.9 * len(wire)


def test_a_common_phrase_in_most_articles_of_a_large_corpus_is_dropped() -> None:
    """Seven words in 15 of 20 articles, each time amid other words: a phrase, not a passage.
    (An attribution such as "the president of the united states said" is never one: see
    tests/test_engine_evidence.py.)"""
    phrase = "the largest power plant in eastern ukraine"
    texts = [f"{filler(i, 0)} {phrase if i < 15 else ''} {filler(i, 1)}" for i in range(20)]
    assert find_shared_passages(articles_from(texts)).passages == ()
    # The same phrase in a small corpus is reported: nothing is dropped for frequency there.
    assert [p.spread for p in find_shared_passages(articles_from(texts[:5])).passages] == [5]


def test_a_quote_ending_a_paragraph_does_not_take_the_next_paragraphs_first_word() -> None:
    """One outlet's quote ends its paragraph; the other's quote goes on with the same word
    ("...so good! We have..."): that word is a coincidence, not part of the shared passage."""
    tweet = ("All is well! Missiles launched from Iran at two military bases located in Iraq. "
             "So far, so good!")
    first = f'The president wrote: "{tweet}"\nWe do not know more about the damage yet.'
    second = f'Trump tweeted: "{tweet} We have the most powerful military anywhere."'
    result = find_shared_passages(articles_from([first, second]))
    assert len(result.passages) == 1
    for occurrence, text in zip(result.passages[0].occurrences, (first, second), strict=True):
        assert occurrence.text == tweet or occurrence.text == tweet[:-1]  # "!" is punctuation
        assert occurrence.start == text.index(tweet)


def test_progress_reaches_one_and_cancel_raises() -> None:
    articles = articles_from(["one two three four five six seven", "one two three four five six"])
    seen: list[float] = []
    find_shared_passages(articles, progress=seen.append)
    assert seen[-1] == 1.0 and seen == sorted(seen)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        find_shared_passages(articles, cancel=token)


def test_fewer_than_two_documents_share_nothing() -> None:
    assert find_shared_passages([]).passages == ()
    single = find_shared_passages(articles_from(["alone alone alone alone alone alone"]))
    assert single.passages == ()
    assert len(single.similarity) == 1 and single.similarity.pair_count == 0


@pytest.mark.xfail(strict=True, raises=AssertionError, reason=(
    "session 37 review: with max_gap_words=1, an edited long match in text of two words repeated "
    "ends on a substituted word past doc1's line break ('u.s. u.s. u.s. iran' against doc0's "
    "'u.s. u.s. u.s. u.s.'): its last word is no word doc0 shares there"))
def test_an_edited_match_in_repetitive_text_ends_on_a_shared_word(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # (in lower case: capitalised, the words are all names, and the edited match names the
    # event as outlets do, joining nothing (`long_matches._event_echoes`); the defect stands.
    # Words each document prints again are a document's name for a thing and join nothing
    # either (`repeated_phrases`): that rule is set aside here, the defect is the extension's)
    monkeypatch.setattr("viewer.engine.evidence.printed_again",
                        lambda corpus, firsts, ends: np.zeros(len(firsts), dtype=bool))
    texts = ["iran iran iran iran u.s. iran iran ! u.s. u.s. u.s. u.s.",
             "iran iran iran u.s. iran iran , \n u.s. u.s. u.s. iran"]
    engine = EngineSettings(min_words=3, ngram_size=3, max_gap_words=1)
    articles = articles_from(texts)
    check_offsets(articles, find_shared_passages(articles, engine), engine)


def test_repetitive_text_runs_across_a_break_only_into_shared_words() -> None:
    """Session 32's case: in text of two words repeated, a loose run grew by the side of a match
    that was no evidence (and joined nothing), over doc1's line break into words doc0 does not
    carry; a run is cut back over a line break to the sides of the matches that joined it."""
    texts = ["Iran U.S. Iran", "Iran ! Iran Iran U.S. Iran \n U.S. U.S. Iran Iran U.S.",
             "Iran Iran U.S. U.S. , U.S. U.S. Iran"]
    engine = EngineSettings(min_words=3, ngram_size=3, max_gap_words=0)
    articles = articles_from(texts)
    check_offsets(articles, find_shared_passages(articles, engine), engine)
