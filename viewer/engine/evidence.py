"""Content words: how much of a short match is more than the wording every news story uses.

Pure function of the corpus and some token ranges. Two articles about different events share
stock text all the time: "..., the news agency reported.", "officials said on Tuesday", "did
not immediately respond to a request for comment". An exact match of six or eight such words is
no evidence that the articles carry one statement, nor is one of time expressions and the
commonest nouns ("in the early hours of this morning", "millions of people across the world");
a match carrying a few words that are neither function words, nor the vocabulary of
attribution, titles, dates and times, nor the commonest nouns, nor found in many of the
corpus's documents ("more than a dozen ballistic missiles", a name and a place) is. Inside
quotation marks the commonest nouns are a statement's words ("a man of the people"). A short
match whose content words are all names and titles (written with a capital: "President X said
on Wednesday", "Selva Hydro did not immediately respond to a request for comment") is the
outlets' formula, not a statement, while "Iran said it would not seek war" is one
(`viewer.engine.name_words`, which also tells a German noun from a name).

The vocabulary (`viewer.engine.reporting`) is that of news text in English, French, Spanish,
Italian, German, Portuguese, Russian, Dutch, Indonesian, Hindi, Arabic, Polish and Turkish ("a
déclaré mardi le Premier ministre belge", "morts et des dizaines de blessés", "заявил Сергей Лавров"
are formulas too). In other languages a word counts as content unless the corpus's documents
commonly carry it, and quotation marks and the n-gram document frequencies of
`viewer.engine.index` do the rest.
"""

from __future__ import annotations

from difflib import SequenceMatcher

import numpy as np

from viewer.engine import reporting
from viewer.engine.arrays import flat_ranges, in_sorted, unique_values, within
from viewer.engine.chance import in_long_texts
from viewer.engine.clause_extent import (
    dangling,
    ends_sentence,
    inside_quotes,
    one_speakers_words,
    same_opening,
    starts_clause,
    whole_clause,
    whole_quotation,
)
from viewer.engine.contractions import spelled_out
from viewer.engine.event_bridges import feeling_words, figures_tell_apart
from viewer.engine.event_cores import lone_of_another_event
from viewer.engine.event_groups import by_group
from viewer.engine.event_names import name_nothing_alike, two_events
from viewer.engine.matches import PairMatches
from viewer.engine.name_words import (
    CONTENT_WORDS_FOR_EVIDENCE as CONTENT_WORDS_FOR_EVIDENCE,
)
from viewer.engine.name_words import names_only
from viewer.engine.repeated_phrases import printed_again
from viewer.engine.tokens import TokenisedCorpus
from viewer.engine.unspaced_formulas import formulas_only
from viewer.engine.word_documents import in_more_documents
from viewer.normalize import normalize_words

CONTENT_WORDS_FOR_QUOTED_EVIDENCE = 1
"""A quoted fragment is evidence with one word that is not function, reporting, date or title
vocabulary ("All is well!", "a man of the people"), never with none ("the three the"); how
common it is does not matter, the quotation marks are the evidence."""
FEELINGS_FOR_QUOTED_EVIDENCE = 2
"""A quoted fragment of words of feeling alone ("sad, shocked and heartbroken") is evidence with
this many of them, between two documents that share a longer match: their own event's words, where
between two events' coverage they are one condolence formula ("shocked and saddened")."""
QUOTED_SENTENCE_WORDS = 6
"""A quotation of this many words or more is evidence whatever its words ("We will do what we
have to do")."""
SHORT_MATCH_MAX_DOCUMENTS = 30
"""A short unquoted match links only when it is exact (an edited short match, "the Buliku
Ministry of Defence said" / "the Hosujo Ministry of Defence said", is a formula with the name
changed) and each of its n-grams is found in at most this many documents (a stock expression
is in more, even with a coincidental word at its edge)."""
CONTENT_WORD_MAX_DOCUMENTS = 60
CONTENT_WORD_MAX_SHARE = 0.2
"""A word found in more documents than both of these (a count, a share of the corpus) is part
of the corpus's common wording ("United", "House" in a corpus of many events); the share is
large, so that the words of one big event's own statements still count."""


def stock_words(hashes: np.ndarray) -> np.ndarray:
    """Whether each word hash (of one stretch of text) is stock vocabulary of news text
    (`viewer.engine.reporting.stock`)."""
    return reporting.stock(hashes)


