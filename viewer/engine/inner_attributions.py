"""Stage 5c, attribution left out: an occurrence made of quotations and the attribution between
or around them is its quotations.

Pure function of the corpus, the statements and the quotations. Outlets that copy one agency's
report of a statement copy its attribution too: '"Con dolore informo che ...", ha riferito il
direttore della Sala stampa della Santa Sede, Matteo Bruni, annunciando anche che "..."'. The match
then runs over the attribution, and the occurrence, a highlight from the first quoted word to the
last, holds words nobody said. Here an occurrence whose words outside quotation marks are all
attribution becomes one occurrence per quotation, of the same statement: the passage and the
documents it links are unchanged; the attribution is not highlighted as the statement. Each stretch
of words outside the quotations must be one sentence or part of one, at most ATTRIBUTION_WORDS
words (LEAD_WORDS before the first quotation or after the last), holding a reporting word ("ha
riferito", "dichiara", "she said") or, as `_attributes` says where, a title ("direttore"), and,
before a quotation, not going on past its reporting word with what was said in the outlet's words
('said they will work to become financially independent, while continuing to "fully support" the
Queen': `reports_content`); or be a stub of the outlets' sentences, a word or two ending the
sentence before the first quotation or following the last. An occurrence with story text outside
its quotations (a wire story that quotes someone, '"...", the spokesman said. Rescue teams reached
...', or "... for him and the Royal Family", or a sentence quoting a phrase whose words around it
outnumber it twice over and say something: 'did not provide details when the company announced
the "loss of life" in a statement or how officials knew the crew members perished') is left whole:
there the words between are the story's, copied as the statement's are. So is every occurrence in a
document longer than a long news article (CHANCE_FREE_WORDS words): a novel's dialogue ('"...," said
Jane, "..."') copied into another text is one stretch of reuse, its tags with it.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted, overlap_runs
from viewer.engine.attribution_names import UNKNOWN
from viewer.engine.chance import CHANCE_FREE_WORDS
from viewer.engine.quotation_links import quoted_words
from viewer.engine.quotes import LEAD_IN_WORDS
from viewer.engine.speaking_people import speaking
from viewer.engine.split_quotations import SPLIT_ATTRIBUTION_WORDS
from viewer.engine.statements import Statements
from viewer.engine.tokens import INITIAL_CAPITAL, INITIAL_DIGIT, TokenisedCorpus

ATTRIBUTION_WORDS = 2 * SPLIT_ATTRIBUTION_WORDS
"""The longest attribution between two quotations of an occurrence: a speaker with a long title
and what they announced, '", ha riferito il direttore della Sala stampa della Santa Sede, Matteo
Bruni, annunciando anche che "' (16 words)."""
LEAD_WORDS = LEAD_IN_WORDS
"""The longest attribution before an occurrence's first quotation or after its last."""
STUB_WORDS = 3
"""The most words of an outlet's sentence a match may take along before (after) the quotations
it holds (`_stub`)."""
REPORTED_OPENINGS = np.union1d(np.union1d(reporting.THAT, reporting.PRONOUNS),
                                reporting.hashes_of("there it we i"))
"""The words what was said opens with after its reporting verb: "that" and subjects ("they",
"there was ...")."""
_TOPICS = reporting.hashes_of("of about von über")
"""Prepositions that open the topic of what a verb of telling reports ("told of", "berichtete
von"), not the circumstances of saying it ("said over a video link") nor the speaker ("sagte von
der Leyen", "disse o presidente")."""
_TELLING = reporting.hashes_of("told tells warned berichtete berichtet berichteten sprach warnte")
"""Verbs of telling (of the reporting vocabulary) whose topic a preposition opens."""
REPORTED_CONTENT_WORDS = 3
"""Words of what was said (`reports_content`) that make the words before a quotation no
attribution."""
VERB_FIRST_WORDS = 3
"""An attribution after the last quotation that opens with its reporting verb within this many
words ('", a réagi ...', '", said ...', '", so Scholz') may run to ATTRIBUTION_WORDS."""


