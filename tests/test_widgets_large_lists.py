"""The article and passage lists on large corpora: a reset costs the rows on screen, not the
corpus (a tree view asked every row for its flags and children at each reset: 0.4 s on the GUI
thread for 20,000 articles). Counted calls, never timings."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from viewer.corpus import Article
from viewer.palette import LIGHT
from viewer.passages import AlignmentResult, Occurrence, Passage
from viewer.workspace import Workspace
from widgets.article_list import ArticleList, ArticleListModel
from widgets.passage_list import ArticleChoices, PassageList, PassageListModel

ROWS = 3_000
ON_SCREEN = 100
"""Far more rows than fit in the list's height: a bound that only a per-row pass breaks."""


def _articles() -> list[Article]:
    return [Article(f"a{i:05d}", f"Title {i}\n\nsome shared words {i}", f"Title {i}")
            for i in range(ROWS)]


def _result(articles: list[Article]) -> AlignmentResult:
    ids = tuple(a.id for a in articles)
    passages = tuple(Passage(f"p{i}", (Occurrence(ids[i], 0, 5, "Title"),
                                       Occurrence(ids[i + 1], 0, 5, "Title")))
                     for i in range(ROWS - 1))
    return AlignmentResult(ids, passages, coverage=dict.fromkeys(ids, 0.5))


def _counting(monkeypatch: pytest.MonkeyPatch, model: type, name: str) -> list[int]:
    calls: list[int] = []
    original = getattr(model, name)

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(model, name, counted)
    return calls


def test_the_article_list_asks_only_the_rows_it_shows(qtbot, monkeypatch) -> None:
    # Counted from the start: the bindings may keep the Python method a view first called.
    flags = _counting(monkeypatch, ArticleListModel, "flags")
    data = _counting(monkeypatch, ArticleListModel, "data")
    articles = _articles()
    workspace = Workspace(articles)
    view = ArticleList(workspace)
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    assert isinstance(view, QTableView)
    flags.clear()
    data.clear()
    with qtbot.waitSignal(view.source_model.modelReset):
        workspace.accept_result(workspace.generation, _result(articles))
    view.grab()
    assert view.source_model.rowCount() == ROWS
    assert len(flags) < ON_SCREEN * 5
    assert 0 < len(data) < ON_SCREEN * 5 * 12


def test_the_passage_list_asks_only_the_rows_it_shows(qtbot, monkeypatch) -> None:
    flags = _counting(monkeypatch, PassageListModel, "flags")
    data = _counting(monkeypatch, PassageListModel, "data")
    articles = _articles()
    workspace = Workspace(articles)
    view = PassageList(workspace, LIGHT)
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)
    flags.clear()
    data.clear()
    with qtbot.waitSignal(view.model.modelReset):
        workspace.accept_result(workspace.generation, _result(articles))
    view.grab()
    assert view.model.rowCount() == ROWS - 1
    assert len(flags) < ON_SCREEN * 3
    assert 0 < len(data) < ON_SCREEN * 3 * 12


def test_the_article_filter_is_a_model_over_the_corpus_that_keeps_the_choice(
        qtbot, monkeypatch) -> None:
    data = _counting(monkeypatch, ArticleChoices, "data")
    articles = _articles()
    workspace = Workspace(articles)
    view = PassageList(workspace, LIGHT)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    combo = view.article_filter
    assert combo.count() == ROWS + 1
    assert combo.itemData(0) is None and combo.itemText(0) == PassageList.ALL_ARTICLES
    assert combo.itemData(5) == articles[4].id and combo.itemText(5) == "Title 4"
    combo.setCurrentIndex(combo.findData(articles[7].id))
    assert workspace.passage_filter_article == articles[7].id
    data.clear()
    workspace.add_articles([Article("late", "late text", "Late one")])
    assert combo.count() == ROWS + 2 and combo.itemText(ROWS + 1) == "Late one"
    assert combo.currentData() == articles[7].id  # the choice survives the corpus change
    assert workspace.passage_filter_article == articles[7].id
    assert len(data) < ON_SCREEN  # the entries are not read one by one to refill the box


def test_a_narrow_passage_list_keeps_two_thirds_for_the_passage(qtbot) -> None:
    from tests.viewfixtures import ground_truth_result, sample_articles
    from tests.widgetkit import make_window

    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles), width=1100)
    view = window.passage_list.view
    view.setFixedWidth(380)
    qtbot.waitUntil(lambda: view.viewport().width() < 400)
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= 2 * header.sectionSize(2) - 2)
    assert header.sectionSize(2) < 220
