"""Sentence starts from simplemma's splitter, as offsets."""

from __future__ import annotations

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st

from viewer.engine import breaks
from viewer.engine.apostrophe_marks import with_apostrophe_marks
from viewer.engine.sentences import batch_sentence_starts, sentence_starts
from viewer.engine.tokens import tokenise

from .engine_texts import articles


def test_abbreviations_and_times_do_not_end_a_sentence() -> None:
    text = ("Gen. Soleimani was killed. Around 5:30 p.m. on Tuesday, missiles were launched. "
            "“All is well!” Trump wrote.")
    starts = sentence_starts(text).tolist()
    # (a closing quotation mark then a capital ends the quote: a boundary the engine wants)
    assert [text[s : s + 8] for s in starts] == ["Around 5", "“All is ", "Trump wr"]


def test_offsets_are_in_the_whole_text_after_the_body_start() -> None:
    text = "Headline here\n\nFirst sentence. Second one."
    body = text.index("First")
    assert [text[s:] for s in sentence_starts(text, body).tolist()] == ["Second one."]


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("Ab. !?\n“”"), max_size=200), st.integers(0, 20))
def test_starts_are_ascending_inside_the_body_and_not_blank(text: str, start: int) -> None:
    start = min(start, len(text))
    starts = sentence_starts(text, start).tolist()
    assert starts == sorted(set(starts))
    assert all(start < s < len(text) and not text[s].isspace() for s in starts)


def _batch_starts(bodies: list[str]) -> list[list[int]]:
    """`batch_sentence_starts` of `bodies` read together, back in each body's own offsets."""
    import numpy as np

    from viewer.token_hashing import batch_tokens

    batch = batch_tokens([(body, 0) for body in bodies])
    found = batch_sentence_starts("\n".join(bodies) + "\n", batch.codes, batch.text_start,
                                  batch.lengths)
    text_of = np.searchsorted(batch.text_start, found, side="right") - 1
    return [(found[text_of == index] - batch.text_start[index]).tolist()
            for index in range(len(bodies))]


# Characters every rule of the splitter looks at: terminators, closing marks, brackets, white
# space and paragraph breaks, capitals and lower case letters, digits, the abbreviations.
_TRICKY = st.sampled_from([*"Aab.. !?…\n\n  \t\u00a0“”\"')]([3é", "Mr", "U.S", "Gen", "said",
                            "e.g", "…", "\n\n", " \n ", "...", "p.m", "Ab"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(_TRICKY, max_size=50).map("".join), min_size=1, max_size=4))
def test_batch_starts_are_simplemma_s_on_each_text(bodies: list[str]) -> None:
    assert _batch_starts(bodies) == [sentence_starts(body).tolist() for body in bodies]


def test_batch_starts_are_simplemma_s_on_the_samples_and_a_generated_corpus() -> None:
    from benchmarks.realistic import generate
    from tests.viewfixtures import sample_articles
    from viewer.wrapping import unwrapped

    bodies = [unwrapped(a.text)[a.body_start :] for a in sample_articles()]
    bodies += [unwrapped(d.text) for d in generate(60, seed=5).documents]
    assert _batch_starts(bodies) == [sentence_starts(body).tolist() for body in bodies]


def test_the_corpus_marks_sentence_breaks_where_the_splitter_starts_sentences() -> None:
    from viewer.corpus import Article
    from viewer.engine import breaks
    from viewer.engine.tokens import tokenise

    text = "The strike killed Gen. Soleimani at the airport. Iran vowed revenge."
    corpus = tokenise([Article("a", text, "a")])
    words = [text[s:e] for s, e in zip(corpus.starts.tolist(), corpus.ends.tolist(), strict=True)]
    broken = [bool(bits & breaks.SENTENCE_BREAK) for bits in corpus.gaps[1 : len(words)].tolist()]
    # gap k lies before word k: only the one before "Iran" is a sentence break
    assert [words[k + 1] for k, flag in enumerate(broken) if flag] == ["Iran"]


def test_a_chinese_full_stop_ends_a_passage_whatever_the_splitter_knows() -> None:
    from viewer.corpus import Article
    from viewer.engine import find_shared_passages

    shared = "伊朗向驻伊拉克美军基地发射了十多枚弹道导弹，五角大楼表示目前正在评估损失情况"
    first = "今天天气很好我们去公园散步了。" + shared + "。他说明天再谈。"
    second = "股市今天大幅上涨投资者很高兴，" + shared + "，他说一切都好。"
    (passage,) = find_shared_passages([Article("a", first, "a"),
                                       Article("b", second, "b")]).passages
    assert {o.text for o in passage.occurrences} == {shared}


