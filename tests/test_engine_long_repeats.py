"""Long text of a few repeated words, and text with no line breaks: the chaining stage's equal
runs and the fragments' title test read each word a bounded number of times (hand-made and
drawn corpora; work counted, never timed)."""

from __future__ import annotations

import random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

import viewer.engine.extend as extend
import viewer.engine.quoted_names as quoted_names
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.engine.tokens import TokenisedCorpus, tokenise
from viewer.workers import IN_PROCESS


def _naive_run(corpus: TokenisedCorpus, doc_a: int, pa: int, doc_b: int, pb: int, *,
               forward: bool, across_lines: bool, limit: int | None) -> int:
    """Equal words in a row from (before) two token positions, one word at a time."""
    base_a, base_b = int(corpus.offsets[doc_a]), int(corpus.offsets[doc_b])
    tokens_a, tokens_b = corpus.token_count(doc_a), corpus.token_count(doc_b)
    run = 0
    while limit is None or run < limit:
        word_a, word_b = (pa + run, pb + run) if forward else (pa - 1 - run, pb - 1 - run)
        if not (0 <= word_a < tokens_a and 0 <= word_b < tokens_b):
            break
        if corpus.hashes[base_a + word_a] != corpus.hashes[base_b + word_b]:
            break
        # (backwards, the word after; past a document's end that is the next document's
        # first, which starts a line: a run never reads back from a document's end)
        line_a, line_b = (word_a, word_b) if forward else (word_a + 1, word_b + 1)
        last = len(corpus.line_start) - 1
        if not across_lines and (corpus.line_start[min(base_a + line_a, last)]
                                 or corpus.line_start[min(base_b + line_b, last)]):
            break
        run += 1
    return run


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), forward=st.booleans(), across_lines=st.booleans(),
       limit=st.sampled_from([None, 0, 3, 40]))
def test_equal_runs_are_those_read_word_by_word(seed: int, forward: bool, across_lines: bool,
                                                limit: int | None) -> None:
    """Many points on few diagonals (repeated words, copies, duplicated points): every run is
    the one read word by word, whatever runs along its diagonal it is taken from."""
    draw = random.Random(seed)
    vocabulary = ["alpha", "beta", "gamma"][: draw.randint(1, 3)]
    words = [draw.choice(vocabulary) for _ in range(draw.randint(5, 60))]
    lines = " ".join(word if draw.random() > 0.05 else word + "\n\n" for word in words)
    texts = [lines, lines[: len(lines) // 2] + " delta " + lines[len(lines) // 2:], lines]
    corpus = tokenise([Article(f"d{i}", text, f"d{i}") for i, text in enumerate(texts)])
    pairs = [(0, 1), (0, 2), (1, 2)]
    rows = []
    for _ in range(draw.randint(1, 40)):
        doc_a, doc_b = draw.choice(pairs)
        shift = draw.randint(-2, 2)
        pa = draw.randint(0, corpus.token_count(doc_a))
        pb = min(max(pa + shift, 0), corpus.token_count(doc_b))
        rows.append((doc_a, pa, doc_b, pb))
        if draw.random() < 0.2:
            rows.append(rows[-1])
    docs_a, starts_a, docs_b, starts_b = (np.array(column, dtype=np.int64)
                                          for column in zip(*rows, strict=True))
    chosen = np.array([draw.random() < 0.8 for _ in rows])
    runs = extend._equal_runs(extend._Side(corpus, docs_a), starts_a,
                              extend._Side(corpus, docs_b), starts_b, chosen, forward=forward,
                              across_lines=across_lines, limit=limit)
    expected = [_naive_run(corpus, *row[:2], *row[2:], forward=forward,
                           across_lines=across_lines, limit=limit) if chosen[k] else 0
                for k, row in enumerate(rows)]
    assert runs.tolist() == expected


def test_each_word_of_a_long_copy_is_read_a_bounded_number_of_times(monkeypatch) -> None:
    """Three texts of 20,000 words drawn from four: hundreds of matches lie along each copy,
    and each run used to be read to the copy's end (quadratic: 1.4 million words read here).
    Words read stay within a few times the corpus."""
    draw = random.Random(3)
    text = " ".join(draw.choice(["22", "zwei", "vingt", "dozen"]) for _ in range(20_000))
    middle = len(text) // 2
    articles = [Article("a", text, "a"), Article("b", text[:middle] + " x " + text[middle:], "b"),
                Article("c", text[:5000], "c")]
    read: list[int] = []
    original = extend._read_runs

    def counted(*args: object, **kwargs: object) -> np.ndarray:
        runs = original(*args, **kwargs)  # type: ignore[arg-type]
        read.append(int(runs.sum()))
        return runs

    monkeypatch.setattr(extend, "_read_runs", counted)
    result = find_shared_passages(articles, mapper=IN_PROCESS)
    assert len(result.passages) == 1
    assert sum(read) < 4 * 45_000


def test_the_title_test_reads_a_bounded_stretch_of_a_long_line(monkeypatch) -> None:
    """A text with no line breaks and a quotation every few words (a book saved as one line):
    the line around each quotation is read HEADLINE_WORDS either side, not whole (it was 100 s
    and 16 GB for 5 MB)."""
    quotation = 'He said "Upon My Word Sir" and left the room with the others. '
    text = quotation * 400
    corpus = tokenise([Article("a", text, "a"), Article("b", "Nothing quoted here at all.", "b")])
    read: list[int] = []
    original = quoted_names._capitalised_words

    def counted(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        read.append(int((ends - firsts).sum()))
        return original(corpus, firsts, ends)

    monkeypatch.setattr(quoted_names, "_capitalised_words", counted)
    first, end = corpus.quote_first, corpus.quote_end
    found = quoted_names.titles(corpus, first, end)
    assert found.all()  # a title in a line of lower-case words, each of them
    assert sum(read) <= len(first) * (2 * quoted_names.HEADLINE_WORDS + 2 * 12)
