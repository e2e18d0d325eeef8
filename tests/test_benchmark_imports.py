"""Every script under benchmarks/ imports: they are run by hand, not by the suite, so a module
split (normalize's tokeniser moving to token_hashing) could leave one naming what is gone."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

SCRIPTS = sorted(p.stem for p in (Path(__file__).resolve().parent.parent / "benchmarks")
                 .glob("*.py") if p.stem != "__init__")


@pytest.mark.parametrize("name", SCRIPTS)
def test_benchmark_script_imports(name: str) -> None:
    importlib.import_module(f"benchmarks.{name}")
