"""Counts in status texts read as English: one article, two articles; articles named apart."""

from viewer.wording import count_of, distinct_names


def test_singular_plural_and_zero() -> None:
    assert count_of(1, "annotation") == "1 annotation"
    assert count_of(2, "annotation") == "2 annotations"
    assert count_of(0, "file") == "0 files"
    assert count_of(3, "shared passage") == "3 shared passages"
    assert count_of(2, "child", "children") == "2 children"


def test_a_notice_counts_files_and_web_addresses_apart() -> None:
    from viewer.wording import unopened

    assert unopened(["a.txt: not text"]) == "1 file"
    assert unopened(["https://example.org/x: timed out"]) == "1 web address"
    assert unopened(["a.txt: empty", "b.txt: empty", "HTTP://x.org: 404"]) == (
        "2 files and 1 web address")
    assert unopened([]) == "0 files"
    # (a newcomer's report: an ftp:// address the window refuses was counted as a file)
    assert unopened(["http://127.0.0.1:9/a: refused", "ftp://x/y: not a web address",
                     "https://news.example.invalid/story: no such host"]) == "3 web addresses"
    assert unopened(["notes: v2.txt: not text"]) == "1 file"


def test_thousands_are_grouped_as_the_windows_columns_show_them() -> None:
    """tester15: messages said "20000 articles" where the Words column said "1,234"."""
    assert count_of(20000, "article") == "20,000 articles"
    assert count_of(1485, "shared passage") == "1,485 shared passages"


def test_the_window_counts_say_what_the_alignment_is_doing() -> None:
    from viewer.wording import corpus_counts

    assert corpus_counts(5, 5, busy=False) == "5 articles · 5 shared passages"
    assert corpus_counts(20_000, 1, busy=True) == "20,000 articles · 1 shared passage"
    assert corpus_counts(3, None, busy=True) == "3 articles · aligning…"
    assert corpus_counts(3, None, busy=False) == "3 articles · not aligned"
    assert corpus_counts(1, None, busy=False) == "1 article · 0 shared passages"


def test_articles_whose_names_would_read_alike_are_named_by_their_ids() -> None:
    """A French-speaking newcomer could not tell two articles apart in the command line's
    tables: both "L'ancien président français J…" (one with a curly apostrophe)."""
    names = distinct_names({"04_diplo.txt": "L'ancien président français Jacques Chirac est mort",
                            "14_africanews.txt": "L’ancien président français Jacques Chirac",
                            "09_huffington.txt": "HuffPost"}, 30)
    assert names == {"04_diplo.txt": "04_diplo.txt", "14_africanews.txt": "14_africanews.txt",
                     "09_huffington.txt": "HuffPost"}
    assert distinct_names({"a": "A very long outlet name indeed"}, 10) == {"a": "A very lo\u2026"}
    # (ids alike once cut too: their ends -- a reviewer's case)
    long = {f"lancien-president-francais-jacques-chirac-est-mort-{outlet}.txt": "L'ancien"
            for outlet in ("lemonde", "figaro")}
    assert sorted(distinct_names(long, 24).values()) == ["\u2026ac-est-mort-lemonde.txt",
                                                         "\u2026rac-est-mort-figaro.txt"]


def test_wire_copies_under_one_headline_are_told_apart_by_their_ids() -> None:
    """A newcomer's Chinese wire copies: two articles printing Xinhua's headline read as the
    same row in a passage's collation and in the claim comparison."""
    from viewer.annotations.claims import claim_table
    from viewer.annotations.model import ClaimGroup, make_annotation
    from viewer.corpus import Article, Corpus
    from viewer.engine import find_shared_passages
    from viewer.passage_reports import collation_report
    from viewer.wording import titles_told_apart

    headline = "习近平对甘肃积石山6.2级地震作出重要指示"
    body = ("新华社北京12月19日电 北京时间12月18日23时59分，甘肃临夏州积石山县发生6.2级地震，"
            "震源深度10公里。截至目前，地震已造成甘肃100人死亡、青海11人死亡。")
    articles = [Article("02_lhrb", f"{headline}\n\n{body}", headline),
                Article("03_forum", f"{headline}\n\n{body}", headline),
                Article("04_cri", f"积石山地震\n\n记者获悉。{body}", "积石山地震")]
    assert titles_told_apart({a.id: a.title for a in articles}) == {
        "02_lhrb": f"02_lhrb · {headline}", "03_forum": f"03_forum · {headline}",
        "04_cri": "积石山地震"}
    (passage,) = find_shared_passages(articles).passages
    titles = collation_report(Corpus(articles), passage).titles
    assert len(set(titles.values())) == 3
    at = articles[0].text.index("甘肃")
    notes = [make_annotation(articles[0], at, at + 8, claim="死亡人数")]
    (row,) = claim_table(notes, [ClaimGroup("死亡人数")], articles)
    assert len({cell.title for cell in row.cells}) == 3