def content_words(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray, *,
                  rare_only: bool = True, quoted: bool = False,
                  attributing: bool = True) -> np.ndarray:
    """For each global token range [first, end), how many of its tokens are content words:
    not stock vocabulary (`viewer.engine.reporting`: function words, reporting, dates and
    times, numbers, titles, and, unless `quoted`, the commonest nouns of news text; unless
    `attributing`, verbs that attribute with their subject beside them either, "a poursuivi le
    chef de l'Etat": `_attributing_verbs`), and (with `rare_only`) not found in more documents
    than the corpus's common wording is."""
    owner, positions = flat_ranges(firsts, ends)
    if not len(positions):
        return np.zeros(len(firsts), dtype=np.int64)
    words = corpus.hashes[positions]
    candidate = ~reporting.stock(words, owner, len(firsts))
    if quoted:
        candidate |= in_sorted(words, reporting.COMMON)
    if not attributing:
        candidate &= ~_attributing_verbs(words, owner)
    if not rare_only:
        return np.bincount(owner[candidate], minlength=len(firsts)).astype(np.int64)
    wanted = unique_values(words[candidate])
    limit = max(CONTENT_WORD_MAX_DOCUMENTS, CONTENT_WORD_MAX_SHARE * len(corpus))
    frequent = wanted[in_more_documents(corpus, wanted, limit)]
    content = candidate & ~in_sorted(words, frequent)
    return np.bincount(owner[content], minlength=len(firsts)).astype(np.int64)


ATTRIBUTING_REACH = 3
"""A verb of attribution attributes where a title or a pronoun stands this many words from it at
most, in its range ("a poursuivi le chef de l'Etat"; not "le chef de l'État a déploré", five
words apart, nor "vervolgt de man, zei een woordvoerder", where the verb is the sentence's)."""


def _attributing_verbs(words: np.ndarray, owner: np.ndarray) -> np.ndarray:
    """Whether each word (hash; of ranges `owner`) is a verb of attribution (`reporting.
    CONTINUING`, no false friend) with a title or a pronoun near it in its range: the subject it
    attributes a quotation to. The same verb with nobody beside it ("La ricerca continua") is
    the sentence's own."""
    verb = in_sorted(words, reporting.CONTINUING) & ~reporting.false_friends(words)
    if not verb.any():
        return np.asarray(verb)
    person = in_sorted(words, reporting.TITLES) | in_sorted(words, reporting.PRONOUNS)
    near = np.zeros(len(words), dtype=bool)
    for shift in range(1, ATTRIBUTING_REACH + 1):
        same = owner[shift:] == owner[:-shift]
        near[shift:] |= person[:-shift] & same
        near[:-shift] |= person[shift:] & same
    return np.asarray(verb & near)


