"""Speech opened with a dash: the quotation Polish, Russian and other outlets print as a paragraph
that opens with a dash, its words then a dash and the reporting verb ("– Apeluję, żeby nie
publikować niepotwierdzonych informacji – powiedział rzecznik rządu"; "— Мы работаем, — сказал
он"), and Swedish, Norwegian, Danish and Finnish outlets with a comma before the verb ("– Vi har
extremt mycket resurser, säger Sophia Jiglind").

Pure function of one paragraph-flowed text, for `viewer.engine.quotations.quoted_spans`. Only a
paragraph, or a sentence after one ended with a full stop in its paragraph ("Zwołano je w trybie
pilnym. - Apeluję, żeby ... - powiedział rzecznik"), that opens with a dash and a space, and whose
text a second dash closes right before a reporting verb of the engine's vocabulary
(`viewer.engine.reporting_words`), is read as quoted: a list's items ("- the bridge was closed")
and a dash in a sentence ("the toll – 22 – rose") are not. So is a whole paragraph that some pages
print without its opening dash, closed by a dash, a Polish or Russian reporting verb and no more
than the speaker's name ("Naszym zadaniem jest to, ... walczyć - powiedział Adam Szłapka.").
The comma convention is read only of a paragraph the dash opens, up to the first comma (or the
speech's own ! or ?) that one of those languages' reporting verbs and a word follow, three words
of speech at least and no quotation mark or dash in it.
"""

from __future__ import annotations

import re

from viewer.engine.reporting import listed_words
from viewer.engine.reporting_words_more import POLISH, RUSSIAN
from viewer.engine.reporting_words_nordic import DANISH, FINNISH, NORWEGIAN, SWEDISH

MAX_DASH_QUOTE_CHARS = 600
"""The longest words between the two dashes (as `quotations.MAX_QUOTE_CHARS`)."""
_DASH_SPEECH = re.compile(
    r"[–—-][ \u00a0]+(\S[^\n]{0," + str(MAX_DASH_QUOTE_CHARS) + r"}?)[,.!?…]?[ \u00a0]+[–—-]"
    r"[ \u00a0]*(\w+)")
"""Speech from a dash and a space on: group 1 the words up to the next dash with a space before
it, group 2 the word after that dash."""
_DASHES = tuple(dash + space for dash in "–—-" for space in " \u00a0")
"""Where speech may open: found with `str.find`, the text before each looked at in Python (a
pattern opening with the line start or a look behind is tried at every character: a tenth of a
second on 5,000 articles)."""
_SENTENCE_ENDS = ".!?…"
UNOPENED_ATTRIBUTION_WORDS = 5
"""The most words after the reporting verb of a paragraph of speech printed without its opening
dash: the speaker's name and title ("- powiedział Adam Szłapka.")."""
UNOPENED_SPEECH_WORDS = 3
"""The fewest words of such a paragraph's speech."""
_VERB_AFTER = re.compile(r"[–—-][ \u00a0]*(\w+)")
"""A dash and the word after it."""
_OPENINGS = "–—-\"“„«»「『‘'"
"""Characters a paragraph of speech printed without its dash does not open with."""
_MARKS = "\"“”„«»「」『』"
"""Quotation marks such a paragraph holds none of (its words are the outlet's, quoting)."""


def _verbs_of(*languages: dict[str, str]) -> frozenset[str]:
    """The reporting verbs ("speech" and "added") of `languages`' word lists, as written."""
    return frozenset(" ".join(language.get(kind, "") for language in languages
                              for kind in ("speech", "added")).split())


_UNOPENED_VERBS = _verbs_of(POLISH, RUSSIAN)
"""The reporting verbs that close such a paragraph: the convention is Polish and Russian pages'
(in English, "- said the police." or "- reported by AP" after a sentence of the outlet's own,
and a verb after an aside between dashes, are no speech)."""
_SPEECH_WORDS = listed_words("speech", "added", "continued", "concluded")
"""The reporting verbs of every language of the vocabulary, as written, in lower case."""
_COMMA_VERBS = _verbs_of(SWEDISH, NORWEGIAN, DANISH, FINNISH)
"""The reporting verbs that attribute speech opened with a dash after a comma, the convention of
Swedish, Norwegian, Danish and Finnish pages ("– Vi har extremt mycket resurser, säger Sophia
Jiglind", "– Tilanne on vakava, sanoo poliisi"; "sa", said, only before a name or a pronoun
(`_named_after`): French "sa" in a bulleted programme's "– Arrivée du président, sa femme ...")."""
_COMMA_BEFORE_VERB = re.compile(r"(?:,|(?<=[!?]))[ \u00a0]+(\w+)[ \u00a0]+\w")
"""A comma (or speech's own ! or ?), a word and another word: the attribution's verb, the
speaker after it."""


