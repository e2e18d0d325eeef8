"""Text panes: plain text, highlights at the right offsets (UTF-16 shift), hover, click, the
annotation API."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QLabel

from tests.viewfixtures import (
    TWEET,
    by_prefix,
    emoji_variant,
    ground_truth_result,
    sample_articles,
    shifted_result,
)
from tests.widgetkit import background_at, char_point, make_window
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.palette import LIGHT
from widgets.article_text_view import plain_tooltip


def test_html_looking_article_is_shown_literally(qtbot) -> None:
    hostile = Article("h", "<b>Bold</b> &amp; <script>alert(1)</script>\n<i>end</i>",
                      "<h1>Title</h1> & co", source="<a href='x'>Outlet</a>")
    plain = Article("p", "Nothing to see", "Plain")
    window = make_window(qtbot, [hostile, plain])
    pane = window.pane_for("h")
    assert pane is not None
    assert pane.editor.toPlainText() == hostile.text
    assert pane.title_label.full_text() == "<h1>Title</h1> & co"
    for label in pane.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;h1&gt;" in pane.title_label.toolTip()
    assert "<a href" in pane.meta_label.full_text()


def test_tweet_is_highlighted_at_ground_truth_offsets_in_000_002_003(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    docs = by_prefix(articles)
    colour = LIGHT.passage(window.workspace.colours["p1"]).background
    for key, (start, end) in TWEET.items():
        pane = window.pane_for(docs[key].id)
        assert pane is not None, key
        for offset in (start, (start + end) // 2, end - 1):
            assert background_at(pane, offset) == colour, (key, offset)
        assert background_at(pane, start - 1) != colour
        assert background_at(pane, end) != colour


def test_real_engine_highlights_the_tweet_in_all_three_articles(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, find_shared_passages(articles))
    docs = by_prefix(articles)
    colours = set()
    for key, (start, end) in TWEET.items():
        pane = window.pane_for(docs[key].id)
        assert pane is not None
        middle = background_at(pane, (start + end) // 2)
        assert background_at(pane, start) == middle is not None
        colours.add(middle)
    assert len(colours) == 1


def test_emoji_before_the_passage_shifts_qt_positions_not_highlights(qtbot) -> None:
    articles = sample_articles()
    docs = by_prefix(articles)
    prefix = "🚀🇮🇶 breaking 😀\n"
    shifted = emoji_variant(docs["000"], prefix)
    articles = [shifted if a.id == shifted.id else a for a in articles]
    result = shifted_result(ground_truth_result(articles), shifted, len(prefix))
    window = make_window(qtbot, articles, result)
    pane = window.pane_for(shifted.id)
    assert pane is not None
    start, end = TWEET["000"][0] + len(prefix), TWEET["000"][1] + len(prefix)
    colour = LIGHT.passage(window.workspace.colours["p1"]).background
    assert background_at(pane, start) == colour
    assert background_at(pane, end - 1) == colour
    assert background_at(pane, end) != colour
    # Qt sees four more UTF-16 units (four astral characters) before the passage.
    q_start = pane.positions.to_utf16(start)
    assert q_start == start - shifted.body_start + 4
    utf16 = pane.editor.toPlainText().encode("utf-16-le")
    assert utf16[2 * q_start:2 * (q_start + 12)].decode("utf-16-le") == "All is well!"
    # Without the conversion the highlight would start four units early, inside the header.
    assert utf16[2 * (q_start - 4):2 * (q_start + 8)].decode("utf-16-le") != "All is well!"


def test_differences_are_underlined_on_top_of_the_tint(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    zero = by_prefix(articles)["000"]
    pane = window.pane_for(zero.id)
    assert pane is not None
    struck = zero.text.index("struck")
    fmt = pane.char_format_at(struck)
    assert fmt.underlineStyle() == fmt.UnderlineStyle.SingleUnderline
    assert not pane.char_format_at(struck - 2).fontUnderline()


def test_hover_names_the_other_articles_as_plain_text(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles), width=2200)
    docs = by_prefix(articles)
    pane = window.pane_for(docs["003"].id)
    assert pane is not None
    text = pane.tooltip_at(char_point(pane, TWEET["003"][0] + 5))
    assert docs["000"].title[:30] in text and docs["002"].title[:20] in text
    assert docs["003"].title[:30] not in text
    assert pane.tooltip_at(char_point(pane, TWEET["003"][0] - 40)) == ""
    assert plain_tooltip("<b>x</b>") == "<p>&lt;b&gt;x&lt;/b&gt;</p>"


def test_clicking_a_passage_selects_it_everywhere_and_panes_scroll_to_it(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles), width=2200)
    docs = by_prefix(articles)
    pane = window.pane_for(docs["003"].id)
    assert pane is not None
    with qtbot.waitSignal(pane.passage_clicked) as clicked:
        qtbot.mouseClick(pane.editor.viewport(), Qt.MouseButton.LeftButton,
                         pos=char_point(pane, TWEET["003"][0] + 3))
    assert clicked.args == ["p1"]
    assert window.workspace.selected == "p1"
    selected = LIGHT.passage(window.workspace.colours["p1"]).selected
    for key, (start, _end) in TWEET.items():
        other = window.pane_for(docs[key].id)
        assert other is not None
        assert other.is_visible_range(start, start + 1), key
        assert background_at(other, start) == selected
    # The passage list follows.
    rows = window.passage_list.view.selectionModel().selectedRows()
    assert [r.data(Qt.ItemDataRole.UserRole + 1) for r in rows] == ["p1"]


def test_clicking_plain_text_keeps_the_selection(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    window.workspace.select_passage("p4")
    pane = window.pane_for(by_prefix(articles)["003"].id)
    assert pane is not None
    qtbot.mouseClick(pane.editor.viewport(), Qt.MouseButton.LeftButton,
                     pos=char_point(pane, TWEET["003"][0] - 30))
    assert window.workspace.selected == "p4"


def test_annotation_api_of_panes(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    zero = by_prefix(articles)["000"]
    pane = window.pane_for(zero.id)
    assert pane is not None and pane.article_id == zero.id
    assert pane.selected_range() is None
    window.reveal_range(zero.id, 200, 230)
    assert pane.selected_range() == (200, 230)
    assert pane.is_visible_range(200, 230)
    pane.set_annotation_ranges([(300, 320)])
    # A wavy line below (a dotted one was too faint to see on a passage's colour), and no
    # line above (read as the underline of the line before).
    wave = QTextCharFormat.UnderlineStyle.WaveUnderline
    assert pane.char_format_at(305).underlineStyle() == wave
    assert not pane.char_format_at(305).fontOverline()
    assert pane.char_format_at(299).underlineStyle() != wave
    pane.set_annotation_ranges([])
    assert pane.char_format_at(305).underlineStyle() != wave
    # Only the correction actions until the annotation GUI adds its own.
    assert pane.context_menu_actions == window.project_gui.corrections.actions
    assert window.file_menu.title() and window.edit_menu.title() and window.view_menu.title()
    assert window.text_panes() == [window.pane_for(i) for i in window.workspace.shown]


def test_reveal_range_brings_a_hidden_article_into_a_pane(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    hidden = next(a for a in articles if a.id not in window.workspace.shown) \
        if len(window.workspace.shown) < len(articles) else None
    if hidden is None:
        window.workspace.set_shown(window.workspace.shown[:2])
        hidden = next(a for a in articles if a.id not in window.workspace.shown)
    window.reveal_range(hidden.id, hidden.body_start + 10, hidden.body_start + 20)
    pane = window.pane_for(hidden.id)
    assert pane is not None
    assert pane.selected_range() == (hidden.body_start + 10, hidden.body_start + 20)


@pytest.mark.parametrize("dark", [False, True])
def test_theme_colours_apply(qtbot, dark: bool) -> None:
    from viewer.palette import theme_for

    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    theme = theme_for(dark)
    pane = window.pane_for(by_prefix(articles)["000"].id)
    assert pane is not None
    pane.set_theme(theme)
    assert background_at(pane, TWEET["000"][0]) == theme.passage(
        window.workspace.colours["p1"]).background
    assert isinstance(char_point(pane, TWEET["000"][0]), QPoint)


def test_scrolling_to_a_passage_starts_the_view_at_a_whole_line(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles))
    two = by_prefix(articles)["002"]
    pane = window.pane_for(two.id)
    assert pane is not None
    target = two.text.index("Hoffman said around")
    pane.scroll_to(target)
    bar = pane.editor.verticalScrollBar()
    if bar.value() == bar.maximum():
        return  # the end of the text: nothing to snap
    first = pane.editor.cursorForPosition(pane.editor.viewport().rect().topLeft()).position()
    assert pane.editor.line_box(first)[0] == bar.value()


def test_paragraphs_one_line_break_apart_get_space_between_them(qtbot) -> None:
    """tester17: a web page's paragraphs, one line break apart (as trafilatura and `parallax
    fetch` write them), ran together as one wall of lines; paragraphs a blank line apart keep
    the blank line only."""
    page = Article("page", "Palace responds\nThe palace issued a statement.\n"
                   "It said talks were at an early stage.\nMore to follow.", "Palace responds")
    spaced = Article("spaced", "Palace responds\n\nThe palace issued a statement.\n\n"
                     "It said talks were at an early stage.", "Palace responds")
    window = make_window(qtbot, [page, spaced])
    page_pane, spaced_pane = window.pane_for("page"), window.pane_for("spaced")
    assert page_pane is not None and spaced_pane is not None
    line = page_pane.editor.fontMetrics().lineSpacing()
    page_margins = [block.blockFormat().bottomMargin()
                    for block in _blocks(page_pane.editor.document())]
    assert len(page_margins) == 4 and min(page_margins) >= 0.5 * line
    assert all(block.blockFormat().bottomMargin() == 0
               for block in _blocks(spaced_pane.editor.document()))
    assert page_pane.editor.toPlainText() == page.text  # offsets untouched


def _blocks(document):
    block = document.firstBlock()
    while block.isValid():
        yield block
        block = block.next()


def test_showing_a_seventh_article_says_which_one_gave_way(qtbot) -> None:
    """A newcomer's report: choosing a figure of an article not in the panes replaced the last
    ticked one without a word; the status bar now says which one was unticked."""
    from viewer.corpus import Article
    from viewer.passages import AlignmentResult

    articles = [*sample_articles(), *(Article(id=f"extra{i}", text=f"Extra article {i}.\n\n"
                                              "Nothing shared here at all.", title=f"Extra {i}")
                                      for i in range(2))]
    window = make_window(qtbot, articles, AlignmentResult(tuple(a.id for a in articles), ()),
                         width=2400)
    window.workspace.set_shown([a.id for a in articles[:6]])
    last = window.workspace.title_of(articles[5].id)
    window.reveal_range("extra1", 0, 5)
    assert "extra1" in window.workspace.shown and articles[5].id not in window.workspace.shown
    note = window.statusBar().currentMessage()
    assert "unticked" in note and last in note and "Extra 1" in note


def test_showing_a_ticked_article_out_of_view_says_which_one_moved_out(qtbot) -> None:
    articles = sample_articles()
    window = make_window(qtbot, articles, ground_truth_result(articles), width=900)
    window.workspace.set_shown([a.id for a in articles])
    qtbot.waitUntil(lambda: len(window.pane_row.visible_panes()) < len(articles))
    hidden = next(p for p in window.text_panes() if p.isHidden()).article_id
    in_view = [p.article_id for p in window.pane_row.visible_panes()]
    window.reveal_range(hidden, 0, 5)
    assert window.pane_for(hidden) in window.pane_row.visible_panes()
    note = window.statusBar().currentMessage()
    gone = [i for i in in_view if window.pane_for(i) not in window.pane_row.visible_panes()]
    assert gone and "still ticked" in note
    assert all(window.workspace.title_of(i)[:20] in note for i in gone)


def test_a_tagged_word_that_differs_keeps_the_tag_s_wavy_line(qtbot) -> None:
    """The tag's line above was its only mark on a differing word; that line is gone, so the
    wavy line is drawn there too (the word's darker colour still says it differs)."""
    from viewer.highlights import SegmentStyle
    from viewer.palette import theme_for
    from widgets.segment_formats import segment_format

    theme = theme_for(False)
    tagged = segment_format(theme, SegmentStyle("p", 0, difference=True, annotation=True))
    plain = segment_format(theme, SegmentStyle("p", 0, difference=True))
    assert tagged.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert plain.underlineStyle() == QTextCharFormat.UnderlineStyle.SingleUnderline
    assert tagged.background() == plain.background()
