"""Score held-out real-article sets: folders of articles with a hand-written truth (run by hand).

A held-out set is a folder with `articles/` (one outlet's text a file) and `truth.json` (the
statements they share, in the shape of the acceptance file seeds_statements.json, with an
optional `events` map), written to `benchmarks/held_out_brief.md` by someone who did not run
Parallax. The texts belong to their outlets, so the sets live outside the repository.

Before scoring, `reachable` leaves out of a truth the occurrences no reuse finder can link: a
piece of a statement that only one article prints, sharing no run of min(RUN_TOKENS, its tokens)
tokens with another article's piece of that statement (a token is a word, or one character of a
Chinese, Japanese or Korean script; compared case-folded, NFKC, punctuation aside).

    python benchmarks/held_out.py check SET [SET ...]
    python benchmarks/held_out.py score OUTDIR SET [SET ...]

`check` names each problem of a set's truth (an offset whose text is not the file's, a statement
fewer than two articles carry, an unknown file); `score` writes OUTDIR/NAME.align.json and
NAME.score.json per set (`benchmarks/evaluate.py`) and prints pair recall, granularity and span
precision per set, their means, and how many sets meet the issue's goals (0.98 / 1.1 / 0.9).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

RUN_TOKENS = 4
GOALS = {"pair_recall": (0.98, 1), "granularity": (1.1, -1), "span_precision": (0.9, 1)}
"""Each measure's goal and its direction (1: at least, -1: at most)."""
_SCRIPTS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3"
_TOKEN = re.compile(f"[{_SCRIPTS}]|[^\\W_{_SCRIPTS}]+")


def tokens(text: str) -> list[str]:
    """Words, and characters of Chinese, Japanese and Korean scripts, folded."""
    return _TOKEN.findall(unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'"))


def _runs(words: list[str], size: int) -> set[tuple[str, ...]]:
    return {tuple(words[at:at + size]) for at in range(len(words) - size + 1)}


def reachable(truth: dict[str, Any]) -> tuple[dict[str, Any], int]:
    """A copy of `truth` without the occurrences no other article's piece shares a run with,
    and how many were left out (paraphrases are kept: they are not scored)."""
    dropped = 0
    statements = []
    for statement in truth["statements"]:
        occurrences = statement["occurrences"]
        kept = []
        for occurrence in occurrences:
            if occurrence["kind"] == "paraphrase":
                kept.append(occurrence)
                continue
            words = tokens(occurrence["text"])
            size = min(RUN_TOKENS, len(words))
            own = _runs(words, size)
            if any(own & _runs(tokens(other["text"]), size) for other in occurrences
                   if other["doc"] != occurrence["doc"] and other["kind"] != "paraphrase"):
                kept.append(occurrence)
            else:
                dropped += 1
        statements.append({**statement, "occurrences": kept})
    return {**truth, "statements": statements}, dropped


def score_set(folder: Path, out: Path) -> dict[str, Any]:
    """Align the set's articles, score them against its reachable truth; the scores."""
    root = Path(__file__).resolve().parent.parent
    align = out / f"{folder.name}.align.json"
    with open(align, "w", encoding="utf-8") as stream:
        subprocess.run([sys.executable, "-m", "viewer", "align", "--json",
                        str(folder / "articles")], stdout=stream, check=True, cwd=root)
    truth, _dropped = reachable(json.loads((folder / "truth.json").read_text(encoding="utf-8")))
    truth_file = out / f"{folder.name}.truth_reachable.json"
    truth_file.write_text(json.dumps(truth, ensure_ascii=False), encoding="utf-8")
    scored = subprocess.run([sys.executable, str(root / "benchmarks" / "evaluate.py"),
                             str(align), str(truth_file), "--json"],
                            capture_output=True, text=True, check=True, cwd=root)
    (out / f"{folder.name}.score.json").write_text(scored.stdout, encoding="utf-8")
    result: dict[str, Any] = json.loads(scored.stdout)
    return result


def check_set(folder: Path) -> list[str]:
    """The problems of a set's truth, one line each (none: the set can be scored)."""
    texts = {path.name: path.read_text(encoding="utf-8")
             for path in (folder / "articles").glob("*.txt")}
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    problems = [f"events names an unknown file {name}" for name in truth.get("events") or {}
                if name not in texts]
    for statement in truth["statements"]:
        name = statement["name"]
        if len({o["doc"] for o in statement["occurrences"] if o["kind"] != "paraphrase"}) < 2:
            problems.append(f"{name}: fewer than two articles carry it (paraphrases aside)")
        for occurrence in statement["occurrences"]:
            text = texts.get(occurrence["doc"])
            if occurrence["kind"] not in ("copy", "fragment", "paraphrase"):
                problems.append(f"{name}: unknown kind {occurrence['kind']!r}")
            if text is None:
                problems.append(f"{name}: unknown file {occurrence['doc']}")
            elif not 0 <= occurrence["start"] < occurrence["end"] <= len(text):
                # (a search that found nothing gives -1: Python's slice from -1 is no check)
                problems.append(f"{name}: {occurrence['doc']} {occurrence['start']}-"
                                f"{occurrence['end']} is no span of the text")
            elif text[occurrence["start"]:occurrence["end"]] != occurrence["text"]:
                problems.append(f"{name}: {occurrence['doc']} {occurrence['start']}-"
                                f"{occurrence['end']} is not the text given")
    return problems


def meets(measure: str, value: float) -> bool:
    goal, direction = GOALS[measure]
    return value >= goal if direction > 0 else value <= goal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check").add_argument("sets", type=Path, nargs="+")
    scoring = commands.add_parser("score")
    scoring.add_argument("out", type=Path)
    scoring.add_argument("sets", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command == "check":
        problems = {folder.name: check_set(folder) for folder in args.sets}
        for name, lines in problems.items():
            print(name, "OK" if not lines else "\n  ".join([f"{len(lines)} problems:", *lines]))
        return 1 if any(problems.values()) else 0
    args.out.mkdir(parents=True, exist_ok=True)
    scores = {folder.name: score_set(folder, args.out) for folder in args.sets}
    for name, score in scores.items():
        print(name, " ".join(f"{measure}={score[measure]:.3f}" for measure in GOALS))
    means = {measure: sum(s[measure] for s in scores.values()) / len(scores) for measure in GOALS}
    met = [sum(meets(measure, s[measure]) for s in scores.values()) for measure in GOALS]
    print(f"mean of {len(scores)} sets:",
          " ".join(f"{measure}={value:.3f}" for measure, value in means.items()),
          "meeting", " / ".join(map(str, met)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
