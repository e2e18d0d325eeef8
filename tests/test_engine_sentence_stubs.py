"""A passage does not end (start) one or two words into a sentence that both articles go on
with differently (`viewer.engine.sentence_stubs`), unless those words say something or end the
statement themselves. Small hand-made texts."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

SHARED = ("Joachim Vale will step down as head coach of the national team after the European "
          "championship next summer")


def _occurrences(first: str, second: str) -> list[str]:
    documents = articles(first, second)
    texts = {d.id: d.text for d in documents}
    return [texts[o.document][o.start:o.end]
            for p in find_shared_passages(documents).passages for o in p.occurrences]


def test_a_sentence_both_go_on_with_differently_is_left_out() -> None:
    assert _occurrences(
        f"{filler('a')}.\n\n{SHARED}. He told the federation on Monday night.\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{SHARED}. He informed the board in a letter.\n\n{filler('d')}.",
    ) == [SHARED, SHARED]
    assert _occurrences(
        f"{filler('a')}. Reporters heard it first. {SHARED}.\n\n{filler('b')}.",
        f"{filler('c')}. Reporters learnt yesterday. {SHARED}.\n\n{filler('d')}.",
    ) == [SHARED, SHARED]


def test_words_of_a_new_sentence_that_say_something_stay() -> None:
    """A name after the sentence end is a quotation cut mid-sentence, and a short sentence
    ending where the match ends is the statement's own."""
    name = f"{SHARED}. Vale Kessing"
    assert _occurrences(
        f"{filler('a')}.\n\n{name} spoke first at the meeting in the old town hall.\n\n"
        f"{filler('b')}.",
        f"{filler('c')}.\n\n{name} left early before any of the toasts were made.\n\n"
        f"{filler('d')}.") == [name, name]
    thanks = f"{SHARED}. Thank you"
    assert _occurrences(f"{filler('a')}.\n\n{thanks}.\n\n{filler('b')}.",
                        f"{filler('c')}.\n\n{thanks}.\n\n{filler('d')}.") == [thanks, thanks]
