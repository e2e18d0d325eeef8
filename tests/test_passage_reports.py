"""The window's reading views' inputs, without Qt: collation and timeline built from a corpus,
the export folder, the title, the screenshot format, the passage filter and the time sort."""

from __future__ import annotations

from pathlib import Path

from tests.viewfixtures import ground_truth_result, sample_articles
from viewer.corpus import Article, Corpus
from viewer.passage_reports import collation_report, export_folder, timeline_of
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.rows import article_rows, filter_passage_rows, passage_rows
from viewer.screenshot import format_problem, screenshot_format
from viewer.window_title import READ_ONLY_MARK, comparison_name, corpus_name, window_title


def _dated(doc: str, text: str, outlet: str, published: str | None) -> Article:
    return Article(doc, text, f"Title of {doc}", source=outlet, published=published)


def _corpus() -> tuple[Corpus, Passage]:
    a = _dated("a", "Missiles struck two bases at night.", "Wire", "2020-01-08T02:10:00Z")
    b = _dated("b", "Rockets struck the two bases at night.", "Paper", "2020-01-08T09:00:00+03:00")
    c = _dated("c", "Missiles struck two bases.", "Blog", None)
    passage = Passage("p1", tuple(Occurrence(x.id, 0, len(x.text) - 1, x.text[:-1])
                                  for x in (a, b, c)))
    return Corpus([a, b, c]), passage


def test_collation_report_names_rows_by_outlet_and_time_and_exports() -> None:
    corpus, passage = _corpus()
    report = collation_report(corpus, passage)
    assert [row.document for row in report.collation.rows] == ["a", "b", "c"]
    assert report.label("a") == ("Wire", "2020-01-08 02:10 UTC")
    assert report.label("c") == ("Blog", "")
    statuses = {cell.status for row in report.collation.rows for cell in row.cells}
    assert "different" in statuses or "added" in statuses
    csv_text, page = report.as_csv(), report.as_html()
    assert "Wire" in page and "Paper" in page and "<script" not in page
    assert "Title of b" in csv_text and "Paper" in csv_text
    assert "2020-01-08T02:10:00Z" in csv_text  # a spreadsheet keeps the ISO text
    assert "2020-01-08 02:10 UTC" in page and "T02:10:00Z" not in page


def test_timeline_of_a_corpus_orders_rows_and_marks_the_first() -> None:
    corpus, passage = _corpus()
    timeline = timeline_of(corpus, AlignmentResult(("a", "b", "c"), (passage,)))
    assert [row.document for row in timeline.rows] == ["a", "b", "c"]
    assert timeline.rows[2].span is None  # undated: listed last, not guessed
    (band,) = timeline.bands
    assert band.first_rows == (0,)
    assert [mark.row for mark in band.marks] == [0, 1]


def test_export_folder_is_the_corpus_folder_else_documents_never_app_data(tmp_path: Path
                                                                          ) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    article = folder / "one.txt"
    article.write_text("x", encoding="utf-8")
    documents = tmp_path / "Documents"
    documents.mkdir()
    assert export_folder([article], documents) == folder
    assert export_folder([folder], documents) == folder
    assert export_folder([], documents) == documents
    assert export_folder([tmp_path / "gone" / "x.txt"], None) == Path.home()


def test_title_names_the_corpus_and_leaves_the_app_name_to_qt() -> None:
    assert window_title(corpus_name([], samples=True)) == "sample corpus[*]"
    assert corpus_name([Path("/x/strike")], samples=False) == "strike"
    assert corpus_name([Path("/x/Bondi/articles")], samples=False) == "Bondi/articles"
    assert corpus_name([Path("/x/a.txt"), Path("/x/b.txt")], samples=False) == "a.txt and b.txt"
    assert corpus_name([Path(f"/x/{n}") for n in "abcd"], samples=False) == "a, b and 2 more"
    assert corpus_name([Path("/x/MH1")], samples=True) == "sample corpus and MH1"
    assert "Parallax" not in window_title(corpus_name([], samples=False))


def test_a_read_only_project_s_title_marks_unsaved_work_after_its_name() -> None:
    """A tester missed the "*" after "(read-only: Save project as… to keep changes)"; and an
    export named after the comparison is not named after that note."""
    title = window_title("week", read_only=True)
    assert title == f"week[*] {READ_ONLY_MARK}"
    assert comparison_name(title) == "week" == comparison_name(window_title("week"))


def test_screenshot_format_follows_the_extension() -> None:
    assert screenshot_format(Path("x.jpg")) == "JPEG"
    assert screenshot_format(Path("x.JPEG")) == "JPEG"
    assert screenshot_format(Path("x.png")) == "PNG"
    assert screenshot_format(Path("x.bmp")) == "BMP"
    assert screenshot_format(Path("x.gif")) is None
    assert screenshot_format(Path("x")) is None
    assert "\n" not in format_problem(Path("x.gif"))


