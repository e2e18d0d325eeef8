"""Packaging: the wheel layout pyproject.toml declares carries the seeds and resources, and an
installed copy finds them from any folder (`.ci/run` also checks a real non-editable install)."""

from __future__ import annotations

import json
import os
import re
import shlex
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


# The README's Quick start is what a new user copies into a fresh shell; `.ci/run` runs the same
# text. These tests keep the two from drifting apart and hold the commands to what works on a
# fresh Debian 12 / Ubuntu 24.04 (docs/install-testing.md records them run there).

README = (REPO / "README.md").read_text(encoding="utf-8")
CI_RUN = (REPO / ".ci" / "run").read_text(encoding="utf-8")


def _quick_start_blocks() -> list[str]:
    """The Quick start's indented code blocks, each with its continuation lines joined."""
    section = README.split("\n## Quick start\n", 1)[1].split("\n## ", 1)[0]
    blocks: list[list[str]] = [[]]
    for line in section.splitlines():
        if line.startswith("    ") and line.strip():
            blocks[-1].append(line.strip().removesuffix("\\").strip())
        elif blocks[-1]:
            blocks.append([])
    return [" ".join(block) for block in blocks if block]


def _readme_block(marker: str) -> str:
    found = [block for block in _quick_start_blocks() if marker in block]
    assert len(found) == 1, (marker, _quick_start_blocks())
    return found[0]


def _ci_variable(name: str) -> str:
    lines = [line for line in CI_RUN.splitlines() if line.startswith(f"{name}=")]
    assert len(lines) == 1, name
    (word,) = shlex.split(lines[0])
    return word.removeprefix(f"{name}=")


def _ci_array(name: str) -> list[str]:
    match = re.search(rf"^{name}=\((.*?)\)$", CI_RUN, re.MULTILINE | re.DOTALL)
    assert match, name
    return match.group(1).split()


def _readme_launch_command() -> str:
    (block,) = [b for b in _quick_start_blocks() if "pip install ." in b and "[test]" not in b]
    return block


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    command = _readme_block('".[test]"')
    assert command == _ci_variable("README_TEST_COMMAND")
    assert 'bash -c "$README_TEST_COMMAND"' in CI_RUN


def test_ci_runs_the_readme_launch_command_verbatim() -> None:
    assert _readme_launch_command() == _ci_variable("README_LAUNCH_COMMAND")
    assert 'bash -c "$README_LAUNCH_COMMAND --screenshot' in CI_RUN


def test_readme_system_packages_are_what_ci_installs() -> None:
    words = _readme_block("apt-get install").split()
    assert words[:3] == ["sudo", "apt-get", "install"]
    packages = words[3:]
    assert len(packages) == len(set(packages))
    assert set(packages) == {"python3-venv", *_ci_array("QT_PACKAGES")}
    # Emoji and CJK text would be boxes without these (issue 12, item 16).
    assert {"fonts-noto-color-emoji", "fonts-noto-cjk"} <= set(packages)


@pytest.mark.parametrize("which", ["test", "launch"])
def test_readme_commands_work_in_a_fresh_shell(which: str) -> None:
    """Each step runs from the repository root with nothing activated: `python3` (Debian 12 has
    no `python`) only makes the virtual environment, everything else is the venv's own program,
    so pip never installs into the system Python (PEP 668) and never in editable mode."""
    command = _readme_block('".[test]"') if which == "test" else _readme_launch_command()
    steps = [shlex.split(step) for step in command.split("&&")]
    assert steps[0] == ["python3", "-m", "venv", ".venv"]
    for words in steps[1:]:
        while "=" in words[0] and not words[0].startswith("."):
            words = words[1:]  # VAR=value prefixes
        assert words[0].startswith(".venv/bin/"), words
        if "pip" in words:
            assert words[:4] == [".venv/bin/python", "-m", "pip", "install"], words
            assert not {"-e", "--editable", "--user", "--break-system-packages"} & set(words)
    assert "pip" in steps[1]
