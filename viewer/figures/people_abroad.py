"""Counts of people in Spanish, Portuguese, French, Italian and German: the nouns that count
people ("personas", "Menschen", "muertos", "Verletzte") and the words around them that say what
happened to them ("murieron", "ont été blessées", "sono rimaste ferite", "kamen ums Leben").

The figures' reader (`viewer.figures.extraction`) finds a number and the noun after it by
English rules. In these languages that gave a Spanish outlet's "12 muertos" and another's "12
personas murieron" as two different things counted ("muerto", "persona"), neither with an
outcome, and an Italian "12 persone sono morte" or a German "14 Menschen kamen ums Leben" as no
figure at all ("persone", "Menschen" end like no English plural). Here:

- `thing_abroad`: each language's nouns of people are the English kinds ("personas" people,
  "niños" children, "soldados" personnel), and a noun of the harmed is people with the outcome
  it implies ("heridos" people injured, "Tote" people killed). Victims are "harmed", as the
  English reader has them, but for Italian "vittime", which Italian news writes for the dead
  ("il bilancio delle vittime", the death toll);
- `outcome_abroad`: the outcome after the noun, past auxiliaries and a relative pronoun
  ("fueron detenidas", "qui ont été tuées", "die verletzt wurden"; a German participle may
  stand a few words on, "wurden bei dem Unglück verletzt"), losing one's life ("perdieron la
  vida", "kamen ums Leben"), a crowd ("se sont rassemblées", "versammelten sich": people
  gathered, unless a death or an injury follows in its clause), or a verb before the number
  ("murieron 12 personas", "starben 14 Menschen", "la muerte de 12 personas");
- `toll_abroad`: a number with no noun after a toll's noun ("el número de muertos asciende a
  15", "die Zahl der Toten stieg auf 15");
- `bare_outcome_abroad`: a number with no noun that an outcome follows ("y 30 resultaron
  heridas"): the people of the figure before it;
- `source_abroad`: who gives the figure, after "según", "selon", "secondo", "laut", "segundo".

Pure functions on text, no Qt. Words are looked up in lower case, accents as written.
"""

from __future__ import annotations

import re

from viewer.figures.outcomes import (
    LIGHTLY,
    QUOTES,
    SERIOUSLY,
    TOKEN,
    Token,
    injured_to_a_degree,
    read_tokens,
)
from viewer.figures.things import GATHERED, Thing

_KINDS = {
    # kind (as the English reader names it): the words, all five languages
    "people": "personas pessoas personnes persone menschen personen individuos individus "
              "individui hombres mujeres hommes femmes uomini donne männer frauen homens "
              "mulheres",
    "children": "niños niñas enfants bambini bambine kinder crianças meninos meninas",
    "personnel": "soldados soldats soldati soldaten militares militaires militari",
    "police officers": "policías policiers poliziotti polizisten carabinieri policiais",
    "protesters": "manifestantes manifestants manifestanti demonstranten",
    "passenger": "pasajeros passagers passeggeri passagiere passageiros",
    "worker": "trabajadores travailleurs ouvriers lavoratori operai arbeiter trabalhadores",
    "miner": "mineros mineurs minatori bergleute mineiros",
    "civilian": "civiles civils civili zivilisten civis",
    "tourist": "turistas touristes turisti touristen",
}
_HARMED = {
    # outcome a noun implies: the nouns
    "killed": "muertos muertas fallecidos fallecidas muertes decesos morts mortes tués tuées "
              "décès morti deceduti decessi vittime tote toten todesopfer mortos mortas óbitos",
    "injured": "heridos heridas lesionados lesionadas blessés blessées feriti ferite verletzte "
               "verletzten verwundete verwundeten feridos feridas",
    "harmed": "víctimas victimes opfer vítimas",
    "missing": "desaparecidos desaparecidas disparus disparues dispersi vermisste vermissten",
    "arrested": "detenidos detenidas arrestados arrêtés interpellés arrestati festgenommene "
                "detidos",
    "evacuated": "evacuados evacuadas desalojados évacués évacuées evacuati sfollati "
                 "evakuierte",
}
_NOUNS: dict[str, Thing] = {}
for _kind, _words in _KINDS.items():
    for _word in _words.split():
        _NOUNS[_word] = Thing(_kind, _kind if " " not in _kind else _word, abroad=True)
