"""What an unsaved project would lose on closing (Qt-free): the articles the window was opened
on are its start, not work; pasted articles, annotations and corrections are named; a corpus's
kept work in the data folder is found (`has_kept_work`)."""

from __future__ import annotations

from pathlib import Path

from viewer.annotations.location import default_annotation_file, has_kept_work, pasted_folder
from viewer.annotations.model import make_annotation
from viewer.corpus import Article
from viewer.corrections import SpanAnchor, remove_link
from viewer.projects import ProjectDocument


def _files(folder: Path) -> list[Article]:
    folder.mkdir(parents=True, exist_ok=True)
    texts = {"wire": "Iran fired 22 missiles at two bases overnight, officials said.",
             "paper": "Officials said Iran fired 22 missiles at two bases."}
    articles = []
    for key, text in texts.items():
        path = folder / f"{key}.txt"
        path.write_text(text, encoding="utf-8")
        articles.append(Article(key, text, key, path=path))
    return articles


def test_the_articles_the_window_was_opened_on_are_not_work_to_lose(tmp_path: Path) -> None:
    samples = _files(tmp_path / "seeds")
    document = ProjectDocument.unsaved()
    document.opened_on = (tmp_path / "seeds",)
    document.add_articles(samples[:1], "file")
    document.add_articles(samples[1:], "file")  # arriving later (the first load) is the same
    assert document.nothing_to_lose and not document.unsaved_work()


def test_a_file_from_elsewhere_or_a_pasted_text_is_work(tmp_path: Path) -> None:
    samples = _files(tmp_path / "seeds")
    other = _files(tmp_path / "seedsX")  # a sibling whose name starts the same
    document = ProjectDocument.unsaved()
    document.opened_on = (tmp_path / "seeds",)
    document.add_articles(samples, "file")
    document.add_articles([Article("other", other[0].text, "Other", path=other[0].path)], "file")
    assert not document.nothing_to_lose
    work = document.unsaved_work()
    assert work.other and not work.made_articles and not work.annotations

    pasted = ProjectDocument.unsaved()
    pasted.opened_on = (tmp_path / "seeds",)
    pasted.add_articles([Article("pasted", "A pasted note.", "Note")], "pasted")
    assert pasted.unsaved_work().made_articles == 1 and not pasted.unsaved_work().other


def test_unsaved_work_names_annotations_pasted_articles_and_corrections(tmp_path: Path
                                                                        ) -> None:
    samples = _files(tmp_path / "seeds")
    document = ProjectDocument.unsaved()
    document.opened_on = (tmp_path / "seeds",)
    document.add_articles(samples, "file")
    note = Article("pasted", "A pasted note about the strike.", "Note")
    document.add_articles([note], "pasted")
    document.annotations.add(make_annotation(samples[0], 5, 10, tags=("figures",)))
    document.annotations.add(make_annotation(note, 2, 8, tags=("quote",)))
    document.project.add_correction(remove_link(SpanAnchor.of(samples[0], 0, 4)))
    document.note_change(counted=True)
    work = document.unsaved_work()
    assert (work.annotations, work.made_articles, work.corrections, work.other) == (2, 1, 1, False)
    text = work.describe()
    assert text.startswith("2 annotations, 1 pasted or imported article and 1 correction exist")
    assert "other changes" not in text
    document.note_change()  # e.g. article details
    assert "and other changes" in document.unsaved_work().describe()
    document.save_as(tmp_path / "kept.parallax")
    assert not document.unsaved_work()  # written at each change from now on
    document.project.close()


def test_kept_work_is_an_annotation_file_or_a_pasted_text_not_one_moved_aside(tmp_path: Path
                                                                              ) -> None:
    file = default_annotation_file([], tmp_path)
    assert not has_kept_work(file)
    pasted_folder(file).mkdir(parents=True)
    (pasted_folder(file) / ".pasted.txt.removed").write_text("gone", encoding="utf-8")
    assert not has_kept_work(file)
    (pasted_folder(file) / "pasted.txt").write_text("kept", encoding="utf-8")
    assert has_kept_work(file)
    (pasted_folder(file) / "pasted.txt").unlink()
    file.write_text("{}", encoding="utf-8")
    assert has_kept_work(file)
