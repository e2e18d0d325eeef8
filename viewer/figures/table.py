"""What the Figures dock shows, computed without Qt: rows, cells, flags, and the claim group a
row becomes.

One row per quantity; in the grid, one column per article (each cell that article's figures and
their sources); with many articles a flat list instead (one line per mention). A row that
disagrees carries a text mark as well as the view's colour, and each figure that clashes with
one at least as many of the row's articles agree with is marked too
(`compatibility.odd_ones_out`: both sides where the articles split evenly). A row whose
figures are one count given as of different times says so instead ("updated"), each figure
shows the time it is given as of, and the latest count is marked (`viewer.figures.updates`). Where
the rows are of several events (groups of articles that share passages), each row says its
event, and its tooltip which articles that is. The dock only paints this.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from viewer.annotations.model import Annotation, make_annotation
from viewer.cancel import CancelToken, ProgressCallback
from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.events import EVENT_NOTE, Events, event_name, events_of_result
from viewer.figures.extraction import Mention
from viewer.figures.grouping import Quantity, counted_documents, event_numbers
from viewer.figures.money_rows import value_text
from viewer.figures.versions import change_note, earlier_note
from viewer.passages import AlignmentResult
from viewer.wording import titles_told_apart

LIST_VIEW_ABOVE = 8
"""More articles than this: the dock lists mentions instead of one column per article."""
DISAGREE_MARK = "disagree"
"""The words a disagreeing row's label starts with, beside the dock's warning icon (a glyph as well
was the same sign twice)."""
UPDATED_MARK = "updated"
"""The word an updated row's label starts with: its figures are one count at several times."""
CLASH_MARK = "!"
LATER_MARK = "\u2191"
"""Beside a later count: given as of a later time than a count it differs from."""
DISAGREE_TIP = "These figures cannot all be true"
UPDATED_TIP = ("Some of these figures are one count given as of different times (the time "
               "each is given as of is in brackets): a later count updates an earlier one")
LATER_TIP = f"{LATER_MARK}: a later count (given as of a later time than a count it differs from)"
FIGURE_TAG = "figures"
"""The tag of the annotations a row's claim group is made of: the default tag set's own
(`resources/tags.json`), so that a figure tagged by hand and one tagged from the Figures dock
filter alike (a newcomer found "figure" and "figures" side by side in the tag filter)."""


@dataclass(frozen=True)
class FigureCell:
    """An article's figures for one quantity (often one), as the grid shows them."""

    document: str
    mentions: tuple[Mention, ...]
    clashing: tuple[bool, ...]
    """Per mention: it is marked as clashing (`Quantity.marked`: it cannot be true together with
    a figure at least as many of the row's articles agree with, `compatibility.odd_ones_out`)."""
    later: tuple[bool, ...] = ()
    """Per mention: it is marked as a later count (`Quantity.later`); () where none is."""
    note: str = ""
    """What an earlier version of the article gave instead, or, in an earlier version's cell,
    that it is not counted (`viewer.figures.versions`); "" where there is nothing to say."""
    earlier: bool = False
    """The figures are an earlier version's (`Quantity.earlier`): shown, not counted."""

    @property
    def clashes(self) -> bool:
        return any(self.clashing)

    @property
    def text(self) -> str:
        later = self.later or (False,) * len(self.mentions)
        figures = "; ".join(mark_of(clash, last) + describe_mention(m) for m, clash, last
                            in zip(self.mentions, self.clashing, later, strict=True))
        return f"{figures} \u2014 {self.note}" if self.note else figures

    @property
    def target(self) -> Mention:
        """The mention a click jumps to: the first clashing one, else the first."""
        return next((m for m, clash in zip(self.mentions, self.clashing, strict=True) if clash),
                    self.mentions[0])


