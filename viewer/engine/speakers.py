"""Who a quotation is attributed to: the name beside the reporting verb next to it.

Pure function of the corpus. News text attributes a quotation in a few words right after its closing
mark ('"...," said Zuma', '"...," President Jacob Zuma said') or right before its opening mark
('Donald Trump tweeted: "..."', 'which Tehran said was a "..."'), in the same sentence; after one
closed with a full stop ('Trump tweeted: "We will respond." Zuma said ...') the words before the
opening mark are asked first, the next sentence being maybe the next speaker's (unless the quotation
opens its sentence and the next is an attribution alone, '"... cargo." Paul Moss said.'), and never
at all where that sentence opens the next quotation after a colon, or a verb and a comma ('Zuma
said: "..."', 'Zuma said, "..."'). (A quotation opening a sentence may take the attribution of the
sentence before, '"...," Zuma said. "..."': outlets go on quoting one speaker so, and so do they
with a quotation opening the paragraph after another's, nothing between and no verb after it, 'Zuma
dijo que "...".' then '"..."'; and one with no verb of its own a few words after another in its
sentence, no name between, is that one's speaker's, 'la describió como un «...» y una «...»'.) The
speaker is the last word of the capitalised run nearest the reporting verb
(`viewer.engine.reporting.CONTINUING`), titles and other stock words aside: "President Donald Trump"
and "Trump" are both "trump"; a name after "told" or "to" is the one spoken to ("told Reuters"), and
a run of capitals a title or office follows is part of it ("the Saudi Foreign Minister", "a Pentagon
spokesman"), no name; a clause about the person may stand between the name and the verb ("Tedros
Adhanom Ghebreyesus, who heads the agency, said"), and a name inside a quotation is its words, no
speaker. An article names a person in full once and then by one name, so a speaker is the last word
of the fullest name the document gives ("Mr Tedros" is "ghebreyesus" where "Tedros Adhanom
Ghebreyesus" is written). A pronoun beside the verb ('"...," he added') continues the speaker of the
quotation before it in the same document (over quotations no verb attributes, 'He also spoke of
"..."'), unless another speaker is named beside a reporting verb between the two, and not that
speaker again after ('Ngubane replied. "...," he said'); a sentence after the quotation before that
opens with someone's office and name, no one named beside a verb after it, makes the pronoun that
one's, whatever its verb ('Canadian Prime Minister Justin Trudeau echoed that sentiment. "...," he
said'), unless the pronoun's verb says the speaker goes on ("he added"). A name and a colon
opening the quotation's sentence label it ('Acme CEO Varrow Mabena: "..."', a subheading's or a
transcript's way), a name the document gives a reporting verb elsewhere (not a line's label,
'UPDATE: "..."', 'Q: "..."').
A quotation inside its sentence that no verb beside it attributes is the sentence's subject's, a
name opening the sentence that its own reporting verb or one of calling follows (no form of "be"
between: 'Mabena was called a "traitor"' is not his), no other person named before the quotation
('British Prime Minister Keir Starmer described it as a "horrendous" attack'), where the document
has that person speak beside a verb somewhere. An office alone beside the verb ('"...," the
president said', 'a souligné le procureur') is the person the document names with that office,
where it fits one (`viewer.engine.office_holders`); a pronoun that no quotation before it
names is the person the outlet's own sentence right before it names alone beside a reporting
verb, a person the document introduces with an office or an honorific or as a quotation's
named speaker, named in full somewhere (`viewer.engine.narration`: not "the Daily Courier
reported", "Ana Rovira told Tom Berg", "they said"); and so, where the language drops its
pronouns, is a verb alone whose walk back ends at the document's first quotation, a verb alone's
too, naming no one beside a verb between and passing no quotation a verb of its own attributes
to someone unnamed ('António Costa apresentou a demissão. "...", diz. O caso segue para o
tribunal. "...", notou': Costa's). Where no verb is found, or no name beside it,
the speaker is unknown: what decides on speakers treats unknown as no evidence either way. A
quotation's own attribution is read by `viewer.engine.quotation_attribution`, the name
beside a verb by `viewer.engine.attribution_names`, the fullest name by
`viewer.engine.full_names`, who a document has speak and the sentence's subject by
`viewer.engine.speaking_people`, the words that may attribute a quotation are found by
`viewer.engine.attribution_windows`; a window that holds a reporting verb is the quotation's
attribution even where it names nobody (an office no one holds: '"...," a spokesman added'), and
the words before are not asked."""

from __future__ import annotations

from weakref import WeakKeyDictionary

import numpy as np

from viewer.engine import reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.attribution_names import (
    PRONOUN,
    AttributionWords,
)
from viewer.engine.attribution_names import (
    UNKNOWN as UNKNOWN,
)
from viewer.engine.attribution_windows import (
    ATTRIBUTION_WINDOW_WORDS,
    attribution_windows,
    has_verb,
    sentence_ends,
)
from viewer.engine.full_names import full_name
from viewer.engine.narration import narrated, pronoun_dropped
from viewer.engine.office_holders import office_speaker
from viewer.engine.quotation_attribution import attribution_name, quotation_document
from viewer.engine.speaking_people import (
    names_beside_verbs,
    sentence_subject,
    titled_subjects,
)
from viewer.engine.tokens import TokenisedCorpus

