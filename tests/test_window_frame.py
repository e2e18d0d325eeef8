"""The window as its parts see it (`widgets.window_frame.WindowFrame`): every attribute the frame
declares is one the real window builds, and the parts find each other through the window."""

from __future__ import annotations

import typing

from tests.viewfixtures import sample_articles
from tests.widgetkit import make_window
from widgets.annotation_gui import AnnotationGui, add_annotation_gui, installed_annotation_gui
from widgets.main_window import MainWindow
from widgets.project_actions import ProjectGui, project_gui_of
from widgets.window_frame import WindowFrame


def test_every_attribute_the_frame_declares_is_built_by_the_window(qtbot) -> None:
    window = make_window(qtbot, sample_articles()[:2])
    declared = typing.get_type_hints(WindowFrame)
    assert {"workspace", "session", "pane_row", "file_menu"} <= set(declared)
    for name, kind in declared.items():
        assert isinstance(getattr(window, name), typing.get_origin(kind) or kind), name


def test_a_new_window_is_the_same_kind_with_the_same_theme(qtbot) -> None:
    window = make_window(qtbot, [])
    other = window.new_window()
    qtbot.addWidget(other)
    assert type(other) is MainWindow and other is not window
    assert other.theme == window.theme


def test_the_parts_find_the_window_s_annotation_gui_and_project_menus(qtbot) -> None:
    window = make_window(qtbot, [])
    assert installed_annotation_gui(window) is None and window.annotation_gui is None
    gui = add_annotation_gui(window)
    assert isinstance(gui, AnnotationGui)
    assert installed_annotation_gui(window) is gui is window.annotation_gui
    assert add_annotation_gui(window) is gui is window.add_annotation_gui()  # made once
    assert isinstance(project_gui_of(window), ProjectGui)
    assert project_gui_of(window) is window.project_gui
