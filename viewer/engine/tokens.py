"""Stage 1, normalise and tokenise: every article's word tokens, spans and normalised hashes.

Pure function of the articles. The output is flat numpy arrays over the whole corpus (one slice
per document, `offsets` says where), so it pickles cheaply, can be cut into partitions by
document, and holds no Python object per token. Documents are in canonical order (by id, then
text) so that every later stage is independent of the order the articles came in.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, fields
from functools import cached_property

import numpy as np

from viewer.code_points import CodePointTable
from viewer.corpus import Article
from viewer.engine.arrays import within
from viewer.engine.breaks import NEWLINE, QUOTE, SENTENCE_BREAK, gap_marks
from viewer.engine.quotations import quoted_spans, token_ranges
from viewer.engine.sentences import batch_sentence_starts, without_time_zone_starts
from viewer.mojibake import readable
from viewer.token_hashing import BatchTokens, batch_tokens
from viewer.unspaced_scripts import syllabic_character, token_character, unspaced_character
from viewer.workers import IN_PROCESS, Check, ChunkMapper
from viewer.wrapping import unwrapped

TOKENIZE_BATCH_CHARS = 1_000_000
"""Articles are tokenised together in batches of about this many characters: few numpy calls
per article, and temporary arrays of tens of MB whatever the corpus size."""


@dataclass(frozen=True, eq=False)
class TokenisedCorpus:
    """The corpus as the engine sees it: documents in canonical order, tokens concatenated."""

    ids: tuple[str, ...]
    texts: tuple[str, ...]
    body_starts: tuple[int, ...]
    offsets: np.ndarray
    """int64, len(ids) + 1: document d's tokens are [offsets[d], offsets[d + 1])."""
    starts: np.ndarray
    """int64: each token's start in its own document's text (code points)."""
    ends: np.ndarray
    hashes: np.ndarray
    """uint64: hash of each token's normalised word (equal words, equal hashes)."""
    spellings: np.ndarray
    """uint64: hash of how each token is written, up to case and apostrophe style."""
    line_start: np.ndarray
    """bool: a paragraph break lies between this token and the one before it (or it is its
    document's first token); matches never cross one by coincidence. A hard-wrapped text's
    line wraps are no break (`viewer.wrapping`)."""
    gaps: np.ndarray
    """uint16 bits of `viewer.engine.breaks` for every gap between tokens: document d's
    token_count(d) + 1 gaps are [offsets[d] + d, offsets[d + 1] + d + 1)."""
    quote_first: np.ndarray
    """int64: the token ranges [quote_first[i], quote_end[i]) of every quotation in the
    documents' bodies, in order (`viewer.engine.quotations`)."""
    quote_end: np.ndarray
    initials: np.ndarray
    """uint8 bits per token: INITIAL_CAPITAL when its first character is a capital
    (`str.isupper`), INITIAL_DIGIT when a digit (`str.isdigit`), INITIAL_IDEOGRAPH or
    INITIAL_SYLLABIC when a character of a script without spaces (INITIAL_HIRAGANA or
    INITIAL_KATAKANA too for Japanese kana); read by the rules that
    look at case or count words, without a Python call per word."""

    def __post_init__(self) -> None:
        # (read-only: the stages keep what they read of a corpus, `document_at`'s list, the
        # evidence's word counts, the speakers' readings, and a corpus changed in place would
        # leave them stale)
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, np.ndarray):
                value.setflags(write=False)

    def __len__(self) -> int:
        return len(self.ids)

    def token_count(self, document: int) -> int:
        return int(self.offsets[document + 1] - self.offsets[document])

    def document_of(self, positions: np.ndarray) -> np.ndarray:
        """The document of each global token position."""
        return np.searchsorted(self.offsets, positions, side="right") - 1

    def document_at(self, position: int) -> int:
        """The document of one global token position (a binary search in a Python list: the
        rules that read one quotation at a time ask it thousands of times, and a numpy call on
        one value costs ten times as much)."""
        return bisect_right(self._offset_list, position) - 1

    @cached_property
    def _offset_list(self) -> list[int]:
        return [int(offset) for offset in self.offsets.tolist()]

    def inside_quotation(self, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """Whether each global token range [first, end) lies inside one of the quotations, as
        `viewer.engine.arrays.within` reads it (quotations may nest or cross), with the furthest
        end so far computed once: the attribution rules ask of a few tokens at a time, a
        thousand times a corpus."""
        return within(firsts, ends, self.quote_first, self.quote_end, self._quote_reach)

    def first_quotations(self, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """For global token ranges [first, end), the index of the quotation each starts in, else
        of the first one opening inside it, else -1 (an occurrence may open with the outlet's
        words before the mark)."""
        count = len(self.quote_first)
        if not count:
            return np.full(len(firsts), -1, dtype=np.int64)
        at = np.searchsorted(self.quote_first, firsts, side="right") - 1
        opened = (at >= 0) & (self.quote_end[np.maximum(at, 0)] > firsts)
        at = np.where(opened, at, at + 1)
        found = (at < count) & (self.quote_first[np.minimum(at, count - 1)] < ends)
        return np.asarray(np.where(found, at, -1), dtype=np.int64)

    @cached_property
    def quote_gaps(self) -> np.ndarray:
        """The indices of the gaps (`gaps`) that hold a quotation mark, in order (read once: the
        stages that split or bridge quotations ask of every one, several times)."""
        found = np.flatnonzero(self.gaps & np.uint16(QUOTE))
        found.setflags(write=False)
        return found

    @cached_property
    def sentence_gaps(self) -> np.ndarray:
        """The indices of the gaps (`gaps`) where a sentence ends or a line breaks, in order
        (read once: several stages ask whether a few words cross one)."""
        found = np.flatnonzero(self.gaps & np.uint16(SENTENCE_BREAK))
        found.setflags(write=False)
        return found

    @cached_property
    def _quote_reach(self) -> np.ndarray:
        """The furthest end of the quotations starting at or before each."""
        return np.maximum.accumulate(self.quote_end)


def tokenise(articles: Sequence[Article], mapper: ChunkMapper = IN_PROCESS,
             check: Check | None = None) -> TokenisedCorpus:
    """Tokens of every article's body (see `viewer.token_hashing.token_hashes`), tokenised in
    batches of documents that `mapper` may hand to other processes; the result is the same."""
    canonical = tuple(sorted(articles, key=lambda article: (article.id, article.text)))
    parts = mapper.map(_tokenise_batch, canonical, _batches(canonical), check)
    # The batches' arrays are joined field by field, each field's pieces let go once joined:
    # the pieces and the joined corpus are never all held at once (at 5,000 articles each
    # is about 85 MB, and both together were the peak of the whole run's memory).
    pieces = {field.name: [getattr(part, field.name) for part in parts]
              for field in fields(_BatchTokens)}
    # A batch's quotations are token ranges within the batch: shifted by the tokens before it.
    bases = np.cumsum([0] + [len(part.starts) for part in parts], dtype=np.int64)[:-1]
    for name in ("quote_first", "quote_end"):
        pieces[name] = [quotes + base for quotes, base in zip(pieces[name], bases, strict=True)]
    del parts
    counts = pieces.pop("counts")
    offsets = np.zeros(len(canonical) + 1, dtype=np.int64)
    if counts:
        np.cumsum(np.concatenate(counts), out=offsets[1:])

    def joined(name: str, dtype: type) -> np.ndarray:
        arrays = pieces.pop(name)
        return (np.concatenate(arrays).astype(dtype, copy=False) if arrays
                else np.zeros(0, dtype))

    return TokenisedCorpus(
        ids=tuple(a.id for a in canonical),
        texts=tuple(a.text for a in canonical),
        body_starts=tuple(a.body_start for a in canonical),
        offsets=offsets,
        starts=joined("starts", np.int64),
        ends=joined("ends", np.int64),
        hashes=joined("hashes", np.uint64),
        spellings=joined("spellings", np.uint64),
        line_start=joined("line_start", np.bool_),
        gaps=joined("gaps", np.uint16),
        quote_first=joined("quote_first", np.int64),
        quote_end=joined("quote_end", np.int64),
        initials=joined("initials", np.uint8),
    )


@dataclass(frozen=True, eq=False)
class _BatchTokens:
    """The tokens of one batch of documents, as `tokenise` joins them."""

    starts: np.ndarray
    ends: np.ndarray
    hashes: np.ndarray
    spellings: np.ndarray
    gaps: np.ndarray
    counts: np.ndarray
    """Tokens per document."""
    line_start: np.ndarray
    quote_first: np.ndarray
    """The batch's quotations as token ranges, counted from the batch's first token."""
    quote_end: np.ndarray
    initials: np.ndarray


def _tokenise_batch(articles: Sequence[Article], bounds: tuple[int, int]) -> _BatchTokens:
    """The tokens of `articles[low:high]` (a module-level function: worker processes run it)."""
    batch = articles[bounds[0] : bounds[1]]
    # Paragraphs as the reader sees them: a hard-wrapped text's wraps are spaces here (the
    # tokens are the same: a line break and a space both only separate words).
    # (and text whose encoding was broken read as meant, `viewer.mojibake`: offsets unchanged)
    flowed = [(unwrapped(readable(a.text)), a.body_start) for a in batch]
    tokens = batch_tokens(flowed)
    per_text = np.diff(tokens.token_bounds)
    # Spans in the joined bodies become offsets in each article's own text.
    shift = np.repeat(np.array([a.body_start for a in batch], dtype=np.int64)
                      - tokens.text_start, per_text)
    starts = tokens.starts + shift
    ends = tokens.ends + shift
    quote_first, quote_end = _quotations(flowed, per_text, starts, ends)
    gaps = gap_marks(tokens, _sentence_begins(flowed, tokens))
    # A token starts a line when a paragraph break lies in the gap before it, or it is its
    # document's first (gap k of the batch's document i is at token_bounds[i] + i + k).
    token_gap = np.arange(len(starts)) + np.repeat(np.arange(len(batch)), per_text)
    line_start = (gaps[token_gap] & NEWLINE) != 0
    line_start[tokens.token_bounds[:-1][per_text > 0]] = True
    return _BatchTokens(
        starts=starts,
        ends=ends,
        hashes=tokens.hashes,
        spellings=tokens.spellings,
        gaps=gaps,
        counts=per_text,
        line_start=line_start,
        quote_first=quote_first,
        quote_end=quote_end,
        initials=_initials(tokens.codes[tokens.starts]),
    )


def _sentence_begins(flowed: list[tuple[str, int]], tokens: BatchTokens) -> np.ndarray | None:
    """Where the sentence splitter starts a sentence in each `text[start:]` of `flowed`, as
    offsets in the batch's joined bodies (`viewer.token_hashing.BatchTokens`), ascending."""
    joined = "\n".join(text[start:] for text, start in flowed) + "\n"
    return without_time_zone_starts(
        joined, tokens.codes,
        batch_sentence_starts(joined, tokens.codes, tokens.text_start, tokens.lengths))


def _quotations(flowed: list[tuple[str, int]], per_text: np.ndarray, starts: np.ndarray,
                ends: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The quotations of a batch's documents (their texts and body starts `flowed`, their
    tokens' spans), as token ranges in the batch."""
    documents: list[int] = []
    span_starts: list[int] = []
    span_ends: list[int] = []
    for document, (text, body_start) in enumerate(flowed):
        for start, end in quoted_spans(text, body_start):
            documents.append(document)
            span_starts.append(start)
            span_ends.append(end)
    offsets = np.zeros(len(per_text) + 1, dtype=np.int64)
    np.cumsum(per_text, out=offsets[1:])
    return token_ranges(np.array(documents, dtype=np.int64),
                        np.array(span_starts, dtype=np.int64),
                        np.array(span_ends, dtype=np.int64), offsets, starts, ends)


INITIAL_CAPITAL = 1
INITIAL_DIGIT = 2
INITIAL_IDEOGRAPH = 4
"""A character of Chinese or Japanese (an ideograph, kana): each is a token, about half a word."""
INITIAL_SYLLABIC = 8
"""A letter of Thai, Lao, Khmer or Myanmar (scripts without spaces whose words are spelt with
several letters): each is a token, about a quarter of a word."""
INITIAL_HIRAGANA = 16
"""Japanese hiragana (with INITIAL_IDEOGRAPH): okurigana and particles, written onto the word
before them."""
INITIAL_KATAKANA = 32
"""Japanese katakana, the long-vowel mark included and the middle dot between two words
("ドナルド・トランプ") left out (with INITIAL_IDEOGRAPH)."""
INITIAL_HANGUL = 64
"""A Hangul syllable (with INITIAL_IDEOGRAPH): each is a token, words are written apart."""


def _initial_bits(code: int) -> int:
    """The INITIAL_* bits of one code point."""
    character = chr(code)
    bits = ((INITIAL_CAPITAL if character.isupper() else 0)
            | (INITIAL_DIGIT if character.isdigit() else 0))
    alone = token_character(character)
    if alone:
        bits |= INITIAL_SYLLABIC if syllabic_character(character) else INITIAL_IDEOGRAPH
    if 0x3041 <= code <= 0x309F:
        bits |= INITIAL_HIRAGANA
    elif (0x30A1 <= code <= 0x30FF and code != 0x30FB) or 0xFF66 <= code <= 0xFF9F:
        bits |= INITIAL_KATAKANA
    elif alone and not unspaced_character(character):
        bits |= INITIAL_HANGUL
    return bits


_initials = CodePointTable(_initial_bits)
"""The INITIAL_* bits of tokens' first characters, per code point met."""


def _batches(articles: Sequence[Article]) -> list[tuple[int, int]]:
    """Consecutive runs [low, high) of articles of about TOKENIZE_BATCH_CHARS characters
    together."""
    batches: list[tuple[int, int]] = []
    size = TOKENIZE_BATCH_CHARS
    for number, article in enumerate(articles):
        if size >= TOKENIZE_BATCH_CHARS:
            batches.append((number, number))
            size = 0
        batches[-1] = (batches[-1][0], number + 1)
        size += len(article.text)
    return batches