@dataclass(frozen=True)
class FigureRow:
    quantity: Quantity
    cells: tuple[FigureCell | None, ...]
    """One per document column, None where the article does not give this figure."""
    event_articles: tuple[str, ...] | None = None
    """Where the table's rows are of several events: the titles of the articles of this row's
    event (the row says its event then); None where they are of one."""

    @property
    def label(self) -> str:
        mark = f"{DISAGREE_MARK}  " if self.quantity.disagree else (
            f"{UPDATED_MARK}  " if self.quantity.updated else "")
        event = f" \u00b7 {event_name(self.quantity.event)}" if self.event_articles else ""
        return f"{mark}{self.quantity.name}{event}"

    @property
    def tooltip(self) -> str:
        """Why the row is red or updated, what its marks say, and which articles its event is
        (where there are several)."""
        lines = [DISAGREE_TIP] if self.quantity.disagree else []
        if self.quantity.updated:
            lines.append(UPDATED_TIP)
        if self.quantity.later:
            lines.append(LATER_TIP)
        if self.event_articles:
            lines.append(event_tooltip(self.quantity.event, self.event_articles))
        return "\n".join(lines)

    @property
    def disagree(self) -> bool:
        return self.quantity.disagree


@dataclass(frozen=True)
class ListEntry:
    """One line of the list view: a mention with its row and whether it clashes."""

    row: int
    mention: Mention
    clashes: bool
    later: bool = False
    """Marked as a later count (`Quantity.later`)."""
    note: str = ""
    """What an earlier version gave instead, or that this is an earlier version's figure
    (`FigureCell.note`)."""
    earlier: bool = False
    """An earlier version's figure (`Quantity.earlier`): shown, not counted."""

    @property
    def figure(self) -> str:
        """The figure as the list shows it: its mark, value, the time it is given as of, and
        what an earlier version of its article gave instead."""
        shown = mark_of(self.clashes, self.later) + value_text(self.mention) + as_of_text(
            self.mention)
        return f"{shown} \u2014 {self.note}" if self.note else shown


@dataclass(frozen=True)
class FiguresTable:
    documents: tuple[str, ...]
    titles: tuple[str, ...]
    rows: tuple[FigureRow, ...]
    articles: tuple[Article, ...] = field(default=(), compare=False)
    """The articles the table was made of, and `events` the events it was given: an export of
    the table (`viewer.figures.report`, `csv_rows`) is then of what the dock shows, not of the
    corpus as it may have become since."""
    events: Events | None = field(default=None, compare=False)

    @property
    def list_view(self) -> bool:
        return len(self.documents) > LIST_VIEW_ABOVE

    @property
    def disagreeing(self) -> int:
        return sum(row.disagree for row in self.rows)

    @property
    def quantities(self) -> list[Quantity]:
        return [row.quantity for row in self.rows]

    def entries(self) -> list[ListEntry]:
        """The list view's lines: each row's mentions in order, then its earlier versions'."""
        lines = []
        for index, row in enumerate(self.rows):
            quantity = row.quantity
            lines += [ListEntry(index, mention, position in quantity.marked,
                                position in quantity.later,
                                change_note(quantity.earlier, mention.document))
                      for position, mention in enumerate(quantity.mentions)]
            lines += [ListEntry(index, figure.mention, False,
                                note=earlier_note([figure], quantity.mentions), earlier=True)
                      for figure in quantity.earlier]
        return lines

    def summary(self) -> str:
        rows = len(self.rows)
        noun = "quantity" if rows == 1 else "quantities"
        events = len({row.quantity.event for row in self.rows})
        of_events = f" of {events} events" if events > 1 else ""
        updated = sum(row.quantity.updated for row in self.rows)
        over_time = f", {updated} with counts at different times" if updated else ""
        return (f"{rows} {noun}{of_events}, {self.disagreeing} with figures that disagree"
                f"{over_time}")


def mark_of(clashes: bool, later: bool) -> str:
    """What a figure is led by: the clash mark, the later count's, or nothing."""
    return f"{CLASH_MARK} " if clashes else (f"{LATER_MARK} " if later else "")


def as_of_text(mention: Mention) -> str:
    """" [截至2日15时30分]", " [so far]": the time a figure is given as of, as its sentence
    writes it (`viewer.figures.as_of`); "" where it gives none."""
    return f" [{mention.as_of.words}]" if mention.as_of is not None else ""


def describe_mention(mention: Mention) -> str:
    """"more than 12 (Pentagon officials)", "48 [截至2日15时30分] (新华社)"; the time it is
    given as of and the source only when the article names them."""
    said = f" ({mention.source})" if mention.source else ""
    return f"{value_text(mention)}{as_of_text(mention)}{said}"


