"""A second Parallax process for the lost-update tests: `python -m tests.annotation_writer FILE`.

It opens FILE as the window does (`AnnotationDocument.open`), then obeys one command per line on
stdin and answers each with one JSON line on stdout:
  add NOTE              add an annotation with this note      -> {"id": ...}
  edit ID NOTE          change an annotation's note           -> {}
  delete ID             remove an annotation                  -> {}
  save [mine|theirs]    save_now()        -> {"merged": n} or {"conflict": [ids]}
  burst N PREFIX        N times: add one, save                -> {"saved": N}
  notes                 the notes in memory, by id            -> {"notes": {...}}
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from viewer.annotations.document import AnnotationDocument, SaveConflict
from viewer.annotations.model import make_annotation
from viewer.corpus import Article

TEXT = "Iraq's military said 22 missiles struck two bases housing US troops. " * 20
ARTICLE = Article(id="story", text=TEXT, title="Story")


def main(path: str) -> None:
    document = AnnotationDocument.open(Path(path))
    print(json.dumps({"ready": True}), flush=True)
    count = 0
    for line in sys.stdin:
        words = line.split(maxsplit=2)
        if not words:
            continue
        command, rest = words[0], words[1:]
        answer: dict[str, object] = {}
        if command == "add":
            count += 1
            start = (count * 13) % 400
            annotation = make_annotation(ARTICLE, start, start + 20, note=rest[0])
            document.annotations.add(annotation)
            answer = {"id": annotation.id}
        elif command == "edit":
            old = document.annotations.get(rest[0])
            document.annotations.update(old.edited(note=rest[1].strip()))
        elif command == "delete":
            document.annotations.remove(rest[0])
        elif command == "save":
            prefer = rest[0].strip() if rest else None
            try:
                document.save_now(prefer=prefer)  # type: ignore[arg-type]
                answer = {"merged": document.last_merged}
            except SaveConflict as conflict:
                answer = {"conflict": [c.annotation_id for c in conflict.conflicts]}
        elif command == "burst":
            for n in range(int(rest[0])):
                count += 1
                start = (count * 13) % 400
                document.annotations.add(make_annotation(ARTICLE, start, start + 20,
                                                         note=f"{rest[1].strip()}-{n}"))
                document.save_now()
            answer = {"saved": int(rest[0])}
        elif command == "notes":
            answer = {"notes": {a.id: a.note for a in document.annotations}}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
