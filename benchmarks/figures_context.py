"""Print each figure of a `parallax figures --json` output with the words around it, to read
the rows as a fact-checker would (is it a count, of what, said by whom, and is the row's
disagreement real?). Reads the article files the JSON names; prints, never writes.

    python -m viewer figures --json /work/realnews/HOLD8 > /tmp/h8.json
    python benchmarks/figures_context.py /tmp/h8.json [--width 110]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any


def context_lines(figures: dict[str, Any], width: int) -> list[str]:
    """One line per row, then per mention its file, value, source and text around it."""
    paths = {document["id"]: document["path"] for document in figures["documents"]}
    texts = {document: Path(path).read_text(encoding="utf-8", errors="replace")
             for document, path in paths.items() if path}
    lines = []
    for quantity in figures["quantities"]:
        mark = " [DISAGREE]" if quantity["disagree"] else ""
        lines.append(f"{quantity['id']} {quantity['name']}{mark}")
        for mention in quantity["mentions"]:
            text = texts.get(mention["document"], "")
            start, end = mention["start"], mention["end"]
            # The loader may have decoded or normalised the file: say so rather than mislead.
            shifted = "" if text[start:end] == mention["text"] else " (offsets differ)"
            before = text[max(0, start - width) : start].replace("\n", " ")
            after = text[end : end + 60].replace("\n", " ")
            name = Path(paths[mention["document"]] or mention["document"]).name
            lines.append(f"   {name:28} {mention['value']} source={mention['source']!r}{shifted}")
            lines.append(f"        …{before}[[{mention['text']}]]{after}…")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("figures_json", type=Path)
    parser.add_argument("--width", type=int, default=110,
                        help="characters shown before each figure")
    args = parser.parse_args()
    figures = json.loads(args.figures_json.read_text(encoding="utf-8"))
    sys.stdout.write("\n".join(context_lines(figures, args.width)) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
