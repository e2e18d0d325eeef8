"""Quoted fragments cut or edited inside: a short quotation whose words another document prints
with a few words more between them, or one word otherwise.

Pure function of the corpus, the pairwise matches and the quotations, beside
`viewer.engine.fragments`, which looks for quotations word for word. An outlet quoting a few words
of a statement cuts what it does not need from their middle ('"the most fulfilling of my life"' of
"the most fulfilling five and a half years of my life", '"zu oft mein Vertrauen gebrochen"' of "Zu
oft hat er mein Vertrauen gebrochen"), or writes one word otherwise ('"la montée des nationalistes,
des démagogues"' of "des nationalistes et des démagogues"). Here each quotation of GAPPED_MIN_WORDS
to FRAGMENT_MAX_WORDS words, written with spaces, no title, that no match covers is looked for
where another document's matched text holds its first words, or a quotation of a document that
shares a match with its own already, or that the two attribute to one named speaker (so it joins a
statement found, or links two outlets quoting one speaker; found in another quotation only, an
idiom two speakers use, "We will leave no stone unturned", links nothing): its longest opening
found there word for word (HEAD_WORDS or more), then the rest of it word for word (TAIL_WORDS or
more, GAPPED_MIN_WORDS in all) after at most MAX_SKIPPED_WORDS words more there and at most
MAX_OWN_WORDS of its own, all in one sentence of that text, the words found holding
CONTENT_WORDS_FOR_EVIDENCE content words and, as a fragment found whole, a word more between long
documents (`viewer.engine.chance`). A quotation found whole is `viewer.engine.fragments`'s.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.arrays import (
    count_between,
    flat_ranges,
    in_sorted,
    overlap_runs,
    windows_inside,
    within,
)
from viewer.engine.chance import chance_words
from viewer.engine.clause_extent import one_speakers_words
from viewer.engine.evidence import CONTENT_WORDS_FOR_EVIDENCE, content_words
from viewer.engine.fragments import titles
from viewer.engine.index import ngram_hashes_at
from viewer.engine.matches import PairMatches
from viewer.engine.quote_pieces import FRAGMENT_MAX_WORDS, FRAGMENT_MIN_WORDS
from viewer.engine.tokens import INITIAL_IDEOGRAPH, INITIAL_SYLLABIC, TokenisedCorpus

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
MAX_PLACES_PER_QUOTATION = 400
"""A quotation whose first two words open more places than this is not looked for: they are
too common a pair to tell where it comes from."""


def gapped_fragments(corpus: TokenisedCorpus, matches: PairMatches,
                     quotes: tuple[np.ndarray, np.ndarray]) -> PairMatches:
    """Matches between a short quotation and the same words with a few skipped or one changed
    in another document's matched text (module docstring): `matches`, the pairwise matches and
    the fragments found word for word. Each match's `quoted` field says whether its other side
    is inside a quotation too; its sides differ in length by the words skipped."""
    quote_first, quote_end = quotes
    offsets = corpus.offsets
    _, matched_first, matched_end = overlap_runs(
        np.concatenate((offsets[matches.doc_a] + matches.a0, offsets[matches.doc_b] + matches.b0)),
        np.concatenate((offsets[matches.doc_a] + matches.a1, offsets[matches.doc_b] + matches.b1)))
    length = quote_end - quote_first
    asked = np.flatnonzero((length >= GAPPED_MIN_WORDS) & (length <= FRAGMENT_MAX_WORDS))
    asked = asked[~within(quote_first[asked], quote_end[asked], matched_first, matched_end)]
    asked = asked[_spaced(corpus, quote_first[asked], quote_end[asked])]
    asked = asked[~titles(corpus, quote_first[asked], quote_end[asked])]
    _, place_first, place_end = overlap_runs(np.concatenate((matched_first, quote_first)),
                                             np.concatenate((matched_end, quote_end)))
    places = windows_inside(place_first, place_end, HEAD_WORDS)
    if not len(asked) or not len(places):
        return PairMatches.empty()
    place_hash = ngram_hashes_at(corpus.hashes, places, HEAD_WORDS)
    order = np.argsort(place_hash, kind="stable")
    place_hash, places = place_hash[order], places[order]
    anchors = ngram_hashes_at(corpus.hashes, quote_first[asked], HEAD_WORDS)
    low = np.searchsorted(place_hash, anchors, side="left")
    high = np.searchsorted(place_hash, anchors, side="right")
    searched = np.flatnonzero((high > low) & (high - low <= MAX_PLACES_PER_QUOTATION))
    which, at = flat_ranges(low[searched], high[searched])
    first = quote_first[asked[searched[which]]]
    end = quote_end[asked[searched[which]]]
    place = places[at]
    document, other = corpus.document_of(first), corpus.document_of(place)
    keep = other != document
    first, end, place, document, other = (first[keep], end[keep], place[keep], document[keep],
                                          other[keep])
    # The opening found word for word: as far as the words go on alike, within the other
    # document (a word past its end is no word alike).
    limit = offsets[other + 1]
    head = _alike(corpus, first, place, end - first, limit)
    keep = (head >= HEAD_WORDS) & (head < end - first)
    first, end, place, document, other, head, limit = (
        first[keep], end[keep], place[keep], document[keep], other[keep], head[keep],
        limit[keep])
    found_end = np.full(len(first), -1, dtype=np.int64)
    own_words = np.zeros(len(first), dtype=np.int64)
    # (the fewest words skipped first, then the fewest words of its own: the closest reading)
    for skipped in range(MAX_SKIPPED_WORDS + 1):
        for own in range(MAX_OWN_WORDS + 1):
            if not skipped and not own:
                continue
            tail = end - first - head - own
            ask = np.flatnonzero((found_end < 0) & (tail >= TAIL_WORDS)
                                 & (head + tail >= GAPPED_MIN_WORDS))
            there = place[ask] + head[ask] + skipped
            alike = _alike(corpus, first[ask] + head[ask] + own, there, tail[ask], limit[ask])
            done = ask[alike == tail[ask]]
            found_end[done] = (place + head + skipped + tail)[done]
            own_words[done] = own
    keep = found_end >= 0
    first, end, place, document, other, found_end, head, own_words = (
        first[keep], end[keep], place[keep], document[keep], other[keep], found_end[keep],
        head[keep], own_words[keep])
    # In one sentence there (a line break ends one too); the words found holding content
    # words, a word more of them between long documents.
    sentence_gaps = np.flatnonzero(corpus.gaps & breaks.SENTENCE_BREAK)
    found_words = end - first - own_words
    worded = (content_words(corpus, np.concatenate((first, first + head + own_words)),
                            np.concatenate((first + head, end)), rare_only=False, quoted=True)
              .reshape(2, -1).sum(axis=0))
    pairs = np.unique(np.concatenate((matches.doc_a * len(corpus) + matches.doc_b,
                                      matches.doc_b * len(corpus) + matches.doc_a)))
    keep = ((count_between(sentence_gaps, place + 1 + other, found_end + other) == 0)
            & (worded >= CONTENT_WORDS_FOR_EVIDENCE)
            & (found_words >= FRAGMENT_MIN_WORDS + 1 + chance_words(corpus, document, other)))
    # (found in another quotation only, between documents sharing no match: the two quote
    # one named speaker, '"I failed everyone that I care about," Bankman-Fried said' / '...
    # I cared about', not two speakers an idiom, "We will leave no stone unturned")
    ask = np.flatnonzero(keep & ~within(place, place + HEAD_WORDS, matched_first, matched_end)
                         & ~in_sorted(document * len(corpus) + other, pairs))
    keep[ask] = one_speakers_words(corpus, first[ask], end[ask], place[ask], found_end[ask])
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


def _alike(corpus: TokenisedCorpus, firsts: np.ndarray, places: np.ndarray, counts: np.ndarray,
           limits: np.ndarray) -> np.ndarray:
    """For each k, how many words from global position firsts[k] on equal those from
    places[k] on, in a row, at most counts[k], none at or past limits[k]."""
    if not len(firsts):
        return np.zeros(0, dtype=np.int64)
    owner, offset_in = flat_ranges(np.zeros(len(firsts), dtype=np.int64), counts)
    there = places[owner] + offset_in
    inside = there < limits[owner]
    same = inside & (corpus.hashes[firsts[owner] + offset_in]
                     == corpus.hashes[np.minimum(there, len(corpus.hashes) - 1)])
    # (the first word that differs ends the run: its offset, else the count)
    differs = np.full(len(firsts), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(differs, owner[~same], offset_in[~same])
    return np.asarray(np.minimum(differs, counts), dtype=np.int64)


def _spaced(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Whether each range holds no character of a script without spaces (whose words the
    tokens are not)."""
    owner, positions = flat_ranges(firsts, ends)
    unspaced = (corpus.initials[positions] & (INITIAL_IDEOGRAPH | INITIAL_SYLLABIC)) != 0
    return np.asarray(np.bincount(owner[unspaced], minlength=len(firsts)) == 0, dtype=bool)
