"""Locate the bundled sample corpus and resource files, in a source checkout or an installed wheel.

The wheel carries `seeds/` and `resources/` inside the `viewer` package; a source checkout (or an
editable install) keeps them beside it at the repository root.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent


def _bundled_dir(name: str) -> Path:
    packaged = resources.files("viewer") / name
    if packaged.is_dir():
        return Path(str(packaged))
    return _REPO_ROOT / name


def seeds_dir() -> Path:
    """The folder holding the five sample articles."""
    return _bundled_dir("seeds")


def resource_path(name: str) -> Path:
    """A file in `resources/` (icons, default tags, annotation schema, style sheet)."""
    return _bundled_dir("resources") / name


def docs_path(name: str) -> Path:
    """A file in `docs/` that the app shows (the user guide and its pictures)."""
    return _bundled_dir("docs") / name
