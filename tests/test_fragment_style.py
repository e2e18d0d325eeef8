"""Fragments read differently from copies: the pane draws a fragment's run in italics."""

from __future__ import annotations

from viewer.corpus import Article
from viewer.highlights import DocumentHighlights
from viewer.passages import AlignmentResult, Occurrence, Passage

TEXT = ("Trump wrote: All is well! Missiles launched from Iran at two bases. "
        "Later an aide repeated that “all is well” to reporters.")


def _result() -> tuple[Article, AlignmentResult]:
    article = Article("a", TEXT, "a")
    copy_end = TEXT.index(" Later")
    fragment_start = TEXT.index("all is well")
    passage = Passage("p1", (
        Occurrence("a", TEXT.index("All"), copy_end, TEXT[TEXT.index("All"):copy_end]),
        Occurrence("a", fragment_start, fragment_start + 11, "all is well", kind="fragment"),
    ), "All is well! Missiles launched from Iran at two bases.")
    return article, AlignmentResult(document_ids=("a",), passages=(passage,))


def test_a_fragment_run_is_styled_as_one_and_a_copy_run_is_not() -> None:
    article, result = _result()
    highlights = DocumentHighlights.build(article, result, {"p1": 0})
    styles = {TEXT[s.start:s.end]: s.style.fragment for s in highlights.segments()}
    assert styles["all is well"] is True
    assert not any(flag for text, flag in styles.items() if text.startswith("All is well!"))


def test_the_pane_draws_a_fragment_in_italics(qtbot) -> None:
    from tests.widgetkit import make_window

    article, result = _result()
    window = make_window(qtbot, [article, Article("b", TEXT, "b")], result)
    pane = window.pane_for("a")
    assert pane is not None
    assert pane.char_format_at(TEXT.index("all is well") + 2).fontItalic()
    assert not pane.char_format_at(TEXT.index("Missiles")).fontItalic()


def test_the_tooltip_names_the_kind_under_the_mouse() -> None:
    """A tester hovering "all is well" read only "Shared passage in 5 articles": the italics
    were the one sign it was a quoted fragment, and nothing said what italics meant."""
    from viewer.corpus import Corpus
    from viewer.rows import passage_tooltip

    article, result = _result()
    (passage,) = result.passages
    corpus = Corpus([article])
    fragment = passage_tooltip(corpus, passage, "a", TEXT.index("all is well") + 2)
    copy = passage_tooltip(corpus, passage, "a", TEXT.index("Missiles"))
    assert fragment.startswith("Quoted fragment of a statement")
    assert "in italics" in fragment.splitlines()[0]
    assert copy.splitlines()[0].startswith("Copy of a statement") and "upright" in copy
    assert passage_tooltip(corpus, passage, "a").startswith("Shared passage in")


def test_hovering_a_fragment_in_the_pane_says_it_is_one(qtbot) -> None:
    from tests.widgetkit import char_point, make_window

    article, result = _result()
    window = make_window(qtbot, [article, Article("b", TEXT, "b")], result)
    pane = window.pane_for("a")
    assert pane is not None
    assert pane.tooltip_at(char_point(pane, TEXT.index("all is well") + 2)).startswith(
        "Quoted fragment of a statement")
    assert pane.tooltip_at(char_point(pane, TEXT.index("Missiles") + 2)).startswith(
        "Copy of a statement")


