"""The notice of files that could not be opened (pytest-qt): as tall as its lines, up to five,
so one bad file does not take the panes' height; every line stays readable by scrolling."""

from __future__ import annotations

from widgets.notices import NoticeArea

MAX_LINES = 5  # as the notice promises (README: the lines, and more by scrolling)


def _line_height(notice: NoticeArea) -> int:
    return notice.details.fontMetrics().lineSpacing()


def test_one_line_takes_about_one_line_and_many_scroll(qtbot) -> None:
    notice = NoticeArea()
    qtbot.addWidget(notice)
    notice.resize(900, 400)
    notice.add(["/tmp/a.txt: empty file"])
    qtbot.waitUntil(notice.isVisible)
    # (a save failure is here too: "could not be opened" misread it)
    assert notice.heading.text() == "Problems with 1 file:"
    one = notice.details.height()
    assert one < 2.5 * _line_height(notice)
    notice.add([f"/tmp/b{n}.txt: empty file" for n in range(2)])
    three = notice.details.height()
    assert three - one >= 2 * _line_height(notice) - 1
    notice.add([f"/tmp/c{n}.txt: empty file" for n in range(10)])
    many = notice.details.height()
    assert many < (MAX_LINES + 1.5) * _line_height(notice)
    bar = notice.details.verticalScrollBar()
    assert bar.maximum() > 0  # the other lines are a scroll away, not lost
    notice.dismiss()
    assert not notice.isVisible() and notice.lines == []


def test_a_line_already_listed_is_not_listed_again(qtbot) -> None:
    """A French-speaking newcomer opened a folder twice: its one report file was listed twice,
    "Problems with 2 files"."""
    notice = NoticeArea()
    qtbot.addWidget(notice)
    line = "/tmp/articles/report.html: a Parallax report (exported annotations), not an article"
    notice.add([line])
    notice.add([line])
    assert notice.lines == [line] and notice.heading.text() == "Problems with 1 file:"


def test_a_project_s_problems_are_counted_as_one_file(qtbot, tmp_path) -> None:
    """tester60 #15: a project edited by hand into nonsense, opened, gave "Problems with 7
    files:" over lines that all named the one project. Built from a real saved project."""
    import sqlite3

    from viewer.loading import load_sample_corpus
    from viewer.projects import Project

    path = tmp_path / "nonsense.parallax"
    with Project.create(path) as project:
        project.add_articles(load_sample_corpus().articles[:2])
    with sqlite3.connect(path) as connection:
        connection.executemany(
            "INSERT INTO records (kind, key, value, revision, modified) VALUES "
            "('annotation', ?, ?, 99, '2020-01-01T00:00:00Z')",
            [(f"odd{n}", "{not json" * (n + 1)) for n in range(3)])
    connection.close()
    with Project.open(path) as project:
        project.annotations()
        problems = list(project.problems)
    assert len(problems) == 3 and all(line.startswith(f"{path}: ") for line in problems)
    notice = NoticeArea()
    qtbot.addWidget(notice)
    notice.add(problems)
    qtbot.waitUntil(notice.isVisible)
    assert notice.heading.text() == "3 problems with 1 file:"
