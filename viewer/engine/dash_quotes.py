"""Speech opened with a dash: the quotation Polish, Russian and other outlets print as a paragraph
that opens with a dash, its words then a dash and the reporting verb ("– Apeluję, żeby nie
publikować niepotwierdzonych informacji – powiedział rzecznik rządu"; "— Мы работаем, — сказал
он").

Pure function of one paragraph-flowed text, for `viewer.engine.quotations.quoted_spans`. Only a
paragraph, or a sentence after one ended with a full stop in its paragraph ("Zwołano je w trybie
pilnym. - Apeluję, żeby ... - powiedział rzecznik"), that opens with a dash and a space, and whose
text a second dash closes right before a reporting verb of the engine's vocabulary
(`viewer.engine.reporting_words`), is read as quoted: a list's items ("- the bridge was closed")
and a dash in a sentence ("the toll – 22 – rose") are not.
"""

from __future__ import annotations

import re

from viewer.engine.reporting import listed_words

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
_SPEECH_WORDS = listed_words("speech", "added", "continued", "concluded")
"""The reporting verbs of every language of the vocabulary, as written, in lower case."""


def dash_quotations(flowed: str, body_start: int) -> list[tuple[int, int]]:
    """Character spans [start, end) of the speech `flowed[body_start:]` opens with dashes
    (module docstring), in order."""
    found: list[tuple[int, int]] = []
    resume = body_start
    for at in _places(flowed, body_start):
        if at < resume:
            continue
        opens = at == 0 or flowed[at - 1] == "\n" or (
            at >= 2 and flowed[at - 1] in " \u00a0" and flowed[at - 2] in _SENTENCE_ENDS)
        if not opens:
            continue
        speech = _DASH_SPEECH.match(flowed, at)
        if speech is not None and speech.group(2).lower() in _SPEECH_WORDS:
            found.append((speech.start(1), speech.end(1)))
            resume = speech.end()
    return found


def _places(text: str, start: int) -> list[int]:
    """Where a dash and a space are in `text` from `start` on, in order."""
    places = []
    for dash in _DASHES:
        at = text.find(dash, start)
        while at >= 0:
            places.append(at)
            at = text.find(dash, at + 1)
    return sorted(places)
