"""The name beside a reporting verb, in the few words around a quotation that may attribute it.

Pure functions of the corpus (`viewer.engine.speakers` decides which words to ask, and follows
pronouns back). The name is the last word of the capitalised run nearest the verb, within
NAME_REACH words, titles and other stock words aside; a name after a word of ADDRESSING
(`viewer.engine.attribution_vocabulary`, which holds the word lists) is the
one spoken to or where the words were said, and one after "of" and a noun is what the subject
belongs to ("la delantera de Pachuca asegura"); a run an office follows is the office ("the Saudi
Foreign Minister"), and an office after the verb may stand before the name ("la ministre de la
Culture Rachida Dati"); a clause about the person may stand between the name and the verb.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from viewer.engine import breaks, reporting
from viewer.engine.arrays import in_sorted
from viewer.engine.attribution_vocabulary import (
    ADDRESSED_OVER,
    ADDRESSING_BIT,
    ARTICLE_PRONOUN,
    ASIDE_BIT,
    BODY_OF,
    CLAUSE_VERBS,
    COORDINATING_BIT,
    DATE_BIT,
    DEFINITE_BIT,
    ENGLISH_A,
    FALSE_FRIEND_BIT,
    INVERSION_T,
    KIND_BITS,
    KIND_HASHES,
    KIND_MASKS,
    OF,
    OFFICE_BIT,
    PORTUGUESE_ARTICLE,
    PRONOUN_BIT,
    RELATIVE_BIT,
    STOCK_BIT,
    THAT_BIT,
    VERB_BIT,
)
from viewer.engine.name_words import capitalised
from viewer.engine.parentheses import parenthesised
from viewer.engine.portfolios import in_portfolio_list
from viewer.engine.tokens import TokenisedCorpus
from viewer.engine.window_names import window_names

UNKNOWN = 0
"""The speaker of a quotation no attribution names."""
PRONOUN = 1
"""A pronoun attribution, resolved to the speaker before it."""
SOMEONE_ASKING = 2
"""Someone a verb of asking names without a name ('"...?" a reporter asked'): a person other than
any named speaker, a press conference's questioner."""
NAME_REACH = 3
"""Words from the reporting verb to the nearest word of a name ("said President Donald Trump")."""
APPOSITIVE_WORDS = 14
"""The longest such clause, in words."""
APPOSITION_OFFICE_WORDS = 3
"""An office set off by commas between a name and its verb holds an office's word among its
first this many words ("U.S. Attorney for ...", "Trump's lawyer")."""


def name_beside_verb(corpus: TokenisedCorpus, document: int, first: int, end: int, *,
                     before_quotation: bool = False) -> int:
    """In global tokens [first, end), the name nearest a reporting verb (or PRONOUN); or the
    name a clause about the person ends before the verb ("Ghebreyesus, who heads the agency,
    said"), which may stand a few words before `first`. The verbs are asked from the quotation
    outwards: the first first, or the last first in words `before_quotation` ('Talking about
    what had changed since the last Mercedes contract was announced, Wolff said, "..."' is
    Wolff's, not the contract's "Mercedes")."""
    if not in_sorted(corpus.hashes[first:max(first, end)], reporting.SAYING).any():
        # (no reporting verb, no name beside one: a fifth of the windows asked, not read further)
        return UNKNOWN
    reach = max(first - APPOSITIVE_WORDS - NAME_REACH, int(corpus.offsets[document]))
    words = AttributionWords.of(corpus, document, reach, end)
    verbs = words.verbs[words.verbs >= first - reach].tolist()
    for verb in (verbs[::-1] if before_quotation else verbs):
        speaker = words.name_before_apposition(verb)
        if speaker == UNKNOWN:
            speaker = words.name_at(verb, first - reach)
        if speaker == UNKNOWN:
            speaker = words.name_before_clause(verb)
        if speaker != UNKNOWN:
            return speaker
    return UNKNOWN


