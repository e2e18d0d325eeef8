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
    r"(?:^|(?<=[.!?…][ \u00a0]))[–—-][ \u00a0]+"
    r"(\S[^\n]{0," + str(MAX_DASH_QUOTE_CHARS) + r"}?)[,.!?…]?[ \u00a0]+[–—-][ \u00a0]*(\w+)",
    re.MULTILINE)
"""A paragraph, or a sentence after a full stop, opening with a dash and a space; group 1 the
words up to the next dash with a space before it, group 2 the word after that dash."""
_SPEECH_WORDS = listed_words("speech", "added", "continued", "concluded")
"""The reporting verbs of every language of the vocabulary, as written, in lower case."""


def dash_quotations(flowed: str, body_start: int) -> list[tuple[int, int]]:
    """Character spans [start, end) of the speech `flowed[body_start:]` opens with dashes
    (module docstring), in order."""
    return [(match.start(1), match.end(1))
            for match in _DASH_SPEECH.finditer(flowed, body_start)
            if match.group(2).lower() in _SPEECH_WORDS]
