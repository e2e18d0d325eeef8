"""Stage 5g, a statement's words quoted inside another passage: an occurrence of its own there too.

Pure function of the corpus, the statements and the quotations. A wire story that two outlets
reprint quotes a few words of a statement ('Arnold thanked Chapek for his service, including his
time during "the unprecedented challenges of the pandemic."'); other outlets carry the statement
itself. The story is a statement of its own, and its occurrence holds the quoted words, so the
clustering stage never joins them: a short match never merges two statements, and a story quoting
two statements joins neither. The outlets printing the story do carry those words of the statement,
though, and a journalist asks which outlets quote it. So a quotation of FRAGMENT_MIN_WORDS to
FRAGMENT_MAX_WORDS words that lies inside a longer occurrence of one statement, and is found word
for word inside a longer occurrence of another statement in another document (the statement
itself, of which the story quotes a piece), is also an occurrence of that other statement in the
story's document: nested in the story's occurrence, in another passage. Unless the other
statement has an occurrence in that document already, or the two documents are of two events'
coverage (no statement connects them, even through others, and they name nothing alike, or one
thing alike at most where the quotation is shorter than a quoted sentence, or few things alike
and the quotation is a phrase of news found in three such groups or more, "loss of life":
`viewer.engine.event_names`), or the quotation says nothing (no word
beyond stock vocabulary, `viewer.engine.evidence.content_words`), or the two documents are
longer than two long news articles (`viewer.engine.chance.in_long_texts`: a novel's dialogue
quotes nobody's statement). The search is the fragments stage's (`viewer.engine.fragments`),
over the statements' occurrences only, and asks each text once however many reprints quote it
(a story hundreds of outlets carry); a quotation inside another that both nest is one
occurrence, the outer one.
"""

from __future__ import annotations

import numpy as np

from viewer.engine.arrays import (
    connected_components,
    flat_ranges,
    holding_run,
    in_sorted,
    overlap_runs,
    unique_values,
    windows_inside,
)
from viewer.engine.chance import as_words, in_long_texts
from viewer.engine.event_names import two_events
from viewer.engine.evidence import (
    CONTENT_WORDS_FOR_QUOTED_EVIDENCE,
    QUOTED_SENTENCE_WORDS,
    content_words,
)
from viewer.engine.index import ngram_hashes_at
from viewer.engine.quote_pieces import FRAGMENT_MAX_WORDS, FRAGMENT_MIN_WORDS
from viewer.engine.statements import Statements
from viewer.engine.tokens import TokenisedCorpus

ANCHOR_WORDS = 3
"""A quotation is looked for where its first this many words are."""
MAX_PLACES_PER_QUOTATION = 400
"""A quotation whose first words open more places than this is not looked for (a phrase every
document prints)."""
_HOLDERS_ASKED = 3
"""How many occurrences starting at or before a range are asked whether they hold it."""


def with_nested_fragments(corpus: TokenisedCorpus, statements: Statements,
                          quotes: tuple[np.ndarray, np.ndarray]) -> Statements:
    """`statements` with each quotation nested in one statement's occurrence and found in
    another's added to the other (module docstring), sorted as before."""
    if statements.count < 2:
        return statements
    offsets = corpus.offsets
    found = _quotations_found(corpus, statements, quotes)
    if found is None:
        return statements
    quote_first, quote_end, story, statement = found
    new_statement = statements.statement[statement]
    new_doc = statements.doc[story]
    # (never where that statement is in the document already)
    documents = len(corpus)
    keep = ~np.isin(new_statement * documents + new_doc,
                    statements.statement * documents + statements.doc)
    if not keep.any():
        return statements
    new_statement, new_doc = new_statement[keep], new_doc[keep]
    rows = np.unique(np.stack((
        np.concatenate((statements.statement, new_statement)),
        np.concatenate((statements.doc, new_doc)),
        np.concatenate((statements.first, quote_first[keep] - offsets[new_doc])),
        np.concatenate((statements.end, quote_end[keep] - offsets[new_doc]))), axis=1), axis=0)
    rows = outermost(rows[np.lexsort((-rows[:, 3], rows[:, 2], rows[:, 1], rows[:, 0]))])
    return Statements(rows[:, 0].copy(), rows[:, 1].copy(), rows[:, 2].copy(), rows[:, 3].copy())


