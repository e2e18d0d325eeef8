"""Annotations another tool wrote, kept in a project, read back as they were read from their
file. No Qt."""

from __future__ import annotations

from pathlib import Path

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.store import load_collection
from viewer.loading import load_sample_corpus
from viewer.projects import Project

DATA = Path(__file__).parent / "data" / "annotations"
ROOT, REPLY = ("https://hypothes.is/a/Rt1c0Ps6EeuGyPvTdT0qlA",
               "https://hypothes.is/a/Rp2c0Ps6EeuGyPvTdT0qlA")


def test_a_hypothesis_reply_keeps_its_thread_s_place_in_a_project(tmp_path: Path) -> None:
    """tester56 #6: the reply was placed with its thread's first annotation in the folder
    window, and covered the whole article once the work was saved as a project (its row was
    read alone, away from the annotation it answers)."""
    articles = load_sample_corpus().articles
    anchored = {a.id: a for a in anchor_all(
        load_collection(DATA / "hypothesis_replies.json").annotations, articles)}
    assert anchored[REPLY].exact == anchored[ROOT].exact == "22 missiles struck two bases"
    with Project.create(tmp_path / "work.parallax") as project:
        project.add_articles(articles)
        project.save_annotations(anchored.values(), [])
    with Project.open(tmp_path / "work.parallax") as project:
        stored, _claims = project.annotations()
        again = {a.id: a for a in anchor_all(stored, project.articles())}
    root, reply = again[ROOT], again[REPLY]
    assert (reply.article_id, reply.start, reply.end, reply.exact) == (
        root.article_id, root.start, root.end, "22 missiles struck two bases")
