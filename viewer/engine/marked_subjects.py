"""Who a Korean or Japanese sentence says a quotation is by: the word it marks as the topic or the
subject, before the quotation or after it ('김재범 부장은 “...”라고 말했다': 부장, the department
head; '“...”라고 한덕수 총리는 강조했다': 총리; '松野官房長官は「...」と述べた' and
'「...」と松野官房長官は語った': 松野官房長官).

Pure function of the corpus, for `viewer.engine.remarks`. The
speakers stage reads names beside reporting verbs in scripts with capitals; Korean and Japanese
write none, and mark the speaker with a particle instead: Korean 은 or 는 after a word (a space
before the next), Japanese は or が after a run of kanji or katakana. Of the words so marked in
the quotation's sentence (its outlet's words: before the opening mark, over any quotation of the
same sentence before it, and after the closing mark to the sentence's end), the last before the
quotation counts, else the first after it: "김정은 국무위원장은" is the chairman, not "김정".
Words that are no one (a pronoun, "그는"; a time, "이날은", "今日は"; a place, "국회에서는"; a
matter, "관련해서는"; a verb's form, "있는", "같은") are passed over. Two quotations whose sentences
mark two words so, neither ending the other ("상무" and "부장"; "首相" and "官房長官"; not
"기획관리부장" and "부장", one office written in full and short), are two people's, however near
outlets print them; a quotation whose sentence marks none (the subject left unsaid, '또 “...”',
'また「...」') tells nobody.
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine import breaks
from viewer.engine.attribution_windows import gap_bits, sentence_after, sentence_before
from viewer.engine.tokens import TokenisedCorpus

SUBJECT_REACH = 40
"""Tokens (a Hangul syllable or a kanji each) read before a quotation's opening mark and after
its closing one, in its sentence."""
MAX_QUOTATIONS_BACK = 3
"""The most quotations of one sentence read back over."""
_KOREAN_TOPIC = ("은", "는")
_HANGUL = range(0xAC00, 0xD7A4)
_JAPANESE_SUBJECT = re.compile("([\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2,})[はが]")
"""A run of kanji or katakana (a name, an office) and the particle that marks it the subject."""
_NO_ONE = frozenset((
    "그", "그녀", "그들", "이들", "저", "나", "우리", "오늘", "이날", "현재", "지금", "앞으로",
    "한편", "이번", "당시", "최근", "今日", "本日", "今回", "昨日", "現在", "一方", "今後", "同日",
    "当日", "午前", "午後", "政府"))
"""Words marked so that name nobody: pronouns, times ("이날은", "今日は"), and "the government",
whose many voices are no one speaker."""
_NO_ONE_ENDINGS = ("에", "에서", "에게", "로", "해서", "대해", "관련해", "있", "없", "하", "되",
                   "같", "많", "않", "적", "이라")
"""Endings of a Korean word before the particle that make it a place, a time, a matter or a
verb's form ("국회에서는", "관련해서는", "있는", "같은"), no one."""


def marked_subjects(corpus: TokenisedCorpus, quotations: np.ndarray) -> list[str | None]:
    """For indices into the corpus's quotations, the word each one's sentence marks as its
    speaker (the particle taken off), or None (module docstring)."""
    found: list[str | None] = []
    for quotation in quotations.tolist():
        opening = int(corpus.quote_first[quotation])
        document = corpus.document_at(opening)
        before = _subjects(_before(corpus, quotation, document))
        found.append(before[-1] if before else next(
            iter(_subjects(_after(corpus, quotation, document))), None))
    return found


def two_people(one: str | None, other: str | None) -> bool:
    """Whether two subjects `marked_subjects` read are two people's (module docstring)."""
    return (one is not None and other is not None and not one.endswith(other)
            and not other.endswith(one))


def _before(corpus: TokenisedCorpus, quotation: int, document: int) -> str:
    """The outlet's words of the quotation's sentence before its opening mark, over any
    quotation of the sentence before it (their words left out)."""
    text = corpus.texts[document]
    stretches = []
    earlier = quotation - 1
    end = int(corpus.quote_first[quotation])
    while True:
        first = sentence_before(corpus, earlier + 1, document, SUBJECT_REACH)
        stretches.append(text[int(corpus.starts[first]):int(corpus.starts[end])]
                         if first < end else "")
        # (the sentence goes on before the quotation it reached: read the words before it too)
        if (earlier < 0 or first != int(corpus.quote_end[earlier])
                or gap_bits(corpus, first, document) & breaks.SENTENCE_BREAK
                or len(stretches) > MAX_QUOTATIONS_BACK):
            break
        end = int(corpus.quote_first[earlier])
        earlier -= 1
    return " ".join(reversed(stretches))


def _after(corpus: TokenisedCorpus, quotation: int, document: int) -> str:
    """The outlet's words after the quotation's closing mark to its sentence's end (or the next
    quotation)."""
    closing = int(corpus.quote_end[quotation])
    last = sentence_after(corpus, quotation, document, SUBJECT_REACH)
    if last <= closing:
        return ""
    text = corpus.texts[document]
    return text[int(corpus.ends[closing - 1]):int(corpus.ends[last - 1])]


def _subjects(words: str) -> list[str]:
    """The words `words` mark as a speaker, in order: Korean topics, Japanese subjects."""
    found = []
    for word in words.split():
        word = word.strip(".,;:!?·…'\"“”‘’」『』「")
        if (len(word) >= 2 and word.endswith(_KOREAN_TOPIC)
                and all(ord(character) in _HANGUL for character in word)):
            subject = word[:-1]
            if subject not in _NO_ONE and not subject.endswith(_NO_ONE_ENDINGS):
                found.append(subject)
    for match in _JAPANESE_SUBJECT.finditer(words):
        if match.group(1) not in _NO_ONE:
            found.append(match.group(1))
    return found

