"""A quoted phrase inside the outlet's own sentence, then a paragraph opening with another
speaker's quotation that a pronoun attributes (`viewer.engine.stretches`, `_continued_remarks`):
the sentence going on after the phrase is no attribution, so the two are no one speaker's
remarks in consecutive paragraphs. Small hand-made corpora, no sample or real-article text."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

FORCE = ("“As a force we are fully committed to finding out what happened, and we will consider "
         "every tactic at our disposal in this investigation,” Superintendent Tunde Okonte said.")
MOURNING = ("I am devastated that the old tree by the wall is gone. It was ours and it stood "
            "for three hundred years")


def _passages(between: str) -> list[list[str]]:
    texts = [f"{filler('a')}.\n\n{FORCE}\n\n{filler('b')}.",
             f"{filler('c')}. Ayo Mabena said she was “furious” and the force vowed to “use "
             f"every tactic at our disposal”{between}\n\n“{MOURNING},” she said.\n\n"
             f"{filler('d')}.",
             f"{filler('e')}. The commissioner, Ayo Mabena, said: “{MOURNING}.”\n\n"
             f"{filler('f')}."]
    return sorted(sorted(occurrence.document for occurrence in passage.occurrences)
                  for passage in find_shared_passages(articles(*texts)).passages)


def test_a_quoted_phrase_in_the_outlets_sentence_is_not_continued_by_the_next_paragraph() -> None:
    assert _passages(" to find the culprit.") == [["d0", "d1"], ["d1", "d2"]]




def test_an_attribution_after_a_comma_continues_the_remarks_whatever_its_verb() -> None:
    """'... “use every tactic at our disposal”, the superintendent vowed.' then '"...," he
    said.': a comma after the quotation's last word marks its attribution, whether or not its
    verb ("vowed") is a listed reporting verb; the superintendent's two paragraphs, each
    carried by another outlet, are one passage."""
    texts = [f"{filler('a')}.\n\n{FORCE}\n\n{filler('b')}.",
             f"{filler('c')}. Tunde Okonte said the force would “use every tactic at our "
             f"disposal”, the superintendent vowed.\n\n“{MOURNING},” he said.\n\n"
             f"{filler('d')}.",
             f"{filler('e')}. The superintendent, Tunde Okonte, said: “{MOURNING}.”\n\n"
             f"{filler('f')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 3