for _outcome, _words in _HARMED.items():
    for _word in _words.split():
        _NOUNS[_word] = Thing("casualties" if _outcome == "harmed" else "people", _word,
                              implied_outcome=_outcome, abroad=True)

_OUTCOME_WORDS = {
    "killed": "mató mataron murieron murió muerto muerta muertos muertas fallecieron falleció "
              "fallecido fallecida fallecidos fallecidas perecieron asesinados asesinadas mort "
              "morte morts mortes tués tuées tué tuée décédé décédée décédés décédées péri morti "
              "morto morta morirono deceduti decedute uccisi uccise ucciso uccisa starben "
              "gestorben getötet tötete töteten umgekommen morreram morreu mortos mortas "
              "faleceram faleceu assassinados assassinadas "
              # the present a headline or a summary tells it in ("Zwei Menschen sterben",
              # "tötet er zwei Menschen", "mueren 12 personas", "12 personnes meurent")
              "sterben stirbt töten tötet mueren muere meurent meurt muoiono muore morrem "
              "morre",
    "injured": "hirió hirieron heridos heridas herido herida lesionados lesionadas blessés "
               "blessées blessé blessée feriti ferite ferito ferita verletzt verletzte verwundet "
               "feridos feridas ferido ferida",
    "missing": "desaparecidos desaparecidas disparus disparues dispersi disperse vermisst",
    "arrested": "detuvo detuvieron arrestó arrestaron detenidos detenidas detenido detenida "
                "arrestados arrestadas arrêtés arrêtées interpellés interpellées arrêté "
                "interpellé arrestato arrestati arrestate fermati fermate festgenommen verhaftet "
                "prendeu deteve presos presas detidos detidas",
    "evacuated": "evacuó evacuaron evacuados evacuadas desalojados desalojadas évacués évacuées "
                 "evacuati évacué evacuate sfollati evakuiert",
    "rescued": "rescató rescataron rescatados rescatadas secouru secourus secourues sauvés "
               "sauvées salvati salvate gerettet resgatados resgatadas",
    "hospitalised": "hospitalizados hospitalizadas hospitalisés hospitalisées ricoverati "
                    "ricoverate internados internadas",
    # a crowd, as the English "gathered", "attended" ("se congregaron", "se sont
    # rassemblées", "reuniram-se", "si sono radunate", "versammelten sich"): a row of its own,
    # never a toll's (a stampede's crowd of 200,000 beside its 11 dead)
    GATHERED: "reunieron reunidos reunidas congregaron congregados congregadas concentraron "
              "concentrados concentradas asistieron acudieron participaron "
              "rassemblés rassemblées rassemblé réunis réunies participé assisté "
              "reuniram reuniram-se reunidos reunidas concentraram concentraram-se "
              "compareceram participaram "
              "radunate radunati radunato riunite riuniti accorse accorsi partecipato "
              "versammelten versammelt versammelte teilgenommen demonstrierten",
}
_OUTCOME_OF = {word: outcome for outcome, words in _OUTCOME_WORDS.items()
               for word in words.split()}
_LOSING_WORDS = "perdieron perdido perdu perdus perdues perso persero perderam"
_LOSING = frozenset(_LOSING_WORDS.split())
_LIFE_WORDS = "vida vie vies vita vite"
_LIFE = frozenset(_LIFE_WORDS.split())
"""Losing one's life: "perdieron la vida", "ont perdu la vie", "hanno perso la vita"."""