def event_tooltip(event: int, titles: Sequence[str], shown: int = 8) -> str:
    """Which articles `event` is ("Event 2: 3 articles, A; B; C"), and what an event is."""
    named = "; ".join(titles[:shown]) + (f"; and {len(titles) - shown} more"
                                         if len(titles) > shown else "")
    count = f"{len(titles)} article{'s' if len(titles) != 1 else ''}"
    return f"{event_name(event).capitalize()}: {count}, {named}\n({EVENT_NOTE})"


def figure_cell(quantity: Quantity, document: str) -> FigureCell | None:
    """`document`'s cell of `quantity`'s row: its figures with their marks and what an earlier
    version gave instead, or, for an earlier version of an article, its figures, not counted;
    None where it gives none."""
    here = [(index, m) for index, m in enumerate(quantity.mentions) if m.document == document]
    if here:
        return FigureCell(document, tuple(m for _i, m in here),
                          tuple(index in quantity.marked for index, _m in here),
                          tuple(index in quantity.later for index, _m in here),
                          change_note(quantity.earlier, document))
    earlier = [figure for figure in quantity.earlier if figure.mention.document == document]
    if not earlier:
        return None
    return FigureCell(document, tuple(figure.mention for figure in earlier),
                      (False,) * len(earlier), (),
                      earlier_note(earlier, quantity.mentions), True)


def figures_table(articles: Sequence[Article], quantities: Sequence[Quantity],
                  events: Events | None = None) -> FiguresTable:
    """The dock's table of `quantities` over `articles`; `events`, as `find_figures` was given
    them, name each row's articles where the rows are of several events."""
    documents = tuple(article.id for article in articles)
    # (columns cut a title at its right end: titles that open alike are led by their ids)
    titles = titles_told_apart({article.id: article.title or article.id for article in articles})
    numbers = event_numbers(documents, events, counted_documents(quantities))
    several = len({quantity.event for quantity in quantities}) > 1
    rows = []
    for quantity in quantities:
        cells = [figure_cell(quantity, document) for document in documents]
        # (rows' events are numbered by `event_numbers` too; a row of documents that are not
        # among `articles`, quantities of other articles, is named by their ids, all there is)
        same_event = tuple(titles[document] for document in documents
                           if numbers[document] == quantity.event) or quantity.documents
        rows.append(FigureRow(quantity, tuple(cells), same_event if several else None))
    return FiguresTable(documents, tuple(titles[document] for document in documents), tuple(rows),
                        tuple(articles), events)


def compute_table(articles: Sequence[Article], token: CancelToken | None = None,
                  progress: ProgressCallback | None = None,
                  result: AlignmentResult | None = None) -> FiguresTable:
    """Everything the dock shows for `articles` (run off the GUI thread); `result`, their
    alignment, says which report one event (figures are compared only within one); without it
    all do."""
    events = events_of_result([a.id for a in articles], result) if result is not None else None
    return figures_table(articles, find_figures(articles, token, progress, events), events)


def claim_group_annotations(quantity: Quantity, articles: Sequence[Article],
                            claim: str) -> list[Annotation]:
    """One annotation per mention of `quantity`, tagged `figure`, linked by the claim `claim`;
    the note says the figure and its source. Mentions of articles no longer loaded are skipped."""
    by_id = {article.id: article for article in articles}
    made = []
    for mention in quantity.mentions:
        article = by_id.get(mention.document)
        if article is None or article.text[mention.start:mention.end] != mention.text:
            continue
        made.append(make_annotation(article, mention.start, mention.end, tags=[FIGURE_TAG],
                                    note=f"{quantity.name}: {describe_mention(mention)}",
                                    claim=claim))
    return made


def claim_name(quantity: Quantity, taken: Sequence[str]) -> str:
    """A claim group name for the row not yet in `taken`: "Figure: missiles fired" (2) ..."""
    base = f"Figure: {quantity.name}"
    name, number = base, 2
    while name in taken:
        name, number = f"{base} ({number})", number + 1
    return name
