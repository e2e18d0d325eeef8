"""What a number counts and what happened to it: "22 missiles [fired]", "80 US soldiers [killed]".

Words are reduced to lemmas by `simplemma` (its English dictionary ships in the wheel) and
lemmas to a *kind of thing*: words news writers use for the same thing share one kind
("soldiers", "troops", "personnel", "servicemen" -> personnel; "missiles", "rockets" -> missiles);
any other noun is its own kind (its lemma). The outcome comes from the verb or noun beside the
quantity ("were killed", "killing", "the death of", "launched"), read by lemma, and its meaning
can depend on the kind ("hit" people are harmed, missiles that hit were fired). Troops
"deployed" or "stationed" are simply there: no outcome, the same quantity as "5,000 troops in".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from viewer.figures.abroad import UNITS_ABROAD
from viewer.figures.territories import may_name_a_people

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "personnel": ("soldier", "troop", "personnel", "serviceman", "servicewoman", "servicemember",
                  "marine", "sailor", "airman", "paratrooper", "trooper", "guardsman",
                  "peacekeeper", "reservist", "conscript"),
    "people": ("people", "person", "individual", "man", "woman"),
    "children": ("child", "kid", "minor", "infant", "baby", "boy", "girl"),
    "police officers": ("police", "policeman", "policewoman", "officer", "cop", "gendarme"),
    "protesters": ("protester", "protestor", "demonstrator", "marcher", "rioter"),
    "militants": ("militant", "insurgent", "rebel", "gunman", "jihadist", "extremist"),
    "missiles": ("missile", "rocket", "projectile"),
    "drones": ("drone", "uav"),
    "aircraft": ("aircraft", "plane", "jet", "warplane", "airplane", "helicopter"),
    "bases": ("base", "airbase", "airfield"),
    "homes": ("home", "house", "dwelling", "residence", "household"),
    "buildings": ("building", "structure", "tower"),
    "votes": ("vote", "ballot"),
    "aftershocks": ("aftershock", "tremor"),
    "records": ("record", "album"),  # "140 million records sold", "140 million albums sold"
}
WORKER_LEMMAS = frozenset(["worker", "employee", "staff", "staffer", "job"])
"""What a company lays off, one kind (*workers*) only when they are laid off ("11,000 employees",
"11,000 staff", "cut 11,000 jobs"): aid workers killed and staff killed stay two rows."""
_PERSON_KINDS = frozenset(
    {"personnel", "people", "children", "police officers", "protesters", "militants",
     "casualties", "workers"})
_MUNITIONS = frozenset([
    "missiles", "drones", "bomb", "shell", "round", "bullet", "shot", "torpedo", "grenade",
    "mortar", "salvo", "volley", "barrage", "munition", "warhead"
])
_KIND_OF_LEMMA = {lemma: kind for kind, lemmas in _SYNONYMS.items() for lemma in lemmas}
_HARMED_NOUNS = {"casualty": "harmed", "victim": "harmed", "death": "killed",
                 "fatality": "killed", "injury": "injured", "dead": "killed", "wounded": "injured",
                 "injured": "injured"}
"""Nouns that are both a count of people and an outcome: "no casualties", "12 deaths"."""
PERSON_LEMMAS = frozenset({
    "civilian", "resident", "worker", "student", "journalist", "reporter", "passenger",
    "migrant", "refugee", "prisoner", "hostage", "detainee", "citizen", "employee", "doctor",
    "nurse", "firefighter", "rescuer", "miner", "pilgrim", "fan", "voter", "official",
    "diplomat", "villager", "tourist", "patient", "survivor", "teacher", "crew", "staff",
    "member", "supporter", "player", "athlete", "inmate", "american", "national",
}) | frozenset(lemma for lemma, kind in _KIND_OF_LEMMA.items() if kind in _PERSON_KINDS)
INVARIANT_PLURALS = frozenset({
    "people", "personnel", "police", "staff", "crew", "cattle", "children", "men", "women",
    "aircraft", "livestock", "militia", "sheep", "deer", "fish", "offspring", "wounded", "dead",
    "injured",
})
_TIME_AND_MEASURES = (
    "second minute hour day night week weekend month year decade century time "
    "mile kilometre kilometer km metre meter foot feet inch yard kilogram kg gram pound ton "
    "tonne litre liter gallon barrel acre hectare degree percent point per cent "
    "dollar euro cent yen yuan rupee franc ruble rouble "
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday"
)
_PARTS_OF_TEXTS = "paragraph page chapter sentence"
"""A text's parts ("ten paragraphs into the memo", "two whole paragraphs"): no counts to compare
across outlets."""
_ABSTRACT_AFTER_NO = (  # "no plans", "no details", "no longer"
    "plan detail sign report indication comment word question doubt evidence reason "
    "idea choice option way longer matter thing other others one more most less least"
)
_FRACTIONS = (  # "one third", "two-thirds of the vote": a share, not a count
    "half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths "
    "seventh sevenths eighth eighths ninth ninths tenth tenths"
)
NOT_COUNTED = (frozenset(_TIME_AND_MEASURES.split()) | frozenset(_ABSTRACT_AFTER_NO.split())
               | frozenset(_PARTS_OF_TEXTS.split())
               | UNITS_ABROAD | frozenset(_FRACTIONS.split()))

GATHERED = "gathered"
"""People in a crowd ("2-3 lakh people gathered", "a crowd of 50,000 people", "5,000 people
turned up"): a quantity of its own, never a toll's, so that a crowd's hundreds of thousands do
not clash with the dead (a stampede's row "people" held both)."""
LAID_OFF = "laid off"
"""Employees a company lets go ("lay off 11,000 employees", "cut 11,000 jobs", "fired 20
workers"); people laid off are workers (`with_verdict`)."""
_OUTCOMES: dict[str, str] = {}
for _outcome, _lemmas in {
    "killed": "kill die dead death slay murder perish fatality execute behead drown",
    "injured": "injure wound hurt injury",
    "harmed": "harm casualty affect",
    "fired": "launch fire",
    "intercepted": "intercept down",
    "arrested": "arrest detain jail apprehend",
    "evacuated": "evacuate displace flee relocate",
    "missing": "missing",
    "rescued": "rescue",
    "damaged": "damage destroy collapse flatten raze",
    "attacked": "attack target hit strike bomb shell raid pound bombard stab knife shoot shot",
    "won": "win won",  # simplemma leaves "won" alone (the currency)
    "cast": "cast",
    "rejected": "reject invalid spoil invalidate disqualify",
    "lost": "lose",
    "sold": "sell",
    # (a crowd: those who came, not a toll's; "a crowd of", "a turnout of" before the count)
    GATHERED: "gather attend congregate throng assemble flock converge participate rally "
              "protest demonstrate crowd turnout attendance",
    # ("cutting", "slashing": simplemma keeps the nouns; "cut 11,000 jobs", "is cutting")
    LAID_OFF: "layoff sack dismiss axe ax shed eliminate cut cutting slash slashing",
}.items():
    for _lemma in _lemmas.split():
        _OUTCOMES[_lemma] = _outcome
_ATTACK_ON_MUNITIONS = "fired"
_ATTACK_ON_PEOPLE = "harmed"


@dataclass(frozen=True)
class Thing:
    """What a number counts: its kind (synonyms share one), its lemma, and a national group."""

    kind: str
    lemma: str
    group: str | None = None
    """Nationality or side named before the noun ("US", "Iraqi"), if any; for what a verdict
    counts (LEGAL_LEMMAS), what it is counted of ("of murder")."""
    implied_outcome: str | None = None
    abroad: bool = field(default=False, compare=False)
    """Named by a noun of the five other languages (`viewer.figures.people_abroad`), whose
    outcome is read by their words, not English ones; no part of what the thing is."""

    @property
    def is_person(self) -> bool:
        return self.kind in _PERSON_KINDS or self.lemma in PERSON_LEMMAS

    @property
    def grouped(self) -> bool:
        """Whether its `group` tells quantities apart: people's nationality, what a verdict's
        counts are of."""
        return self.is_person or self.lemma in LEGAL_LEMMAS


@lru_cache(maxsize=65536)
def lemma_of(word: str) -> str:
    """The dictionary form of an English word, lower case ("troops" -> "troop")."""
    import simplemma

    lower = word.lower()
    lemma = str(simplemma.lemmatize(lower, lang="en")).lower()
    if lemma == lower and lower.endswith("men") and len(lower) > 4:
        lemma = lower[:-3] + "man"  # servicemen, gunmen, policemen
    elif lemma == lower and _looks_plural(lower):
        lemma = lower[:-2] if lower.endswith(("ches", "shes", "xes", "sses")) else lower[:-1]
    return lemma


@lru_cache(maxsize=4096)
def _known_english(lower: str) -> bool:
    """Whether simplemma's English dictionary knows `lower`."""
    import simplemma

    return bool(simplemma.is_known(lower, lang="en"))


def _looks_plural(lower: str) -> bool:
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(("ss", "us", "is"))


def is_plural_noun(word: str) -> bool:
    """Whether `word` reads as a plural noun ("missiles", "troops", "personnel", "people")."""
    lower = word.lower()
    if lower in INVARIANT_PLURALS:
        return True
    if word.isupper():
        return False
    if lower.endswith("men") and len(lower) > 4:
        # (an English one: "gunmen", "policemen"; not German "gekommen", "Stimmen", "Namen")
        return _known_english(lower)
    if not _looks_plural(lower):
        return False
    return lemma_of(lower) != lower


_ELIDED_ARTICLE = re.compile(r"^(?:d|l|dell|dall|nell|sull|all|degl|dell)['’]", re.IGNORECASE)


def thing_of(head: str, modifiers: list[str]) -> Thing | None:
    """The thing a head noun counts, or None when it is not a counted thing (days, dollars)."""
    head = _ELIDED_ARTICLE.sub("", head)  # "millions d'albums", "migliaia dell'esercito"
    lemma = lemma_of(head)
    if lemma in NOT_COUNTED or head.lower() in NOT_COUNTED:
        return None
    if head.lower() in _LIVES:
        # ("claimed 11 lives", "11 lives have been lost", "saved 40 lives": people, whose
        # verbs say killed or saved, `outcome_of`; simplemma reads "lives" as the verb "live")
        return Thing("people", LIFE, group_of(modifiers))
    implied = _HARMED_NOUNS.get(head.lower()) or _HARMED_NOUNS.get(lemma)
    if implied == "harmed":
        kind = "casualties"  # "casualties" may or may not include the dead: a row of its own
    elif implied:
        kind = "people"  # "12 deaths" are 12 people killed
    else:
        kind = _KIND_OF_LEMMA.get(lemma, lemma)
    return Thing(kind, lemma, group_of(modifiers), implied)


_GROUP_ALIASES = {
    "u.s.": "US", "us": "US", "american": "US", "usa": "US", "u.s": "US",
    "u.k.": "UK", "uk": "UK", "british": "UK", "britain": "UK",
}
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:i|an|ese|ish|ch)$")


def group_of(modifiers: list[str]) -> str | None:
    """The national group among the words before a noun ("U.S." -> "US", "Iraqi")."""
    for word in modifiers:
        alias = _GROUP_ALIASES.get(word.lower())
        if alias is not None and (word.lower() != "us" or word == "US"):
            return alias
        if _DEMONYM.match(word) and may_name_a_people(word):
            return word  # "Iraqi", "Thai"; not the "Rai" of "Chiang Rai"
    return None


LEGAL_LEMMAS = frozenset(["count", "charge", "offence", "offense"])
"""What a court's verdict counts: such a thing is counted of something ("seven counts of
murder", its `Thing.group`), and a verdict is its outcome."""
_VERDICTS = {"guilty": "guilty", "convict": "guilty", "convicted": "guilty",
             "acquit": "not guilty", "acquitted": "not guilty", "clear": "not guilty",
             "cleared": "not guilty", "innocent": "not guilty"}
VERDICTS = frozenset(_VERDICTS.values())


VERDICT_KIND = "counts"
"""The kind of what a verdict is given on, whichever word names it: "guilty on seven counts",
"convicted of seven offenses" and "on all seven charges" are one quantity. Without a verdict
the words stay apart ("11 federal charges" filed and "three wire fraud counts" of them)."""


def with_verdict(thing: Thing, outcome: str | None) -> Thing:
    """`thing` as the quantity `outcome` makes it: a verdict's counts, charges and offences
    are one kind (VERDICT_KIND); people laid off are a company's workers."""
    if outcome in VERDICTS and thing.lemma in LEGAL_LEMMAS:
        return replace(thing, kind=VERDICT_KIND)
    if outcome == LAID_OFF and (thing.kind == "people" or thing.lemma in WORKER_LEMMAS):
        return replace(thing, kind="workers")
    return thing


_ANOTHER_COUNT = re.compile(r"\s*(?:of\s+[^.;:!?\d]{1,80}?)?\s*(?:,\s*(?:and\s+)?|and\s+)$")
"""What lies between two counts of one verdict: "convicted of two counts of murder and [two
counts of possession]"."""


def verdict_goes_on(between: str, thing: Thing, previous: Thing, verdict: str | None) -> bool:
    """Whether a count of `thing` with `between` after the previous figure (of `previous`,
    given `verdict`) is one more count of that verdict: "convicted of two counts of murder and
    two counts of possession of a weapon" convicts of both."""
    return (verdict in VERDICTS and thing.lemma in LEGAL_LEMMAS
            and previous.lemma in LEGAL_LEMMAS and _ANOTHER_COUNT.match(between) is not None)


LIFE = "life"
"""The lemma of "lives" counted: people, killed where lives are lost, claimed or taken."""
_LIVES = frozenset({"lives", "life"})
_LIVES_ENDED = frozenset({"lose", "lost", "claim", "claimed", "take", "taken", "took", "cost"})
"""Verbs whose lives counted are people killed ("claimed 11 lives", "11 lives were lost")."""


def outcome_of(word: str, thing: Thing) -> str | None:
    """The outcome a verb or noun beside the quantity states for `thing`, if any."""
    if thing.lemma == LIFE:
        if word.lower() in _LIVES_ENDED or lemma_of(word) in _LIVES_ENDED:
            return "killed"
        if lemma_of(word) == "save" or word.lower() in ("saved", "saving"):
            return "rescued"  # "saved 40 lives"
    if thing.lemma in LEGAL_LEMMAS:
        # ("guilty of seven counts", "cleared of two counts": a verdict, no toll's outcome)
        return _VERDICTS.get(lemma_of(word)) or _VERDICTS.get(word.lower())
    outcome = _OUTCOMES.get(lemma_of(word))
    if outcome is None:
        outcome = _OUTCOMES.get(word.lower())
    munition = thing.kind in _MUNITIONS
    if outcome == "attacked":
        if munition:
            return _ATTACK_ON_MUNITIONS
        if thing.is_person:
            return _ATTACK_ON_PEOPLE
    if outcome == "fired" and thing.lemma in WORKER_LEMMAS:
        return LAID_OFF  # "fired 20 workers"
    if outcome in ("fired", "intercepted") and not munition:
        return None  # "launched 50 jets": not a strike's count
    if outcome == GATHERED and not thing.is_person:
        return None  # "gathered 500 signatures", "assembled 12 cars": no crowd
    if outcome == LAID_OFF and thing.lemma not in WORKER_LEMMAS:
        return None  # "cut 20 trees", "people cut off by the floods": no one let go
    return outcome


_COUNTED_SINGLY_WORDS = (
    "ship vessel boat tanker ferry freighter tug tugboat submarine car vehicle truck lorry bus "
    "train tank ambulance village town city country province hospital school bridge job"
)
_COUNTED_SINGLY = frozenset(_COUNTED_SINGLY_WORDS.split())
"""Things besides those of the synonym table, the people and the munitions that news counts
one at a time ("one container ship ran aground", "one village was cut off")."""


def commonly_counted(word: str) -> bool:
    """Whether `word` names a thing news counts (people, soldiers, missiles, homes, deaths,
    ships, jobs ...): the evidence a count needs where its number is ambiguous. "One" is also a
    pronoun and part of idioms ("one better", "one day", "one thing"), and "2020" may be a year
    ("as 2020 continues", where a verb looks like a plural noun)."""
    lemma = lemma_of(word)
    return lemma in _KIND_OF_LEMMA or lemma in PERSON_LEMMAS or lemma in _HARMED_NOUNS \
        or lemma in _MUNITIONS or lemma in _COUNTED_SINGLY


def thing_is_person(word: str) -> bool:
    """Whether a (possibly capitalised) noun names people ("Americans", "Soldiers")."""
    return lemma_of(word) in PERSON_LEMMAS
