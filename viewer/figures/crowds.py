"""People in a crowd, and what the crowd's words must not hide: "5,000 people turned up",
"200,000 people came from across the state" are people gathered (a row of their own), but "11
people who gathered outside the stadium were crushed to death" is a toll -- the relative
clause says who the dead were, the verb after it what befell them.

Works on a figure's following words in lower case (`viewer.figures.outcomes` reads them), so
that it needs nothing of the tokens but their text. Pure functions, no Qt.
"""

from __future__ import annotations

from viewer.figures.things import Thing, lemma_of, outcome_of

SUBJECT_VERBS = frozenset(["die", "perish", "gather", "attend", "congregate", "throng",
                           "assemble", "flock", "converge", "participate"])
"""Verbs that say what befell or what did the ones they follow, with no object to count: a
relative "who" before one is read past ("the 11 people who died", "5,000 people who
attended")."""
_ARRIVING = {"turn": ("up", "out"), "show": ("up",),
             # (a place, a purpose, a manner or an origin after "came": "came to the square",
             # "came in huge numbers", "came from across the state", "came together")
             "come": ("to", "out", "for", "in", "from", "together", "along", ".", ",", "…",
                      "...")}
"""A verb of coming and the word after it that make people a crowd ("5,000 people turned up",
"2-3 lakh people came..."); not "came forward", "came down with", "turned against"."""
_TOLLS = frozenset(["killed", "injured", "harmed"])
"""What a crowd's verb gives way to later in its clause: the people counted died or were
hurt, and the crowd was only who they were."""
_NOUNS_OF_HARM = frozenset(["death", "injury", "casualty", "victim", "fatality"])
"""Nouns of harm, no verb: "who gathered at the site of the deaths" says nothing of those
counted."""
_CRUSHING = frozenset(["crushed", "trampled", "smothered", "suffocated", "asphyxiated"])
"""What a crush does to people, in the past participle only ("the crush" is the event, no
verb): harmed, or killed "to death"."""
_CLAUSE_ENDS = frozenset([",", ";", ":", ".", "!", "?", "(", ")", "-", "–", "—", "and", "but",
                          "or", "who", "which", "that", "said", "says", "told", "to"])
"""Where a relative clause's sentence stops saying what befell the people counted: a sign, a
second clause, a speech verb, or an infinitive ("who gathered to mourn those killed": the
mourners are no toll)."""


_RANKS = frozenset(["first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                    "eighth", "ninth", "tenth", "last", "runner-up", "runners-up"])
"""A place in a ranking: people who "came in second place", "came in last" finished so, they
did not arrive."""
_BEFORE_RANK = frozenset(["a", "the", "joint", "distant", "close", "equal"])


def arrived(words: list[str], position: int) -> bool:
    """Whether the word at `position` and the one after it say people came (`_ARRIVING`), not
    where they finished ("came in second place", "came in a distant 3rd")."""
    after = _ARRIVING.get(lemma_of(words[position]))
    following = words[position + 1] if position + 1 < len(words) else "."
    if after is None or following not in after:
        return False
    return following != "in" or not _ranked(words, position + 2)


def _ranked(words: list[str], position: int) -> bool:
    """Whether a rank opens the words at `position`, past an article or a "distant"."""
    while position < len(words) and words[position] in _BEFORE_RANK:
        position += 1
    word, suffix = [*words, "", ""][position : position + 2]
    # (a rank in digits is read as two tokens, "3" and "rd")
    return word in _RANKS or (word.isdigit() and suffix in ("st", "nd", "rd", "th"))


def harm_with(words: list[str], position: int, thing: Thing) -> tuple[str, int] | None:
    """The harm "with" at `position` says the people counted came with, and the position of its
    noun ("who came in with injuries", "came in with serious wounds": injured, the arrival only
    how they reached the hospital); None otherwise."""
    if not thing.is_person or position >= len(words) or words[position] != "with":
        return None
    for at in range(position + 1, min(position + 4, len(words))):
        if (outcome := outcome_of(words[at], thing)) in _TOLLS:
            return outcome, at
        if not words[at][:1].isalpha():
            break
    return None


def crowd_verb_follows(words: list[str], position: int) -> bool:
    """Whether a relative pronoun before `position` may be read past: the verb at `position`
    has the people counted as its subject and no object to count ("who died", "who attended",
    "who came to the temple", "who turned up")."""
    return position < len(words) and (lemma_of(words[position]) in SUBJECT_VERBS
                                      or arrived(words, position))


def crushed(words: list[str], position: int, thing: Thing) -> tuple[str, int] | None:
    """The outcome a verb of harm at `position` states with "to death" after it, or a crush's
    participle alone ("crushed to death", "stabbed to death": killed; "were trampled":
    harmed), and the position of its last word; None otherwise."""
    if not thing.is_person:
        return None
    word = words[position]
    to_death = words[position + 1 : position + 3] == ["to", "death"]
    if to_death and (word in _CRUSHING or outcome_of(word, thing) is not None):
        return "killed", position + 2
    return ("harmed", position) if word in _CRUSHING else None


def toll_later(words: list[str], position: int, thing: Thing) -> tuple[str, int] | None:
    """A death or an injury stated after a crowd's verb in a relative clause, from `position`
    to the clause's end (`_CLAUSE_ENDS`), and the position of its last word: "11 people who
    gathered outside the stadium were crushed to death", "who came to the temple died",
    "who turned up for the celebration were killed". The crowd was who they were; the toll is
    the figure's news. None where the clause states none."""
    for at in range(position, len(words)):
        word = words[at]
        if word in _CLAUSE_ENDS or not word[:1].isalpha():
            return None  # (a number: another figure's words)
        if (found := crushed(words, at, thing) or harm_with(words, at, thing)) is not None:
            return found
        outcome = outcome_of(word, thing)
        if outcome in _TOLLS and not word.endswith(("ing", "ings")) \
                and lemma_of(word) not in _NOUNS_OF_HARM:
            # (a verb, not "the killings" or "the deaths")
            return outcome, at
    return None