def test_titles_that_open_alike_are_led_by_their_ids_so_a_cut_title_still_tells_them_apart(
) -> None:
    """A newcomer's Letby articles: the Figures dock's columns, cut at 28 characters, all read
    "Lucy Letby sentenced to who…". Titles alike only further on keep their own form."""
    from viewer.wording import TITLE_LEAD_CHARS, titles_told_apart

    titles = {"03_bbc": "Lucy Letby sentenced to whole-life order for murders - BBC News",
              "05_guardian": "Lucy Letby sentenced to whole-life order | UK news",
              "07_sky": "Letby: the nurse who murdered seven babies",
              "08_itv": "Letby: the nurse who murdered seven babies, and how she was caught"}
    told = titles_told_apart(titles)
    assert told["03_bbc"] == "03_bbc · " + titles["03_bbc"]
    assert told["05_guardian"] == "05_guardian · " + titles["05_guardian"]
    assert told["07_sky"].startswith("07_sky · ") and told["08_itv"].startswith("08_itv · ")
    assert len({title[:TITLE_LEAD_CHARS] for title in told.values()}) == 4
    unlike = {"a": "Lucy Letby sentenced", "b": "LUCY LETBY: what the judge said"}
    assert titles_told_apart(unlike) == unlike


def test_the_figures_table_and_the_timeline_name_articles_that_open_alike_apart() -> None:
    from viewer.corpus import Article
    from viewer.figures.table import figures_table
    from viewer.passages import AlignmentResult
    from viewer.provenance import provenance_of
    from viewer.timeline import build_timeline

    headline = "Lucy Letby sentenced to whole-life order"
    articles = [Article("03_bbc", f"{headline} - BBC\n\nShe killed seven babies.",
                        f"{headline} - BBC"),
                Article("05_guardian", f"{headline} | UK news\n\nSeven babies.",
                        f"{headline} | UK news")]
    table = figures_table(articles, [])
    assert [title.split(" · ")[0] for title in table.titles] == ["03_bbc", "05_guardian"]
    result = AlignmentResult(document_ids=tuple(a.id for a in articles), passages=())
    timeline = build_timeline(articles, {a.id: provenance_of(a) for a in articles}, result)
    assert sorted(row.label.split(" · ")[0] for row in timeline.rows) == ["03_bbc", "05_guardian"]


def test_the_workspace_names_articles_of_one_title_apart_and_follows_edits() -> None:
    """The Annotations dock's Article column and filter name articles by `Workspace.title_of`:
    a newcomer's notes on two wire copies under the agency's headline read as one article's."""
    from dataclasses import replace

    from viewer.corpus import Article
    from viewer.workspace import Workspace

    headline = "习近平对甘肃积石山6.2级地震作出重要指示"
    workspace = Workspace([Article("02_lhrb", f"{headline}\n\n正文。", headline),
                           Article("03_forum", f"{headline}\n\n正文。", headline),
                           Article("04_cri", "积石山地震\n\n正文。", "积石山地震")])
    assert [workspace.title_of(i) for i in ("02_lhrb", "03_forum", "04_cri", "gone")] == [
        f"02_lhrb · {headline}", f"03_forum · {headline}", "积石山地震", "gone"]
    workspace.update_metadata(replace(workspace.corpus.get("03_forum"), title="论坛转载"))
    assert [workspace.title_of(i) for i in ("02_lhrb", "03_forum")] == [headline, "论坛转载"]


