"""Where a quotation mark stands in its text: at a paragraph's start or end, opening a
sentence or after a colon, and which mark closes the quotation another opens.

Pure functions of one text and a mark's position, for `viewer.engine.quotations`: a mark that
opens its paragraph or a sentence, or follows a colon, opens a statement's quotation, not a stray
mark inside a sentence; and a mark further in the paragraph closes it only where it is the
opening one's own closing mark, right after a word ('... voted “yes”' opens the next
quotation).
"""

from __future__ import annotations


def introduced(text: str, mark: int) -> bool:
    """Whether an opening `mark` starts its paragraph or follows a colon (`they said:`): a
    statement's quotation, not a stray mark inside a sentence."""
    if paragraph_start(text, mark):
        return True
    # (the spaces before the mark read one by one: a copy of the text up to it, for each mark
    # left open, made a long text's quotations quadratic)
    before = mark
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before > 0 and text[before - 1] in ":："


_CLOSING_OF = {"“": "”", "«": "»", "„": "“", "「": "」", "『": "』", '"': '"', "»": "«"}
"""The mark that closes a quotation each opening mark opens (German „...“ closes with the mark
English opens with)."""


def closes(text: str, opening: int, closing: int) -> bool:
    """Whether the mark at `closing` closes the quotation the mark at `opening` opens: the
    opening mark's own closing one, right after the quotation's last word or its sentence's
    end, not before a word (a straight mark there opens the next quotation)."""
    if text[closing] != _CLOSING_OF.get(text[opening]):
        return False
    # (a word right after it is the next quotation's, unless a sentence ends before it: a
    # page that lost its spaces, '... always.”Then he left.')
    return not text[closing - 1].isspace() and (
        closing + 1 >= len(text) or not text[closing + 1].isalnum()
        or text[closing - 1] in ".!?…")


def after_sentence_end(text: str, mark: int) -> bool:
    """Whether an opening `mark` opens a sentence in its paragraph: a sentence's end mark
    before it, spaces or none between (a page that lost its paragraph breaks: "almeno 22
    morti.«Profondamente colpito ...»")."""
    before = mark
    while before > 0 and text[before - 1] in " \t\u00a0":
        before -= 1
    return before > 0 and text[before - 1] in ".!?…"


def paragraph_start(text: str, at: int) -> bool:
    """Whether only spaces stand between the line break before `at` (or the text's start)
    and `at`."""
    # (the spaces read one by one back from `at`: a search back to the paragraph's start for
    # each mark was quadratic in a long paragraph)
    before = at
    while before > 0 and text[before - 1] != "\n" and text[before - 1].isspace():
        before -= 1
    return before == 0 or text[before - 1] == "\n"


def paragraph_end(text: str, at: int) -> bool:
    """Whether only a sentence's end mark and spaces (a non-breaking one too) stand between `at`
    and the next line break (or the text's end)."""
    # (read one by one up to the first other character: a search to the paragraph's end for
    # each mark was quadratic in a long paragraph)
    while at < len(text) and text[at] != "\n" and (text[at].isspace() or text[at] in ".!?…"):
        at += 1
    return at == len(text) or text[at] == "\n"
