"""The files a Figures table exports to, and their bytes: the readable table and the JSON that
`parallax figures` prints (`viewer.figures.report`), and a CSV of its figures
(`viewer.figures.csv_rows`). The window's Export figures… writes them; no Qt.

The table and the JSON are the command's own text for the table's articles, quantities and
events, so a file exported from the window and the command's output for the same articles are
the same bytes (the table in UTF-8, as a terminal writes it; the JSON is ASCII). The CSV starts
with a byte-order mark so that Excel reads it as UTF-8, as the annotations' CSV does.
"""

from __future__ import annotations

from pathlib import PurePath

from viewer.figures.csv_rows import figures_csv
from viewer.figures.report import figures_json_text, format_figures_table
from viewer.figures.table import FiguresTable

TABLE, JSON, CSV = "table", "json", "csv"
FILE_TYPES = {"Figures table (*.txt)": TABLE, "Figures JSON (*.json)": JSON,
              "Figures CSV spreadsheet (*.csv)": CSV}
"""The save dialog's file types, the first its default, and what each writes."""
EXTENSIONS = {".txt": TABLE, ".json": JSON, ".csv": CSV}
KIND_NAMES = {TABLE: "table", JSON: "JSON", CSV: "CSV"}


def export_kind(path: PurePath, file_type: str = "") -> str:
    """What to write to `path`: what its extension names, whatever file type was chosen (the
    name typed is the file the user will look for: a .csv holding a table would open wrong);
    else the chosen file type; else the readable table."""
    return EXTENSIONS.get(path.suffix.lower()) or FILE_TYPES.get(file_type, TABLE)


def figures_file(table: FiguresTable, kind: str) -> bytes:
    """The bytes of `table` exported as `kind` (TABLE, JSON or CSV)."""
    articles, quantities = table.articles, table.quantities
    if kind == JSON:
        return figures_json_text(articles, quantities, table.events).encode("utf-8")
    if kind == CSV:
        return figures_csv(table).encode("utf-8-sig")
    if kind == TABLE:
        return format_figures_table(articles, quantities).encode("utf-8")
    raise ValueError(f"no such export of the figures: {kind}")
