"""English contractions, and Italian and French elisions, with their spelled-out forms: "we're"
and "we are", "dell’imprevedibilità" and "delle imprevedibilità", are one text, edited.

Pure look-up over normalised words (`viewer.normalize`: the apostrophe dropped, "we're" is
"were", "don't" is "dont", "dell’imprevedibilità" one word, "dellimprevedibilita"). Outlets
transcribing one person's spoken words write the same sentence with or without contractions ("we
do not believe that we're going to find" / "we are going to find"), and an Italian or French
outlet elides an article or a pronoun before a vowel where another writes it whole ("ha
dell’imprevedibilità" / "ha delle imprevedibilità", "qu’il" / "que il"); the evidence stage
(`viewer.engine.evidence.reworded`) takes a contraction for its spelled-out words, not for the
reworded run of two agencies' translations. Only the English endings that say one thing are read:
"'s" (possessive, or "is", or "has") is dropped by the normaliser, and "'d" (would or had) is
either. An elision is one of the short words that elide (_ELIDING: articles, prepositions with
the article, pronouns, "que") without its last vowel, written onto the next word. Some
contractions are words too ("well", "were", "hell"): they are taken for contractions only in a
run that differs between two versions of one text and stands against the words spelled out,
where a rewording to the other word is rare.
"""

from __future__ import annotations

_ENDINGS = {"re": ("are",), "ve": ("have",), "ll": ("will", "shall"), "m": ("am",),
            "nt": ("not",), "d": ("would", "had")}
"""A contraction's ending (apostrophe dropped) and the words it stands for."""
_IRREGULAR = {"wont": ("will", "not"), "cant": ("can", "not"), "shant": ("shall", "not")}
"""Contractions whose first part is not the first word spelled out ("won't" is "will not")."""


def spelled_out(contracted: list[str], written: list[str],
                raw: list[str] | None = None) -> bool:
    """Whether the normalised words `contracted` are `written` with contractions: each word of
    `contracted` equal to the next of `written` or a contraction of the next two ("were" for
    "we are", "dont" for "do not", "wont" for "will not", "dellimprevedibilita" for "delle
    imprevedibilita"), one contraction at least. An elision is read only where `raw` (the words
    of `contracted` as written) shows its apostrophe: "many" is no "me any", nor "danni" "da
    anni"."""
    at = 0
    for index, word in enumerate(contracted):
        if at < len(written) and written[at] == word:
            at += 1
        elif at + 1 < len(written) and _contracts(
                word, written[at], written[at + 1], raw[index] if raw is not None else None):
            at += 2
        else:
            return False
    return at == len(written) > len(contracted)


_ELIDING = frozenset((
    "la", "lo", "le", "di", "da", "ne", "ci", "si", "mi", "ti", "vi", "una", "uno", "della",
    "delle", "dello", "alla", "alle", "allo", "dalla", "dalle", "dallo", "nella", "nelle",
    "nello", "sulla", "sulle", "sullo", "quella", "quello", "questa", "questo", "come",
    "dove", "cosa", "anche", "tutto", "tutta", "nessuna", "alcuna", "ciascuna", "santa",
    "santo", "senza", "quanto", "quanta", "quando", "bella", "bello", "buona", "mezza",
    "mezzo", "de", "je", "me", "te", "se", "que", "jusque", "lorsque", "puisque", "quelque",
    "quoique", "ce", "presque", "entre"))
"""Italian and French words that elide their last vowel before a vowel ("dell’", "l’", "qu’",
"un’", "s’", "cos’è", "anch’io")."""
_APOSTROPHES = ("'", "’", "ʼ")
_VOWELS = "aeiouhy"
"""What an elided word is written onto opens with (normalised: accents dropped; "h" mute, "y"
the French "n’y")."""


def _contracts(word: str, first: str, second: str, raw: str | None) -> bool:
    """Whether `word` is `first` and `second` contracted ("were": "we" "are"; "dellanno":
    "della" "anno", where `raw`, the word as written, has the apostrophe after "dell" and
    "anno" opens with a vowel)."""
    if _IRREGULAR.get(word) == (first, second):
        return True
    if (first in _ELIDING and word == first[:-1] + second and raw is not None
            and raw[len(first) - 1:len(first)] in _APOSTROPHES and second[:1] in _VOWELS):
        return True
    return any(word == first + ending and second in words
               for ending, words in _ENDINGS.items())
