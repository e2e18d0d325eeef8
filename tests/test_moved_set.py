"""`viewer.annotations.moved_set`: work kept for folders renamed or moved since is found for
the set open now by the files its annotations name (tester55b #2)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from viewer.annotations.document import AnnotationDocument
from viewer.annotations.location import default_annotation_file
from viewer.annotations.model import make_annotation
from viewer.corpus import Article

TEXTS = {"a.txt": "The ministry said on Sunday that the rules take effect at once.",
         "b.txt": "Every importer would be told in writing before the end of the week.",
         "c.txt": "A spokesman declined to say how many firms were affected by it."}


def _folder(root: Path, name: str, texts: dict[str, str] = TEXTS) -> Path:
    folder = root / name
    folder.mkdir()
    for file, text in texts.items():
        (folder / file).write_text(text, encoding="utf-8")
    return folder


def _annotate(folder: Path, data: Path, files: tuple[str, ...] = ("a.txt", "b.txt")) -> Path:
    document = AnnotationDocument()
    for name in files:
        text = (folder / name).read_text(encoding="utf-8")
        article = Article(id=Path(name).stem, title=name, text=text, path=str(folder / name))
        document.annotations.add(make_annotation(article, 4, 12))
    kept = default_annotation_file([folder], data)
    kept.parent.mkdir(parents=True, exist_ok=True)
    document.save_as(kept)
    return kept


def test_a_renamed_folder_finds_its_work(tmp_path: Path) -> None:
    from viewer.annotations.moved_set import find_moved_work

    data = tmp_path / "data"
    before = _folder(tmp_path, "strike")
    kept = _annotate(before, data)
    assert find_moved_work([before], data) is None  # (its own work: nothing to look for)
    after = before.rename(tmp_path / "strike-2020")
    found = find_moved_work([after], data)
    assert found is not None and found.sure and found.file == kept
    assert (found.named, found.found) == (2, 2)


def test_a_folder_still_there_or_other_files_are_no_moved_work(tmp_path: Path) -> None:
    from viewer.annotations.moved_set import find_moved_work

    data = tmp_path / "data"
    original = _folder(tmp_path, "strike")
    _annotate(original, data)
    copy = tmp_path / "copy"
    shutil.copytree(original, copy)
    assert find_moved_work([copy], data) is None  # (the annotated folder is still there)
    shutil.rmtree(original)
    other = _folder(tmp_path, "other", {"x.txt": "Nothing alike.", "y.txt": "Nor here."})
    assert find_moved_work([other], data) is None  # (no file of its name here)


def test_files_of_the_same_names_with_other_words_are_a_guess(tmp_path: Path) -> None:
    from viewer.annotations.moved_set import find_moved_work

    data = tmp_path / "data"
    before = _folder(tmp_path, "strike")
    kept = _annotate(before, data)
    shutil.rmtree(before)
    elsewhere = _folder(tmp_path, "elsewhere", {name: "Other words entirely, no quote here."
                                               for name in TEXTS})
    found = find_moved_work([elsewhere], data)
    assert found is not None and not found.sure and found.file == kept
    # (one of the two annotated files alone here: a guess too)
    shutil.rmtree(elsewhere)
    half = _folder(tmp_path, "half", {"a.txt": TEXTS["a.txt"]})
    found = find_moved_work([half], data)
    assert found is not None and not found.sure and (found.named, found.found) == (2, 1)


def test_one_folder_of_a_set_renamed_finds_the_set_s_work(tmp_path: Path) -> None:
    """tester55b: C of A, B and C renamed; opening A, B and the renamed C found nothing."""
    from viewer.annotations.moved_set import find_moved_work

    data = tmp_path / "data"
    first = _folder(tmp_path, "first", {"a.txt": TEXTS["a.txt"]})
    third = _folder(tmp_path, "third", {"c.txt": TEXTS["c.txt"], "b.txt": TEXTS["b.txt"]})
    document = AnnotationDocument()
    for folder, name in ((first, "a.txt"), (third, "c.txt"), (third, "b.txt")):
        article = Article(id=name, title=name, text=TEXTS[name], path=str(folder / name))
        document.annotations.add(make_annotation(article, 4, 12))
    kept = default_annotation_file([first, third], data)
    kept.parent.mkdir(parents=True)
    document.save_as(kept)
    renamed = third.rename(tmp_path / "third-renamed")
    found = find_moved_work([first, renamed], data)
    assert found is not None and found.sure and found.file == kept
    # (where the folder gone went: the view copied with the work names its files by it)
    assert found.folders == ((tmp_path.resolve() / "third", renamed.resolve()),)
    # (the folder still there alone, its own file annotated: no sign of a move)
    assert find_moved_work([first], data) is None


def _hostile(data: Path, name: str, content: str) -> Path:
    """An annotation file another tool, an older Parallax or a damaged disk left: its name is
    one a set's kept file could have, so the look-up reads it."""
    kept = data / "annotations" / f"{name}-0123456789abcdef.jsonld"
    kept.parent.mkdir(parents=True, exist_ok=True)
    kept.write_text(content, encoding="utf-8")
    return kept


