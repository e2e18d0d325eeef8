"""Pairwise matches grown over, and joined across, what both documents say word for word.

Pure functions used by the chaining stage on all of its matches at once. Chains stop at every
quotation mark and line break, and pieces too short to be evidence are dropped, so text two
documents share verbatim can come out of chaining as several matches in a row, or not at all:
a novel's dialogue ('"Oh," cried her brother, "you cannot..."') stops at every turn. So

- a match grows over the words that follow (precede) it alike in both documents, across
  quotation marks and line breaks, when they are LEAD_WORDS or more (a short attribution both
  outlets word alike is not grown over), but not past the end (start) of the quotation the
  match lies in when fewer than LEAD_WORDS words and no other quotation lie beyond it (the next
  paragraph's first word, an attribution or lead-in both outlets word alike); fewer alike
  words grow it only up to a sentence edge, from and to words in no quotation (the start of a
  sentence of story text that a quoted word cut from the match: 'The president called the
  strike "cowardly" and vowed ...'), or within the one quotation it ends (starts) in on both
  sides (a short sentence of the statement one outlet set in a paragraph of its own);
- two matches of one document pair that follow each other in both documents, with the same
  words between them on both sides (often none: a quotation mark, a paragraph break), are one;
  a match lying inside another on the same diagonal (a phrase matched again on its own) is set
  aside first, so that its end is not taken for where the stretch ends.

Two statements with different words between them (each outlet's own attribution) stay two, and
a short lead-in ('X wrote on Twitter: "...') or tail at a joined stretch's end stays apart.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import flat_ranges, in_sorted, overlap_runs, within
from viewer.engine.extend import Spans, identical_runs
from viewer.engine.tokens import TokenisedCorpus

LEAD_WORDS = 12
"""A run's first (last) match shorter than this before (after) a quotation is a lead-in (tail)."""
MAX_GROWTH = 2000
"""The most words a match grows over at each end (longer identical text is matched itself)."""
BRIDGE_MAX_WORDS = 40
"""Longest run of equal words between two matches that joins them. Longer equal runs would have
been matched themselves unless something set them apart (a boilerplate line both carry)."""


def grow_over_identical_text(corpus: TokenisedCorpus, spans: Spans) -> None:
    """Grow every match of LEAD_WORDS words or more (in place) over the LEAD_WORDS or more
    words (at most MAX_GROWTH) that follow or precede it alike in both documents, whatever
    quotation marks and line breaks lie between, short of a few words past the quotation it
    lies in (module docstring)."""
    # Only from a match that is no lead-in itself: a short 'X wrote on Twitter' matched alike
    # must not grow over the quotation it introduces.
    long = (spans.a1 - spans.a0 >= LEAD_WORDS) & (spans.b1 - spans.b0 >= LEAD_WORDS)
    for forward in (True, False):
        run = identical_runs(corpus, spans, forward=forward, limit=MAX_GROWTH)
        sentence = _to_sentence_edge(corpus, spans, np.where(long, run, 0), forward=forward)
        run[(run < LEAD_WORDS) | ~long] = 0
        run = np.maximum(_short_past_quotation_end(corpus, spans, run, forward=forward),
                         sentence)
        if forward:
            spans.a1 += run
            spans.b1 += run
        else:
            spans.a0 -= run
            spans.b0 -= run


