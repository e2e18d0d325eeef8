"""The array helpers and counts the clustering relies on, against plain Python references:
hash look-ups through a table of hash bits, the documents a word is found in, and the words two
sides of a match have in common (all hand-made or generated data, no sample data)."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.corpus import Article
from viewer.engine import equal_words
from viewer.engine.arrays import (
    TABLE_MIN_VALUES,
    counts_of_low_bits,
    distinct_groups,
    hash_slots,
    holding_run,
    in_sorted,
    low_bits_table,
    unique_values,
    windows_inside,
    within,
)
from viewer.engine.matches import PairMatches
from viewer.engine.tokens import tokenise
from viewer.engine.word_documents import _counted_in_more_documents, in_more_documents
from viewer.token_hashing import word_hashes

WORDS = ("iran", "drones", "border", "missile", "dawn", "quiet")
HASHES = st.integers(min_value=0, max_value=2**64 - 1)


@settings(max_examples=200, deadline=None)
@given(st.lists(HASHES, max_size=60), st.lists(HASHES, max_size=60),
       st.integers(min_value=0, max_value=12))
def test_hash_slots_finds_what_a_binary_search_finds(members: list[int], others: list[int],
                                                     low_bits: int) -> None:
    """Equal to a search in the sorted members, whatever the hashes' low bits share (values
    made equal in their low bits collide in the table and take the fallback)."""
    keep = (1 << 64) - (1 << low_bits)
    member_array = np.unique(np.array([m & keep for m in members], dtype=np.uint64))
    values = np.array([v & keep for v in others] + [int(m) for m in member_array],
                      dtype=np.uint64)
    expected = [member_array.tolist().index(v) if v in member_array.tolist() else -1
                for v in values.tolist()]
    assert hash_slots(values, member_array).tolist() == expected


def test_hash_slots_of_many_members_with_shared_low_bits() -> None:
    """Thousands of members, many sharing their low 22 bits with another: every value found at
    its place, every absent one not found."""
    rng = np.random.default_rng(5)
    members = np.unique(np.concatenate((rng.integers(0, 2**63, 5000, dtype=np.uint64),
                                        rng.integers(0, 2**20, 3000, dtype=np.uint64) << 22)))
    absent = rng.integers(0, 2**63, 4000, dtype=np.uint64)
    absent = absent[~np.isin(absent, members)]
    values = np.concatenate((members[::-1], absent, members[:10]))
    found = hash_slots(values, members)
    assert found[: len(members)].tolist() == list(range(len(members)))[::-1]
    assert (found[len(members) : len(members) + len(absent)] == -1).all()
    assert found[-10:].tolist() == list(range(10))


@settings(max_examples=60, deadline=None)
@given(st.lists(HASHES, min_size=1, max_size=40), st.integers(min_value=0, max_value=12),
       st.integers(min_value=1, max_value=3))
def test_in_sorted_of_many_hashes_is_membership(members: list[int], low_bits: int,
                                                repeats: int) -> None:
    """Enough values to be looked up in the table of hash bits: the same answer as a plain
    membership test, with members repeated (as sorted word lists hold them) and sharing low
    bits."""
    keep = (1 << 64) - (1 << low_bits)
    member_array = np.sort(np.array([m & keep for m in members] * repeats, dtype=np.uint64))
    rng = np.random.default_rng(len(members))
    values = np.concatenate((rng.integers(0, 2**63, TABLE_MIN_VALUES, dtype=np.uint64),
                             member_array[::-1], member_array >> np.uint64(1)))
    expected = np.isin(values, member_array)
    assert in_sorted(values, member_array).tolist() == expected.tolist()
    assert in_sorted(values[:5], member_array).tolist() == expected[:5].tolist()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(st.sampled_from(WORDS),
                         max_size=12), min_size=1, max_size=8),
       st.integers(min_value=0, max_value=6))
def test_words_in_more_documents_than_a_limit(texts: list[list[str]], limit: int) -> None:
    corpus = tokenise([Article(f"d{i}", " ".join(words), f"d{i}")
                       for i, words in enumerate(texts)])
    vocabulary = sorted({*WORDS, "absent"})
    wanted = np.unique(word_hashes(vocabulary))
    by_hash = dict(zip(word_hashes(vocabulary).tolist(), vocabulary, strict=True))
    expected = [sum(by_hash[h] in words for words in texts) > limit for h in wanted.tolist()]
    assert in_more_documents(corpus, wanted, limit).tolist() == expected
    # (the words looked for one by one, or all in one pass, as many the bound lets through)
    assert _counted_in_more_documents(corpus, wanted, limit).tolist() == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(HASHES, max_size=80), st.lists(HASHES, max_size=20),
       st.integers(min_value=0, max_value=20))
def test_low_bits_bound_how_often_each_hash_is_found(values: list[int],
                                                            members: list[int],
                                                            low_bits: int) -> None:
    """Never fewer than the true count, whatever the hashes' low bits share."""
    keep = (1 << 64) - (1 << low_bits)
    values = [v & keep for v in values] + [m & keep for m in members[:5]]
    members = sorted({m & keep for m in members})
    bound = counts_of_low_bits(low_bits_table(np.array(values, dtype=np.uint64)),
                               np.array(members, dtype=np.uint64))
    assert all(count >= values.count(member)
               for count, member in zip(bound.tolist(), members, strict=True))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.integers(1, 12), st.integers(0, 30),
                          st.integers(1, 12)), min_size=1, max_size=40))
