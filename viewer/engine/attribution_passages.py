"""Stage 5c2, attribution alone: a statement that is, in every document carrying it, nothing but the
attribution of a quotation next to it is nobody's statement, and is dropped.

Pure function of the corpus, the statements and the quotations. Outlets quoting one spokesperson
name her the same way after different quotations: '« ... », a mentionné Érika Landry, porte-parole
du Service de police de Laval' and '« ... », a précisé Erika Landry, porte-parole du Service de
police de Laval'; '"...", sagte Franz Ruf, Generaldirektor für die öffentliche Sicherheit im
österreichischen Innenministerium'. The words the two outlets share are the speaker's name and
title, long enough to be a match, and outside the quotations, so the quotations stage
(`inner_attributions`) has nothing to take them from: the passage would link two outlets by who
spoke, not by what was said, and its highlight holds no one's words. An occurrence is attribution
alone when it holds no quoted word, is one sentence or part of one of at most ATTRIBUTION_WORDS
words, and either follows a quotation's last word in its sentence with a reporting word among its
first VERB_FIRST_WORDS words, the sentence not going on past it after a comma (the tail: '", sagte
...'; not '" dedi, İmamoğlu'nun evinde ise arama yapılıyor'), or runs up to a quotation's first
word in its sentence holding a reporting word after which come nothing or the circumstances of
saying, not what was said in the outlet's words (the lead: '... porte-parole du Service de police,
a déclaré : « ', 'Police spokeswoman Erika Landry told reporters on Wednesday: "'; not 'The
commissioner said it was too early to determine a motive and that it was, "', `_lead_attributes`).
A statement with one occurrence that is more (the outlet's story around the name, a quotation) is
kept whole: there the attribution is part of text the outlets share.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted, overlap_runs
from viewer.engine.inner_attributions import (
    ATTRIBUTION_WORDS,
    REPORTED_OPENINGS,
    VERB_FIRST_WORDS,
    reports_content,
)
from viewer.engine.quotation_links import quoted_words
from viewer.engine.statements import Statements, carried_twice
from viewer.engine.tokens import TokenisedCorpus


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
    _, quote_first, quote_end = overlap_runs(*quotes)
    # (one sentence, short, no quoted word)
    asked = np.flatnonzero((end - first <= ATTRIBUTION_WORDS)
                           & (quoted_words(first, end, quotes) == 0))
    found = np.zeros(len(statements), dtype=bool)
    for k in asked.tolist():
        low, high, document = int(first[k]), int(end[k]), int(doc[k])
        # (gap g of document d lies before global token g - d: the gaps between its words)
        if (corpus.gaps[low + 1 + document:high + document] & breaks.SENTENCE_BREAK).any():
            continue
        words = corpus.hashes[low:high]
        before = int(np.searchsorted(quote_end, low, side="right")) - 1
        tail = (before >= 0 and int(quote_end[before]) == low
                and not corpus.gaps[low + document] & breaks.SENTENCE_BREAK
                and _tail_attributes(corpus, document, low, words))
        after = int(np.searchsorted(quote_first, high, side="left"))
        lead = (after < len(quote_first) and int(quote_first[after]) == high
                and not corpus.gaps[high + document] & breaks.SENTENCE_BREAK
                and _lead_attributes(corpus, low, high))
        found[k] = tail or lead
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
    # (gap g of document d lies before global token g - d)
    return last + 1 >= len(words) or not (
        corpus.gaps[low + last + 1 + document] & breaks.CLAUSE)


def _lead_attributes(corpus: TokenisedCorpus, low: int, high: int) -> bool:
    """Whether the words [low, high) (global tokens), right before a quotation, are its
    attribution: a reporting word, and after the last one nothing or the circumstances of saying
    ("told reporters on Wednesday:", "a déclaré aux journalistes :"), not what was said in the
    outlet's words, which opens with "that" or a subject ("said it was too early to determine a
    motive and that it was", `inner_attributions.REPORTED_OPENINGS`) or runs on with its content
    (`inner_attributions.reports_content`)."""
    words = corpus.hashes[low:high]
    reporting_at = np.flatnonzero(in_sorted(words, reporting.ATTRIBUTING))
    if not len(reporting_at):
        return False
    opening = words[int(reporting_at[-1]) + 1:int(reporting_at[-1]) + 2]
    return not (in_sorted(opening, REPORTED_OPENINGS).any() or reports_content(corpus, low, high))
