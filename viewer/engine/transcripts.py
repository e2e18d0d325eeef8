"""Stage 5b, a text printed whole: pieces of one speaker's text that one document prints unquoted,
far apart, and other outlets quote, are one statement.

Pure function of the corpus and the statements. A government's site prints the chancellor's
statement whole as a transcript ("Merkel: Meine Damen und Herren, ..."), a company its press note,
the UN its Secretary-General's statement; the outlets each quote the sentences they need. Each
quoted sentence is a statement of its own after clustering, and the sentences the transcript
carries between them, which nobody quotes, keep them apart: farther than the stories stage's
run-on (`viewer.engine.run_on`), and a transcript tells no story. Two statements are one here when:

- one document prints both unquoted, the one at most TRANSCRIPT_GAP_WORDS after the other, nothing
  between that is an outlet's or another speaker's: no quotation mark, no reporting verb
  (`viewer.engine.reporting.CONTINUING`, a function word of the text's own language aside: Dutch
  "dit", which French "dit" is not; nor one the speaker says of themselves, "I can say", a first
  person of the text's own language), no label
  (a colon ending its line, or a few words into it: "Question:", "Okonte:"; in a script without
  spaces any colon, whose words are not counted);
- each of them is quoted in another document, in part at least (what outlets quote is someone's
  words; text several outlets print unquoted is a story, which the stories stage joins by its own
  rules);
- the quotations are attributed to one speaker (`viewer.engine.speakers`): a name in common,
  where the pieces lie over a paragraph break or more than TRANSCRIPT_NEAR_WORDS apart (a page's
  next paragraph may be its own words, "China's foreign ministry also said this morning"); a
  few words apart in one paragraph, at least not two different names (a page of reactions
  printing one speaker's words, then another's, stays two);
- and, further apart than that, none or fewer of the other outlets quoting both print them only
  the other way round than print them in the transcript's order (two things the speaker said, in
  no order, as the remarks stage reads them; one outlet leading with the stronger sentence is its
  choice). A few words apart in one paragraph they are one text whatever order outlets quote
  them in (a ministry's communiqué, "...; nie mamy żadnych dowodów ...; ...").

The joining is transitive, as each piece is near the next in the transcript.
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted, unique_values
from viewer.engine.between_matches import gaps_hold
from viewer.engine.quotation_links import quoted_words
from viewer.engine.remarks import REMARKS_GAP_WORDS
from viewer.engine.speakers import UNKNOWN, quotation_speakers
from viewer.engine.statements import Statements
from viewer.engine.tokens import INITIAL_CAPITAL, TokenisedCorpus

TRANSCRIPT_GAP_WORDS = 250
"""The most words a transcript prints between two pieces that outlets quote (a few paragraphs of
the speaker's text nobody quoted)."""
TRANSCRIPT_NEAR_WORDS = REMARKS_GAP_WORDS
"""Pieces at most this many words apart in one paragraph of the transcript are one text whoever the
quoting outlets name (as near as the remarks stage's pieces reported together)."""


def transcript_pairs(corpus: TokenisedCorpus, statements: Statements) -> np.ndarray:
    """Statement pairs (2 x n) that are pieces of one text printed whole (module docstring)."""
    none = np.zeros((2, 0), dtype=np.int64)
    quotes = (corpus.quote_first, corpus.quote_end)
    if statements.count < 2 or not len(corpus.quote_first):
        return none
    first = corpus.offsets[statements.doc] + statements.first
    end = corpus.offsets[statements.doc] + statements.end
    inside = quoted_words(first, end, quotes)
    # (quoted somewhere, in part at least: 'the Commonwealth stands "ready to assist" in every
    # way possible' gives the words as someone's)
    quoted = inside > 0
    # (statements quoted somewhere: the candidates' pieces)
    quoted_statement = np.zeros(statements.count, dtype=bool)
    quoted_statement[statements.statement[quoted]] = True
    printed = np.flatnonzero((inside == 0) & quoted_statement[statements.statement])
    if len(printed) < 2:
        return none
    # Each document's unquoted prints, in order: a piece and the next one of another statement.
    printed = printed[np.lexsort((first[printed], statements.doc[printed]))]
    left, right = printed[:-1], printed[1:]
    keep = ((statements.doc[left] == statements.doc[right])
            & (statements.statement[left] != statements.statement[right])
            & (first[right] >= end[left])
            & (first[right] - end[left] <= TRANSCRIPT_GAP_WORDS))
    left, right = left[keep], right[keep]
    if not len(left):
        return none
    between = np.array([_speaker_text_between(corpus, int(first[one]), int(end[one]),
                                              int(first[other]))
                        for one, other in zip(left.tolist(), right.tolist(), strict=True)],
                       dtype=bool)
    left, right = left[between], right[between]
    if not len(left):
        return none
    # (in one paragraph and a few words apart, nothing between but the speaker's words, the
    # pieces are one text whoever the outlets name; further apart the outlets must name one
    # speaker: a page's next paragraph may be its own words, "China's foreign ministry also
    # said this morning")
    near = ((first[right] - end[left] <= TRANSCRIPT_NEAR_WORDS)
            & ~gaps_hold(corpus, end[left], first[right], breaks.NEWLINE))
    earlier, later = statements.statement[left], statements.statement[right]
    speakers = _speakers_by_statement(corpus, statements, first, end, quoted,
                                      unique_values(np.concatenate((earlier, later))))
    chosen = np.zeros(len(left), dtype=bool)
    for k, (one, other) in enumerate(zip(earlier.tolist(), later.tolist(), strict=True)):
        named_one, named_other = speakers.get(one, set()), speakers.get(other, set())
        if named_one and named_other and not named_one & named_other:
            continue  # (a name on each side and none in common: two speakers, however close)
        chosen[k] = bool(near[k]) or (
            bool(named_one & named_other)
            and _in_order_elsewhere(statements, one, other, int(statements.doc[left[k]])))
    return np.unique(np.stack((np.minimum(earlier[chosen], later[chosen]),
                               np.maximum(earlier[chosen], later[chosen]))),
                     axis=1).astype(np.int64)


def _in_order_elsewhere(statements: Statements, earlier: int, later: int, printer: int) -> bool:
    """Whether, of the other documents carrying both statements, none or fewer print them only
    the other way round than print an occurrence of `earlier` before one of `later`, as the
    document `printer` does (as many either way: no): outlets quoting them mostly the other way
    round report two things the speaker said, in no order (as `viewer.engine.remarks` reads
    them); one leading with the strongest sentence is one outlet's choice."""
    def rows_of(statement: int) -> np.ndarray:
        # (Statements are sorted by statement: its rows are one slice)
        low = int(np.searchsorted(statements.statement, statement, side="left"))
        high = int(np.searchsorted(statements.statement, statement, side="right"))
        rows = np.arange(low, high)
        return np.asarray(rows[statements.doc[rows] != printer])

    one, other = rows_of(earlier), rows_of(later)
    in_order = other_way = 0
    for document in np.intersect1d(statements.doc[one], statements.doc[other]).tolist():
        first_of_one = statements.first[one[statements.doc[one] == document]].min()
        last_of_other = statements.first[other[statements.doc[other] == document]].max()
        if first_of_one < last_of_other:
            in_order += 1
        else:
            other_way += 1
    return other_way == 0 or in_order > other_way


def _speaker_text_between(corpus: TokenisedCorpus, piece: int, end: int, first: int) -> bool:
    """Whether global tokens [end, first) of one document, after a piece starting at `piece`,
    are more of the speaker's text: no quotation mark, reporting verb or colon (module
    docstring). A reporting verb of one language that is a function word of the text's own
    (French "dit", Dutch "this") is none."""
    document = corpus.document_at(int(end))
    gaps = corpus.gaps[end + document:first + document + 1]
    if (gaps & breaks.QUOTE).any():
        return False
    # (the text's language read from the piece and the words after it)
    words = corpus.hashes[piece:first]
    language = int(reporting.language_of(words, np.zeros(len(words), dtype=np.int64), 1)[0])
    verbs = (in_sorted(words, reporting.CONTINUING)
             & ~reporting.function_of_language(words, language))
    # (the speaker's own "I can say", "as we said": no outlet's attribution)
    first_person = (in_sorted(words, _FIRST_PERSON[reporting.LANGUAGES[language]])
                    if language >= 0 and reporting.LANGUAGES[language] in _FIRST_PERSON
                    else np.zeros(len(words), dtype=bool))
    # (English "I" is written so: a lower-case "i" is another language's word, Italian's "the")
    first_person &= ~(in_sorted(words, _CAPITAL_I)
                      & ((corpus.initials[piece:first] & INITIAL_CAPITAL) == 0))
    for back in range(1, FIRST_PERSON_REACH + 1):
        verbs[back:] &= ~first_person[:-back]
    if verbs[end - piece:].any():
        return False
    text = corpus.texts[document]
    start = int(corpus.ends[end - 1]) if end > corpus.offsets[document] else 0
    stop = int(corpus.starts[first]) if first < corpus.offsets[document + 1] else len(text)
    return not any(_labels(text, colon.start())
                   for colon in _COLON.finditer(text, start, stop))


_FIRST_PERSON = {language: reporting.hashes_of(words) for language, words in {
    "en": "i ive we weve", "fr": "je jai", "de": "ich wir", "it": "io noi", "es": "yo nosotros",
    "pt": "eu", "nl": "ik wij we", "pl": "ja my", "id": "saya kami kita", "tr": "ben biz"}.items()}
"""First-person subject pronouns of each language (normalised: "I've" is "ive", "j'ai" is
"jai") before a reporting verb, asked in the text's own language: the speaker speaking of their
own words ("I can say", "como eu disse"). Polish "i" is "and", Dutch "je" is "you"; those that
are objects too are not listed (French "nous a expliqué", Spanish "nos dijo")."""
_CAPITAL_I = reporting.hashes_of("i ive")
FIRST_PERSON_REACH = 2
"""How many words before a reporting verb its first-person subject may stand ("I can say")."""
_COLON = re.compile("[:：](?![0-9])")
"""A colon, not one inside a number ("10:30")."""
LABEL_WORDS = 4
"""A colon this many words or fewer into a line labels what follows ("Question:", "Angela Merkel:",
"Full statement:")."""


def _labels(text: str, colon: int) -> bool:
    """Whether the colon at `colon` labels a turn or introduces the next paragraph: it ends its
    line, or stands LABEL_WORDS words or fewer into it ("... and I add: not least me" is the
    speaker's own sentence)."""
    line_start = text.rfind("\n", 0, colon) + 1
    line_end = text.find("\n", colon)
    after = text[colon + 1:line_end if line_end >= 0 else len(text)]
    return not after.strip() or len(text[line_start:colon].split()) <= LABEL_WORDS


def _speakers_by_statement(corpus: TokenisedCorpus, statements: Statements, first: np.ndarray,
                           end: np.ndarray, quoted: np.ndarray,
                           asked: np.ndarray) -> dict[int, set[int]]:
    """For the statements `asked`, the speakers their quoted occurrences' first quotations are
    attributed to (UNKNOWN left out)."""
    rows = np.flatnonzero(quoted & np.isin(statements.statement, asked))
    at = corpus.first_quotations(first[rows], end[rows])
    rows, at = rows[at >= 0], at[at >= 0]
    quotations, back = np.unique(at, return_inverse=True)
    names = quotation_speakers(corpus, quotations)[back.reshape(-1)]
    speakers: dict[int, set[int]] = {}
    for statement, name in zip(statements.statement[rows].tolist(), names.tolist(), strict=True):
        if name != UNKNOWN:
            speakers.setdefault(statement, set()).add(name)
    return speakers
