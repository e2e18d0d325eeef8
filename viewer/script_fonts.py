"""Which scripts the articles are written in, beyond Latin, and the line to say when no installed
font draws one of them.

Qt draws letters no installed font has as boxes, and says nothing: a folder of Bengali articles
on a machine without a Bengali font showed every title and pane as boxes (tester, session 58).
`viewer.fonts` says at start when emoji or Chinese/Japanese/Korean fonts are missing, whatever
the articles; the window asks this module which other scripts the articles it opens use, checks
its fonts for each (`widgets.script_font_warning`) and says once which script has none, which
articles use it and the Debian/Ubuntu package that draws it.

Each article is sampled, not read whole: its title, its opening and its middle
(`SAMPLE_CHARS` each). On 20,000 articles of 5,000 characters, reading every character took
0.46 s of the window's start, the sample 0.11-0.12 s (0.15-0.2 s when every article is Bengali,
its names listed, or Russian, Arabic or English with Latin or Greek words in every line; 0.6 s
when each changes between scripts other than Latin with every word, or every letter, the most
a sample can cost: `benchmarks/bench_script_scan.py`). An article's script shows in its
opening, after a web page's furniture, or in its middle.
A script is known by its Unicode blocks (`SCRIPTS`). No Qt.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np
import numpy.typing as npt

from viewer.corpus import Article
from viewer.printable import printable
from viewer.wording import count_of, one_line

SCRIPTS_PACKAGE = "fonts-noto-core"
"""Debian and Ubuntu's Noto fonts for the scripts below (Chinese, Japanese and Korean are
`viewer.fonts.CJK_PACKAGE`'s)."""
SAMPLE_CHARS = 500
NAMED_ARTICLES = 3
"""The articles a warning names; the rest are counted."""


@dataclass(frozen=True)
class Script:
    name: str
    """As people call it, and as Qt names its writing system where it has one ("Bengali")."""
    blocks: tuple[tuple[int, int], ...]
    """Its Unicode blocks (first and last code point)."""


SCRIPTS = (
    Script("Greek", ((0x0370, 0x03FF), (0x1F00, 0x1FFF))),
    Script("Cyrillic", ((0x0400, 0x052F), (0x1C80, 0x1C8F), (0x2DE0, 0x2DFF),
                        (0xA640, 0xA69F))),
    Script("Armenian", ((0x0530, 0x058F), (0xFB13, 0xFB17))),
    Script("Hebrew", ((0x0590, 0x05FF), (0xFB1D, 0xFB4F))),
    Script("Arabic", ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF),
                      (0xFE70, 0xFEFE))),
    Script("Syriac", ((0x0700, 0x074F),)),
    Script("Thaana", ((0x0780, 0x07BF),)),
    Script("N'Ko", ((0x07C0, 0x07FF),)),
    # (not the danda and double danda, U+0964-0965: Bengali and other Indic scripts end their
    # sentences with them too)
    Script("Devanagari", ((0x0900, 0x0963), (0x0966, 0x097F), (0xA8E0, 0xA8FF))),
    Script("Bengali", ((0x0980, 0x09FF),)),
    Script("Gurmukhi", ((0x0A00, 0x0A7F),)),
    Script("Gujarati", ((0x0A80, 0x0AFF),)),
    Script("Oriya", ((0x0B00, 0x0B7F),)),
    Script("Tamil", ((0x0B80, 0x0BFF),)),
    Script("Telugu", ((0x0C00, 0x0C7F),)),
    Script("Kannada", ((0x0C80, 0x0CFF),)),
    Script("Malayalam", ((0x0D00, 0x0D7F),)),
    Script("Sinhala", ((0x0D80, 0x0DFF),)),
    Script("Thai", ((0x0E00, 0x0E7F),)),
    Script("Lao", ((0x0E80, 0x0EFF),)),
    Script("Tibetan", ((0x0F00, 0x0FFF),)),
    Script("Myanmar", ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))),
    Script("Georgian", ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))),
    Script("Ethiopic", ((0x1200, 0x139F), (0x2D80, 0x2DDF), (0xAB00, 0xAB2F))),
    Script("Cherokee", ((0x13A0, 0x13FF), (0xAB70, 0xABBF))),
    Script("Canadian Syllabics", ((0x1400, 0x167F), (0x18B0, 0x18FF))),
    Script("Khmer", ((0x1780, 0x17FF), (0x19E0, 0x19FF))),
    Script("Mongolian", ((0x1800, 0x18AF),)),
    Script("Ol Chiki", ((0x1C50, 0x1C7F),)),
    Script("Tifinagh", ((0x2D30, 0x2D7F),)),
    Script("Vai", ((0xA500, 0xA63F),)),
    Script("Javanese", ((0xA980, 0xA9DF),)),
    Script("Meetei Mayek", ((0xABC0, 0xABFF), (0xAAE0, 0xAAFF))),
    Script("Adlam", ((0x1E900, 0x1E95F),)),
)
"""The scripts looked for: those with their own letters that news is written in (Latin, its
punctuation and symbols, and emoji never count; Chinese, Japanese and Korean are said at start)."""


