"""Who a Korean sentence says a quotation is by: the word its topic particle marks before the
quotation ('김재범 부장은 “...”라고 말했다': 부장, the department head; '윤 대통령은 이날 “...”':
대통령, the president).

Pure function of the corpus, for `viewer.engine.remarks`. The speakers stage reads names beside
reporting verbs in scripts with capitals; Korean writes none, and its attribution opens the
sentence with the speaker and the particle 은 or 는, the quotation after. Two quotations whose
sentences mark two words so, neither ending the other ("상무" and "부장"; not "기획관리부장" and
"부장", one office written in full and short), are two people's, however near outlets print
them; a quotation whose sentence marks none (the subject left unsaid, '또 “...”') tells nobody.
"""

from __future__ import annotations

import numpy as np

from viewer.engine import breaks
from viewer.engine.tokens import TokenisedCorpus

SUBJECT_REACH = 40
"""Tokens (Hangul syllables each) before a quotation's opening mark searched for the subject, in
its sentence."""
_TOPIC = ("은", "는")
_HANGUL = range(0xAC00, 0xD7A4)


def korean_subjects(corpus: TokenisedCorpus, quotations: np.ndarray) -> list[str | None]:
    """For indices into the corpus's quotations, the word a Korean sentence marks as the topic
    before each (the particle taken off), or None (module docstring). The sentence may quote
    more before it ('X는 “...”며 “...”'): its words outside them are read."""
    found: list[str | None] = []
    for quotation in quotations.tolist():
        opening = int(corpus.quote_first[quotation])
        document = corpus.document_at(opening)
        text = corpus.texts[document]
        # (the outlet's words of the sentence, from the nearest back: a stretch between two
        # quotations, or before the first)
        stretches = []
        earlier = quotation - 1
        end = opening
        while True:
            lowest = max(int(corpus.offsets[document]), end - SUBJECT_REACH)
            bound = (int(corpus.quote_end[earlier])
                     if earlier >= 0 and corpus.quote_end[earlier] > lowest else lowest)
            first = end
            while first > bound and not int(corpus.gaps[first + document]) & breaks.SENTENCE_BREAK:
                first -= 1
            stretches.append(text[int(corpus.starts[first]):int(corpus.starts[end])]
                             if first < end else "")
            if (first > bound or earlier < 0 or first != int(corpus.quote_end[earlier])
                    or int(corpus.gaps[first + document]) & breaks.SENTENCE_BREAK
                    or len(stretches) > MAX_QUOTATIONS_BACK):
                break
            # (the sentence goes on before that quotation: read the words before it too)
            end = int(corpus.quote_first[earlier])
            earlier -= 1
        found.append(_subject(" ".join(reversed(stretches))))
    return found


MAX_QUOTATIONS_BACK = 3
"""The most quotations of one sentence read back over."""


def _subject(words: str) -> str | None:
    """The first word of `words` that the topic particle ends, the particle taken off."""
    for word in words.split():
        word = word.strip(".,;:!?·…'\"“”‘’")
        if (len(word) >= 2 and word.endswith(_TOPIC)
                and all(ord(character) in _HANGUL for character in word)):
            subject = word[:-1]
            # (a pronoun goes back to someone named before; a time or a place is no subject)
            if subject in _NO_SUBJECT or subject.endswith(_PLACE_OR_TIME):
                return None
            return subject
    return None


_NO_SUBJECT = frozenset(("그", "그녀", "그들", "이들", "저", "나", "우리", "오늘", "이날", "현재",
                         "지금", "앞으로", "한편", "이번", "당시", "최근"))
"""Words the topic particle marks that name nobody: pronouns ("그는", he), times ("이날은")."""
_PLACE_OR_TIME = ("에", "에서", "에게", "로")
"""Endings of a place or a time before the particle ("국회에서는", "이번에는")."""


def two_people(one: str | None, other: str | None) -> bool:
    """Whether two subjects `korean_subjects` read are two people's (module docstring)."""
    return (one is not None and other is not None and not one.endswith(other)
            and not other.endswith(one))