def test_equal_words_of_uneven_sides(spans: list[tuple[int, int, int, int]]) -> None:
    """Sides of different lengths: how many of the shorter side's words the longer holds, the
    same whether the matches are looked up in one batch or several."""
    words = list("abcdefgh")
    texts = [" ".join(words[(k * 3) % 7] for k in range(45)),
             " ".join(words[(k * 5) % 8] for k in range(45))]
    corpus = tokenise([Article(f"d{i}", text, f"d{i}") for i, text in enumerate(texts)])
    a0 = np.array([s[0] for s in spans])
    a1 = a0 + [s[1] for s in spans]
    b0 = np.array([s[2] for s in spans])
    b1 = b0 + [s[3] for s in spans]
    count = len(spans)
    matches = PairMatches(np.zeros(count, dtype=np.int64), a0, a1, np.ones(count, dtype=np.int64),
                          b0, b1, np.zeros(count, dtype=bool), np.zeros(count, dtype=np.int64),
                          np.zeros(count, dtype=np.int64))
    hashes = corpus.hashes.tolist()
    side_b = int(corpus.offsets[1])
    expected = []
    for first_a, end_a, first_b, end_b in zip(a0, a1, b0, b1, strict=True):
        a, b = hashes[first_a:end_a], hashes[side_b + first_b : side_b + end_b]
        if len(a) == len(b):
            aligned = sum(x == y for x, y in zip(a, b, strict=True))
            if aligned < len(a):  # (shifted by edits: the first side's words in the second)
                aligned = max(aligned, min(sum(word in b for word in a), len(a) - 1))
            expected.append(aligned)
        else:
            shorter, longer = (a, b) if len(a) < len(b) else (b, a)
            expected.append(sum(word in longer for word in shorter))
    for batch in (1, 7, 1 << 15):
        original = equal_words._EQUAL_BATCH
        equal_words._EQUAL_BATCH = batch
        try:
            assert equal_words.equal_words_of(corpus, matches).tolist() == expected
        finally:
            equal_words._EQUAL_BATCH = original


@given(st.lists(st.tuples(st.integers(0, 6), st.integers(0, 4)), max_size=40))
def test_distinct_groups_counts_each_keys_groups_once(pairs: list[tuple[int, int]]) -> None:
    """The plain count: for each key, the set of groups it occurs in."""
    keys = np.array([key for key, _ in pairs], dtype=np.int64)
    groups = np.array([group for _, group in pairs], dtype=np.int64)
    unique, counts = distinct_groups(keys, groups)
    expected: dict[int, set[int]] = {}
    for key, group in pairs:
        expected.setdefault(key, set()).add(group)
    assert unique.tolist() == sorted(expected)
    assert counts.tolist() == [len(expected[key]) for key in sorted(expected)]


RUNS = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 20)), max_size=12)


