"""Packaging: the wheel layout pyproject.toml declares carries the seeds and resources, and an
installed copy finds them from any folder (`.ci/run` also checks a real non-editable install)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

tomllib = pytest.importorskip("tomllib")  # Python 3.11+; the checks below need no more

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))


def _lay_out_wheel(site: Path) -> None:
    """Copy files where [tool.hatch.build.targets.wheel] puts them in the wheel."""
    wheel = PYPROJECT["tool"]["hatch"]["build"]["targets"]["wheel"]
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in wheel["packages"]:
        shutil.copytree(REPO / package, site / package, ignore=ignore)
    for source, target in wheel.get("force-include", {}).items():
        if (REPO / source).exists():
            shutil.copytree(REPO / source, site / target, ignore=ignore)


def test_installed_layout_finds_seeds_and_resources_from_any_folder(tmp_path: Path) -> None:
    site, elsewhere = tmp_path / "site", tmp_path / "elsewhere"
    site.mkdir()
    elsewhere.mkdir()
    _lay_out_wheel(site)
    code = textwrap.dedent(
        """
        import json, sys
        from viewer.loading import load_sample_corpus
        from viewer.resources import resource_path, seeds_dir
        report = load_sample_corpus()
        print(json.dumps({
            "seeds": str(seeds_dir()),
            "resources": str(resource_path("x").parent),
            "texts": {a.path.name: a.text for a in report.articles},
            "problems": [str(p) for p in report.problems],
        }))
        """
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTEST_CURRENT_TEST")}
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); {code}"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["seeds"] == str(site / "viewer" / "seeds")
    assert found["resources"] == str(site / "viewer" / "resources")
    assert found["problems"] == []
    repo_seeds = sorted((REPO / "seeds").glob("*.txt"))
    assert len(repo_seeds) == 5
    assert found["texts"] == {p.name: p.read_bytes().decode("utf-8") for p in repo_seeds}


def test_repo_seeds_are_the_shared_originals_byte_for_byte() -> None:
    shared = Path("/work/shared/seeds")
    if not shared.is_dir():
        return  # only the build machine has the originals; the test above covers the copy
    originals = {p.name: p.read_bytes() for p in shared.iterdir() if p.is_file()}
    assert {p.name: p.read_bytes() for p in (REPO / "seeds").iterdir()} == originals


def test_entry_points_and_extras() -> None:
    project = PYPROJECT["project"]
    assert project["scripts"]["parallax-cli"] == "widgets.app:main"
    assert project["gui-scripts"]["parallax"] == "widgets.app:main"
    extras = " ".join(project["optional-dependencies"]["test"])
    for needed in ("pytest", "pytest-qt", "hypothesis"):
        assert needed in extras
    dependencies = " ".join(project["dependencies"])
    for needed in ("PySide6-Essentials", "diff-match-patch", "charset-normalizer", "trafilatura"):
        assert needed in dependencies
