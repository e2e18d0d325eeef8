"""Fragments: short quoted pieces of a statement ("All is well!") found in other documents.

Pure function of the corpus and the pairwise matches. The n-gram stages need `min_words` words in a
row; an outlet that quotes three words of a tweet in its own sentence never gets that far. A
shorter-than-usual match needs evidence, so only text inside quotation marks is looked for: each
quoted stretch of FRAGMENT_MIN_WORDS to FRAGMENT_MAX_WORDS words is searched, word for word, among
the places of other documents that matter -- text some pairwise match already covers (so the
fragment can join that statement) or text those documents quote themselves. So is the first or the
last clause of a longer quotation, where it is a clause too, between documents no longer than news
articles (`viewer.engine.quote_pieces`): an outlet that stitches two pieces of a statement into one
quotation quotes each as written. So is a quotation without its first word (EDGE_WORDS), inside
other documents' quotations only: an outlet's quotation often takes in a word of its own
sentence ('vowed to "use every tactic at our disposal"'). A quotation some match covers is part of
a statement already and not searched, unless the match holds it exactly or reaches a word or two
past it, or is no longer than a fragment (a short match quoted on one side only, no evidence, may
be all that covers it). Common phrases are never searched for unquoted, so "the United States said"
links nothing; and the longer two documents are, the longer a fragment they share must be (two
chapters of a novel both have someone say "Upon my word"). A quoted name of a work ("A Brief
History of Time", in title case inside a sentence that is not) is no statement's fragment, nor
is a term that outlets quote as they name a thing and three or more write as their own words
too ("persona non grata", `viewer.engine.quoted_names.terms`).
The clustering stage decides what a fragment match joins.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.arrays import count_between, flat_ranges, windows_inside, within
from viewer.engine.chance import as_words, chance_words, in_long_texts, written_with_spaces
from viewer.engine.evidence import CONTENT_WORDS_FOR_EVIDENCE, content_words
from viewer.engine.index import ngram_hashes_at
from viewer.engine.matches import PairMatches
from viewer.engine.quote_pieces import (
    FRAGMENT_MAX_WORDS as FRAGMENT_MAX_WORDS,
)
from viewer.engine.quote_pieces import (
    FRAGMENT_MIN_WORDS as FRAGMENT_MIN_WORDS,
)
from viewer.engine.quote_pieces import clause_pieces, without_elision
from viewer.engine.quoted_names import terms, titles
from viewer.engine.tokens import (
    TokenisedCorpus,
)

ANCHOR_WORDS = 3
"""Fragments are looked up by their first three words, then compared whole."""
MAX_PLACES_PER_FRAGMENT = 400
"""A quoted phrase found at more places than this is too common to be evidence of anything."""
OVERSHOOT_WORDS = 2
"""A match that reaches at most this many words past a quotation's ends (the speaker's name
before a headline's quote: 'Hale: Okoro ‘achieved more ...’' ~ '"He achieved more ...') does
not make the quotation part of a statement already: the match is short and quoted on one side
only, so no evidence, and the quotation is looked for as a fragment all the same."""
EDGE_WORDS = 1
"""A quotation is looked for without this many words at its start too, inside other outlets'
quotations only, between documents no longer than news articles, where that leaves more than
FRAGMENT_MIN_WORDS words (`_without_first_word`)."""
def quoted_token_ranges(corpus: TokenisedCorpus) -> tuple[np.ndarray, np.ndarray]:
    """Global token ranges [first, end) of every quoted stretch in the documents' bodies, in
    order (found by the tokeniser, `viewer.engine.quotations`)."""
    return corpus.quote_first, corpus.quote_end


def find_fragments(corpus: TokenisedCorpus, matches: PairMatches,
                   quotes: tuple[np.ndarray, np.ndarray] | None = None) -> PairMatches:
    """Matches between a short quote and the same words elsewhere (module docstring); `quoted`
    says whether the other side is quoted too. `quotes`: the corpus's `quoted_token_ranges`,
    when already found."""
    quote_first, quote_end = quotes if quotes is not None else quoted_token_ranges(corpus)
    length = quote_end - quote_first
    offsets = corpus.offsets
    matched_first, matched_end = _union(*matches.global_sides(offsets))
    # A quote some match already covers is part of a statement already; not a quote a match
    # merely overshoots by a word or two (OVERSHOOT_WORDS).
    cover_first, cover_end = _union(*_covering_sides(corpus, matches, quote_first, quote_end))
    short = ((length >= FRAGMENT_MIN_WORDS) & (length <= FRAGMENT_MAX_WORDS)
             & ~within(quote_first, quote_end, cover_first, cover_end))
    # A quoted title is no fragment, neither to look for nor to be found (module docstring).
    title = np.zeros(len(quote_first), dtype=bool)
    ask = np.flatnonzero((length >= FRAGMENT_MIN_WORDS) & (length <= FRAGMENT_MAX_WORDS))
    title[ask] = titles(corpus, quote_first[ask], quote_end[ask])
    short &= ~title
    # (nor a term outlets write as their own words too: 'declared Lula "persona non grata"')
    asked = np.flatnonzero(short)
    short[asked[terms(corpus, quote_first[asked], quote_end[asked], (matched_first, matched_end),
                       _union(quote_first, quote_end))]] = False
    # (and the first or last clause of a longer quote, of CLAUSE_PIECE_WORDS words or more: an
    # outlet that joins two pieces of a statement in one pair of marks, '"Era soprattutto un
    # combattente, tra i più influenti della storia d'Italia"', quotes each as written)
    piece_first, piece_end, opening = clause_pieces(corpus, quote_first, quote_end)
    piece_ok = ~within(piece_first, piece_end, cover_first, cover_end)
    piece_ok[piece_ok] = ~titles(corpus, piece_first[piece_ok], piece_end[piece_ok])
    piece_first, piece_end, opening = piece_first[piece_ok], piece_end[piece_ok], opening[piece_ok]
    if not short.any() and not len(piece_first):
        return PairMatches.empty()
    # Places worth searching: windows inside a matched side or inside any quote.
    places = windows_inside(*_union(np.concatenate((matched_first, quote_first)),
                                     np.concatenate((matched_end, quote_end))), ANCHOR_WORDS)
    if not len(places):
        return PairMatches.empty()
    n = ANCHOR_WORDS
    place_hash = ngram_hashes_at(corpus.hashes, places, n)
    order = np.argsort(place_hash, kind="stable")
    place_hash, places = place_hash[order], places[order]
    quoted_first, quoted_end = _union(quote_first, quote_end)

    # (and a quotation without its first word, found inside another outlet's quotation: an
    # outlet's quotation often takes in a word of its own sentence, 'vowed to "use every tactic
    # at our disposal"' of '"... we will consider every tactic at our disposal"'. Not without
    # its last: a language that ends its sentences on the verb says "not" there, "책임을 지지
    # 않았습니다")
    edge_first, edge_end = _without_first_word(corpus, quote_first[short], quote_end[short])
    fragment_first = np.concatenate((quote_first[short], piece_first, edge_first))
    fragment_end = np.concatenate((quote_end[short], piece_end, edge_end))
    edge = np.arange(len(fragment_first)) >= int(short.sum()) + len(piece_first)
    # (a clause cut from its quotation must be a clause where it is found too: "Je perds un
    # ami, un alter ego" is no fragment of "Je perds un ami cher")
    whole = np.zeros(int(short.sum()), dtype=bool)
    no_cut = np.zeros(len(edge_first), dtype=bool)
    fragment_cut_start = np.concatenate((whole, ~opening, no_cut))
    fragment_cut_end = np.concatenate((whole, opening, no_cut))
    # (a quote opening with an elided article, « l'immense vie de cinéma », is looked for as
    # written and again from its word: "cette immense vie de cinéma"; itself no place of that
    # word, so one place is enough there)
    heads = without_elision(corpus, fragment_first)
    elided = np.flatnonzero(heads != corpus.hashes[fragment_first])
    asked = np.concatenate((np.arange(len(fragment_first)), elided))
    asked_head = np.concatenate((corpus.hashes[fragment_first], heads[elided]))
    anchors = np.concatenate((ngram_hashes_at(corpus.hashes, fragment_first, n),
                              _anchors_from(corpus, heads[elided], fragment_first[elided], n)))
    least = np.where(np.arange(len(asked)) < len(fragment_first), 2, 1)
    low = np.searchsorted(place_hash, anchors, side="left")
    high = np.searchsorted(place_hash, anchors, side="right")
    searched = np.flatnonzero((high - low >= least) & (high - low <= MAX_PLACES_PER_FRAGMENT))
    # Every (fragment, place with the same first words) candidate, fragment by fragment and
    # place by place, checked in array operations.
    which, at = flat_ranges(low[searched], high[searched])
    fragment = asked[searched[which]]
    first, size = fragment_first[fragment], (fragment_end - fragment_first)[fragment]
    place, head = places[at], asked_head[searched[which]]
    document, other = corpus.document_of(first), corpus.document_of(place)
    cut_start, cut_end = fragment_cut_start[fragment], fragment_cut_end[fragment]
    # (a clause of a quotation only between news articles: a novel's dialogue is full of
    # clauses another novel says too, ", or something of that sort")
    ok = ((other != document) & (place + size <= offsets[other + 1])
          & ~((cut_start | cut_end | edge[fragment]) & in_long_texts(corpus, document, other)))
    first, size, place, document, other, head = (first[ok], size[ok], place[ok], document[ok],
                                                 other[ok], head[ok])
    cut_start, cut_end, fragment = cut_start[ok], cut_end[ok], fragment[ok]
    # The same words all along (not only the first three) ...
    owner, inside_fragment = flat_ranges(first, first + size)
    _, inside_place = flat_ranges(place, place + size)
    words = corpus.hashes[inside_fragment]
    opening = inside_fragment == first[owner]
    words[opening] = head[owner[opening]]
    differs = np.bincount(owner[words != corpus.hashes[inside_place]], minlength=len(first))
    # ... and no line break inside the place: the same words across one are a coincidence.
    broken = count_between(np.flatnonzero(corpus.line_start), place + 1, place + size) > 0
    clause_gap = (corpus.gaps[np.concatenate((place, place + size))
                              + np.concatenate((other, other))] & breaks.CLAUSE) != 0
    starts_clause, ends_clause = clause_gap[:len(place)], clause_gap[len(place):]
    ok = ((differs == 0) & ~broken & ~within(place, place + size, quote_first[title],
                                             quote_end[title])
          & (~cut_start | starts_clause) & (~cut_end | ends_clause)
          & (~edge[fragment] | within(place, place + size, quoted_first, quoted_end)))
    first, size, place, document, other = (first[ok], size[ok], place[ok], document[ok],
                                           other[ok])
    # The longer two documents are, the likelier a short phrase turns up in both by chance
    # ("I am sure", "Upon my word" in two chapters of a novel): a fragment needs a word more
    # each time their lengths' product doubles past that of two long news articles.
    # (and a quote in a script without spaces counts its characters as the words they make)
    local = first - offsets[document]
    ok = (as_words(corpus, document, local, local + size, size)
          >= FRAGMENT_MIN_WORDS + chance_words(corpus, document, other))
    first, size, place, document, other = (first[ok], size[ok], place[ok], document[ok],
                                           other[ok])
    local_first, local_place = first - offsets[document], place - offsets[other]
    # One row per (fragment, place), the first found.
    keys = np.stack((document, local_first, other, local_place), axis=1)
    _, once = np.unique(keys, axis=0, return_index=True)
    once = np.sort(once)
    first, size, place, document, other = (first[once], size[once], place[once],
                                           document[once], other[once])
    local_first, local_place = local_first[once], local_place[once]
    a_first = document < other
    doc_a = np.where(a_first, document, other)
    doc_b = np.where(a_first, other, document)
    a0 = np.where(a_first, local_first, local_place)
    b0 = np.where(a_first, local_place, local_first)
    quoted = within(place, place + size, quoted_first, quoted_end)
    unknown = np.zeros(len(doc_a), dtype=np.int64)
    return PairMatches(doc_a.astype(np.int64), a0.astype(np.int64), (a0 + size).astype(np.int64),
                       doc_b.astype(np.int64), b0.astype(np.int64), (b0 + size).astype(np.int64),
                       quoted.astype(bool), unknown, unknown.copy())


def _without_first_word(corpus: TokenisedCorpus, firsts: np.ndarray,
                        ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The quotations [firsts, ends) without their first word, for those where that leaves
    more than FRAGMENT_MIN_WORDS words written with spaces (a character of a script without
    them is no word), in no title (`titles`), with CONTENT_WORDS_FOR_EVIDENCE content words as
    an unquoted match needs (words two quotations share in their middles are no quoted
    fragment: "We are deeply saddened by the", "devastated by the news")."""
    keep = ends - firsts >= FRAGMENT_MIN_WORDS + EDGE_WORDS + 1
    keep[keep] = written_with_spaces(corpus, firsts[keep], ends[keep])
    firsts, ends = firsts[keep] + EDGE_WORDS, ends[keep]
    if not len(firsts):
        return firsts, ends
    keep = ~titles(corpus, firsts, ends)
    keep[keep] = (content_words(corpus, firsts[keep], ends[keep])
                  >= CONTENT_WORDS_FOR_EVIDENCE)
    return firsts[keep], ends[keep]