HOSTILE = {
    # (nested past Python's recursion limit: json raises RecursionError, not ValueError)
    "deep": "[" * 200000,
    # (a source urlparse refuses: an unclosed IPv6 host raises ValueError)
    "bad-host": '{"items": [{"target": {"source": "file://[x/a.txt", '
                '"selector": {"type": "TextQuoteSelector", "exact": "ministry"}}}]}',
    "not-json": "{not json",
    "odd-shapes": '{"first": {"items": [1, null, {"target": 3}, {"target": {"source": 5}},'
                  ' {"target": {"source": "file:///nowhere/z.txt", "selector": [7, {"exact": 8}]}}'
                  ']}}',
}


@pytest.mark.parametrize("hostile", sorted(HOSTILE))
def test_a_hostile_annotation_file_is_skipped_and_the_real_work_is_found(
        tmp_path: Path, hostile: str) -> None:
    """A malformed file kept beside the others crashed the window at start (RecursionError,
    ValueError from urlparse, inside the look-up the window's constructor runs)."""
    from viewer.annotations.moved_set import find_moved_work

    data = tmp_path / "data"
    before = _folder(tmp_path, "strike")
    kept = _annotate(before, data)
    _hostile(data, hostile, HOSTILE[hostile])
    after = before.rename(tmp_path / "strike-2020")
    found = find_moved_work([after], data)
    assert found is not None and found.sure and found.file == kept


