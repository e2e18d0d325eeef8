"""Which articles report the same event: the shared passages of the alignment result tell.

Figures are compared only within one event: "two men" in a story on one death and "no one" in a
story on another are not two counts of one quantity. Articles that share a passage (a quoted
statement, reused wire copy) report the same event, and so do articles joined through others
(connected components over the passages' documents, with a union-find). An article that shares
nothing with the others is an event of its own: its figures are listed, never compared.

Measured on the real sets HOLD4 to HOLD8 (32 to 36 articles each, three events each): no
component mixes two events; four of the fifteen events split into three or four components
(told in several languages whose translations share no passage, or by outlets that share
nothing), and then their figures are not compared across them.

Outlets that tell one story in their own words share no passage (AP's and AFP's stories of
one round of layoffs; a county's first notice and Xinhua's dispatch of the next day), yet give
its figures: two events that give the same *distinctive* count of one quantity ("11,000"
workers laid off, "24" people killed) are one (`joined_by_figures`). A count is distinctive
when two stories of a kind are unlikely to give it by chance: DISTINCTIVE_FROM or more, with
two significant digits or more. Small and round counts are not: "two" killed, "two" parties,
"two" addresses searched were each given by two different events of one kind in the held-out
sets (two school shootings, two Manchester United players leaving, two terror inquiries),
and "10,000" jobs were cut by two companies in one winter. Measured on 90 held-out sets (one
event and one or two look-alike events each; the passages split the event of 36 sets into 85
groups): the distinctive counts join two of those groups to others of their event (the two
stories above) and no two events; most groups split off give no figure at all. Texts alike
cannot do it: the look-alikes share more words and names with an event than its own split-off
groups do (the same club, court or formula of agency copy). Pure functions, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from viewer.passages import AlignmentResult

if TYPE_CHECKING:
    from viewer.figures.extraction import Mention

Events = dict[str, int]
"""Each document's event: a number, the same for documents that report one event."""
EVENT_NOTE = ("figures are compared only within an event: articles that share passages, "
              "directly or through others, or give the same distinctive count")
"""What an event is, where the figures' rows say theirs."""


def event_name(event: int) -> str:
    """"event 2": how a row of the second event met reading the articles in order says so
    (`viewer.figures.grouping.event_numbers` numbers them from 1)."""
    return f"event {event}"


DISTINCTIVE_FROM = 20
"""The smallest count two events are taken not to share by chance (with two significant
digits or more: `distinctive_count`): a dozen arrests or a dozen injured may well be two
stories' each."""


def distinctive_count(number: float) -> bool:
    """Whether two stories of a kind are unlikely to give this count by chance: a whole number
    of DISTINCTIVE_FROM or more with two significant digits or more (24, 48, 11,000; not 2,
    12, 30 or 10,000, which many stories count)."""
    if number < DISTINCTIVE_FROM or not float(number).is_integer():
        return False
    return len(str(int(number)).rstrip("0")) >= 2


def joined_by_figures(events: Events, mentions: Iterable[Mention]) -> Events:
    """`events` with those joined whose articles give the same distinctive count
    (`distinctive_count`) of one quantity: the same thing, the same outcome and the same
    number, whatever its qualifier ("11,000" and "more than 11,000" workers laid off). A
    range or an order of magnitude is no count; a document `events` do not name is left out.
    Renumbered from 0 in the order of their first documents, as `events_of` numbers them."""
    documents = list(events)
    same_count: dict[tuple[str, str | None, float], list[str]] = {}
    for mention in mentions:
        value = mention.value
        if mention.document in events and value.kind != "range" \
                and distinctive_count(value.number):
            key = (mention.thing.kind, mention.outcome, value.number)
            same_count.setdefault(key, []).append(mention.document)
    # (a representative document of each event: joining those joins the events)
    first_of: dict[int, str] = {}
    for document in documents:
        first_of.setdefault(events[document], document)
    shared = ([first_of[events[document]] for document in carriers]
              for carriers in same_count.values())
    joined = events_of(list(first_of.values()), shared)
    return {document: joined[first_of[events[document]]] for document in documents}


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
