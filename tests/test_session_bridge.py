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