def test_what_stands_before_the_counts_is_separated_from_them() -> None:
    from viewer.wording import before_counts, corpus_counts

    line = f"{before_counts('1 annotation')} {corpus_counts(14, 13, busy=False)}"
    assert line == "1 annotation · 14 articles · 13 shared passages"


def test_the_dock_names_an_article_by_its_outlet_once_one_is_set() -> None:
    """tester58: the Annotations dock still named 01_rnf by its title after Article details set
    its outlet, where the claim cards name it "Rhein-Neckar Fernsehen"; two articles of one
    outlet keep their titles after it, so that they do not read as one."""
    from dataclasses import replace

    from viewer.corpus import Article
    from viewer.workspace import Workspace

    workspace = Workspace([Article("01_rnf", "Die Amokfahrt\n\nText.", "Die Amokfahrt"),
                           Article("02_wnoz", "Auto rast\n\nText.", "Auto rast"),
                           Article("03_wnoz", "Zwei Tote\n\nText.", "Zwei Tote",
                                   source="WNOZ")])
    assert [workspace.name_of(i) for i in ("01_rnf", "02_wnoz", "03_wnoz", "gone")] == [
        "Die Amokfahrt", "Auto rast", "WNOZ", "gone"]
    workspace.update_metadata(replace(workspace.corpus.get("01_rnf"),
                                      source="Rhein-Neckar Fernsehen"))
    workspace.update_metadata(replace(workspace.corpus.get("02_wnoz"), source="wnoz "))
    assert [workspace.name_of(i) for i in ("01_rnf", "02_wnoz", "03_wnoz")] == [
        "Rhein-Neckar Fernsehen", "wnoz · Auto rast", "WNOZ · Zwei Tote"]


def test_a_notice_counts_what_its_lines_are_about_once_each() -> None:
    """tester60 #15: a project edited by hand into nonsense gave seven lines, all naming the
    project, under "Problems with 7 files"."""
    from viewer.wording import problems_with, unopened

    project = "/work/p_nonsense.parallax"
    lines = [f"{project}: annotation 'a{n}' skipped: invalid JSON" for n in range(6)]
    lines.append(f"{project}: article '01_x': its address 'javascript:alert(1)' is no web "
                 "page's or file's (only http, https and file are); not used")
    assert unopened(lines) == "1 file"
    assert problems_with(lines) == "7 problems with 1 file"
    assert problems_with([*lines, "b.txt: empty", "https://x.org/a: 404"]) == (
        "9 problems with 2 files and 1 web address")
    assert problems_with(["a.txt: empty", "b.txt: empty"]) == "problems with 2 files"
    assert problems_with(["https://x.org/a: 404", "https://x.org/a: 404 again"]) == (
        "2 problems with 1 web address")


def test_a_file_name_holding_a_colon_is_one_file_of_its_own() -> None:
    """A title saved as a file name ("Storm: day 1.txt") holds ": ": split at the first, two
    such files were "2 problems with 1 file". The name ends after its extension; a reason's own
    ": " ("article 'a': ...", "cannot read: ...") stays the reason's."""
    from viewer.wording import problems_with

    assert problems_with(["/news/Storm: day 1.txt: binary file, not text",
                          "/news/Storm: day 2.txt: binary file, not text"]) == (
        "problems with 2 files")
    assert problems_with(["/news/Gaza: week 1/a.txt: empty", "/news/Gaza: week 1/b.txt: empty",
                          "/news/Gaza: week 1: cannot read folder: permission denied"]) == (
        "problems with 3 files")
    assert problems_with(["/p/Storm: day 1.parallax: article 'a.txt': its address 'x:y' is "
                          "no web page's or file's; not used",
                          "/p/Storm: day 1.parallax: article 'b': cannot read: locked"]) == (
        "2 problems with 1 file")
    assert problems_with(["/n/a.txt: cannot read: permission denied",
                          "/n/a.txt: figures 1.5: odd"]) == "2 problems with 1 file"
