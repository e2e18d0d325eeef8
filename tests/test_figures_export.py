"""The Figures table's exports without Qt (`viewer.figures.exports`, `csv_rows`): the table and
JSON are `parallax figures`' own output for the same articles, the CSV has one line per figure
with spreadsheet-safe cells, and the file's name decides what is written."""

from __future__ import annotations

import csv
import dataclasses
import io
import shutil
from pathlib import Path, PurePath

import pytest

from viewer.cli import main
from viewer.engine import find_shared_passages
from viewer.figures.csv_rows import CSV_COLUMNS
from viewer.figures.exports import CSV, FILE_TYPES, JSON, TABLE, export_kind, figures_file
from viewer.figures.table import FiguresTable, compute_table
from viewer.loading import load_paths
from viewer.passages import EngineSettings
from viewer.resources import seeds_dir
from viewer.whole_titles import whole_title


def seeds_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(seeds_dir(), folder)
    return folder


def table_of(folder: Path) -> FiguresTable:
    """The table the dock computes for the articles of `folder`, aligned as the command aligns."""
    articles = load_paths([folder]).articles
    return compute_table(articles, result=find_shared_passages(articles, EngineSettings()))


def command_output(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 0
    return capsys.readouterr().out


def csv_lines(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")  # (Excel reads it as UTF-8)
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))


def test_the_table_and_json_are_the_commands_output(tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = seeds_copy(tmp_path)
    table = table_of(folder)
    assert table.rows  # (the sample articles give figures, some disagreeing)
    assert figures_file(table, TABLE).decode("utf-8") == command_output(
        ["figures", str(folder)], capsys)
    assert figures_file(table, JSON).decode("utf-8") == command_output(
        ["figures", str(folder), "--json"], capsys)


def test_the_csv_has_one_line_per_figure_with_its_row_and_marks(tmp_path: Path) -> None:
    table = table_of(seeds_copy(tmp_path))
    data = figures_file(table, CSV)
    assert b"\r\n" in data
    header, *lines = csv_lines(data)
    assert tuple(header) == CSV_COLUMNS
    mentions = [(row.quantity, index, mention) for row in table.rows
                for index, mention in enumerate(row.quantity.mentions)]
    assert len(lines) == len(mentions)
    # (whole: a title the loader cut with "…" is no headline a sheet can match)
    titles = {article.id: whole_title(article) for article in table.articles}
    cell = {name: position for position, name in enumerate(CSV_COLUMNS)}
    for line, (quantity, index, mention) in zip(lines, mentions, strict=True):
        assert line[cell["row"]] == quantity.id and line[cell["quantity"]] == quantity.name
        assert line[cell["event"]] == str(quantity.event)
        assert line[cell["article"]] == mention.document
        assert line[cell["title"]] == titles[mention.document]
        assert line[cell["figure"]] == mention.text
        assert float(line[cell["value"]]) == mention.value.number
        assert line[cell["qualifier"]] == mention.value.kind
        assert line[cell["source"]] == (mention.source or "")
        assert line[cell["disagree"]] == ("yes" if quantity.disagree else "no")
        assert line[cell["clashes"]] == ("yes" if index in quantity.marked else "no")
    assert any(line[cell["disagree"]] == "yes" for line in lines)
    assert any(line[cell["clashes"]] == "yes" for line in lines)


def test_a_formula_looking_source_or_title_is_made_safe_in_the_csv(tmp_path: Path) -> None:
    table = table_of(seeds_copy(tmp_path))
    first = table.rows[0]
    mention = first.quantity.mentions[0]
    # A page's title and a sentence's source are the page's words: either may be a formula.
    hostile_source = dataclasses.replace(mention, source='=HYPERLINK("http://x.test","click")')
    quantity = dataclasses.replace(first.quantity,
                                   mentions=(hostile_source, *first.quantity.mentions[1:]))
    articles = tuple(dataclasses.replace(article, title="@SUM(A1:A9)")
                     if article.id == mention.document else article
                     for article in table.articles)
    hostile = dataclasses.replace(table, rows=(dataclasses.replace(first, quantity=quantity),
                                               *table.rows[1:]), articles=articles)
    _header, line, *_rest = csv_lines(figures_file(hostile, CSV))
    cell = {name: position for position, name in enumerate(CSV_COLUMNS)}
    assert line[cell["source"]] == '\'=HYPERLINK("http://x.test","click")'
    assert line[cell["title"]] == "'@SUM(A1:A9)"
    # (numbers stay numbers: only text is read as a formula)
    assert not line[cell["value"]].startswith("'")


def test_the_name_typed_decides_what_is_written() -> None:
    csv_type = next(file_type for file_type, kind in FILE_TYPES.items() if kind == CSV)
    assert export_kind(PurePath("week.csv")) == CSV
    assert export_kind(PurePath("week.JSON")) == JSON
    assert export_kind(PurePath("week.txt"), csv_type) == TABLE  # (the name the user will look for)
    assert export_kind(PurePath("week"), csv_type) == CSV
    assert export_kind(PurePath("week")) == TABLE


def test_the_csv_s_currency_is_the_row_s(tmp_path: Path) -> None:
    """A tester: the CSV said "$" where the row's name said USD (a "$" the event reads as the
    US dollar)."""
    folder = tmp_path / "money"
    folder.mkdir()
    for name, amount in (("a.txt", "$787.5 million"), ("b.txt", "$787 million")):
        (folder / name).write_text(
            f"Acme settles\n\nAcme agreed to pay Globex {amount} in a settlement of the suit, "
            "the companies said on Tuesday after a week of talks in court.\n", "utf-8")
    _header, *lines = csv_lines(figures_file(table_of(folder), CSV))
    cell = {name: position for position, name in enumerate(CSV_COLUMNS)}
    money = [line for line in lines if "787" in line[cell["figure"]]]
    assert money and all(line[cell["currency"]] == "USD" for line in money)