def _to_sentence_edge(corpus: TokenisedCorpus, spans: Spans, run: np.ndarray, *,
                      forward: bool) -> np.ndarray:
    """Of `run` (the words alike after, or before, each match), fewer than LEAD_WORDS, the
    words up to the furthest sentence edge they reach in both documents, over no line break both
    make, where the match's edge word and the furthest word grown over lie in no quotation
    in either: the rest of a sentence of story text that a quoted word cut from the match ('The
    president called the strike "cowardly" and vowed ...'), no lead-in to a quotation ('X wrote
    on Twitter: "...'), no quotation with its lead-in or attribution, no line of its own in
    both; 0 elsewhere."""
    grown = np.zeros(len(run), dtype=np.int64)
    ask = np.flatnonzero((run > 0) & (run < LEAD_WORDS))
    if not len(ask):
        return grown
    # Each side: its documents, the match's edge there, and the documents' sizes in words.
    sides = [(doc, edge, corpus.offsets[doc + 1] - corpus.offsets[doc]) for doc, edge in (
        (spans.doc_a[ask], spans.a1[ask] if forward else spans.a0[ask]),
        (spans.doc_b[ask], spans.b1[ask] if forward else spans.b0[ask]))]
    free = np.ones(len(ask), dtype=bool)
    quotes = _quotations(corpus)
    # (or, the other way: the edge word in a quotation in both, and the words grown over in
    # the same quotation, up to a sentence edge: more of what both quote, a short sentence of
    # the statement that one outlet set in a paragraph of its own, '... beings.\n\n"I am
    # utterly heartbroken. As he is remembered ...')
    quotation = []
    for doc, edge, _ in sides:
        word = corpus.offsets[doc] + edge - (1 if forward else 0)
        free &= ~_quoted(quotes, word)
        quotation.append(_quotation_of(quotes, word))
    quoted_free = (quotation[0] >= 0) & (quotation[1] >= 0)
    edge_bits = np.uint16(breaks.SENTENCE_BREAK)
    newline = np.uint16(breaks.NEWLINE)
    seen_quotation = np.zeros(len(ask), dtype=bool)
    seen_verb = np.zeros(len(ask), dtype=bool)
    for words in range(1, LEAD_WORDS):
        # (within the match's paragraph: a line of its own both print after it or before it,
        # "Advertisement", is not grown over; a line break one of them alone makes is layout,
        # a post's short lines that the other prints as one paragraph)
        crossed_in_both = np.ones(len(ask), dtype=bool)
        for doc, edge, size in sides:
            crossed = np.clip(edge + words - 1 if forward else edge - words + 1, 0, size)
            crossed_in_both &= (corpus.gaps[corpus.offsets[doc] + doc + crossed] & newline) != 0
        free &= ~crossed_in_both
        quoted_free &= ~crossed_in_both
        # (a quotation among the words grown over, and a reporting verb outside it: a
        # quotation and its lead-in or attribution, 'He said "we will never give in".', the
        # outlet's words, not story text a quoted word cuts)
        for doc, edge, size in sides:
            word = corpus.offsets[doc] + np.clip(edge + words - 1 if forward else edge - words,
                                                 0, np.maximum(size - 1, 0))
            quoted = _quoted(quotes, word)
            seen_quotation |= quoted
            seen_verb |= ~quoted & in_sorted(corpus.hashes[word], reporting.CONTINUING)
        free &= ~(seen_quotation & seen_verb)
        for (doc, edge, size), held in zip(sides, quotation, strict=True):
            word = corpus.offsets[doc] + np.clip(edge + words - 1 if forward else edge - words,
                                                 0, np.maximum(size - 1, 0))
            quoted_free &= _quotation_of(quotes, word) == held
        reach = free & (run[ask] >= words)
        reach_quoted = quoted_free & (run[ask] >= words)
        for doc, edge, size in sides:
            # (the gap after the last word grown over, or before the first: gap k of document
            # d is at offsets[d] + d + k, and a document's first and last gaps are edges)
            # (clipped to the document: words past a run's end are not asked)
            gap = np.clip(edge + words if forward else edge - words, 0, size)
            # (and that word in no quotation: '"Siempre estarás ...", agrega el mensaje' is a
            # quotation and its attribution, the quotation a statement of its own)
            reach &= ~_quoted(quotes, corpus.offsets[doc]
                              + np.clip(gap - 1 if forward else gap, 0, np.maximum(size - 1, 0)))
            text_edge = (gap == size) if forward else (gap == 0)
            at_edge = text_edge | ((corpus.gaps[corpus.offsets[doc] + doc + gap] & edge_bits) != 0)
            reach &= at_edge
            reach_quoted &= at_edge
        grown[ask[reach | reach_quoted]] = words
    return grown


def _quotations(corpus: TokenisedCorpus) -> tuple[np.ndarray, np.ndarray]:
    """The corpus's quotations as the disjoint runs the searches here need: a quotation inside
    another (a double-quoted word in a single-quoted sentence, '‘We told the club “no” and we
    meant it,’') is part of it, and its words after the inner one are in it too."""
    first, end = corpus.quote_first, corpus.quote_end
    if len(first) < 2 or bool((end[:-1] <= first[1:]).all()):
        return first, end
    _, first, end = overlap_runs(first, end)
    return first, end


def _quotation_of(quotes: tuple[np.ndarray, np.ndarray], words: np.ndarray) -> np.ndarray:
    """The index of the quotation (of the disjoint `quotes`) holding each global token
    position, -1 where none does."""
    quote_first, quote_end = quotes
    if not len(quote_first):
        return np.full(len(words), -1, dtype=np.int64)
    at = np.searchsorted(quote_first, words, side="right") - 1
    inside = (at >= 0) & (quote_end[np.maximum(at, 0)] > words)
    return np.where(inside, at, -1)


