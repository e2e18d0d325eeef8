"""What lies between two consecutive matches of one document pair (the bridge), for
`viewer.engine.stretches.next_paragraphs`: the same words, alike but for a word or two, the
same said in other words, or words of the outlet's own that no other document shares.

Pure functions of the corpus and global token positions.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.arrays import count_between, flat_ranges
from viewer.engine.evidence import stock_words
from viewer.engine.matches import PairMatches
from viewer.engine.tokens import TokenisedCorpus

REWORDED_SHARED_WORDS = 3
STEM_LETTERS = 5
"""Bridges between two matches that say the same in other words share this many plain words
(`reworded_bridges`), compared by their first STEM_LETTERS letters."""


class OwnWords:
    """How many words of a global token range no match shares (`matches`, all document
    pairs): the words only that document carries."""

    def __init__(self, corpus: TokenisedCorpus, matches: PairMatches) -> None:
        firsts, ends = matches.global_sides(corpus.offsets)
        order = np.argsort(firsts, kind="stable")
        firsts, ends = firsts[order], ends[order]
        reach = np.maximum.accumulate(ends) if len(ends) else ends
        new_run = np.ones(len(firsts), dtype=bool)
        new_run[1:] = firsts[1:] >= reach[:-1]
        run_starts = np.flatnonzero(new_run)
        self._first = firsts[run_starts]
        self._end = (np.maximum.reduceat(ends, run_starts) if len(run_starts)
                     else np.zeros(0, dtype=np.int64))
        self._before = np.concatenate(([0], np.cumsum(self._end - self._first)))
        """Shared words in the runs before each run."""

    def _shared_upto(self, positions: np.ndarray) -> np.ndarray:
        run = np.searchsorted(self._first, positions, side="right") - 1
        safe = np.maximum(run, 0)
        inside = np.clip(np.minimum(positions, self._end[safe] if len(self._end) else 0)
                         - (self._first[safe] if len(self._first) else 0), 0, None)
        return np.where(run >= 0, self._before[safe] + inside, 0)

    def between(self, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """For each global token range [first, end), how many of its words no match shares."""
        ends = np.maximum(ends, firsts)
        return np.asarray(ends - firsts - (self._shared_upto(ends) - self._shared_upto(firsts)))


def gap_has(corpus: TokenisedCorpus, tokens: np.ndarray, bits: int) -> np.ndarray:
    """Whether the gap before each global token holds all of `bits`."""
    marks = corpus.gaps[tokens + corpus.document_of(tokens)]
    return np.asarray((marks & np.uint16(bits)) == np.uint16(bits))


def gaps_hold(corpus: TokenisedCorpus, firsts: np.ndarray, lasts: np.ndarray,
              bits: int) -> np.ndarray:
    """Whether any gap before the global tokens firsts[i] to lasts[i] (both included; one
    document) holds any of `bits`: a line break or quotation mark between two matches, say."""
    marked = np.flatnonzero(corpus.gaps & np.uint16(bits))
    # (gap g of document d, before its token g - offsets[d], has the index g + d)
    document = corpus.document_of(firsts)
    return np.asarray(count_between(marked, firsts + document, lasts + document + 1) > 0)


def _clear_on_both_sides(corpus: TokenisedCorpus, ask: np.ndarray, first_a: np.ndarray,
                         first_b: np.ndarray, gap_a: np.ndarray, gap_b: np.ndarray,
                         bits: int) -> np.ndarray:
    """The bridges `ask` whose gaps hold none of `bits` on either side (`gaps_hold`)."""
    held = gaps_hold(corpus, np.concatenate((first_a[ask], first_b[ask])),
                     np.concatenate((first_a[ask] + gap_a[ask], first_b[ask] + gap_b[ask])), bits)
    return np.asarray(ask[~(held[:len(ask)] | held[len(ask):])])


def same_bridges(corpus: TokenisedCorpus, first_a: np.ndarray, first_b: np.ndarray,
                  gap_a: np.ndarray, gap_b: np.ndarray, asked: np.ndarray) -> np.ndarray:
    """Where `asked`, whether the bridges (as long on both sides) are the same word for word."""
    keep = np.flatnonzero(asked)
    owner, at_a = flat_ranges(first_a[keep], first_a[keep] + gap_a[keep])
    _, at_b = flat_ranges(first_b[keep], first_b[keep] + gap_b[keep])
    differ = np.bincount(owner[corpus.hashes[at_a] != corpus.hashes[at_b]], minlength=len(keep))
    same = np.zeros(len(asked), dtype=bool)
    same[keep[differ == 0]] = True
    return same


def alike_bridges(corpus: TokenisedCorpus, first_a: np.ndarray, first_b: np.ndarray,
                   gap_a: np.ndarray, gap_b: np.ndarray, asked: np.ndarray) -> np.ndarray:
    """Where `asked`, whether all but one word of the shorter bridge are in the longer."""
    alike = np.zeros(len(asked), dtype=bool)
    hashes = corpus.hashes
    for k in np.flatnonzero(asked).tolist():
        side_a = hashes[first_a[k]:first_a[k] + gap_a[k]].tolist()
        side_b = hashes[first_b[k]:first_b[k] + gap_b[k]].tolist()
        shorter, longer = sorted((side_a, side_b), key=len)
        alike[k] = sum(word not in longer for word in shorter) <= 1 and len(shorter) >= 2
    return alike


def added_words(corpus: TokenisedCorpus, first_a: np.ndarray, first_b: np.ndarray,
                gap_a: np.ndarray, gap_b: np.ndarray, asked: np.ndarray) -> np.ndarray:
    """Where `asked`, whether every word of the shorter bridge is in the longer one, and
    neither holds a line break or opens a quotation (an attribution splitting a quotation is
    no part of it)."""
    added = np.zeros(len(asked), dtype=bool)
    ask = np.flatnonzero(asked)
    if not len(ask):
        return added
    ask = _clear_on_both_sides(corpus, ask, first_a, first_b, gap_a, gap_b,
                               breaks.NEWLINE | breaks.OPENS_QUOTE)
    hashes = corpus.hashes
    for k in ask.tolist():
        side_a = hashes[first_a[k]:first_a[k] + gap_a[k]].tolist()
        side_b = hashes[first_b[k]:first_b[k] + gap_b[k]].tolist()
        shorter, longer = sorted((side_a, side_b), key=len)
        added[k] = all(word in longer for word in shorter)
    return added


def reworded_bridges(corpus: TokenisedCorpus, first_a: np.ndarray, first_b: np.ndarray,
                      gap_a: np.ndarray, gap_b: np.ndarray, asked: np.ndarray) -> np.ndarray:
    """Where `asked`, whether the bridges say the same in other words: as many paragraph
    breaks (none or one) on both sides, no quotation mark, the next match introduced by no
    colon, and at least
    REWORDED_SHARED_WORDS, and half, of the shorter side's words that are neither stock
    vocabulary nor capitalised (names and the first word of a sentence say little) found on
    the other side, as `_word_stem`s ("More than 50 people were killed in St Mark's church in
    Varrow, north of the capital" / "In just one church, St Mark's in Varrow, north of the
    capital, more than 50 people had been killed"; "the control law's behaviour in response to
    erroneous sensor inputs" / "the behaviour of the control law on erroneous data from the
    sensors")."""
    found = np.zeros(len(asked), dtype=bool)
    ask = np.flatnonzero(asked)
    if not len(ask):
        return found
    lines = np.flatnonzero(corpus.line_start)
    breaks_a = count_between(lines, first_a[ask], first_a[ask] + gap_a[ask] + 1)
    breaks_b = count_between(lines, first_b[ask], first_b[ask] + gap_b[ask] + 1)
    ask = ask[(breaks_a == breaks_b) & (breaks_a <= 1)]
    ask = ask[~introduced(corpus, first_a[ask] + gap_a[ask])
              & ~introduced(corpus, first_b[ask] + gap_b[ask])]
    # (no quotation mark between: a quotation's end, an attribution and the next quotation
    # are two statements reported side by side, whatever words they share)
    ask = _clear_on_both_sides(corpus, ask, first_a, first_b, gap_a, gap_b, breaks.QUOTE)
    for k in ask.tolist():
        side_a = _plain_words(corpus, int(first_a[k]), int(first_a[k] + gap_a[k]))
        side_b = _plain_words(corpus, int(first_b[k]), int(first_b[k] + gap_b[k]))
        common = len(side_a & side_b)
        found[k] = (common >= REWORDED_SHARED_WORDS
                    and 2 * common >= min(len(side_a), len(side_b)))
    return found


def sentence_seams(corpus: TokenisedCorpus, first_a: np.ndarray, first_b: np.ndarray,
                   gap_a: np.ndarray, gap_b: np.ndarray, asked: np.ndarray) -> np.ndarray:
    """Where `asked`, whether the bridges are an edit inside the sentences both matches run
    through: no quotation mark or colon on either side, and either no sentence break at all
    (a clause of one sentence reworded: "looked out from the pier in Varrow and saw the hull"
    / "looked out from Varrow's pier to see the hull"), or one on each side, right after the
    first match on both (both carry its sentence to its end; the next one's opening is edited:
    "the survey said. In the port itself dozens of people with burns are being brought" / "the
    survey said.\nDozens of people with burns have been brought"). A whole sentence
    between, on either side, is the outlet's own; so are words ending a sentence after the
    first match (", police said."), the outlet's attribution, not the story's."""
    found = np.zeros(len(asked), dtype=bool)
    ask = np.flatnonzero(asked & (np.maximum(gap_a, gap_b) > 0))
    if not len(ask):
        return found
    kinds = []
    for first, gap in ((first_a, gap_a), (first_b, gap_b)):
        # The gaps from the first match's end up to the second's first token.
        document = corpus.document_of(first[ask])
        owner, at = flat_ranges(first[ask] + document, first[ask] + gap[ask] + document + 1)
        bits = corpus.gaps[at]
        marked = (bits & np.uint16(breaks.QUOTE | breaks.OPENS_QUOTE)) != 0
        quoted = np.bincount(owner[marked], minlength=len(ask)) > 0
        sentence = (bits & np.uint16(breaks.SENTENCE_BREAK)) != 0
        offset = at - (first[ask] + document)[owner]
        count = np.bincount(owner[sentence], minlength=len(ask))
        after_first = np.bincount(owner[sentence & (offset == 0)], minlength=len(ask)) > 0
        # (none: 0; one, right after the first match: 1; anything else: 2, which fits nothing)
        kind = np.where(count == 0, 0, np.where((count == 1) & after_first, 1, 2))
        kinds.append((kind, quoted))
    (kind_a, quoted_a), (kind_b, quoted_b) = kinds
    fits = (kind_a == kind_b) & (kind_a < 2) & ~quoted_a & ~quoted_b
    found[ask[fits & (kind_a == 0)]] = True
    # (after a sentence end, the next sentence's opening edited, not replaced nor added: at
    # least half the words of the shorter opening are in the other; an outlet's lead-in to the
    # next statement, "The agency then said", is no edit of it)
    hashes = corpus.hashes
    for k in ask[fits & (kind_a == 1)].tolist():
        side_a = hashes[first_a[k]:first_a[k] + gap_a[k]].tolist()
        side_b = hashes[first_b[k]:first_b[k] + gap_b[k]].tolist()
        shorter, longer = sorted((side_a, side_b), key=len)
        found[k] = bool(shorter) and 2 * sum(word in longer for word in shorter) >= len(shorter)
    return found


def _plain_words(corpus: TokenisedCorpus, first: int, end: int) -> set[str]:
    """The `_word_stem`s of the global tokens [first, end) that are neither stock vocabulary
    nor written with a capital."""
    if end <= first:
        return set()
    document = corpus.document_at(int(first))
    text = corpus.texts[document]
    plain = ~stock_words(corpus.hashes[first:end])
    words = (text[int(corpus.starts[t]):int(corpus.ends[t])]
             for t, keep in zip(range(first, end), plain.tolist(), strict=True) if keep)
    return {_word_stem(word) for word in words if word[:1].islower()}


def _word_stem(word: str) -> str:
    """A word's first letters, without a possessive: "sensor" and "sensors", "law" and
    "law's", "prioritised" and "prioritize" are alike."""
    word = word.lower()
    for possessive in ("'s", "\u2019s"):
        word = word.removesuffix(possessive)
    return word[:STEM_LETTERS]


def paragraph_start(corpus: TokenisedCorpus, tokens: np.ndarray) -> np.ndarray:
    """For global token positions, the first token of each one's paragraph."""
    lines = np.flatnonzero(corpus.line_start)
    return np.asarray(lines[np.maximum(np.searchsorted(lines, tokens, side="right") - 1, 0)])


def paragraph_tail(corpus: TokenisedCorpus, tokens: np.ndarray) -> np.ndarray:
    """For global token positions, how many words from each up to the next paragraph break."""
    breaks_at = np.append(np.flatnonzero(corpus.line_start), len(corpus.line_start))
    return np.asarray(breaks_at[np.searchsorted(breaks_at, tokens, side="left")] - tokens)


def introduced(corpus: TokenisedCorpus, tokens: np.ndarray) -> np.ndarray:
    """Whether the text before each global token (one that starts a paragraph) ends with a
    colon: it introduces what follows ("The ministry said in a statement:", "He tweeted:"),
    which is then a statement of its own, not the story's next paragraph."""
    documents = corpus.document_of(tokens)
    found = np.zeros(len(tokens), dtype=bool)
    for k, (token, document) in enumerate(zip(tokens.tolist(), documents.tolist(), strict=True)):
        if token > corpus.offsets[document]:
            between = corpus.texts[document][int(corpus.ends[token - 1]):int(corpus.starts[token])]
            found[k] = ":" in between
    return found
