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