def _quoted(quotes: tuple[np.ndarray, np.ndarray], words: np.ndarray) -> np.ndarray:
    """Whether each global token position lies inside one of `quotes`."""
    return within(words, words + 1, *quotes)


def _short_past_quotation_end(corpus: TokenisedCorpus, spans: Spans, run: np.ndarray, *,
                              forward: bool) -> np.ndarray:
    """`run` (the words each match grows over, forward or backward) cut at the end (start) of
    the quotation the match ends (starts) in, in either document, when fewer than LEAD_WORDS of
    its words lie past that edge and no other quotation does: they are a tail or lead-in two
    outlets word alike ('"...,” the mayor said', 'his children said: “...'), no more the
    statement than those `_keep_leads_apart` keeps out of a joined run, or the first word of the
    next paragraph that happens to open alike ('...forever.”' / 'The ...'). Dialogue runs on
    (the next turn is another quotation), and so does a match of story text that quotes a
    phrase (it does not lie in the quotation)."""
    grown = np.flatnonzero(run > 0)
    quotes = _quotations(corpus)
    quote_first, quote_end = quotes
    if not len(grown) or not len(quote_first):
        return run
    keep = run[grown].copy()
    for doc, edge in ((spans.doc_a, spans.a1 if forward else spans.a0),
                      (spans.doc_b, spans.b1 if forward else spans.b0)):
        base = corpus.offsets[doc[grown]]
        # The match's last (first) word, and the quotation holding it if any.
        word = base + edge[grown] - (1 if forward else 0)
        held = _quotation_of(quotes, word)
        inside = held >= 0
        at = np.maximum(held, 0)
        if forward:
            within = quote_end[at] - (base + edge[grown])  # the run's words inside it
            reach = base + edge[grown] + run[grown]
            following = np.minimum(at + 1, len(quote_first) - 1)
            alone = (at + 1 >= len(quote_first)) | (quote_first[following] >= reach)
        else:
            within = base + edge[grown] - quote_first[at]
            reach = base + edge[grown] - run[grown]
            alone = (at == 0) | (quote_end[np.maximum(at - 1, 0)] <= reach)
        short = inside & alone & (within < run[grown]) & (run[grown] - within < LEAD_WORDS)
        keep = np.where(short, np.minimum(keep, within), keep)
    run = run.copy()
    run[grown] = keep
    return run


def bridge_identical_gaps(corpus: TokenisedCorpus, spans: Spans) -> Spans:
    """`spans` with every run of matches of one document pair that follow each other in both
    documents, with the same words between each two of them on both sides, joined into one
    (module docstring), in the order of each run's first match; matches inside another on the
    same diagonal are left out."""
    if len(spans) < 2:
        return spans
    # A match lying inside another on the same diagonal (a phrase matched again on its own)
    # says nothing more, and would stand between the matches it lies among. (Set aside whether
    # or not anything is joined: the pairs a chunk of the chaining holds must not decide it.)
    given = spans.subset(~_inside_another(spans))
    order = np.lexsort((given.b0, given.a0, given.doc_b, given.doc_a))
    spans = given.subset(order)
    same_pair = (spans.doc_a[1:] == spans.doc_a[:-1]) & (spans.doc_b[1:] == spans.doc_b[:-1])
    gap_a = spans.a0[1:] - spans.a1[:-1]
    gap_b = spans.b0[1:] - spans.b1[:-1]
    # Equal gaps (an overlap on one diagonal, once matches were grown, counts as none).
    link = same_pair & (gap_a == gap_b) & (gap_a <= BRIDGE_MAX_WORDS)
    candidates = np.flatnonzero(link & (gap_a > 0))
    if len(candidates):
        owner, words_a = _gap_words(corpus, spans.doc_a, spans.a1, candidates, gap_a)
        _, words_b = _gap_words(corpus, spans.doc_b, spans.b1, candidates, gap_a)
        differing = np.bincount(owner[words_a != words_b], minlength=len(candidates))
        link[candidates[differing > 0]] = False
    if not link.any():
        return given
    _keep_leads_apart(corpus, spans, link)
    # A run of linked matches becomes its first match, stretched to its last one's ends, in
    # the place of its first match in the given order (the order chaining closed them).
    starts_run = np.concatenate(([True], ~link))
    first = np.flatnonzero(starts_run)
    a1 = np.maximum.reduceat(spans.a1, first)
    b1 = np.maximum.reduceat(spans.b1, first)
    in_given_order = np.argsort(order[first], kind="stable")
    first, a1, b1 = first[in_given_order], a1[in_given_order], b1[in_given_order]
    return Spans(spans.doc_a[first], spans.a0[first], a1, spans.doc_b[first], spans.b0[first],
                 b1)


