"""English contractions and their spelled-out forms: "we're" and "we are" are one text, edited.

Pure look-up over normalised words (`viewer.normalize`: the apostrophe dropped, "we're" is
"were", "don't" is "dont"). Outlets transcribing one person's spoken words write the same
sentence with or without contractions ("we do not believe that we're going to find" / "we are
going to find"); the evidence stage (`viewer.engine.evidence.reworded`) takes a contraction for
its spelled-out words, not for the reworded run of two agencies' translations. Only the endings
that say one thing are read: "'s" (possessive, or "is", or "has") is dropped by the normaliser,
and "'d" (would or had) is either. Some contractions are words too ("well", "were", "hell"): they
are taken for contractions only in a run that differs between two versions of one text and
stands against the words spelled out, where a rewording to the other word is rare.
"""

from __future__ import annotations

_ENDINGS = {"re": ("are",), "ve": ("have",), "ll": ("will", "shall"), "m": ("am",),
            "nt": ("not",), "d": ("would", "had")}
"""A contraction's ending (apostrophe dropped) and the words it stands for."""
_IRREGULAR = {"wont": ("will", "not"), "cant": ("can", "not"), "shant": ("shall", "not")}
"""Contractions whose first part is not the first word spelled out ("won't" is "will not")."""


def spelled_out(contracted: list[str], written: list[str]) -> bool:
    """Whether the normalised words `contracted` are `written` with contractions: each word of
    `contracted` equal to the next of `written` or a contraction of the next two ("were" for
    "we are", "dont" for "do not", "wont" for "will not"), one contraction at least."""
    at = 0
    for word in contracted:
        if at < len(written) and written[at] == word:
            at += 1
        elif at + 1 < len(written) and _contracts(word, written[at], written[at + 1]):
            at += 2
        else:
            return False
    return at == len(written) > len(contracted)


def _contracts(word: str, first: str, second: str) -> bool:
    """Whether `word` is `first` and `second` contracted ("were": "we" "are")."""
    if _IRREGULAR.get(word) == (first, second):
        return True
    return any(word == first + ending and second in words
               for ending, words in _ENDINGS.items())