def quotations_without_attribution(corpus: TokenisedCorpus, statements: Statements,
                                   quotes: tuple[np.ndarray, np.ndarray]) -> Statements:
    """`statements` with each occurrence that is quotations and their attribution replaced by
    its quotations (module docstring); sorted as before."""
    if not len(statements) or not len(quotes[0]):
        return statements
    # (quotations may overlap: a single-quoted one crossing a double-quoted one; their union's
    # runs are sorted and disjoint, as the searches below need)
    _, quote_first, quote_end = overlap_runs(*quotes)
    offsets = corpus.offsets
    first = offsets[statements.doc] + statements.first
    end = offsets[statements.doc] + statements.end
    # The quotations each occurrence overlaps: [low, high) of the sorted, disjoint quotations.
    low = np.searchsorted(quote_end, first, side="right")
    high = np.searchsorted(quote_first, end, side="left")
    # (only in documents of a news article's length: a long text's quotations and the words
    # between them are its dialogue, copied whole with it)
    news = np.diff(offsets)[statements.doc] <= CHANCE_FREE_WORDS
    asked = np.flatnonzero((high > low) & news)
    if not len(asked):
        return statements
    # (those with words outside their quotations)
    asked = asked[(end[asked] - first[asked]) > quoted_words(first[asked], end[asked], quotes)]
    replaced: dict[int, list[tuple[int, int]]] = {}
    for k in asked.tolist():
        pieces = _quoted_pieces(corpus, int(statements.doc[k]), int(first[k]), int(end[k]),
                                quote_first[low[k]:high[k]], quote_end[low[k]:high[k]])
        if pieces is not None:
            replaced[k] = pieces
    if not replaced:
        return statements
    counts = np.ones(len(statements), dtype=np.int64)
    for k, pieces in replaced.items():
        counts[k] = len(pieces)
    row = np.repeat(np.arange(len(statements)), counts)
    new_first = first[row].copy()
    new_end = end[row].copy()
    at = np.concatenate(([0], np.cumsum(counts)))
    for k, pieces in replaced.items():
        for offset, (piece_first, piece_end) in enumerate(pieces):
            new_first[at[k] + offset] = piece_first
            new_end[at[k] + offset] = piece_end
    doc = statements.doc[row]
    return Statements(statements.statement[row], doc, new_first - offsets[doc],
                      new_end - offsets[doc])


def _quoted_pieces(corpus: TokenisedCorpus, document: int, first: int, end: int,
                   quote_first: np.ndarray,
                   quote_end: np.ndarray) -> list[tuple[int, int]] | None:
    """The quoted pieces (global token ranges, in order) of the occurrence [first, end) of
    `document` when every stretch of its words outside the quotations (`quote_first`,
    `quote_end`: those it overlaps) is attribution; else None."""
    pieces: list[tuple[int, int]] = []
    at = first
    count = len(quote_first)
    for index in range(count + 1):
        stretch_end = int(quote_first[index]) if index < count else end
        stretch_end = min(max(stretch_end, at), end)
        if stretch_end > at and not _stub(corpus, document, at, stretch_end, index, count):
            limit = (ATTRIBUTION_WORDS if 0 < index < count
                     or (index == count and _verb_first(corpus, document, at, stretch_end))
                     else LEAD_WORDS)
            if (stretch_end - at > limit or sentences_over(corpus, document, at, stretch_end) > 1
                    or not _attributes(corpus, document, at, stretch_end, index, count)
                    or (index < count and reports_content(corpus, at, stretch_end))):
                return None
        if index < count:
            piece = (max(int(quote_first[index]), first), min(int(quote_end[index]), end))
            if pieces and pieces[-1][1] == piece[0]:
                pieces[-1] = (pieces[-1][0], piece[1])
            else:
                pieces.append(piece)
            at = piece[1]
    if pieces and _story_around(corpus, first, end, pieces):
        return None
    return pieces if len(pieces) > 1 or pieces[0] != (first, end) else None


def _story_around(corpus: TokenisedCorpus, first: int, end: int,
                  pieces: list[tuple[int, int]]) -> bool:
    """Whether the words of the occurrence [first, end) outside its quoted `pieces` are twice as
    many as the quoted ones and REPORTED_CONTENT_WORDS or more of them say something in lower
    case beyond stock and attributing vocabulary: a story quoting a phrase ('OceanGate did not
    provide details when the company announced the "loss of life" in a statement or how officials
    knew the crew members perished'), copied whole as wire copy is, not a quotation's
    attribution."""
    quoted = sum(piece_end - piece_first for piece_first, piece_end in pieces)
    if (end - first) - quoted < 2 * quoted:
        return False
    outside = np.ones(end - first, dtype=bool)
    for piece_first, piece_end in pieces:
        outside[piece_first - first:piece_end - first] = False
    words = corpus.hashes[first:end][outside]
    content = (lower_case_content(words, corpus.initials[first:end][outside])
               & ~in_sorted(words, reporting.ATTRIBUTING) & ~in_sorted(words, reporting.TITLES))
    return int(np.count_nonzero(content)) >= REPORTED_CONTENT_WORDS


def lower_case_content(words: np.ndarray, initials: np.ndarray) -> np.ndarray:
    """Whether each word (hashes, with its `initials`) says something in the outlet's words:
    written in lower case, no number, beyond stock vocabulary."""
    lower = (initials & (INITIAL_CAPITAL | INITIAL_DIGIT)) == 0
    return np.asarray(lower & ~reporting.stock(words))


def _attributes(corpus: TokenisedCorpus, document: int, first: int, end: int, index: int,
                count: int) -> bool:
    """Whether the words [first, end), outside the quotations before quotation `index` of
    `count` (`count`: after the last), attribute them: a reporting word ("ha riferito",
    "dichiara", "she said"); or, between two quotations or as a sentence of its own before the
    first, a title ("il direttore della Sala stampa della Santa Sede, Matteo Bruni."). Words of
    the statement an outlet prints before quoting the rest ("con inmensa gratitud por su ejemplo
    de verdadero discípulo del Señor Jesús, «...»") run on into the quotation: no title makes
    them attribution."""
    words = corpus.hashes[first:end]
    if in_sorted(words, reporting.ATTRIBUTING).any():
        return True
    if index == count or not in_sorted(words, reporting.TITLES).any():
        return False
    return index > 0 or sentence_ends(corpus, document, end)


