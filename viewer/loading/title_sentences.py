"""How much of an article's opening line its inferred title keeps: the first sentence, read so
that the title names the article. No Qt here.

Pure functions of one line, used by `viewer.loading.headers`. A sentence does not end at an
abbreviation's full stop ("minister ds. Unii", "Dr. Smith"). A first sentence of a word or two
("Hey team.", "È finita.", "It's Official!") names nothing: the title goes on to the next
sentence. A sentence running only a few words past the title's length is kept whole rather than
cut on its function words ("... wrote in the…"). A word repeated over and over at the line's
start ("You You You You", a speech transcript's captions hearing a word in the noise before
anyone speaks) is no headline's word.
"""

from __future__ import annotations

import re

from viewer.loading.page_controls import LETTER_WORD
from viewer.unspaced_scripts import has_unspaced_character

_SENTENCE_END = re.compile(r"(?<![A-Z])(?<!\b[A-Z][a-z])[.!?](?=\s+[\"'“‘(]?[A-Z0-9])")

_LOWER_CASE_ABBREVIATIONS = frozenset((
    "al", "approx", "bzw", "ca", "ds", "ggf", "inkl", "np", "nr", "św", "śp", "tj", "tzw", "ul",
    "vs"))
"""Abbreviations written in lower case that a headline's first line may hold ("minister ds. Unii
Europejskiej", "ul. Piękna", "bzw. der", "approx. 40"): no sentence ends at their full stop."""

_CAPITALISED_ABBREVIATIONS = frozenset((
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "prof", "lt", "col", "sgt"))
"""Abbreviations written with a capital ("Nov. 2 (UPI) -- ...", "Dr. Smith"): no sentence ends
at their full stop either."""

TITLE_SENTENCE_MIN_WORDS = 3
"""A first sentence of fewer words is a greeting or an exclamation ("Hey team.", the opening of
a memo an article quotes first; "È finita."; "It's Official!"), not what the article is about:
the title goes on to the next sentence's end."""

SENTENCE_TAIL_MAX_WORDS = 3
"""A title's sentence that runs at most this many words past the title's length is kept whole:
cut there, it loses only its last words and ends hanging on "in the…" ("... five days a week
wrote in the…" for "... wrote in the memo on Monday.")."""
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'”’»)]*$")
_DOUBLE_MARKS = ('"', "“”„")
"""Double quotation marks, straight and curly, counted apart: a quotation opened and closed
with them ("“…”", "„…“") takes two of one kind."""

_REPEATED_WORD = re.compile(r"^([^\W\d_]+)(?:[\s,.…]+\1\b){3,}[\s,.…]*", re.I)
"""One word said four times or more in a row at the line's start ("You You You You Wait for
..."): what captioning software writes of the noise before a recorded speech starts. A
headline repeats a word three times at most ("Go, go, go")."""


def first_sentence_end(line: str) -> int | None:
    """Where the first sentence of `line` that can title it ends, or None: not at the full stop
    of an abbreviation (a title cut there, "Dotychczasowy minister ds.", misleads), nor after
    fewer than TITLE_SENTENCE_MIN_WORDS words."""
    for found in _SENTENCE_END.finditer(line):
        words = line[:found.start()].split()
        if found.group() == "." and words and (
                words[-1] in _LOWER_CASE_ABBREVIATIONS
                or words[-1].lower() in _CAPITALISED_ABBREVIATIONS):
            continue
        sentence = line[:found.end()]
        if (len(LETTER_WORD.findall(sentence)) < TITLE_SENTENCE_MIN_WORDS
                and not has_unspaced_character(sentence)):
            continue  # (a Chinese or Japanese sentence is one "word": its length is no guide)
        return found.end()
    return None


def title_length(sentence: str, max_chars: int) -> int:
    """The length past which a title made of `sentence` is cut: `max_chars`, or the sentence's
    whole length where it ends as a sentence, every quotation it opens closed, only a few words
    past `max_chars` (SENTENCE_TAIL_MAX_WORDS; words counted as
    `viewer.loading.headers.clean_title` cuts)."""
    collapsed = " ".join(sentence.split())
    if len(collapsed) <= max_chars or not _SENTENCE_CLOSE.search(collapsed):
        return max_chars
    if (any(sum(map(collapsed.count, marks)) % 2 for marks in _DOUBLE_MARKS)
            or collapsed.count("«") != collapsed.count("»")):
        return max_chars  # (it ends inside a quotation, 'route: "We waited.': no sentence's end)
    cut = collapsed.rfind(" ", 0, max_chars)
    if cut <= max_chars // 2:
        return max_chars  # (clean_title cuts such a line inside a word: no word count)
    tail = collapsed[cut:].split()
    return len(collapsed) if len(tail) <= SENTENCE_TAIL_MAX_WORDS else max_chars


def without_repeated_word(line: str) -> str:
    """`line` without a word it opens by repeating over and over (`_REPEATED_WORD`); "" where
    the line is nothing else."""
    found = _REPEATED_WORD.match(line)
    return line[found.end():] if found else line