def outermost(rows: np.ndarray) -> np.ndarray:
    """Rows (statement, doc, first, end), sorted by statement, doc, first and longest first,
    without those inside an earlier row of the same statement and document: a quotation inside
    another that both nest is one occurrence, the outer one."""
    if not len(rows):
        return rows
    new_group = _new_groups(rows)
    group = np.cumsum(new_group)
    reach = np.maximum.accumulate((group << 32) + rows[:, 3])
    inside = np.zeros(len(rows), dtype=bool)
    inside[1:] = ~new_group[1:] & ((reach[:-1] - (group[1:] << 32)) >= rows[1:, 3])
    return rows[~inside]


def _new_groups(rows: np.ndarray) -> np.ndarray:
    """Whether each of the sorted `rows` starts a group of rows alike in their first two
    columns."""
    new_group = np.ones(len(rows), dtype=bool)
    new_group[1:] = np.any(rows[1:, :2] != rows[:-1, :2], axis=1)
    return new_group


def _quotations_found(corpus: TokenisedCorpus, statements: Statements,
                      quotes: tuple[np.ndarray, np.ndarray]
                      ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """The quotations (global token ranges) of FRAGMENT_MIN_WORDS to FRAGMENT_MAX_WORDS words
    saying something that lie inside an occurrence, found word for word inside a longer
    occurrence of another statement in another document; with the two occurrences (indices into
    `statements`), one row per quotation and statement found. None if there are none."""
    offsets = corpus.offsets
    occurrence_first = offsets[statements.doc] + statements.first
    occurrence_end = offsets[statements.doc] + statements.end
    order = np.argsort(occurrence_first, kind="stable")
    sorted_first, sorted_end = occurrence_first[order], occurrence_end[order]
    quote_first, quote_end = quotes
    length = quote_end - quote_first
    asked = np.flatnonzero((length >= FRAGMENT_MIN_WORDS) & (length <= FRAGMENT_MAX_WORDS))
    story = holding_run(quote_first[asked], quote_end[asked], sorted_first, sorted_end,
                        _HOLDERS_ASKED)
    asked, story = asked[story >= 0], order[story[story >= 0]]
    # (inside longer text: an occurrence that is the quotation itself is no story quoting it)
    longer = occurrence_end[story] - occurrence_first[story] > length[asked]
    asked, story = asked[longer], story[longer]
    saying = content_words(corpus, quote_first[asked], quote_end[asked], rare_only=False,
                           quoted=True) >= CONTENT_WORDS_FOR_QUOTED_EVIDENCE
    asked, story = asked[saying], story[saying]
    # (a script without spaces counts its characters as the words they make)
    document = corpus.document_of(quote_first[asked])
    local = quote_first[asked] - offsets[document]
    worded = as_words(corpus, document, local, local + length[asked],
                      length[asked]) >= FRAGMENT_MIN_WORDS
    asked, story = asked[worded], story[worded]
    if not len(asked):
        return None
    # Each text is looked for once however many reprints quote it (a story hundreds of outlets
    # carry asks the same words hundreds of times): by a key of its words.
    key = _words_key(corpus, quote_first[asked], quote_end[asked])
    _, text_of, instance_text = np.unique(key, return_index=True, return_inverse=True)
    text_first, text_size = quote_first[asked[text_of]], length[asked[text_of]]
    # Places: every window of ANCHOR_WORDS words inside an occurrence, by their hash.
    _, run_first, run_end = overlap_runs(occurrence_first, occurrence_end)
    places = windows_inside(run_first, run_end, ANCHOR_WORDS)
    place_hash = ngram_hashes_at(corpus.hashes, places, ANCHOR_WORDS)
    anchors = ngram_hashes_at(corpus.hashes, text_first, ANCHOR_WORDS)
    # (only the places a text asked opens at are sorted)
    wanted = in_sorted(place_hash, unique_values(anchors))
    place_hash, places = place_hash[wanted], places[wanted]
    by_hash = np.argsort(place_hash, kind="stable")
    place_hash, places = place_hash[by_hash], places[by_hash]
    low = np.searchsorted(place_hash, anchors, side="left")
    high = np.searchsorted(place_hash, anchors, side="right")
    searched = np.flatnonzero((high - low >= 2) & (high - low <= MAX_PLACES_PER_QUOTATION))
    which, at = flat_ranges(low[searched], high[searched])
    text, place = searched[which], places[at]
    first, size = text_first[text], text_size[text]
    # (the same words all along)
    owner, inside_text = flat_ranges(first, first + size)
    _, inside_place = flat_ranges(place, place + size)
    differs = np.bincount(owner[corpus.hashes[inside_text] != corpus.hashes[inside_place]],
                          minlength=len(first))
    ok = (differs == 0) & (place + size <= offsets[corpus.document_of(place) + 1])
    text, place, size = text[ok], place[ok], size[ok]
    found = holding_run(place, place + size, sorted_first, sorted_end, _HOLDERS_ASKED)
    ok = found >= 0
    text, found, size = text[ok], order[found[ok]], size[ok]
    # (in longer text there: the statement the story quotes a piece of)
    ok = occurrence_end[found] - occurrence_first[found] > size
    text, found = text[ok], found[ok]
    # Of each statement a text is found in, two documents are enough (one may be the quoting
    # story's own): the rows per quoting instance stay few however many reprint it.
    rows = np.unique(np.stack((text, statements.statement[found], statements.doc[found],
                               found), axis=1), axis=0)
    group_start = np.maximum.accumulate(np.where(_new_groups(rows), np.arange(len(rows)), 0))
    rows = rows[np.arange(len(rows)) - group_start < 2]
    # Back to the quoting instances: each with the places its text was found in.
    by_text = np.argsort(rows[:, 0], kind="stable")
    rows = rows[by_text]
    row_low = np.searchsorted(rows[:, 0], instance_text, side="left")
    row_high = np.searchsorted(rows[:, 0], instance_text, side="right")
    instance, row = flat_ranges(row_low, row_high)
    quotation, holder, found = asked[instance], story[instance], rows[row, 3]
    document = corpus.document_of(quote_first[quotation])
    other = statements.doc[found]
    # (another statement, in another document; between news articles: a novel's dialogue
    # quotes "My dear Mr. Bennet" of nobody's statement, however often another novel says it)
    ok = ((statements.statement[holder] != statements.statement[found]) & (other != document)
          & ~in_long_texts(corpus, document, other))
    quotation, holder, found = quotation[ok], holder[ok], found[ok]
    # (and not a phrase between two events' coverage: between documents no statement connects,
    # even through others, a phrase of news found in three groups or more, "loss of life", or one
    # whose two documents name nothing alike, or one thing alike where the phrase is short)
    document, other = document[ok], other[ok]
    group = connected_components(len(corpus), *_linked_documents(statements))
    apart = np.flatnonzero(group[document] != group[other])
    if len(apart):
        ranges = (quote_first[quotation[apart]], quote_end[quotation[apart]])
        between = two_events(corpus, document[apart], other[apart], ranges, group,
                             np.ones(len(apart), dtype=bool),
                             short=ranges[1] - ranges[0] < QUOTED_SENTENCE_WORDS)
        ok = np.ones(len(quotation), dtype=bool)
        ok[apart[between]] = False
        quotation, holder, found = quotation[ok], holder[ok], found[ok]
    if not len(quotation):
        return None
    return quote_first[quotation], quote_end[quotation], holder, found


def _linked_documents(statements: Statements) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of documents one statement links: each occurrence's document and the first
    document of its statement."""
    first_row = np.searchsorted(statements.statement, statements.statement, side="left")
    return statements.doc[first_row], statements.doc


def _words_key(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """A hash of the words of each global token range (equal words, equal keys)."""
    owner, positions = flat_ranges(firsts, ends)
    rank = positions - firsts[owner]
    mixed = corpus.hashes[positions] * (_KEY_MULTIPLIER * (rank.astype(np.uint64) + np.uint64(1))
                                        | np.uint64(1))
    starts = np.concatenate(([0], np.cumsum(ends - firsts)[:-1])).astype(np.int64)
    return np.asarray(np.add.reduceat(mixed, starts) + (ends - firsts).astype(np.uint64))


_KEY_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
"""Makes a word's place in the text part of the key (uint64 arithmetic wraps around)."""
