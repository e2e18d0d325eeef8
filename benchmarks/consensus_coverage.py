"""How much of what several outlets carry a `parallax align --json` result's consensus holds:
issue 13 asks that each passage be the statement, "the maximal text that several articles
reproduce", and that the passage list show it as its consensus.

For every passage, each occurrence's text is cut into runs of `--words` consecutive words
(lower-cased `\\w+`, default 5); a run that the occurrences of two or more documents carry is
*shared*. The *coverage* is the share of shared runs (counted once per passage) that the
consensus holds too; a passage *misses* when at least `--missing` of its shared runs are not in
its consensus. No truth is needed: the measure reads the result alone. A consensus may rightly
leave a shared run out (words two outlets' own lead-ins share, a sentence only a minority
prints between two others), so 1.0 is not the goal; a change is judged by its difference.

Command line:  python benchmarks/consensus_coverage.py ALIGN.json [--words 5] [--list N]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class PassageCoverage:
    passage: str
    shared: int
    """Runs of words two or more documents' occurrences carry."""
    missing: int
    """Of those, the runs the consensus does not hold."""


def runs(text: str, size: int) -> set[tuple[str, ...]]:
    words = [word.lower() for word in WORD.findall(text)]
    return {tuple(words[k : k + size]) for k in range(len(words) - size + 1)}


def coverage(result: Any, size: int = 5) -> list[PassageCoverage]:
    """Each passage's shared runs and the runs of them its consensus lacks (module docstring)."""
    found: list[PassageCoverage] = []
    for passage in result["passages"]:
        by_document: dict[str, set[tuple[str, ...]]] = {}
        for occurrence in passage["occurrences"]:
            by_document.setdefault(str(occurrence["document"]), set()).update(
                runs(str(occurrence["text"]), size))
        carriers: dict[tuple[str, ...], int] = {}
        for carried in by_document.values():
            for run in carried:
                carriers[run] = carriers.get(run, 0) + 1
        shared = {run for run, count in carriers.items() if count >= 2}
        missing = shared - runs(str(passage["consensus"]), size)
        found.append(PassageCoverage(str(passage["id"]), len(shared), len(missing)))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("alignment", help="parallax align --json output")
    parser.add_argument("--words", type=int, default=5, help="words per run (default 5)")
    parser.add_argument("--missing", type=int, default=5,
                        help="runs missing for a passage to be listed as missing (default 5)")
    parser.add_argument("--list", type=int, default=0, help="list this many passages, worst first")
    arguments = parser.parse_args(argv)
    result = json.loads(Path(arguments.alignment).read_text("utf-8"))
    passages = coverage(result, arguments.words)
    shared = sum(p.shared for p in passages)
    missing = sum(p.missing for p in passages)
    short = sorted((p for p in passages if p.missing >= arguments.missing),
                   key=lambda p: (-p.missing, p.passage))
    print(f"shared runs           {shared}\n"
          f"coverage              {1 - missing / shared if shared else 1.0:.3f}\n"
          f"passages missing {arguments.missing}+   {len(short)}")
    for passage in short[:arguments.list]:
        print(f"  {passage.passage}: {passage.missing} of {passage.shared} shared runs missing")
    return 0


if __name__ == "__main__":
    sys.exit(main())
