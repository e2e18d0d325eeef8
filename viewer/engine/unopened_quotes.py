"""A paragraph of speech printed without its opening quotation mark: '... é uma palavra de ânimo,
de confiança, de conforto”, realçou.'; '... everything it can possibly do to help,” Biden said
during a press conference'.

Pure function of one paragraph-flowed text and the quotations already found in it, for
`viewer.engine.quotations.quoted_spans`. Pages lose a paragraph's opening mark (a drop capital the
page set apart, a copy that cut it off); its closing mark stands, with the attribution after it.
A paragraph is read as quoted from its start to that mark only where the mark is the paragraph's
one double quotation mark, a closing ” right after a word (not a digit: "about 5’10”, police
said" gives an inch mark) or the quotation's own punctuation, and either a reporting verb of the
engine's vocabulary (`viewer.engine.reporting_words`) stands among the first words after it, the
speaker and the verb ('”, realçou', '” Biden said', '”, said the governor'), or nothing but
punctuation follows it and the paragraph before ends with a colon ('Boric anunció:'). A ” that
opens a quotation, as some Spanish and Turkish pages print it ('Oktay, ”İstiklal ...'), stands
after a space: not this (`viewer.engine.quotations.QUOTE` reads it). A paragraph whose mark
closes a quotation found already is left as found (a Dutch ,,...” in its middle), and so is one
after a mark left open (the quotation continued over paragraphs, or a stray mark, as
`viewer.engine.paragraph_quotes.continued_quotations` read it).
"""

from __future__ import annotations

import bisect
import re

from viewer.engine.reporting import listed_words

UNOPENED_SPEECH_WORDS = 3
"""The fewest words of such a paragraph's speech."""
MAX_UNOPENED_CHARS = 1000
"""The longest speech read so (as `paragraph_quotes.CONTINUED_PARAGRAPH_CHARS`: one paragraph of
someone's words)."""
ATTRIBUTION_REACH = 4
"""How many words after the closing mark the reporting verb may be: the speaker's name or title
before it ('” the state's governor said')."""
_DOUBLE_MARKS = re.compile("[\"“”„«»「」『』]")
_CLOSING = "”"
_SPEECH_WORDS = listed_words("speech", "added", "continued", "concluded")
"""The reporting verbs of every language of the vocabulary, as written, in lower case."""
_PUNCTUATION = ".,;:!?…()[]\"'“”‘’«»"
_COLONS = ":\uff1a"


def unopened_quotations(flowed: str, body_start: int,
                        found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character spans [start, end) of the paragraphs of `flowed[body_start:]` that are speech
    printed without their opening mark (module docstring), none whose mark closes a quotation
    `found` already."""
    spans: list[tuple[int, int]] = []
    closing_marks = {end for _, end in found}
    marks: list[int] | None = None  # (found once a paragraph is a candidate: few texts have one)
    at = flowed.find(_CLOSING, body_start)
    while at >= 0:
        start = max(flowed.rfind("\n", body_start, at) + 1, body_start)
        end = flowed.find("\n", at)
        end = len(flowed) if end < 0 else end
        span = _speech(flowed, body_start, start, at, end)
        # (not a mark that closes a quotation found already: a Dutch ,,...” in the middle of the
        # paragraph, whose closing mark is its one double mark; a single-quoted phrase inside
        # the speech, 'what they call ‘the pile’ all night,”', leaves it speech)
        if span is not None and at in closing_marks:
            span = None
        # (the last mark before the paragraph, if there is one, closes a quotation found, or
        # opens none (an inch mark): a mark left open there may be the one this mark closes,
        # which `continued_quotations` did not take for a quotation)
        if span is not None:
            if marks is None:
                marks = [mark.start() for mark in _DOUBLE_MARKS.finditer(flowed, body_start)]
            earlier = bisect.bisect_left(marks, start)
            if (not earlier or marks[earlier - 1] in closing_marks
                    or flowed[marks[earlier - 1]] == _CLOSING):
                spans.append(span)
                closing_marks.add(at)
        at = flowed.find(_CLOSING, end)
    return spans


def _speech(flowed: str, body_start: int, start: int, mark: int,
            end: int) -> tuple[int, int] | None:
    """The speech of the paragraph [start, end) whose first closing mark is at `mark`, or None
    when it is not one printed without its opening mark."""
    if len(_DOUBLE_MARKS.findall(flowed, start, end)) != 1 or mark - start > MAX_UNOPENED_CHARS:
        return None
    before = flowed[mark - 1] if mark > start else " "
    # (after a digit it is an inch mark: "about 5’10”, police said")
    if not (before.isalpha() or before in ".,!?…;"):
        return None
    speech = flowed[start:mark]
    first = len(speech) - len(speech.lstrip())
    if len(speech.split()) < UNOPENED_SPEECH_WORDS or not (speech[first].isalnum()
                                                           or speech[first] in "¡¿"):
        return None
    after = flowed[mark + 1:end]
    words = [word.strip(_PUNCTUATION).lower() for word in after.split()[:ATTRIBUTION_REACH]]
    words = [word for word in words if word]
    attributed = bool(words) and after[:1] in " ,.\u00a0" and any(
        word in _SPEECH_WORDS for word in words)
    before_paragraph = start
    while before_paragraph > body_start and flowed[before_paragraph - 1].isspace():
        before_paragraph -= 1
    introduced = (not words and before_paragraph > body_start
                  and flowed[before_paragraph - 1] in _COLONS)
    if not (attributed or introduced):
        return None
    return start + first, mark
