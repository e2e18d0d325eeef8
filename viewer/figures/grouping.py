"""Rows of a figures table: the mentions of one quantity across articles, and whether they agree.

A quantity is a kind of thing (synonyms share one: "soldiers", "troops", "personnel") with an
outcome ("killed", "fired", or none stated) and, for people, a national group ("US", "Iraqi"),
in one event (`events`: the caller says which articles report the same event, from the
passages they share; without that, all do). Within an event equal keys are one quantity;
figures of two events are never one row, so they are never compared (each row carries its
event's number, `event_numbers`, so that rows alike of two events can be told apart). Two rules
join keys:

- a *zero* of people harmed ("No U.S. personnel was hit") also says none were killed, so it joins
  the "killed" row of the same people when there is one (else the "injured" row); a non-zero
  "hit" count stays apart, since the hit need not all be dead;
- a mention without a group ("none of their personnel", "5,000 troops") joins the row of the
  same thing and outcome that has a group, the most mentioned one when there are several (but
  a verdict's counts of two offences or more add up: "all four counts" is their total, a row
  of its own);
- a figure said to apply to a place ("912 killed in Turkey") is a quantity of its own beside
  the total, unless that place is the only one named for the quantity: then the figures that
  name no place join it (but for an article that gives, beside the place's figure, one naming
  no place that cannot be true with it: two scopes, which stay apart);
- so is a figure said to apply to one day ("four boys rescued on Sunday") in a story whose
  figures name two days or more (a rescue in stages); in a story that names one day only,
  that day is every figure's and scopes none.

Amounts of money are rows by currency and purpose too (`money_rows`: "about €720 million" beside
"$787.5 million" is a conversion, another row; an amount whose purpose is not read joins only
amounts of its value; amounts of one purpose far apart in size, `AMOUNT_REACH`, are rows
apart).

A row disagrees when two of its mentions, in different articles, cannot both be true
(`compatibility`): one article's "11 harbour tugs" and "two seagoing tugs" count two groups.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import count

from viewer.figures.compatibility import apart_by_size, compatible
from viewer.figures.events import Events
from viewer.figures.extraction import Mention
from viewer.figures.money_rows import RowKey, money_name, row_keys, split_by_amount
from viewer.figures.things import INVARIANT_PLURALS, LEGAL_LEMMAS, VERDICT_KIND, VERDICTS
from viewer.figures.updates import row_marks
from viewer.figures.versions import EarlierFigure, set_aside_earlier

_Key = RowKey


@dataclass(frozen=True)
class Quantity:
    """One row: a quantity's mentions in document order; `conflicts` index the disagreeing,
    `marked` the ones a reader is shown as clashing (the odd ones out, `odd_ones_out`)."""

    id: str
    name: str
    kind: str
    outcome: str | None
    group: str | None
    mentions: tuple[Mention, ...]
    conflicts: frozenset[int]
    marked: frozenset[int]
    place: str | None = None
    event: int = 1
    """The event its articles report, numbered from 1 (`event_numbers`): rows alike of two
    events ("workers laid off" told by two groups of outlets that share no passage) are told
    apart by it."""
    later: frozenset[int] = frozenset()
    """The mentions a reader is shown as later counts (`viewer.figures.updates`): of a count
    given as of two moments that can be put in order, the later moment's."""
    updated: bool = False
    """Some two of its figures are one count given as of two moments (`updates`), not a
    disagreement."""
    differing: frozenset[int] = frozenset()
    """The mentions that cannot be true together with another article's figure, at one moment
    or at two (`conflicts` and the counts of an update)."""
    currency: str | None = None
    """For a row of amounts of money: their currency, "USD" for a "$" where the event names no
    other dollar (`viewer.figures.money_rows`); None for a row of counts."""
    earlier: tuple[EarlierFigure, ...] = ()
    """The figures earlier versions of its articles give in it (`viewer.figures.versions`):
    shown, with what the latest version gives instead, but neither counted nor compared."""

    @property
    def disagree(self) -> bool:
        """Some two of its figures, of different articles, cannot both be true at one moment:
        the row the dock tints red."""
        return bool(self.conflicts)

    @property
    def values_differ(self) -> bool:
        """Some two of its figures, of different articles, cannot both be true, whether given
        as of one moment or two (`disagree` before counts had times: the JSON's)."""
        return bool(self.differing) or self.disagree

    @property
    def documents(self) -> tuple[str, ...]:
        """The documents that mention it, each once, in the order of the mentions."""
        return tuple(dict.fromkeys(mention.document for mention in self.mentions))


