"""Who a sentence attributes a figure to: "said Iraq's military", "according to Iranian state
television", "X confirmed that ...", "..., Pentagon officials confirmed".

Reads the sentence around one mention: the nearest speech verb before the mention whose
complement holds it, else the first one after it; its subject (or, inverted, what follows it)
is the source, trimmed of adverbials ("in a statement on January 8", "reportedly") and leading
articles. A pronoun or "the statement" is not a source by itself: `needs_antecedent` says so and
the caller supplies the last source named before it. Heuristics on surface text, no parser.
"""

from __future__ import annotations

import re

from viewer.figures.numbers import NUMBER_WORDS
from viewer.figures.things import (
    NOT_COUNTED,
    commonly_counted,
    is_plural_noun,
    lemma_of,
    thing_is_person,
)

_SPEECH = re.compile(
    r"\b(?:according\s+to|(?:said|says|say|told|tells|claimed|claims|confirmed|confirms|stated|"
    r"states|reported|reports|announced|announces|added|adds|estimated|estimates|insisted|"
    r"insists|tweeted|tweets|wrote|writes|noted|notes|acknowledged|admitted|alleged|warned|"
    r"read|reads|quoted|quoting|cited|citing))\b",
    re.IGNORECASE,
)
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being|it|has|have|had)\s+$",
                             re.IGNORECASE)
_READER_BEFORE = re.compile(r"\b(?:statement|message|tweet|post|letter|release|note)\W*$",
                            re.IGNORECASE)
_OPENING_ADVERBIAL = re.compile(
    r"^\s*(?:\w+ly|in|on|at|after|before|during|while|meanwhile|however|earlier|later|separately|"
    r"also|speaking|asked|since|when|as|by|from|for|with|under|amid|despite)\b",
    re.IGNORECASE,
)
_LEADING_LINKS = re.compile(r"^(?:(?:while|but|and|as|so|yet|although|though|whereas|"
                            r"meanwhile|however|then|now)\b[\s,]*)+", re.IGNORECASE)
_ADVERBIAL_PREPOSITION = re.compile(
    r"\s+(?:in|on|at|during|via|through|after|before|earlier|later|late|last|this|on)\s+.*$",
    re.IGNORECASE | re.DOTALL,
)
_TRAILING_ADVERBS = re.compile(
    r"(?:\s+(?:\w+ly|also|later|earlier|again|then|had|has|have|would|will|previously|"
    r"reportedly|initially|first|once|quickly|separately|both|all|have|had|today|yesterday|"
    r"further|long|"
    r"tonight|overnight|monday|tuesday|wednesday|thursday|friday|saturday|sunday))+\s*$",
    re.IGNORECASE,
)
"""Words ending the words before a speech verb that say when or how, not who ("Meta
Wednesday announced": Meta)."""
_COORDINATED = re.compile(r"^(?:and|but|while|whereas|or)\b", re.IGNORECASE)
_LIST_END = re.compile(r"^(?:and|or)\b", re.IGNORECASE)
"""A list's last item ("and Twitter") followed by more words before the verb: the list was an
opening phrase's, and the subject comes after it."""
_RELATIVE_START = re.compile(r"^(?:which|that|who|whom|whose|what|it|this)\b", re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_ISSUED_BY = re.compile(
    r"\b(?:statement|report|release|announcement|message|communique|tweet)s?\s+"
    r"(?:(?:released|issued|published|put\s+out|sent|posted)\s+)?(?:by|from)\s+"
    r"(?:the\s+)?([^,;]+)", re.IGNORECASE)
_STOPS = frozenset(
    [
    "that", "which", "who", "whom", "when", "where", "while", "as", "because", "if", "after",
    "before", "since", "but", "so", "then", "is", "was", "were", "are", "has", "had", "have",
    "came", "went", "made", "took", "gave", "got", "began", "did", "does", "do", "says", "said",
    "also", "could", "would", "will", "should", "may", "might", "can", "must", "not"
])
_ANAPHORA = frozenset([
    "he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "statement",
    "report", "release", "announcement", "message", "tweet", "communique",
])
"""Words that only point back to a source named earlier ("he said", "the statement read");
"the ministry" or "officials" are sources in their own right."""
MAX_SOURCE_WORDS = 10


_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’.-]*\s+$")
_PARTICIPLES = frozenset([
    "reported", "confirmed", "estimated", "announced", "stated", "claimed", "cited", "quoted",
    "noted", "alleged", "told",
])
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_OPENING_PARTICIPLE = re.compile(r"^\s*[A-Z][a-z]+ing\s+\w")
"""A clause opened by a participle and its words ("Expressing grief over the incident, he
said", "Stating that most of the deceased are youth, including men and women, the CM said"):
the subject comes after its last comma."""
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|whose|whom)\b[^,]*,(?:\s*\w+ly)?\s*$",
                             re.IGNORECASE)