def _inside_another(spans: Spans) -> np.ndarray:
    """Which matches lie inside another of the same pair and diagonal (the same offset between
    their first words) on both sides: of identical matches, all but one. (A match with words
    inserted on one side may reach past the other's end there: it stays.)"""
    diagonal = spans.b0 - spans.a0
    order = np.lexsort((-spans.b1, -spans.a1, spans.a0, diagonal, spans.doc_b, spans.doc_a))
    doc_a, doc_b, diagonal = spans.doc_a[order], spans.doc_b[order], diagonal[order]
    new_group = np.ones(len(order), dtype=bool)
    new_group[1:] = ((doc_a[1:] != doc_a[:-1]) | (doc_b[1:] != doc_b[:-1])
                     | (diagonal[1:] != diagonal[:-1]))
    group = np.cumsum(new_group)
    inside = ~new_group
    # Earlier matches of a group start no later on either side: a match is inside one of them
    # on a side when its end is within the furthest of their ends there (groups ascending).
    for ends in (spans.a1[order], spans.b1[order]):
        room = int(ends.max()) + 1
        reach = np.maximum.accumulate(group * room + ends) - group * room
        inside[1:] &= ends[1:] <= reach[:-1]
    result = np.zeros(len(order), dtype=bool)
    result[order] = inside
    return result


def _keep_leads_apart(corpus: TokenisedCorpus, spans: Spans, link: np.ndarray) -> None:
    """Unlink (in place) a run's first match from the next where it is a lead-in (a quotation
    opens between them) and its last from the one before where it is a tail (one closes), when
    that match is shorter than LEAD_WORDS and in the same sentence, in either document: 'X wrote
    on Twitter: "..."' is not the statement however alike two outlets word it. Matches inside
    the run are kept whatever lies between."""
    for _ in range(2):  # a short tail unlinked may leave another short tail (and leads alike)
        run_start = np.concatenate(([True], ~link))
        run_end = np.concatenate((~link, [True]))
        short = np.minimum(spans.a1 - spans.a0, spans.b1 - spans.b0) < LEAD_WORDS
        between = np.flatnonzero(link)
        opens = closes = np.zeros(len(between), dtype=bool)
        # Either document's marks: which of two documents is the first must not matter.
        for doc, ends, starts in ((spans.doc_a, spans.a1, spans.a0),
                                  (spans.doc_b, spans.b1, spans.b0)):
            # The gaps between match i's last word and match i + 1's first.
            gap_first = corpus.offsets[doc[between]] + doc[between] + ends[between]
            marks = _marks_between(corpus, gap_first,
                                   gap_first + starts[between + 1] - ends[between])
            # Within one sentence: a narrative sentence before a paragraph of dialogue is text.
            in_sentence = (marks & breaks.SENTENCE_BREAK) == 0
            opens = opens | (in_sentence & ((marks & breaks.OPENS_QUOTE) != 0))
            closes = closes | (in_sentence & ((marks & breaks.CLOSES_QUOTE) != 0))
        lead = run_start[between] & ~run_end[between] & short[between] & opens
        tail = run_end[between + 1] & ~run_start[between + 1] & short[between + 1] & closes
        if not (lead | tail).any():
            return
        link[between[lead | tail]] = False


def _marks_between(corpus: TokenisedCorpus, first_gap: np.ndarray, last_gap: np.ndarray
                   ) -> np.ndarray:
    """The union of the gap bits from global gap index `first_gap` to `last_gap` inclusive."""
    owner, positions = flat_ranges(first_gap, last_gap + 1)
    bits = np.zeros(len(first_gap), dtype=np.int64)
    np.bitwise_or.at(bits, owner, corpus.gaps[positions].astype(np.int64))
    return bits


def _gap_words(corpus: TokenisedCorpus, documents: np.ndarray, match_ends: np.ndarray,
               candidates: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The normalised words between match `i` and `i + 1` on one side, for each candidate
    `i`, concatenated, and the candidate each word belongs to."""
    begin = corpus.offsets[documents[candidates]] + match_ends[candidates]
    owner, positions = flat_ranges(begin, begin + lengths[candidates])
    return owner, np.asarray(corpus.hashes[positions])
