"""The `parallax` subcommands: this registry is the only list of them.

Each subcommand is a module of this package exposing

    def add_arguments(parser: argparse.ArgumentParser) -> None
    def run(args: argparse.Namespace) -> int      # an exit code from viewer.commands.common

and is registered by one line in `COMMANDS` below: its name, module and a one-line summary. The
summary is here, not in the module, so that `parallax --help` and the "unknown command" message
need not import any command. A module is imported only when its command runs, so its own
module-level imports may stay light while `run` imports the engine, the loader and so on.
"""

from __future__ import annotations

import argparse
import importlib
from dataclasses import dataclass
from typing import Protocol, cast

from viewer.annotations.formats import named_formats


class CommandModule(Protocol):
    """What a subcommand module provides (the convention above)."""

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace) -> int: ...


@dataclass(frozen=True)
class Command:
    """One registered subcommand: its name on the command line, its module and what it does."""

    name: str
    module: str
    summary: str

    def load(self) -> CommandModule:
        """Import the command's module (the registry's one dynamic import: a lookup in this
        fixed table of core modules, never a name taken from the user)."""
        return cast(CommandModule, importlib.import_module(self.module))


COMMANDS: tuple[Command, ...] = (
    Command("align", "viewer.commands.align", "list the passages two or more articles share"),
    Command("export", "viewer.commands.export",
            f"export annotations ({named_formats()})"),
    Command("annotations", "viewer.commands.annotations",
            "import annotations other tools wrote (W3C, Hypothesis) into a corpus"),
    Command("figures", "viewer.commands.figures", "list each article's figures per quantity"),
    Command("fetch", "viewer.commands.fetch", "save web pages as articles with their raw HTML"),
)


def find(name: str) -> Command | None:
    """The registered command called `name`, if any."""
    return next((command for command in COMMANDS if command.name == name), None)


def names() -> tuple[str, ...]:
    return tuple(command.name for command in COMMANDS)