def weak_short_matches(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray, *,
                       exact: np.ndarray, quoted: np.ndarray, fragment: np.ndarray,
                       most_documents: np.ndarray,
                       other_side: tuple[np.ndarray, np.ndarray] | None = None,
                       lonely: np.ndarray | None = None,
                       quotes: tuple[np.ndarray, np.ndarray] | None = None,
                       apart: np.ndarray | None = None,
                       groups: np.ndarray | None = None) -> np.ndarray:
    """Which short matches (global token ranges of one side) are no evidence of a shared
    statement: an unquoted one unless exact, made of n-grams few documents carry, holding
    CONTENT_WORDS_FOR_EVIDENCE rare content words and not names and stock words only, and, where its
    two documents share no longer match (`lonely`), not ending on a function word inside its clause
    in both (`dangling`); a short quoted fragment (`fragment`) with no word beyond stock vocabulary,
    or, between documents sharing nothing longer or of two groups, none beyond a word of feeling and
    stock words ("vicino alle famiglie": a condolence formula; but for FEELINGS_FOR_QUOTED_EVIDENCE
    words of feeling, where the two documents share more), or between two documents that long
    matches do not connect, even through others (two groups, a group and a document linked to no
    other, or two such documents: `apart`), whose two documents name nothing alike (an idiom two
    events' speakers say, `event_names.name_nothing_alike`), or, shorter than QUOTED_SENTENCE_WORDS,
    one thing alike at most ("stand ready to", two events' documents both naming the United States),
    or whose words stand in three groups of documents or more (`groups`: a phrase of news, "loss of
    life", `event_names.common_phrase`) and whose two documents name few things alike
    (`event_names.names_little_alike`). Other quoted matches are evidence (the quotation marks are)
    where a whole clause on one side; where the documents share nothing longer (`lonely`), a whole
    clause on both, or a whole sentence on one and starting a clause on both (a quotation cut
    short), or a whole quotation (`quotes`) on one, or the same opening of a quotation on both
    (`clause_extent.same_opening`), or in quotations of one named speaker; others are judged as
    unquoted words are. Between documents sharing nothing longer or of two groups, no match is
    evidence whose letters are a set phrase of apology or condolence in a script without spaces
    ("誠に申し訳ございませんでした": `viewer.engine.unspaced_formulas`)."""
    worded = content_words(corpus, firsts, ends, rare_only=False)
    # (words two quotations share in their middles, "... family. Our hearts go out to ...",
    # are no quotation's; nor, between documents sharing nothing longer, words one goes on to
    # in its own clause: '"... an outcome at the end of the day"', '"At the end of the day,
    # my ..."' share an idiom)
    same_speaker = np.zeros(0, dtype=np.int64)
    here = whole_clause(corpus, firsts, ends)
    there = whole_clause(corpus, *other_side) if other_side else here
    clause = here | there
    if lonely is not None and quotes is not None and other_side is not None:
        strict = np.flatnonzero(lonely & ~fragment)
        first, end = firsts[strict], ends[strict]
        other_first, other_end = other_side[0][strict], other_side[1][strict]
        # (a quotation cut short: starting a clause on both sides, and on one a whole
        # sentence or quotation, not a clause a comma ends: '"At the end of the day, my ...')
        cut_short = (starts_clause(corpus, first) & starts_clause(corpus, other_first)
                     & ((here[strict] & ends_sentence(corpus, end))
                        | (there[strict] & ends_sentence(corpus, other_end))))
        clause[strict] = ((here & there)[strict] | cut_short
                          | whole_quotation(quotes, first, end)
                          | whole_quotation(quotes, other_first, other_end)
                          | same_opening(corpus, quotes, (first, end, other_first, other_end)))
        # (or the words of one speaker the two name, each outlet cutting them its own way:
        # asked last, of those that are no evidence as words out of quotation marks either)
        same_speaker = strict[~clause[strict] & quoted[strict]]
    quoted = quoted & clause
    unquoted = ~fragment & ~quoted
    weak = unquoted & (~exact | (most_documents > SHORT_MATCH_MAX_DOCUMENTS)
                       | (worded < CONTENT_WORDS_FOR_EVIDENCE))
    if lonely is not None:
        ask = np.flatnonzero(unquoted & lonely & ~weak)
        weak[ask] = dangling(corpus, firsts[ask], ends[ask]) & (
            dangling(corpus, other_side[0][ask], other_side[1][ask]) if other_side else True)
    short_fragment = np.flatnonzero(fragment & (ends - firsts < QUOTED_SENTENCE_WORDS))
    weak[short_fragment] = (content_words(corpus, firsts[short_fragment], ends[short_fragment],
                                          rare_only=False, quoted=True)
                            < CONTENT_WORDS_FOR_QUOTED_EVIDENCE)
    # (words of feeling with stock words alone, "vicino alle famiglie", "with the families",
    # between documents sharing nothing longer: a condolence formula, judged as words of
    # feeling are)
    formula = short_fragment[~weak[short_fragment]]
    # (between documents sharing nothing longer, or of two groups: within one event's coverage
    # two outlets quoting "thoughts are with the families" alike are linked)
    unlinked = None if lonely is None else (lonely | apart if apart is not None else lonely)
    if unlinked is not None:
        formula = formula[unlinked[formula]]
    weak[formula[(feeling_words(corpus, firsts[formula], ends[formula]) > 0)
                 & (content_words(corpus, firsts[formula], ends[formula], rare_only=False)
                    == 0)]] = True
    if lonely is not None and unlinked is not None:
        felt = short_fragment[weak[short_fragment] & ~lonely[short_fragment]]
        weak[felt] = (feeling_words(corpus, firsts[felt], ends[felt])
                      < FEELINGS_FOR_QUOTED_EVIDENCE)
        # (set phrases of apology and condolence in a script without spaces, between documents
        # sharing nothing longer or of two groups: "申し訳ございませんでした" said of two events)
        ask = np.flatnonzero(~weak & unlinked)
        weak[ask] = formulas_only(corpus, firsts[ask], ends[ask])
    if apart is not None and other_side is not None and apart.any():
        # (a quoted phrase between two documents that long matches do not connect, even
        # through others, whose two documents name nothing alike: two events' speakers saying
        # one idiom, "the right thing to do")
        ask = np.flatnonzero(fragment & apart & ~weak)
        pairs = (corpus.document_of(firsts[ask]), corpus.document_of(other_side[0][ask]))
        # (documents in a script without capitals name nothing that can be told: their figures
        # tell two events, as for a short sentence between groups, `event_bridges`; "知らなかった"
        # quoted of a talent agency's abuse scandal and of a car dealer's insurance fraud)
        unnamed = figures_tell_apart(corpus, *pairs)
        if groups is None:
            weak[ask] = name_nothing_alike(corpus, *pairs, (firsts[ask], ends[ask])) | unnamed
        else:
            # (nor a short phrase between two that name one thing alike at most, "stand ready
            # to"; nor a phrase of news every event's speakers say, "loss of life", found in
            # three groups or more: between two of them that name few things alike it says
            # nothing of one statement)
            two = two_events(corpus, *pairs, (firsts[ask], ends[ask]), groups,
                             ends[ask] - firsts[ask] < QUOTED_SENTENCE_WORDS) | unnamed
            # (a pair too short of names or figures to tell follows the verdict on the same
            # words with another document of the other's group: `event_groups`)
            weak[ask] = by_group(corpus, *pairs, (firsts[ask], ends[ask]),
                                 (other_side[0][ask], other_side[1][ask]), groups, two)
    if apart is not None and groups is not None and other_side is not None and apart.any():
        # (unquoted words between a document linked to no other and a group, the lone one
        # naming little of what most of the group's documents name: two crime stories of one
        # city sharing "juge des libertés et de la détention", `event_cores`)
        ask = np.flatnonzero(unquoted & apart & ~weak)
        weak[ask] = lone_of_another_event(corpus, corpus.document_of(firsts[ask]),
                                          corpus.document_of(other_side[0][ask]), groups)
    # How common the words are, and formulas, are asked only of the matches still standing.
    ask = np.flatnonzero(unquoted & ~weak)
    weak[ask] = ((content_words(corpus, firsts[ask], ends[ask]) < CONTENT_WORDS_FOR_EVIDENCE)
                 | names_only(corpus, firsts[ask], ends[ask]))
    if other_side is not None and len(same_speaker := same_speaker[weak[same_speaker]]):
        weak[same_speaker] = ~one_speakers_words(
            corpus, firsts[same_speaker], ends[same_speaker], other_side[0][same_speaker],
            other_side[1][same_speaker])
    return np.asarray(weak, dtype=bool)