_AUXILIARY_WORDS = (
    "han habían hubo fueron fue ha sido resultaron resultó quedaron quedó ya también todavía aún "
    "ont avaient sont étaient été a déjà également aussi encore "
    "sono erano stati state rimasti rimaste restati restate hanno avevano è già anche ancora "
    "wurden wurde sind waren worden haben hatten ist bereits auch noch kamen seien sei "
    "foram foi ficaram ficou têm tinham estão"
)
_REFLEXIVES = frozenset(["se", "si", "sich", "s'étaient", "s’étaient", "s'était", "s’était"])
"""A reflexive pronoun before a crowd's verb ("se sont rassemblées", "se congregaron", "si sono
radunate", "versammelten sich"), read past as an auxiliary is."""
_AUXILIARIES = frozenset(_AUXILIARY_WORDS.split()) | _REFLEXIVES
_RELATIVES = frozenset(["que", "qui", "che", "die", "der"])
_DEGREES = {
    **dict.fromkeys(["gravemente", "grièvement", "gravement", "schwer", "schwerst",
                     "lebensgefährlich"], SERIOUSLY),
    **dict.fromkeys(["levemente", "légèrement", "leggermente", "lievemente", "leicht"],
                    LIGHTLY),
    **dict.fromkeys(["mortalmente", "mortellement", "tödlich"], "killed"),
}
"""How badly ("gravemente heridas", "schwer verletzt"): the seriously or lightly injured are a
quantity of their own (`outcomes.injured_to_a_degree`: "Elf Menschen wurden verletzt, fünf von
ihnen schwer" and another outlet's "Fünf Personen seien schwer verletzt worden" do not clash);
injured fatally ("tödlich verletzt", "mortalmente herido") is killed."""
_PARTLY = frozenset(["teils", "teilweise", "zum", "teil"])
"""Before a degree, "some of them" ("teils", "zum Teil"): "30 Menschen wurden teils schwer
verletzt" counts the 30 injured, a few seriously, so the degree is not the count's."""
_GERMAN_REACH = 4
"""Words a German participle may stand after its auxiliary ("wurden bei dem Unglück
verletzt"): the verb closes its clause."""
_GERMAN_AUXILIARIES = frozenset(["wurden", "wurde", "sind", "waren", "worden", "seien", "sei"])
"""(with "seien", "sei": what German reports someone said, "Fünf Personen seien schwer verletzt
worden")"""
_INVERTED_SUBJECTS = frozenset(["er", "sie", "es", "man"])
"""A German subject pronoun after its verb, before the object: "tötet er zwei Menschen" (the
verb comes second, the subject after it when the sentence opens with something else)."""
_CLAUSE_END = frozenset(",.;:!?()")
_INFINITIVE_OUTCOMES = frozenset(["sterben", "töten"])
"""German outcomes that are infinitives too, not only the present a summary tells a toll in
("Zwei Menschen sterben", "Bei dem Anschlag sterben 14 Menschen")."""
_NOT_YET_WORDS = (
    # modals, verbs of intending or threatening, and the future's "werden", in their forms
    "will willst wollen wollt wollte wollten wolltest "
    "kann kannst können könnt konnte konnten könnte könnten "
    "soll sollst sollen sollt sollte sollten "
    "muss muß musst müssen müsst musste mussten müsste müssten "
    "darf darfst dürfen dürft durfte durften dürfte dürften mag möchte möchten "
    "droht drohen drohte drohten plant planen plante planten "
    "wird wirst werden werdet würde würden"
)
_NOT_YET = frozenset(_NOT_YET_WORDS.split())
"""An infinitive outcome (`_INFINITIVE_OUTCOMES`) in a clause with one of these says what may,
must or was meant to happen ("Der Mann wollte zwei Menschen töten", "Ohne Hilfe könnten 500
Menschen sterben", "die sterben könnten"): no toll. Other outcomes are participles ("soll zwei
Menschen getötet haben" is still a toll, reported)."""

_DEATH_OF = re.compile(r"\b(?:muerte|mort|morte|tod|décès)\s+(?:de|di|von|da|dos|das)\s+$",
                       re.IGNORECASE)
"""The death of the people counted after it: "la muerte de 12 personas", "den Tod von 12
Menschen"."""
_TOLL_BEFORE = re.compile(
    r"\b(?:n[úu]mero|cifra|nombre|bilan|bilancio|balance|zahl|total)\s+"
    r"(?:(?:de|des|du|di|dei|delle|degli|della|der|dos|das|de\s+los|de\s+las)\s+)"
    r"(?P<noun>[^\W\d_]+)[^.;:!?\d]{0,40}$", re.IGNORECASE)
