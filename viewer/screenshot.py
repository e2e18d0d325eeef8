"""`--screenshot OUT`: which image format the file name asks for (no Qt here)."""

from __future__ import annotations

from pathlib import Path

FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".bmp": "BMP"}


def screenshot_format(path: Path) -> str | None:
    """The Qt image format for `path`'s extension (any case), or None when it is not one."""
    return FORMATS.get(path.suffix.lower())


def format_problem(path: Path) -> str:
    names = ", ".join(sorted({suffix.lstrip(".") for suffix in FORMATS}))
    return (f"--screenshot: {path.name}: unknown image type {path.suffix or '(no extension)'!r};"
            f" use one of {names}")
