"""A page's comment form saved with its story (`viewer.engine.form_notes`): its note on the
required fields, a short line ending with a lone asterisk, links nothing, in any language and
however few the documents; a story's sentence with an asterisk against a word still does."""

from __future__ import annotations

import numpy as np

from viewer.engine.form_notes import form_note_tokens
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, passage_documents

FORM = ("Adresa ta de email nu va fi publicată. Câmpurile obligatorii sunt marcate cu *")
STORY = ("The court annulled the first round of the presidential election on Friday after the "
         "intelligence services declassified reports on a coordinated campaign")


def test_a_comment_forms_note_three_sites_share_links_nothing() -> None:
    texts = [f"{filler(t)}.\n\nLasă un răspuns\n\n{FORM}\n\n{filler(t + 'z')}." for t in "abc"]
    assert passage_documents(*texts) == []


def test_the_story_above_the_form_still_links() -> None:
    texts = [f"{filler(t)}. {STORY}.\n\n{FORM}\n\n{filler(t + 'z')}." for t in "ab"]
    corpus = tokenise(articles(*texts))
    marked = form_note_tokens(corpus)
    words = [corpus.texts[0][int(corpus.starts[k]):int(corpus.ends[k])]
             for k in np.flatnonzero(marked[:int(corpus.offsets[1])])]
    assert words[0] == "Adresa" and words[-1] == "cu"
    assert passage_documents(*texts) == [["d0", "d1"]]


def test_an_asterisk_against_a_word_or_in_a_long_paragraph_is_no_form() -> None:
    starred = f"{STORY}, the court's president said*"
    long_line = f"{STORY} and {STORY} and then {STORY} *"
    corpus = tokenise(articles(starred, long_line))
    assert not form_note_tokens(corpus).any()


def test_a_section_break_of_asterisks_is_no_form() -> None:
    """A review: "* * *" between two sections (or a line of one asterisk) took the shared
    paragraph above it for a form's note, and the two reprints were no longer linked."""
    for mark in ("* * *", "*"):
        texts = [f"{filler(t)}.\n\n{STORY}.\n\n{mark}\n\n{filler(t + 'z')}." for t in "ab"]
        assert not form_note_tokens(tokenise(articles(*texts))).any()
        assert passage_documents(*texts) == [["d0", "d1"]]
