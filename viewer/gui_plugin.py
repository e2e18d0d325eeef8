"""Where the core finds the window: the one plug-in point between `viewer/` and a GUI.

The core runs without a display and never imports a GUI toolkit or `widgets/` (the layering
contract in pyproject.toml), yet `python -m viewer` must be the same program as the `parallax`
command, window included. So the window is a plug-in: a callable `WindowLauncher` that opens it
on some paths (or renders it to a PNG and exits) and returns the exit code.

- The installed `parallax` and `parallax-cli` scripts start in the GUI package
  (`widgets.app:main`), which hands its launcher to `viewer.cli.main` directly: no lookup.
- `python -m viewer` starts inside the core, so it looks the launcher up here by name:
  `LAUNCHER` in module `GUI_MODULE`. When that package is not installed the user gets one line
  saying so (`GuiUnavailable`), and `parallax align` / `export` work as before.

A different GUI would replace `widgets.app` by providing the same callable.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol, cast

GUI_MODULE = "widgets.app"
LAUNCHER = "run_app"


class WindowLauncher(Protocol):
    """Opens the window on `paths` (none: the sample corpus); with `screenshot`, renders it to
    that PNG once alignment is done and exits. Returns the exit code."""

    def __call__(self, paths: Sequence[Path] = (), screenshot: Path | None = None) -> int: ...


class GuiUnavailable(Exception):
    """The GUI package is not installed; the message is one line for the user."""


def find_launcher() -> WindowLauncher:
    """The installed GUI's launcher; raises `GuiUnavailable` when there is no GUI package.

    Other import errors (Qt's own libraries missing, a bug in the GUI) propagate: the caller
    tells them apart.
    """
    try:
        module = importlib.import_module(GUI_MODULE)
    except ModuleNotFoundError as error:
        if error.name not in _packages_of(GUI_MODULE):
            raise
        raise GuiUnavailable(
            f"the window is not installed (no module {error.name!r}); "
            "'parallax align' and 'parallax export' work without it") from None
    return cast(WindowLauncher, getattr(module, LAUNCHER))


def _packages_of(module: str) -> set[str]:
    """`a.b.c` -> {`a`, `a.b`, `a.b.c`}: the names whose absence means the GUI is not there."""
    parts = module.split(".")
    return {".".join(parts[: end]) for end in range(1, len(parts) + 1)}
