"""Quoted fragments cut or edited inside: a short quotation whose words another document prints
with a few words more between them, or one word otherwise.

Pure function of the corpus, the pairwise matches and the quotations, beside
`viewer.engine.fragments`, which looks for quotations word for word. An outlet quoting a few words
of a statement cuts what it does not need from their middle ('"the most fulfilling of my life"' of
"the most fulfilling five and a half years of my life", '"zu oft mein Vertrauen gebrochen"' of "Zu
oft hat er mein Vertrauen gebrochen"), or writes one word otherwise ('"la montée des nationalistes,
des démagogues"' of "des nationalistes et des démagogues"). Here each quotation of GAPPED_MIN_WORDS
to FRAGMENT_MAX_WORDS words, written with spaces, no title, in a document no
longer than a long news article (CHANCE_FREE_WORDS words: a novel's dialogue edits nobody's
statement), is looked for in such documents, where another document's matched text holds its first
or last words, or a quotation of a document that shares a match with its own already, or that the
two attribute to one named speaker (so it joins a statement found, or links two outlets quoting one
speaker; found in another quotation only, an idiom two speakers use, "We will leave no stone
unturned", links nothing): its longest opening found there word for word (HEAD_WORDS or more), then
the rest of it word for word (TAIL_WORDS or more, GAPPED_MIN_WORDS in all) after at most
MAX_SKIPPED_WORDS words more there and at most MAX_OWN_WORDS of its own; or its longest ending so,
and the rest before it (a word changed near its start: '"preliminary evidence points to an
accident"' of "preliminary investigation points to an accident"). All in one sentence of that text,
the words found holding CONTENT_WORDS_FOR_EVIDENCE content words. A quotation found whole is
`viewer.engine.fragments`'s; one found whole in a second document is still looked for here in a
third that edits it (two outlets print '"Il Governo è pronto a fare la sua parte"' alike, a third
'"Il governo è pronto fare la sua parte dopo la tragedia"').
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import (
    count_between,
    flat_ranges,
    in_sorted,
    overlap_runs,
    unique_values,
    windows_inside,
    within,
)
from viewer.engine.chance import CHANCE_FREE_WORDS, written_with_spaces
from viewer.engine.clause_extent import one_speakers_words
from viewer.engine.evidence import CONTENT_WORDS_FOR_EVIDENCE, content_words
from viewer.engine.index import ngram_hashes_at
from viewer.engine.matches import PairMatches
from viewer.engine.quote_pieces import FRAGMENT_MAX_WORDS
from viewer.engine.quoted_names import titles
from viewer.engine.tokens import TokenisedCorpus

HEAD_WORDS = 2
"""The fewest words of a quotation's opening found word for word before the words skipped."""
TAIL_WORDS = 1
"""The fewest words of the rest of the quotation found word for word after them."""
GAPPED_MIN_WORDS = 4
"""The shortest quotation looked for with words skipped inside, and the fewest of its words
found ("España entera llora con vosotros" / "España entera llora con todas y todos
vosotros")."""
MAX_SKIPPED_WORDS = 5
"""The most words the other document prints between the two parts ("five and a half years")."""
MAX_OWN_WORDS = 1
"""The most words of its own the quotation has between the two parts (one word changed)."""
MAX_PLACES_PER_QUOTATION = 100
"""A quotation whose first (last) two words open (end) more places than this is not looked for
from them: they are too common a pair to tell where it comes from ("We will", "I am")."""
CANDIDATES_PER_ROUND = 1 << 18
"""The most (quotation, place) pairs compared at once: memory stays bounded however many
quotations open alike."""