def test_help_explains_the_marks_drawn_as_the_panes_draw_them(qtbot) -> None:
    """Copy and fragment were told apart only by italics, with no legend anywhere."""
    from tests.widgetkit import make_window
    from viewer.legend import LEGEND
    from widgets.segment_formats import segment_format

    article, result = _result()
    window = make_window(qtbot, [article, Article("b", TEXT, "b")], result)
    help_menu = next(a.menu() for a in window.menuBar().actions() if "Help" in a.text())
    entry = next(a for a in help_menu.actions() if "marks mean" in a.text())
    entry.trigger()
    dialog = window.reading_views.legend_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    meanings = [e.meaning for e in LEGEND]
    fragment = next(i for i, m in enumerate(meanings) if m.startswith("a quoted fragment"))
    copy = next(i for i, m in enumerate(meanings) if m.startswith("a copy"))
    differs = next(i for i, m in enumerate(meanings) if "differs" in m)
    assert dialog.sample_format(fragment).fontItalic()
    assert not dialog.sample_format(copy).fontItalic()
    assert dialog.sample_format(differs).fontUnderline()
    pane = window.pane_for("a")
    assert pane is not None  # the same format the pane uses for a fragment's run
    drawn = pane.char_format_at(TEXT.index("all is well") + 2)
    legend = segment_format(window.theme, LEGEND[fragment].style)
    assert drawn.fontItalic() == legend.fontItalic()
    assert drawn.background().color().name() == dialog.sample_format(fragment).background()\
        .color().name()


def test_tag_every_copy_quotes_the_statement_not_its_first_fragment(qtbot) -> None:
    """The Tag every copy dialog quoted "All is well" for the whole tweet: the passage's first
    occurrence happened to be a fragment."""
    from dataclasses import replace

    from tests.widgetkit import make_window
    from widgets.annotation_gui import install_annotations

    article, result = _result()
    (passage,) = result.passages
    fragment_first = replace(passage, occurrences=passage.occurrences[::-1], consensus="")
    result = replace(result, passages=(fragment_first,))
    window = make_window(qtbot, [article, Article("b", TEXT, "b")], result)
    controller = install_annotations(window)
    window.workspace.select_passage("p1")
    quotes: list[str] = []
    controller.editing.ask = lambda quote, _scope, _editing: quotes.append(quote)
    controller.editing.tag_every_copy()
    assert quotes == [passage.occurrences[0].text]  # the copy, the longest
    window.workspace.accept_result(window.workspace.generation, replace(
        result, passages=(replace(fragment_first, consensus="All is well! The statement."),)))
    window.workspace.select_passage("p1")
    controller.editing.tag_every_copy()
    assert quotes[-1] == "All is well! The statement."


ARABIC = ("قال الدفاع المدني في بيان: مجزرة دامية في الكنيسة. "
          "ووصفت الوزارة ما جرى بأنه «مجزرة دامية» في بيانها.")


def _arabic_result() -> tuple[Article, AlignmentResult]:
    article = Article("a", ARABIC, "a")
    copy_start = ARABIC.index("مجزرة")
    copy_end = ARABIC.index(".")
    fragment_start = ARABIC.index("«") + 1
    fragment_end = ARABIC.index("»")
    passage = Passage("p1", (
        Occurrence("a", copy_start, copy_end, ARABIC[copy_start:copy_end]),
        Occurrence("a", fragment_start, fragment_end, ARABIC[fragment_start:fragment_end],
                   kind="fragment"),
    ), ARABIC[copy_start:copy_end])
    return article, AlignmentResult(document_ids=("a",), passages=(passage,))


def test_a_fragment_in_arabic_is_underlined_with_dashes_not_italic(qtbot) -> None:
    """A tester saw an Arabic fragment drawn as boxes: the italic face the pane asked for (DejaVu
    Sans Oblique) has no Arabic letters, and Qt does not fall back to the upright one. Letters
    of scripts without italics are drawn upright, the fragment underlined with dashes; the
    tooltip says so."""
    from PySide6.QtGui import QTextCharFormat

    from tests.widgetkit import make_window
    from viewer.corpus import Corpus
    from viewer.rows import passage_tooltip

    article, result = _arabic_result()
    window = make_window(qtbot, [article, Article("b", ARABIC, "b")], result)
    pane = window.pane_for("a")
    assert pane is not None
    inside = ARABIC.index("«") + 3
    fragment = pane.char_format_at(inside)
    assert not fragment.fontItalic()
    assert fragment.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline
    assert pane.char_format_at(ARABIC.index("مجزرة") + 1).underlineStyle() \
        == QTextCharFormat.UnderlineStyle.NoUnderline
    (passage,) = result.passages
    tooltip = passage_tooltip(Corpus([article]), passage, "a", inside)
    assert "underlined with dashes" in tooltip.splitlines()[0]
    # (a Latin-script fragment keeps its italics: test_the_pane_draws_a_fragment_in_italics)


