"""A consensus's text: runs of documents' tokens written out as one reading.

Used by the vote (`viewer.engine.consensus`), whose winner in each stretch is some occurrence's
tokens and between stretches the reference's: consecutive runs of one document are read as the
document writes them, and between runs from two places goes what a document writes between
those two words, or the sentence end the first run's document writes after it, or the one the
second run's document writes before it, or a space. A Chinese consensus is written in the
script most of its occurrences use (`in_majority_script`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from viewer.engine.document_view import DocumentView
from viewer.normalize import simplified_han
from viewer.unspaced_scripts import KANA

_SPACE = re.compile(r"\s+")

TokenRun = tuple[DocumentView, int, int]
"""Tokens [first, end) of a document, consecutive."""


def joined_text(runs: Sequence[TokenRun]) -> str:
    """The runs' text as written, consecutive runs of a document merged; between runs of
    different places, what one of the documents writes between the two words when it has
    them side by side (a full stop and quotation marks), else a space. Whitespace becomes
    single spaces."""
    merged: list[TokenRun] = []
    for run in runs:
        if run[2] <= run[1]:
            continue
        if merged and merged[-1][0] is run[0] and merged[-1][2] == run[1]:
            merged[-1] = (run[0], merged[-1][1], run[2])
        else:
            merged.append(run)
    pieces: list[str] = []
    for index, (view, first, end) in enumerate(merged):
        text = view.reading(view.starts[first], view.ends[end - 1])
        if index:
            pieces.append(_junction(merged[index - 1], (view, first, end)))
            text = _cased_as_before(merged[index - 1], (view, first, end), text)
        pieces.append(text)
    return _SPACE.sub(" ", "".join(pieces))


def _cased_as_before(before: TokenRun, after: TokenRun, text: str) -> str:
    """`text`, the run `after`, with its first letter in lower case where the document of
    `before` goes on with the same word written so: a word that opens a sentence in one outlet
    ("È deceduto oggi ...") and goes on from another's words ("... Benedetto XVI, è deceduto")
    is written as the sentence it is in reads it."""
    view, _, end = before
    following, first, _ = after
    if end >= len(view.starts) or view.hashes[end] != following.hashes[first]:
        return text
    own = view.reading(view.starts[end], view.ends[end])
    if own[:1].islower() and text[:1].isupper() and own[:1] == text[:1].lower():
        return text[:1].lower() + text[1:]
    return text


def _junction(before: TokenRun, after: TokenRun) -> str:
    """What lies between the last word of `before` and the first of `after`."""
    view, _, end = before
    following, first, _ = after
    if end < len(view.starts) and view.hashes[end] == following.hashes[first]:
        return view.reading(view.ends[end - 1], view.starts[end])
    if first > 0 and following.hashes[first - 1] == view.hashes[end - 1]:
        return following.reading(following.ends[first - 1], following.starts[first])
    # Pieces from two places (a paragraph another outlet prints before the next one): the
    # sentence end the first piece's own document writes after it, when it ends one there.
    gap_end = view.starts[end] if end < len(view.starts) else len(view.text)
    gap = view.reading(view.ends[end - 1], gap_end).split()
    mark = gap[0] if gap else ""
    if mark and set(mark) <= _SENTENCE_CLOSE and not _SENTENCE_ENDS.isdisjoint(mark):
        # (without the quotation marks: they close that outlet's quotation, and the statement
        # goes on, 'The Queen.” We now plan ...')
        return "".join(c for c in mark if c not in _QUOTE_CLOSE) + " "
    # Else the sentence end the second piece's document writes before it, when it starts a
    # sentence there ('... enduring loss," Zuma said. "His tireless ...': the quotation's
    # comma before its attribution is no place to end a piece and start the next sentence).
    before_second = (following.reading(following.ends[first - 1], following.starts[first])
                     if first > 0 else "")
    ends = [c for c in before_second if c in _SENTENCE_ENDS]
    if ends:
        return ends[-1] + " "
    # A quotation's sentence its attribution cuts ('... our work has only begun," Walz said in
    # a statement, adding: "No verdict can bring ...'): the comma before the closing mark stands
    # for the full stop the statement writes, where the next piece opens a sentence (a capital,
    # its document going on from no comma: 'he said, "President ...' goes on with a name).
    if ("," in mark and set(mark) <= _COMMA_CLOSE and not _QUOTE_CLOSE.isdisjoint(mark)
            and "," not in before_second
            and following.reading(following.starts[first], following.ends[first])[:1].isupper()):
        return ". "
    # A clause the first piece's document ends with a comma goes on after it ('Marília
    # Mendonça, seu produtor ...', the words the consensus leaves out between them another
    # outlet's: its comma is the first piece's own).
    if mark in (",", "，", "、", ";"):
        return mark + ("" if mark in "，、" else " ")
    return " "


_SENTENCE_ENDS = frozenset(".!?。！？")


_QUOTE_CLOSE = frozenset("\"”’»」』")
_SENTENCE_CLOSE = _SENTENCE_ENDS | _QUOTE_CLOSE | {")"}
_COMMA_CLOSE = _QUOTE_CLOSE | {","}


def in_majority_script(consensus: str, occurrences: Sequence[tuple[str, str]]) -> str:
    """`consensus` written simplified where more of the documents carrying it write its Chinese
    characters simplified than traditional (`occurrences`: each occurrence's document and
    text), and it does not. Words are matched with traditional characters folded to simplified
    (`viewer.normalize`), so the reference whose words the consensus takes may be a Hong Kong
    outlet's of a statement eight mainland outlets print simplified: the majority reading is
    theirs. An occurrence is traditional where it holds a character that folds, simplified where
    it holds one the consensus's traditional characters fold to; one whose characters read alike
    in both scripts does not vote. Japanese is never folded (kanji fold for matching only: a
    text holding kana is Japanese)."""
    folded = simplified_han(consensus)
    if folded == consensus or _KANA.search(consensus):
        return consensus
    simplified_forms = set(folded) - set(consensus)
    written: dict[str, set[bool]] = {}
    for document, text in occurrences:
        if _KANA.search(text):
            continue
        if simplified_han(text) != text:
            written.setdefault(document, set()).add(False)
        elif simplified_forms.intersection(text):
            written.setdefault(document, set()).add(True)
    votes = [simplified for scripts in written.values() if len(scripts) == 1
             for simplified in scripts]
    return folded if 2 * sum(votes) > len(votes) else consensus


_KANA = re.compile(f"[{KANA}]")
