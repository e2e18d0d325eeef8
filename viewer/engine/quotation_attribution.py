"""A quotation's own attribution: the name (or pronoun) beside the reporting verb in the few words
around it, read once a quotation; and the document a quotation stands in.

Pure functions of the corpus, for `viewer.engine.speakers` (which follows pronouns back and reads
offices and the outlet's own sentences) and the stages that ask whether two quotations go on
from each other (`viewer.engine.going_on`, `viewer.engine.reworded_quotations`). The words that
may attribute a quotation are found by `viewer.engine.attribution_windows`, the name beside a
verb by `viewer.engine.attribution_names`; a window that holds a reporting verb is the
quotation's attribution even where it names nobody, and a name and a colon opening the
quotation's sentence label it (a subheading's or a transcript's way).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from weakref import WeakKeyDictionary

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.attribution_names import (
    PRONOUN,
    SOMEONE_ASKING,
    UNKNOWN,
    name_beside_verb,
)
from viewer.engine.attribution_windows import (
    AND,
    attribution_windows,
    gap_bits,
    has_verb,
    introduced_at,
    verb_right_before,
)
from viewer.engine.full_names import NAME_WORDS, full_name, title_case
from viewer.engine.name_words import capitalised
from viewer.engine.speaking_people import speaking
from viewer.engine.tokens import TokenisedCorpus


def quotation_document(corpus: TokenisedCorpus, quotation: int) -> int:
    """The document `quotation` (an index into the corpus's quotations) stands in."""
    return corpus.document_at(int(corpus.quote_first[quotation]))


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
        speaker = name_beside_verb(corpus, document, window_first, window_end,
                                   before_quotation=window_end == first)
        if speaker == UNKNOWN and _subjectless(corpus, quotation, window_first, window_end):
            return PRONOUN
        verb = verb or has_verb(corpus, window_first, window_end)
        if speaker == UNKNOWN and _someone_asking(corpus, window_first, window_end):
            return SOMEONE_ASKING
        if speaker != UNKNOWN or (not introduced and verb):
            return speaker
    return _labelled(corpus, first, document) if introduced and not verb else UNKNOWN


def _subjectless(corpus: TokenisedCorpus, quotation: int, first: int, end: int) -> bool:
    """Whether the words [first, end) right after `quotation` are a reporting verb with no
    subject, an auxiliary maybe before it and no subject after it: '«...», añadió.', '«...», ha
    dicho tajante', '"...," ujarnya.' (a language
    that drops its pronouns, or writes one onto the verb, goes on with the speaker before, as
    '"...," he added' does); not '"...," said a source'; its subject stands in its clause,
    the words after a comma being the outlet's own ('"...", defendeu, depois de dizer ...').
    Or, right before it and nothing after it in its sentence, the attribution of the quotation
    before, such a verb alone ('"...", notou. "..."', as '"...," Zuma said. "..."' is Zuma's);
    or its sentence opening with such a verb: 'Mencionó que "..."', 'Detalló que Glas,
    "..."'."""
    if end <= first:
        return False
    document = quotation_document(corpus, quotation)
    before_end = int(corpus.quote_end[quotation - 1]) if quotation else -1
    if end == int(corpus.quote_first[quotation]) and first <= before_end < end \
            and corpus.offsets[document] <= corpus.quote_first[quotation - 1] \
            and _ends_its_sentence(corpus, quotation, document) \
            and _subjectless_after(corpus, before_end, end, document, False):
        # (the words before it all the attribution of the quotation before, the verb with no
        # subject, '"...", notou. "..."': it goes on with that one's speaker, as '"...," Zuma
        # said. "..."' is Zuma's)
        return True
    # (a verb in the plural has "they" for its subject: the speakers before only where their
    # quotation's verb is in the plural too, '"...", señalaron las Fuerzas Armadas y la Policía
    # en un comunicado. Agregaron que "...')
    # (asked only of a verb in the plural)
    they = partial(_they_before, corpus, quotation, document)
    if first != int(corpus.quote_end[quotation]):
        return _subjectless_before(corpus, quotation, first, end, document, they)
    return _subjectless_after(corpus, first, end, document, True, they)


def _subjectless_verb(verb: np.ndarray, they: Callable[[], bool]) -> bool:
    """Whether `verb` (one word hash, or none) is a reporting verb that may go on with the
    speaker before: in the singular; in the plural, "they", only where `they()` says the
    speakers before were plural too."""
    if not in_sorted(verb, reporting.CONTINUING).any():
        return False
    return not in_sorted(verb, reporting.PLURAL).any() or they()


def _they_before(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether the quotation before `quotation` in its document is attributed with reporting
    verbs in the plural only ('"...", señalaron el Comando Conjunto y la Policía', '"...",
    dijeron los vecinos'): a later verb in the plural naming nobody goes on with them. Its
    attribution is its first window holding a reporting verb (as `attribution_name` reads it),
    cut where `quotation` opens: '"...", dijo Okonte, según señalan fuentes' is his, and in
    '"...", dijo Okonte y "...", agregan' the later verb is the later quotation's."""
    earlier = quotation - 1
    if earlier < 0 or int(corpus.quote_first[earlier]) < int(corpus.offsets[document]):
        return False
    opening = int(corpus.quote_first[quotation])
    for window_first, window_end in attribution_windows(corpus, earlier, document):
        words = corpus.hashes[window_first:min(window_end, opening)]
        verbs = words[in_sorted(words, reporting.CONTINUING)]
        if len(verbs):
            return bool(in_sorted(verbs, reporting.PLURAL).all())
    return False


def _ends_its_sentence(corpus: TokenisedCorpus, quotation: int, document: int) -> bool:
    """Whether no words follow `quotation` in its sentence: nothing of its own attributes it
    ('"...", disse o ministro', '"...", lê-se no comunicado')."""
    end = int(corpus.quote_end[quotation])
    return end >= int(corpus.offsets[document + 1]) or bool(
        gap_bits(corpus, end, document) & (breaks.SENTENCE_BREAK | breaks.NEWLINE))


def _subjectless_after(corpus: TokenisedCorpus, first: int, end: int, document: int,
                       in_clause: bool, they: Callable[[], bool] = lambda: False) -> bool:
    """Whether the words [first, end) right after a quotation open with a reporting verb in the
    singular, maybe after an auxiliary, and name no subject after it: in its clause
    (`in_clause`: the words after a comma are the outlet's own, `_clause_end`), or up to `end`;
    in the plural too where `they` says the speakers before were "they"."""
    words = corpus.hashes[first:end]
    # (a past tense's auxiliary may come first: '"...", ha dicho tajante', '"...", ha spiegato')
    verb_at = 1 if len(words) > 1 and in_sorted(words[:1], reporting.AUXILIARIES)[0] else 0
    if not _subjectless_verb(words[verb_at:verb_at + 1], they):
        return False
    after = first + verb_at + 1
    if not in_clause:
        return _no_subject(corpus, after, end)
    clause = _clause_end(corpus, after, end, document)
    if not _no_subject(corpus, after, clause):
        return False
    # (an aside set off by commas or dashes may stand between the verb and its subject, 'dijo,
    # por su parte, el ministro', '"...," said, however, Ana Rovira': a clause of the sentence
    # opening with an article or a capital names one)
    for at in range(clause, end):
        bits = gap_bits(corpus, at, document)
        if bits & (breaks.SENTENCE_BREAK | breaks.NEWLINE):
            break
        if bits & breaks.CLAUSE and (in_sorted(corpus.hashes[at:at + 1], _SUBJECT_OPENING)[0]
                                     or capitalised(corpus, at, at + 1)[0]):
            return False
    return True


_SUBJECT_OPENING = reporting.hashes_of(
    "the a an el la los las lo un una uno o os as um uma le les il gli une der die das den dem "
    "ein eine de het een su sus seu sua his her their sein seine ihr ihre son sa ses leur suo")
"""Articles and possessives: a clause opening with one after a reporting verb names its subject
('dijo, por su parte, el ministro')."""


def _subjectless_before(corpus: TokenisedCorpus, quotation: int, first: int, end: int,
                        document: int, they: Callable[[], bool] = lambda: False) -> bool:
    """Whether the words [first, end) before `quotation` open its sentence with a reporting
    verb in the singular, only function words after it up to "that" or the opening mark:
    'Mencionó que "..."', 'Agregó: "..."', the subject the sentence before's (in the plural
    too where `they` says so: 'Agregaron que "...'); or so after the quotation before and a
    conjunction, the sentence's subject's second verb ('... "..." and noted that "..."')."""
    opens = bool(gap_bits(corpus, first, document) & breaks.SENTENCE_BREAK)
    # (or the quotation before, in this sentence, and the subject's second verb after it:
    # 'X transmitiu à família "..." e destacou que Sampaio "..."')
    previous_end = int(corpus.quote_end[quotation - 1]) if quotation else -1
    if first < previous_end < end and corpus.quote_first[quotation - 1] >= corpus.offsets[
            document] and in_sorted(corpus.hashes[previous_end:previous_end + 1], AND).any():
        first, opens = previous_end + 1, True
    words = corpus.hashes[first:end]
    if not _subjectless_verb(words[:1], they):
        return False
    # (after "que", "that", the words are what was said: 'Detalló que Glas, "..."')
    said = np.flatnonzero(in_sorted(words, reporting.THAT))
    verb_phrase = words[1:said[0]] if len(said) else words[1:]
    return bool(end == int(corpus.quote_first[quotation]) and opens
                and in_sorted(verb_phrase, reporting.FUNCTION).all())


def _clause_end(corpus: TokenisedCorpus, first: int, end: int, document: int) -> int:
    """The first global token in [first, end) that a clause break (a comma, a full stop) stands
    before, else `end`: a verb's subject stands in the verb's clause ('«...», dijo ayer el
    ministro'); after a comma the words are the outlet's own ('"...", defendeu, depois de dizer
    ter sido "..."')."""
    for at in range(first, end):
        if gap_bits(corpus, at, document) & breaks.CLAUSE:
            return at
    return end


def _no_subject(corpus: TokenisedCorpus, first: int, end: int) -> bool:
    """Whether the words [first, end) after a reporting verb name no subject: function words,
    words of time ('añadió ayer') and of manner (_MANNER, 'ha dicho tajante') only. Any other
    word may be the subject, with an article or without ('dijo el ministro', 'said police',
    'dijo su abogado')."""
    words = corpus.hashes[first:end]
    return bool((in_sorted(words, reporting.FUNCTION) | in_sorted(words, reporting.DATES)
                 | in_sorted(words, _MANNER)).all())


_MANNER = reporting.hashes_of(
    "tajante tajantemente rotundo rotunda contundente firme categórico categórica seco seca "
    "secco secca emocionado emocionada commosso commossa emocionado emocionada visiblemente "
    "visibilmente")
"""Words of manner that follow a reporting verb with no subject in the languages that drop it
('"...", ha dicho tajante', '"...", ha detto commosso'): the speaker's, not a subject."""


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
        return _described(corpus, start, first, document)
    capitals = capitalised(corpus, start, first)
    last = int(corpus.hashes[first - 1])
    if not capitals.all() or reporting.stock(corpus.hashes[first - 1:first])[0]:
        return _described(corpus, start, first, document)
    character = int(corpus.starts[first - 1])
    if title_case(text, character):
        return UNKNOWN
    # (and only a person the document names beside a reporting verb: a line's label,
    # 'UPDATE: "..."', 'Q: "..."', 'Photo: "..."', 'Reuters: "..."', names no speaker)
    return speaking(corpus, document, last)


_PREDICATE_WORDS = 4
"""The most words in lower case after a name and before a colon that introduce its quotation
('António Costa foi claro: "..."', 'Okonte a été très clair :')."""
_COPULAS = reporting.hashes_of(
    "was is foi é fue es era est été è fu war ist sido stato")
"""Forms of "be" (singular) that open such a predicate, after an auxiliary or not."""
_PLURAL_OR_ARTICLE = np.union1d(reporting.PLURAL_PRONOUNS, reporting.hashes_of("ze sie il o"))
"""Pronouns of several people, and the pronouns that are also another language's article."""


def _described(corpus: TokenisedCorpus, start: int, first: int, document: int) -> int:
    """The name of the clause that a colon ends right before the quotation opening at global
    token `first` ('Asked about running again, António Costa was clear: "..."', 'Preguntado
    por su futuro, Okonte fue tajante: "..."'), else UNKNOWN: a run of capitals opening the
    clause (after the sentence's start `start` or a comma), at most NAME_WORDS, its last word no
    stock word, then a form of "be" (maybe after an auxiliary) and one or two words, all in lower
    case, _PREDICATE_WORDS at most; a name of one word only if the document has that person speak
    elsewhere. A singular pronoun so is PRONOUN ('He was blunt: "..."')."""
    clause = first - 1
    while clause > start and not gap_bits(corpus, clause, document) & breaks.CLAUSE:
        clause -= 1
    capitals = capitalised(corpus, clause, first)
    run = int(np.argmin(capitals)) if not capitals.all() else len(capitals)
    predicate = corpus.hashes[clause + run:first]
    if not 1 <= run <= NAME_WORDS or not 1 <= len(predicate) <= _PREDICATE_WORDS \
            or capitals[run:].any():
        return UNKNOWN
    # (a form of "be" and how the speaker was: 'was clear', 'foi claro', 'a été clair'; not
    # 'received a letter:', nor "Okonte's critics were blunt:")
    copula = 1 if in_sorted(predicate[:1], reporting.AUXILIARIES)[0] else 0
    if not in_sorted(predicate[copula:copula + 1], _COPULAS)[0] \
            or len(predicate) - copula - 1 not in (1, 2):
        return UNKNOWN
    last = corpus.hashes[clause + run - 1:clause + run]
    if run == 1 and in_sorted(last, reporting.PRONOUNS)[0]:
        return UNKNOWN if in_sorted(last, _PLURAL_OR_ARTICLE)[0] else PRONOUN
    if reporting.stock(last)[0]:
        return UNKNOWN
    # (a person named in full, or one the document has speak beside a verb: not 'UPDATE at
    # noon: "..."')
    person = full_name(corpus, document, int(last[0]))
    return person if run >= 2 else speaking(corpus, document, int(last[0]))


_ASKING = reporting.hashes_of("asked asks fragte fragt demandé demande preguntó pregunta chiesto "
                              "chiede perguntou pergunta vroeg")
"""Verbs of asking: the words they attribute are a question put to the speaker."""
_INDEFINITE = reporting.hashes_of("a an one another ein eine einer un une uno una um uma een")
"""Indefinite articles: the asker is somebody, named nowhere ("a reporter", "eine Journalistin")."""


def _someone_asking(corpus: TokenisedCorpus, first: int, end: int) -> bool:
    """Whether the words [first, end) hold a verb of asking whose subject an indefinite article
    opens, right before it or after it ('a reporter asked', 'asked one journalist', 'fragte eine
    Journalistin'): a questioner, not the speaker before."""
    words = corpus.hashes[first:end]
    asking = np.flatnonzero(in_sorted(words, _ASKING))
    if not len(asking):
        return False
    at = int(asking[0])
    before = words[max(at - 2, 0):at]
    after = words[at + 1:at + 2]
    return bool((in_sorted(before[:1], _INDEFINITE).any() and len(before) == 2)
                or in_sorted(after, _INDEFINITE).any())
