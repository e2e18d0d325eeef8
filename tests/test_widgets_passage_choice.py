"""Choosing a passage in the list shows it (pytest-qt): when no pane in view carries it, the
articles that do replace the panes; when one does, another carrier joins it side by side, linked;
when two do, the panes stay as the user set them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.viewfixtures import by_prefix, sample_articles
from tests.widgetkit import make_window
from viewer.corpus import Article
from viewer.passages import Passage
from widgets.main_window import MainWindow
from widgets.passage_list import ID_ROLE


def aligned_window(qtbot) -> MainWindow:
    window = make_window(qtbot, sample_articles())
    with qtbot.waitSignal(window.idle, timeout=20000):
        window.start_alignment()
    assert window.workspace.result is not None
    return window


def click_row(qtbot, window: MainWindow, passage_id: str) -> None:
    view = window.passage_list.view
    model = view.model()
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(ID_ROLE) == passage_id)
    rect = view.visualRect(model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def visible_ids(window: MainWindow) -> list[str]:
    return [pane.article_id for pane in window.pane_row.visible_panes()]


def window_showing(qtbot, *prefixes: str) -> tuple[MainWindow, dict[str, Article]]:
    """An aligned window whose panes show the sample articles of `prefixes`, in that order;
    and the samples by prefix."""
    window = aligned_window(qtbot)
    docs = by_prefix(window.workspace.corpus.articles)
    shown = [docs[prefix].id for prefix in prefixes]
    assert window.workspace.set_shown(shown) is None
    qtbot.waitUntil(lambda: visible_ids(window) == shown)
    return window, docs


def passage_saying(window: MainWindow, words: str) -> Passage:
    """The passage whose consensus holds `words`."""
    assert window.workspace.result is not None
    return next(p for p in window.workspace.result.passages if words in p.consensus)


def test_a_passage_no_pane_carries_brings_its_articles_into_view(qtbot) -> None:
    window, _ = window_showing(qtbot, "000", "001")
    escalation = passage_saying(window, "seek escalation")
    assert not set(escalation.document_ids) & set(visible_ids(window))
    click_row(qtbot, window, escalation.id)
    qtbot.waitUntil(lambda: set(escalation.document_ids) <= set(visible_ids(window)))
    assert window.workspace.selected == escalation.id
    for pane in window.pane_row.visible_panes():
        start = escalation.occurrences_in(pane.article_id)[0].start
        assert pane.is_visible_range(start, start + 1)


def test_clicking_the_selected_row_again_also_brings_it_into_view(qtbot) -> None:
    window = aligned_window(qtbot)
    docs = by_prefix(window.workspace.corpus.articles)
    escalation = passage_saying(window, "seek escalation")
    window.workspace.select_passage(escalation.id)  # selected elsewhere: the panes stay
    shown = [docs["000"].id, docs["001"].id]
    assert window.workspace.set_shown(shown) is None
    qtbot.waitUntil(lambda: visible_ids(window) == shown)
    click_row(qtbot, window, escalation.id)
    qtbot.waitUntil(lambda: set(escalation.document_ids) <= set(visible_ids(window)))


def test_a_passage_two_panes_in_view_carry_leaves_the_panes_alone(qtbot) -> None:
    window, docs = window_showing(qtbot, "000", "002", "001")
    shown = visible_ids(window)
    missiles = passage_saying(window, "22 missiles")
    assert set(missiles.document_ids) == {docs["000"].id, docs["002"].id}
    with qtbot.waitSignal(window.workspace.selection_changed):
        click_row(qtbot, window, missiles.id)
    assert visible_ids(window) == shown


def test_a_passage_one_pane_in_view_carries_gets_a_second_carrier_beside_it(qtbot) -> None:
    """The statement most outlets carry, chosen in the list, was seen in one pane only and
    linked to nothing (bands join adjacent panes): another carrier now stands beside it, and
    the pane it displaces stays ticked."""
    window, docs = window_showing(qtbot, "000", "003", "001")
    escalation = passage_saying(window, "seek escalation")
    assert set(escalation.document_ids) == {docs["003"].id, docs["004"].id}
    click_row(qtbot, window, escalation.id)
    qtbot.waitUntil(lambda: visible_ids(window)[:3] == [docs["000"].id, docs["003"].id,
                                                        docs["004"].id])
    assert docs["001"].id in window.workspace.shown
    links = window.link_maps()[1]
    assert not links.isHidden()
    for article in (docs["003"], docs["004"]):
        pane = window.pane_for(article.id)
        start = escalation.occurrences_in(article.id)[0].start
        qtbot.waitUntil(lambda pane=pane, start=start: pane.is_visible_range(start, start + 1))


def test_the_last_pane_carrying_it_gets_its_partner_on_the_left(qtbot) -> None:
    window, docs = window_showing(qtbot, "000", "001", "003")
    escalation = passage_saying(window, "seek escalation")
    click_row(qtbot, window, escalation.id)
    qtbot.waitUntil(lambda: window.workspace.shown[:3] == (
        docs["000"].id, docs["004"].id, docs["003"].id))
    assert docs["001"].id in window.workspace.shown
