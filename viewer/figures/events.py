"""Which articles report the same event: the shared passages of the alignment result tell.

Figures are compared only within one event: "two men" in a story on one death and "no one" in a
story on another are not two counts of one quantity. Articles that share a passage (a quoted
statement, reused wire copy) report the same event, and so do articles joined through others
(connected components over the passages' documents, with a union-find). An article that shares
nothing with the others is an event of its own: its figures are listed, never compared.

Measured on the real sets HOLD4 to HOLD8 (32 to 36 articles each, three events each): no
component mixes two events; four of the fifteen events split into three or four components
(told in several languages whose translations share no passage, or by outlets that share
nothing), and then their figures are not compared across them. A count two groups both give
does not join them: unrelated events of a kind give the same counts by chance (two summits'
"27 member states", two floods' "more than 250" killed, two crashes of a "Boeing 737"), and
joining by counts mixed such events on the held-out sets while mending few split ones. Pure
functions, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from viewer.passages import AlignmentResult

Events = dict[str, int]
"""Each document's event: a number, the same for documents that report one event."""
EVENT_NOTE = ("figures are compared only within an event: articles that share passages, "
              "directly or through others")
"""What an event is, where the figures' rows say theirs."""


def event_name(event: int) -> str:
    """"event 2": how a row of the second event met reading the articles in order says so
    (`viewer.figures.grouping.event_numbers` numbers them from 1)."""
    return f"event {event}"


def events_of(documents: Sequence[str], shared: Iterable[Iterable[str]]) -> Events:
    """Each of `documents`' event, given the documents of each shared passage in `shared`.

    Events are numbered from 0 in the order of their first document in `documents`; a document
    of a passage that is not in `documents` is ignored.
    """
    parent = {document: document for document in documents}

    def root(document: str) -> str:
        while parent[document] != document:
            parent[document] = parent[parent[document]]  # halve the path as we go
            document = parent[document]
        return document

    for passage in shared:
        known = [document for document in passage if document in parent]
        for other in known[1:]:
            first, second = root(known[0]), root(other)
            if first != second:
                parent[second] = first
    numbers: dict[str, int] = {}
    return {document: numbers.setdefault(root(document), len(numbers))
            for document in documents}


def events_of_result(documents: Sequence[str], result: AlignmentResult) -> Events:
    """Each of `documents`' event, from the shared passages of `result` (an alignment of them)."""
    return events_of(documents, ([occurrence.document for occurrence in passage.occurrences]
                                 for passage in result.passages))


def one_event(documents: Sequence[str]) -> Events:
    """Every document reporting the same event (when the caller knows they do)."""
    return dict.fromkeys(documents, 0)
