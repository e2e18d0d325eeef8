"""A text file holding a web page's markup (a page renamed `.txt`, or saved "as text" with its
tags) or an XML document's (a feed, NewsML): it loads as the plain text it is, and one line naming
the file says what it looks like -- in the loader's report, on a command's stderr, and among the
window's notices."""

from __future__ import annotations

from pathlib import Path

from tests.loading_helpers import BODY, write
from tests.test_reliability_loading import parallax
from tests.test_session import _recorder, _run_until, _session
from tests.viewfixtures import sample_articles
from viewer.loading import load_paths
from viewer.loading.markup_text import HTML_AS_TEXT_NOTE, XML_AS_TEXT_NOTE, markup_note

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


def looks_like_html(text: str) -> bool:
    return markup_note(text) == HTML_AS_TEXT_NOTE


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


ACCESSIBLE_PAGE_EXAMPLE = """\
<header>
  <h1>Storm closes schools</h1>
</header>
<p>All schools in the county will be closed on Friday.</p>
<p>Buses will not run.</p>"""
ABOUT_ACCESSIBILITY = ("Many news sites still fail readers who use screen readers, accessibility "
                       "advocates said on Tuesday.\n\nA page needs landmarks, said Jane Doe of "
                       "the advocacy group. A short, accessible page starts like this:\n\n{}\n\n"
                       "The group said it would publish a checklist next month.\n")


def test_a_news_text_showing_a_few_lines_of_markup_as_code_is_no_page() -> None:
    indented = "\n".join("    " + line for line in ACCESSIBLE_PAGE_EXAMPLE.splitlines())
    assert markup_note(ABOUT_ACCESSIBILITY.format(indented)) is None
    assert markup_note(ABOUT_ACCESSIBILITY.format(indented.replace("    ", "\t"))) is None
    for opening, closing in (("```html", "```"), ("~~~~", "~~~~")):
        fenced = f"{opening}\n{ACCESSIBLE_PAGE_EXAMPLE}\n{closing}"
        assert markup_note(ABOUT_ACCESSIBILITY.format(fenced)) is None


def test_a_page_s_markup_indented_whole_or_block_by_block_is_still_a_page() -> None:
    indented_whole = "\n".join("    " + line for line in PAGE_BODY_ONLY.splitlines())
    assert looks_like_html(indented_whole)
    spaced_blocks = "<div class=\"story\">\n\n" + "\n\n".join(
        f"        <p>{p}</p>" for p in PARAGRAPHS) + "\n\n</div>\n"
    assert looks_like_html(spaced_blocks)
    # (a page's markup with a short indented stretch: the rest is markup too)
    assert looks_like_html(PAGE_BODY_ONLY + "\n\n    <p>A caption.</p>\n")


NEWSML = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<newsMessage xmlns=\"http://iptc.org/std/nar/2006-10-01/\">\n"
          " <header><sent>2020-01-08T10:00:00Z</sent></header>\n <itemSet><newsItem>\n"
          "  <contentSet><inlineXML contenttype=\"application/xhtml+xml\">\n"
          "   <html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>Strikes</title></head>"
          "<body>\n" + "\n".join(f"<p>{p}</p>" for p in PARAGRAPHS) +
          "\n</body></html></inlineXML></contentSet>\n </newsItem></itemSet>\n</newsMessage>\n")
RSS_ITEMS = "".join(f"<item><title>Story {n}</title><link>https://example.com/{n}</link>"
                    f"<description>{p}</description></item>\n"
                    for n, p in enumerate(PARAGRAPHS))
RSS = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
       "<title>News</title><link>https://example.com/</link>\n" + RSS_ITEMS +
       "</channel></rss>\n")


def test_an_xml_document_or_a_feed_holds_markup_and_no_page_is_advised() -> None:
    assert XML_AS_TEXT_NOTE == ("holds XML markup (a news feed or an XML document): shown as "
                                "plain text, tags and all")
    assert markup_note(NEWSML) == XML_AS_TEXT_NOTE
    assert markup_note(RSS) == XML_AS_TEXT_NOTE
    assert markup_note(RSS.split("\n", 1)[1]) == XML_AS_TEXT_NOTE  # (a feed with no declaration)
    atom = ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>News</title>\n" +
            "".join(f"<entry><title>{p}</title></entry>\n" for p in PARAGRAPHS) + "</feed>\n")
    assert markup_note(atom) == XML_AS_TEXT_NOTE
    # (XHTML opens with an XML declaration too, and is a page)
    xhtml = "<?xml version=\"1.0\"?>\n" + PAGE.replace("<html ", "<html xmlns=\"x\" ")
    assert markup_note(xhtml) == HTML_AS_TEXT_NOTE


def test_a_feed_named_on_the_command_line_is_noted_as_xml(tmp_path: Path) -> None:
    feed = write(tmp_path, "feed.xml", RSS)
    report = load_paths([feed])
    assert [article.text for article in report.articles] == [RSS]
    assert [str(note) for note in report.notes] == [f"{feed}: {XML_AS_TEXT_NOTE}"]


FORM_EXAMPLE = """\
<form action="/subscribe">
<label for="email">Email</label>
<input id="email" type="email">
</form>"""


def test_an_article_showing_an_unindented_example_is_prose_around_it() -> None:
    """Tester 60b: an article of 165 words with a four-line form after a blank line, unindented
    as text copied from a web page comes, was said to be a page saved as text; the same
    indented was not. The markup's share of the text decides, not its indentation."""
    sentences = " ".join(PARAGRAPHS)
    article = (f"{sentences}\n\nA form a screen reader can use labels every field:\n\n"
               f"{FORM_EXAMPLE}\n\n{sentences}\n")
    assert markup_note(article) is None
    assert markup_note(ABOUT_ACCESSIBILITY.format(ACCESSIBLE_PAGE_EXAMPLE)) is None
    # (a page's markup with each paragraph's text on a line of its own is markup throughout)
    wrapped = "\n".join(f"<div class=\"para\">\n<p>\n{p}\n</p>\n</div>" for p in PARAGRAPHS)
    assert looks_like_html(wrapped)


def test_a_page_or_a_feed_read_as_text_is_titled_by_its_title_element(tmp_path: Path) -> None:
    """Tester 60b: a page's source and an RSS feed saved as .txt were listed as '<html
    lang="en">' and '<?xml version="1.0" encoding="UTF-8"?>', their first lines, though each
    has a <title>."""
    write(tmp_path, "page.txt", PAGE)
    write(tmp_path, "feed.txt", RSS)
    write(tmp_path, "untitled.txt", PAGE_BODY_ONLY)
    titles = {article.id: article.title for article in load_paths([tmp_path]).articles}
    assert titles == {"page": "Strikes", "feed": "News", "untitled": "untitled"}