"""A non-restrictive relative clause between a subject and its verb ("The rescuers, who had
worked for days, said"), an adverb after it ("The champions, who were fined, immediately
announced"): it says something about the source, it is not the source."""
_ADDRESSEE = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}$")
_DETERMINERS = (r"(?:(?:the|a|an|all|his|her|their|our|its|my|your|some|these|those|nearly|"
                r"almost|about|around|over|more|than)\s+)")
_TO_ADDRESSEE = re.compile(
    rf"\s+to\s+{_DETERMINERS}{{0,3}}(?:[\w'’-]+\s+of\s+{_DETERMINERS}{{0,2}})?$", re.IGNORECASE)
"""Between "said" and a figure: "to" and the start of a noun phrase ("I want to say to the
millions of people who voted for us", "wrote to 300 MPs", "said to a crowd of 5,000"): the
figure counts whom the words were addressed to, not what was said."""
_NARRATED_AFTER = re.compile(  # (used with .match from the verb's end)
    r"[^\"“”‘]*?\b(?:after|before|when|while|until)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:(?-i:[a-z]+ed)|was|were|is|are|had|has|have|did)\b(?![^\"“”‘]*\bthat\b)",
    re.IGNORECASE)
"""Between a speech verb and a figure, with no "that" or quotation mark: a clause of time, its
verb a few words on ("Floyd's brother said at a news conference two hours after a jury
returned a guilty verdict on all three charges"; a verb in "-ed" is in lower case, "United" is
none). A figure inside it is the outlet's narration, not what the speaker said; "announced he
is retiring after 23 seasons" is what he said."""
_CLAUSE_BREAK = re.compile(r"[,;:—–]|\b(?:and|but|that)\b", re.IGNORECASE)
_OWN_VERB_AFTER = re.compile(
    r"\s+(?:(?:still|also|all|now|already|reportedly|[a-z]+ly)\s+)?"
    r"(?:were|was|are|is|had|have|has|will|would|could|may|might|must|remain|remained|"
    r"remains|died)\b", re.IGNORECASE)
"""What shows a figure after a clause of time is outside it: a break between the clause's verb
and the figure, or a verb of the figure's own after it ("Police said after the search resumed
12 people were still missing": when the police said it, not what the search found)."""
_TOOK_LIVES = re.compile(
    r"\s+(?:the\s+lives\b|(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some"
    r"|another)\s+)?(?P<number>[\d,.]+|[a-z]+)(?:[\s-]+[a-z]+){0,2}?\s+lives\b)",
    re.IGNORECASE)
"""After "claimed": the lives an event took ("claimed 11 lives", "claimed at least twenty-one
lives", "claimed the lives of"), no claim anyone made."""
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
"""Before a speech verb: "to" ("refused to say", "is expected to announce", "I want to say"):
the verb says what someone would, did not or may say, and the words before it end in "to",
which names no source."""


def _counted_noun_before(before: str) -> bool:
    """Whether `before` ends with a plural common noun that does not name people ("cases",
    "deaths"; not "officials"): a speech verb's past form after it is a participle."""
    match = _LAST_WORD.search(before)
    if match is None or not match.group(1).islower():
        return False
    word = match.group(1)
    return is_plural_noun(word) and not thing_is_person(word)


