"""Where a corpus's annotation file lives: a name derived from the paths the corpus was opened from.

Kept apart from `document` (which loads and saves) so the window can ask whether a corpus has
annotations without importing the annotation model and store. No Qt here.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from pathlib import Path

ANNOTATION_SUFFIX = ".jsonld"
SAMPLE_CORPUS_KEY = "sample-corpus"


def corpus_key(corpus_paths: Sequence[Path | str]) -> str:
    """A stable name for the corpus opened from `corpus_paths` (order and spelling do not matter).

    No paths means the built-in sample corpus, wherever it is installed.
    """
    if not corpus_paths:
        return SAMPLE_CORPUS_KEY
    resolved = sorted({str(Path(p).expanduser().resolve()) for p in corpus_paths})
    digest = hashlib.sha256("\n".join(resolved).encode("utf-8", "surrogatepass")).hexdigest()
    first = Path(resolved[0])
    label = re.sub(r"[^A-Za-z0-9._-]+", "-", first.stem or first.name or "corpus").strip("-.")
    return f"{(label or 'corpus')[:40]}-{digest[:16]}"


def default_annotation_file(corpus_paths: Sequence[Path | str], data_dir: Path | str) -> Path:
    """The annotation file for a corpus: `DATA_DIR/annotations/<name>-<hash>.jsonld`."""
    return Path(data_dir) / "annotations" / f"{corpus_key(corpus_paths)}{ANNOTATION_SUFFIX}"


def app_data_dir(environ: dict[str, str] | None = None, platform: str | None = None) -> Path:
    """The per-user folder the window keeps annotation files in, without asking Qt.

    The same folder as `QStandardPaths.AppDataLocation` for organisation and application
    "Parallax" (what `viewer.app` uses), so `parallax annotations import` writes the file the
    window reads.
    """
    import os
    import sys

    env = os.environ if environ is None else environ
    system = sys.platform if platform is None else platform
    home = Path(env.get("HOME") or Path.home())
    if system.startswith("win"):
        base = Path(env.get("APPDATA") or home / "AppData" / "Roaming")
    elif system == "darwin":
        base = home / "Library" / "Application Support"
    else:
        base = Path(env.get("XDG_DATA_HOME") or home / ".local" / "share")
    return base / "Parallax" / "Parallax"
