"""The `Aligner` protocol every backend implements, and the `Engine` function they run.

An aligner turns an `AlignmentRequest` into a `Job` whose result is the `PreparedResult`: the
engine's result with the views' rows and default panes, computed off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Protocol

from viewer.cancel import CancelToken, ProgressCallback
from viewer.corpus import Article
from viewer.passages import AlignmentResult, EngineSettings

if TYPE_CHECKING:
    from viewer.jobs.job import Job
    from viewer.jobs.request import AlignmentRequest
    from viewer.prepared_result import PreparedResult

DEFAULT_SETTINGS = EngineSettings()


class Engine(Protocol):
    """`viewer.engine.find_shared_passages`, or a stand-in with its signature (tests)."""

    def __call__(self, articles: Sequence[Article], settings: EngineSettings = ..., *,
                 progress: ProgressCallback | None = None,
                 cancel: CancelToken | None = None) -> AlignmentResult: ...


class Aligner(Protocol):
    """A backend: starts the alignment of `request` and returns at once."""

    def submit(self, request: AlignmentRequest,
               progress: ProgressCallback | None = None) -> Job[PreparedResult]:
        """`progress` is called with fractions in [0, 1], from any thread."""
        ...


def real_engine(articles: Sequence[Article], settings: EngineSettings = DEFAULT_SETTINGS, *,
                progress: ProgressCallback | None = None,
                cancel: CancelToken | None = None) -> AlignmentResult:
    """The shared-passage engine, imported on first use (numpy and the engine are not needed to
    show the window)."""
    from viewer.engine import find_shared_passages

    return find_shared_passages(articles, settings, progress=progress, cancel=cancel)
