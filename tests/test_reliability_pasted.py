"""Issue 12, case 5: a pasted article is kept with the annotations, which find it at the next
start instead of being orphaned."""

from __future__ import annotations

from pathlib import Path

from viewer.annotations.document import AnnotationDocument
from viewer.annotations.location import pasted_folder
from viewer.annotations.model import AnchorStatus, make_annotation
from viewer.annotations.pasted import keep_pasted, stored_pasted_paths
from viewer.loading import article_from_text, load_paths

PASTED = ("\n  Breaking: Iran fires missiles  \n\nIraq's military said 22 missiles struck two "
          "bases housing US troops. “All is well!” the president wrote. 👍🏽\n")


def test_annotations_on_a_pasted_article_are_anchored_at_the_next_start(tmp_path: Path) -> None:
    annotation_file = tmp_path / "annotations" / "corpus-0123.jsonld"
    # First session: paste, keep, annotate, save.
    pasted = article_from_text("pasted", PASTED)
    kept = keep_pasted(pasted, annotation_file)
    assert kept.id == "pasted" and kept.path is not None
    assert kept.title == pasted.title and kept.body.strip() == pasted.body.strip()
    start = kept.text.index("22 missiles")
    document = AnnotationDocument.open(annotation_file)
    document.annotations.add(make_annotation(kept, start, start + 11, note="figure"))
    document.save_now()

    # Next start: the pasted texts come back with the corpus, the annotation finds its article.
    paths = stored_pasted_paths(annotation_file)
    assert paths == [pasted_folder(annotation_file) / "pasted.txt"]
    articles = load_paths(paths).articles
    again = AnnotationDocument.open(annotation_file, articles)
    (annotation,) = again.annotations
    assert annotation.status is AnchorStatus.ANCHORED
    assert articles[0].text[annotation.start:annotation.end] == "22 missiles"
    assert articles[0].title == pasted.title


def test_a_second_paste_of_the_same_name_never_overwrites_the_first(tmp_path: Path) -> None:
    annotation_file = tmp_path / "n.jsonld"
    first = keep_pasted(article_from_text("pasted", "First text here."), annotation_file)
    second = keep_pasted(article_from_text("pasted", "Second text here."), annotation_file)
    assert first.path != second.path
    assert [p.name for p in stored_pasted_paths(annotation_file)] == ["pasted-2.txt",
                                                                       "pasted.txt"]
    assert "First text" in first.path.read_text(encoding="utf-8")  # type: ignore[union-attr]


def test_without_a_pasted_folder_there_is_nothing_to_load(tmp_path: Path) -> None:
    assert stored_pasted_paths(tmp_path / "none.jsonld") == []


def test_a_removed_pasted_article_is_set_aside_not_deleted(tmp_path: Path) -> None:
    from viewer.annotations.pasted import is_kept_pasted, set_aside_pasted

    annotation_file = tmp_path / "annotations" / "corpus-0123.jsonld"
    first = keep_pasted(article_from_text("pasted", PASTED), annotation_file)
    second = keep_pasted(article_from_text("pasted", PASTED), annotation_file)
    assert first.path is not None and second.path is not None
    assert is_kept_pasted(first.path, annotation_file)
    assert not is_kept_pasted(tmp_path / "pasted.txt", annotation_file)
    aside = set_aside_pasted(first.path)
    assert stored_pasted_paths(annotation_file) == [second.path]  # no longer opens
    assert aside.name == ".pasted.txt.removed" and "22 missiles" in aside.read_text("utf-8")
    again = keep_pasted(article_from_text("pasted", PASTED), annotation_file)
    assert again.path is not None and set_aside_pasted(again.path).name == \
        ".pasted.txt.removed-2"  # a second removal never overwrites the first


def test_a_link_among_the_pasted_articles_leading_out_of_their_folder_is_not_opened(
        tmp_path: Path) -> None:
    """tester56 #10: `ln -s /etc/passwd .pasted/passwd.txt` opened the file as an article
    (named one by one, the kept texts were taken as files the user named). A link within the
    folder is still opened."""
    from viewer.annotations.pasted import links_out_of_pasted

    annotation_file = tmp_path / "annotations" / "corpus-0123.jsonld"
    kept = keep_pasted(article_from_text("pasted", PASTED), annotation_file)
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    folder = pasted_folder(annotation_file)
    (folder / "passwd.txt").symlink_to(secret)
    (folder / "again.txt").symlink_to(kept.path.name)
    assert stored_pasted_paths(annotation_file) == [folder / "again.txt", folder / "pasted.txt"]
    assert links_out_of_pasted(annotation_file) == [
        f"{folder / 'passwd.txt'}: a link to {secret}, outside the folder of pasted articles; "
        "skipped"]
