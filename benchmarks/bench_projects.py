"""Project file benchmark: adding articles, saving annotations (first and after one edit), opening.

Run by hand from the repository root:  python benchmarks/bench_projects.py [--annotations N]
Prints the median of three runs of each step, each on a fresh project in a temporary folder,
plus the file size. The reference point in the same run is writing the same annotations once
as the W3C JSON annotation file (`viewer.annotations.store.save_set`), what the window saved
before projects.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from viewer.annotations.annotation_set import AnnotationSet  # noqa: E402
from viewer.annotations.model import make_annotation  # noqa: E402
from viewer.annotations.store import save_set  # noqa: E402
from viewer.corpus import Article  # noqa: E402
from viewer.projects import Project  # noqa: E402

ARTICLES = 200
WORDS_PER_ARTICLE = 2_000


def _timed(step: Callable[[], object]) -> float:
    start = time.perf_counter()
    step()
    return time.perf_counter() - start


def run_once(count: int, folder: Path) -> dict[str, float]:
    text = "lorem ipsum dolor sit amet consectetur " * (WORDS_PER_ARTICLE // 6)
    articles = [Article(f"a{i}", text, f"Article {i}") for i in range(ARTICLES)]
    annotations = [make_annotation(articles[i % ARTICLES], (i * 7) % (len(text) - 9),
                                   (i * 7) % (len(text) - 9) + 8, tags=("figures",), note="n")
                   for i in range(count)]
    target = folder / "bench.parallax"
    project = Project.create(target)
    times = {"add articles": _timed(lambda: project.add_articles(articles)),
             "first annotation save": _timed(lambda: project.save_annotations(annotations, []))}
    annotations[count // 2] = annotations[count // 2].edited(note="changed")
    times["save after one edit"] = _timed(lambda: project.save_annotations(annotations, []))
    project.close()

    def reopen() -> None:
        with Project.open(target) as reopened:
            reopened.articles()
            reopened.annotations()

    times["open and read everything"] = _timed(reopen)
    times["reference: annotation file save"] = _timed(
        lambda: save_set(AnnotationSet(annotations), folder / "bench.jsonld"))
    times["file size MB"] = target.stat().st_size / 1e6
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--annotations", type=int, default=10_000)
    args = parser.parse_args()
    runs = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as folder:
            runs.append(run_once(args.annotations, Path(folder)))
    print(f"{ARTICLES} articles of {WORDS_PER_ARTICLE} words, {args.annotations} annotations "
          "(median of 3)")
    for name in runs[0]:
        value = statistics.median(run[name] for run in runs)
        unit = "" if name.endswith("MB") else " s"
        print(f"  {name:34} {value:8.3f}{unit}")


if __name__ == "__main__":
    main()