def test_a_kept_file_the_look_up_fails_on_is_skipped_and_named(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever a kept file holds, the look-up the window runs at start never fails: that
    file is left out, and named to the caller (which says it in one line)."""
    from viewer.annotations import moved_set

    data = tmp_path / "data"
    before = _folder(tmp_path, "strike")
    kept = _annotate(before, data)
    odd = _hostile(data, "odd", "{}")
    after = before.rename(tmp_path / "strike-2020")
    compared = moved_set._compared

    def failing(candidate: Path, *args: object) -> object:
        if candidate == odd:
            raise MemoryError("no rule foresaw this")
        return compared(candidate, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(moved_set, "_compared", failing)
    skipped: list[tuple[Path, str]] = []
    found = moved_set.find_moved_work([after], data,
                                      skipped=lambda file, why: skipped.append((file, why)))
    assert found is not None and found.file == kept
    assert skipped == [(odd, "MemoryError: no rule foresaw this")]


def test_one_folder_of_a_set_whose_other_is_gone_is_not_that_set_moved(tmp_path: Path) -> None:
    """Review of fb5eaa2: opening A of a set {A, B} whose B is gone took up the whole set's
    work: B's 1.txt matched A's 1.txt by name, and the quotes were counted over all files."""
    from viewer.annotations.moved_set import find_moved_work

    data = tmp_path / "data"
    first = _folder(tmp_path, "A", {"1.txt": TEXTS["a.txt"], "2.txt": TEXTS["b.txt"]})
    gone = _folder(tmp_path, "B", {"1.txt": TEXTS["c.txt"]})
    document = AnnotationDocument()
    for folder, name in ((first, "1.txt"), (first, "2.txt"), (gone, "1.txt")):
        text = (folder / name).read_text(encoding="utf-8")
        article = Article(id=f"{folder.name}{name}", title=name, text=text,
                          path=str(folder / name))
        document.annotations.add(make_annotation(article, 4, 12))
    kept = default_annotation_file([first, gone], data)
    kept.parent.mkdir(parents=True)
    document.save_as(kept)
    shutil.rmtree(gone)
    assert find_moved_work([first], data) is None


def test_a_gone_folder_s_file_counts_only_where_its_own_quotes_are_found(
        tmp_path: Path) -> None:
    """Three files of a folder still there matched as themselves outweighed a gone folder's
    file of the same name but other words: taken up as sure."""
    from viewer.annotations.moved_set import find_moved_work

    data = tmp_path / "data"
    first = _folder(tmp_path, "A")
    gone = _folder(tmp_path, "B", {"d.txt": "Officials will publish the full list on Monday."})
    document = AnnotationDocument()
    for folder, name in (*((first, name) for name in TEXTS), (gone, "d.txt")):
        text = (folder / name).read_text(encoding="utf-8")
        article = Article(id=name, title=name, text=text, path=str(folder / name))
        document.annotations.add(make_annotation(article, 4, 12))
    kept = default_annotation_file([first, gone], data)
    kept.parent.mkdir(parents=True)
    document.save_as(kept)
    shutil.rmtree(gone)
    other = _folder(tmp_path, "C", {"d.txt": "A different story entirely, of other words."})
    found = find_moved_work([first, other], data)
    assert found is not None and not found.sure and found.file == kept  # (a guess)
    (other / "d.txt").write_text("Officials will publish the full list on Monday.",
                                 encoding="utf-8")
    found = find_moved_work([first, other], data)
    assert found is not None and found.sure


def _annotated_set(data: Path, files: list[Path], when: float) -> Path:
    document = AnnotationDocument()
    for path in files:
        text = path.read_text(encoding="utf-8")
        article = Article(id=f"{path.parent.name}-{path.stem}", title=path.name, text=text,
                          path=str(path))
        document.annotations.add(make_annotation(article, 4, 12))
    kept = default_annotation_file(sorted({path.parent for path in files}), data)
    kept.parent.mkdir(parents=True, exist_ok=True)
    document.save_as(kept)
    os.utime(kept, (when, when))
    return kept


def test_of_a_set_and_the_set_it_grew_into_the_fuller_is_taken(tmp_path: Path) -> None:
    """Review of fb5eaa2: a set change keeps both {A} and {A, B}; with A renamed both matched,
    and two sure ones made a mere guess."""
    from viewer.annotations.moved_set import find_moved_work

    data = tmp_path / "data"
    first = _folder(tmp_path, "A")
    second = _folder(tmp_path, "B", {"d.txt": "Officials will publish the full list on Monday."})
    alone = _annotated_set(data, [first / "a.txt", first / "b.txt"], when=1_000_000)
    grown = _annotated_set(data, [first / "a.txt", first / "b.txt", second / "d.txt"],
                           when=2_000_000)
    renamed = first.rename(tmp_path / "A renamed")
    found = find_moved_work([renamed, second], data)
    assert found is not None and found.sure and found.file == grown
    # (with A renamed alone open, the earlier set of A alone is the one it matches whole)
    found = find_moved_work([renamed], data)
    assert found is not None and found.sure and found.file == alone


def test_guesses_are_said_newest_first_not_by_the_file_s_name(tmp_path: Path) -> None:
    from viewer.annotations.moved_set import find_moved_work

    data = tmp_path / "data"
    older = _annotated_set(data, [_folder(tmp_path, "zz-older") / "a.txt"], when=1_000_000)
    newer = _annotated_set(data, [_folder(tmp_path, "aa-newer") / "b.txt"], when=2_000_000)
    assert newer.name < older.name  # (by name, the newer came first by chance before)
    shutil.rmtree(tmp_path / "zz-older")
    shutil.rmtree(tmp_path / "aa-newer")
    here = _folder(tmp_path, "here", {name: "Other words entirely, no quote here."
                                      for name in TEXTS})
    found = find_moved_work([here], data)
    assert found is not None and not found.sure and found.file == newer
    os.utime(older, (3_000_000, 3_000_000))
    found = find_moved_work([here], data)
    assert found is not None and not found.sure and found.file == older


PAGE = ('<html><head><title>Dam breach floods villages</title>'
        '<meta property="og:url" content="https://example.org/news/dam"></head><body><article>'
        '<h1>Dam breach floods villages</h1><p>The regional governor said on <b>Tuesday</b> that '
        'twelve villages were under water after the dam gave way.</p><p>Rescue teams were sent '
        'from three neighbouring provinces overnight.</p></article></body></html>')
HEADED = ("url: https://example.org/news/bridge\ntitle: Bridge\n\nThe minister said that the "
          "bridge would reopen in spring after repairs.\n")


def _web_folder(root: Path, name: str) -> Path:
    folder = root / name
    folder.mkdir()
    (folder / "dam.html").write_text(PAGE, encoding="utf-8")
    (folder / "bridge.txt").write_text(HEADED, encoding="utf-8")
    return folder


def _annotate_loaded(folder: Path, data: Path, quotes: dict[str, str]) -> Path:
    """Annotations made as the window makes them, on the articles as it loads them."""
    from viewer.loading import load_file

    document = AnnotationDocument()
    for name, quote in quotes.items():
        article = load_file(folder / name)
        start = article.text.index(quote)
        document.annotations.add(make_annotation(article, start, start + len(quote)))
    kept = default_annotation_file([folder], data)
    kept.parent.mkdir(parents=True, exist_ok=True)
    document.save_as(kept)
    return kept


def test_saved_web_pages_find_their_work(tmp_path: Path) -> None:
    """Review of fb5eaa2: an article with a web address (a page's url metadata, a text's url:
    header) names that address as its source, so its work was never found; and a quote of a
    page's text was looked for in its markup ('said on <b>Tuesday</b>')."""
    from viewer.annotations.moved_set import find_moved_work
    from viewer.annotations.set_record import record_set_paths

    data = tmp_path / "data"
    before = _web_folder(tmp_path, "dam")
    kept = _annotate_loaded(before, data, {"dam.html": "governor said on Tuesday",
                                           "bridge.txt": "bridge would reopen"})
    assert '"source": "https://example.org/news/dam"' in kept.read_text(encoding="utf-8")
    record_set_paths(kept, [before])  # (as the window does at each save)
    assert find_moved_work([before], data) is None
    after = before.rename(tmp_path / "dam, renamed")
    found = find_moved_work([after], data)
    assert found is not None and found.sure and found.file == kept
    assert (found.named, found.found) == (2, 2)
    # (the pages name no folder of their own: the set's one folder gone is theirs)
    assert found.folders == ((tmp_path.resolve() / "dam", after.resolve()),)


def test_a_set_whose_recorded_paths_are_all_there_is_no_set_moved(tmp_path: Path) -> None:
    """The record says which paths the set had: with all of them there, a copy of its folder
    open elsewhere is another set, whatever its files' sources say."""
    from viewer.annotations.moved_set import find_moved_work
    from viewer.annotations.set_record import record_set_paths

    data = tmp_path / "data"
    original = _web_folder(tmp_path, "dam")
    kept = _annotate_loaded(original, data, {"dam.html": "governor said on Tuesday"})
    record_set_paths(kept, [original])
    copy = tmp_path / "copy"
    shutil.copytree(original, copy)
    assert find_moved_work([copy], data) is None


def test_file_urls_come_back_as_the_paths_they_were_made_from() -> None:
    """Review of fb5eaa2: "file:///C:/x" became \\C:\\x on Windows, and a name's byte
    escaped as %E9 came back as U+FFFD."""
    from viewer.annotations.kept_annotated import file_url_path_text

    assert file_url_path_text("file:///C:/news/a%20b.txt", windows=True) == "C:\\news\\a b.txt"
    assert file_url_path_text("file://server/share/a.txt",
                              windows=True) == "\\\\server\\share\\a.txt"
    assert file_url_path_text("file:///news/caf%E9.txt", windows=False) == "/news/caf\udce9.txt"
    assert file_url_path_text("https://example.org/a.txt", windows=False) is None


def test_a_file_whose_name_is_not_utf8_is_found_as_itself(tmp_path: Path) -> None:
    """A set {A, B}: A still there holds a file named in Latin-1 bytes, B renamed. The file
    of A came back under another name (U+FFFD) and did not count, leaving only a guess."""
    from viewer.annotations.moved_set import find_moved_work

    data = tmp_path / "data"
    first = tmp_path / "A"
    first.mkdir()
    latin = first / os.fsdecode(b"caf\xe9.txt")
    latin.write_text(TEXTS["a.txt"], encoding="utf-8")
    second = _folder(tmp_path, "B", {"b.txt": TEXTS["b.txt"]})
    kept = _annotated_set(data, [latin, second / "b.txt"], when=1_000_000)
    renamed = second.rename(tmp_path / "B renamed")
    found = find_moved_work([first, renamed], data)
    assert found is not None and found.sure and found.file == kept


def test_annotated_pasted_texts_go_with_the_work(tmp_path: Path) -> None:
    """Review of fb5eaa2: an annotated pasted text (kept beside the work, in the data folder)
    counted against the majority, as a file not found here."""
    from viewer.annotations.moved_set import find_moved_work
    from viewer.annotations.pasted import keep_pasted
    from viewer.loading import article_from_pasted_text

    data = tmp_path / "data"
    before = _folder(tmp_path, "strike", {"a.txt": TEXTS["a.txt"]})
    kept = _annotate(before, data, ("a.txt",))
    document = AnnotationDocument.open_or_block(kept)
    pasted = keep_pasted(article_from_pasted_text("pasted", TEXTS["c.txt"], "Pasted"), kept)
    document.annotations.add(make_annotation(pasted, 2, 10))
    assert document.save_now()
    after = before.rename(tmp_path / "strike, renamed")
    found = find_moved_work([after], data)
    assert found is not None and found.sure and found.file == kept
    assert (found.named, found.found) == (2, 2)


def test_a_large_set_is_judged_on_a_bounded_sample(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review of fb5eaa2: the quote check read every annotated file here and looked for every
    quote, at start, on the window's thread."""
    from viewer.annotations import moved_set

    data = tmp_path / "data"
    texts = {f"{n:03}.txt": f"Report number {n} says the ministry acted on day {n}." * 3
             for n in range(300)}
    before = _folder(tmp_path, "big", texts)
    document = AnnotationDocument()
    for name, text in texts.items():
        article = Article(id=Path(name).stem, title=name, text=text, path=str(before / name))
        for start in range(0, 60, 6):  # (ten annotations a file)
            document.annotations.add(make_annotation(article, start, start + 20))
    kept = default_annotation_file([before], data)
    kept.parent.mkdir(parents=True)
    document.save_as(kept)
    after = before.rename(tmp_path / "big, renamed")
    loaded: list[Path] = []
    looked_for: list[int] = []
    real_load, real_holds = moved_set._loaded_text, moved_set._Here.holds

    def load(path: Path) -> str:
        loaded.append(path)
        return real_load(path)

    def holds(self: object, path: Path, quotes: list[str]) -> bool:
        looked_for.append(len(quotes))
        return real_holds(self, path, quotes)  # type: ignore[arg-type]

    monkeypatch.setattr(moved_set, "_loaded_text", load)
    monkeypatch.setattr(moved_set._Here, "holds", holds)
    found = moved_set.find_moved_work([after], data)
    assert found is not None and found.sure and found.file == kept
    assert (found.named, found.found) == (300, 300)
    assert len(loaded) <= 40  # (moved_set.FILES_COMPARED)
    assert sum(looked_for) <= 200
    # (a sample whose files hold none of their quotes is no move, however many files)
    for name in texts:
        (after / name).write_text("Other words.", encoding="utf-8")
    found = moved_set.find_moved_work([after], data)
    assert found is not None and not found.sure


def test_a_set_whose_recorded_paths_are_all_there_is_not_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the kept sets with a path gone can be a set moved: the others' annotation files
    are not read at start (their record, a few paths, says so)."""
    from viewer.annotations import moved_set
    from viewer.annotations.set_record import record_set_paths

    data = tmp_path / "data"
    there = _folder(tmp_path, "there")
    record_set_paths(_annotate(there, data), [there])
    gone = _folder(tmp_path, "gone")
    moved_kept = _annotate(gone, data)
    record_set_paths(moved_kept, [gone])
    after = gone.rename(tmp_path / "gone, renamed")
    read: list[Path] = []
    real = moved_set.annotated_files
    monkeypatch.setattr(moved_set, "annotated_files",
                        lambda file: read.append(file) or real(file))
    found = moved_set.find_moved_work([after], data)
    assert found is not None and found.file == moved_kept
    assert read == [moved_kept]


def test_the_files_open_are_not_listed_where_no_kept_set_moved(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reviewer's measure: every file of the folders open was listed and resolved before a
    kept set was looked at (35,128 file-system calls for a folder of 5,000 files, every
    start of a folder without work of its own, though no kept set had moved). They are
    listed only for a kept set whose folders are gone."""
    from viewer.annotations import moved_set

    data = tmp_path / "data"
    _annotate(_folder(tmp_path, "kept"), data)  # (another set's work, its folder still there)
    listed: list[Path] = []
    real = moved_set._files_of
    monkeypatch.setattr(moved_set, "_files_of",
                        lambda path: listed.append(path) or real(path))
    opened = _folder(tmp_path, "opened")
    assert moved_set.find_moved_work([opened], data) is None
    assert listed == []


def test_a_folder_open_that_cannot_be_listed_is_said_once_by_its_own_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reviewer's: a folder open whose files cannot be looked at (no search permission:
    each file's stat is refused) was listed again for every kept set whose folders are gone,
    each failure said as that kept file's. It is listed once, and said once, by its name."""
    from viewer.annotations import moved_set

    data = tmp_path / "data"
    for name in ("one", "two", "three"):
        _annotate(_folder(tmp_path, name), data)
        shutil.rmtree(tmp_path / name)  # (gone: each kept set asks for the files open)
    opened = _folder(tmp_path, "opened")
    real_is_file = Path.is_file

    def refused(path: Path) -> bool:
        if path.parent == opened:  # (as stat answers without search permission on it)
            raise PermissionError(13, "Permission denied", str(path))
        return real_is_file(path)

    monkeypatch.setattr(Path, "is_file", refused)
    skipped: list[tuple[Path, str]] = []
    assert moved_set.find_moved_work([opened], data,
                                     skipped=lambda file, why: skipped.append((file, why))) is None
    assert skipped == [(opened, "PermissionError: [Errno 13] Permission denied: "
                                f"'{opened / 'a.txt'}'")]


def test_a_renamed_folder_maps_where_each_of_its_set_s_paths_went(tmp_path: Path) -> None:
    """A reviewer's: the look-up said where the folders of the annotated files went, so a
    path of the set above them (strike, opened with strike/wire, whose files alone are
    annotated) was said to go nowhere, and an article removed from it came back. Each path of
    the set gone that holds an annotated file is mapped, to where the file was found at the
    same place below it."""
    from viewer.annotations.moved_set import find_moved_work
    from viewer.annotations.set_record import record_set_paths

    data = tmp_path / "data"
    before = _folder(tmp_path, "strike", {"c.txt": TEXTS["c.txt"]})
    wire = _folder(before, "wire")
    kept = _annotate(wire, data)
    record_set_paths(kept, [before, wire])  # (as the window does at each save)
    after = before.rename(tmp_path / "strike-2020")
    found = find_moved_work([after, after / "wire"], data)
    assert found is not None and found.sure and found.file == kept
    assert found.folders == ((tmp_path.resolve() / "strike", after.resolve()),
                             (tmp_path.resolve() / "strike" / "wire",
                              (after / "wire").resolve()))


def test_a_file_found_at_another_place_below_maps_its_own_folder(tmp_path: Path) -> None:
    """An annotated file of strike/wire found by name in strike-2020 itself (the wire copy
    moved up when the folder was renamed): strike is not said to be strike-2020/.. -- its own
    folder maps to where it is, as before."""
    from viewer.annotations.moved_set import find_moved_work
    from viewer.annotations.set_record import record_set_paths

    data = tmp_path / "data"
    before = _folder(tmp_path, "strike", {"c.txt": TEXTS["c.txt"]})
    wire = _folder(before, "wire")
    kept = _annotate(wire, data)
    record_set_paths(kept, [before, wire])
    after = _folder(tmp_path, "strike-2020", TEXTS)
    shutil.rmtree(before)
    found = find_moved_work([after], data)
    assert found is not None and found.sure and found.file == kept
    assert found.folders == ((tmp_path.resolve() / "strike" / "wire", after.resolve()),)


def test_a_subfolder_moved_elsewhere_than_its_parent_keeps_its_own_mapping() -> None:
    """strike/a and strike/b found in strike-2020, strike/wire/x in other/wire: a file removed
    from strike/wire is looked for in other/wire, not strike-2020/wire (review of db40fdd: the
    own folder of a file was mapped only when no path gone held it)."""
    from collections import Counter

    from viewer.annotations.kept_annotated import AnnotatedFile
    from viewer.annotations.moved_set import _folders_moved, _went
    from viewer.folder_view import _in_folder_now

    root = Path("/n")
    gone = [root / "strike"]
    went: Counter[tuple[Path, Path]] = Counter()
    for was, now in (("strike/a.txt", "strike-2020/a.txt"), ("strike/b.txt", "strike-2020/b.txt"),
                     ("strike/wire/x.txt", "other/wire/x.txt")):
        went.update(_went(AnnotatedFile(Path(was).name, root / was), root / now, gone))
    moved = dict(_folders_moved(went))
    assert moved[root / "strike"] == root / "strike-2020"
    assert _in_folder_now(str(root / "strike" / "wire" / "y.txt"), moved) == str(
        root / "other" / "wire" / "y.txt")