def group_mentions(mentions: Iterable[Mention], document_order: Sequence[str],
                   events: Events | None = None,
                   latest_of: Mapping[str, str] | None = None) -> list[Quantity]:
    """The quantities the mentions talk about: most widely reported first.

    `events` gives each document's event (`viewer.figures.events`); None: all report one.
    `latest_of` maps an earlier version of an article to its latest
    (`viewer.figures.versions`): an earlier version's figures are set aside in the row they
    fall in (`Quantity.earlier`), so that one outlet counts once.
    """
    mentions = list(mentions)
    latest_of = latest_of or {}
    rank = {document: index for index, document in enumerate(document_order)}
    numbers = event_numbers(document_order, events,
                            {latest_of.get(mention.document, mention.document)
                             for mention in mentions})
    # (a mention of a document not in `document_order` is an event of its own, numbered after
    # the others; a counter, not the largest number so far, which made the loop quadratic)
    unnamed = count(max(numbers.values(), default=0) + 1)
    of_event: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        # (an earlier version's figures are of its latest's event, where they are shown)
        counted_as = latest_of.get(mention.document, mention.document)
        event = numbers.get(counted_as)
        if event is None:
            event = numbers[counted_as] = 1 if events is None else next(unnamed)
        of_event[event].append(mention)
    by_event: dict[int, dict[_Key, list[Mention]]] = defaultdict(lambda: defaultdict(list))
    for event, members in of_event.items():
        # (amounts of money by currency and purpose too: `money_rows`)
        for key, mention in zip(row_keys(members), members, strict=True):
            by_event[event][key].append(mention)
    rows: list[tuple[_Key, str | None, str | None, list[Mention], tuple[EarlierFigure, ...],
                     int, str | None]] = []
    for event, by_key in by_event.items():
        _drop_a_single_day(by_key)
        _fold_zero_harm(by_key)
        for key, members in by_key.items():
            for place, placed in _split_by_place(members).items():
                for group, grouped in _split_by_group(placed).items():
                    parts = _split_by_size(grouped) if key[2] is None else \
                        [(None, part) for part in split_by_amount(grouped)]
                    rows += [(key, group, place, *set_aside_earlier(sized, latest_of), event,
                              scale) for scale, sized in parts]

    def first_place(members: list[Mention], earlier: tuple[EarlierFigure, ...]
                    ) -> tuple[int, int]:
        return min((rank.get(m.document, len(rank)), m.start)
                   for m in [*members, *(figure.mention for figure in earlier)])

    # (a row only earlier versions give, a figure the latest dropped, counts no article)
    rows.sort(key=lambda row: (-len({m.document for m in row[3]}), first_place(row[3], row[4])))
    quantities = []
    for number, ((kind, outcome, currency, apart), group, place, members, earlier, event,
                 scale) in enumerate(rows, 1):
        members.sort(key=lambda m: (rank.get(m.document, len(rank)), m.start))
        earlier = tuple(sorted(earlier, key=lambda figure: (
            rank.get(figure.mention.document, len(rank)), figure.mention.start)))
        marks = row_marks([m.value for m in members], [m.document for m in members],
                          [m.as_of for m in members])
        name = quantity_name(kind, outcome, group, place) + (f" ({scale})" if scale else "")
        if currency is not None:
            name = money_name(kind, outcome, currency, apart is not None)
        quantities.append(Quantity(
            f"q{number}", name, kind, outcome, group, tuple(members), marks.conflicts,
            marks.marked, place, event, marks.later, marks.updated, marks.differing,
            currency, earlier,
        ))
    return quantities


