"""Undo steps' annotation values follow re-anchoring (`viewer.annotations.held_anchors`), no Qt."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields, replace

from viewer.annotations.held_anchors import ANCHOR_FIELDS, follow_reanchoring
from viewer.annotations.model import AnchorStatus, Annotation, make_annotation
from viewer.annotations.reanchoring import anchor_in_steps
from viewer.corpus import Article

TEXT = "The council met on Monday. It voted to close the old bridge for repairs next spring."


def tag(article: Article, needle: str, **kwargs: object) -> Annotation:
    start = article.text.index(needle)
    return make_annotation(article, start, start + len(needle), **kwargs)  # type: ignore[arg-type]


def anchor_with(articles: list[Article]):
    calls: list[list[Annotation]] = []

    def anchor(values: Sequence[Annotation]) -> list[Annotation]:
        calls.append(list(values))
        anchored = anchor_in_steps(values, articles)
        assert anchored is not None
        return anchored

    return anchor, calls


def test_a_held_value_takes_the_sets_new_anchor_and_keeps_its_own_tags():
    before_article = Article(id="a", text=TEXT, title="a")
    moved_article = Article(id="a", text="Late news. " + TEXT, title="a")
    in_set = tag(before_article, "close the old bridge", tags=("after edit",))
    held_before_edit = replace(in_set, tags=("before edit",), note="")
    after = anchor_in_steps([in_set], [moved_article])
    assert after is not None and after[0].start == in_set.start + len("Late news. ")
    anchor, calls = anchor_with([moved_article])
    (followed,) = follow_reanchoring([held_before_edit], [in_set], after, anchor)
    assert (followed.start, followed.end, followed.status) == (
        after[0].start, after[0].end, after[0].status)
    assert followed.tags == ("before edit",) and calls == []  # the set's move, not a search
    # Undo then redo puts back exactly what the set held.
    (same,) = follow_reanchoring([in_set], [in_set], after, anchor)
    assert same == after[0]


def test_a_deleted_annotation_is_orphaned_when_its_article_goes():
    article = Article(id="a", text=TEXT, title="a")
    other = Article(id="b", text="Nothing about bridges here at all.", title="b")
    deleted = tag(article, "old bridge")
    anchor, calls = anchor_with([other])
    (followed,) = follow_reanchoring([deleted], [], [], anchor)
    assert followed.status is AnchorStatus.ORPHANED and calls == [[deleted]]
    assert (followed.start, followed.end, followed.exact) == (deleted.start, deleted.end,
                                                            deleted.exact)


def test_a_value_anchored_otherwise_than_the_set_is_reanchored_itself():
    """An import's update may bring another quote: the old value must not take the new
    value's position (it would mark the wrong words)."""
    old_text = Article(id="a", text=TEXT, title="a")
    new_text = Article(id="a", text="Breaking: " + TEXT, title="a")
    old = tag(old_text, "council met")
    new = replace(tag(old_text, "old bridge"), id=old.id)
    after = anchor_in_steps([new], [new_text])
    assert after is not None
    anchor, calls = anchor_with([new_text])
    followed_old, followed_new = follow_reanchoring([old, new], [new], after, anchor)
    assert followed_new == after[0]
    assert calls == [[old]]
    assert new_text.text[followed_old.start:followed_old.end] == "council met"


def test_reanchoring_changes_only_the_anchor_fields():
    """`follow_reanchoring` copies ANCHOR_FIELDS: a field re-anchoring changed outside them
    would be lost from the held values."""
    article = Article(id="a", text=TEXT, title="a")
    made = [tag(article, "council met", tags=("x",), note="n", claim="c"),
            tag(article, "old bridge", tags=("y",)),
            tag(article, "next spring")]
    changed = Article(id="a", text="Update. " + TEXT.replace("old bridge", "old brigde")
                      .replace("next spring", "in the autumn"), title="a")
    after = anchor_in_steps(made, [changed])
    assert after is not None
    assert {a.status for a in after} == {AnchorStatus.MOVED, AnchorStatus.FUZZY,
                                         AnchorStatus.ORPHANED}
    for old, new in zip(made, after, strict=True):
        outside = [f.name for f in fields(Annotation) if f.name not in ANCHOR_FIELDS
                   and getattr(old, f.name) != getattr(new, f.name)]
        assert outside == []
