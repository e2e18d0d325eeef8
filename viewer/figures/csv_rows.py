"""The figures as a spreadsheet: one CSV line per figure of the Figures table (`figures_csv`).

Each line is one mention of a quantity row, in the rows' order and, within a row, the order of
its mentions (as `parallax figures` lists them): the row's id, name and event, the article (its
id as in `parallax figures --json`, its title and outlet), the figure as written, its value as
numbers a sheet can sum or sort (`value`; a range's upper end in `high`) with the qualifier that
says what the number bounds, the currency (the row's ISO code, as its name says: a "$" the event
reads as USD is "USD"),
the time it is given as of, the source, and
the marks the table shows as words: the row disagrees or is updated, the figure clashes (`!`) or
is a later count (`↑`). An earlier version of an article (`viewer.figures.versions`) has its
figures on lines of their own, `earlier_version` yes: a sheet summing or counting the figures
leaves them out; a counted figure's `changed_from` says what its earlier versions gave instead.

Written as the annotations' CSV is (`viewer.annotations.csv_export`): UTF-8 with a byte-order
mark, CRLF lines, every cell quoted, and every text cell a spreadsheet would run as a formula
("=HYPERLINK(...)" as a source an article names) prefixed with `'`. No Qt.
"""

from __future__ import annotations

import csv
import io

from viewer.annotations.csv_export import spreadsheet_safe
from viewer.corpus import Article
from viewer.figures.extraction import Mention
from viewer.figures.grouping import Quantity
from viewer.figures.table import FiguresTable
from viewer.figures.versions import changed_from
from viewer.whole_titles import whole_title

CSV_COLUMNS = ("row", "quantity", "event", "article", "title", "outlet", "figure", "value",
               "high", "qualifier", "currency", "as_of", "source", "disagree", "updated",
               "clashes", "later", "earlier_version", "changed_from")
"""The CSV's header; columns are only ever added at the end (a sheet reading them by position
keeps reading the ones it knew)."""
YES, NO = "yes", "no"


def figures_csv(table: FiguresTable) -> str:
    """`table`'s figures, one line each after the header (module docstring)."""
    by_id = {article.id: article for article in table.articles}
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(CSV_COLUMNS)
    for quantity in table.quantities:
        lines = [(mention, index in quantity.marked, index in quantity.later, False,
                  "; ".join(changed_from(quantity.earlier, mention.document)))
                 for index, mention in enumerate(quantity.mentions)]
        lines += [(figure.mention, False, False, True, "") for figure in quantity.earlier]
        for mention, clashes, later, earlier, was in lines:
            article = by_id.get(mention.document)
            cells = [*_figure_cells(quantity, mention, article), _yes(clashes), _yes(later),
                     _yes(earlier), was]
            # (numbers are written as numbers: only text can be read as a formula)
            writer.writerow([spreadsheet_safe(cell) if isinstance(cell, str) else cell
                             for cell in cells])
    return buffer.getvalue()


def _figure_cells(quantity: Quantity, mention: Mention, article: Article | None
                  ) -> list[str | int | float]:
    """A line's cells from `row` to `updated`: the row, the article, the figure."""
    value = mention.value
    return [
        quantity.id, quantity.name, quantity.event, mention.document,
        whole_title(article) if article is not None else "",
        (article.source or "") if article is not None else "",
        mention.text,
        _plain(value.number),
        _plain(value.high) if value.high is not None else "",
        value.kind,
        # (the row's currency: a "$" the event reads as USD is "USD", as the row says)
        quantity.currency or mention.currency or "",
        mention.as_of.words if mention.as_of is not None else "",
        mention.source or "",
        _yes(quantity.disagree), _yes(quantity.updated),
    ]


def _plain(number: float) -> int | float:
    """12, not 12.0: a count is whole, and a sheet shows it as written."""
    return int(number) if float(number).is_integer() else number


def _yes(flag: bool) -> str:
    return YES if flag else NO