def test_passage_filter_matches_passage_text_not_the_article_titles() -> None:
    articles = sample_articles()
    corpus = Corpus(articles)
    rows = passage_rows(corpus, ground_truth_result(articles))
    title_word = next(w for w in rows[0].articles_text.split()
                      if len(w) > 4 and all(w.casefold() not in r.snippet.casefold()
                                            for r in rows))
    assert filter_passage_rows(rows, title_word) == []
    snippet_word = rows[0].snippet.split()[1]
    assert rows[0] in filter_passage_rows(rows, snippet_word)


def test_article_rows_sort_key_is_the_publication_instant() -> None:
    corpus, _ = _corpus()
    keys = {row.article_id: row.published_key for row in article_rows(corpus, None)}
    assert keys["c"] is None
    assert keys["a"] is not None and keys["b"] is not None
    assert keys["a"] < keys["b"]  # 02:10 UTC before 06:00 UTC


def test_a_project_provenance_source_overrides_what_the_files_said() -> None:
    from viewer.provenance import Provenance

    corpus, passage = _corpus()
    corrected = {"c": Provenance(outlet="Corrected Blog", published="2020-01-08T00:30:00Z")}

    def source(article: Article) -> Provenance:
        from viewer.provenance import provenance_of

        return corrected.get(article.id) or provenance_of(article)

    report = collation_report(corpus, passage, source)
    assert report.label("c") == ("Corrected Blog", "2020-01-08 00:30 UTC")
    timeline = timeline_of(corpus, AlignmentResult(("a", "b", "c"), (passage,)), source)
    assert timeline.rows[0].document == "c"  # now dated, and earliest
    assert timeline.bands[0].first_rows == (0,)


def test_passage_filter_searches_the_whole_statement_not_only_its_snippet() -> None:
    """The list shows a statement's first SNIPPET_CHARS characters; a word further in (one the
    panes show highlighted) found nothing (tester15: "Vugije" in 5,000 generated articles)."""
    from viewer.rows import SNIPPET_CHARS

    lead = "Officials said the convoy left the northern depot before dawn on Tuesday. " * 3
    assert len(lead) > SNIPPET_CHARS
    statement = lead + "It reached\nKhaldoun by noon."
    a = Article("a", statement, "A")
    b = Article("b", "Intro. " + statement, "B")
    passage = Passage("p1", (Occurrence("a", 0, len(statement), statement),
                             Occurrence("b", 7, 7 + len(statement), statement)), statement)
    rows = passage_rows(Corpus([a, b]), AlignmentResult(("a", "b"), (passage,)))
    assert "khaldoun" not in rows[0].snippet.casefold()
    assert filter_passage_rows(rows, "KHALDOUN") == rows
    assert filter_passage_rows(rows, "reached khaldoun") == rows
    assert filter_passage_rows(rows, "khaldoun Timbuktu") == []


def test_collation_rows_of_headlines_opening_alike_are_told_apart() -> None:
    """Two outlets' headlines open on the same quotation; cut to the row header's width, with
    "(1 of 3)", both rows read "“Painfully earned justic… (1 of 3)" (tester, session 54, NQ1).
    Names that read the same once cut give way to the articles' ids; others stay as they were."""
    statement = "Painfully earned justice has finally arrived for the family."
    titles = {"01_news_yahoo_com": "“Painfully earned justice has finally arrived”: Nation "
                                   "reacts",
              "02_kvue_com": "“Painfully earned justice,” Ben Crump, the attorney, said",
              "03_axios_com": "Chauvin found guilty on all counts"}
    articles = [Article(doc, f"{statement} Then: {statement} Again: {statement}", title)
                for doc, title in titles.items()]
    passage = Passage("p1", tuple(
        Occurrence(a.id, at, at + len(statement), statement)
        for a in articles for at in (0, len(statement) + 7, 2 * len(statement) + 15)))
    report = collation_report(Corpus(articles), passage)
    labels = report.row_labels(34)
    assert len(labels) == 9
    shorts = [short for short, _when, _full in labels]
    assert len(set(shorts)) == 9
    assert all(len(short) <= 34 for short in shorts)
    assert shorts[0] == "01_news_yahoo_com (1 of 3)"
    assert shorts[3] == "02_kvue_com (1 of 3)"
    assert shorts[6].startswith("Chauvin found guilty") and shorts[6].endswith(" (1 of 3)")
    assert labels[3][2] == titles["02_kvue_com"] + " (1 of 3)"  # the tooltip: in full


def test_the_collation_csv_names_an_article_without_outlet_by_its_file() -> None:
    """tester55 #19: a folder of plain texts gave a collation CSV whose outlet column was
    empty in every row; the panes name such an article by its file, and so does the export."""
    texts = {"01_publico_es": "El Rey renuncia a la herencia de su padre hoy.",
             "02_postdigital_es": "El Rey renuncia a la herencia de su padre, dice."}
    articles = [Article(doc, text, "El Rey", path=Path(f"/news/{doc}.txt"))
                for doc, text in texts.items()]
    passage = Passage("p1", tuple(Occurrence(a.id, 0, 38, a.text[:38]) for a in articles))
    report = collation_report(Corpus(articles), passage)
    outlets = [line.split(",")[1] for line in report.as_csv().splitlines()[2:]]
    assert outlets == ["01_publico_es.txt", "02_postdigital_es.txt"]
