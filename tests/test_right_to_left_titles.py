"""Titles that read from right to left (Arabic, Hebrew) in the lists and the timeline: laid out
from the right, elided at their end (a tester saw "…" beside an Arabic title's first word and
its end cut with no mark)."""

from __future__ import annotations

from viewer.corpus import Article
from viewer.display_text import isolated_lines, right_to_left

ARABIC_TITLE = ("ارتفعت حصيلة ضحايا الهجوم الإرهابي الذي استهدف، الأحد، كنيسة بحي الدويلعة "
                "في العاصمة السورية دمشق إلى 22 قتيلا")


def test_a_title_reads_from_right_to_left_by_its_first_strong_letter() -> None:
    assert right_to_left(ARABIC_TITLE)
    assert right_to_left("שלום עולם")
    assert right_to_left("«22» قتيلا")  # (digits and marks first: the first letter decides)
    assert not right_to_left("Damascus: 22 قتيلا")
    assert not right_to_left("Trump tweets")
    assert not right_to_left("2024 — 15")


def test_each_line_of_a_label_is_isolated_in_its_own_direction() -> None:
    """An outlet's name over its publication time: the time stays left to right under an
    Arabic name (one paragraph, its digits were read as Arabic numbers), a line with no letter
    too; an empty line gets no marks."""
    lri, rli, pdi = "\u2066", "\u2067", "\u2069"
    assert isolated_lines("الجزيرة\n2024-07-31 06:00 UTC") == \
        f"{rli}الجزيرة{pdi}\n{lri}2024-07-31 06:00 UTC{pdi}"
    assert isolated_lines("U.S. News\n\n07:15") == f"{lri}U.S. News{pdi}\n\n{lri}07:15{pdi}"
    assert isolated_lines("«22» قتيلا") == f"{rli}«22» قتيلا{pdi}"


def test_the_lists_draw_an_arabic_title_from_the_right(qtbot) -> None:
    """The article list's and the passage list's cells are drawn by the delegate that lays a
    right-to-left title out from the right; painting a row of each kind works."""
    from tests.widgetkit import make_window
    from widgets.table_model import BidiDelegate

    articles = [Article("a", "زاكروس - أربيل\n\nنص المقال الأول.", "زاكروس - أربيل"),
                Article("b", "Trump tweets\n\nAll is well.", "Trump tweets")]
    window = make_window(qtbot, articles)
    for view in (window.article_list, window.passage_list.view):
        assert isinstance(view.itemDelegate(), BidiDelegate)
    # (a short title: laid out from the right, its ink is in the right half of its cell)
    view = window.article_list
    image = view.viewport().grab().toImage()
    model = view.model()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        rect = view.visualRect(index)
        inked = [x for x in range(rect.left(), rect.right())
                 for y in range(rect.top() + 2, rect.bottom() - 2, 2)
                 if image.pixelColor(x, y).lightness() < 100]
        title = str(model.data(index))
        # (the check box at the left inks both; the text's ink decides)
        text_ink = [x for x in inked if x > rect.left() + 30]
        assert text_ink, title
        middle = (rect.left() + rect.right()) / 2
        if right_to_left(title):
            assert max(text_ink) > middle, title
        else:
            assert min(text_ink) < middle, title
