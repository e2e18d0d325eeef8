"""The tag dialog's sentence about what OK will make, without Qt."""

from __future__ import annotations

from viewer.tag_scope import TagScope


def test_the_sentence_counts_annotations_and_distinct_articles() -> None:
    scope = TagScope.of(["a", "b", "b", "c"])
    assert (scope.annotations, scope.articles) == (4, 3)
    assert scope.line() == ("OK adds 4 annotations, one on each copy, in 3 articles "
                            "(one step to undo).")
    assert TagScope.of(["a", "a"]).line().endswith("in 1 article (one step to undo).")


def test_one_annotation_needs_no_sentence() -> None:
    assert TagScope().line() == "" and TagScope.of(["a"]).line() == ""


def test_one_annotation_names_its_article_by_title_and_origin() -> None:
    """The tag dialog says which article the quote is from (a tester's Ctrl+T tagged another
    article than the one searched, and nothing said so)."""
    from pathlib import Path

    from viewer.corpus import Article

    with_outlet = Article("a", "Body", "Biden calls 'systemic racism' a stain", source="AP")
    from_file = Article("b", "Body", "", path=Path("/x/05_newsmax_com.txt"))
    assert TagScope.on(with_outlet).article == "\u201cBiden calls 'systemic racism' a stain\u201d" \
        " \u00b7 AP"
    assert TagScope.on(from_file).article == "\u201cb\u201d \u00b7 05_newsmax_com.txt"
    assert TagScope.on(with_outlet).annotations == 1


def test_a_right_to_left_title_has_a_line_of_its_own_under_in_and_the_file() -> None:
    """Tester 60b: an Arabic title that wrapped in "in “…” · file" left "in" at the right end of
    its first line and the file name after its second: the title now has a line of its own."""
    from pathlib import Path

    from viewer.corpus import Article

    title = "أدانت وزارة الخارجية بشدة الهجوم الذي استهدف مقرات سكنية في المدينة مساء اليوم"
    scope = TagScope.on(Article("a", "Body", title, path=Path("/x/01_site.txt")))
    where, title_line = scope.article_lines()
    assert where == "in 01_site.txt:"
    assert title_line == scope.title and "01_site.txt" not in title_line
    assert title_line.startswith("\u2068\u201c") or title_line.startswith("\u201c")
    assert TagScope().article_lines() == ("", "")
