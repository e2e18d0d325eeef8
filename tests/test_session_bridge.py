"""The Qt side of the session: what a worker thread posts runs on the GUI thread, in order."""

from __future__ import annotations

import threading

from widgets.session_bridge import GuiThreadPost


def test_callbacks_posted_from_a_worker_run_on_the_gui_thread_in_order(qtbot) -> None:
    post = GuiThreadPost()
    ran: list[tuple[int, threading.Thread]] = []

    def worker() -> None:
        for number in range(3):
            post(lambda number=number: ran.append((number, threading.current_thread())))

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert ran == []  # nothing runs until the GUI thread's event loop turns
    qtbot.waitUntil(lambda: len(ran) == 3)
    assert ran == [(n, threading.main_thread()) for n in range(3)]


def test_a_post_to_a_closed_window_is_dropped_quietly(qtbot) -> None:
    """A tester closed a window while its Figures dock was still computing: the job's outcome,
    posted from the worker thread to the deleted dock, printed "Signal source has been deleted"
    there. The outcome has no one to go to: it is dropped, as a stale result is."""
    import shiboken6
    from PySide6.QtCore import QObject

    owner = QObject()
    post = GuiThreadPost(owner)
    shiboken6.delete(owner)  # (the dock closed with its window: its children go with it)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            post(lambda: None)
        except BaseException as error:  # (what the thread would print)
            errors.append(error)

    thread = threading.Thread(target=worker)
    thread.start()
    thread.join()
    assert errors == []
