"""Where every file dialog starts, without Qt: the last folder chosen, else the articles'."""

from __future__ import annotations

from pathlib import Path

from viewer.dialog_folder import folder_of_choice, save_folder, start_folder


def test_the_last_folder_chosen_comes_first_then_the_articles_folder(tmp_path: Path) -> None:
    articles, chosen, documents = (tmp_path / n for n in ("articles", "chosen", "documents"))
    for folder in (articles, chosen, documents):
        folder.mkdir()
    assert start_folder(None, [articles], documents) == articles
    assert start_folder(chosen, [articles], documents) == chosen
    assert start_folder(tmp_path / "gone", [articles / "a.txt"], documents) == articles
    assert start_folder(None, [], documents) == documents


def test_the_folder_remembered_is_a_chosen_file_s_folder_or_a_chosen_folder(
        tmp_path: Path) -> None:
    assert folder_of_choice(tmp_path) == tmp_path
    assert folder_of_choice(tmp_path / "report.html") == tmp_path


def test_a_save_dialog_starts_beside_a_folder_of_articles_not_in_it(tmp_path: Path) -> None:
    """A French-speaking newcomer saved the export where it was offered, in the articles'
    folder: every later opening of it named the report as a file that is not an article."""
    articles = tmp_path / "articles"
    (articles / "inner").mkdir(parents=True)
    (articles / "a.txt").write_text("x", encoding="utf-8")
    assert save_folder(articles, [articles]) == tmp_path
    # (a folder inside is not read with the articles: a reviewer's case, left as chosen)
    assert save_folder(articles / "inner", [articles]) == articles / "inner"
    elsewhere = tmp_path / "reports"
    elsewhere.mkdir()
    assert save_folder(elsewhere, [articles]) == elsewhere
    # (articles opened one by one: their folder is no folder the window reads whole)
    assert save_folder(articles, [articles / "a.txt"]) == articles
