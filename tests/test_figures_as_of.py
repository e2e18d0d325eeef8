"""The time a count is given as of, read from its sentence (`viewer.figures.as_of`), and
the moment that time names (`viewer.figures.moments`).

A tester's report (session 58): the time each outlet gave its toll as of ("截至2日15时30分")
was shown nowhere; a reviewer's: times were read from other clauses, without their year,
24-hour clock or day of the week, and scanning for them was quadratic on long paragraphs."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.figures import as_of
from viewer.figures.as_of import AsOf, counted_when, counted_when_in
from viewer.figures.extraction import extract_mentions
from viewer.figures.moments import Moment, moment_order
from viewer.figures.sentences import sentence_spans


def _read(sentence: str, figure: str) -> AsOf | None:
    start = sentence.index(figure)
    unspaced = any("\u4e00" <= char <= "\u9fff" or "\u3040" <= char <= "\u30ff"
                   for char in sentence)
    return (counted_when_in if unspaced else counted_when)(sentence, start,
                                                           start + len(figure))


AS_OF_1530 = "截至2日15时30分"


@pytest.mark.parametrize(("sentence", "figure", "words", "moment"), [
    (f"{AS_OF_1530},灾害已造成48人死亡、30人受伤。", "48人", AS_OF_1530,
     Moment(day=2, hour=15, minute=30)),
    (f"{AS_OF_1530},灾害已造成48人死亡、30人受伤。", "30人", AS_OF_1530,
     Moment(day=2, hour=15, minute=30)),
    ("至5月2日早上5时30分,已发现23辆车陷落,36人死亡", "36人", "至5月2日早上5时30分",
     Moment(month=5, day=2, hour=5, minute=30)),
    ("截至20日下午6时，暴雨已造成11人死亡", "11人", "截至20日下午6时",
     Moment(day=20, hour=18, minute=0)),
    ("8日夜時点で計3人がけがをした", "3人", "8日夜時点で", Moment(day=8)),
    ("痛心!路面塌陷事故已致36人遇难", "36人", "已致", None),
    ("截至目前，事故累计造成36人死亡", "36人", "截至目前", None),
    ("As of this minute, 15 people died.", "15", "As of this minute", None),
    ("As of 6 p.m. Tuesday, 48 people had died, the ministry said.", "48",
     "As of 6 p.m. Tuesday", Moment(hour=18, minute=0, weekday=1)),
    ("As of Tuesday 48 people had died.", "48", "As of Tuesday", Moment(weekday=1)),
    ("As of March 5, 120 cases were confirmed.", "120", "As of March 5", Moment(month=3, day=5)),
    ("One passenger died while 30 were injured, as of the time of writing.", "30",
     "as of the time of writing", None),
    ("The death toll rose to at least 41 on Monday.", "at least 41", "rose to", None),
    ("Police have so far arrested 12 people.", "12", "so far", None),
    ("Bis Montagabend wurden 14 Menschen verletzt.", "14", "Bis Montagabend",
     Moment(weekday=0)),
    ("Stand: 14 Uhr wurden 14 Menschen verletzt.", "14 Menschen", "Stand: 14 Uhr",
     Moment(hour=14, minute=0)),
    ("Die Zahl der Verletzten stieg auf 14 Personen.", "14", "stieg auf", None),
    ("El número de muertos ascendió a 15 personas.", "15", "ascendió a", None),
    # (a year, a 24-hour clock, wire copy's four digits and a time zone: a reviewer's)
    ("截至2024年5月2日15时30分，灾害已造成48人死亡。", "48人", "截至2024年5月2日15时30分",
     Moment(2024, 5, 2, 15, 30)),
    ("As of 15:00 on May 2, 48 people had died.", "48", "As of 15:00 on May 2",
     Moment(month=5, day=2, hour=15, minute=0)),
    ("As of May 2, 2024, 48 people had died.", "48", "As of May 2, 2024",
     Moment(2024, 5, 2)),
    ("As of 0600 GMT, 36 people had died.", "36", "As of 0600 GMT",
     Moment(hour=6, minute=0, zone="UTC")),
    ("As of 6 a.m. GMT on May 2, 36 people had died.", "36", "As of 6 a.m. GMT on May 2",
     Moment(month=5, day=2, hour=6, minute=0, zone="UTC")),
])
def test_the_time_a_count_is_given_as_of(sentence: str, figure: str, words: str,
                                         moment: Moment | None) -> None:
    assert _read(sentence, figure) == AsOf(words, moment)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("至少36人死亡", "36人"),  # "at least", no "as of"
    ("Bis zu 20 Menschen wurden verletzt.", "20"),  # "up to", a qualifier
    ("Elf Menschen wurden verletzt, fünf von ihnen schwer.", "Elf"),
    ("The company cut 11,000 jobs as of the ministry's plan.", "11,000"),
    ("Zwei Tote, 14 Personen verletzt.", "14"),
])
def test_a_count_given_as_of_no_time(sentence: str, figure: str) -> None:
    assert _read(sentence, figure) is None


@pytest.mark.parametrize(("text", "figure", "words"), [
    # (a verb of rising or a tally's words govern the figure right after them, in its clause:
    # a reviewer's)
    ("Der Preis stieg auf 5 Euro, 12 Menschen wurden verletzt.", "12 Menschen", None),
    ("The attack killed 157 people in 2019, and so far no one has been charged.", "157 people",
     None),
    ("The number of injured rose to 30 and 12 people were killed.", "12 people", None),
    ("截至2日6时,灾害已造成36人死亡、30人受伤。", "30人", "截至2日6时"),
    ("灾害已造成36人死亡、30人受伤。", "30人", None),
    ("So far, 12 people have died.", "12 people", "So far"),
    ("Police have so far arrested 12 people.", "12 people", "so far"),
    ("12 people were arrested so far.", "12 people", "so far"),
    ("Die Zahl der Verletzten stieg auf mindestens 14 Personen.", "mindestens 14 Personen",
     "stieg auf"),
    # (a time right after the figure is its own, before one further back)
    ("The toll, which stood at 24 people as of 3 p.m. on May 1, reached 36 people as of 6 a.m. "
     "on May 2.", "36 people", "as of 6 a.m. on May 2"),
    ("The toll, which stood at 24 people as of 3 p.m. on May 1, reached 36 people as of 6 a.m. "
     "on May 2.", "24 people", "as of 3 p.m. on May 1"),
    # (a time before the figure is its own only with nothing between but the time's comma: past
    # another figure and a conjunction the clause may be another moment's, so the 30 is given as
    # of no time and disagrees as before; a reviewer's. Chinese, Japanese and Korean write one
    # time for a sentence's clauses, as "截至2日6时" above)
    ("As of 6 p.m. Tuesday, 12 people had died and 30 were injured.", "30", None),
    ("As of 6 p.m. Tuesday, 12 people had died and 30 were injured.", "12 people",
     "As of 6 p.m. Tuesday"),
])
def test_the_time_or_tally_is_the_figures_it_governs(text: str, figure: str,
                                                      words: str | None) -> None:
    (mention,) = [m for m in extract_mentions("a", text) if m.text == figure]
    assert (mention.as_of.words if mention.as_of else None) == words


def test_moments_are_put_in_order_where_they_can_be() -> None:
    # (the month is the other's)
    assert moment_order(Moment(month=5, day=1, hour=11, minute=45),
                        Moment(day=2, hour=6, minute=0)) == -1
    assert moment_order(Moment(day=2, hour=6, minute=0),
                        Moment(month=5, day=2, hour=5, minute=30)) == 1
    assert moment_order(Moment(month=4, day=30), Moment(month=5, day=1)) == -1
    assert moment_order(Moment(day=2, hour=15, minute=30),
                        Moment(day=2, hour=15, minute=30)) == 0
    # (which day's 18:00?)
    assert moment_order(Moment(hour=18, minute=0), Moment(day=2, hour=6, minute=0)) is None
    # (a year only one names is the other's; two years are ordered)
    assert moment_order(Moment(2024, 5, 2, 15, 30), Moment(month=5, day=2, hour=15,
                                                           minute=30)) == 0
    assert moment_order(Moment(2023, 5, 2), Moment(2024, 5, 1)) == -1
    # (hours of two time zones, or of a zone and none, cannot be ordered)
    assert moment_order(Moment(hour=6, minute=0, zone="UTC"),
                        Moment(hour=15, minute=0, zone="UTC")) == -1
    assert moment_order(Moment(hour=6, minute=0, zone="UTC"), Moment(hour=8, minute=0)) is None
    assert moment_order(Moment(hour=6, minute=0, zone="UTC"),
                        Moment(hour=8, minute=0, zone="ET")) is None


@pytest.mark.parametrize(("paragraph", "sentences"), [
    ("As of 6 p.m. Tuesday, 12 people had died.", 1),
    ("As of 6 a.m. GMT, 12 people had died.", 1),
    ("As of 6 p.m. May 2, 12 people had died.", 1),
    ("The blast hit at 6 p.m. Police said 12 people died.", 2),
    ("The polls close at 8 p.m. Tuesday's vote is close.", 2),
])
def test_a_clock_and_the_day_after_it_are_one_sentence(paragraph: str, sentences: int) -> None:
    """simplemma cut "As of 6 p.m. | Tuesday, 12 people had died", and the 12 had no time."""
    assert len(sentence_spans(paragraph)) == sentences


class _CountingPattern:
    """A compiled pattern that counts the characters it is asked to scan."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.scanned = pattern, 0

    def _span(self, text: str, pos: int, endpos: int) -> int:
        return max(0, min(endpos, len(text)) - pos)

    def finditer(self, text: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        self.scanned += self._span(text, pos, endpos)
        return self.pattern.finditer(text, pos, endpos)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        self.scanned += self._span(text, pos, endpos)
        return self.pattern.search(text, pos, endpos)


@pytest.mark.parametrize("joined_by", ["。", "，"])
def test_the_time_of_each_figure_of_a_long_paragraph_is_read_near_it(
        monkeypatch: pytest.MonkeyPatch, joined_by: str) -> None:
    """A reviewer's: a line of 8,000 sentences "{i}县已造成{n}人死亡。" took 8.6 s, 2,000
    figures in a 39 KB line with no "。" 14 s: each figure's sentence was looked for from the
    paragraph's start. The text read per figure is now bounded, whatever the paragraph's
    length (work counted, not timed)."""
    marks = _CountingPattern(as_of._SENTENCE_MARK)
    monkeypatch.setattr(as_of, "_SENTENCE_MARK", marks)
    handed: list[int] = []
    read = as_of.counted_when

    def counted_when(sentence: str, start: int, end: int) -> AsOf | None:
        handed.append(len(sentence))
        return read(sentence, start, end)

    monkeypatch.setattr(as_of, "counted_when", counted_when)
    per_figure = 2 * (as_of.BEFORE_REACH + as_of.NEAR_AFTER)
    for figures in (500, 2000):
        marks.scanned, handed[:] = 0, []
        line = joined_by.join(f"第{i}号县已造成{i % 50 + 2}人死亡" for i in range(figures))
        assert len(extract_mentions("a", line)) == figures
        assert len(handed) == figures and max(handed) <= per_figure
        assert marks.scanned <= figures * per_figure


README = Path(__file__).resolve().parents[1] / "README.md"
SAID_IN = {
    # Each time and tally the README gives as an example, in a sentence that gives a count
    # as of it: the README says only what the code reads (a reviewer's).
    "截至2日15时30分": "{}，灾害已造成48人死亡。",
    "as of 6 p.m. Tuesday": "Officials said that {}, 48 people had died.",
    "Stand: 14 Uhr": "{} wurden 14 Menschen verletzt.",
    "8日夜時点で": "{}3人がけがをした。",
    "20일 오전 6시 기준": "{} 3명이 숨졌다.",
    "so far": "Police have {} arrested 12 people.",
    "to date": "12 people have been arrested {}.",
    "the death toll rose to": "Officials said {} 41 people.",
    "bislang": "Die Polizei hat {} 12 Menschen festgenommen.",
    "stieg auf": "Die Zahl der Toten {} 12 Menschen.",
    "hasta el momento": "La policía detuvo {} a 12 personas.",
    "已致": "山体滑坡{}48人遇难。",
}


def _readme_examples(opening: str, closing: str) -> list[str]:
    """The quoted examples in the README's parentheses after `opening`, up to `closing`."""
    text = " ".join(README.read_text(encoding="utf-8").split())
    start = text.index(opening) + len(opening)
    return re.findall(r'"([^"]+)"', text[start:text.index(closing, start)])


def test_the_readmes_times_and_tallies_are_read_as_it_says() -> None:
    examples = (_readme_examples("figure its sentence gives as of a time (", ") is the count")
                + _readme_examples("as a tally still running (", ") are shown"))
    assert set(examples) == set(SAID_IN)  # (a new example needs a sentence here)
    for example in examples:
        sentence = SAID_IN[example].format(example)
        (mention,) = extract_mentions("a", sentence)
        words = example.removeprefix("the death toll ")
        assert mention.as_of is not None and mention.as_of.words == words, sentence
