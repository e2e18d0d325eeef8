"""Sentences two events share: a short unquoted match that alone links two groups of documents which
name different things.

Pure function of the corpus and the pairwise matches. Wire copy has sentences of its own that it
prints for every event of a kind ("The National Transportation Safety Board sent investigators to
the scene."): up to twenty words, unquoted, the same word for word in every reprint of a story
about a train crash and of one about a bridge collapse, and no phrase a corpus of two events shows
to be common. What tells them from a sentence of one event's wire copy is what else the documents
share. The outlets reporting one event share that event's statements and stories, so a document
that shares a short sentence with another is mostly linked to it through them as well; and where
two stories of one event are reprinted apart (the wire's and a local paper's), the two documents
still name the same places, people and bodies ("Cayce", "Amtrak", "CSX", "Silver Star"). So a short
unquoted match between two groups of documents that long matches connect apart (each of two
documents or more), whose two documents name fewer than SHARED_NAMES of the same names outside it,
and fewer than SHARED_NAMES_SHARE of the names of the one naming fewer, links two events, not two
reports of one: two events of a kind share a few ("Miami", the safety board's chairman) of many. In
a language that inflects names, names are alike in their first letters where only an ending sets
them apart ("Крымского моста", "на Крымском мосту": `viewer.engine.event_names`). A document that
shares nothing long
with anyone (one outlet printing one sentence of the wire story) may still be linked by it, unless
it names not one thing the other document names (a company's board, "in the best interests of the
company", and another company's chief executive), or, both naming LONE_MANY_NAMES things or more,
few alike ("na queda de um avião de pequeno porte", two singers' plane crashes in Brazil naming
"Brasil" and a maker's "Aircraft" alike); and so may documents that name fewer things than
SHARED_NAMES. Documents in a script without capitals, whose names cannot be told, are told apart by
their figures instead: each number with the word after it ("4月", "12日", "17人"; a year, which
two events may share, aside) and any word in capitals ("MU5735"); two that give SHARED_NAMES each
and not one alike tell of two events (a formula of Chinese agency copy, "中共中央总书记、国家主席、
中央军委主席", printed about an air crash and about an earthquake; in such a script a sentence of
formulas up to twice as long, `viewer.engine.long_matches.UNSPACED_BRIDGE_WORDS`, whose
documents' figures tell two events, is asked as a short one is and joins no group:
`figures_apart`; and so are two documents sharing a short quoted phrase, `figures_tell_apart`,
for `viewer.engine.evidence`: "知らなかった", a talent agency's president's and a car dealer's); a
match whose letters are set phrases alone (`viewer.engine.unspaced_formulas`:
"官邸危機管理センターに官邸対策室を設置し", the Japanese
government's first response to an earthquake and to a shooting) links two groups in no case;
and a quoted condolence of up to twenty words (two words of feeling or more) between two groups
whose documents name few things alike, as the short sentence's test reads them, links nothing ("our
deepest sympathies to the families and loved ones of those who have so tragically lost their
lives", a king's and an airline's; "I am deeply saddened by the loss of life and devastation
caused by", one president's words on an earthquake and on a hurricane, in documents naming him
and the White House alike). A test of names, nothing alike or one thing alike, is asked of a
quoted fragment between two such groups (`viewer.engine.event_names.two_events`, for
`viewer.engine.evidence`): a phrase two events' speakers both say.
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine import reporting
from viewer.engine.arrays import (
    connected_components,
    flat_ranges,
    holding_run,
    in_sorted,
    unique_values,
)
from viewer.engine.equal_words import equal_words_of
from viewer.engine.event_cores import GroupCores, names_little_of_core
from viewer.engine.event_names import (
    SHARED_NAMES,
    SHARED_NAMES_SHARE,
    in_cased_script,
    name_nothing_alike,
    name_sets,
    names_in_common,
    names_little_alike,
)
from viewer.engine.matches import PairMatches
from viewer.engine.per_document import once_per_document
from viewer.engine.tokens import INITIAL_CAPITAL, INITIAL_DIGIT, TokenisedCorpus
from viewer.engine.unspaced_formulas import formulas_only

LONE_MANY_NAMES = 2 * SHARED_NAMES
"""A document linked to no group that names this many things (and the other document too) is
told apart from it by a few names alike, not only by none (`LONE_SHARED_SHARE`)."""
LONE_SHARED_SHARE = SHARED_NAMES_SHARE / 2
"""... fewer than this share of the names of the one naming fewer: a country and a maker's name
("Brasil", "Aircraft") of 23 and 48, two plane crashes in one country; one outlet printing a
sentence of the wire story about the same crash names its singer, town and state alike."""


def between_events(corpus: TokenisedCorpus, matches: PairMatches, short_unquoted: np.ndarray,
                   long: np.ndarray, short_quoted: np.ndarray | None = None) -> np.ndarray:
    """Which of `matches` link two events (module docstring): among `short_unquoted`, a
    sentence between two groups whose documents name different things (or give different
    figures, or a set phrase alone); among `short_quoted`, a condolence between two groups whose
    documents name few things alike, or nothing alike where both quote it whole and alike
    (`_quoted_between_events`). Groups of documents are those the other `long` matches connect
    (for the quotations, no short quotation among them; for the sentences, no quotation found to
    link two events)."""
    found = np.zeros(len(matches), dtype=bool)
    documents = len(corpus)
    if short_quoted is not None and short_quoted.any():
        found |= _quoted_between_events(corpus, matches, short_quoted,
                                        long & ~short_unquoted & ~short_quoted)
    asked = np.flatnonzero(short_unquoted)
    if not len(asked):
        return found
    # (a quotation found to link two events connects nothing here either)
    kept = long & ~short_unquoted & ~found
    group = connected_components(documents, matches.doc_a[kept], matches.doc_b[kept])
    size = np.bincount(group, minlength=documents)
    group_a, group_b = group[matches.doc_a[asked]], group[matches.doc_b[asked]]
    # (and a document linked to no group: it may still be linked by the match, unless it
    # shares not one name with the other document, each naming enough to tell)
    alone = (size[group_a] == 1) != (size[group_b] == 1)
    between_groups = (group_a != group_b) & (((size[group_a] >= 2) & (size[group_b] >= 2))
                                             | alone)
    asked, alone = asked[between_groups], alone[between_groups]
    # (set phrases in a script without spaces, a government's or a company's, link nothing
    # between two groups whatever the documents name: `unspaced_formulas`)
    offsets = corpus.offsets
    formula = formulas_only(corpus, offsets[matches.doc_a[asked]] + matches.a0[asked],
                            offsets[matches.doc_a[asked]] + matches.a1[asked])
    found[asked[formula]] = True
    asked, alone = asked[~formula], alone[~formula]
    names, inflecting = name_sets(corpus, unique_values(np.concatenate((matches.doc_a[asked],
                                                                     matches.doc_b[asked]))))
    cores = GroupCores(corpus, group)
    for k, lone in zip(asked.tolist(), alone.tolist(), strict=True):
        doc_a, doc_b = int(matches.doc_a[k]), int(matches.doc_b[k])
        of_a, of_b = names.get(doc_a), names.get(doc_b)
        if of_a is None or of_b is None:
            # (a script without capitals: its numbers and Latin words tell events apart)
            found[k] = _apart(corpus, doc_a, doc_b)
            continue
        fewer, alike, shared = names_in_common(
            corpus, (of_a, of_b), doc_a in inflecting and doc_b in inflecting,
            (int(corpus.offsets[doc_a] + matches.a0[k]),
             int(corpus.offsets[doc_a] + matches.a1[k])))
        if lone:
            # (nothing alike; or, each naming many things, a few alike of them: a country, a
            # maker's name, "Brasil", "Aircraft", of 23 and 48; or little of what most of the
            # group's documents name, its event's names: `event_cores`)
            found[k] = fewer >= SHARED_NAMES and (not alike or (
                fewer >= LONE_MANY_NAMES and shared < SHARED_NAMES
                and shared < LONE_SHARED_SHARE * fewer))
            if not found[k]:
                lone_doc, grouped = (doc_a, doc_b) if size[group[doc_a]] == 1 else (doc_b, doc_a)
                found[k] = names_little_of_core(
                    cores.core(int(group[grouped])), names[lone_doc], lone_doc in inflecting)
        else:
            found[k] = (fewer >= SHARED_NAMES and shared < SHARED_NAMES
                        and shared < SHARED_NAMES_SHARE * fewer)
    return found


def _quoted_between_events(corpus: TokenisedCorpus, matches: PairMatches, asked: np.ndarray,
                           kept: np.ndarray) -> np.ndarray:
    """Which of `matches` (among `asked`, short quotations) with CONDOLENCE_FEELINGS words of
    feeling lie between two groups of documents that the `kept` matches connect apart, in
    documents that name few things alike (`names_little_alike`) where the two word them
    otherwise or a quotation goes on past them, or nothing alike (`name_nothing_alike`) where
    both quote them whole and alike: a formula two events' speakers say, or one speaker on two
    events ('"... our deepest sympathies to the families and loved ones of those who have so
    tragically lost their lives"', a king's words and a company's; "I am deeply saddened by the
    loss of life and devastation caused by ...", a president's on an earthquake and on a
    hurricane)."""
    found = np.zeros(len(matches), dtype=bool)
    group = connected_components(len(corpus), matches.doc_a[kept], matches.doc_b[kept])
    size = np.bincount(group, minlength=len(corpus))
    quoted = np.flatnonzero(asked)
    group_a, group_b = group[matches.doc_a[quoted]], group[matches.doc_b[quoted]]
    quoted = quoted[(group_a != group_b) & (size[group_a] >= 2) & (size[group_b] >= 2)]
    first = corpus.offsets[matches.doc_a[quoted]] + matches.a0[quoted]
    # (words of condolence only: a quotation of other words two groups share says they are
    # one event's, '"We will find out what happened on that track ...," the governor said')
    felt = feeling_words(corpus, first,
                         first + matches.a1[quoted] - matches.a0[quoted]) >= CONDOLENCE_FEELINGS
    quoted, first = quoted[felt], first[felt]
    shared = (first, first + matches.a1[quoted] - matches.a0[quoted])
    # (a condolence the two quotations word otherwise, or one goes on from in its own words,
    # "... caused by the earthquake" and "... caused by Hurricane Helene", is a formula,
    # judged by the looser test; one both quote whole and alike is a statement, linking unless
    # the documents name nothing alike)
    other_first = corpus.offsets[matches.doc_b[quoted]] + matches.b0[quoted]
    length = matches.a1[quoted] - matches.a0[quoted]
    alike = ((length == matches.b1[quoted] - matches.b0[quoted])
             & (equal_words_of(corpus, matches.subset(quoted)) == length))
    formula = (~alike | _goes_on(corpus, *shared)
               | _goes_on(corpus, other_first,
                          other_first + matches.b1[quoted] - matches.b0[quoted]))
    doc_a, doc_b = matches.doc_a[quoted], matches.doc_b[quoted]
    found[quoted[formula]] = names_little_alike(corpus, doc_a[formula], doc_b[formula],
                                                (shared[0][formula], shared[1][formula]))
    found[quoted[~formula]] = name_nothing_alike(corpus, doc_a[~formula], doc_b[~formula],
                                                 (shared[0][~formula], shared[1][~formula]))
    return found


FORMULA_GOES_ON_WORDS = 2
"""A quotation going on this many words or more past the words it shares with another is the
speaker's own beyond them (`_quoted_between_events`)."""