def reports_content(corpus: TokenisedCorpus, first: int, end: int) -> bool:
    """Whether the words [first, end) before a quotation go on past their last reporting word with
    "that" or a pronoun (REPORTED_OPENINGS), then REPORTED_CONTENT_WORDS or more words in lower
    case beyond stock vocabulary, or, after a verb of telling (_TELLING), with a preposition of the
    topic (_TOPICS), then as many words of any case beyond it: what was said, in the outlet's words
    ('said they will work to become financially independent, while continuing to "fully support" the
    Queen'), a sentence the outlets copy as they copy the quotation; an attribution goes on with the
    speaker, a title, a place or a day ('ha riferito il direttore della Sala stampa ..., annunciando
    anche che "', 'told reporters at the White House on Friday: "', 'said in a speech to residents
    at the town hall: "')."""
    words = corpus.hashes[first:end]
    reporting_at = np.flatnonzero(in_sorted(words, reporting.ATTRIBUTING))
    if not len(reporting_at) or reporting_at[-1] + 1 >= len(words):
        return False
    after = slice(first + int(reporting_at[-1]) + 1, end)
    opening = words[reporting_at[-1] + 1:reporting_at[-1] + 2]
    # (what was reported, named after a preposition of its topic: 'Eine Nachbarin berichtete von
    # mehreren Schüssen bei der Veranstaltung', 'told of shots fired at the service'; its
    # words are content whatever their case, German writing its nouns with capitals; only after
    # a verb of telling: 'sagte von der Leyen' names the speaker)
    if in_sorted(opening, _TOPICS)[0] and in_sorted(words[reporting_at[-1]:reporting_at[-1] + 1],
                                                   _TELLING)[0]:
        # (not a speaker the document has speak: 'warnte von der Leyen bei ihrem Besuch')
        document = corpus.document_at(first)
        topic = corpus.hashes[after].tolist()
        capital = ((corpus.initials[after] & INITIAL_CAPITAL) != 0).tolist()
        if any(upper and speaking(corpus, document, word) != UNKNOWN
               for word, upper in zip(topic, capital, strict=True)):
            return False
        return int(np.count_nonzero(~reporting.stock(corpus.hashes[after]))
                   ) >= REPORTED_CONTENT_WORDS
    # (what was said opens with its subject or "that": 'said they will', 'a dit qu'il'; the
    # circumstances of saying it with a preposition: 'said in a speech to residents at the town
    # hall', 'said during a visit to the plant')
    if not in_sorted(opening, REPORTED_OPENINGS)[0]:
        return False
    content = lower_case_content(corpus.hashes[after], corpus.initials[after])
    return int(np.count_nonzero(content)) >= REPORTED_CONTENT_WORDS


def _verb_first(corpus: TokenisedCorpus, document: int, first: int, end: int) -> bool:
    """Whether the words [first, end) after the last quotation go on with its sentence and a
    reporting word stands among the first VERB_FIRST_WORDS of them: '", a réagi sur X Marine
    Le Pen, triple candidate Rassemblement national à l'élection présidentielle' is the
    attribution however long the speaker's description runs, to its sentence's end; '." He
    said the plant would close ...' is a sentence of the story's own."""
    if sentence_ends(corpus, document, first):
        return False
    return bool(in_sorted(corpus.hashes[first:min(first + VERB_FIRST_WORDS, end)],
                          reporting.ATTRIBUTING).any())


def sentences_over(corpus: TokenisedCorpus, document: int, first: int, end: int) -> int:
    """How many sentences the words [first, end) run over: an attribution is one ('", the
    spokesman said. Rescue teams reached ...' is the story going on)."""
    # (gap g of document d lies before global token g - d: the gaps between the words)
    between = corpus.gaps[first + 1 + document:end + document]
    return 1 + int(np.count_nonzero(between & breaks.SENTENCE_BREAK))


def _stub(corpus: TokenisedCorpus, document: int, first: int, end: int, index: int,
          count: int) -> bool:
    """Whether the words [first, end) outside the quotations are a stub of the outlets' own
    sentences that a match took along: at most STUB_WORDS words ending a sentence before the
    first quotation ('Benedetto XVI. "Con dolore informo ...'), or after the last ('...", ha').
    """
    if end - first > STUB_WORDS or 0 < index < count:
        return False
    return index == count or sentence_ends(corpus, document, end)


def sentence_ends(corpus: TokenisedCorpus, document: int, end: int) -> bool:
    """Whether a sentence ends before global token `end` of `document` (where the first
    quotation opens)."""
    # (gap g of document d lies before global token g - d)
    return bool(corpus.gaps[end + document] & breaks.SENTENCE_BREAK)
