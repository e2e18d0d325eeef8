"""Stage 5c2, attribution alone: a statement that is, in every document carrying it, nothing but the
attribution after a quotation is nobody's statement, and is dropped.

Pure function of the corpus, the statements and the quotations. Outlets quoting one spokesperson
name her the same way after different quotations: '"...", sagte Franz Ruf, Generaldirektor für die
öffentliche Sicherheit im österreichischen Innenministerium'; '"...", agregó el ente investigador
en un comunicado'. The words the two outlets share are the speaker's name and title, long enough to
be a match, and outside the quotations, so the quotations stage (`inner_attributions`) has nothing
to take them from: the passage would link two outlets by who spoke, not by what was said, and its
highlight holds no one's words. An occurrence is attribution alone when it holds no quoted word, is
part of one sentence of at most ATTRIBUTION_WORDS words, starts right after a quotation's last word
in that sentence, and has a reporting word among its first VERB_FIRST_WORDS words after which the
sentence goes on with no comma (a language that names the speaker before the quotation ends the
attribution with its verb: '" dedi, İmamoğlu'nun evinde ise arama yapılıyor' is the story's) and
with fewer than REPORTED_CONTENT_WORDS words of the outlet's own saying something, numbers among
them (a speaker, a title, a time and a place; not 'police said on Wednesday as rescuers recovered
twelve more bodies from the rubble', 'but said the toll of twelve dead would rise further': a
review). A statement with one occurrence that is more (the outlet's story around the name, a
quotation) is kept whole: there the attribution is part of text the outlets share. A lead before a
quotation ('Police spokeswoman Erika Landry told reporters:') is not asked: what was said in the
outlet's words before its quotation ('Police said the death toll had risen to twelve overnight and
added:') is told from an attribution too unreliably (a review).
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted, overlap_runs
from viewer.engine.inner_attributions import (
    ATTRIBUTION_WORDS,
    REPORTED_CONTENT_WORDS,
    VERB_FIRST_WORDS,
    lower_case_content,
    sentence_ends,
    sentences_over,
)
from viewer.engine.quotation_links import quoted_words
from viewer.engine.statements import Statements, carried_twice
from viewer.engine.tokens import INITIAL_DIGIT, TokenisedCorpus


def without_attribution_passages(corpus: TokenisedCorpus, statements: Statements,
                                 quotes: tuple[np.ndarray, np.ndarray]) -> Statements:
    """`statements` without those whose every occurrence is attribution alone (module
    docstring); sorted as before."""
    if not len(statements) or not len(quotes[0]):
        return statements
    alone = attribution_alone(corpus, statements, quotes)
    if not alone.any():
        return statements
    # (a statement goes when none of its occurrences is more than attribution)
    more = np.zeros(statements.count, dtype=bool)
    more[statements.statement[~alone]] = True
    kept = more[statements.statement]
    return carried_twice(Statements(statements.statement[kept], statements.doc[kept],
                                    statements.first[kept], statements.end[kept]))


def attribution_alone(corpus: TokenisedCorpus, statements: Statements,
                      quotes: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Whether each occurrence of `statements` is attribution alone (module docstring)."""
    doc = statements.doc
    first = corpus.offsets[doc] + statements.first
    end = corpus.offsets[doc] + statements.end
    _, _, quote_end = overlap_runs(*quotes)
    # (one sentence, short, no quoted word)
    asked = np.flatnonzero((end - first <= ATTRIBUTION_WORDS)
                           & (quoted_words(first, end, quotes) == 0))
    found = np.zeros(len(statements), dtype=bool)
    for k in asked.tolist():
        low, high, document = int(first[k]), int(end[k]), int(doc[k])
        before = int(np.searchsorted(quote_end, low, side="right")) - 1
        found[k] = (before >= 0 and int(quote_end[before]) == low
                    and sentences_over(corpus, document, low, high) == 1
                    and not sentence_ends(corpus, document, low)
                    and _tail_attributes(corpus, document, low, corpus.hashes[low:high]))
    return found


def _tail_attributes(corpus: TokenisedCorpus, document: int, low: int,
                     words: np.ndarray) -> bool:
    """Whether the words `words` from global token `low`, right after a quotation, are its
    attribution: a reporting word among the first VERB_FIRST_WORDS, and the sentence not going
    on past it with a clause of the outlet's own. A language that puts the speaker before the
    quotation ends the attribution with its verb, and what follows a comma there is the story's
    ('"Gözaltına alınıyorum" dedi, İmamoğlu'nun evinde ise arama yapılıyor': the search at the
    mayor's home, which two outlets share); a speaker named after the verb ('", a mentionné
    Érika Landry, porte-parole du ...') is the attribution still."""
    reporting_at = np.flatnonzero(in_sorted(words[:VERB_FIRST_WORDS], reporting.ATTRIBUTING))
    if not len(reporting_at):
        return False
    last = int(reporting_at[-1])
    if last + 1 >= len(words):
        return True
    # (gap g of document d lies before global token g - d)
    if corpus.gaps[low + last + 1 + document] & breaks.CLAUSE:
        return False
    # (a speaker, a title, a time and a place are few words in lower case beyond the stock
    # and attributing vocabulary; a clause of the story has more: 'police said on Wednesday as
    # rescuers recovered twelve more bodies from the rubble', 'a déclaré la police alors que
    # douze corps ont été retirés des décombres' -- a review)
    # (a number counts: stock vocabulary, it is what a story says, 'the toll of twelve dead',
    # 'während zwölf Leichen geborgen wurden'; a speaker's title holds none)
    after = slice(low + last + 1, low + len(words))
    hashes = corpus.hashes[after]
    content = ((lower_case_content(hashes, corpus.initials[after])
                & ~in_sorted(hashes, reporting.ATTRIBUTING) & ~in_sorted(hashes, reporting.TITLES))
               | ((corpus.initials[after] & INITIAL_DIGIT) != 0) | in_sorted(hashes, _NUMBERS))
    return int(np.count_nonzero(content)) < REPORTED_CONTENT_WORDS


_NUMBERS = reporting.hashes_of("2 3 4 5 6 7 8 9 10 11 12")
"""The numbers two to twelve, which their words in eleven languages are (`viewer.number_words`)."""

