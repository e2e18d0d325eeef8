"""Near copies: two articles of one source that print nearly one text (a corrected version a project
keeps beside the first, a page saved again after an edit) are aligned as one, as one source's
identical texts are (`viewer.engine.identical_texts`), each carrying the other's passages where they
stand in it.

Pure functions of the corpus, the pairwise matches and the articles. A project keeps an article's
earlier text beside the corrected one; aligned as two documents, the match of their whole text
joined every statement the text carries into one passage (a tester's version of one article made a
wire story swallow three memo quotations). Two documents are near copies where their matches cover
NEAR_COPY_SHARE of each one's words or more; of each group so linked, the longest article (then the
smallest id) is aligned (its matches kept, the others' dropped), and the others are given its
passages after, placed by a character diff of the two texts (diff-match-patch), their own edits
marked as differences.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import numpy as np
from diff_match_patch import diff_match_patch

from viewer.corpus import Article
from viewer.engine.arrays import connected_components
from viewer.engine.identical_texts import WHOLE_TEXT_WORDS, Copy
from viewer.engine.matches import PairMatches
from viewer.engine.statements import Statements, carried_twice
from viewer.engine.tokens import TokenisedCorpus

NEAR_COPY_SHARE = 0.95
"""The share of each document's words its matches with the other must cover for the two to be
one text: a correction or a changed figure leaves nearly all; two outlets' stories sharing a
wire story's paragraphs and their own leads stay two."""
DIFF_SECONDS = 1.0
"""The most a character diff of two near copies may take (diff-match-patch's timeout)."""


def near_copies(corpus: TokenisedCorpus, matches: PairMatches,
                sources: Sequence[str | None]) -> dict[int, int]:
    """Each near copy's document index, with the document it is aligned as (the group's
    longest, then smallest id); empty where none. Only documents of one source (`sources`, by
    document: `viewer.article_sources.source_key`) are near copies: two outlets' nearly identical
    reprints are reuse the engine shows (folded on 99 real article sets, four sets' wire
    stories split into the pieces others quote, none got better)."""
    # (each document's source as a number, -1 for one no other document shares: usually all
    # of them, and then no match is asked -- this runs on every alignment)
    counts = Counter(source for source in sources if source is not None)
    numbers = {source: n for n, source in enumerate(s for s, c in counts.items() if c > 1)}
    if not len(matches) or not numbers:
        return {}
    code = np.array([numbers.get(source, -1) if source is not None else -1
                     for source in sources], dtype=np.int64)
    matches = matches.subset((code[matches.doc_a] >= 0)
                             & (code[matches.doc_a] == code[matches.doc_b]))
    if not len(matches):
        return {}
    words = np.diff(corpus.offsets)
    pair = matches.doc_a * len(words) + matches.doc_b
    covered_a = _covered(pair, matches.a0, matches.a1)
    covered_b = _covered(pair, matches.b0, matches.b1)
    pairs = np.array(sorted(covered_a), dtype=np.int64)
    if not len(pairs):
        return {}
    doc_a, doc_b = pairs // len(words), pairs % len(words)
    near = ((np.array([covered_a[p] for p in pairs.tolist()]) >= NEAR_COPY_SHARE * words[doc_a])
            & (np.array([covered_b[p] for p in pairs.tolist()]) >= NEAR_COPY_SHARE * words[doc_b])
            & (np.minimum(words[doc_a], words[doc_b]) >= WHOLE_TEXT_WORDS))
    if not near.any():
        return {}
    label = connected_components(len(words), doc_a[near], doc_b[near])
    groups: dict[int, list[int]] = {}
    for document in np.unique(np.concatenate((doc_a[near], doc_b[near]))).tolist():
        groups.setdefault(int(label[document]), []).append(document)
    folded: dict[int, int] = {}
    for members in groups.values():
        # (the longest is aligned: text a version adds, shared with other outlets, is reuse to
        # show; a version that cut it is given what it keeps -- a review: the corrected
        # version's sentence four outlets print was in no passage with them)
        first = min(members, key=lambda document: (-int(words[document]), corpus.ids[document]))
        folded.update({member: first for member in members if member != first})
    return folded


def _covered(pair: np.ndarray, first: np.ndarray, end: np.ndarray) -> dict[int, int]:
    """Words of each document pair's side that its matches cover, overlaps counted once."""
    order = np.lexsort((first, pair))
    covered: dict[int, int] = {}
    current, reach = -1, 0
    for key, low, high in zip(pair[order].tolist(), first[order].tolist(), end[order].tolist(),
                              strict=True):
        if key != current:
            current, reach = key, low
        low = max(low, reach)
        if high > low:
            covered[key] = covered.get(key, 0) + high - low
            reach = high
        else:
            covered.setdefault(key, 0)
    return covered


def without_near_copies(matches: PairMatches, folded: dict[int, int]) -> PairMatches:
    """`matches` without those of a near copy: it is aligned as the document it copies."""
    if not folded:
        return matches
    copies = np.array(sorted(folded), dtype=np.int64)
    return matches.subset(~(np.isin(matches.doc_a, copies) | np.isin(matches.doc_b, copies)))


def without_near_copies_in(statements: Statements, folded: dict[int, int]) -> Statements:
    """`statements` without occurrences in a near copy (a quoted fragment the fragment stages
    found there, from the quotations rather than the matches): it is given its original's."""
    if not folded:
        return statements
    kept = ~np.isin(statements.doc, np.array(sorted(folded), dtype=np.int64))
    return carried_twice(Statements(statements.statement[kept], statements.doc[kept],
                                    statements.first[kept], statements.end[kept]))


def near_copy_groups(articles: Sequence[Article], folded: dict[int, int]
                     ) -> dict[str, tuple[Copy, ...]]:
    """The near copies of each aligned article (by its id), each with where the original's
    places stand in it and its own edits, from a character diff of the two texts (`articles`
    in the corpus's order of documents, which `folded` indexes)."""
    groups: dict[str, list[Copy]] = {}
    for copy_index, original_index in sorted(folded.items()):
        original, copy = articles[original_index], articles[copy_index]
        groups.setdefault(original.id, []).append(_diffed(original, copy))
    return {original: tuple(copies) for original, copies in groups.items()}


def _diffed(original: Article, copy: Article) -> Copy:
    """`copy` of `original` with the diff of their texts: where an offset of the original's
    stands in the copy's, and the copy's stretches the original does not print."""
    differ = diff_match_patch()
    differ.Diff_Timeout = DIFF_SECONDS
    diffs = differ.diff_main(original.text, copy.text, False)
    differ.diff_cleanupSemantic(diffs)
    edits: list[tuple[int, int]] = []
    at = 0
    for operation, text in diffs:
        if operation == differ.DIFF_INSERT:
            if text.strip():
                edits.append((at, at + len(text)))
            at += len(text)
        elif operation == differ.DIFF_EQUAL:
            at += len(text)

    def places(offset: int) -> int:
        return int(differ.diff_xIndex(diffs, offset))

    return Copy(copy, original, tuple(edits), places)
