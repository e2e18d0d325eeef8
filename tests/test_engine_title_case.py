"""Whether a line is in title case (`viewer.engine.full_names.title_case`): a headline
capitalises every word and names nobody. Read word by word up to the word that settles it."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from viewer.engine import full_names
from viewer.engine.full_names import title_case

LINES = ("Mabena Hails Okonte As Deputy", "Warns of Hard Winter", "Okonte", "UEFA",
         "Mabena hails Okonte as deputy", "The minister said on Monday that the dam would hold",
         "Iran Fires 22 Missiles at U.S. Bases in Iraq", "É a Vez de Lisboa", "da Silva Wins",
         "a b c d", "Ölpreis steigt")


def _read_whole(line: str) -> bool:
    words = re.findall(r"[^\W\d_]+", line)
    return len(words) > 1 and not any(len(w) >= 4 and w[0].islower() for w in words)


@pytest.mark.parametrize("line", LINES)
def test_a_line_is_in_title_case_as_its_words_read_whole_say(line: str) -> None:
    text = f"Before.\n{line}\nAfter the line."
    assert title_case(text, text.index(line) + len(line) - 1) == _read_whole(line)


class _CountingWords:
    """The word pattern, counting the words it hands out."""

    def __init__(self) -> None:
        self.words = 0
        self.pattern = full_names._WORD

    def findall(self, text: str) -> list[str]:
        found: list[str] = self.pattern.findall(text)
        self.words += len(found)
        return found

    def finditer(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        for match in self.pattern.finditer(text, pos, endpos):
            self.words += 1
            yield match


def test_a_story_s_paragraph_is_read_up_to_its_first_long_word_in_lower_case(
        monkeypatch: pytest.MonkeyPatch) -> None:
    counting = _CountingWords()
    paragraph = "The minister said " + "that the dam would hold " * 50
    text = f"Headline\n{paragraph}\n"
    monkeypatch.setattr(full_names, "_WORD", counting)
    full_names._title_case_line.cache_clear()
    assert not title_case(text, text.index("minister"))
    assert counting.words <= 2