def gapped_fragments(corpus: TokenisedCorpus, matches: PairMatches,
                     quotes: tuple[np.ndarray, np.ndarray]) -> PairMatches:
    """Matches between a short quotation and the same words with a few skipped or one changed
    in another document's matched text (module docstring): `matches`, the pairwise matches and
    the fragments found word for word. Each match's `quoted` field says whether its other side
    is inside a quotation too; its sides differ in length by the words skipped."""
    quote_first, quote_end = quotes
    offsets = corpus.offsets
    _, matched_first, matched_end = overlap_runs(*matches.global_sides(offsets))
    length = quote_end - quote_first
    # (in documents no longer than news articles only: a novel's dialogue edits nobody's
    # statement, and is full of quotations that open and end alike)
    news = np.diff(offsets) <= CHANCE_FREE_WORDS
    asked = np.flatnonzero((length >= GAPPED_MIN_WORDS) & (length <= FRAGMENT_MAX_WORDS)
                           & news[corpus.document_of(quote_first)])
    asked = asked[written_with_spaces(corpus, quote_first[asked], quote_end[asked])]
    asked = asked[~titles(corpus, quote_first[asked], quote_end[asked])]
    _, place_first, place_end = overlap_runs(np.concatenate((matched_first, quote_first)),
                                             np.concatenate((matched_end, quote_end)))
    places = windows_inside(place_first, place_end, HEAD_WORDS)
    places = places[news[corpus.document_of(places)]]
    if not len(asked) or not len(places):
        return PairMatches.empty()
    place_hash = ngram_hashes_at(corpus.hashes, places, HEAD_WORDS)
    # (only the places opening as a quotation asked opens or ends: a few of the many)
    anchors = unique_values(ngram_hashes_at(
        corpus.hashes, np.concatenate((quote_first[asked], quote_end[asked] - HEAD_WORDS)),
        HEAD_WORDS))
    wanted = in_sorted(place_hash, anchors)
    place_hash, places = place_hash[wanted], places[wanted]
    order = np.argsort(place_hash, kind="stable")
    place_hash, places = place_hash[order], places[order]
    # The quotation's opening found word for word, then the rest after the words skipped; or
    # its end found so, the rest before them (a word changed near its start).
    found = [_found(corpus, quote_first[asked], quote_end[asked], place_hash, places, backward)
             for backward in (False, True)]
    first, end, place, found_end, head, own_words = (np.concatenate(columns)
                                                     for columns in zip(*found, strict=True))
    document, other = corpus.document_of(first), corpus.document_of(place)
    # In one sentence there (a line break ends one too); the words found holding content
    # words.
    worded = (content_words(corpus, np.concatenate((first, first + head + own_words)),
                            np.concatenate((first + head, end)), rare_only=False, quoted=True)
              .reshape(2, -1).sum(axis=0))
    keep = ((count_between(corpus.sentence_gaps, place + 1 + other, found_end + other) == 0)
            & (worded >= CONTENT_WORDS_FOR_EVIDENCE))
    # (found in another quotation only, between documents sharing no match: the two quote
    # one named speaker, '"I failed everyone that I care about," Bankman-Fried said' / '...
    # I cared about', not two speakers an idiom, "We will leave no stone unturned")
    ask = np.flatnonzero(keep & ~within(place, place + HEAD_WORDS, matched_first, matched_end)
                         & ~within(found_end - HEAD_WORDS, found_end, matched_first,
                                   matched_end))
    if len(ask):
        pairs = unique_values(np.concatenate((matches.doc_a * len(corpus) + matches.doc_b,
                                          matches.doc_b * len(corpus) + matches.doc_a)))
        ask = ask[~in_sorted(document[ask] * len(corpus) + other[ask], pairs)]
        keep[ask] = one_speakers_words(corpus, first[ask], end[ask], place[ask],
                                       found_end[ask])
    first, end, place, document, other, found_end = (first[keep], end[keep], place[keep],
                                                     document[keep], other[keep],
                                                     found_end[keep])
    if not len(first):
        return PairMatches.empty()
    # One row per (quotation, other document): the first place found; and one per pair of
    # ranges (two quotations, each found in the other, are one match).
    _, once = np.unique(np.stack((first, other), axis=1), axis=0, return_index=True)
    once = np.sort(once)
    first, end, place, document, other, found_end = (first[once], end[once], place[once],
                                                     document[once], other[once],
                                                     found_end[once])
    a_first = document < other
    local_first, local_end = first - offsets[document], end - offsets[document]
    local_place, local_found_end = place - offsets[other], found_end - offsets[other]
    rows = np.stack((np.where(a_first, document, other),
                     np.where(a_first, local_first, local_place),
                     np.where(a_first, local_end, local_found_end),
                     np.where(a_first, other, document),
                     np.where(a_first, local_place, local_first),
                     np.where(a_first, local_found_end, local_end)), axis=1).astype(np.int64)
    _, once = np.unique(rows, axis=0, return_index=True)
    once = np.sort(once)
    rows, quoted = rows[once], within(place, found_end, quote_first, quote_end)[once]
    unknown = np.zeros(len(rows), dtype=np.int64)
    doc_a, a0, a1, doc_b, b0, b1 = (np.ascontiguousarray(rows[:, column]) for column in range(6))
    return PairMatches(doc_a, a0, a1, doc_b, b0, b1, quoted.astype(bool), unknown,
                       unknown.copy())