def _is_letter(point: int) -> bool:
    """A letter or a mark joined to one (Unicode categories L and M): a block also holds its
    script's currency sign, digits and punctuation, which Latin text borrows ("the fare rose to
    ฿45") and fonts of other scripts draw, so they say nothing of the script being written."""
    return unicodedata.category(chr(point))[0] in "LM"


def _ranges(points: Iterable[int]) -> str:
    """`points` (ascending) as a regular expression's set body, runs written first-last."""
    runs: list[list[int]] = []
    for point in points:
        if runs and runs[-1][1] == point - 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    return "".join(re.escape(chr(first)) + (f"-{re.escape(chr(last))}" if last > first else "")
                   for first, last in runs)


def _points_of(script: Script) -> list[int]:
    return [point for first, last in script.blocks for point in range(first, last + 1)]


@cache
def _any_letter() -> re.Pattern[str]:
    """A letter of any script of `SCRIPTS`: one pattern, so a text is read once whatever scripts
    it mixes (a pattern per set of scripts found so far grew without limit over many articles).
    Made at the first read, not at import: the window imports this before its first paint."""
    return re.compile("[" + _ranges(sorted(point for script in SCRIPTS
                                           for point in _points_of(script)
                                           if _is_letter(point))) + "]")


@cache
def _run_of(script: Script) -> re.Pattern[str]:
    """What follows a letter of `script` up to a letter of another script of `SCRIPTS`: all of
    it is that script's text as far as the scan cares (its own letters, Latin, digits,
    punctuation, emoji), so a read resumes after it once per change between two scripts of
    `SCRIPTS`. Ended at any Latin letter too, the run made a text writing Latin between
    Cyrillic letters ("Цa" repeated) or Greek symbols in English cost a search per letter:
    10-75 times the time (reviewer)."""
    return re.compile("[^" + _ranges(sorted(point for other in SCRIPTS if other != script
                                            for point in _points_of(other)
                                            if _is_letter(point))) + "]*")


_BLOCKS = sorted(((first, last, script) for script in SCRIPTS for first, last in script.blocks),
                 key=lambda block: block[0])
_BLOCK_STARTS = [first for first, _last, _script in _BLOCKS]


def script_of(character: str) -> Script | None:
    """The script whose blocks hold `character` (found among the blocks' starts), if any."""
    point = ord(character)
    index = bisect_right(_BLOCK_STARTS, point) - 1
    if index < 0 or point > _BLOCKS[index][1]:
        return None
    return _BLOCKS[index][2]


SWITCHES_READ = 8
"""Runs of a script's text read one search each (`scripts_in`), about 2 microseconds a run;
the rest of a text changing script more often is read at once by a table (about 15). News
changes between such scripts a few times in a sample (a name, a quoted word); a text
changing with every letter between two of them ("Цα" repeated) cost 1,500 searches per
sample, 1-1.5 ms."""