REWORDED_RUN_WORDS = 2
"""Two versions of a text are reworded where a run of this many words or more on either side
has no counterpart on the other ("in much of the rubble and that is the priority" / "in the
rubble, and that is being prioritised"); an outlet's light edit changes, drops or adds a word
here and there ("Mr Correa" / "Correa")."""


def reworded(corpus: TokenisedCorpus, firsts_a: np.ndarray, ends_a: np.ndarray,
             firsts_b: np.ndarray, ends_b: np.ndarray) -> np.ndarray:
    """For each match (global token ranges of its two sides), whether its sides are reworded
    (REWORDED_RUN_WORDS): two translations of one quote rather than one text lightly edited.
    Sides that differ by one word changed, dropped or added are answered in array operations;
    the others get a Python alignment each: ask it of few, short matches."""
    found = np.zeros(len(firsts_a), dtype=bool)
    hashes = corpus.hashes
    short_first = np.where(ends_a - firsts_a <= ends_b - firsts_b, firsts_a, firsts_b)
    long_first = np.where(ends_a - firsts_a <= ends_b - firsts_b, firsts_b, firsts_a)
    short = np.minimum(ends_a - firsts_a, ends_b - firsts_b)
    extra = np.abs((ends_a - firsts_a) - (ends_b - firsts_b))
    settled = np.zeros(len(firsts_a), dtype=bool)
    for added in (0, 1):
        # (the shorter side against the longer aligned at its start, and at its end: one
        # word changed, or one word more in the longer side)
        ask = np.flatnonzero(extra == added)
        owner, at = flat_ranges(short_first[ask], short_first[ask] + short[ask])
        index = at - np.repeat(short_first[ask], short[ask])
        shift = np.repeat(long_first[ask] - short_first[ask], short[ask])
        at_start = hashes[at] != hashes[at + shift]
        at_end = hashes[at] != hashes[at + shift + added]
        prefix = short[ask].copy()
        np.minimum.at(prefix, owner[at_start], index[at_start])
        last_differing = np.full(len(ask), -1, dtype=np.int64)
        np.maximum.at(last_differing, owner[at_end], index[at_end])
        # one word apart: every difference aligned at the end lies at or before the first
        # aligned at the start (changed: at it; dropped: before it)
        settled[ask] = last_differing + added <= prefix
    for k in np.flatnonzero(~settled).tolist():
        side_a = hashes[int(firsts_a[k]):int(ends_a[k])].tolist()
        side_b = hashes[int(firsts_b[k]):int(ends_b[k])].tolist()
        found[k] = any(
            tag != "equal" and max(a1 - a0, b1 - b0) >= REWORDED_RUN_WORDS
            and not _contraction(corpus, (int(firsts_a[k]), int(firsts_b[k])),
                                 (int(firsts_a[k]) + a0, int(firsts_a[k]) + a1),
                                 (int(firsts_b[k]) + b0, int(firsts_b[k]) + b1))
            for tag, a0, a1, b0, b1 in SequenceMatcher(None, side_a, side_b,
                                                        autojunk=False).get_opcodes())
    return found


