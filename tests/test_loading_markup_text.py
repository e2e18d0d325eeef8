"""A text file holding a web page's markup (a page renamed `.txt`, or saved "as text" with its
tags): it loads as the plain text it is, and one line naming the file says what it looks like --
in the loader's report, on a command's stderr, and among the window's notices."""

from __future__ import annotations

from pathlib import Path

from tests.loading_helpers import BODY, write
from tests.test_reliability_loading import parallax
from tests.test_session import _recorder, _run_until, _session
from tests.viewfixtures import sample_articles
from viewer.loading import load_paths
from viewer.loading.markup_text import HTML_AS_TEXT_NOTE, looks_like_html

PARAGRAPHS = [
    "Iran launched more than a dozen ballistic missiles at two bases in Iraq on Tuesday night, "
    "the Pentagon said, in retaliation for the killing of a general.",
    "The strikes began at about 5:30 p.m. Eastern time and targeted Ain al-Asad and Erbil.",
    "Officials said there were no immediate reports of casualties among American troops.",
    "The Iraqi military said 22 missiles had been fired, none of them causing harm.",
    "President Trump wrote on Twitter that all was well and that he would speak in the morning.",
]
PAGE = ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Strikes</title>"
        "</head>\n<body>\n" + "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "\n</body></html>\n")
PAGE_BODY_ONLY = "\n".join(f"<div class=\"para\"><p>{p}</p></div>" for p in PARAGRAPHS * 2)
"""A page's markup without its head, as a browser's "save as text" of the source keeps it."""


def test_a_page_and_its_markup_without_a_head_look_like_html() -> None:
    assert looks_like_html(PAGE)
    assert looks_like_html("\ufeff  <!-- saved from url=(0014)about:internet -->\n" + PAGE)
    assert looks_like_html(PAGE_BODY_ONLY)
    # (the fault matrix's "HTML-looking .txt": a page's body cut to two elements)
    assert looks_like_html(f"<p>title: Tags</p>\n<div>{PARAGRAPHS[0]}</div>\n")


def test_an_article_mentioning_a_tag_or_a_comparison_is_no_page() -> None:
    article = "\n\n".join(PARAGRAPHS)
    about_html = ("The site's editors wrapped the headline in a <b> tag, and the <p> elements of "
                  "the story were rewritten. " + article)
    assert not looks_like_html(about_html)
    assert not looks_like_html("If a < b > c then the missiles fired were fewer. " + article)
    # (tags an article on web design names in its sentences, however many)
    named = "\n\n".join(f"{p} Its editor chose <em> over <i>, and \u201c<p>\u201d." for p in
                         PARAGRAPHS * 8)
    assert not looks_like_html(named)
    # (emphasis a publishing system exported with the text: inline tags alone)
    assert not looks_like_html("\n\n".join(f"{p} As <i>The Times</i> said, <b>no</b> one."
                                            for p in PARAGRAPHS))
    # (a stray line break a copy kept, in a short text)
    assert not looks_like_html(f"{PARAGRAPHS[0]}<br>{PARAGRAPHS[1]}")
    assert not looks_like_html(article)


def test_a_txt_holding_a_page_loads_as_plain_text_with_one_note_naming_it(tmp_path: Path) -> None:
    page = write(tmp_path, "saved_page.txt", PAGE)
    write(tmp_path, "plain.txt", BODY)
    write(tmp_path, "real_page.html", PAGE)
    report = load_paths([tmp_path])
    assert report.problems == ()
    by_name = {article.path.name: article for article in report.articles if article.path}
    assert set(by_name) == {"plain.txt", "real_page.html", "saved_page.txt"}
    assert by_name["saved_page.txt"].text == PAGE  # read as it is: the tags are its text
    assert "<p>" not in by_name["real_page.html"].text  # (a page named so is still extracted)
    (note,) = report.notes
    assert str(note) == f"{page}: {HTML_AS_TEXT_NOTE}"
    assert "\n" not in str(note)


def test_parallax_align_says_the_note_on_stderr_and_aligns_the_rest(tmp_path: Path) -> None:
    for index, article in enumerate(sample_articles()[:2]):
        write(tmp_path, f"{index}_story.txt", article.text)
    page = write(tmp_path, "page.txt", PAGE)
    done = parallax("align", str(tmp_path))
    assert done.returncode == 0, done.stderr
    said = done.stderr.decode().splitlines()
    assert f"parallax: {page}: {HTML_AS_TEXT_NOTE}" in said


def test_the_window_lists_the_note_among_the_notes_on_the_articles_files(tmp_path: Path) -> None:
    write(tmp_path, "plain.txt", BODY)
    page = write(tmp_path, "page.txt", PAGE)
    session, post = _session()
    notes = _recorder(session.workspace.file_notes_reported)
    problems = _recorder(session.workspace.problems_reported)
    session.open_paths([tmp_path])
    _run_until(post, lambda: not session.busy)
    assert len(session.workspace.corpus) == 2  # (loaded: only said)
    assert [lines for (lines,) in notes] == [[f"{page}: {HTML_AS_TEXT_NOTE}"]]
    assert problems == []


def test_many_leading_comments_are_skipped_in_linear_time() -> None:
    # A block editor's export opens every paragraph with a comment; a pattern that let one lazy
    # comment body run over the next comments' ends took time doubling with each comment, so
    # 500 of them would never finish (this test would hang).
    comments = "<!-- wp:paragraph -->\n" * 500
    assert not looks_like_html(comments + "An article's first words, and no page." + "\n" * 3)
    assert looks_like_html(comments + PAGE)
    assert not looks_like_html("<!-- a comment never closed " + "<html> " * 500)
    blocks = "".join(f"<!-- wp:paragraph -->\n<p>{p}</p>\n<!-- /wp:paragraph -->\n\n"
                     for p in PARAGRAPHS * 6)
    assert looks_like_html(blocks)  # (its paragraphs' tags: markup, by their density)