NESTED_QUOTATIONS = 4
"""How many quotations starting at or before a range are asked which holds it (quotations
nest: a name in double quotation marks inside a single-quoted sentence)."""


def _goes_on(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For global token ranges, whether the quotation holding each goes on FORMULA_GOES_ON_WORDS
    or more before or after it (False where no one quotation holds it)."""
    # (the outermost of the quotations nested there: 'The storm they call "Black Saturday"
    # took everything. I am deeply saddened ...' goes on before the shared words)
    holder = holding_run(firsts, ends, corpus.quote_first, corpus.quote_end,
                         asked=NESTED_QUOTATIONS)
    safe = np.maximum(holder, 0)
    return np.asarray((holder >= 0) & (
        (firsts - corpus.quote_first[safe] >= FORMULA_GOES_ON_WORDS)
        | (corpus.quote_end[safe] - ends >= FORMULA_GOES_ON_WORDS)))


def feeling_words(corpus: TokenisedCorpus, firsts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each global token range [first, end), how many of its words are words of feeling
    (`viewer.engine.reporting.FEELINGS`)."""
    owner, positions = flat_ranges(firsts, ends)
    return np.bincount(owner[in_sorted(corpus.hashes[positions], reporting.FEELINGS)],
                       minlength=len(firsts))


def figures_apart(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray) -> np.ndarray:
    """For document pairs, whether each gives SHARED_NAMES figures or more and not one alike
    (`_figures`): two events, as documents in a script without capitals tell them."""
    return np.array([_apart(corpus, one, other)
                     for one, other in zip(doc_a.tolist(), doc_b.tolist(), strict=True)],
                    dtype=bool)


def figures_tell_apart(corpus: TokenisedCorpus, doc_a: np.ndarray, doc_b: np.ndarray
                       ) -> np.ndarray:
    """For document pairs, whether one of the two names nothing that can be told (a script
    without capitals, `event_names.in_cased_script`) and their figures tell two events
    (`figures_apart`): what the test of names cannot say of them."""
    found = np.zeros(len(doc_a), dtype=bool)
    if not len(doc_a):
        return found
    documents = unique_values(np.concatenate((doc_a, doc_b)))
    cased = np.zeros(len(corpus), dtype=bool)
    cased[documents] = in_cased_script(corpus, documents)
    ask = np.flatnonzero(~cased[doc_a] | ~cased[doc_b])
    found[ask] = figures_apart(corpus, doc_a[ask], doc_b[ask])
    return found


def _apart(corpus: TokenisedCorpus, one: int, other: int) -> bool:
    """`figures_apart` of one pair, each document's figures found once a corpus (the clustering
    stage and `between_events` ask of the same documents)."""
    figures_one, figures_other = _figures(corpus, one), _figures(corpus, other)
    return (min(len(figures_one), len(figures_other)) >= SHARED_NAMES
            and not figures_one & figures_other)


@once_per_document
def _figures(corpus: TokenisedCorpus, doc: int) -> set[int]:
    """The numbers of `doc` with the word after each ("3月", "21日", "132人": a date, a time, a
    toll; not a year, which two events may share) and its words in capitals (a flight's
    "MU5735"), as hashes: what tells one event's documents in a script without capitals from
    another's."""
    first, end = int(corpus.offsets[doc]), int(corpus.offsets[doc + 1])
    initials = corpus.initials[first:end]
    hashes = corpus.hashes[first:end]
    at = np.flatnonzero((initials[:-1] & np.uint8(INITIAL_DIGIT)) != 0)
    # (not a year: two events of one year share it, "2024年")
    text = corpus.texts[doc]
    at = at[[not _YEAR.fullmatch(text[int(corpus.starts[first + i]):int(corpus.ends[first + i])])
             for i in at.tolist()]] if len(at) else at
    counted = hashes[at] * np.uint64(_NEXT_WORD) + hashes[at + 1]
    capitals = hashes[(initials & np.uint8(INITIAL_CAPITAL)) != 0]
    return set(counted.tolist()) | set(capitals.tolist())


_YEAR = re.compile(r"(?:19|20)\d\d")
_NEXT_WORD = 1_000_003
"""Mixes a number's hash with the next word's (uint64 arithmetic wraps around)."""


CONDOLENCE_FEELINGS = 2
"""A short quotation with this many words of feeling (`reporting.FEELINGS`) is a condolence,
which two events' speakers may word alike (`evidence.FEELINGS_FOR_QUOTED_EVIDENCE`, the same
count)."""
