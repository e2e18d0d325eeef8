"""Re-anchor many annotations in steps, for a worker thread: progress as it goes, and a cancel.

A hostile or simply large annotation file (thousands of annotations with long quotes, each
needing a fuzzy search) takes seconds to minutes to re-anchor; done in one call on the GUI
thread it froze the window. `anchor_in_steps` gives the same answer as `anchoring.anchor_all`
but reports progress after every annotation or so and stops early when asked; `run_in_child`
is the same work as the body of a child process (the window runs it there). No Qt here.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from viewer.corpus import Article

from .anchoring import ArticleIndex, find_by_quote, reanchor, resolve_by_identity
from .evidence import anchor_by_evidence
from .model import Annotation

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

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

    identified = []
    for annotation in annotations:
        identified.append(resolve_by_identity(annotation, index)
                          if annotation.evidence is None else None)
        if not step():
            return None
    claimed = {article.id for article in identified if article is not None}
    unclaimed = [a for a in index.articles if a.id not in claimed]
    anchored = []
    for annotation, article in zip(annotations, identified, strict=True):
        if annotation.evidence is not None:
            # Read from another tool's file: placed afresh from what its target says, as
            # `anchor_all` places it (its own `exact` may be empty: a quote refining a
            # FragmentSelector, a target given by XPath, a bookmark naming no page).
            anchored.append(anchor_by_evidence(annotation, index))
            if not step():
                return None
            continue
        if article is None:
            article = find_by_quote(annotation, unclaimed)
        source = index.source_of[article.id] if article is not None else None
        anchored.append(reanchor(annotation, article, source=source))
        if not step():
            return None
    if progress is not None:
        progress(1.0)
    return anchored


CHILD_NICENESS = 10
"""The re-anchoring child runs at a lower priority than the window (Unix `nice`)."""
RESULT_CHUNK = 200
"""Annotations per message back from a child process: small pickles, so the window unpickles
a few at a time between events instead of thousands at once."""


def run_in_child(inbox: Connection, outbox: Connection) -> None:
    """The body of a child process that re-anchors. Reads articles one by one until None, then
    lists of annotations until None (small pickles: the sender never holds the window long);
    sends ("progress", share) messages, then ("chunk", [annotations]) messages and ("done",
    None); ("failed", reason) on an error. A process of its own, because in a thread of the
    window's process the fuzzy search holds the interpreter lock between the window's many
    short calls into Python, and the window stutters."""
    with contextlib.suppress(AttributeError, OSError):
        os.nice(CHILD_NICENESS)  # the window the user is working in comes first
    try:
        articles: list[Article] = []
        while (article := inbox.recv()) is not None:
            articles.append(article)
        annotations: list[Annotation] = []
        while (block := inbox.recv()) is not None:
            annotations.extend(block)
        inbox.close()
        anchored = anchor_in_steps(
            annotations, articles, progress=lambda share: outbox.send(("progress", share)))
        assert anchored is not None  # nothing cancels it here: the parent ends the process
        for first in range(0, len(anchored), RESULT_CHUNK):
            outbox.send(("chunk", anchored[first : first + RESULT_CHUNK]))
        outbox.send(("done", None))
    except Exception as error:  # reported to the window in one line
        outbox.send(("failed", f"{type(error).__name__}: {error}"))
    finally:
        outbox.close()