@settings(max_examples=300, deadline=None)
@given(RUNS, st.lists(st.tuples(st.integers(0, 70), st.integers(1, 20)), max_size=12))
def test_within_is_inside_one_run_of_runs_that_may_overlap(runs: list[tuple[int, int]],
                                                           ranges: list[tuple[int, int]]) -> None:
    """`within` tells whether a range lies inside one of runs sorted by their starts, nested
    or crossing ones too: the corpus's quotations nest (a double-quoted word in a single-quoted
    sentence, '‘We told the club “no” and meant it,’ she said')."""
    ordered = sorted((first, first + length) for first, length in runs)
    run_first = np.array([f for f, _ in ordered], dtype=np.int64)
    run_end = np.array([e for _, e in ordered], dtype=np.int64)
    firsts = np.array([f for f, _ in ranges], dtype=np.int64)
    ends = np.array([f + length for f, length in ranges], dtype=np.int64)
    expected = [any(a <= f and e <= b for a, b in ordered)
                for f, e in zip(firsts.tolist(), ends.tolist(), strict=True)]
    assert within(firsts, ends, run_first, run_end).tolist() == expected


def test_a_word_after_a_quotation_nested_in_another_is_within_the_quotations() -> None:
    text = ("Stuff first. ‘We told the club “no” and we meant every word of it,’ she said. "
            "More stuff.")
    corpus = tokenise([Article("d0", text, "d0")])
    words = [text[int(s):int(e)] for s, e in zip(corpus.starts, corpus.ends, strict=True)]
    meant = np.array([words.index("meant")])
    assert within(meant, meant + 1, corpus.quote_first, corpus.quote_end).tolist() == [True]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=8),
       st.lists(st.tuples(st.integers(0, 70), st.integers(0, 8)), max_size=20))
def test_holding_run_is_the_last_run_starting_before_if_it_holds_the_range(
        runs: list[tuple[int, int]], ranges: list[tuple[int, int]]) -> None:
    """`holding_run` against its definition, on sorted disjoint runs (quotations)."""
    run_first: list[int] = []
    run_end: list[int] = []
    for start, length in sorted(runs):
        if not run_end or start >= run_end[-1]:
            run_first.append(start)
            run_end.append(start + length + 1)
    firsts = np.array([first for first, _ in ranges], dtype=np.int64)
    ends = firsts + np.array([size for _, size in ranges], dtype=np.int64)
    found = holding_run(firsts, ends, np.array(run_first, dtype=np.int64),
                        np.array(run_end, dtype=np.int64)).tolist()
    for first, end, at in zip(firsts.tolist(), ends.tolist(), found, strict=True):
        before = [k for k, start in enumerate(run_first) if start <= first]
        expected = before[-1] if before and run_end[before[-1]] >= end else -1
        assert at == expected


@settings(max_examples=60, deadline=None)
@given(runs=st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=6),
       n=st.integers(1, 4))
def test_windows_inside_are_every_window_of_n_inside_one_run(runs: list[tuple[int, int]],
                                                              n: int) -> None:
    """Every position p with [p, p + n) inside one of sorted disjoint runs, in order."""
    disjoint: list[tuple[int, int]] = []
    at = 0
    for gap, size in runs:
        disjoint.append((at + gap, at + gap + size))
        at += gap + size + 1
    firsts = np.array([first for first, _ in disjoint], dtype=np.int64)
    ends = np.array([end for _, end in disjoint], dtype=np.int64)
    expected = [p for first, end in disjoint for p in range(first, end - n + 1)]
    assert windows_inside(firsts, ends, n).tolist() == expected


@settings(max_examples=100, deadline=None)
@given(st.lists(HASHES, max_size=50), st.lists(st.integers(-5, 5), max_size=50))
def test_unique_values_are_the_sorted_distinct_values(hashes: list[int],
                                                      small: list[int]) -> None:
    """By sorting, what `np.unique` gives by hashing: each value once, in order (hashes and
    small signed integers, repeats and empty lists)."""
    for values in (np.array(hashes, dtype=np.uint64), np.array(small, dtype=np.int64)):
        assert unique_values(values).tolist() == sorted(set(values.tolist()))
        assert unique_values(values).dtype == values.dtype


def test_a_corpus_is_read_only_and_finds_one_positions_document() -> None:
    """The stages keep what they read of a corpus (a Python list of its offsets, the words'
    low-bits counts, the speakers' readings): its arrays cannot be changed in place, and one
    position's document is the one `document_of` finds, empty documents included."""
    corpus = tokenise([Article("a", "", "a"), Article("b", "one two", "b"),
                       Article("c", "", "c"), Article("d", "three", "d")])
    assert not corpus.hashes.flags.writeable and not corpus.offsets.flags.writeable
    positions = np.arange(len(corpus.hashes) + 1)
    assert [corpus.document_at(int(p)) for p in positions] == corpus.document_of(
        positions).tolist()
