"""Figures in one article: every mention of a counted quantity with its value, the thing
counted, the outcome and the source.

Glue over the other modules: numbers (`numbers`) followed by a counted noun (`things`), with
their qualifier (`qualifiers`), unless they are no total (`scope`); the sentence (`sentences`)
gives the outcome (`outcomes`), the place (`places`), the attribution (`attribution`) and the
time the count is given as of (`as_of`). A
number that is not followed by a counted noun ("17 on the base", "Flight 752 crashed") is not
a figure, unless it borrows the noun of the figure before ("12 killed and 30 others
injured"). Offsets are code points into the article text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from viewer.figures.abroad import FUNCTION_WORDS_ABROAD
from viewer.figures.as_of import AsOf, counted_when, counted_when_in
from viewer.figures.attribution import attribution, needs_antecedent
from viewer.figures.counted_words import (
    ADDRESS,
    CAPACITY,
    MORE,
    after_outcome_verb,
    counted_before,
    counted_of,
    holds_as_capacity,
    is_year,
    joins_what_counts_are_of,
    noun_before_participle,
    of_those_who,
)
from viewer.figures.designations import designations, is_designation, is_identifier
from viewer.figures.east_asian import PEOPLE, is_east_asian, people_counts
from viewer.figures.numbers import NUMBER_WORDS, Number, find_numbers, is_left_by_change
from viewer.figures.numbers_abroad import (
    ends_on_scale_word,
    may_hold_foreign_numbers,
    of_after_scale,
)
from viewer.figures.outcomes import QUOTES, Token, bare_outcome, outcome_beside, read_tokens
from viewer.figures.people_abroad import (
    bare_outcome_abroad,
    outcome_abroad,
    source_abroad,
    thing_abroad,
    toll_abroad,
)
from viewer.figures.places import (
    day_after,
    period_after,
    place_after,
    place_opening,
    place_subject,
)
from viewer.figures.qualifiers import qualifier_after, qualifier_before
from viewer.figures.scope import (
    is_comment_counter,
    is_earlier_events,
    is_indefinite_one,
    is_owners_part,
    is_part_of_a_set,
    is_rate,
)
from viewer.figures.sentences import ArticleReader, containing, is_english
from viewer.figures.things import (
    LEGAL_LEMMAS,
    NOT_COUNTED,
    Thing,
    commonly_counted,
    is_plural_noun,
    thing_is_person,
    thing_of,
    verdict_goes_on,
    with_verdict,
)
from viewer.figures.values import Value

_RUN_STOPS = frozenset([
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "into", "onto", "over", "under",
    "between", "among", "against", "during", "after", "before", "across", "near", "per", "than",
    "about", "around", "through", "without", "within", "upon", "via", "the", "a", "an", "this",
    "that", "these", "those", "their", "its", "his", "her", "our", "my", "your", "is", "are",
    "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could",
    "should", "may", "might", "can", "must", "do", "did", "does", "and", "or", "but", "nor",
    "it", "they", "he", "she", "we", "i", "you", "them", "who", "which", "when", "where", "as",
    "if", "so", "not", "more", "most", "less", "least", "times", "each", "every", "other",
    "another", "such", "same", "than", "what"
])
_PARTITIVE_DETERMINERS = frozenset([
    "the", "their", "its", "his", "her", "our", "these", "those", "them", "your", "my"
])
MAX_HEAD_DISTANCE = 5
"""Words between a number and its noun at most ("50 fully-armed Lightning II stealth fighters")."""
_INCLUDING = re.compile(r"\b(?:including|among\s+them|of\s+whom|of\s+them)\s+$",
                        re.IGNORECASE)
_DEATH_TOLL = re.compile(r"\bdeath\s+toll\b[^.;:!?]{0,30}$", re.IGNORECASE)
_OPENING_MARKS = "\"“«„"
SENTENCE_REACH = 400
"""Characters either side of a figure read for its outcome and source, at most."""


@dataclass(frozen=True)
class Mention:
    """One figure in one article: `text` is `article_text[start:end]`."""

    document: str
    start: int
    end: int
    text: str
    value: Value
    thing: Thing
    outcome: str | None
    source: str | None
    place: str | None = None
    """Where the figure applies when the sentence says so ("Turkey"), or the day it is scoped
    to ("on Sunday"), else None."""
    as_of: AsOf | None = None
    """The time the sentence gives the count as of, or the words that give it as a tally still
    running ("截至2日15时30分", "so far", "rose to": `viewer.figures.as_of`), else None."""
    currency: str | None = None
    """For an amount of money (`viewer.figures.money_mentions`): its currency, an ISO code
    ("USD", "EUR") or "$" where the text does not say whose dollar; None for a count."""


def extract_mentions(document: str, text: str, body_start: int = 0) -> list[Mention]:
    """Every figure in `text[body_start:]` (the article `document`), in text order."""
    mentions: list[Mention] = []
    reader = ArticleReader(text, body_start)
    named = designations(text[body_start:])
    for index, (paragraph_start, paragraph) in enumerate(reader.paragraphs):
        if is_east_asian(paragraph):
            # (counted with classifiers, not nouns: a newcomer's Chinese articles gave none)
            mentions += [Mention(document, paragraph_start + count.start,
                                 paragraph_start + count.end,
                                 text[paragraph_start + count.start : paragraph_start + count.end],
                                 count.value, PEOPLE, count.outcome, count.source,
                                 count.place, counted_when_in(paragraph, count.start, count.end))
                         for count in people_counts(paragraph)]
            continue
        candidates = list(_candidates(paragraph, named))
        if not candidates:
            continue
        spans = reader.sentences(index)
        for candidate in candidates:
            sentence_start, sentence_end = containing(spans, candidate.number.start)
            # A run-on "sentence" (a table, a list, text without stops) is read near the figure
            # only, so that the work stays linear in the text.
            sentence_start = max(sentence_start, candidate.start - SENTENCE_REACH)
            sentence_end = min(sentence_end, candidate.head_end + SENTENCE_REACH)
            sentence = paragraph[sentence_start:sentence_end]
            if candidate.number.zero_word == "no" and not is_english(sentence):
                continue  # "no sé si vamos": Spanish, Italian, Portuguese "no" is "not", "in the"
            local_start = candidate.start - sentence_start
            if is_earlier_events(sentence, local_start):
                continue  # "the deadliest since 2007, when a TAM plane killed 199 people"
            local_end = candidate.head_end - sentence_start
            # (a noun of another language has its outcome told in that language's words)
            outcome, outcome_end = (outcome_abroad if candidate.thing.abroad else outcome_beside)(
                sentence, local_start, local_end, candidate.thing)
            if outcome is None and mentions and mentions[-1].end > paragraph_start and \
                    verdict_goes_on(text[mentions[-1].end:paragraph_start + candidate.start],
                                    candidate.thing, mentions[-1].thing, mentions[-1].outcome):
                outcome = mentions[-1].outcome
            if outcome is None and (candidate.number.zero_word in ("nobody", "no one") or (
                    candidate.value.kind != "range" and not candidate.number.zero_word
                    and is_owners_part(paragraph, candidate.number.end))):
                continue  # "No one in our age has done more", "three of his children": no count
            if candidate.number.zero_word == "no" and outcome is None \
                    and not commonly_counted(candidate.thing.lemma):
                continue  # "there are no shortcuts", "no issues": no count of anything
            end = candidate.end
            if candidate.number.zero_word and outcome_end is not None:
                end = sentence_start + outcome_end  # "No U.S. personnel was hit": the claim
            place = place_after(sentence, (outcome_end or local_end), outcome) \
                or place_opening(sentence, outcome, local_start) \
                or place_subject(sentence, local_start) \
                or day_after(sentence, (outcome_end or local_end)) \
                or period_after(sentence, (outcome_end or local_end), local_start)
            source = attribution(sentence, local_start, local_end) \
                or (source_abroad(sentence) if candidate.thing.abroad else None)
            if source is not None and needs_antecedent(source):
                source = reader.antecedent(index, sentence_start, pronoun=source)
            elif source is None and sentence.lstrip()[:1] in _OPENING_MARKS:
                # a quotation going on from the sentence before: '... every day," Obama said.
                # "It requires us to recognize that millions of our friends ..."'
                source = reader.antecedent(index, sentence_start, back=1)
            if source is not None and source == place:
                source = None  # "Italy reported 100 deaths": the place the row names, not who
            if mentions and mentions[-1].end > paragraph_start + candidate.start:
                continue  # inside the claim a zero just spanned ("No one was hurt, two ...")
            mentions.append(Mention(
                document, paragraph_start + candidate.start, paragraph_start + end,
                text[paragraph_start + candidate.start : paragraph_start + end],
                candidate.value, with_verdict(candidate.thing, outcome), outcome, source, place,
                counted_when(sentence, local_start, local_end),
            ))
    return mentions


@dataclass(frozen=True)
class _Candidate:
    number: Number
    start: int
    end: int
    head_end: int
    value: Value
    thing: Thing


def _candidates(paragraph: str, named: frozenset[tuple[str, str]] = frozenset()
                ) -> Iterator[_Candidate]:
    previous: Thing | None = None
    taken_until = 0
    # (digits as the other languages write them where the words are not English: "35.000
    # pasajeros", "6,4 millones" -- a Spanish-speaking newcomer found them all missed)
    continental = may_hold_foreign_numbers(paragraph) and not is_english(paragraph)
    for number in find_numbers(paragraph, continental=continental):
        if number.start < taken_until or is_identifier(paragraph, number) \
                or is_designation(paragraph, number, named) \
                or is_left_by_change(paragraph, number):
            continue
        after = qualifier_after(paragraph, number.end)
        head_from = after[1] if after else number.end
        found = _counted_thing(paragraph, head_from, number, previous)
        if found is None:
            continue
        thing, head_end = found
        if holds_as_capacity(paragraph, number.start, head_end, thing):
            continue  # "the stadium can hold 35,000 people"; not "can hold 40 detainees"
        if not _INCLUDING.search(paragraph, max(0, number.start - 24), number.start):
            previous = thing  # "25 people, including six children, and dozens more": people
        before = qualifier_before(paragraph, number.start)
        kind = after[0] if after else (before[0] if before else None)
        start = before[1] if before and not after else number.start
        if start < taken_until:
            continue
        taken_until = head_end
        if is_part_of_a_set(paragraph, start) or is_rate(paragraph, head_end) \
                or is_comment_counter(paragraph, start, number.end) \
                or (number.value == 1 and not number.zero_word
                    and is_indefinite_one(paragraph, number.start, number.end, head_end)):
            continue  # not a total: "the remaining four boys", "two divers for each", "said one"
        yield _Candidate(number, start, head_end, head_end, _value(number, kind), thing)


def _value(number: Number, qualifier: str | None) -> Value:
    if number.kind == "range" or qualifier is None:
        return Value(number.kind, number.value, number.high, number.magnitude)
    if qualifier == "approx":
        return Value("approx", number.value)
    return Value(qualifier, number.value)  # type: ignore[arg-type]


def _counted_thing(paragraph: str, position: int, number: Number,
                   previous: Thing | None) -> tuple[Thing, int] | None:
    """The thing counted by the number ending at `position`, and where its noun ends.

    `previous` is the thing the last figure of the paragraph counted: "30 others" and "dozens
    more" count the same kind of thing ("killed 12 people and wounded 30 others").
    """
    if CAPACITY.search(paragraph, max(0, number.start - 40), number.start) \
            or ADDRESS.match(paragraph, number.end):
        return None  # "tem capacidade para 68 pessoas", "10 Downing Street": no count
    if number.zero_word in ("nobody", "no one"):
        thing = thing_of("people", [])
        return (thing, number.end) if thing is not None else None
    tokens = read_tokens(paragraph, position, MAX_HEAD_DISTANCE + 4)
    # (a number with a counted noun of its own is no toll's: "the death toll at 41, with 19
    # people still missing" counts the missing)
    own_noun = bool(tokens) and tokens[0].text[0].isalpha() and (
        commonly_counted(tokens[0].text) or thing_abroad(tokens[0].text) is not None)
    if not own_noun and _DEATH_TOLL.search(paragraph, max(0, number.start - 48), number.start):
        return Thing("people", "people", None, "killed"), position  # "the death toll rose to 41"
    if not own_noun and (toll := toll_abroad(paragraph, number.start)) is not None:
        return toll, position  # "el número de muertos asciende a 15"
    if previous is not None and tokens and tokens[0].text.lower() in ("others", "more") \
            and not number.zero_word:
        # (its noun, if it has one, is passed over to read the outcome after it: "six more
        # babies were ...")
        return (Thing(previous.kind, previous.lemma, previous.group),
                tokens[1].end if _noun_next(tokens) else tokens[0].end)
    if previous is not None and not number.zero_word and (
            bare_outcome_abroad(tokens) if previous.abroad else bare_outcome(tokens, previous)):
        # "3 people died and 12 were injured": the twelve are people too.
        return replace(previous, implied_outcome=None), position
    if not own_noun and not number.zero_word and of_those_who(paragraph, number.start, tokens):
        # "Of those who attended, 11 died": people, the previous figure's if it counted people
        return (replace(previous, implied_outcome=None) if previous is not None
                and previous.is_person else Thing("people", "people")), position
    if is_year(paragraph, number) and not (tokens and is_plural_noun(tokens[0].text)
                                            and commonly_counted(tokens[0].text)):
        return None  # "the 2007 photo shows", "as 2020 continues": years; "2000 protesters"
    if tokens and tokens[0].text.lower() == MORE and not number.zero_word and _noun_next(tokens):
        # ("12 more bodies", "five more people": an increment, its own row, never compared
        # with a total; after a figure of the paragraph, "six more" counts its thing, above)
        thing = thing_of(tokens[1].text, [])
        return (replace(thing, kind=f"{MORE} {thing.kind}"), tokens[1].end) \
            if thing is not None else None
    index = 0
    if tokens and tokens[0].text.lower() == "of":  # "dozens of", "none of their personnel"
        if not number.zero_word and number.magnitude is None \
                and not is_owners_part(paragraph, position):
            # "17 of the missiles", "one of America's greatest innovators": a part of a set,
            # counted elsewhere if at all, not a figure for the whole; but "none of their
            # personnel", "dozens of protesters" and "11,000 of its staff" laid off are.
            return None
        index = 1
        if index < len(tokens) and tokens[index].text.lower() in _PARTITIVE_DETERMINERS:
            index += 1
    elif tokens and of_after_scale(tokens[0].text) \
            and ends_on_scale_word(paragraph[number.start:number.end]):
        index = 1  # "6,4 millones de clientes", "3 millions de personnes"
    elif number.zero_word == "none":
        return None
    run: list[Token] = []
    quoted = False  # a quotation opened after the number ("40 ‘missing’ hikers")
    for at, token in enumerate(tokens[index:], start=index):
        if token.text in QUOTES:
            closing = _closes_quotation(paragraph, token)
            if closing and not quoted:
                break  # "touched the lives of millions’ says PM": the quoted words end here
            quoted = not closing
            continue
        lower = token.text.lower()
        if run and joins_what_counts_are_of(tokens, at):
            continue
        if not token.text[0].isalpha() or lower in _RUN_STOPS or lower in NOT_COUNTED \
                or lower in FUNCTION_WORDS_ABROAD \
                or lower.split("-")[0] in NUMBER_WORDS:
            break  # "no longer", "of the", "22 on the base", "22 twenty-two"
        run.append(token)
        if (abroad := thing_abroad(token.text)) is not None:
            return abroad, token.end  # "12 personas", "14 Menschen", "30 Verletzte"
        if is_plural_noun(token.text) and _common_noun(token.text):
            # ("dos Fundaciones anteriormente citadas": foundations, not "citadas")
            head = noun_before_participle(run) or token
            modifiers = run[:run.index(head)]
            thing = thing_of(head.text, [word.text for word in modifiers])
            if thing is not None and thing.lemma in LEGAL_LEMMAS:
                # (what the counts are of, after them or before: "two counts of murder",
                # "two weapon charges")
                thing = replace(thing, group=counted_of(tokens, at + 1)
                                or counted_before(modifiers))
            return (thing, head.end) if thing is not None else None
        if len(run) >= MAX_HEAD_DISTANCE:
            break
    if number.value == 1 and not number.zero_word:
        # "one container ship ran aground": the first word of a thing news counts.
        for position, word in enumerate(run):
            if _singular_noun(word.text) and commonly_counted(word.text):
                thing = thing_of(word.text, [before.text for before in run[:position]])
                return (thing, word.end) if thing is not None else None
    if previous is not None and not number.zero_word and not run \
            and after_outcome_verb(paragraph, number.start, previous):
        return Thing(previous.kind, previous.lemma, previous.group), position
    return None


def _closes_quotation(paragraph: str, token: Token) -> bool:
    """A quotation mark glued to the word before it and followed by a space or the end: it
    closes a quotation ("the lives of millions’ says"); one before a word opens one."""
    glued = token.start > 0 and not paragraph[token.start - 1].isspace()
    return glued and (token.end >= len(paragraph) or not paragraph[token.end].isalnum())


def _noun_next(tokens: list[Token]) -> bool:
    """Whether a common noun in the plural follows the first token ("six more babies")."""
    return len(tokens) > 1 and is_plural_noun(tokens[1].text) and _common_noun(tokens[1].text)


def _common_noun(word: str) -> bool:
    """Not a name ("two United States"), unless a people's ("three Americans")."""
    return not word[:1].isupper() or word.isupper() or thing_is_person(word)


def _singular_noun(word: str) -> bool:
    lower = word.lower()
    return word.islower() and not lower.endswith(("ly", "ed", "ing")) and len(lower) > 2
