"""Titles, quotes and file names of another direction put inside the window's English lines are
isolated (FSI/PDI) and cut at a word (tester60 #9, #10: in the Tag claim dialog the quotation
marks around an Arabic quote faced the wrong way and the file name "10_okaz_com_sa.txt" was split
around the title; the import summary cut an Arabic title inside a word, "ا…", with the ellipsis
at its start). The builders are Qt-free; a terminal gets the lines without the marks. No Qt."""

from __future__ import annotations

import json
from pathlib import Path

from viewer.annotations.importing import plan_import
from viewer.annotations.w3c import collection_from_json
from viewer.bidi_text import FIRST_STRONG_ISOLATE as FSI
from viewer.bidi_text import POP_DIRECTIONAL_ISOLATE as PDI
from viewer.bidi_text import embedded, for_terminal
from viewer.cli import main
from viewer.corpus import Article
from viewer.loading import load_paths
from viewer.tag_scope import TagScope
from viewer.wording import quoted

TITLE = "أعلنت وزارة الداخلية القطرية أن دوي الانفجارات الذي سمع في أنحاء متفرقة من مدينة الدوحة"
QUOTE = "أدانت وزارة الخارجية القطرية بشدّة الهجوم الإسرائيلي الذي استهدف مقرات سكنية"


def test_the_tag_dialog_header_isolates_an_arabic_title_and_keeps_the_file_name_whole() -> None:
    article = Article("10_okaz_com_sa", f"{TITLE}\n\nنص المقال.", TITLE,
                      path=Path("/news/10_okaz_com_sa.txt"))
    line = TagScope.on(article).article
    assert line.startswith(f"\u201c{FSI}") and f"{PDI}\u201d \u00b7 " in line
    assert line.endswith("10_okaz_com_sa.txt")  # (after the isolate: read left to right)
    header = TagScope.quote_line(QUOTE)
    assert header == f"\u201c{FSI}{QUOTE}{PDI}\u201d"
    plain = Article("a", "Text.", "Strike on two bases", path=Path("/n/a.txt"))
    english = TagScope.on(plain).article
    assert FSI not in english  # (left-to-right text needs no isolate)


def test_a_quote_is_cut_at_a_word_with_the_ellipsis_inside_the_isolate() -> None:
    cut = quoted(QUOTE, 30)
    inner = cut[2:-2]
    assert cut[:2] == f"\u201c{FSI}" and cut[-2:] == f"{PDI}\u201d"
    assert inner.endswith("\u2026")
    words = inner[:-1].split()
    assert all(word in QUOTE.split() for word in words)  # (no word cut in two)
    assert quoted("Strike on two bases at dawn", 12) == "\u201cStrike on\u2026\u201d"


def test_the_import_summary_isolates_the_title_its_orphan_was_found_by(tmp_path: Path,
                                                                        capsys) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "01_lebanondebate_com.txt").write_text(f"{QUOTE}\n\nنص المقال هنا.\n",
                                                     encoding="utf-8")
    articles = list(load_paths([folder]).articles)
    item = {"type": "Annotation", "id": "urn:uuid:22222222-0000-4000-8000-000000000022",
            "body": {"type": "TextualBody", "value": "?", "purpose": "commenting"},
            "target": {"source": "file:///elsewhere/01_lebanondebate_com.txt",
                       "selector": {"type": "TextQuoteSelector", "exact": "كلمات غير موجودة"}}}
    result = plan_import([], [], collection_from_json([item]), articles, file_name="x.json")
    [orphan_line] = [line for line in result.summary_lines() if "orphaned (1)" in line]
    assert f"\u201c{FSI}" in orphan_line and f"{PDI}\u201d (found by its file name)" in orphan_line
    assert "\u2026" not in orphan_line or f"\u2026{PDI}" in orphan_line
    # A terminal is given the same line without the marks, not as escapes.
    annotations = tmp_path / "notes.json"
    annotations.write_text(json.dumps([item], ensure_ascii=False), encoding="utf-8")
    assert main(["annotations", "import", str(annotations), "--corpus", str(folder),
                 "--into", str(tmp_path / "into.jsonld")]) == 0
    out = capsys.readouterr().out
    assert "found by its file name" in out and FSI not in out and "\\u2068" not in out
    assert for_terminal(embedded(QUOTE)) == QUOTE