_SOURCE = re.compile(
    r"\b(?:según|segun|selon|d['’]après|secondo|stando\s+a|laut|segundo|de\s+acuerdo\s+con"
    r"|de\s+acordo\s+com)\s+(?:(?:el|la|los|las|le|les|il|lo|i|gli|der|die|dem|den|des|o|a|os"
    r"|as)\s+|l['’])?(?P<source>[^,.;:!?()\d\n]{2,60})", re.IGNORECASE)
_SOURCE_WORDS = 5
_SOURCE_ENDS = frozenset(["mindestens", "wenigstens", "etwa", "rund", "fast", "insgesamt",
                          "bereits", "bisher", "nun", "jetzt", "inzwischen", "que", "qui", "che"])
"""Words after a source that are not its own: a qualifier or an adverb the figure opens with
("laut Polizei mindestens 12 Menschen"), a relative pronoun; its verb is an auxiliary's or an
outcome's word."""


def thing_abroad(word: str) -> Thing | None:
    """The thing a noun of the five languages counts, if it counts people."""
    return _NOUNS.get(word.lower())


def outcome_abroad(sentence: str, start: int, head_end: int,
                   thing: Thing) -> tuple[str | None, int | None]:
    """The outcome stated beside the figure at `start` whose noun ends at `head_end` (offsets
    into `sentence`), and (if it follows the noun) where it ends; as `outcomes.outcome_beside`
    reads English."""
    after = read_tokens(sentence, head_end, 10)
    found = _outcome_after(after)
    if found is not None and found[0] == GATHERED:
        # (a relative clause set off by commas closes with its second: "Elf Menschen, die
        # sich versammelt hatten, kamen ums Leben")
        in_commas = bool(after) and after[0].text == ","
        found = _toll_after_crowd(read_tokens(sentence, found[1].end, 15), in_commas) or found
    if found is not None and not _not_yet(sentence, start, found[1]):
        return thing.implied_outcome or found[0], found[1].end
    if thing.implied_outcome:
        return thing.implied_outcome, None
    return _outcome_before(sentence, start), None


def bare_outcome_abroad(tokens: list[Token]) -> bool:
    """Whether a number without a noun is followed by an auxiliary and an outcome ("30
    resultaron heridas", "30 wurden verletzt"): it counts the people of the figure before."""
    return bool(tokens) and tokens[0].text.lower() in _AUXILIARIES \
        and _outcome_after(tokens) is not None


def toll_abroad(text: str, number_start: int) -> Thing | None:
    """The people a toll's noun before a noun-less number counts ("el número de muertos
    asciende a 15"), if one does."""
    found = _TOLL_BEFORE.search(text, max(0, number_start - 80), number_start)
    if found is None:
        return None
    thing = thing_abroad(found.group("noun"))
    return thing if thing is not None and thing.implied_outcome else None


def source_abroad(sentence: str) -> str | None:
    """Who the sentence gives the figure by ("según Protección Civil", "laut Polizei"), its
    first words up to a comma or a verb ("Laut Polizei wurden 2.500 Menschen evakuiert": the
    verb follows the source, German putting it second)."""
    found = _SOURCE.search(sentence)
    if found is None:
        return None
    words: list[str] = []
    for word in found.group("source").split()[:_SOURCE_WORDS]:
        lower = word.lower()
        if lower in _AUXILIARIES or lower in _OUTCOME_OF or lower in _SOURCE_ENDS:
            break
        words.append(word)
    return " ".join(words) or None


