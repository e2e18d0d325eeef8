"""The annotation file a corpus is keyed to: what the user asked to open decides it, not which
files loaded, and files written under an earlier key are still found (nobody's annotations are
left behind). No Qt."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from viewer.annotations.location import (
    PARTIAL_MARK,
    corpus_key,
    default_annotation_file,
    legacy_corpus_key,
    pasted_folder,
)
from viewer.cli import main

TEXT = "The minister said the bridge would reopen on Monday after the repairs.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    first = folder / "first.txt"
    first.write_text(TEXT, encoding="utf-8")
    return folder, first


def _annotate(file: Path) -> Path:
    """Stand-in for the window saving annotations there."""
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text("{}", encoding="utf-8")
    return file


def test_a_file_that_did_not_load_keeps_its_place_so_fixing_it_keeps_the_annotations(
    tmp_path: Path, corpus: tuple[Path, Path]
) -> None:
    folder, first = corpus
    bad = folder / "second.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0binary")  # exists, but does not load
    data = tmp_path / "data"
    made = _annotate(default_annotation_file([first, bad], data))
    bad.write_text(TEXT.replace("Monday", "Tuesday"), encoding="utf-8")  # fixed in place
    assert default_annotation_file([first, bad], data) == made
    # Every path names something: the name is the one earlier versions gave (no migration).
    assert corpus_key([first, bad]) == legacy_corpus_key([first, bad])


def test_correcting_a_mistyped_path_finds_the_annotations_made_meanwhile(
    tmp_path: Path, corpus: tuple[Path, Path]
) -> None:
    folder, first = corpus
    typo = folder / "secnod.txt"
    data = tmp_path / "data"
    made = _annotate(default_annotation_file([first, typo], data))
    second = folder / "second.txt"
    second.write_text(TEXT, encoding="utf-8")
    assert default_annotation_file([first, second], data) == made
    # ... and leaving the mistyped path out does too.
    assert default_annotation_file([first], data) == made


def test_a_missing_file_that_turns_up_finds_the_annotations(
    tmp_path: Path, corpus: tuple[Path, Path]
) -> None:
    folder, first = corpus
    later = folder / "later.txt"
    data = tmp_path / "data"
    made = _annotate(default_annotation_file([first, later], data))
    later.write_text(TEXT, encoding="utf-8")
    assert default_annotation_file([later, first], data) == made


def test_a_file_written_under_the_earlier_key_is_still_used(
    tmp_path: Path, corpus: tuple[Path, Path]
) -> None:
    folder, first = corpus
    typo = folder / "secnod.txt"
    data = tmp_path / "data"
    old = _annotate(data / "annotations" / f"{legacy_corpus_key([first, typo])}.jsonld")
    assert corpus_key([first, typo]) != legacy_corpus_key([first, typo])
    assert default_annotation_file([first, typo], data) == old


def test_pasted_articles_alone_count_as_the_corpus_s_files(
    tmp_path: Path, corpus: tuple[Path, Path]
) -> None:
    folder, first = corpus
    typo = folder / "secnod.txt"
    data = tmp_path / "data"
    old = data / "annotations" / f"{legacy_corpus_key([first, typo])}.jsonld"
    pasted_folder(old).mkdir(parents=True)  # pasted, nothing annotated yet
    assert default_annotation_file([first, typo], data) == old


def test_two_candidates_are_not_guessed_between(tmp_path: Path, corpus: tuple[Path, Path]) -> None:
    folder, first = corpus
    second, third = folder / "second.txt", folder / "third.txt"
    data = tmp_path / "data"
    for path in (second, third):
        path.write_text(TEXT, encoding="utf-8")
    _annotate(default_annotation_file([first, second], data))
    _annotate(default_annotation_file([first, third], data))
    wanted = data / "annotations" / f"{corpus_key([first, second, third])}.jsonld"
    assert default_annotation_file([first, second, third], data) == wanted


def test_no_paths_is_the_sample_corpus_and_all_missing_paths_still_name_a_corpus(
    tmp_path: Path,
) -> None:
    assert corpus_key([]) == "sample-corpus"
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    assert corpus_key([one, two]) == legacy_corpus_key([one, two]) != corpus_key([one])


def test_the_import_command_writes_where_the_corrected_corpus_finds_it(
    tmp_path: Path, corpus: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str]
) -> None:
    """End to end: annotations imported for a corpus with a mistyped path are found by the
    same command once the path is corrected."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "platform", "linux")
    folder, first = corpus
    source = Path(__file__).parent / "data" / "annotations" / "recogito.json"
    assert main(["annotations", "import", str(source), "--corpus", str(first),
                 str(folder / "secnod.txt")]) == 0
    written = capsys.readouterr().out.splitlines()[-1]
    assert written.startswith("Saved ")
    second = folder / "second.txt"
    second.write_text(TEXT, encoding="utf-8")
    assert main(["annotations", "import", str(source), "--corpus", str(first), str(second),
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "already here" in out
    assert written.split(" to ", 1)[1] in out


def test_a_corpus_opened_with_one_more_file_does_not_take_over_the_smaller_one_s_file(
    tmp_path: Path, corpus: tuple[Path, Path]
) -> None:
    folder, first = corpus
    second = folder / "second.txt"
    second.write_text(TEXT, encoding="utf-8")
    data = tmp_path / "data"
    smaller = _annotate(default_annotation_file([first], data))
    bigger = default_annotation_file([first, second], data)
    assert bigger != smaller and not bigger.exists()


def test_the_name_says_when_a_path_named_nothing(tmp_path: Path,
                                                 corpus: tuple[Path, Path]) -> None:
    folder, first = corpus
    typo = folder / "secnod.txt"
    assert corpus_key([first, typo]) == corpus_key([first]) + PARTIAL_MARK
    assert not corpus_key([first]).endswith(PARTIAL_MARK)
