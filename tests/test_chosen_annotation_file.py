"""The annotation file chosen with Open or Save annotations as… is the one the corpus opens
next time (tester, session 52: the next start went back to the own file, and the work done in
the chosen one seemed lost). Core only: `viewer.annotations.chosen_file`."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from viewer.annotations.chosen_file import (
    choice_record,
    file_in_use,
    forget_choice,
    remember_choice,
)


def _own(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "annotations"
    folder.mkdir(parents=True)
    return folder / "seeds-0123456789abcdef.jsonld"


def test_without_a_choice_the_own_file_is_used(tmp_path: Path) -> None:
    own = _own(tmp_path)
    assert file_in_use(own) == (own, None)


def test_a_chosen_file_is_used_until_the_own_one_is_chosen_again(tmp_path: Path) -> None:
    own = _own(tmp_path)
    chosen = tmp_path / "shared" / "team.jsonld"
    chosen.parent.mkdir()
    chosen.write_text("{}")
    remember_choice(own, chosen)
    assert file_in_use(own) == (chosen, None)
    remember_choice(own, own)
    assert not choice_record(own).exists()
    assert file_in_use(own) == (own, None)


def test_a_relative_choice_is_kept_as_an_absolute_path(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    own = _own(tmp_path)
    (tmp_path / "here.jsonld").write_text("{}")
    monkeypatch.chdir(tmp_path)
    remember_choice(own, Path("here.jsonld"))
    monkeypatch.chdir(own.parent)  # the next start runs elsewhere
    assert file_in_use(own) == (tmp_path / "here.jsonld", None)


def test_a_chosen_file_gone_is_said_and_the_own_file_used(tmp_path: Path) -> None:
    own = _own(tmp_path)
    chosen = tmp_path / "usb" / "team.jsonld"
    chosen.parent.mkdir()
    chosen.write_text("{}")
    remember_choice(own, chosen)
    chosen.unlink()
    used, notice = file_in_use(own)
    assert used == own
    assert notice is not None and str(chosen) in notice and "not there" in notice
    # (kept: a drive plugged in again brings the choice back; review)
    assert choice_record(own).exists()
    chosen.write_text("{}")
    assert file_in_use(own) == (chosen, None)


def test_a_file_name_that_is_not_utf8_comes_back_as_it_was(tmp_path: Path) -> None:
    own = _own(tmp_path)
    chosen = tmp_path / os.fsdecode(b"caf\xe9 notes.jsonld")
    try:
        chosen.write_text("{}")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes UTF-8 names only")
    remember_choice(own, chosen)
    used, notice = file_in_use(own)
    assert notice is None and os.fsencode(used) == os.fsencode(chosen)


def test_a_record_that_is_a_fifo_is_said_not_waited_on(tmp_path: Path) -> None:
    own = _own(tmp_path)
    os.mkfifo(choice_record(own))
    used, notice = file_in_use(own)  # returns: a FIFO opened for reading would wait forever
    assert used == own and notice is not None and "could not be read" in notice


def test_a_record_not_written_by_parallax_is_passed_over_quietly(tmp_path: Path) -> None:
    own = _own(tmp_path)
    choice_record(own).write_bytes(b"relative/path.jsonld\n")
    assert file_in_use(own) == (own, None)
    forget_choice(own)
    assert not choice_record(own).exists()
    forget_choice(own)  # nothing to forget: no error


def test_a_choice_alone_counts_as_the_corpus_kept_work(tmp_path: Path) -> None:
    """A folder whose annotations went straight to another file (its own never saved) keeps
    its key: an earlier rule's file of the same corpus is not taken instead, and the samples
    open as a folder that has work kept."""
    from viewer.annotations.location import (
        default_annotation_file,
        has_kept_work,
        legacy_corpus_key,
    )

    corpus = [tmp_path / "articles", tmp_path / "typo"]
    (tmp_path / "articles").mkdir()
    data = tmp_path / "data"
    own = default_annotation_file(corpus, data)
    own.parent.mkdir(parents=True)
    chosen = tmp_path / "team.jsonld"
    chosen.write_text("{}")
    assert not has_kept_work(own)
    remember_choice(own, chosen)
    assert has_kept_work(own)
    # (an older file of the corpus, by the earlier rule's name, is not taken in its place)
    (own.parent / f"{legacy_corpus_key(corpus)}.jsonld").write_text("{}")
    assert default_annotation_file(corpus, data) == own
    assert file_in_use(own) == (chosen, None)
