"""`--screenshot OUT`: which image format the file name asks for, and writing the encoded image
(no Qt here)."""

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


def write_screenshot(path: Path, data: bytes) -> str | None:
    """Write the encoded image to `path` whole or not at all; None, or the one-line reason.

    Qt's own `save(path)` opened the file itself: a FIFO there waited for a reader forever, and
    a full disk left a cut-off image in place of the file that was there. Here the bytes go
    through `viewer.safe_files.atomic_write_bytes` (a temporary file, then one rename; a FIFO,
    device or socket is refused unopened, a link written through).
    """
    from viewer.safe_files import NotARegularFile, atomic_write_bytes

    try:
        atomic_write_bytes(path, data)
    except NotARegularFile as error:
        return f"{error.strerror}; the screenshot was not saved"
    except OSError as error:
        return f"could not save the screenshot ({error.strerror or error})"
    return None
