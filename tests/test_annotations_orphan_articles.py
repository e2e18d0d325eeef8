"""An annotation orphaned in the article its address or file name names is listed under that
article, and its reason says where else its quote is word for word (tester60 #11: the dock and
the CSV gave "(unknown article)" for notes whose article the summary had named). No Qt."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from viewer.annotations.anchoring import anchor_all
from viewer.annotations.csv_export import to_csv
from viewer.annotations.listing import UNKNOWN_ARTICLE, row_texts
from viewer.annotations.model import AnchorStatus
from viewer.annotations.w3c import collection_from_json
from viewer.loading import load_paths


def _articles(tmp_path: Path):  # type: ignore[no-untyped-def]
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "02_sputniknews_jp.txt").write_text(
        "通信障害について\n\n総務省は原因の報告を求めた。詳細は明らかにされていない。\n",
        encoding="utf-8")
    (folder / "06_soumu_go_jp.txt").write_text(
        "大臣会見\n\n今回の事故は「重大な事故」に該当すると判断した。再発防止を求める。\n",
        encoding="utf-8")
    return list(load_paths([folder]).articles)


def test_an_orphan_in_the_article_its_file_names_is_listed_there(tmp_path: Path) -> None:
    articles = _articles(tmp_path)
    item = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
            "id": "urn:uuid:11111111-0000-4000-8000-000000000011",
            "body": {"type": "TextualBody", "value": "該当?", "purpose": "commenting"},
            "target": {"source": "file:///elsewhere/02_sputniknews_jp.txt",
                       "selector": {"type": "TextQuoteSelector", "exact": "「重大な事故」に該当"}}}
    [orphan] = anchor_all(collection_from_json([item]).annotations, articles)
    assert orphan.status is AnchorStatus.ORPHANED
    assert orphan.article_id == "02_sputniknews_jp"
    assert row_texts(orphan)[0] != UNKNOWN_ARTICLE
    assert "(found by its file name)" in (orphan.anchor_note or "")
    assert "its quote is word for word in \u201c大臣会見\u201d" in (orphan.anchor_note or "")
    [row] = csv.DictReader(io.StringIO(to_csv([orphan], articles)))
    assert row["article"] == "02_sputniknews_jp"


def test_an_orphan_whose_quote_is_nowhere_says_nothing_more(tmp_path: Path) -> None:
    articles = _articles(tmp_path)
    item = {"type": "Annotation", "id": "urn:uuid:11111111-0000-4000-8000-000000000012",
            "body": {"type": "TextualBody", "value": "?", "purpose": "commenting"},
            "target": {"source": "file:///elsewhere/02_sputniknews_jp.txt",
                       "selector": {"type": "TextQuoteSelector", "exact": "どこにもない言葉"}}}
    [orphan] = anchor_all(collection_from_json([item]).annotations, articles)
    assert orphan.article_id == "02_sputniknews_jp"
    assert "word for word" not in (orphan.anchor_note or "")