def _anchors_from(corpus: TokenisedCorpus, heads: np.ndarray, firsts: np.ndarray,
                  n: int) -> np.ndarray:
    """The n-gram hashes at global positions `firsts` with their first word's hash `heads`."""
    words = np.empty(n * len(firsts), dtype=np.uint64)
    words[0::n] = heads
    for k in range(1, n):
        words[k::n] = corpus.hashes[firsts + k]
    return ngram_hashes_at(words, np.arange(len(firsts)) * n, n)


def _covering_sides(corpus: TokenisedCorpus, matches: PairMatches, quote_first: np.ndarray,
                    quote_end: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The global token ranges of the matches' sides, but for sides that hold a quotation and
    reach past its ends by 1 to OVERSHOOT_WORDS words in all."""
    offsets = corpus.offsets
    firsts, ends = matches.global_sides(offsets)
    if not len(quote_first):
        return firsts, ends
    # (the first quotation starting inside the side: when the side holds it, what lies outside
    # it is the overshoot; a side holding two quotations overshoots the first by the second)
    at = np.minimum(np.searchsorted(quote_first, firsts, side="left"), len(quote_first) - 1)
    overshoot = (quote_first[at] - firsts) + (ends - quote_end[at])
    holds = (quote_first[at] >= firsts) & (quote_end[at] <= ends)
    # (nor a quote a match holds exactly: the quote is looked for all the same, and found where
    # another document prints it unquoted, '"On a tous en nous quelque chose de Johnny
    # Hallyday", a-t-il assuré' and the tweet as it was posted: the short match with that one
    # is quoted on one side only, no evidence)
    # (nor a side no longer than a fragment: a short match that needs evidence of its own,
    # '... said it "no longer has confidence" in his ...' against the same words unquoted)
    documents = np.concatenate((matches.doc_a, matches.doc_b))
    size = ends - firsts
    words = as_words(corpus, documents, firsts - offsets[documents], ends - offsets[documents],
                     size)
    keep = ~(holds & ((overshoot <= OVERSHOOT_WORDS) | (words <= FRAGMENT_MAX_WORDS)))
    return firsts[keep], ends[keep]


def _union(firsts: np.ndarray, ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The union of ranges as sorted disjoint ranges."""
    if not len(firsts):
        return firsts, ends
    order = np.argsort(firsts, kind="stable")
    firsts, ends = firsts[order], ends[order]
    reach = np.maximum.accumulate(ends)
    new_run = np.ones(len(firsts), dtype=bool)
    new_run[1:] = firsts[1:] > reach[:-1]
    starts = np.flatnonzero(new_run)
    return firsts[starts], np.maximum.reduceat(ends, starts)