def dash_quotations(flowed: str, body_start: int) -> list[tuple[int, int]]:
    """Character spans [start, end) of the speech `flowed[body_start:]` opens with dashes
    (module docstring)."""
    found: list[tuple[int, int]] = []
    resume = body_start
    places = _places(flowed, body_start)
    for at in places:
        if at < resume:
            continue
        paragraph = at == 0 or flowed[at - 1] == "\n"
        opens = paragraph or (
            at >= 2 and flowed[at - 1] in " \u00a0" and flowed[at - 2] in _SENTENCE_ENDS)
        if not opens:
            continue
        speech = _DASH_SPEECH.match(flowed, at)
        if speech is not None and speech.group(2).lower() in _SPEECH_WORDS:
            found.append((speech.start(1), speech.end(1)))
            resume = speech.end()
            continue
        # (or a comma and the verb after it, in a paragraph the dash opens: "– Vi har extremt
        # mycket resurser, säger Sophia Jiglind")
        span = _comma_attributed(flowed, at) if paragraph else None
        if span is not None:
            found.append(span)
            resume = span[1]
    return found + _unopened(flowed, body_start, places, found)


def _comma_attributed(flowed: str, at: int) -> tuple[int, int] | None:
    """The speech of the paragraph the dash at `at` opens, up to the first comma (or its own !
    or ?) that a verb of _COMMA_VERBS and a word follow, within MAX_DASH_QUOTE_CHARS and before
    another dash; None where there is none or it is not speech (fewer than
    UNOPENED_SPEECH_WORDS words, quotation marks in it)."""
    start = at + 1
    while start < len(flowed) and flowed[start] in " \u00a0":
        start += 1
    end = flowed.find("\n", start)
    end = min(len(flowed) if end < 0 else end, start + MAX_DASH_QUOTE_CHARS)
    for comma in _COMMA_BEFORE_VERB.finditer(flowed, start, end):
        verb = comma.group(1).lower()
        if verb not in _COMMA_VERBS and not (verb == "sa" and _named_after(flowed, comma.end(1))):
            continue
        speech = flowed[start:comma.start()]
        if (len(speech.split()) < UNOPENED_SPEECH_WORDS or any(mark in speech for mark in _MARKS)
                or any(dash in speech for dash in _DASHES)):
            return None
        return start, comma.start()
    return None


def _named_after(text: str, at: int) -> bool:
    """Whether a capitalised word or a Swedish, Norwegian or Danish pronoun follows `at` (after
    spaces): "sa", said, attributing ('– ..., sa Ulf Kristersson', '– ..., sa hon'), not French
    "sa" before a noun ('– Arrivée du président, sa femme Brigitte')."""
    word = _NEXT_WORD.match(text, at)
    return word is not None and (word.group(1)[0].isupper() or word.group(1) in _PRONOUNS)


_NEXT_WORD = re.compile(r"[ \u00a0]+(\w+)")
_PRONOUNS = frozenset(("han", "hon", "hun", "de"))


def _unopened(flowed: str, body_start: int, places: list[int], found: list[tuple[int, int]]
              ) -> list[tuple[int, int]]:
    """Spans of whole paragraphs of speech printed without the opening dash, the dash and the
    reporting verb closing them and only the speaker's name after ("Naszym zadaniem jest ...
    walczyć - powiedział Adam Szłapka."): from the paragraph's start to the dash."""
    spans: list[tuple[int, int]] = []
    for at in places:
        if at < 1 or flowed[at - 1] not in " \u00a0":
            continue
        verb = _VERB_AFTER.match(flowed, at)
        if verb is None or verb.group(1).lower() not in _UNOPENED_VERBS:
            continue
        start = max(flowed.rfind("\n", body_start, at) + 1, body_start)
        end = flowed.find("\n", at)
        end = len(flowed) if end < 0 else end
        if at - start > MAX_DASH_QUOTE_CHARS or end - verb.end() > MAX_DASH_QUOTE_CHARS:
            continue
        speech = flowed[start:at].rstrip(" \u00a0,")
        after = flowed[verb.end():end].strip()
        # (only the speaker after the verb, capitalised, or nothing: "... - powiedział premier"
        # or a verb going on in the outlet's clause, "– заявил о победе", is no attribution
        # alone)
        if after[:1].islower() or any(dash in " " + after for dash in _DASHES):
            continue
        # (not a paragraph whose speech opened with a dash after a sentence of the outlet's own:
        # found above)
        if (any(a < at and start < b for a, b in found) or not speech
                or speech[0] in _OPENINGS or len(speech.split()) < UNOPENED_SPEECH_WORDS
                or any(mark in speech for mark in _MARKS)
                or _attributes(speech) or _attributes(after)
                or len(after.split()) > UNOPENED_ATTRIBUTION_WORDS
                or not after.endswith(tuple(_SENTENCE_ENDS))):
            continue
        spans.append((start, start + len(speech.rstrip(".!?…"))))
    return spans


def _attributes(text: str) -> bool:
    """Whether a dash before a reporting verb stands in `text` (another paragraph's speech run
    on into this one, or a second speaker's: no one paragraph of speech)."""
    return any(verb.group(1).lower() in _SPEECH_WORDS for verb in _VERB_AFTER.finditer(text))


def _places(text: str, start: int) -> list[int]:
    """Where a dash and a space are in `text` from `start` on, in order."""
    places = []
    for dash in _DASHES:
        at = text.find(dash, start)
        while at >= 0:
            places.append(at)
            at = text.find(dash, at + 1)
    return sorted(places)
