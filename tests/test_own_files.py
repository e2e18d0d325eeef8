"""A report Parallax exported next to the articles is never read back as an article."""

from __future__ import annotations

from pathlib import Path

from viewer.annotations.export import export_bytes
from viewer.annotations.model import make_annotation
from viewer.loading import load_paths


def test_a_report_saved_in_the_article_folder_is_skipped_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Missiles struck two bases in Iraq overnight, officials "
                                    "said, and no casualties were reported.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Oil prices rose four percent in Asian trading after the "
                                    "strikes on the bases.\n", encoding="utf-8")
    articles = load_paths([tmp_path]).articles
    annotation = make_annotation(articles[0], 0, 8)
    report = export_bytes("html", [annotation], [], articles, collection_id="urn:x",
                          title="event")
    (tmp_path / "annotations.html").write_bytes(report)
    # and one exported before reports carried their marker
    (tmp_path / "old.html").write_bytes(report.replace(
        b'<meta name="generator" content="Parallax">', b""))

    loaded = load_paths([tmp_path])
    assert [a.id for a in loaded.articles] == ["a", "b"]
    notes = {Path(p.path).name: p.reason for p in loaded.problems}
    assert set(notes) == {"annotations.html", "old.html"}
    assert all("Parallax report" in reason for reason in notes.values())


def test_a_report_shows_no_metadata_header_around_a_quote(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "---\ntitle: Dam fails\noutlet: Northern Post\npublished: 2024-03-12\n---\n"
        "Two people are confirmed dead after the dam failed overnight.\n", encoding="utf-8")
    (article,) = load_paths([tmp_path]).articles
    start = article.text.index("Two people")
    report = export_bytes("html", [make_annotation(article, start, start + 10)], [],
                          [article], collection_id="urn:x", title="dam").decode("utf-8")
    context = report[report.index('<div class="context">'):]
    context = context[: context.index("</div>")]
    assert "Northern Post" not in context and "outlet" not in context
    assert "<mark>Two people</mark>" in context
