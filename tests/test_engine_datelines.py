"""A wire story's dateline ("FRANKFURT - ", "LONDON, Sept 8 (Reuters) - ") that reprints keep is
not highlighted: the occurrence starts at the story's first word (`viewer.engine.datelines`).
The German press's place and full stop ("Karlsruhe. ") is one too. A paragraph opening with a
name and a dash, words in lower case before a dash, or a title's abbreviation ("Prof. "), keeps
its start. Small hand-made texts."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

STORY = ("Joachim Lorenz will step down as national coach after the summer tournament, the "
         "federation announced on Tuesday. He asked to end his contract, which ran until the "
         "next world cup, as soon as the tournament is over.")


def _starts(*texts: str) -> list[str]:
    (passage,) = find_shared_passages(articles(*texts)).passages
    return sorted(texts[int(o.document[1:])][o.start:o.start + 14] for o in passage.occurrences)


def test_a_dateline_both_reprints_keep_is_left_out() -> None:
    for dateline in ("FRANKFURT - ", "LONDON, Sept 8 (Reuters) - ", "Frankfurt/Main (dpa) | ",
                     "Frankfurt/Main | ", "PARIS (AFP) — ", "Berlin – ", "Karlsruhe. "):
        texts = [f"{filler(tag)}.\n\n{dateline}{STORY}\n\n{filler(tag + 'z')}." for tag in "ab"]
        assert _starts(*texts) == [STORY[:14]] * 2, dateline


def test_a_name_and_a_dash_lower_case_words_or_an_abbreviation_are_no_dateline() -> None:
    for opening in ("Boris Johnson – the prime minister – said that ",
                    "Prof. ", "Gov. ", "Yes. ", "“Never. ",
                    "Keir Starmer – Prime Minister since July – said that ",
                    "If this were to happen, we – "):
        texts = [f"{filler(tag)}.\n\n{opening}{STORY}\n\n{filler(tag + 'z')}." for tag in "ab"]
        assert _starts(*texts) == [(opening + STORY).lstrip("“")[:14]] * 2, opening


def test_a_word_and_a_full_stop_further_down_the_story_is_someones_words() -> None:
    """'Absolutely. We will ...' opening the fourth paragraph is someone's words: a dateline
    opens a story, in one of its first lines, so further down no word and full stop is one (a
    place's name there, "Karlsruhe. ", stays too)."""
    for opening in ("Absolutely. ", "Karlsruhe. "):
        texts = [f"{filler(tag)}.\n\n{filler(tag + 'm')}.\n\n{filler(tag + 'n')}.\n\n"
                 f"{opening}{STORY}\n\n{filler(tag + 'z')}." for tag in "ab"]
        assert _starts(*texts) == [(opening + STORY)[:14]] * 2, opening
