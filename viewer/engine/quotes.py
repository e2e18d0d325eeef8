"""Pairwise matches cut where both documents open or close a quotation at the same word.

Pure function used by the chaining stage on all of its matches at once: an outlet's own lead-in
('President X wrote on Twitter: "...') or tail ('...", according to X') is not the quoted
statement, even when two outlets word it alike. Where one outlet edited a word of it ("his
children" / "Professor Hawking's children"), the words are counted from the match's other end,
and only such a short attribution at the edge of the match is cut off: a wire story that quotes
someone and that one outlet edited stays whole. Where only one outlet quotes and the other
reports the same words ('the Palace said: "The Queen died ...' / 'Buckingham Palace said the
Queen died ...'), a short attribution before the quotation (after it) at the match's start
(end) is cut off too (`trim_one_sided_attribution`).
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.extend import Spans
from viewer.engine.tokens import TokenisedCorpus


def split_at_shared_quotes(corpus: TokenisedCorpus, spans: Spans, min_words: int) -> Spans:
    """Every match, in order, cut where both documents open or close a quotation at the same
    word; of a match that is cut, pieces shorter than `min_words` are dropped. The words
    correspond one to one counted from the match's start, or, where one outlet edited a word
    before the quotation ("his children" / "Professor Hawking's children"), from its end: a
    quotation mark at corresponding words on both sides cuts. A quotation mark in one document
    only (one outlet quotes, the other paraphrases) cuts nothing."""
    count = len(spans)
    gap_base_a = corpus.offsets[spans.doc_a] + spans.doc_a
    gap_base_b = corpus.offsets[spans.doc_b] + spans.doc_b
    length = spans.a1 - spans.a0
    length_b = spans.b1 - spans.b0
    # Only a quotation mark between two of the match's words in the first document can cut.
    quote_gaps = corpus.quote_gaps
    low = np.searchsorted(quote_gaps, gap_base_a + spans.a0 + 1)
    high = np.searchsorted(quote_gaps, gap_base_a + spans.a1)  # gaps up to a1 - 1
    quotes = np.maximum(high - low, 0)
    match = np.repeat(np.arange(count), quotes)
    gap = quote_gaps[np.repeat(low, quotes) + np.arange(int(quotes.sum()))
                     - np.repeat(np.cumsum(quotes) - quotes, quotes)]
    k = gap - gap_base_a[match] - spans.a0[match]
    bits_a = corpus.gaps[gap]
    # The corresponding word on the other side: the same count from the start, else from the
    # end (equal lengths: both the same).
    equal = length[match] == length_b[match]
    cuts_a, cuts_b, cut_match = [], [], []
    from_end = k - length[match] + length_b[match]
    for k_b, mark in ((k, breaks.OPENS_QUOTE | breaks.CLOSES_QUOTE),
                      (k, breaks.OPENS_QUOTE), (from_end, breaks.OPENS_QUOTE),
                      (k, breaks.CLOSES_QUOTE), (from_end, breaks.CLOSES_QUOTE)):
        inside = (k_b >= 1) & (k_b < length_b[match])
        bits_b = np.zeros(len(k), dtype=corpus.gaps.dtype)
        bits_b[inside] = corpus.gaps[gap_base_b[match[inside]] + spans.b0[match[inside]]
                                     + k_b[inside]]
        cut = inside & ((bits_a & bits_b & mark) != 0)
        if mark != breaks.OPENS_QUOTE | breaks.CLOSES_QUOTE:
            # (an edited match is cut only off a short attribution at its start or end: an
            # edit inside a wire story that quotes someone keeps the story whole)
            cut &= ~equal & _attribution_edge(corpus, spans, match, k,
                                              at_start=mark == breaks.OPENS_QUOTE)
        else:
            cut &= equal
        cuts_a.append(k[cut])
        cuts_b.append(k_b[cut])
        cut_match.append(match[cut])
    match = np.concatenate(cut_match)
    k, k_b = np.concatenate(cuts_a), np.concatenate(cuts_b)
    # (the marks of a name quoted inside the outlets' shared words, 'zitierte die Zeitung "Le
    # Figaro" den Staatssekretär', cut nothing: a newspaper's name is no one's words)
    named = _quoted_name_marks(corpus, corpus.offsets[spans.doc_a[match]] + spans.a0[match] + k)
    match, k, k_b = match[~named], k[~named], k_b[~named]
    if not len(match):
        return spans
    # (one cut per word of the first side; cuts whose other sides cross are no cuts)
    order = np.lexsort((k_b, k, match))
    match, k, k_b = match[order], k[order], k_b[order]
    first = np.ones(len(match), dtype=bool)
    first[1:] = (match[1:] != match[:-1]) | (k[1:] != k[:-1])
    match, k, k_b = match[first], k[first], k_b[first]
    rising = np.ones(len(match), dtype=bool)
    rising[1:] = (match[1:] != match[:-1]) | (k_b[1:] > k_b[:-1])
    match, k, k_b = match[rising], k[rising], k_b[rising]
    # Pieces: each match from 0, and from each of its cuts, to the next cut or its end.
    piece_match = np.concatenate((np.arange(count), match))
    piece_low = np.concatenate((np.zeros(count, dtype=np.int64), k))
    piece_low_b = np.concatenate((np.zeros(count, dtype=np.int64), k_b))
    order = np.lexsort((piece_low, piece_match))
    piece_match, piece_low, piece_low_b = piece_match[order], piece_low[order], piece_low_b[order]
    piece_high = np.append(piece_low[1:], 0)
    piece_high_b = np.append(piece_low_b[1:], 0)
    last = np.append(piece_match[1:] != piece_match[:-1], True)
    piece_high[last] = length[piece_match[last]]
    piece_high_b[last] = length_b[piece_match[last]]
    was_cut = np.zeros(count, dtype=bool)
    was_cut[match] = True
    kept = ~was_cut[piece_match] | (np.minimum(piece_high - piece_low, piece_high_b - piece_low_b)
                                    >= min_words)
    piece_match, piece_low, piece_high = piece_match[kept], piece_low[kept], piece_high[kept]
    piece_low_b, piece_high_b = piece_low_b[kept], piece_high_b[kept]
    whole = ~was_cut[piece_match]
    a0, b0 = spans.a0[piece_match], spans.b0[piece_match]
    return Spans(spans.doc_a[piece_match], a0 + piece_low,
                 np.where(whole, spans.a1[piece_match], a0 + piece_high),
                 spans.doc_b[piece_match], b0 + piece_low_b,
                 np.where(whole, spans.b1[piece_match], b0 + piece_high_b))


def trim_one_sided_attribution(corpus: TokenisedCorpus, spans: Spans, min_words: int) -> None:
    """Move (in place) each match's start past a quotation that one document opens within its
    first LEAD_IN_WORDS words, and its end before one that one document closes within its last
    ones, when the words cut off hold a reporting word (among the REPORTING_NEAR_WORDS next to
    the quotation mark where both outlets write them alike) and at least `min_words` words
    stay: the outlet's attribution ("the Palace said:") of a statement the other outlet
    reports in its own sentence. Where both documents mark the quotation,
    `split_at_shared_quotes` has cut already."""
    for doc, first_of, end_of, other_doc, other_first, other_end in (
            (spans.doc_a, spans.a0, spans.a1, spans.doc_b, spans.b0, spans.b1),
            (spans.doc_b, spans.b0, spans.b1, spans.doc_a, spans.a0, spans.a1)):
        gap_base = corpus.offsets[doc] + doc
        length, other_length = end_of - first_of, other_end - other_first
        for k in range(1, LEAD_IN_WORDS + 1):
            # A quotation opening before the match's word k, or closing after its word
            # length - k - 1 (gap k, gap length - k: between two of its words).
            head = (k < length) & ((corpus.gaps[gap_base + first_of + np.minimum(k, length)]
                                    & breaks.OPENS_QUOTE) != 0)
            tail = (k < length) & ((corpus.gaps[gap_base + end_of - np.minimum(k, length)]
                                    & breaks.CLOSES_QUOTE) != 0)
            for cut, at_start in ((head, True), (tail, False)):
                ask = np.flatnonzero(cut & (length - k >= min_words)
                                     & (other_length - k >= min_words))
                if not len(ask):
                    continue
                # (a reporting word next to the quotation mark, 'the Palace said: "...'; or
                # anywhere in words the other outlet writes otherwise. Story text both print
                # alike that quotes a word, 'officials said the attack was "cowardly"', stays.)
                low = first_of[ask] if at_start else end_of[ask] - k
                other_low = other_first[ask] if at_start else other_end[ask] - k
                near = min(k, REPORTING_NEAR_WORDS)
                near_low = low + k - near if at_start else low
                said = (_reporting_in(corpus, doc[ask], near_low, near_low + near)
                        | (_reporting_in(corpus, doc[ask], low, low + k)
                           & ~_alike(corpus, doc[ask], low, other_doc[ask], other_low, k)))
                ask = ask[said]
                if at_start:
                    first_of[ask] += k
                    other_first[ask] += k
                else:
                    end_of[ask] -= k
                    other_end[ask] -= k
                length[ask] -= k
                other_length[ask] -= k


def _alike(corpus: TokenisedCorpus, doc: np.ndarray, first: np.ndarray, other_doc: np.ndarray,
           other_first: np.ndarray, words: int) -> np.ndarray:
    """Whether `words` local tokens from `first` of each `doc` equal those from `other_first`
    of `other_doc`."""
    steps = np.arange(words)
    own = corpus.hashes[(corpus.offsets[doc] + first)[:, None] + steps]
    other = corpus.hashes[(corpus.offsets[other_doc] + other_first)[:, None] + steps]
    return np.asarray((own == other).all(axis=1), dtype=bool)


def _reporting_in(corpus: TokenisedCorpus, doc: np.ndarray, first: np.ndarray,
                  end: np.ndarray) -> np.ndarray:
    """Whether local tokens [first, end) of each `doc` hold a reporting word."""
    found = np.zeros(len(doc), dtype=bool)
    base = corpus.offsets[doc]
    for index in range(len(doc)):
        words = corpus.hashes[base[index] + first[index]:base[index] + end[index]]
        found[index] = bool(in_sorted(words, reporting.ATTRIBUTION).any())
    return found


REPORTING_NEAR_WORDS = 3
"""How near the quotation mark an attribution's reporting word stands ("the Palace said:",
'", she told reporters') for `trim_one_sided_attribution`."""
LEAD_IN_WORDS = 12
"""An outlet's lead-in ("In a statement, his children Lucy, Robert and Tim said:") or tail ("...",
according to the Thai navy SEAL unit) cut off an edited match is at most this many words."""


def _attribution_edge(corpus: TokenisedCorpus, spans: Spans, match: np.ndarray, k: np.ndarray,
                      *, at_start: bool) -> np.ndarray:
    """For cuts at word `k` of matches `match` (first side), whether the words before the cut
    (`at_start`) or after it are at most LEAD_IN_WORDS and hold a reporting word."""
    first = np.where(at_start, spans.a0[match], spans.a0[match] + k)
    end = np.where(at_start, spans.a0[match] + k, spans.a1[match])
    short = np.flatnonzero(end - first <= LEAD_IN_WORDS)
    found = np.zeros(len(match), dtype=bool)
    found[short] = _reporting_in(corpus, spans.doc_a[match[short]], first[short], end[short])
    return found


QUOTED_NAME_WORDS = 3
"""The longest quoted name: a newspaper's or a programme's ("Le Figaro", "Bild")."""


def _quoted_name_marks(corpus: TokenisedCorpus, tokens: np.ndarray) -> np.ndarray:
    """Whether the quotation mark before each global token opens or closes a quoted name: a
    quotation of at most QUOTED_NAME_WORDS words, each capitalised or a function word, the first
    capitalised, no sentence ending inside it."""
    found = np.zeros(len(tokens), dtype=bool)
    quote_first, quote_end = corpus.quote_first, corpus.quote_end
    if not len(tokens) or not len(quote_first):
        return found
    # (quotations nest, '‘We never missed “Le Figaro” on a Monday,’': of several starting at
    # the token, the innermost, the last; their ends are searched in order, and of several
    # ending at the token, the innermost, the last to start)
    opening = np.maximum(np.searchsorted(quote_first, tokens, side="right") - 1, 0)
    by_end = np.argsort(quote_end, kind="stable")
    closing = by_end[np.maximum(np.searchsorted(quote_end[by_end], tokens, side="right") - 1, 0)]
    for at, token in enumerate(tokens.tolist()):
        for quotation in (int(opening[at]), int(closing[at])):
            first, end = int(quote_first[quotation]), int(quote_end[quotation])
            if (token in (first, end) and end - first <= QUOTED_NAME_WORDS
                    and _is_name(corpus, first, end)):
                found[at] = True
    return found


def _is_name(corpus: TokenisedCorpus, first: int, end: int) -> bool:
    """Whether global tokens [first, end) read as a name (`_quoted_name_marks`)."""
    document = corpus.document_at(int(first))
    if (corpus.gaps[first + document + 1:end + document] & breaks.SENTENCE_BREAK).any():
        return False
    text = corpus.texts[document]
    capital = [text[int(corpus.starts[t])].isupper() for t in range(first, end)]
    function = reporting.function(corpus.hashes[first:end])
    return capital[0] and all(c or bool(f) for c, f in zip(capital, function, strict=True))
