"""What is done to an alignment's result before it is shown, as work for a job off the GUI
thread (both grow with the corpus): the user's corrections laid over it, with whether each
could be applied, and the passages still there given the colours they have in the result
shown (`viewer.colour_continuity`). Qt-free; the session (`viewer.session`) starts these jobs
and installs their outcome as it installs an alignment's.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import TYPE_CHECKING

from viewer.cancel import CancelToken, ProgressCallback
from viewer.jobs.job import Work
from viewer.passages import AlignmentResult
from viewer.prepared_result import PreparedResult
from viewer.wording import count_of

if TYPE_CHECKING:
    from viewer.corpus import Article
    from viewer.corrections import Correction, CorrectionOutcome


def correcting(result: AlignmentResult, articles: Sequence[Article],
               corrections: Sequence[Correction], pane_limit: int,
               shown: AlignmentResult | None, shown_colours: dict[str, int],
               outcomes: list[CorrectionOutcome]) -> Work[PreparedResult]:
    """The work that lays `corrections` over the engine's `result` and prepares its rows and
    colours; it fills `outcomes` with whether each correction could be applied."""
    from viewer.corrections import apply_corrections
    from viewer.prepared_result import prepare_result

    def work(_token: CancelToken, _progress: ProgressCallback) -> PreparedResult:
        corrected = apply_corrections(result, articles, corrections)
        outcomes.extend(corrected.outcomes)
        return coloured(prepare_result(articles, corrected.result, pane_limit), shown,
                        shown_colours)

    return work


def colouring(prepared: PreparedResult, shown: AlignmentResult | None,
              shown_colours: dict[str, int]) -> Work[PreparedResult]:
    """The work that gives `prepared`'s passages still in `shown` the colours they have there
    (a pass over every occurrence of both results)."""

    def work(_token: CancelToken, _progress: ProgressCallback) -> PreparedResult:
        return coloured(prepared, shown, shown_colours)

    return work


def coloured(prepared: PreparedResult, shown: AlignmentResult | None,
             shown_colours: dict[str, int]) -> PreparedResult:
    """`prepared` with its passages still in `shown` in the colours they have there."""
    from viewer.colour_continuity import follow_colours

    return dataclasses.replace(prepared, colours=follow_colours(
        shown, shown_colours, prepared.result, prepared.colours))


def missed_corrections_line(outcomes: Sequence[CorrectionOutcome]) -> str | None:
    """The status bar's line for the corrections that could not be applied; None: all were."""
    missed = [o for o in outcomes if not o.applied]
    if not missed:
        return None
    return (f"{count_of(len(missed), 'correction')} could not be applied ({missed[0].reason}); "
            "kept in the project")