def _outcome_after(tokens: list[Token]) -> tuple[str, Token] | None:
    """The outcome the words after a figure's noun state, and its last word: past auxiliaries
    and a relative pronoun, up to the clause's end (a German participle some words on)."""
    german_reach = 0
    degree: str | None = None
    partly = False
    relative_may_follow = True  # (right after the noun, or after a comma: "14 Menschen, die")
    for position, token in enumerate(tokens):
        lower = token.text.lower()
        if lower == "," and position == 0 and len(tokens) > 1 \
                and tokens[1].text.lower() in _RELATIVES:
            continue
        if lower in _CLAUSE_END:
            return None
        if token.text in QUOTES:
            continue  # the outlet quotes the officials' words: „schwer verletzt“, «blessées»
        if lower in _OUTCOME_OF:
            return injured_to_a_degree(degree, _OUTCOME_OF[lower]), token
        if lower in _PARTLY:
            partly = True
            continue
        if lower in _DEGREES:
            degree = None if partly and _DEGREES[lower] != "killed" else _DEGREES[lower]
            continue
        life = next((later for later in tokens[position + 1 : position + 3]
                     if later.text.lower() in _LIFE), None) if lower in _LOSING else None
        if life is not None:
            return "killed", life
        if lower == "ums" and position + 1 < len(tokens) \
                and tokens[position + 1].text.lower() == "leben":
            return "killed", tokens[position + 1]  # "kamen ums Leben"
        if lower in _GERMAN_AUXILIARIES:
            german_reach = _GERMAN_REACH
        if lower in _RELATIVES and relative_may_follow:
            relative_may_follow = False
            german_reach = _GERMAN_REACH  # (a German relative clause puts its verb last)
            continue
        relative_may_follow = False
        if lower in _AUXILIARIES:
            continue
        if german_reach:
            german_reach -= 1
            continue
        return None
    return None


def _toll_after_crowd(tokens: list[Token], in_commas: bool) -> tuple[str, Token] | None:
    """A death or an injury stated after a crowd's verb in its clause, and its last word: "11
    persone che avevano partecipato al concerto sono morte", "Les 11 personnes réunies dans la
    salle ont été tuées" count the dead, the crowd only saying who they were (as
    `crowds.toll_later` reads English). The clause ends at a sign, a number (another figure's)
    or a purpose's infinitive ("réunies pour pleurer les victimes tuées": the mourners are no
    toll); a relative clause `in_commas` goes on past its closing comma to the main verb."""
    for position, token in enumerate(tokens):
        lower = token.text.lower()
        if lower == "," and in_commas:
            in_commas = False
            continue
        if lower in _CLAUSE_END or not token.text[:1].isalpha() or _purpose(tokens, position):
            return None
        found = _outcome_after(tokens[position:])
        if found is not None and found[0].startswith(("killed", "injured")):
            return found
    return None


_PURPOSES = frozenset(["pour", "para", "per", "um", "zu", "afin"])
_INFINITIVE_ENDINGS = ("er", "ir", "re", "ar", "en")


def _purpose(tokens: list[Token], position: int) -> bool:
    """Whether a purpose's preposition at `position` takes an infinitive ("pour rendre", "para
    recordar", "per ricordare", "zu trauern"), not a noun ("pour le concert")."""
    following = tokens[position + 1].text.lower() if position + 1 < len(tokens) else ""
    return tokens[position].text.lower() in _PURPOSES and following.endswith(_INFINITIVE_ENDINGS)


def _outcome_before(sentence: str, start: int) -> str | None:
    """The outcome a verb right before the figure states ("murieron 12 personas", "sono morte
    12 persone", "starben 14 Menschen"), or "the death of" before it."""
    if _DEATH_OF.search(sentence, max(0, start - 20), start):
        return "killed"
    before = [Token(match.group(), match.start(), match.end())
              for match in TOKEN.finditer(sentence, max(0, start - 60), start)]
    for word in reversed(before[-3:]):
        lower = word.text.lower()
        if lower in _OUTCOME_OF:
            return None if _not_yet(sentence, start, word) else _OUTCOME_OF[lower]
        if lower not in _AUXILIARIES and lower not in _INVERTED_SUBJECTS:
            return None
    return None


def _not_yet(sentence: str, start: int, verb: Token) -> bool:
    """Whether the outcome `verb` states for the figure at `start` is an infinitive that a
    modal or a verb of intending in their clause makes no toll (`_NOT_YET`): looked for from
    the clause's start to the verb, and right after it ("die sterben könnten")."""
    if verb.text.lower() not in _INFINITIVE_OUTCOMES:
        return False
    first = min(start, verb.start)
    clause_start = max(sentence.rfind(mark, 0, first) for mark in _CLAUSE_END) + 1
    words = [match.group().lower()
             for match in TOKEN.finditer(sentence, clause_start, max(start, verb.end))]
    words += [token.text.lower() for token in read_tokens(sentence, verb.end, 1)]
    return any(word in _NOT_YET for word in words)