def scripts_in(text: str) -> dict[str, str]:
    """The scripts of `SCRIPTS` whose letters `text` uses: name -> the first of its letters
    there. One search in C per run of a script's text (`_run_of`), up to `SWITCHES_READ`
    runs, then the rest at once (`_scripts_by_table`): the time grows with `text`'s length,
    however often it changes script."""
    found: dict[str, str] = {}
    position = 0
    for _ in range(SWITCHES_READ):
        match = _any_letter().search(text, position)
        script = script_of(match.group()) if match is not None else None
        if match is None or script is None:  # (None: cannot be, the pattern is the blocks')
            return found
        found.setdefault(script.name, match.group())
        run = _run_of(script).match(text, match.end())
        position = run.end() if run is not None else match.end()
    for name, letter in _scripts_by_table(text[position:]).items():
        found.setdefault(name, letter)
    return found


def _scripts_by_table(text: str) -> dict[str, str]:
    """`scripts_in` by looking every character up at once (numpy): a few array operations over
    `text`, slower than a search for a text in one or two scripts (15 against 6-9 microseconds
    for a sample), but taking no longer however often the text changes script."""
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    table = _script_numbers()
    numbers = table[np.minimum(points, len(table) - 1)]
    letters = np.flatnonzero(numbers)
    # (each script number found, with its first letter's index among the letters)
    found, firsts = np.unique(numbers[letters], return_index=True)
    return {SCRIPTS[number - 1].name: text[letters[first]]
            for first, number in sorted(zip(firsts.tolist(), found.tolist(), strict=True))}


@cache
def _script_numbers() -> npt.NDArray[np.uint8]:
    """Per code point up to the last of `SCRIPTS`' blocks and one more: 1 + the index in
    `SCRIPTS` of the script it is a letter of, else 0 (so the last entry is 0, for any code
    point past the blocks). Built at first use (about 10,000 code points)."""
    table = np.zeros(max(last for script in SCRIPTS for _first, last in script.blocks) + 2,
                     dtype=np.uint8)
    for number, script in enumerate(SCRIPTS, start=1):
        table[np.array([point for point in _points_of(script) if _is_letter(point)],
                       dtype=np.intp)] = number
    return table


def sample_of(article: Article) -> str:
    """What is read of `article`: the first `SAMPLE_CHARS` of its title, of its text and of its
    text's middle (a title given in a file's header is as long as its writer made it)."""
    text = article.text
    middle = max(SAMPLE_CHARS, len(text) // 2)
    return "\n".join((article.title[:SAMPLE_CHARS], text[:SAMPLE_CHARS],
                      text[middle:middle + SAMPLE_CHARS]))


def article_name(article: Article) -> str:
    """How a warning names an article: its file's name, as the window's notices do, else its
    title."""
    return printable(article.path.name) if article.path is not None else one_line(
        article.title, 40)


@dataclass
class ScriptsSeen:
    """The scripts the articles read so far use, each with a letter of it and the articles."""

    letters: dict[str, str]
    articles: dict[str, list[str]]

    @classmethod
    def of(cls, articles: Iterable[Article]) -> ScriptsSeen:
        seen = cls({}, {})
        for article in articles:
            for name, letter in scripts_in(sample_of(article)).items():
                seen.letters.setdefault(name, letter)
                seen.articles.setdefault(name, []).append(article_name(article))
        return seen


def missing_script_message(script: str, articles: Sequence[str]) -> str:
    """One line: the script no installed font draws, the articles using it and the package."""
    named = ", ".join(articles[:NAMED_ARTICLES])
    more = len(articles) - NAMED_ARTICLES
    if more > 0:
        named += f" and {more:,} more"
    use = "uses" if len(articles) == 1 else "use"
    return (f"parallax: no installed font draws {script}, which "
            f"{count_of(len(articles), 'article')} {use} ({named}): it will show as boxes "
            f"(on Debian or Ubuntu install {SCRIPTS_PACKAGE})")
