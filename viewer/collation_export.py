"""Write a passage's collation table as CSV or as one self-contained HTML page.

CSV (UTF-8 with a byte-order mark, CRLF rows, as the annotation export writes): a header row
(article, outlet, published, differences, then one column per consensus word or `+` for a
column of added words), the consensus row, then one row per occurrence. A cell reads as the
article does; `[word]` marks a different or added word, `(-)` a dropped one, and an empty cell a
part of the statement a fragment does not carry. Every cell a spreadsheet could read as a
formula is escaped the way `viewer.annotations.csv_export.spreadsheet_safe` does it.

HTML: one page with inline CSS and no scripts or external resources; every article and user
string is escaped; differences are marked by colour and by a text style, so they survive
printing in black and white. A statement written right to left has its table and paragraph
laid out from the right (`dir="rtl"`), each label and cell in its own direction, and a word
spelled differently in a script without italics is underlined
with dots instead (`viewer.fonts.italics_lack`), as the window's collation does. No Qt.
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Mapping

from viewer.annotations.csv_export import spreadsheet_safe
from viewer.collation import Cell, Collation
from viewer.display_text import right_to_left
from viewer.fonts import italics_lack
from viewer.provenance import Provenance
from viewer.published_time import readable_published

_CSV_MARKS = {"different": "[{}]", "added": "[{}]", "missing": "(-)", "absent": ""}


def _label(document: str, titles: Mapping[str, str], provenance: Mapping[str, Provenance],
           origins: Mapping[str, str]) -> tuple[str, str, str]:
    """(title, outlet -- else the article's file name, as its pane names it: the CSV's outlet
    column was empty in every row of a folder of plain texts (tester55) --, published)."""
    known = provenance.get(document, Provenance())
    return (titles.get(document, document), known.outlet or origins.get(document, ""),
            known.published or "")


def _csv_cell(cell: Cell) -> str:
    mark = _CSV_MARKS.get(cell.status)
    if mark is None:
        return cell.text
    return mark.format(cell.text) if "{}" in mark else mark


def collation_csv(collation: Collation, titles: Mapping[str, str],
                  provenance: Mapping[str, Provenance],
                  origins: Mapping[str, str] | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")

    def row(values: list[str]) -> None:
        writer.writerow([spreadsheet_safe(value) for value in values])

    # (a column of words only some outlets add is headed "(added)": "+" came out as "'+",
    # the formula guard's, a newcomer found)
    row(["article", "outlet", "published", "differences",
         *[column.consensus if not column.added else "(added)" for column in collation.columns]])
    row(["(consensus)", "", "", "", *[column.consensus for column in collation.columns]])
    for collation_row, suffix in zip(collation.rows, collation.row_suffixes(), strict=True):
        title, outlet, published = _label(collation_row.document, titles, provenance,
                                          origins or {})
        row([title + suffix, outlet, published, str(collation_row.differences),
             *[_csv_cell(cell) for cell in collation_row.cells]])
    return buffer.getvalue()


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 1.5em; color: #1a1a1a; }
h1 { font-size: 1.3em; }
.consensus { max-width: 60em; line-height: 1.5; background: #f4f4f4; padding: .6em .8em; }
.table { overflow-x: auto; }
table { border-collapse: collapse; font-size: .95em; }
th, td { border: 1px solid #ccc; padding: .25em .45em; vertical-align: top; white-space: nowrap; }
th.article { text-align: left; background: #fafafa; position: sticky; left: 0; }
table[dir=rtl] th.article { text-align: right; left: auto; right: 0; }
thead th { background: #eee; }
td.spelling { color: #555; font-style: italic; }
td.spelling.upright { font-style: normal; text-decoration: underline dotted; }
td.different { background: #ffe08a; font-weight: bold; }
td.added { background: #c9e7ff; text-decoration: underline; }
td.missing { background: #ffd1d1; }
td.missing::after { content: "\\2014"; color: #a33; }
td.absent { background: #f3f3f3; }
.legend span { display: inline-block; padding: .1em .5em; margin-right: .4em; }
"""


def _cell_class(cell: Cell) -> str:
    """A cell's CSS classes: its status, and `upright` for a word spelled differently in letters
    an italic face may not have (an Arabic word drawn in italics showed as empty boxes in the
    window, tester session 58; a browser slants it, which Arabic is never written in)."""
    upright = cell.status == "spelling" and italics_lack(cell.text)
    return f"{cell.status} upright" if upright else cell.status


def _own_direction(text: str) -> str:
    """`text`'s own `dir` attribute, by its first letter of a strong direction (left to right
    where it has none). Each label and cell gets one so that a right-to-left table lends its
    direction to none of them: in `<table dir="rtl">` the date "2024-07-31 07:15 UTC" read
    "UTC 07:15 2024-07-31" and "U.S." ".U.S" (reviewer). Not `dir="auto"`, whose choice for text
    with no such letter ("07:15", "22") browsers have not always agreed on."""
    return "rtl" if right_to_left(text) else "ltr"


def collation_html(collation: Collation, titles: Mapping[str, str],
                   provenance: Mapping[str, Provenance], *, title: str = "") -> str:
    e = html.escape
    heading = title or f"Passage {collation.passage_id}"
    head_cells = "".join(
        '<th class="added-column">+</th>' if column.added
        else f'<th dir="{_own_direction(column.consensus)}">{e(column.consensus)}</th>'
        for column in collation.columns)
    body_rows: list[str] = []
    for collation_row, suffix in zip(collation.rows, collation.row_suffixes(), strict=True):
        # (a row is named as the window's collation names it: its outlet, else its title)
        name, outlet, published = _label(collation_row.document, titles, provenance, {})
        name += suffix
        when = readable_published(published)  # the CSV keeps the ISO text; a page is read
        shown = outlet + suffix if outlet else name
        label = f'<span dir="{_own_direction(shown)}">{e(shown)}</span>' + (
            f'<br><small dir="{_own_direction(when)}">{e(when)}</small>' if when else "")
        cells = "".join(f'<td class="{_cell_class(cell)}" title="{e(cell.status)}" '
                        f'dir="{_own_direction(cell.text)}">{e(cell.text)}</td>'
                        for cell in collation_row.cells)
        body_rows.append(f'<tr><th class="article" title="{e(name)}">{label}</th>{cells}</tr>')
    legend = ('<p class="legend"><span class="different" style="background:#ffe08a">different'
              '</span><span style="background:#c9e7ff">added</span>'
              '<span style="background:#ffd1d1">missing</span>'
              '<span style="font-style:italic">spelled differently</span>'
              '<span style="text-decoration:underline dotted">spelled differently, in a script'
              ' without italics</span>'
              '<span style="background:#f0f0f0">not carried (fragment)</span></p>')
    # (the page's own words are English; the statement's direction, decided by most of its
    # letters, is the table's and its paragraph's: an Arabic statement opening on "CNN:" had a
    # table from the right and a paragraph from the left)
    statement = "rtl" if collation.reads_right_to_left else "ltr"
    table_direction = ' dir="rtl"' if statement == "rtl" else ""
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{e(heading)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{e(heading)}</h1>"
        f'<p class="consensus" dir="{statement}">{e(collation.consensus)}</p>{legend}'
        f'<div class="table"><table{table_direction}><thead><tr><th class="article">Article</th>'
        f"{head_cells}"
        f"</tr></thead><tbody>{''.join(body_rows)}</tbody></table></div>"
        "</body></html>\n"
    )