def event_numbers(documents: Sequence[str], events: Events | None,
                  counted: Collection[str] = frozenset()) -> dict[str, int]:
    """Each of `documents`' event numbered from 1, in the order of the events' first documents
    in `documents` (so a reader's "event 2" is the second event met reading the articles in
    order); a document `events` do not name is an event of its own, numbered where it is met.
    The events of the `counted` documents (those that give figures: the events a table has
    rows of) come first, so that its rows are of events 1, 2, 3 (a tester read "Rows of 3
    events" above rows of events 1, 2 and 6). None: all report one event, 1. The one
    numbering of rows, documents and tooltips."""
    if events is None:
        return dict.fromkeys(documents, 1)
    renumbered: dict[int, int] = {}
    numbers: dict[str, int] = {}
    next_number = count(1)
    for first in (True, False):
        for document in documents:
            if (document in counted) is not first or document in numbers:
                continue
            if document not in events:
                numbers[document] = next(next_number)
            elif events[document] in renumbered:
                numbers[document] = renumbered[events[document]]
            else:
                numbers[document] = renumbered[events[document]] = next(next_number)
    return {document: numbers[document] for document in documents}


def counted_documents(quantities: Iterable[Quantity]) -> set[str]:
    """The documents that give a figure of `quantities` (`event_numbers`' `counted`)."""
    return {mention.document for quantity in quantities for mention in quantity.mentions}


def quantity_name(kind: str, outcome: str | None, group: str | None,
                  place: str | None = None) -> str:
    """A row's readable name: "US personnel killed", "missiles fired", "people killed in Syria";
    a place in another script is named as the articles write it, beside the English words, not
    in them: "people killed (甘肃)"."""
    if kind == "casualties":
        outcome = None  # "casualties harmed" says it twice
    where = (place if _is_day(place) or _is_period(place) else _where(place)) if place else None
    if outcome in VERDICTS:
        outcome = f"({outcome})"  # "counts of murder (guilty)"
    if group is not None and group.startswith("of "):
        return " ".join(part for part in (_plural(kind), group, outcome, where) if part)
    return " ".join(part for part in (group, _plural(kind), outcome, where) if part)


def _where(place: str) -> str:
    """"in Syria"; a place with no Latin letter (a Chinese, Japanese or Korean place's name)
    in brackets, since an English "in" glued to it reads as neither language ("in 甘肃")."""
    if _LATIN_LETTER.search(place):
        return f"in {place}"
    return f"({place})"


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _plural(kind: str) -> str:
    """Kinds named by a lemma read as plurals in a row name ("airstrike" -> "airstrikes", an
    increment's "more body" -> "more bodies")."""
    if kind.startswith("more ") and " " not in kind[5:]:
        return "more " + _plural(kind[5:])
    if " " in kind or kind in INVARIANT_PLURALS:
        return kind
    if kind.endswith(("ss", "us")):
        return kind + "es"  # "witness" -> "witnesses", "bus" -> "buses"
    if kind.endswith("s"):
        return kind  # named already as a plural ("missiles", "counts")
    if kind.endswith(("ch", "sh", "x")):
        return kind + "es"
    if kind.endswith("y") and kind[-2:-1] not in "aeiou":
        return kind[:-1] + "ies"
    return kind + "s"


def _fold_zero_harm(by_key: dict[_Key, list[Mention]]) -> None:
    for (kind, outcome, currency, apart), members in list(by_key.items()):
        if outcome != "harmed" or currency is not None:
            continue
        target = next((key for key in ((kind, "killed", None, None),
                                       (kind, "injured", None, None)) if key in by_key), None)
        if target is None:
            continue
        zeros = [m for m in members if m.value.kind == "exact" and m.value.number == 0]
        by_key[target].extend(zeros)
        rest = [m for m in members if m not in zeros]
        if rest:
            by_key[(kind, outcome, currency, apart)] = rest
        else:
            del by_key[(kind, outcome, currency, apart)]


