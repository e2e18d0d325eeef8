"""Backend: the engine on a worker thread of this process.

The cheapest way to run a small corpus: no process to start, no pickling. The engine polls the
job's cancel token between its stages, so a cancel takes effect within one stage.
"""

from __future__ import annotations

from viewer.cancel import CancelToken, ProgressCallback
from viewer.jobs.aligner import Engine, real_engine
from viewer.jobs.job import Job
from viewer.jobs.request import AlignmentRequest
from viewer.prepared_result import PreparedResult, prepare_result


class InThreadAligner:
    """Runs `engine` (default: the real one) on a daemon thread."""

    def __init__(self, engine: Engine = real_engine) -> None:
        self.engine = engine

    def submit(self, request: AlignmentRequest,
               progress: ProgressCallback | None = None) -> Job[PreparedResult]:
        engine = self.engine

        def work(token: CancelToken, report: ProgressCallback) -> PreparedResult:
            result = engine(request.articles, request.settings, progress=report, cancel=token)
            token.raise_if_cancelled()
            return prepare_result(request.articles, result, request.pane_limit)

        return Job.start(work, progress, name="parallax-align")
