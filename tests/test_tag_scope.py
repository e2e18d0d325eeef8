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