def _double_quoted(flowed: str, body: int) -> list[tuple[int, int]]:
    """The double-quoted spans of `flowed[body:]` as a search of the whole text finds them:
    QUOTE's matches, the opening marks QUOTE could not close (those outside every match),
    joined over paragraphs with the page's cut-off quotation."""
    from viewer.engine.paragraph_quotes import continued_quotations
    from viewer.engine.quotations import QUOTE, cut_off_quotation

    matches = list(QUOTE.finditer(flowed, body))
    unclosed = [at for at in range(body, len(flowed)) if flowed[at] in "\"“„«「『"
                and not any(m.start() <= at < m.end() for m in matches)]
    # (group 1 is the text of a quotation in "...", “...”, «...» and the like, group 2 of
    # German's »...«, group 3 of French opened the wrong way round, group 4 of ”...”)
    spans = [m.span(next(group for group in (1, 2, 3, 4) if m.group(group) is not None))
             for m in matches]
    return continued_quotations(flowed, spans, unclosed, cut_off_quotation(flowed, body))


def _single_quoted(flowed: str, body: int) -> list[tuple[int, int]]:
    """The single-quoted spans of `flowed[body:]` as a search of the whole text finds them:
    SINGLE_QUOTE's matches, and the single marks it could not close (those outside every match)
    joined over paragraphs, or a paragraph quoted whole."""
    from viewer.engine.paragraph_quotes import continued_single_quotations
    from viewer.engine.quotations import SINGLE_QUOTE

    matches = list(SINGLE_QUOTE.finditer(flowed, body))
    unclosed = [at for at in range(body, len(flowed)) if flowed[at] in "‘'"
                and not any(m.start() <= at < m.end() for m in matches)]
    return continued_single_quotations(flowed, [(m.start(2), m.end(2)) for m in matches],
                                       unclosed)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab .\n“”\""), max_size=80), min_size=1,
                max_size=5))
def test_quotations_found_at_once_match_a_search_per_document(texts: list[str]) -> None:
    import numpy as np

    from viewer.corpus import Article
    from viewer.engine.fragments import quoted_token_ranges
    from viewer.engine.tokens import tokenise
    from viewer.wrapping import unwrapped

    corpus = tokenise([Article(f"d{i}", text, f"d{i}") for i, text in enumerate(texts)])
    firsts: list[int] = []
    ends: list[int] = []
    for document, text in enumerate(corpus.texts):
        low, high = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
        flowed, body = with_apostrophe_marks(unwrapped(text)), corpus.body_starts[document]
        for start, end in _double_quoted(flowed, body):
            first = int(np.searchsorted(corpus.starts[low:high], start, side="left"))
            last = int(np.searchsorted(corpus.ends[low:high], end, side="right"))
            if last > first:
                firsts.append(first + low)
                ends.append(last + low)
    found_first, found_end = quoted_token_ranges(corpus)
    assert (found_first.tolist(), found_end.tolist()) == (firsts, ends)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("ab .\n“”\"‘’'„«»「」"), max_size=120),
                min_size=1, max_size=6), st.integers(min_value=1, max_value=200))
@example(texts=["'a'"], batch_chars=1)
@example(texts=["»a«"], batch_chars=1)
def test_quotations_found_batch_by_batch_are_those_of_each_whole_text(
        texts: list[str], batch_chars: int) -> None:
    # The tokeniser finds quotations batch by batch (in worker processes for a large corpus);
    # the reference searches each document's text on its own, double quotes, one the page
    # cuts off and single quotes (over paragraphs too), as the fragment stage did before.
    from unittest import mock

    import numpy as np

    from viewer.corpus import Article
    from viewer.engine import tokens
    from viewer.wrapping import unwrapped

    articles = [Article(f"d{i}", text, f"d{i}") for i, text in enumerate(texts)]
    with mock.patch.object(tokens, "TOKENIZE_BATCH_CHARS", batch_chars):
        corpus = tokens.tokenise(articles)
    firsts: list[int] = []
    ends: list[int] = []
    for document, text in enumerate(corpus.texts):
        low, high = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
        flowed, body = with_apostrophe_marks(unwrapped(text)), corpus.body_starts[document]
        found = _double_quoted(flowed, body)
        found += [(start, end) for start, end in _single_quoted(flowed, body)
                  if not any(a <= start and end <= b for a, b in found)]
        for start, end in sorted(found):
            first = int(np.searchsorted(corpus.starts[low:high], start, side="left"))
            last = int(np.searchsorted(corpus.ends[low:high], end, side="right"))
            if last > first:
                firsts.append(first + low)
                ends.append(last + low)
    assert (corpus.quote_first.tolist(), corpus.quote_end.tolist()) == (firsts, ends)


def test_a_time_zone_after_pm_goes_on_with_the_sentence() -> None:
    """simplemma ends a sentence at "p.m." before any capital; before a time zone ("8:42 p.m.
    Eastern time") the corpus keeps one sentence. "6 p.m. The next day" is still two."""
    text = ("Trump posted on Truth Social at 8:42 p.m. Eastern time. The rally ended at 6 p.m. "
            "The next day he flew home.")
    corpus = tokenise(articles(text))
    opening = [text[int(corpus.starts[k]):int(corpus.ends[k])]
               for k in np.flatnonzero(corpus.gaps[1:len(corpus.starts)] & breaks.SENTENCE_BREAK)
               + 1]
    assert opening == ["The", "The"]
