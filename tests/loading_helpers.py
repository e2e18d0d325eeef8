"""Shared helpers of the loading tests: write a file, load it, expect one article or one problem."""

from __future__ import annotations

from pathlib import Path

from viewer.corpus import LoadProblem, LoadReport
from viewer.loading import load_paths

BODY = (
    "Iran launched more than a dozen ballistic missiles at two bases in Iraq.\n"
    "The Pentagon said the strikes began at about 5:30 p.m. Eastern time.\n"
)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def load_one(path: Path, **kwargs: object) -> LoadReport:
    return load_paths([path], **kwargs)  # type: ignore[arg-type]


def only_article(path: Path):
    report = load_one(path)
    assert report.problems == ()
    (article,) = report.articles
    return article


def only_problem(path: Path, **kwargs: object) -> LoadProblem:
    report = load_one(path, **kwargs)
    assert report.articles == ()
    (problem,) = report.problems
    assert problem.path == path
    assert str(problem) == f"{path}: {problem.reason}"
    assert "\n" not in str(problem)
    return problem
