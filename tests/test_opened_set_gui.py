"""A folder window's annotations and pasted articles follow the set of folders it has open,
one opened in the window included (tester55's first report: after File › Open folder…, the
work stayed under the command line's two folders, and `parallax A B C` opened without it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from viewer.annotations.chosen_file import file_in_use
from viewer.annotations.location import default_annotation_file, has_kept_work
from viewer.annotations.model import ClaimGroup, Verdict, make_annotation
from viewer.engine import find_shared_passages
from viewer.jobs.choice import Backends
from viewer.loading import load_paths
from viewer.palette import LIGHT
from widgets.app import _install_annotations, open_corpus
from widgets.main_window import MainWindow

SHARED = ("The ministry said on Sunday that the new rules would take effect at once and that "
          "every importer would be told in writing before the end of the week.")


def _folders(root: Path) -> list[Path]:
    folders = []
    for name, outlets in (("first", "ab"), ("second", "cd"), ("third", "ef")):
        folder = root / name
        folder.mkdir()
        for outlet in outlets:
            (folder / f"{outlet}.txt").write_text(
                f"Report by outlet {outlet.upper()} on the {name} day.\n\n{SHARED}\n\n"
                f"Outlet {outlet.upper()} adds a closing line of its own here.\n",
                encoding="utf-8")
        folders.append(folder)
    return folders


def _window(qtbot, paths: list[Path],  # type: ignore[no-untyped-def]
            settings_file: Path | None = None, *, look_up: bool = True) -> MainWindow:
    """A window started as `parallax PATHS` starts it (its work kept in the data folder); with
    `settings_file`, its settings kept there, as the app keeps them. Returned once its
    articles are aligned and, with `look_up`, its look-up of moved work has ended."""
    settings = None if settings_file is None else QSettings(str(settings_file),
                                                            QSettings.Format.IniFormat)
    window = MainWindow(backends=Backends(engine=find_shared_passages, loader=load_paths),
                        settings=settings, theme=LIGHT)
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    _install_annotations(window, paths, persist=True)
    open_corpus(window, paths, remember=True)
    qtbot.waitUntil(lambda: not window.busy and window.workspace.result is not None
                    and not (look_up and looking_up_moved_work(window)), timeout=60000)
    return window


def looking_up_moved_work(window: MainWindow) -> bool:
    """The window's look-up of work kept under an earlier name runs, or its outcome waits."""
    lookup = getattr(window.annotation_gui, "moved_work", None)
    return lookup is not None and lookup.pending


def _idle(qtbot, window: MainWindow, articles: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not window.busy and len(window.workspace.corpus) == articles,
                    timeout=60000)


def _quit(window: MainWindow) -> None:
    gui = window.annotation_gui
    if gui is not None and gui.controller is not None:
        gui.controller.save_now()
    window.close()


def _tagged_then_grown(qtbot, paths: list[Path],  # type: ignore[no-untyped-def]
                       third: Path) -> MainWindow:
    """A window on `paths` with "a" tagged and saved, then `third` opened in it too."""
    window = _window(qtbot, paths)
    controller = window.annotation_gui.ensure_controller()
    controller.annotations.add(make_annotation(window.workspace.corpus.get("a"), 0, 6))
    controller.save_now()
    window.open_paths([third])
    _idle(qtbot, window, 6)
    return window


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    # (where the window keeps its work: the folder Qt names for this application)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def test_work_done_after_opening_a_folder_comes_back_with_every_folder_open(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    first, second, third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    assert window.windowTitle() == "first and second[*]"
    window.open_paths([third])
    _idle(qtbot, window, 6)
    # The title names what is open ("first and 1 more" hid the folder opened here).
    assert window.windowTitle() == "first, second and third[*]"
    pasted = window.paste_article("A note pasted by hand about the new rules.", "Note")
    assert pasted is not None
    _idle(qtbot, window, 7)
    controller = window.annotation_gui.ensure_controller()
    article = window.workspace.corpus.get("a")
    start = article.text.index("new rules")
    controller.annotations.add(make_annotation(article, start, start + 9, tags=("quote",)))
    note = window.workspace.corpus.get(pasted.id)
    controller.annotations.add(make_annotation(note, 0, 6, tags=("context",)))
    _quit(window)

    # The next day: all three folders on the command line.
    again = _window(qtbot, [first, second, third])
    _idle(qtbot, again, 7)  # the pasted article came back
    controller = again.annotation_gui.controller
    assert controller is not None and len(controller.annotations) == 2
    assert all(a.status.value == "anchored" for a in controller.annotations), \
        [a.anchor_note for a in controller.annotations]
    _quit(again)

    # Nothing was kept for the two folders before the third was opened: all of it is in one
    # place, the three folders'.
    assert not has_kept_work(default_annotation_file([first, second], data_home))