def _contraction(corpus: TokenisedCorpus, sides: tuple[int, int], one: tuple[int, int],
                 other: tuple[int, int]) -> bool:
    """Whether two differing runs (global token ranges, one of them maybe empty) of a match
    whose sides start at global tokens `sides` are the same words, one with English
    contractions or Italian and French elisions ("we're" / "we are", "dell’anno" / "della
    anno"): a light edit, no rewording."""
    texts = [corpus.texts[int(document)] for document in corpus.document_of(np.array(sides))]
    raw = [[source[int(corpus.starts[at]):int(corpus.ends[at])] for at in range(*run)]
           for source, run in zip(texts, (one, other), strict=True)]
    words = [normalize_words(tokens) for tokens in raw]
    return (spelled_out(words[0], words[1], raw[0])
            or spelled_out(words[1], words[0], raw[1]))


def stock_matches(corpus: TokenisedCorpus, matches: PairMatches, equal_words: np.ndarray,
                  statement_words: int, quotes: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Which matches of fewer than twice `statement_words` equal words are stock wording (or a
    document's name for a thing, printed again elsewhere in it: `repeated_phrases`): a
    stock phrase ("did not immediately respond to a request for comment") can run to ten words
    or more; most n-grams of it are then in many documents, unlike a statement quoted by one
    event's outlets (wire copy that many reprint runs far longer); and attribution and hedging
    alone ("officials said on Tuesday that it was not immediately clear") carry no content
    words, or names and titles only ("Selva Hydro, did not immediately respond to a request for
    comment"). A quotation both outlets give is never stock, where a whole clause or quotation
    on one side at least."""
    first_a, end_a, first_b, end_b = matches.global_ranges(corpus.offsets)
    stock = ~matches.quoted & (equal_words < 2 * statement_words)
    ask = np.flatnonzero(stock)
    worded = content_words(corpus, first_a[ask], end_a[ask], rare_only=False, attributing=False)
    stock[ask] = ((matches.documents[ask] > SHORT_MATCH_MAX_DOCUMENTS)
                  | (worded < CONTENT_WORDS_FOR_EVIDENCE))
    ask = ask[~stock[ask]]
    stock[ask] = names_only(corpus, first_a[ask], end_a[ask])
    # (and, between news articles, unquoted words one side's document prints twice in its
    # story: how it names a thing, "bom bunuh diri di Gereja Katedral Makassar",
    # `repeated_phrases`; a book says its phrases again, and a quotation printed twice is a
    # pull quote)
    ask = ask[~stock[ask]]
    ask = ask[~in_long_texts(corpus, matches.doc_a[ask], matches.doc_b[ask])
              & ~within(first_a[ask], end_a[ask], *quotes)
              & ~within(first_b[ask], end_b[ask], *quotes)]
    # (both sides asked in one call: each document's windows are counted once)
    again = printed_again(corpus, np.concatenate((first_a[ask], first_b[ask])),
                          np.concatenate((end_a[ask], end_b[ask])))
    stock[ask] = again[:len(ask)] | again[len(ask):]
    ask = np.flatnonzero(stock)
    stock[ask] = ~inside_quotes(quotes, first_a[ask], end_a[ask], first_b[ask], end_b[ask])
    # (but words two quotations share in their middles, a whole clause or quotation on neither
    # side, are a formula two statements use: "... to the families and loved ones of those who
    # have ...", said of two events)
    ask = ask[~stock[ask]]
    stock[ask] = ~(whole_clause(corpus, first_a[ask], end_a[ask])
                   | whole_clause(corpus, first_b[ask], end_b[ask])
                   | whole_quotation(quotes, first_a[ask], end_a[ask])
                   | whole_quotation(quotes, first_b[ask], end_b[ask]))
    return stock