def attribution(sentence: str, start: int, end: int) -> str | None:
    """The source the sentence gives for the mention at `start:end` of it, or None."""
    verbs = [match for match in _SPEECH.finditer(sentence) if _is_speech(sentence, match)]
    before = [match for match in verbs if match.end() <= start]
    after = [match for match in verbs if match.start() >= end]
    if before:
        verb = before[-1]
        if verb.group().lower().startswith("according"):
            return _phrase_after(sentence, verb.end())
        if verb.group().lower() in ("told", "tells") \
                and _ADDRESSEE.fullmatch(sentence, verb.end(), start):
            return None  # "the chief told a throng of hundreds of reporters": the audience
        if _TO_ADDRESSEE.fullmatch(sentence, verb.end(), start):
            return None  # "he said to the 300 delegates", "wrote to 300 MPs": the audience
        if _narrated(sentence, verb.end(), start, end):
            return None  # "X said ... after a jury returned a verdict on three charges"
        source = subject_before(sentence[: verb.start()])
        if source is None and re.search(r"[,“”\"']\s*$", sentence[: verb.start()]):
            source = _phrase_after(sentence, verb.end())
        return source
    if after:
        verb = after[0]
        if verb.group().lower().startswith("according"):
            return _phrase_after(sentence, verb.end())
        between = sentence[end : verb.start()]
        pieces = re.split(r"[,;:“”\"‘’()—–]", between)
        subject = pieces[-1].strip()
        if not subject:
            # ", said the army" / "," the army said": inverted; but in "The three judges — A, B
            # and C — wrote a dissent" the figure is the subject and what follows is no source.
            inverted = re.search(r"[,“”\"'’]\s*$", between)
            return _phrase_after(sentence, verb.end()) if inverted else None
        if _RELATIVE_START.match(subject) or len(pieces) == 1 or _COORDINATED.match(subject):
            # "missiles, which Tehran said ...", "1,200 deaths, and France reported 900": the
            # speaker is of another clause
            return None
        return subject_before(subject)
    return None


def _narrated(sentence: str, verb_end: int, start: int, end: int) -> bool:
    """Whether the figure at `start:end` sits inside a clause of time that follows the speech
    verb ending at `verb_end` (`_NARRATED_AFTER`): the outlet's narration, no one's figure."""
    clause = _NARRATED_AFTER.match(sentence, verb_end, start)
    return clause is not None and not _CLAUSE_BREAK.search(sentence, clause.end(), start) \
        and not _OWN_VERB_AFTER.match(sentence, end)


def needs_antecedent(source: str) -> bool:
    """Whether `source` ("he", "the statement") only points back to a source named earlier."""
    words = _DETERMINER.sub("", source.strip()).lower().split()
    return len(words) == 1 and words[0] in _ANAPHORA


def _is_speech(sentence: str, match: re.Match[str]) -> bool:
    word = match.group().lower()
    before = sentence[: match.start()]
    if match.group()[0].isupper() and _NAME_BEFORE.search(before):
        return False  # "the United States", "Daily Reports": a name, not a verb
    if word in _PARTICIPLES and _counted_noun_before(before):
        return False  # "the 118,000 cases reported globally": a participle, not a speaker
    if word in ("read", "reads"):
        return bool(_READER_BEFORE.search(before))
    if word.startswith("claim") and _took_lives(sentence, match.end()):
        return False  # "The incident claimed 11 lives": what the event took
    if word.startswith("according"):
        return True
    if _INFINITIVE_BEFORE.search(before):
        return False
    return not _PASSIVE_BEFORE.search(before)


def _took_lives(sentence: str, position: int) -> bool:
    """Whether lives are what the verb ending at `position` took (`_TOOK_LIVES`)."""
    took = _TOOK_LIVES.match(sentence, position)
    number = took.group("number") if took else None
    return took is not None and (number is None or number[0].isdigit()
                                 or number.lower().split("-")[0] in NUMBER_WORDS)