def _is_day(place: str | None) -> bool:
    return place is not None and place.startswith("on ")


_PERIOD_STARTS = ("this ", "last ", "so far ", "in 19", "in 20")
"""How a period's scope reads (`places.period_after`): "this year", "so far in 2024"."""


def _is_period(place: str | None) -> bool:
    return place is not None and place.startswith(_PERIOD_STARTS)


def _drop_a_single_day(by_key: dict[_Key, list[Mention]]) -> None:
    """A story whose figures name one day only ("seven killed on Friday") is a one-day story:
    its day is every figure's, so it scopes none. Two days or more make it a story told over
    several, whose one day's counts are parts of the whole."""
    days = {m.place for members in by_key.values() for m in members if _is_day(m.place)}
    if len(days) == 1:
        for key, members in by_key.items():
            by_key[key] = [replace(m, place=None) if _is_day(m.place) else m for m in members]


def _split_by_place(members: list[Mention]) -> dict[str | None, list[Mention]]:
    places: dict[str | None, list[Mention]] = defaultdict(list)
    for mention in members:
        places[mention.place].append(mention)
    # (not a day's or a period's: a period's running total of many events, or one day of a
    # story told over several, is no figure the silent ones give, nor does it make the one
    # place named one of two: "16 people killed this year" beside "five killed at the school")
    named = [place for place in places
             if place is not None and not (_is_day(place) or _is_period(place))]
    if None in places and len(named) == 1 and not _told_apart(places[named[0]], places[None]):
        # One place named, the others silent: the same figure ("5,000 troops [in Iraq]").
        places[named[0]].extend(places.pop(None))
    return dict(places)


def _told_apart(placed: list[Mention], silent: list[Mention]) -> bool:
    """Whether an article names the one place for a figure and gives another, naming none,
    that cannot be true with it ("Nearly one lakh people gathered in front of Vidhana Soudha
    ... in the stadium, around two to three lakh people turned up"): its own figures tell two
    scopes apart, so the silent figures are not the place's. Two articles' figures, one placed,
    one not, stay one quantity, where they may disagree ("12 killed in Kabul", "15 killed")."""
    return any(unplaced.document == mention.document
               and not compatible(unplaced.value, mention.value)
               for unplaced in silent for mention in placed)


def _split_by_size(members: list[Mention]) -> list[tuple[str | None, list[Mention]]]:
    """The mentions in rows of figures that may count one group (`apart_by_size`): AFP's
    "hundreds of people gathered outside the police station" and a statement's "millions of
    people who have marched" over a year are no one count. Where a row is so split, a part made
    of one vague magnitude is named by it ("people (millions)"), the rows being alike else."""
    parts = apart_by_size([mention.value for mention in members])
    if len(parts) == 1:
        return [(None, members)]
    named = []
    for part in parts:
        words = {members[index].value.magnitude for index in part}
        scale = next(iter(words)) if len(words) == 1 else None
        named.append((scale, [members[index] for index in part]))
    return named


def _split_by_group(members: list[Mention]) -> dict[str | None, list[Mention]]:
    groups: dict[str | None, list[Mention]] = defaultdict(list)
    for mention in members:
        groups[mention.thing.group if mention.thing.grouped else None].append(mention)
    unnamed = groups.pop(None, [])
    if not groups:
        return {None: unnamed}
    if unnamed and len(groups) > 1 and (unnamed[0].thing.kind == VERDICT_KIND
                                        or unnamed[0].thing.lemma in LEGAL_LEMMAS):
        # "found guilty on all four counts", the two of murder and the two of possession: a
        # verdict's counts of several offences add up, the unnamed one is their total; so do
        # an indictment's ("11 counts", two of them of murder)
        groups[None] = unnamed
    elif unnamed:
        largest = max(groups, key=lambda group: len(groups[group]))
        groups[largest].extend(unnamed)
    return dict(groups)