CONTINUED_QUOTATIONS = 4
"""How many quotations back a pronoun attribution looks for a named speaker."""
def quotation_speakers(corpus: TokenisedCorpus, quotations: np.ndarray) -> np.ndarray:
    """For indices into the corpus's quotations (`corpus.quote_first`), the word hash (uint64)
    of the name each is attributed to, UNKNOWN where none is found (module docstring)."""
    known = _SPEAKERS.setdefault(corpus, {})
    found = np.full(len(quotations), UNKNOWN, dtype=np.uint64)
    for position, quotation in enumerate(quotations.tolist()):
        if quotation not in known:
            known[quotation] = _resolved(corpus, quotation)
        found[position] = known[quotation]
    return found


_SPEAKERS: WeakKeyDictionary[TokenisedCorpus, dict[int, int]] = WeakKeyDictionary()
"""Each corpus's quotations' speakers, found once: the clustering and the stories stages ask
of the same quotations, several times."""


def _resolved(corpus: TokenisedCorpus, quotation: int) -> int:
    """The named speaker of `quotation`, a pronoun followed back to the one before it."""
    document = quotation_document(corpus, quotation)
    start = int(corpus.offsets[document])
    for back in range(CONTINUED_QUOTATIONS + 1):
        earlier = quotation - back
        if earlier < 0 or corpus.quote_first[earlier] < start:
            # (no quotation before names the one a pronoun stands for: the outlet's own words
            # before it may, 'Mr Albanese said the inquiry should go on. "...," he said')
            if not back:
                return UNKNOWN
            return narrated(corpus, document, start, quotation) \
                or _first_narrated(corpus, quotation - back + 1, quotation, document)
        speaker = attribution_name(corpus, earlier, document)
        if speaker == PRONOUN and back == 0 and _article_before_office(corpus, earlier,
                                                                       document):
            # (a word read as a pronoun may be an article before an office: Portuguese
            # '"...", afirmou o presidente')
            speaker = _office_holder(corpus, earlier, document) or PRONOUN
        if speaker == PRONOUN:
            continue
        if speaker == UNKNOWN:
            # (an office alone, '"...," the president said', is the person the document names
            # with it, where it fits one: `office_holders`)
            speaker = _office_holder(corpus, earlier, document)
        # (a pronoun after another speaker named is that one's, maybe: '"...," Zuma said.
        # Hours later Ngubane replied. "...," he said'; names of others merely mentioned,
        # "Zuma said at the Union Buildings", are no speakers)
        if speaker == UNKNOWN:
            if back == 0 and _in_the_sentence_before(corpus, quotation, document):
                # (a sentence quoting its speaker twice: 'la describió como un «...» y una
                # «...»': the second quotation is the first's speaker's, whose attribution the
                # sentence gives once)
                return _sentence_speaker(corpus, quotation, document)
            if back == 0 and quoting_on(corpus, quotation, document):
                continue
            if back == 0 and (subject := sentence_subject(corpus, quotation,
                                                          document)) != UNKNOWN:
                return subject
            if back == 0:
                return UNKNOWN
            if _names_someone(corpus, earlier, document):
                # (a quotation no verb attributes in a sentence about someone else may be
                # that one's: 'Okonte called the plan a "fraud". "...," he said'; unless the
                # outlet's own words name someone speaking after it)
                return narrated(corpus, document, int(corpus.quote_end[earlier]), quotation)
            continue  # (a quotation no verb attributes: 'He also spoke of "..."')
        person = full_name(corpus, document, speaker)
        named = names_beside_verbs(corpus, document, int(corpus.quote_end[earlier]),
                                   int(corpus.quote_first[quotation]))
        # (others named between, it is the one named last's if that sentence names no other:
        # 'Acme announced ... Pichai said ... "...," he said', not 'Okonte read what Pichai wrote')
        last = [full_name(corpus, document, name) for sentence, name in named
                if sentence == named[-1][0]]
        if back and not going_on_verb(corpus, quotation, document):
            # (a sentence after the speaker's quotation that turns to someone else by office
            # and name, no one named beside a verb after it, is that one's: 'Canadian Prime
            # Minister Justin Trudeau echoed that sentiment. "...," he said', and so are the
            # quotations "he" goes on with after it; "he added" goes on with the speaker
            # before)
            titled = titled_subjects(corpus, document, int(corpus.quote_end[earlier]),
                                     int(corpus.quote_first[quotation]))
            if titled and (not named or named[-1][0] < titled[-1][0]) \
                    and titled[-1][1] != person:
                return titled[-1][1]
        return person if back == 0 or all(name == person for name in last) else UNKNOWN
    return UNKNOWN