def test_only_letters_of_scripts_without_italics_count() -> None:
    """A byte-order mark pasted into a Latin text, the Latin extensions and the private use area
    keep their italics; Arabic, Hebrew, Korean, Chinese, Thai and Hindi do not."""
    from viewer.fonts import italics_lack

    assert not any(italics_lack(text) for text in (
        "All is well", "x\ufeffy", "\ua733 Latin Extended-D", "\ue000", "Привет", "Ελλάδα"))
    assert all(italics_lack(text) for text in ("مجزرة", "שלום", "비상", "能登", "สวัสดี", "नमस्ते"))


def test_an_arabic_fragment_cut_by_a_find_hit_is_marked_whole(qtbot) -> None:
    """A Find hit on "22" cuts the fragment «22 قتيلا» in two runs: the digits' run is marked as
    the Arabic one is (upright, dashed), not in italics."""
    from PySide6.QtGui import QTextCharFormat

    from tests.widgetkit import make_window

    text = "قال الدفاع المدني: 22 قتيلا في الكنيسة. ووصفت الوزارة الحصيلة «22 قتيلا» في بيانها."
    article = Article("a", text, "a")
    copy_start, copy_end = text.index("22"), text.index(" في الكنيسة")
    start, end = text.index("«") + 1, text.index("»")
    result = AlignmentResult(document_ids=("a",), passages=(Passage("p1", (
        Occurrence("a", copy_start, copy_end, text[copy_start:copy_end]),
        Occurrence("a", start, end, text[start:end], kind="fragment")),
        text[copy_start:copy_end]),))
    window = make_window(qtbot, [article, Article("b", text, "b")], result)
    window.workspace.find.set_query("22")
    pane = window.pane_for("a")
    assert pane is not None
    qtbot.waitUntil(lambda: pane.char_format_at(start).background()
                    != pane.char_format_at(start + 4).background())
    for offset in (start, start + 4):
        mark = pane.char_format_at(offset)
        assert not mark.fontItalic()
        assert mark.underlineStyle() == QTextCharFormat.UnderlineStyle.DashUnderline


def test_the_tooltip_names_the_file_of_an_article_that_names_no_outlet() -> None:
    """A newcomer read "also in" a list of one title five times over (five outlets' copies of
    one wire story, saved as plain text): each is named by its file where no outlet is known."""
    from pathlib import Path

    from viewer.corpus import Corpus
    from viewer.rows import passage_tooltip

    article, result = _result()
    (passage,) = result.passages
    others = [Article("b", TEXT, "One title", path=Path("/saved/02_baobinhduong.txt")),
              Article("c", TEXT, "One title", path=Path("/saved/03_other.txt"),
                      source="Wire Service")]
    many = Passage(passage.id, passage.occurrences + tuple(
        Occurrence(other.id, o.start, o.end, o.text, kind=o.kind)
        for other in others for o in passage.occurrences), passage.consensus)
    lines = passage_tooltip(Corpus([article, *others]), many, "a").splitlines()
    assert "• One title (02_baobinhduong.txt)" in lines
    assert "• One title (Wire Service)" in lines


def test_a_find_hit_is_told_from_a_passage_of_its_colour() -> None:
    """Tester (session 53): find hits are yellow and orange, and so are two passage colours;
    a hit has a line above that no passage has, and keeps the words' width."""
    from viewer.highlights import SegmentStyle
    from viewer.palette import LIGHT
    from widgets.segment_formats import segment_format

    for colour in range(len(LIGHT)):
        passage = segment_format(LIGHT, SegmentStyle(colour_index=colour))
        assert not passage.fontOverline()
    for hit in (SegmentStyle(find_hit=True), SegmentStyle(colour_index=2, find_current=True)):
        found = segment_format(LIGHT, hit)
        assert found.fontOverline()
        assert found.fontWeight() == segment_format(LIGHT, SegmentStyle()).fontWeight()
