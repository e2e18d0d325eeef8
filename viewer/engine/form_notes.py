"""The notes of a page's forms: a short line ending with an asterisk after a space.

Pure function of the corpus, for the index (`viewer.engine.index`). A saved page keeps its
comment form: "Your email address will not be published. Required fields are marked *", as the
site's software writes it in the site's language ("Adresa ta de email nu va fi publicată.
Câmpurile obligatorii sunt marcate cu *"). Three Romanian sites running one theme shared it as a
passage, linking their articles as one text does. A news sentence never ends with a lone
asterisk (emphasis and footnote marks stand against a word); a form's note on its required
fields does, in every language. Such a line, FORM_NOTE_WORDS words or fewer, seeds no match
however small the corpus (the frequency filter drops lines many documents repeat only in a
large one).
"""

from __future__ import annotations

import re

import numpy as np

from viewer.engine.tokens import TokenisedCorpus

FORM_NOTE_WORDS = 30
"""A longer line ending with an asterisk is a paragraph, not a form's note."""
_NOTE_END = re.compile(r"(?<=\S)[ \t]+\*[ \t]*$", re.M)
"""A lone asterisk after a line's last word (not a line of its own: "* * *" breaks a story)."""


def form_note_tokens(corpus: TokenisedCorpus) -> np.ndarray:
    """Per global token: whether it is in a form's note (module docstring)."""
    marked = np.zeros(len(corpus.hashes), dtype=bool)
    lines = np.flatnonzero(corpus.line_start)
    for document, text in enumerate(corpus.texts):
        if "*" not in text:
            continue
        base, stop = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
        if stop == base:
            continue
        for found in _NOTE_END.finditer(text):
            # (the line's last word is the last token starting before the asterisk)
            last = base + int(np.searchsorted(corpus.starts[base:stop], found.start(),
                                              side="right")) - 1
            if last < base or "\n" in text[int(corpus.ends[last]):found.start()]:
                continue
            first = int(lines[np.searchsorted(lines, last, side="right") - 1])
            if last - first + 1 <= FORM_NOTE_WORDS:
                marked[first:last + 1] = True
    return marked
