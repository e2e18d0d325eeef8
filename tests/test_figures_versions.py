"""An earlier version of an article (one file's text added twice, one page saved twice) counts
nowhere in the Figures: each outlet is counted once, by its latest version, and a figure the
latest changed is said in its row, not compared as another outlet's."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.csv_rows import figures_csv
from viewer.figures.report import EARLIER_FLAG, figures_json_text, format_figures_table
from viewer.figures.table import compute_table
from viewer.figures.versions import latest_versions


def corrected(tmp_path: Path) -> list[Article]:
    """Outlet A's file, first saying 11 dead, then corrected to 12 (the project keeps both),
    and outlet B's report of 12."""
    a_file, b_file = tmp_path / "a.txt", tmp_path / "b.txt"
    return [
        Article("a1", "Eleven people were killed in the blast, police said.", "A",
                path=a_file, source="A"),
        Article("b", "Twelve people were killed in the blast.", "B", path=b_file, source="B"),
        Article("a2", "Twelve people were killed in the blast, police said.", "A",
                path=a_file, source="A"),
    ]


def killed(articles: list[Article]):  # type: ignore[no-untyped-def]
    return next(q for q in find_figures(articles) if q.outcome == "killed")


def test_the_latest_version_is_the_last_added_of_its_file_or_page(tmp_path: Path) -> None:
    pasted = [Article("p1", "x", "P", url="https://www.example.com/story?utm_source=tw"),
              Article("p2", "x", "P", url="http://example.com/story/")]
    assert latest_versions([*corrected(tmp_path), *pasted]) == {"a1": "a2", "p1": "p2"}
    assert latest_versions([Article("c", "x", "C"), Article("d", "x", "D")]) == {}


def test_two_outlets_reprints_naming_the_wires_page_as_their_address_are_two_sources() -> None:
    """A review: a syndicated reprint's canonical address is the wire's page, which an imported
    page's metadata makes its address; two outlets' reprints of one story are two sources, the
    one's 11 no earlier version of the other's 12."""
    wire = "https://apnews.com/article/blast-123"
    reprints = [Article("h", "Eleven people were killed in the blast.", "Herald", url=wire,
                        source="Daily Herald"),
                Article("p", "Twelve people were killed in the blast.", "Post", url=wire,
                        source="Evening Post")]
    assert latest_versions(reprints) == {}
    assert killed(reprints).earlier == ()


def test_a_corrected_figure_is_no_disagreement_between_outlets(tmp_path: Path) -> None:
    row = killed(corrected(tmp_path))
    # (the earlier version's 11 stood beside the two 12s as a third outlet's, and clashed)
    assert not row.disagree and not row.values_differ
    assert row.documents == ("b", "a2")
    [earlier] = row.earlier
    assert (earlier.mention.document, earlier.latest, earlier.changed) == ("a1", "a2", True)


def test_one_text_saved_twice_counts_one_outlet(tmp_path: Path) -> None:
    same = Article("a1", "Twelve people were killed in the blast.", "A", path=tmp_path / "a.txt")
    other = Article("b", "Twelve people were killed in the blast.", "B", path=tmp_path / "b.txt")
    row = killed([same, other, Article("a2", same.text, "A", path=same.path)])
    assert row.documents == ("b", "a2")
    assert [(f.mention.document, f.changed) for f in row.earlier] == [("a1", False)]


def test_the_table_says_the_change_in_the_row(tmp_path: Path) -> None:
    table = compute_table(corrected(tmp_path))
    [row] = [row for row in table.rows if row.quantity.outcome == "killed"]
    a1, b, a2 = row.cells
    assert a2 is not None and a2.text == "12 (police) \u2014 changed from 11 in an earlier version"
    assert b is not None and b.text == "12"
    assert a1 is not None and a1.earlier and not a1.clashes
    assert a1.text == "11 (police) \u2014 earlier version, not counted: the latest gives 12"
    assert table.disagreeing == 0


def test_the_list_view_lists_earlier_figures_last_and_marked(tmp_path: Path) -> None:
    table = compute_table(corrected(tmp_path))
    entries = [e for e in table.entries() if table.rows[e.row].quantity.outcome == "killed"]
    assert [(e.mention.document, e.earlier) for e in entries] == [
        ("b", False), ("a2", False), ("a1", True)]
    assert entries[1].figure == "12 \u2014 changed from 11 in an earlier version"
    assert entries[2].figure == "11 \u2014 earlier version, not counted: the latest gives 12"


def test_json_table_and_csv_say_which_figures_are_earlier(tmp_path: Path) -> None:
    articles = corrected(tmp_path)
    quantities = find_figures(articles)
    data = json.loads(figures_json_text(articles, quantities))
    assert [d["latest_version"] for d in data["documents"]] == ["a2", None, None]
    [row] = [q for q in data["quantities"] if q["name"] == "people killed"]
    assert row["disagree"] is False
    assert [(m["document"], m["changed_from"]) for m in row["mentions"]] == [
        ("b", []), ("a2", ["11"])]
    assert [(e["document"], e["value"], e["latest"], e["changed"]) for e in row["earlier"]] == [
        ("a1", {"exact": 11}, "a2", True)]

    text = format_figures_table(articles, quantities)
    assert "DISAGREE" not in text
    assert "changed from 11 in an earlier version" in text
    assert any(line.lstrip().startswith(EARLIER_FLAG) and "not counted" in line
               for line in text.splitlines())

    lines = list(csv.DictReader(io.StringIO(figures_csv(compute_table(articles)).lstrip("\ufeff"))))
    killed_lines = [line for line in lines if line["quantity"] == "people killed"]
    assert [(line["article"], line["earlier_version"], line["changed_from"], line["disagree"])
            for line in killed_lines] == [("b", "no", "", "no"), ("a2", "no", "11", "no"),
                                          ("a1", "yes", "", "no")]


def test_a_figure_only_an_earlier_version_gave_is_said_dropped(tmp_path: Path) -> None:
    first = Article("a1", "Police arrested 12 protesters.", "A", path=tmp_path / "a.txt")
    later = Article("a2", "Police made arrests.", "A", path=first.path)
    [row] = find_figures([first, later])
    assert row.mentions == () and not row.disagree
    cell = compute_table([first, later]).rows[0].cells[0]
    assert cell is not None and cell.text.endswith("not counted: the latest gives none")
