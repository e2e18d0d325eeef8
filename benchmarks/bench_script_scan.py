"""The scan for scripts no font may draw (run by hand): how long `ScriptsSeen.of` takes on
20,000 generated articles of each kind, the time the window's start gives it.

    python benchmarks/bench_script_scan.py [--articles N] [--rounds R]

Kinds: English; all Bengali; English with words of three other scripts; and texts that switch
script often -- Cyrillic and Latin letter by letter, English with Greek symbols, Arabic with
frequent Latin words, and two scripts of `SCRIPTS` letter by letter (about the worst a text can do).
Prints each kind's best time of R rounds (docs/benchmarks.md, README's figure).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.machine import cpu_model  # noqa: E402
from viewer.corpus import Article  # noqa: E402
from viewer.script_fonts import ScriptsSeen  # noqa: E402

LENGTH = 5_000
ENGLISH = "The minister said on Monday that talks would resume next week in Geneva. "
KINDS = {
    "English": ENGLISH,
    "Bengali": "বাংলাদেশের রাজধানী ঢাকায় আজ সংবাদ সম্মেলন হয়েছে। ",
    "English with three scripts": ENGLISH + "Αθήνα, שלום, ሰላም. ",
    "Cyrillic and Latin letter by letter": "Цa",
    "English with Greek symbols": "The α-β ratio and Δ value rose; μ and σ ",
    "Arabic with frequent Latin words": "قال مسؤول في CNN إن الـ U.S. ستعمل مع NATO و UN ",
    "Cyrillic and Greek letter by letter": "Цα",
}


def articles_of(kind: str, count: int) -> list[Article]:
    unit = KINDS[kind]
    text = (unit * (LENGTH // len(unit) + 1))[:LENGTH]
    return [Article(f"{index:05d}", text, text[:80]) for index in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    print(f"{options.articles:,} articles of {LENGTH:,} characters, best of {options.rounds}, "
          f"{cpu_model()}")
    for kind in KINDS:
        articles = articles_of(kind, options.articles)
        times = []
        for _ in range(options.rounds):
            start = time.perf_counter()
            seen = ScriptsSeen.of(articles)
            times.append(time.perf_counter() - start)
        print(f"{kind:40} {min(times):6.2f} s  {', '.join(sorted(seen.letters)) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
