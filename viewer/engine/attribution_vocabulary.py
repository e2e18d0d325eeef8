"""The word lists an attribution's words are looked up in (who is spoken to, offices, relative
pronouns, articles, words of "of"), and the table `viewer.engine.attribution_names.AttributionWords`
reads them all through at once, a bit per list.

Pure data, hashed as the engine hashes words (`viewer.engine.reporting.hashes_of`).
"""

from __future__ import annotations

import numpy as np

from viewer.engine import reporting
from viewer.engine.arrays import in_sorted

ADDRESSING = reporting.hashes_of(
    "told tells tell to à al ao on in at sur dans en auf im bei su vom")
"""Words after which a name is not the speaker: the one spoken to ("told Reuters", "said to
AFP", "a déclaré à l'AFP"), or where the words were said ("wrote on X", "a écrit sur X le
président", "sagte im ZDF", "said in Washington"), or who quotes them ("wird ... vom Deutschen
Fußball-Bund zitiert")."""
OFFICES = np.union1d(reporting.TITLES, reporting.hashes_of(
    "spokesman spokeswoman spokesperson official officials portavoz portavoce sprecher "
    "sprecherin attorney lawyer principal boss manager coach captain"))
"""Titles and offices that stand for an unnamed speaker ("the Foreign Minister", "a Pentagon
spokesman", "the Mercedes team principal", "the Arsenal manager")."""
RELATIVE = reporting.hashes_of("who qui quien quem chi der die")
"""Relative pronouns opening a clause about a person between the name and the verb ("Tedros
Adhanom Ghebreyesus, who heads the agency, said")."""
CLAUSE_VERBS = frozenset(reporting.hashes_of(
    "is are was were has have had will would could should can may might must did does do"
    ).tolist())
"""Verbs after a pronoun that make it the subject of a reported clause ('said they are'),
where a word after an inverted pronoun is no verb ('sagte er Reportern')."""
COORDINATING = reporting.hashes_of("but and yet pero mais et aber und doch maar ma mas")
"""Conjunctions that join a second verb to the sentence's subject ('found Chauvin guilty of
murdering George Floyd, but said ...'): a name before them is the first verb's object, not the
second's subject. (Not Dutch "en", Spanish "y", Italian "e": also words of other languages.)"""
ASIDE_OPENING = reporting.hashes_of(
    "in on at during after before en durante tras dans lors après pendant bei nach während")
"""Prepositions opening an aside set off by commas between a name and its verb ('The Obamas, in
a statement Tuesday, said'; 'Sánchez, en declaraciones a la prensa, dijo')."""
ENGLISH_A = int(reporting.hashes_of("a")[0])
"""English "a", and French "à" as normalised."""
INVERSION_T = int(reporting.hashes_of("t")[0])
"""The "t" of French inversion ('ajoute-t-il', 'précise-t-elle')."""
ARTICLE_PRONOUN = int(reporting.hashes_of("il")[0])
"""A pronoun that is another language's article: French "il", Italian "the"."""
PORTUGUESE_ARTICLE = int(reporting.hashes_of("o")[0])
"""Turkish "o" ("he"), Portuguese "the": a word after it in its clause makes it the article."""
ADDRESSED_OVER = 2
"""How many words back from a name a word of ADDRESSING is looked for (an article between)."""
DEFINITE_ARTICLES = reporting.hashes_of("the l la le les el los las lo der die das den dem")
"""Definite articles, which may stand between a word of ADDRESSING and the name ("told the
BBC", "a déclaré à l'AFP"). (Not "a": normalised, it is also French "à".)"""
OF = frozenset(reporting.hashes_of(
    "of de del do da dos das du des di della dei delle degli").tolist())
"""Words that make the name after them a noun's complement ("la delantera de Pachuca")."""
BODY_OF = frozenset(reporting.hashes_of(
    "of da do dos das del della dello du des dei delle degli").tolist())
"""Those that are never a surname's particle after an office: English "of" ("the manager of
Arsenal" names the club, "El ministro de Guindos" the minister), and the ones holding an
article ("o Presidente da República", "il ministro della Salute" name the body)."""


KIND_LISTS = (reporting.SAYING, reporting.PRONOUNS, OFFICES, ADDRESSING, RELATIVE,
              reporting.THAT, DEFINITE_ARTICLES, reporting.DATES, reporting.STOCK,
              reporting.false_friend_hashes(), COORDINATING, ASIDE_OPENING)
"""The word lists an attribution's words are looked up in (`AttributionWords.of`), a bit each."""
(VERB_BIT, PRONOUN_BIT, OFFICE_BIT, ADDRESSING_BIT, RELATIVE_BIT, THAT_BIT, DEFINITE_BIT, DATE_BIT,
 STOCK_BIT, FALSE_FRIEND_BIT, COORDINATING_BIT, ASIDE_BIT) = range(len(KIND_LISTS))


def _kind_table() -> tuple[np.ndarray, np.ndarray]:
    """Every hash of KIND_LISTS, sorted, and for each the bits of the lists holding it."""
    hashes = np.unique(np.concatenate(KIND_LISTS))
    bits = np.zeros(len(hashes), dtype=np.uint16)
    for bit, members in enumerate(KIND_LISTS):
        bits[in_sorted(hashes, members)] |= np.uint16(1 << bit)
    return hashes, bits


KIND_HASHES, KIND_BITS = _kind_table()
KIND_MASKS = (np.uint16(1) << np.arange(len(KIND_LISTS), dtype=np.uint16)).astype(np.uint16)
"""Each list's bit, in list order (`AttributionWords.of` reads them all at once)."""
