"""Whether a quotation goes on from the one before it in its document: the same text
(`continues_previous`: "the statement continued", '"...", poursuit le communiqué', a quotation
quoted on with no verb of its own, Korean's '"..."라며 "..."') or the same unnamed person
(`by_pronoun`: '"...," a spokeswoman said. "...," she added').

Pure functions of the corpus, beside `viewer.engine.speakers` (who a quotation is attributed to),
used by `viewer.engine.remarks` to join pieces of one speaker's remarks that outlets quote apart.
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine import reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.attribution_names import (
    NAME_REACH,
    PRONOUN,
    UNKNOWN,
    AttributionWords,
    name_beside_verb,
)
from viewer.engine.attribution_vocabulary import OFFICES
from viewer.engine.attribution_windows import (
    ATTRIBUTION_WINDOW_WORDS,
    attribution_windows,
    has_verb,
    sentence_ends,
)
from viewer.engine.quotation_attribution import attribution_name, quotation_document
from viewer.engine.speakers import CONTINUED_QUOTATIONS, going_on_verb, quoting_on
from viewer.engine.tokens import TokenisedCorpus


def continues_previous(corpus: TokenisedCorpus, quotations: np.ndarray) -> np.ndarray:
    """For indices into the corpus's quotations, whether each is attributed with a verb that
    says the text goes on ('"...", poursuit le communiqué', '"...," the statement continued'),
    or one that adds to it naming nobody ('It added that "..."', '"...", the statement adds';
    "the Command added", "she added" or "the prime minister added" may report another thing
    said), or one that says it closes, with the text itself or nobody as subject ('"...",
    concluiu', '"...," the statement concluded'; "the inquiry concluded" reports a finding); or
    that has no verb at all and opens the sentence or paragraph right after the quotation before
    it, nothing between, no word of attribution and no name after it in its sentence
    (`_quoted_on`: the outlet quoting the text on, a paragraph at a time), or follows it in its
    sentence with only a Korean ending that goes on between (`_in_one_breath`), or opens the
    next sentence introduced only as more of it ("Und weiter:", "Et d'ajouter :",
    `_introduced_as_more`): the quotation before it in the document is of the same text,
    whoever it is."""
    found = np.zeros(len(quotations), dtype=bool)
    for position, quotation in enumerate(quotations.tolist()):
        document = quotation_document(corpus, quotation)
        if (_quoted_on(corpus, quotation, document)
                or _in_one_breath(corpus, quotation, document)
                or _introduced_as_more(corpus, quotation, document)):
            found[position] = True
            continue
        for window_first, window_end in attribution_windows(corpus, quotation, document):
            words = corpus.hashes[window_first:window_end]
            # (a few words a window: Python sets, not a numpy call per word list)
            verbs = [word for word in words.tolist() if word in _CONTINUING]
            if verbs:
                verb = verbs[0]
                # (adding, naming nobody, in the sentence right after the quotation before's:
                # a sentence of the outlet's own between may bring in the body "it" is, 'The
                # council issued a statement later. It added that "..."')
                found[position] = verb in _CONTINUED or (
                    verb in _ADDED
                    and name_beside_verb(corpus, document, window_first, window_end)
                    == UNKNOWN and not _office_beside_verb(words)
                    and _after_the_one_before(corpus, quotation, document)) or (
                    verb in _CONCLUDED and _the_text_or_nobody(words))
                break
    return found


_CONTINUING = frozenset(reporting.CONTINUING.tolist())
_CONTINUED = frozenset(reporting.CONTINUED.tolist())
_ADDED = frozenset(reporting.ADDED.tolist())
_CONCLUDED = frozenset(reporting.CONCLUDED.tolist())


def by_pronoun(corpus: TokenisedCorpus, quotations: np.ndarray) -> np.ndarray:
    """For indices into the corpus's quotations, whether each is attributed by a pronoun
    ('"...," he added') that goes back, over quotations attributed by pronouns too, to one a
    reporting verb attributes though it names nobody ('"...," a spokeswoman said. "...," she
    said. "...," she added'): that one's speaker's, the same person in each. Each quotation
    opens the sentence after the one before's (its attribution between, no sentence of the
    outlet's own, where another person may come in: 'One resident was still shaken') and
    no name stands between, and the attributions tell one sex at most ('a spokeswoman said.
    "...," he added' is two people; English words only, `_FEMININE`, `_MASCULINE`). (Where a
    name is given, `quotation_speakers` follows the pronoun to it; a pronoun no attributed
    quotation comes before names someone only the text knows.)"""
    found = np.zeros(len(quotations), dtype=bool)
    for position, quotation in enumerate(quotations.tolist()):
        document = quotation_document(corpus, quotation)
        later = quotation
        genders: set[str] = set()
        for earlier in range(quotation - 1, quotation - 1 - CONTINUED_QUOTATIONS, -1):
            if not _pronoun_goes_back(corpus, earlier, later, document):
                break
            # (the sexes told, read only of quotations a pronoun goes back over)
            if later == quotation:
                genders = _genders(corpus, quotation, document)
            genders |= _genders(corpus, earlier, document)
            if attribution_name(corpus, earlier, document) != PRONOUN:
                # (a spokeswoman's words, then "he said": two people)
                found[position] = len(genders) < 2 and any(
                    has_verb(corpus, window_first, window_end)
                    for window_first, window_end in attribution_windows(corpus, earlier,
                                                                        document))
                break
            later = earlier
    return found


def after_a_pronoun(corpus: TokenisedCorpus, quotations: np.ndarray) -> np.ndarray:
    """For indices into the corpus's quotations, whether each and the one before it are both
    attributed by a pronoun, the later opening the sentence after the earlier's, no name between
    and one sex at most told ('"...," he said.\n\n"...," he added'): one person's words in a
    row, whoever the text says that is (`by_pronoun` asks where the chain leads)."""
    found = np.zeros(len(quotations), dtype=bool)
    for position, quotation in enumerate(quotations.tolist()):
        earlier = quotation - 1
        document = quotation_document(corpus, quotation)
        if (not _pronoun_goes_back(corpus, earlier, quotation, document)
                or attribution_name(corpus, earlier, document) != PRONOUN):
            continue
        found[position] = len(_genders(corpus, quotation, document)
                              | _genders(corpus, earlier, document)) < 2
    return found


_FEMININE = reporting.hashes_of(
    "she spokeswoman chairwoman congresswoman businesswoman policewoman councilwoman "
    "anchorwoman woman mother wife daughter sister actress queen princess duchess")
_MASCULINE = reporting.hashes_of(
    "he spokesman chairman congressman businessman policeman councilman anchorman man father "
    "husband son brother actor king prince duke")
"""Words of English attribution that tell a speaker's sex: a pronoun, an office, a relation."""


def _genders(corpus: TokenisedCorpus, quotation: int, document: int) -> set[str]:
    """The sexes `quotation`'s attribution windows tell (`_FEMININE`, `_MASCULINE`), each by
    its first such word, the speaker's ("a spokeswoman for the king said", "she added"; not the
    king): none, one, or both."""
    told = set()
    for window_first, window_end in attribution_windows(corpus, quotation, document):
        words = corpus.hashes[window_first:window_end]
        feminine, masculine = in_sorted(words, _FEMININE), in_sorted(words, _MASCULINE)
        either = np.flatnonzero(feminine | masculine)
        if len(either):
            told.add("f" if feminine[either[0]] else "m")
    return told


def _pronoun_goes_back(corpus: TokenisedCorpus, earlier: int, later: int, document: int) -> bool:
    """Whether quotation `later` is attributed by a pronoun and opens the sentence after quotation
    `earlier`'s (`_next_sentence`), the one before it in the same document: the pronoun may be
    `earlier`'s speaker."""
    return (_in_document(corpus, earlier, document)
            and attribution_name(corpus, later, document) == PRONOUN
            and _next_sentence(corpus, earlier, later, document))


def _next_sentence(corpus: TokenisedCorpus, earlier: int, later: int, document: int) -> bool:
    """Whether quotation `later` opens the sentence after quotation `earlier`'s, or goes on in
    it: one sentence end at most between them, and no name."""
    end, first = int(corpus.quote_end[earlier]), int(corpus.quote_first[later])
    return (sentence_ends(corpus, end, first + 1, document) <= 1
            and not AttributionWords.of(corpus, document, end, first).name.any())


def _after_the_one_before(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether `quotation` opens the sentence after the quotation before it in its document, or
    goes on in it (one sentence end at most between; a name may stand there, a body's: 'the
    Foreign Ministry said in a statement. It added that'), there being one."""
    earlier = quotation - 1
    return (_in_document(corpus, earlier, document)
            and sentence_ends(corpus, int(corpus.quote_end[earlier]),
                              int(corpus.quote_first[quotation]) + 1, document) <= 1)


def _in_document(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether the quotation at index `quotation` (the one before another of `document`, maybe
    -1) is `document`'s too."""
    return quotation >= 0 and int(corpus.quote_first[quotation]) >= int(corpus.offsets[document])


def _between(corpus: TokenisedCorpus, quotation: int, document: int) -> str:
    """The text between the quotation before `quotation` (of the same document) and it, from
    the earlier's last word to the later's first."""
    end, first = int(corpus.quote_end[quotation - 1]), int(corpus.quote_first[quotation])
    return corpus.texts[document][int(corpus.ends[end - 1]):int(corpus.starts[first])]


def _the_text_or_nobody(words: np.ndarray) -> bool:
    """Whether an attribution's words (hashes) name no subject but the statement itself: only
    function words, words for a statement and the verbs beside them ('", concluiu.', '," the
    statement concluded', "conclut le communiqué"), not a report, an inquiry or a court ("the
    inquiry concluded": its finding, no one's words going on), nor a person ("concluyó en su
    discurso el ministro Luis Varela"). A relative clause after the verb is another sentence's
    business ('", finalizó su discurso, en el que también agradeció a Luis Abinader': whom the
    speaker thanked, not who closed): the words are read up to its first word."""
    verb = int(np.flatnonzero(in_sorted(words, reporting.CONTINUING))[0])
    relative = np.flatnonzero(in_sorted(words[verb + 1:], _RELATIVE))
    read = words[:verb + 1 + int(relative[0])] if len(relative) else words
    return bool((in_sorted(read, reporting.FUNCTION) | in_sorted(read, reporting.STATEMENTS)
                 | in_sorted(read, reporting.CONTINUING)).all())


_RELATIVE = reporting.hashes_of(
    "which who whom whose where que qui dont où cui che dove onde welche welcher welches wobei "
    "worin")
"""Words that open a relative clause (not German's articles, which also open one: "schloss der
Minister" names who closed)."""


def _office_beside_verb(words: np.ndarray) -> bool:
    """Whether a title or office stands within NAME_REACH words of the first reporting verb of
    the word hashes `words`: a person who adds, named by office ('"...," the prime minister
    added', 'a ajouté le ministre', 'A police spokesman added'), maybe another's remark."""
    verb = int(np.flatnonzero(in_sorted(words, reporting.CONTINUING))[0])
    near = words[max(verb - NAME_REACH, 0):verb + NAME_REACH + 1]
    return bool(in_sorted(near, OFFICES).any())


def _quoted_on(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether `quotation` opens the sentence or paragraph right after the quotation before it,
    nothing between and no reporting verb after it (`viewer.engine.speakers.quoting_on`), and
    its sentence names nobody after it and holds no word of attribution there ('"...,"
    countered opposition leader Tom Reyes', '„...“, so Bürgermeister Reyes', '« ... », selon le
    maire': another's words); and the quotation before it asks no question (what follows may
    be the answer, another voice); and the document prints it once (`_printed_again`). Two
    quotations one sentence sets side by side, a list of voices maybe ('「...」「...」といった
    声'), are not asked here."""
    if not quoting_on(corpus, quotation, document):
        return False
    first, end = int(corpus.quote_first[quotation]), int(corpus.quote_end[quotation])
    if not sentence_ends(corpus, first, first + 1, document):
        return False
    text = corpus.texts[document]
    if any(mark in text[int(corpus.ends[first - 1]):int(corpus.starts[first])] for mark in "?？"):
        return False
    if _printed_again(corpus, first, end, document):
        return False
    # (the words after it up to its sentence's end: the next sentence is the outlet's own)
    after = end
    limit = min(end + ATTRIBUTION_WINDOW_WORDS, int(corpus.offsets[document + 1]))
    while after < limit and not sentence_ends(corpus, after, after + 1, document):
        after += 1
    if after == end:
        return True
    return not (in_sorted(corpus.hashes[end:after], reporting.ATTRIBUTING).any()
                or AttributionWords.of(corpus, document, end, after).name.any())


PULL_QUOTE_WORDS = 5
"""A quotation whose first words (this many, or all of a shorter one) the document prints again
elsewhere is a pull quote, set apart from the text around it."""


def _printed_again(corpus: TokenisedCorpus, first: int, end: int, document: int) -> bool:
    """Whether the document prints the opening words of the quotation [first, end) again
    elsewhere: a pull quote, a line set out of the text (another's words, quoted in full
    further on), not the text going on."""
    opening = corpus.hashes[first:min(end, first + PULL_QUOTE_WORDS)]
    words = corpus.hashes[int(corpus.offsets[document]):int(corpus.offsets[document + 1])]
    count = len(opening)
    if not count or len(words) < count:
        return False
    starts = np.flatnonzero(words[:len(words) - count + 1] == opening[0])
    return sum(bool(np.array_equal(words[at:at + count], opening)) for at in starts.tolist()) > 1


_GOING_ON = frozenset(("며", "라며", "이라며", "면서", "라면서", "이라면서"))
"""Korean endings that close one quotation's attribution and go on to the next in the same
sentence ('"..."라며 "..."': "saying ..., and ..."): the next is the same speaker's."""
_NAMING_A_REMARK = ("는", "라는", "이라는", "란", "이란")
"""Korean endings after a quotation that make it the name of a remark ('"..."라는 김 장관의
발언을 비판했다': criticised the minister's remark "..."): another's words."""
_BREATH_WORDS = 4
"""The most words (characters, in Korean) between two quotations said in one breath."""


def _in_one_breath(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether `quotation` follows the quotation before it in one sentence with only a Korean
    ending that goes on between (`_GOING_ON`), and is no remark named after it
    (`_NAMING_A_REMARK`): one speaker's words, quoted on."""
    if not _in_document(corpus, quotation - 1, document):
        return False
    end, first = int(corpus.quote_end[quotation - 1]), int(corpus.quote_first[quotation])
    if first - end > _BREATH_WORDS or sentence_ends(corpus, end, first + 1, document):
        return False
    text = corpus.texts[document]
    between = _between(corpus, quotation, document)
    if "".join(character for character in between if character.isalnum()) not in _GOING_ON:
        return False
    closing = int(corpus.ends[int(corpus.quote_end[quotation]) - 1])
    # (the words right after its closing mark: "..."라는 김 장관의 발언")
    after = re.sub(r"^\W+", "", text[closing:closing + 8])
    return not after.startswith(_NAMING_A_REMARK)


_ALSO = frozenset(("또", "또한", "아울러", "이어", "이어서", "그러면서", "また", "さらに",
                   "その上で", "そのうえで"))
"""Korean and Japanese words opening a sentence that goes on with the subject before ('"..."고
말했다. 또 "..."', '「...」と述べた。また「...」'): "also", "in addition", "then"."""


def said_also(corpus: TokenisedCorpus, quotations: np.ndarray) -> np.ndarray:
    """For indices into the corpus's quotations, whether each opens the sentence after the one
    that attributes the quotation before it with only a Korean or Japanese word of going on
    before its mark (`_ALSO`: "또 “...”", "また「...」"), the earlier no remark named after it
    (`_NAMING_A_REMARK`): the same speaker's words, the subject of those languages left unsaid
    (unless a sentence marks another speaker, '또 “...”라고 한덕수 총리는 강조했다', which
    `viewer.engine.remarks` reads with `viewer.engine.marked_subjects`)."""
    found = np.zeros(len(quotations), dtype=bool)
    for position, quotation in enumerate(quotations.tolist()):
        document = quotation_document(corpus, quotation)
        if not _in_document(corpus, quotation - 1, document):
            continue
        end, first = int(corpus.quote_end[quotation - 1]), int(corpus.quote_first[quotation])
        # (one sentence end between, the earlier's attribution's, or its own at its closing
        # mark: '「...。」と述べた。また「' has two, one inside the mark)
        if (sentence_ends(corpus, end + 1, first + 1, document) > 1
                or not sentence_ends(corpus, end, first + 1, document)):
            continue
        between = _between(corpus, quotation, document)
        opening = re.split(r"[.!?。！？\n]", between)[-1]
        found[position] = ("".join(character for character in opening if character.isalnum())
                           in _ALSO and not re.sub(r"^\W+", "", between).startswith(
                               _NAMING_A_REMARK))
    return found


_MORE = frozenset(("und weiter", "weiter", "et dajouter", "avant dajouter", "e ancora", "e poi",
                   "y añadió", "e acrescentou", "en verder"))
"""What an outlet writes, alone, to introduce more of the same text: German "Und weiter:",
French "Et d'ajouter :", Italian "E ancora:" (the apostrophe of "d'ajouter" dropped)."""
_ADDING = frozenset(("adding", "añadiendo", "agregando", "aggiungendo", "acrescentando",
                     "ajoutant"))
"""A gerund of adding, alone before a comma or a colon, introducing more of the same text
('"...." Adding, "..."')."""


def _introduced_as_more(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether `quotation` opens the sentence after the quotation before it (two sentence ends
    between at most: the earlier's own, at its closing mark, and its attribution's) with only
    words that say more of it follows (`_MORE`, then a colon; or `_ADDING`, then a colon or a
    comma) before its mark: '"...", sagte Scholz. Und weiter: „..."', '"...." Adding, "..."'."""
    earlier = quotation - 1
    if not _in_document(corpus, earlier, document):
        return False
    end, first = int(corpus.quote_end[earlier]), int(corpus.quote_first[quotation])
    if sentence_ends(corpus, end, first + 1, document) > 2:
        return False
    opening = re.split(r"[.!?\n]", _between(corpus, quotation, document))[-1]
    words = " ".join("".join(character for character in word if character.isalnum())
                     for word in opening.lower().split()).strip()
    ending = opening.rstrip(" \u00a0\"“„«»'")
    return (words in _MORE and ending.endswith((":", "："))) or (
        words in _ADDING and ending.endswith((":", "：", ",")))


def said_more(corpus: TokenisedCorpus, quotations: np.ndarray) -> np.ndarray:
    """For indices into the corpus's quotations, whether each is attributed as more of what a
    speaker said: by a pronoun ('"...," he said'; "he declared") or with a verb of adding or going
    on, whoever it names ('The Obamas added that "..."', 'but added, "..."'). Asked of a quotation
    right after another of the same speaker's (`viewer.engine.remarks`)."""
    found = np.zeros(len(quotations), dtype=bool)
    for position, quotation in enumerate(quotations.tolist()):
        document = quotation_document(corpus, quotation)
        found[position] = (attribution_name(corpus, quotation, document) == PRONOUN
                           or going_on_verb(corpus, quotation, document))
    return found
