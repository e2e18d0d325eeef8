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
named speaker, named in full somewhere (`_narrated`: not "the Daily Courier reported", "Ana
Rovira told Tom Berg", "they said"). Where no verb is found, or no name beside it, the
speaker is unknown: what decides on speakers treats unknown as no evidence either way. The name
beside a verb is read by `viewer.engine.attribution_names`, the fullest name by
`viewer.engine.full_names`, who a document has speak and the sentence's subject by
`viewer.engine.speaking_people`, the words that may attribute a quotation are found by
`viewer.engine.attribution_windows`; a window that holds a reporting verb is the quotation's
attribution even where it names nobody (an office no one holds: '"...," a spokesman added'), and
the words before are not asked."""

from __future__ import annotations

from weakref import WeakKeyDictionary

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.attribution_names import (
    PRONOUN,
    AttributionWords,
    capitalised,
    name_beside_verb,
)
from viewer.engine.attribution_names import (
    UNKNOWN as UNKNOWN,
)
from viewer.engine.attribution_windows import (
    ATTRIBUTION_WINDOW_WORDS,
    attribution_windows,
    gap_bits,
    has_verb,
    introduced_at,
    sentence_ends,
    verb_right_before,
)
from viewer.engine.full_names import NAME_WORDS, full_name, named_in_full, title_case
from viewer.engine.office_holders import office_speaker
from viewer.engine.speaking_people import (
    names_beside_verbs,
    sentence_subject,
    speaking,
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
            return _narrated(corpus, document, start, quotation) if back else UNKNOWN
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
                return _narrated(corpus, document, int(corpus.quote_end[earlier]), quotation)
            continue  # (a quotation no verb attributes: 'He also spoke of "..."')
        person = full_name(corpus, document, speaker)
        named = names_beside_verbs(corpus, document, int(corpus.quote_end[earlier]),
                                   int(corpus.quote_first[quotation]))
        # (others named between, it is the one named last's if that sentence names no other:
        # 'Acme announced ... Pichai said ... "...," he said', not 'Okonte read what Pichai wrote')
        last = [full_name(corpus, document, name) for sentence, name in named
                if sentence == named[-1][0]]
        if back and not _going_on(corpus, quotation, document):
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


NARRATION_WORDS = 60
"""How far back before a quotation a pronoun attributes the outlet's own words are read for the
person it stands for (`_narrated`)."""


def _narrated(corpus: TokenisedCorpus, document: int, first: int, quotation: int) -> int:
    """The person a pronoun attributing `quotation` stands for where no quotation before it
    names one: the one the outlet's own sentence right before the quotation's names beside a
    reporting verb, outside quotations, or opens with an office and a name ('Canadian Prime
    Minister Justin Trudeau echoed that sentiment.'), within NARRATION_WORDS words after
    `first` (a global token); the only person that sentence names (no one told or spoken of,
    "Ana Rovira told Tom Berg", "Ana Rovira said Tom Berg had asked"; nor "Ana Rovira and Tom
    Berg said"), not after an article ("the Daily Courier reported") and introduced by the
    document as a person: named with an office or an honorific somewhere, or the named speaker
    of a quotation (`_introduced`). UNKNOWN otherwise, and for a plural pronoun ("they said")."""
    if _plural(corpus, quotation, document):
        return UNKNOWN
    end = int(corpus.quote_first[quotation])
    first = max(first, end - NARRATION_WORDS)
    # (the sentence the range ends in: the one before the quotation's, where the quotation
    # opens its sentence; else the quotation's own, up to its opening mark)
    last = int(np.count_nonzero(corpus.gaps[first + document:end + document]
                                & breaks.SENTENCE_BREAK))
    named = [(sentence, name) for sentence, name in names_beside_verbs(
        corpus, document, first, end, True) if sentence == last]
    titled = [person for sentence, person in titled_subjects(corpus, document, first, end)
              if sentence == last]
    if titled:
        return titled[-1]
    people = {full_name(corpus, document, name) for _, name in named}
    if len(people) != 1:
        return UNKNOWN
    person = people.pop()
    if not named_in_full(corpus, document, person) or person not in _introduced(corpus,
                                                                                document):
        return UNKNOWN
    low = end - 1
    while low > first and not corpus.gaps[low + document] & breaks.SENTENCE_BREAK:
        low -= 1
    return person if _alone(corpus, document, low, end, named[-1][1]) else UNKNOWN


def _alone(corpus: TokenisedCorpus, document: int, first: int, end: int, name: int) -> bool:
    """Whether the last run of names ending with `name` in global tokens [first, end) (one
    sentence) is the only run of two names or more there, and no article stands right before
    it ("the Daily Courier")."""
    words = AttributionWords.of(corpus, document, first, end)
    places = np.flatnonzero(words.hashes == name)
    if not len(places):
        return False
    at = words.run_start(int(places[-1]))
    if at and (words.definite[at - 1] or words.hashes[at - 1] in _DEFINITE):
        return False
    runs = 0
    for index in np.flatnonzero(words.name).tolist():
        opens = index == 0 or not words.name[index - 1] or words.clause[index]
        if opens and index + 1 < len(words.hashes) and words.name[index + 1] \
                and not words.clause[index + 1]:
            runs += 1
    return runs <= 1


_DEFINITE = frozenset(reporting.hashes_of("the").tolist())
"""English "the", capitalised or not, before a name: an outlet or a body ("The New York
Times"), no person."""


def _plural(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether a plural pronoun stands in `quotation`'s attribution ("they said")."""
    return any(bool(np.isin(corpus.hashes[window_first:window_end], _PLURAL_PRONOUNS).any())
               for window_first, window_end in attribution_windows(corpus, quotation, document))


_PLURAL_PRONOUNS = reporting.hashes_of("they ils elles ellos ellas eles elas loro zij")
"""Pronouns that stand for several people: no one person named before."""


def _introduced(corpus: TokenisedCorpus, document: int) -> set[int]:
    """The people (fullest names) `document` introduces as people: named right after an
    office or an honorific ("President Ana Rovira", "Mr Albanese", "Le procureur ... , Rémy
    Heitz") or a quotation's named speaker; read once per document."""
    known = _INTRODUCED.setdefault(corpus, {})
    if document not in known:
        start, stop = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
        words = AttributionWords.of(corpus, document, start, stop)
        people = set()
        titled = words.title | np.isin(words.hashes, _HONORIFIC_WORDS)
        for at in np.flatnonzero(words.name[1:] & titled[:-1]).tolist():
            last = at + 1
            while last + 1 < len(words.hashes) and words.name[last + 1] \
                    and not words.clause[last + 1]:
                last += 1
            people.add(full_name(corpus, document, int(words.hashes[last])))
        quotations = np.flatnonzero((corpus.quote_first >= start) & (corpus.quote_first < stop))
        for quotation in quotations.tolist():
            name = attribution_name(corpus, quotation, document)
            if name not in (UNKNOWN, PRONOUN):
                people.add(full_name(corpus, document, name))
        known[document] = people
    return known[document]


_INTRODUCED: WeakKeyDictionary[TokenisedCorpus, dict[int, set[int]]] = WeakKeyDictionary()
_HONORIFIC_WORDS = reporting.hashes_of("mr mrs ms miss dr prof sir dame mme mlle herr frau")
"""Words of address before a person's name."""


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
    attribution windows that holds a reporting verb (`office_holders.office_speaker`)."""
    for window_first, window_end in attribution_windows(corpus, quotation, document):
        if has_verb(corpus, window_first, window_end):
            return office_speaker(corpus, document, window_first, window_end)
    return UNKNOWN


def _going_on(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
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
    return not any(has_verb(corpus, window_first, window_end)
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


def quotation_document(corpus: TokenisedCorpus, quotation: int) -> int:
    """The document `quotation` (an index into the corpus's quotations) stands in."""
    return int(corpus.document_of(np.array([corpus.quote_first[quotation]]))[0])


def attribution_name(corpus: TokenisedCorpus, quotation: int, document: int) -> int:
    """The name (or PRONOUN) of `quotation`'s attribution after it, else before it. A window
    with a reporting verb is the attribution, whether it names anyone or not: '"...," a aussi
    souligné la ministre de la Culture' is no continuation of the sentence before's '"...," a-t-il
    ajouté'; unless its sentence introduces the quotation ('Smith told reporters: "...," and
    said the talks would go on': the words before are its attribution). Read once a quotation
    (the speakers and the going-on rules ask of the same ones)."""
    known = _ATTRIBUTIONS.setdefault(corpus, {})
    if quotation not in known:
        known[quotation] = _attribution_name(corpus, quotation, document)
    return known[quotation]


_ATTRIBUTIONS: WeakKeyDictionary[TokenisedCorpus, dict[int, int]] = WeakKeyDictionary()


def _attribution_name(corpus: TokenisedCorpus, quotation: int, document: int) -> int:
    """`attribution_name`, read."""
    first = int(corpus.quote_first[quotation])
    introduced = first > int(corpus.offsets[document]) and introduced_at(corpus, first, document)
    windows = attribution_windows(corpus, quotation, document)
    if introduced:
        windows.sort(key=lambda window: window[1] != first)
    elif verb_right_before(corpus, first, document):
        # (a quotation its own verb opens, 'Mattarella, che lo ha definito "...", e del premier,
        # Giorgia Meloni, che ha ricordato ... "...", is attributed by the words before it
        # alone: those after it, up to the next quotation, are that one's attribution)
        windows = [window for window in windows if window[1] == first]
    verb = False  # (a verb naming nobody, 'ISLAMABAD: "...," a spokesman said': no label)
    for window_first, window_end in windows:
        speaker = name_beside_verb(corpus, document, window_first, window_end)
        if speaker == UNKNOWN and _subjectless(corpus, quotation, window_first, window_end):
            return PRONOUN
        verb = verb or has_verb(corpus, window_first, window_end)
        if speaker != UNKNOWN or (not introduced and verb):
            return speaker
    return _labelled(corpus, first, document) if introduced and not verb else UNKNOWN


def _subjectless(corpus: TokenisedCorpus, quotation: int, first: int, end: int) -> bool:
    """Whether the words [first, end) right after `quotation` are a reporting verb with no
    subject, function words at most after it: '«...», añadió.', '"...," ujarnya.' (a language
    that drops its pronouns, or writes one onto the verb, goes on with the speaker before, as
    '"...," he added' does); not '"...," said a source'. Or, right before it, its sentence
    opening with such a verb: 'Mencionó que "..."', 'Detalló que Glas, "..."'."""
    if end <= first:
        return False
    words = corpus.hashes[first:end]
    # (a verb in the plural has "they" for its subject: not the one speaker before)
    if not in_sorted(words[:1], reporting.CONTINUING)[0] or in_sorted(words[:1],
                                                                     reporting.PLURAL)[0]:
        return False
    if first == int(corpus.quote_end[quotation]):
        return bool(in_sorted(words[1:], reporting.FUNCTION).all())
    # (before the quotation: its sentence opens with the verb, 'Mencionó que "..."', 'Agregó:
    # "..."', the subject the sentence before's)
    document = quotation_document(corpus, quotation)
    # (after "que", "that", the words are what was said: 'Detalló que Glas, "..."')
    said = np.flatnonzero(in_sorted(words, reporting.THAT))
    verb_phrase = words[1:said[0]] if len(said) else words[1:]
    return bool(end == int(corpus.quote_first[quotation])
                and gap_bits(corpus, first, document) & breaks.SENTENCE_BREAK
                and in_sorted(verb_phrase, reporting.FUNCTION).all())


def _labelled(corpus: TokenisedCorpus, first: int, document: int) -> int:
    """The name a quotation opening at global token `first` is labelled with, a name and a
    colon opening its sentence or line ('Sundar Pichai: "..."', a subheading's or a
    transcript's way), else UNKNOWN: the last word (no stock word) of capitals alone from the
    sentence's start, at most 2 * NAME_WORDS ("Google CEO Sundar Pichai:"), on a line not in
    title case ('Mabena Vows: "..."'), a speaker the document has speak beside a verb elsewhere."""
    text = corpus.texts[document]
    gap = text[int(corpus.ends[first - 1]):int(corpus.starts[first])]
    if not gap.lstrip().startswith(":"):
        return UNKNOWN
    doc_first = int(corpus.offsets[document])
    start = first - 1
    while start > doc_first and not gap_bits(corpus, start, document) & breaks.SENTENCE_BREAK:
        start -= 1
    if first - start > 2 * NAME_WORDS:
        return UNKNOWN
    capitals = capitalised(corpus, start, first)
    last = int(corpus.hashes[first - 1])
    if not capitals.all() or reporting.stock(corpus.hashes[first - 1:first])[0]:
        return UNKNOWN
    character = int(corpus.starts[first - 1])
    if title_case(text, character):
        return UNKNOWN
    # (and only a person the document names beside a reporting verb: a line's label,
    # 'UPDATE: "..."', 'Q: "..."', 'Photo: "..."', 'Reuters: "..."', names no speaker)
    return speaking(corpus, document, last)