def _found(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray,
           place_hash: np.ndarray, places: np.ndarray, backward: bool) -> tuple[np.ndarray, ...]:
    """The quotations [firsts, ends) found with words skipped or one changed at `places`
    (sorted by `place_hash`, the hash of the HEAD_WORDS words starting there): from their
    first HEAD_WORDS words on, or (`backward`) from their last. Returns, per place found, the
    quotation's first and end, the place's first and end, how many of the quotation's words
    come before the words skipped, and how many words of its own it has there."""
    anchors = ngram_hashes_at(corpus.hashes, ends - HEAD_WORDS if backward else firsts,
                              HEAD_WORDS)
    low = np.searchsorted(place_hash, anchors, side="left")
    high = np.searchsorted(place_hash, anchors, side="right")
    searched = np.flatnonzero((high > low) & (high - low <= MAX_PLACES_PER_QUOTATION))
    # (in rounds of at most CANDIDATES_PER_ROUND pairs of a quotation and a place)
    reach = np.cumsum(high[searched] - low[searched])
    rounds = np.searchsorted(reach, np.arange(CANDIDATES_PER_ROUND, int(reach[-1]) if len(reach)
                                              else 0, CANDIDATES_PER_ROUND), side="left")
    found = [_found_in_round(corpus, firsts[part], ends[part], low[part], high[part], places,
                             backward)
             for part in np.split(searched, rounds)]
    return tuple(np.concatenate(columns) for columns in zip(*found, strict=True))


def _found_in_round(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray,
                    low: np.ndarray, high: np.ndarray, places: np.ndarray,
                    backward: bool) -> tuple[np.ndarray, ...]:
    """`_found` for quotations each with its places `places[low:high]`."""
    offsets = corpus.offsets
    which, at = flat_ranges(low, high)
    first, end, anchor = firsts[which], ends[which], places[at]
    other = corpus.document_of(anchor)
    keep = other != corpus.document_of(first)
    first, end, anchor, other = first[keep], end[keep], anchor[keep], other[keep]
    # The words alike from the anchor on (back from its end), within the other document.
    length = end - first
    if backward:
        alike = _alike(corpus, end - 1, anchor + HEAD_WORDS - 1, length, offsets[other] - 1,
                       step=-1)
    else:
        alike = _alike(corpus, first, anchor, length, offsets[other + 1])
    keep = (alike >= HEAD_WORDS) & (alike < length)
    first, end, anchor, other, alike = (first[keep], end[keep], anchor[keep], other[keep],
                                        alike[keep])
    place_first = np.full(len(first), -1, dtype=np.int64)
    place_end = np.full(len(first), -1, dtype=np.int64)
    own_words = np.zeros(len(first), dtype=np.int64)
    # (the fewest words skipped first, then the fewest words of its own: the closest reading)
    for skipped in range(MAX_SKIPPED_WORDS + 1):
        for own in range(MAX_OWN_WORDS + 1):
            if not skipped and not own:
                continue
            rest = end - first - alike - own
            ask = np.flatnonzero((place_first < 0) & (rest >= TAIL_WORDS)
                                 & (alike + rest >= GAPPED_MIN_WORDS))
            if backward:
                there = anchor[ask] + HEAD_WORDS - alike[ask] - skipped - rest[ask]
                checked = np.where(there >= offsets[other[ask]],
                                   _alike(corpus, first[ask], np.maximum(there, 0), rest[ask],
                                          offsets[other[ask] + 1]), -1)
            else:
                there = anchor[ask] + alike[ask] + skipped
                checked = _alike(corpus, first[ask] + alike[ask] + own, there, rest[ask],
                                 offsets[other[ask] + 1])
            hit = checked == rest[ask]
            done = ask[hit]
            if backward:
                place_first[done] = there[hit]
                place_end[done] = anchor[done] + HEAD_WORDS
            else:
                place_first[done] = anchor[done]
                place_end[done] = there[hit] + rest[done]
            own_words[done] = own
    keep = place_first >= 0
    before_gap = np.where(backward, end - first - alike - own_words, alike)
    return (first[keep], end[keep], place_first[keep], place_end[keep], before_gap[keep],
            own_words[keep])


def _alike(corpus: TokenisedCorpus, firsts: np.ndarray, places: np.ndarray, counts: np.ndarray,
           limits: np.ndarray, step: int = 1) -> np.ndarray:
    """For each k, how many words from global position firsts[k] on equal those from
    places[k] on, in a row, at most counts[k], none at or past limits[k]; with `step` -1, from
    there back, none at or before limits[k]."""
    if not len(firsts):
        return np.zeros(0, dtype=np.int64)
    owner, offset_in = flat_ranges(np.zeros(len(firsts), dtype=np.int64), counts)
    there = places[owner] + step * offset_in
    inside = (there < limits[owner]) if step > 0 else (there > limits[owner])
    same = inside & (corpus.hashes[firsts[owner] + step * offset_in]
                     == corpus.hashes[np.clip(there, 0, len(corpus.hashes) - 1)])
    # (the first word that differs ends the run: its offset, else the count)
    differs = np.full(len(firsts), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(differs, owner[~same], offset_in[~same])
    return np.asarray(np.minimum(differs, counts), dtype=np.int64)