def subject_before(prefix: str) -> str | None:
    """The noun phrase that ends `prefix` (the words before a speech verb), trimmed."""
    issued = _ISSUED_BY.search(prefix)
    if issued:
        return _tidy(issued.group(1))
    prefix = _RELATIVE_ASIDE.sub(" ", prefix)
    segments = [segment for segment in re.split(r"[:“”\"()—–]", prefix)]
    clause = segments[-1] if segments else prefix
    parts = clause.split(",")
    if len(parts) > 1 and (_OPENING_PARTICIPLE.match(parts[0])
                           or parts[-1].strip()[:1].isupper()):
        # (and a speaker named after the sentence's own clauses: "Eleven people died ...,
        # where crowds gathered to celebrate, Chief Minister Siddaramaiah said")
        parts = parts[-1:]
    while len(parts) > 1 and (_OPENING_ADVERBIAL.match(parts[0]) or not parts[0].strip()):
        parts.pop(0)
    linked = [index for index, part in enumerate(parts) if _LEADING_LINKS.match(part.strip())]
    if linked:
        parts = parts[linked[-1]:]  # "..., while organisers said": the last clause speaks
        if len(parts) > 1 and _LIST_END.match(parts[0].strip()):
            parts = parts[1:]  # "After Google, Amazon, and Twitter, tech giant Microsoft said"
    clause = ",".join(parts)
    clause = _LEADING_LINKS.sub("", clause.strip())
    clause = _ADVERBIAL_PREPOSITION.sub("", clause)
    clause = _TRAILING_ADVERBS.sub("", clause)
    words = clause.split()
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip(",").lower()
        if bare in _STOPS or any(character.isdigit() for character in bare) \
                or (bare.endswith("ed") and not word[:1].isupper()):
            break
        kept.append(word)
    kept.reverse()
    return _tidy(" ".join(kept[-MAX_SOURCE_WORDS:]))


def _phrase_after(sentence: str, position: int) -> str | None:
    """The words after an inverted speech verb or "according to", up to the clause's end."""
    rest = re.split(r"[,;:.!?“”\"()—–]|\s+(?:that|who|which|in|on|at)\s+", sentence[position:])[0]
    return _tidy(" ".join(rest.split()[:MAX_SOURCE_WORDS]))


_INFINITIVE = re.compile(r"(?:^|\s)to\s+(?!the\b|a\b|an\b)[a-z]")
"""An infinitive in the words read as a source: a verb phrase ("one that sought to put a price
on lies told", "gathered to participate"), no one who said anything."""


def _tidy(source: str) -> str | None:
    # (and a list's bullet: "- Meta announced it is laying off 11,000 employees")
    source = _DETERMINER.sub("", " ".join(source.split()).strip(" ,;'\"‘’“”").lstrip("-–—•*· "))
    source = re.sub(r"['’]s$", "", source) if source.endswith(("'s", "’s")) else source
    if _INFINITIVE.search(source) or _no_one(source):
        return None
    return source or None


_EVENTS = frozenset([
    "incident", "accident", "tragedy", "crash", "collision", "stampede", "crush", "disaster",
    "blast", "explosion", "fire", "attack", "shooting", "bombing", "earthquake", "quake",
    "storm", "flood", "flooding", "collapse", "derailment", "violence", "clash", "outbreak",
    "war", "conflict", "mishap", "catastrophe"])
"""What happened, not who tells it: "The incident claimed 11 lives", "the crash has claimed
40 lives" (a speech verb's other sense: what the event took)."""


def _no_one(source: str) -> bool:
    """Whether `source` is one word that names no one: an adverb ("immediately"), a word of
    time or measure ("weeks"), things news counts ("deaths") or an event ("incident",
    `_EVENTS`); not "officials", "police" or "organisers"."""
    if " " in source or not source.islower():
        return False
    return source.endswith("ly") or lemma_of(source) in NOT_COUNTED | _EVENTS \
        or (is_plural_noun(source) and commonly_counted(source) and not thing_is_person(source))


def sentence_source(sentence: str) -> str | None:
    """The source a sentence names for what it reports (its first speech verb), if any."""
    for verb in _SPEECH.finditer(sentence):
        if not _is_speech(sentence, verb):
            continue
        if verb.group().lower().startswith("according"):
            return _phrase_after(sentence, verb.end())
        source = subject_before(sentence[: verb.start()])
        if source is None:
            source = _phrase_after(sentence, verb.end())
        if source is not None and not needs_antecedent(source):
            return source
    return None
