"""Re-anchor many annotations in steps, for a worker thread: progress as it goes, and a cancel.

A hostile or simply large annotation file (thousands of annotations with long quotes, each
needing a fuzzy search) takes seconds to minutes to re-anchor; done in one call on the GUI
thread it froze the window. `anchor_in_steps` gives the same answer as `anchoring.anchor_all`
but reports progress after every annotation or so and stops early when asked (the window runs
it in a child process: `viewer.annotations.reanchor_job`). No Qt here.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence

from viewer.corpus import Article

from .anchoring import ArticleIndex, anchor_stepping
from .model import Annotation

PROGRESS_INTERVAL_SECONDS = 0.05
"""How often progress is reported at most (a report costs a signal to the GUI thread)."""


def anchor_in_steps(annotations: Sequence[Annotation], articles: Iterable[Article], *,
                    progress: Callable[[float], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> list[Annotation] | None:
    """`anchor_all(annotations, articles)`, or None if `cancelled()` became true on the way.

    `progress(fraction)` is called now and then with the share done (0 to 1).
    """
    index = ArticleIndex(articles)
    total = 2 * len(annotations) or 1
    done = 0
    last_report = 0.0

    def step() -> bool:
        """Count one unit of work; False when the caller should stop."""
        nonlocal done, last_report
        done += 1
        if cancelled is not None and cancelled():
            return False
        now = time.monotonic()
        if progress is not None and now - last_report >= PROGRESS_INTERVAL_SECONDS:
            last_report = now
            progress(done / total)
        return True

    anchored = anchor_stepping(annotations, index, step)
    if anchored is None:
        return None
    if progress is not None:
        progress(1.0)
    return anchored
