"""Figures benchmark: `find_figures` on generated news articles (default 1,000; target < 10 s).

Run by hand from the repository root:  python benchmarks/bench_figures.py [--articles N]
Articles are built from sentence templates in several house styles about several kinds of event
(quakes, protests, strikes, elections, storms), each with counted figures, attributions, dates,
times, money and percentages that are not counts, and filler; 2-6 KB each, deterministic for a
seed. Reports wall and CPU time for extraction and grouping, the time to import the libraries
(paid once, on first use), rows and mentions found, and the floor: a regex pass over the same
text for anything that looks like a number.
"""

from __future__ import annotations

import argparse
import platform
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.corpus import Article  # noqa: E402

SOURCES = ("the health ministry", "police", "the Red Cross", "officials", "the army",
           "local authorities", "a government spokesman", "the United Nations", "organisers",
           "state television", "the interior ministry", "witnesses")
QUALIFIERS = ("", "", "at least ", "more than ", "about ", "some ", "nearly ", "up to ",
              "fewer than ", "around ", "over ")
THINGS = (("people", "were killed"), ("people", "were injured"), ("soldiers", "were killed"),
          ("troops", "were deployed"), ("protesters", "were arrested"), ("homes", "were destroyed"),
          ("missiles", "were fired"), ("rockets", "were intercepted"), ("villagers", "are missing"),
          ("civilians", "were evacuated"), ("buildings", "collapsed"), ("votes", "were counted"))
WORDS = ("twelve", "twenty-two", "a dozen", "dozens of", "hundreds of", "three hundred and five",
         "forty", "half a dozen")
FILLER = ("The situation remained tense on {day}, and residents described scenes of confusion "
          "as emergency services worked through the night.",
          "Talks between the two sides are expected to resume next week in the capital.",
          "The announcement came at {hour}:{minute:02d} local time on {month} {date}, {year}.",
          "Prices rose {pct}% over the past year, and the budget of ${money} million was approved.",
          "A {age}-year-old man was among those questioned, the report said.",
          "Analysts said the crisis could last for months unless a deal is reached.",
          "Flight {flight} was diverted, and travellers were told to call 555-{a}-{b}.")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "March", "May", "July", "September", "November")


def _figure_sentence(rng: random.Random) -> str:
    noun, outcome = rng.choice(THINGS)
    if rng.random() < 0.25:
        number = rng.choice(WORDS)
        qualifier = "" if number.startswith(("dozens", "hundreds")) else rng.choice(QUALIFIERS)
    else:
        number = f"{rng.choice((rng.randint(2, 99), rng.randint(100, 9999))):,}"
        qualifier = rng.choice(QUALIFIERS)
    source = rng.choice(SOURCES)
    figure = f"{qualifier}{number} {noun}"
    style = rng.randrange(4)
    if style == 0:
        return f"{figure[0].upper()}{figure[1:]} {outcome}, {source} said."
    if style == 1:
        return f"According to {source}, {figure} {outcome} on {rng.choice(DAYS)}."
    if style == 2:
        return f"{source[0].upper()}{source[1:]} said {figure} {outcome} in the region."
    return f"“{figure[0].upper()}{figure[1:]} {outcome},” {source} told reporters."


def _filler(rng: random.Random) -> str:
    return rng.choice(FILLER).format(
        day=rng.choice(DAYS), hour=rng.randint(1, 12), minute=rng.randint(0, 59),
        month=rng.choice(MONTHS), date=rng.randint(1, 28), year=rng.randint(1990, 2030),
        pct=rng.randint(1, 40), money=rng.randint(1, 900), age=rng.randint(18, 90),
        flight=rng.randint(100, 999), a=rng.randint(100, 999), b=rng.randint(1000, 9999))


def generate(count: int, seed: int = 16) -> tuple[list[Article], int]:
    """`count` articles and how many figure sentences were planted in them."""
    rng = random.Random(seed)
    articles = []
    planted = 0
    for number in range(count):
        paragraphs = []
        for _ in range(rng.randint(6, 16)):
            sentences = []
            for _ in range(rng.randint(1, 4)):
                if rng.random() < 0.45:
                    sentences.append(_figure_sentence(rng))
                    planted += 1
                else:
                    sentences.append(_filler(rng))
            paragraphs.append(" ".join(sentences))
        text = "\n".join(paragraphs)
        articles.append(Article(id=f"gen{number:05d}", text=text, title=f"Article {number}"))
    return articles, planted


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    articles, planted = generate(args.articles)
    size = sum(len(article.text) for article in articles)

    started = time.perf_counter()
    import babel  # noqa: F401
    import simplemma  # noqa: F401
    import text_to_num  # noqa: F401

    from viewer.figures.corpus import find_figures
    imports = time.perf_counter() - started

    started_floor = time.perf_counter()
    floor = sum(len(re.findall(r"\d[\d,.]*|\b(?:one|two|three|dozen)\b", a.text))
                for a in articles)
    floor_time = time.perf_counter() - started_floor

    wall, cpu = time.perf_counter(), time.process_time()
    quantities = find_figures(articles)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    mentions = sum(len(quantity.mentions) for quantity in quantities)
    sourced = sum(1 for q in quantities for m in q.mentions if m.source)
    print(f"machine: {platform.machine()}, {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.system()}")
    print(f"articles: {len(articles):,} ({size / 1e6:.1f} MB of text)")
    print(f"imports (once): {imports:.2f} s")
    print(f"find_figures: {wall:.2f} s wall, {cpu:.2f} s CPU "
          f"({len(articles) / wall:,.0f} articles/s)")
    print(f"found: {mentions:,} mentions ({planted:,} figure sentences planted) in "
          f"{len(quantities):,} rows, {sourced:,} with a source")
    print(f"floor (regex over the text for number-like tokens): {floor_time:.3f} s, {floor:,} hits")
    return 0


if __name__ == "__main__":
    sys.exit(main())