@dataclass(frozen=True)
class AttributionWords:
    """A few words of a document: their hashes, which are reporting verbs, names, pronouns."""

    hashes: np.ndarray
    verbs: np.ndarray
    name: np.ndarray
    pronoun: np.ndarray
    title: np.ndarray
    addressing: np.ndarray
    relative: np.ndarray
    that: np.ndarray
    """Whether each word may open what a reporting verb reports (`reporting.THAT`)."""
    capital: np.ndarray
    """Whether each word starts with a capital letter."""
    definite: np.ndarray
    """Whether each word is a definite article in lower case (DEFINITE_ARTICLES)."""
    clause: np.ndarray
    """Whether a clause boundary (a comma, a sentence end, a line break) stands before each word."""
    sentence: np.ndarray
    """Whether a sentence ends or a line breaks before each word."""
    date: np.ndarray
    """Whether each word is a day, a month or a word of time (`reporting.DATES`)."""
    parenthesised: np.ndarray
    """Whether each word stands inside parentheses ("Olaf Scholz (SPD) sagte": the party is an
    aside to the name, no name of its own)."""
    coordinating: np.ndarray
    """Whether each word is a conjunction joining a second verb (`COORDINATING`)."""
    aside: np.ndarray
    """Whether each word is a preposition that may open an aside (`ASIDE_OPENING`)."""
    particle: np.ndarray
    body: np.ndarray
    surname: np.ndarray
    """Whether each word is a particle inside a surname ("Marcelo Rebelo de Sousa"), one before a
    body after a name ("Nuno Carvalho da PSP"), a surname after an office and "de" ("El ministro
    de Guindos"): `surname_particles`, `full_names.surnames_after_offices`."""

    @classmethod
    def of(cls, corpus: TokenisedCorpus, document: int, first: int, end: int) -> AttributionWords:
        """Global tokens [first, end) of `document`."""
        hashes = corpus.hashes[first:max(first, end)]
        capital = capitalised(corpus, first, end)
        positions = np.arange(first, max(first, end))
        # (a name inside a quotation is the speaker's words, not the speaker: '"... dans notre
        # Panthéon national", indique le texte')
        quoted = corpus.inside_quotation(positions, positions + 1)
        gaps = corpus.gaps[positions + document]
        # (every list looked up at once: one binary search per word, not one per list)
        slot = np.minimum(np.searchsorted(KIND_HASHES, hashes), len(KIND_HASHES) - 1)
        kinds = np.where(KIND_HASHES[slot] == hashes, KIND_BITS[slot], np.uint16(0))
        # (every list's flags in one operation: a column each)
        kind = (kinds[:, None] & KIND_MASKS) != 0
        # (stock as `reporting.stock` finds it for the window as one range: a false friend's
        # language is the window's, so a window holding one is asked of it)
        stock = reporting.stock(hashes) if kind[:, FALSE_FRIEND_BIT].any() else kind[:, STOCK_BIT]
        addressing = kind[:, ADDRESSING_BIT]
        # (normalised, English "a" is French "à": 'a UEFA statement said' addresses nobody)
        for at in np.flatnonzero(addressing & (hashes == ENGLISH_A)).tolist():
            addressing[at] = corpus.texts[document][int(corpus.starts[first + at])] not in "aA"
        clause, sentence = (gaps & breaks.CLAUSE) != 0, (gaps & breaks.SENTENCE_BREAK) != 0
        name, particle, body, surname = window_names(corpus, document, first, hashes,
                                                     capital & ~stock & ~quoted, kind, gaps,
                                                     clause)
        return cls(hashes, np.flatnonzero(kind[:, VERB_BIT]), name,
                   kind[:, PRONOUN_BIT], kind[:, OFFICE_BIT], addressing, kind[:, RELATIVE_BIT],
                   kind[:, THAT_BIT], capital, kind[:, DEFINITE_BIT] & ~capital, clause, sentence,
                   kind[:, DATE_BIT], parenthesised(corpus, document, first, end, gaps),
                   kind[:, COORDINATING_BIT], kind[:, ASIDE_BIT],
                   particle, body, surname)

    def addressed(self, at: int) -> bool:
        """Whether the word at index `at` follows one of ADDRESSING in its clause, maybe an
        article between ("told the BBC", "a déclaré à l'AFP")."""
        return self.follows(at, self.addressing)

    def follows(self, at: int, listed: np.ndarray) -> bool:
        """Whether the word at index `at` follows, in its clause, a word that `listed` (by
        index) marks, maybe an article between."""
        for before in range(at - 1, max(at - 1 - ADDRESSED_OVER, -1), -1):
            if self.clause[before + 1]:
                return False
            if listed[before]:
                return True
            if not self.definite[before]:
                return False
        return False

    def reported(self, verb: int, at: int) -> bool:
        """Whether the word at index `at`, after the reporting verb at `verb`, is in what the
        verb reports: a word of THAT, in lower case, stands between ('noted that the Amtrak
        Northeast Corridor route "..."', 'dijo que el Gobierno'): the clause's subject, not
        the speaker ("said Che Adams" names him)."""
        return bool(at > verb and (self.that[verb + 1 : at] & ~self.capital[verb + 1 : at]).any())

    def apart(self, verb: int, at: int) -> bool:
        """Whether the word at index `at`, after the reporting verb at `verb`, is in another
        clause ('a spokeswoman said, as Okonte Varrow looked on'): not the verb's subject."""
        return bool(at > verb and self.clause[verb + 1 : at + 1].any())

    def run_start(self, at: int) -> int:
        """The first word of the run of names holding index `at` ("vom Deutschen Fußball-Bund
        zitiert": the run that ends beside the verb starts after "vom"; a particle inside a
        surname goes on with it, "Marcelo Rebelo de Sousa")."""
        while at > 0 and (self.name[at - 1] or self.particle[at - 1]) and not self.clause[at]:
            at -= 1
        return at

    def name_before_clause(self, verb: int) -> int:
        """The name right before a clause about the person that ends at the reporting verb at
        index `verb` ("Ghebreyesus, who heads the UN agency, said"), UNKNOWN if none: the clause
        opens with a relative pronoun after a comma, within APPOSITIVE_WORDS words, and the
        name's last word is right before that comma, in the same sentence."""
        if not self.clause[verb]:
            return UNKNOWN
        for opening in range(verb - 1, max(verb - 1 - APPOSITIVE_WORDS, 0), -1):
            if self.sentence[opening + 1]:
                return UNKNOWN
            if self.relative[opening] and self.clause[opening]:
                before = opening - 1
                if self.sentence[opening] or not self.name[before]:
                    return UNKNOWN
                return int(self.hashes[before])
        return UNKNOWN

    def name_before_apposition(self, verb: int) -> int:
        """The name before an office set off by commas that ends at the reporting verb at index
        `verb` ('"...," Damian Williams, U.S. Attorney for the Southern District of New York,
        said'; 'Williams, the top federal prosecutor in Manhattan, said'), UNKNOWN if none: the
        office opens with a definite article in lower case or holds an office's word among its
        first APPOSITION_OFFICE_WORDS words (or it is an aside a preposition opens, 'The Obamas,
        in a statement Tuesday, said'), within APPOSITIVE_WORDS words of the verb, and the
        name's last word is right before its comma, in the same sentence. The words nearest the
        verb are the office's ("York", "Attorney"), not the speaker."""
        if not self.clause[verb]:
            return UNKNOWN
        for opening in range(verb - 1, max(verb - 1 - APPOSITIVE_WORDS, 0), -1):
            if self.sentence[opening + 1] or self.relative[opening]:
                return UNKNOWN
            if not self.clause[opening]:
                continue
            office = self.definite[opening] or bool(self.aside[opening]) or bool(
                self.title[opening:min(opening + APPOSITION_OFFICE_WORDS, verb)].any())
            before = opening - 1
            if not office or self.sentence[opening] or not self.name[before] \
                    or self.title[before]:
                return UNKNOWN
            return int(self.hashes[before])
        return UNKNOWN

    def name_at(self, verb: int, low: int = 0) -> int:
        """The name (or PRONOUN) nearest the reporting verb at index `verb`, UNKNOWN if none is
        within NAME_REACH words (and at index `low` or after)."""
        for distance in range(1, NAME_REACH + 1):
            for at in (verb - distance, verb + distance):
                if not low <= at < len(self.hashes):
                    continue
                if self.pronoun[at] and (distance == 1 or self.inverted(at, verb)) and (
                        not self.article(at, verb) or self.office_alone(at, verb)):
                    if at > verb and self.opens_clause(at):
                        continue  # ('City said they are "...": what City said, not "they"')
                    return PRONOUN
                if self.name[at] and not self.parenthesised[at] \
                        and not self.reported(verb, at) and not self.apart(verb, at) \
                        and not self.addressed(self.run_start(at) if at < verb else at) \
                        and not (at < verb and self.complement(self.run_start(at))) \
                        and not (at < verb and self.coordinated(at, verb)) \
                        and not (at < verb and in_portfolio_list(
                            self.hashes, self.capital, self.clause, self.title, at)):
                    # (the last word of the run of capitals: "Donald Trump" is "trump"; not a
                    # party in parentheses after it, "Olaf Scholz (SPD)")
                    # (over a particle inside a surname: "disse Marcelo Rebelo de Sousa" is
                    # "sousa", as "Marcelo Rebelo de Sousa transmitiu" is)
                    last = at
                    while (last + 1 < len(self.hashes) and last + 1 != verb
                           and not self.parenthesised[last + 1] and not self.clause[last + 1]
                           and (self.name[last + 1] or (self.particle[last + 1]
                                                        and last + 2 != verb))):
                        last += 1
                    # (a run a title follows is part of the title: "the Saudi Foreign
                    # Minister", "a Pentagon spokesman"; the office names nobody)
                    if self.office_follows(last, verb):
                        continue
                    return int(self.hashes[last])
        return self.name_after_office(verb)

    def coordinated(self, at: int, verb: int) -> bool:
        """Whether a conjunction after a clause boundary stands between the word at index `at`
        and the verb at `verb` ('guilty of murdering George Floyd, but said'): the verb is the
        sentence subject's second, and the name before it the first verb's object."""
        return any(self.coordinating[between] and self.clause[between]
                   for between in range(at + 1, verb))

    def office_follows(self, last: int, verb: int) -> bool:
        """Whether an office follows the run of names ending at index `last`, right after it or
        after one word in lower case, in its clause and before the verb at `verb` ("the Saudi
        Foreign Minister", "the Mercedes team principal", "a Pentagon press secretary")."""
        after = last + 1
        if after < len(self.hashes) and self.title[after]:
            return True
        return bool(after + 1 < len(self.hashes) and after != verb
                    and not self.capital[after] and not self.clause[after]
                    and not self.clause[after + 1] and self.title[after + 1])

    def complement(self, at: int) -> bool:
        """Whether the run of names starting at index `at` is a noun's complement, one word
        after a word of OF that follows a word in lower case, in one clause ("La delantera de
        Pachuca asegura", "the captain of Arsenal said"): a club, a place or a body the subject
        belongs to, not the subject. Not a person named in full ('La Presidencia de Tunde
        Okonte dijo': his office speaking for him), nor a particle inside a name ("Marcelo
        Rebelo de Sousa"), nor a surname after an office ("El ministro de Guindos dijo", where
        the document names Luis de Guindos; but "the captain of Arsenal", "el ministro de
        Economía", "o Presidente da República", "Le PDG de la Lufthansa": the body's)."""
        if at >= 1 and self.body[at - 1]:  # ("Nuno Carvalho da PSP disse")
            return True
        # (an article between the word of OF and the name: 'de la Lufthansa', 'of the Met')
        particle = at - 2 if at >= 3 and self.definite[at - 1] and not self.clause[at - 1] \
            else at - 1
        return bool(particle >= 1 and not self.clause[at] and not self.clause[particle]
                    and self.hashes[particle] in OF
                    and (not self.capital[particle - 1] or self.title[particle - 1])
                    and not (self.title[particle - 1] and particle == at - 1
                             and self.hashes[particle] not in BODY_OF and self.surname[at])
                    and not (at + 1 < len(self.hashes) and self.name[at + 1]
                             and not self.clause[at + 1]))

    def opens_clause(self, at: int) -> bool:
        """Whether the pronoun at index `at` is the subject of the clause a verb of its own
        follows, in the same clause ('said they are "disappointed"', 'said he was "deeply
        saddened"'): what the speaker before the verb reports, not the speaker."""
        after = at + 1
        return bool(after < len(self.hashes) and not self.clause[after]
                    and self.hashes[after] in CLAUSE_VERBS)

    def inverted(self, at: int, verb: int) -> bool:
        """Whether the pronoun at index `at` follows the reporting verb at `verb` across French
        inversion's "-t-" ('ajoute-t-il')."""
        return bool(at == verb + 2 and self.hashes[verb + 1] == INVERSION_T)

    def article(self, at: int, verb: int) -> bool:
        """Whether the pronoun at index `at`, right after the reporting verb at `verb`, is
        another language's article before the speaker's title or name: French "il" is Italian
        "the" ('ha dichiarato il ministro Jean Dulac', '« ... », dit-il.'), and Turkish "o"
        is Portuguese "the" before any word of its clause ('disse o ministro Rui Lopes',
        'concluiu o relatório'). No other pronoun is: German "er" and Russian "он" before a
        capitalised word are still "he" ('sagte er Reportern', 'сказал он ТАСС')."""
        after = at + 1
        if not (at > verb and after < len(self.hashes)) or self.clause[after]:
            return False
        if self.hashes[at] == PORTUGUESE_ARTICLE:
            return True
        return bool(self.hashes[at] == ARTICLE_PRONOUN and (self.title[after] or self.name[after]))

    def office_alone(self, at: int, verb: int) -> bool:
        """Whether the article at index `at` (Portuguese "o") opens an office that no name
        follows ('"...", afirmou o presidente brasileiro'): read as the pronoun it also is, so
        that the person the document names with the office, else the speaker before, is the
        speaker (`viewer.engine.speakers`)."""
        return bool(self.hashes[at] == PORTUGUESE_ARTICLE and self.title[at + 1]
                    and self.name_after_office(verb) == UNKNOWN)

    def office_after(self, verb: int) -> int | None:
        """The first word of an office within NAME_REACH words after the reporting verb at
        index `verb`, days, months and words of time (`reporting.DATES`) not counted ('a estimé
        mercredi la Première ministre', 'dijo este lunes el ministro'; the other words of a
        time, "ce", "por la noche", are), in the verb's sentence; None if none."""
        counted = 0
        for at in range(verb + 1, len(self.hashes)):
            if self.sentence[at]:
                return None
            if self.title[at]:
                return at
            if not self.date[at]:
                counted += 1
                if counted >= NAME_REACH:
                    return None
        return None

    def name_after_office(self, verb: int) -> int:
        """The name after an office that follows the reporting verb at index `verb` ('a
        souligné la ministre de la Culture Rachida Dati', 'said the prime minister of Japan,
        Fumio Kishida'): an office after the verb (`office_after`), then, in the same
        clause or after a comma, a run of capitals that starts within NAME_REACH words of it,
        its last word; UNKNOWN if none (an office alone names nobody: 'said the Saudi Foreign
        Minister'). A lone capitalised word is the office's own ('the Minister of Health'), and
        a run after a word of ADDRESSING is where, not who ('le ministre sur France Inter')."""
        office = self.office_after(verb)
        if office is None:
            return UNKNOWN
        while office + 1 < len(self.hashes) and self.title[office + 1]:
            office += 1  # (the office's last word: 'the prime minister')
        at = office + 1
        while at < min(office + NAME_REACH + 1, len(self.hashes)):
            if self.sentence[at] or (self.clause[at] and not self.name[at]):
                return UNKNOWN
            if not self.name[at]:
                at += 1
                continue
            last = at
            while (last + 1 < len(self.hashes) and self.name[last + 1]
                   and not self.clause[last + 1]):
                last += 1
            if self.addressed(at) or (last + 1 < len(self.hashes) and self.title[last + 1]):
                return UNKNOWN
            if last > at:
                return int(self.hashes[last])
            at = last + 1
        return UNKNOWN