def test_work_kept_before_a_folder_is_opened_is_copied_and_the_earlier_set_keeps_its_own(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    first, second, third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    controller = window.annotation_gui.ensure_controller()
    article = window.workspace.corpus.get("a")
    controller.annotations.add(make_annotation(article, 0, 6, tags=("quote",)))
    controller.save_now()
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.open_paths([third])
    _idle(qtbot, window, 6)
    assert any("now kept for first, second and third" in line for line in said)
    controller.annotations.add(make_annotation(window.workspace.corpus.get("e"), 0, 6))
    _quit(window)
    both = default_annotation_file([first, second, third], data_home)
    assert controller.document.path == both

    again = _window(qtbot, [first, second, third])
    assert len(again.annotation_gui.controller.annotations) == 2
    _quit(again)
    # The two folders alone find their own work as it was when the third was opened (a copy,
    # never moved nor pointed elsewhere: tester55b lost work through such pointers).
    earlier = default_annotation_file([first, second], data_home)
    assert file_in_use(earlier)[0] == earlier
    alone = _window(qtbot, [first, second])
    assert len(alone.annotation_gui.controller.annotations) == 1
    _quit(alone)


def test_a_set_with_work_of_its_own_is_never_overwritten(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    first, second, third = _folders(tmp_path)
    earlier = _window(qtbot, [first, second, third])
    controller = earlier.annotation_gui.ensure_controller()
    article = earlier.workspace.corpus.get("e")
    controller.annotations.add(make_annotation(article, 0, 6, tags=("quote",)))
    _quit(earlier)
    theirs = default_annotation_file([first, second, third], data_home)
    kept = theirs.read_bytes()

    window = _tagged_then_grown(qtbot, [first, second], third)
    controller = window.annotation_gui.controller
    (line,) = window.notices.notes  # (it stays until dismissed; no file's problem)
    assert not window.notices.lines
    assert "annotations stay in this file, kept for first and second" in line
    _quit(window)
    assert theirs.read_bytes() == kept
    assert len(controller.annotations) == 1
    assert controller.document.path == default_annotation_file([first, second], data_home)


def test_a_window_with_nothing_made_takes_up_the_work_of_the_set_it_opens(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    first, second, third = _folders(tmp_path)
    earlier = _window(qtbot, [first, second, third])
    pasted = earlier.paste_article("A note pasted by hand about the new rules.", "Note")
    assert pasted is not None
    _idle(qtbot, earlier, 7)
    controller = earlier.annotation_gui.ensure_controller()
    controller.annotations.add(make_annotation(earlier.workspace.corpus.get(pasted.id), 0, 6))
    _quit(earlier)

    window = _window(qtbot, [first, second])
    assert not window.annotation_gui.installed
    window.open_paths([third])
    _idle(qtbot, window, 7)  # the third folder's two articles and the pasted note
    controller = window.annotation_gui.controller
    assert controller is not None and len(controller.annotations) == 1


def test_a_window_whose_annotations_were_merely_opened_shows_the_work_it_takes_up(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    """View › Annotations ticked, nothing made: the set opened has work of its own, taken up;
    the annotations open named its file already (`keep_for`), and were never read from it."""
    first, second, third = _folders(tmp_path)
    earlier = _window(qtbot, [first, second, third])
    controller = earlier.annotation_gui.ensure_controller()
    controller.annotations.add(make_annotation(earlier.workspace.corpus.get("e"), 0, 6))
    _quit(earlier)

    window = _window(qtbot, [first, second])
    window.annotation_gui.actions.dock_action.setChecked(True)
    window.open_paths([third])
    _idle(qtbot, window, 6)
    controller = window.annotation_gui.controller
    assert [a.article_id for a in controller.annotations] == ["e"]
    _quit(window)


def test_a_folder_window_keeps_its_panes_passage_and_removed_articles(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    """tester55 #14: at a restart the ticks and the chosen passage were lost and a removed
    article came back; a project keeps all of this, and now a folder window does too."""
    first, second, third = _folders(tmp_path)
    window = _window(qtbot, [first, second, third])
    window.session.remove_article("d")
    _idle(qtbot, window, 5)
    assert window.workspace.set_shown(["f", "a", "c"]) is None
    passage = window.workspace.result.passages[0].id
    window.workspace.select_passage(passage)
    colours = dict(window.workspace.colours)
    _quit(window)

    again = _window(qtbot, [first, second, third])
    _idle(qtbot, again, 5)
    assert "d" not in again.workspace.corpus
    qtbot.waitUntil(lambda: list(again.workspace.shown) == ["f", "a", "c"])
    assert again.workspace.selected == passage
    assert again.workspace.colours == colours
    # Opened again by itself, the removed article is back, and stays at the next start.
    again.open_paths([second / "d.txt"])
    _idle(qtbot, again, 6)
    # (a file of a folder open adds nothing to the set: the name and the title stay)
    assert again.windowTitle() == "first, second and third[*]"
    _quit(again)
    last = _window(qtbot, [first, second, third])
    _idle(qtbot, last, 6)


def test_a_link_out_of_the_pasted_folder_is_said_at_start_and_when_a_set_is_taken_up(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    """Review of 21fb470 (B9): the link among the kept pasted articles that leads out of their
    folder (not opened) was said only when the window started on the set; opening the set's
    last folder in a window, which takes up its work, skipped it without a word."""
    from viewer.annotations.location import pasted_folder

    first, second, third = _folders(tmp_path)
    earlier = _window(qtbot, [first, second, third])
    assert earlier.paste_article("A note pasted by hand about the new rules.", "Note")
    _idle(qtbot, earlier, 7)
    _quit(earlier)
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n", encoding="utf-8")
    link = pasted_folder(default_annotation_file([first, second, third], data_home)) / "pw.txt"
    link.symlink_to(secret)
    refused = f"{link}: a link to {secret}, outside the folder of pasted articles; skipped"

    started = _window(qtbot, [first, second, third])
    _idle(qtbot, started, 7)
    assert refused in started.notices.lines
    _quit(started)

    window = _window(qtbot, [first, second])
    assert refused not in window.notices.lines
    window.open_paths([third])
    _idle(qtbot, window, 7)  # the third folder's two articles and the pasted note, not pw.txt
    assert refused in window.notices.lines


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes: POSIX")
def test_a_fifo_among_the_pasted_articles_is_left_out_of_the_copy_in_one_line(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    """tester56 #12: a FIFO in the pasted folder blocked the copy to the new folder set, and
    the notice gave Python's list of errors."""
    import os

    from viewer.annotations.location import pasted_folder

    first, second, third = _folders(tmp_path)
    window = _window(qtbot, [first, second])
    assert window.paste_article("A note pasted by hand about the new rules.", "Note")
    _idle(qtbot, window, 5)
    fifo = pasted_folder(default_annotation_file([first, second], data_home)) / "fifo.txt"
    os.mkfifo(fifo)
    window.open_paths([third])
    _idle(qtbot, window, 7)
    assert window.annotation_gui.annotation_file() == \
        default_annotation_file([first, second, third], data_home)
    assert f"{fifo}: a FIFO (named pipe), not an article; not copied with the pasted " \
        "articles" in window.notices.lines
    assert not window.notices.notes  # (no "could not be copied")


def test_a_set_whose_annotations_cannot_be_read_is_said_so_not_as_work_of_its_own(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    """tester56 #16: "first, second and third have annotations of their own" for a file that
    cannot be read."""
    first, second, third = _folders(tmp_path)
    theirs = default_annotation_file([first, second, third], data_home)
    theirs.parent.mkdir(parents=True, exist_ok=True)
    theirs.write_text("[1, 2", encoding="utf-8")
    window = _tagged_then_grown(qtbot, [first, second], third)
    (line,) = window.notices.notes
    assert "annotations of their own" not in line
    assert f"cannot be read ({theirs}: " in line and "the file is left as it is" in line
    assert theirs.read_text(encoding="utf-8") == "[1, 2"


def test_a_claim_group_left_without_annotations_is_work_the_set_opened_does_not_take_over(
        qtbot, tmp_path: Path, data_home: Path) -> None:
    """A verdict is the user's work though its group has no annotation left: the window holding
    it is not one that "made nothing", so opening a folder whose set has work of its own keeps
    it apart, the verdict saved for the earlier set (it was dropped, no file holding it)."""
    first, second, _third = _folders(tmp_path)
    earlier = _window(qtbot, [first, second])
    controller = earlier.annotation_gui.ensure_controller()
    controller.annotations.add(make_annotation(earlier.workspace.corpus.get("c"), 0, 6))
    _quit(earlier)
    theirs = default_annotation_file([first, second], data_home)
    kept = theirs.read_bytes()

    window = _window(qtbot, [first])
    controller = window.annotation_gui.ensure_controller()
    controller.annotations.add_claim(ClaimGroup("Missile count"))
    tagged = make_annotation(window.workspace.corpus.get("a"), 0, 6, claim="Missile count")
    controller.annotations.add(tagged)
    controller.annotations.set_verdict("Missile count", Verdict("False"))
    controller.annotations.remove(tagged.id)
    window.open_paths([second])  # (within the autosave's delay: nothing saved yet)
    _idle(qtbot, window, 4)
    controller = window.annotation_gui.controller
    assert controller is not None and controller.annotations.claim_names == ("Missile count",)
    _quit(window)
    assert theirs.read_bytes() == kept
    own = default_annotation_file([first], data_home)
    assert '"False"' in own.read_text(encoding="utf-8")
