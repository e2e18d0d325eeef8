"""Whether a `parallax align --json` result marks the same text alike: issue 13 asks that the
differences be relative to the consensus, so identical copies show no differences and two copies
of one text never underline different words.

For every passage, each line (paragraph) of its occurrences' text of at least `--words` words is
keyed by its normalised words (lower-cased `\\w+`); a line printed word for word in two or more
occurrences of the passage is a *repeated line*. It is *marked unalike* when its copies have
different numbers of marked words (`differences` overlapping the line), by `--slack` words or
more. No truth is needed: the measure reads the result alone.

Command line:  python benchmarks/mark_consistency.py ALIGN.json [--words 8] [--slack 3] [--list N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WORD = re.compile(r"\w+")
LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Unalike:
    passage: str
    words: int
    """The repeated line's length in words."""
    fewest: tuple[int, str, int]
    most: tuple[int, str, int]
    """Marked words, document and start of the copies marked least and most."""


def words(text: str) -> tuple[str, ...]:
    return tuple(word.lower() for word in WORD.findall(text))


def repeated_lines(result: Any, min_words: int = 8, slack: int = 3) -> tuple[int, list[Unalike]]:
    """The number of repeated lines in `result` and those marked unalike (module docstring)."""
    texts = {str(document["id"]): str(document["text"]) for document in result["documents"]}
    repeated = 0
    unalike: list[Unalike] = []
    for passage in result["passages"]:
        copies: dict[tuple[str, ...], list[tuple[int, str, int]]] = defaultdict(list)
        for occurrence in passage["occurrences"]:
            document, start = str(occurrence["document"]), int(occurrence["start"])
            text = texts[document]
            for line in LINE.finditer(text, start, int(occurrence["end"])):
                key = words(line.group())
                if len(key) < min_words:
                    continue
                low, high = line.span()
                marked = sum(len(words(text[max(low, a):min(high, b)]))
                             for a, b in occurrence["differences"] if min(high, b) > max(low, a))
                copies[key].append((marked, document, low))
        for key, found in copies.items():
            if len(found) < 2:
                continue
            repeated += 1
            found.sort()
            if found[-1][0] - found[0][0] >= slack:
                unalike.append(Unalike(str(passage["id"]), len(key), found[0], found[-1]))
    return repeated, unalike


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("alignment", help="parallax align --json output")
    parser.add_argument("--words", type=int, default=8, help="shortest line counted (words)")
    parser.add_argument("--slack", type=int, default=3,
                        help="marked words by which copies may differ (default 3)")
    parser.add_argument("--list", type=int, default=0, help="list this many lines marked unalike")
    arguments = parser.parse_args(argv)
    result = json.loads(Path(arguments.alignment).read_text("utf-8"))
    repeated, unalike = repeated_lines(result, arguments.words, arguments.slack)
    print(f"repeated lines        {repeated}\nmarked unalike        {len(unalike)}")
    for line in unalike[:arguments.list]:
        print(f"  {line.passage}: {line.words} words; {line.fewest[0]} marked in "
              f"{line.fewest[1]} at {line.fewest[2]}, {line.most[0]} in {line.most[1]} at "
              f"{line.most[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