def _first_narrated(corpus: TokenisedCorpus, first: int, quotation: int, document: int) -> int:
    """The speaker of `quotation`, a pronoun's, where the quotations before it back to the
    document's first, `first`, name no one: the person the outlet's sentence before `first`
    names (`narration.narrated`), where both are attributed by a verb alone (no pronoun
    written: `narration.pronoun_dropped`), no quotation between by a verb of its own, and no
    one is named beside a reporting verb between the two ('António Costa apresentou a
    demissão. "...", diz. ... "...", notou'); else UNKNOWN."""
    if first == quotation or attribution_name(corpus, first, document) != PRONOUN \
            or not (pronoun_dropped(corpus, document, first)
                    and pronoun_dropped(corpus, document, quotation)):
        return UNKNOWN
    # (no quotation between attributed by a verb of its own to someone unnamed: 'La presidenta
    # del partido dijo estar "..."' may be another person)
    for between in range(first + 1, quotation):
        if attribution_name(corpus, between, document) != PRONOUN \
                and _verb_beside(corpus, between, document):
            return UNKNOWN
    if names_beside_verbs(corpus, document, int(corpus.quote_end[first]),
                          int(corpus.quote_first[quotation])):
        return UNKNOWN
    return narrated(corpus, document, int(corpus.offsets[document]), first)


def _article_before_office(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether a word read as a pronoun stands right before an office in `quotation`'s
    attribution: an article of another language ("afirmou o presidente")."""
    for window_first, window_end in attribution_windows(corpus, quotation, document):
        words = AttributionWords.of(corpus, document, window_first, window_end)
        if (words.pronoun[:-1] & words.title[1:] & ~words.clause[1:]).any():
            return True
    return False


def _office_holder(corpus: TokenisedCorpus, quotation: int, document: int) -> int:
    """The person the office in `quotation`'s attribution stands for: in the first of its
    attribution windows that holds a reporting verb (`office_holders.office_speaker`). Read
    once a quotation, as its attribution is: a pronoun's walk back asks again of the
    quotations before it."""
    known = _OFFICE_HOLDERS.setdefault(corpus, {})
    if quotation not in known:
        known[quotation] = UNKNOWN
        for window_first, window_end in attribution_windows(corpus, quotation, document):
            if has_verb(corpus, window_first, window_end):
                known[quotation] = office_speaker(corpus, document, window_first, window_end)
                break
    return known[quotation]


_OFFICE_HOLDERS: WeakKeyDictionary[TokenisedCorpus, dict[int, int]] = WeakKeyDictionary()


def going_on_verb(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether `quotation`'s attribution says the speaker goes on ("he added", "she
    continued")."""
    return any(in_sorted(corpus.hashes[first:end], _GOING_ON).any()
               for first, end in attribution_windows(corpus, quotation, document))


_GOING_ON = np.union1d(reporting.ADDED, reporting.CONTINUED)


def _sentence_speaker(corpus: TokenisedCorpus, quotation: int, document: int) -> int:
    """The speaker of the first of the quotations of one sentence that `quotation` ends, each
    in the sentence of the one before (`_in_the_sentence_before`); UNKNOWN past
    CONTINUED_QUOTATIONS of them (a list of quoted words, '"a", "b", "c", ...', is no
    speaker's quotations one by one, and each asking all the ones before grows with the
    square of the list)."""
    earlier = quotation - 1
    for _ in range(CONTINUED_QUOTATIONS):
        if not _in_the_sentence_before(corpus, earlier, document):
            return _resolved(corpus, earlier)
        earlier -= 1
    return UNKNOWN


def _in_the_sentence_before(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether `quotation` has no reporting verb of its own and follows the document's
    quotation before it in one sentence, a few words on (ATTRIBUTION_WINDOW_WORDS at most),
    with no name between ('a "disaster" but Jim Jones thought it a "triumph"': Jones's)."""
    if quotation == 0 or corpus.quote_first[quotation - 1] < corpus.offsets[document]:
        return False
    end, first = int(corpus.quote_end[quotation - 1]), int(corpus.quote_first[quotation])
    if first - end > ATTRIBUTION_WINDOW_WORDS or sentence_ends(corpus, end, first + 1, document):
        return False
    if AttributionWords.of(corpus, document, end, first).name.any():
        return False
    return not _verb_beside(corpus, quotation, document)


def _verb_beside(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether a reporting verb stands in one of `quotation`'s attribution windows."""
    return any(has_verb(corpus, window_first, window_end)
               for window_first, window_end in attribution_windows(corpus, quotation, document))


def quoting_on(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether `quotation` starts right where the quotation before it closes, nothing between
    (the next sentence, mostly, or the next paragraph), and no reporting verb follows it in its
    sentence: the outlet quoting the same speaker on ('Noboa dijo que "...".' then, a paragraph
    of its own, '"..."')."""
    if quotation == 0 or corpus.quote_first[quotation - 1] < corpus.offsets[document]:
        return False
    first = int(corpus.quote_first[quotation])
    if int(corpus.quote_end[quotation - 1]) != first:
        return False
    end = int(corpus.quote_end[quotation])
    return not any(has_verb(corpus, window_first, window_end) for window_first, window_end
                   in attribution_windows(corpus, quotation, document) if window_first == end)


def _names_someone(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether a name stands in `quotation`'s sentence, outside the quotation."""
    return any(AttributionWords.of(corpus, document, first, end).name.any()
               for first, end in attribution_windows(corpus, quotation, document))
