"""The fault matrix's driver scripts: small Python programs a cell runs as a real process where
no `parallax` command does the step (adding files to an open project, Save project as, every
write into a read-only project, one action in a real window, a writer to be killed mid-save).
Each is written into the cell's home folder and run with tools/fault_run.py's `run_python`."""

from __future__ import annotations

ADD_DRIVER = """\
# Adding files to an open project, as File > Add files does: the session loads them in its
# background job and the project binding stores what loaded.
import sys, time
from pathlib import Path
from viewer.projects import Project, ProjectDocument
from viewer.projects.binding import ProjectBinding
from viewer.session import PostQueue, Session
from viewer.workspace import Workspace


def main():
    target = Path(sys.argv[1])
    Project.create(target).close()
    document = ProjectDocument.open(target)
    post = PostQueue()
    session = Session(Workspace(), post=post)
    binding = ProjectBinding(session, document)
    binding.load()
    session.workspace.problems_reported.connect(
        lambda lines: [print("parallax: " + line, file=sys.stderr) for line in lines])
    session.message.connect(lambda text, *_: print("message: " + text))
    session.open_paths([Path(p) for p in sys.argv[2:]], reveal=False)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and session.busy:
        post.run_pending(timeout=0.05)
    post.run_pending(timeout=0.5)
    session.close()
    document.project.close()
    with Project.open(target) as project:
        stored = [str(a.path) for a in project.articles()]
    if len(stored) < 2 or not all(any(s.endswith(n) for s in stored)
                                  for n in ("good_a.txt", "good_b.txt")):
        print("good files not stored: " + repr(stored), file=sys.stderr)
        sys.exit(3)
    print(len(stored))


if __name__ == "__main__":
    main()
"""

SAVE_AS_DRIVER = """\
import sys
from pathlib import Path
from viewer.loading import load_paths
from viewer.projects import Project, ProjectError

with Project.create(Path(sys.argv[1])) as project:
    project.add_articles(load_paths([Path(sys.argv[3])]).articles)
    try:
        project.save_as(Path(sys.argv[2]))
    except ProjectError as error:
        print(f"parallax: {error}", file=sys.stderr)
        sys.exit(1)
"""

WRITES_DRIVER = """\
import sys
from pathlib import Path
from viewer.annotations.model import make_annotation
from viewer.corpus import Article
from viewer.projects import Project, ProjectError
from viewer.provenance import Provenance

path = Path(sys.argv[1])
if sys.argv[2] == "make":
    with Project.create(path) as project:
        (article,) = project.add_articles([Article("a", "Some text here for the case.", "A")])
        project.save_annotations([make_annotation(article, 0, 4)], [])
    sys.exit(0)
refused = 0
with Project.open(path) as project:
    article = project.articles()[0]
    for write in (lambda: project.set_provenance("a", Provenance(outlet="X")),
                  lambda: project.save_annotations([make_annotation(article, 5, 9)], []),
                  lambda: project.add_articles([Article("b", "More text. " * 2000, "B")]),
                  lambda: project.set_view_state({"panes": ["a"]})):
        try:
            write()
        except ProjectError as error:
            print(f"parallax: {error}", file=sys.stderr)
            refused += 1
sys.exit(0 if refused == 4 else 3)
"""

WINDOW_DRIVER = """\
# One action in a real window on the X server the matrix gives it, as the user's menu choice
# would run it once the dialog has returned the file: open a project, import or open an
# annotation file, Save project as. Prints what the window said and whether it is still up.
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from widgets.app import build_window, wait_until_idle


def settle(milliseconds):
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def main():
    action, target = sys.argv[1], Path(sys.argv[2])
    app, window = build_window([Path(p) for p in sys.argv[3:]])
    window.show()
    wait_until_idle(app, window, 120_000)
    said = []
    window.statusBar().messageChanged.connect(lambda text: said.append(text) if text else None)
    controller = window.add_annotation_gui().ensure_controller(show_dock=False)
    before = len(controller.annotations)
    if action == "open project":
        result = window.project_gui.open_project(target) is not None
    elif action == "import":
        from widgets.import_annotations import importer_for

        importer = importer_for(controller)
        loop = QEventLoop()
        importer.finished.connect(lambda *_: loop.quit())
        QTimer.singleShot(240_000, loop.quit)
        importer.start(target)
        loop.exec()
        result = not importer.busy
    elif action == "open annotations":
        from widgets.import_annotations import open_annotations

        result = open_annotations(controller, target)
    elif action == "save project as":
        result = window.project_gui.save_as(target)
    else:
        raise SystemExit(f"unknown action {action}")
    settle(1000)
    windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    boxes = [" ".join([b.text(), b.informativeText()]) for w in windows
             for b in w.findChildren(QMessageBox) if b.isVisible()]
    # (a project that opens comes in a new window, and the empty first one closes)
    alive = any(getattr(w, "project_gui", None) is not None for w in windows)
    print(json.dumps({"result": bool(result), "said": said + boxes,
                      "alive": alive, "before": before,
                      "annotations": len(controller.annotations)}))
    for shown in QApplication.topLevelWidgets():
        gui = getattr(shown, "project_gui", None)
        if gui is not None:
            gui.ask_on_close = lambda _what: "discard"
            annotations = shown.annotation_gui
            if annotations is not None and annotations.controller is not None:
                annotations.controller.ask_on_quit = lambda _problem: "discard"
        shown.close()


if __name__ == "__main__":
    main()
"""

PROJECT_WRITER = """\
# Writes into a project as fast as it can until it is killed: articles, annotations, details.
import sys
from viewer.annotations.model import make_annotation
from viewer.corpus import Article
from viewer.projects import Project
from viewer.provenance import Provenance

project = Project.open(sys.argv[1])
count = len(project.articles())
print("ready", flush=True)
while True:
    count += 1
    (article,) = project.add_articles([Article(f"w{count}", f"{count} " + "word " * 20_000, "t")])
    project.save_annotations([make_annotation(article, 0, 4)], [])
    project.set_provenance(article.id, Provenance(outlet=f"outlet {count}"))
"""

ANNOTATION_WRITER = """\
# Saves an annotation file as the window does (under the folder lock, atomically, with a
# backup), one more annotation each time, until it is killed.
import sys
from pathlib import Path
from viewer.annotations.document import AnnotationDocument
from viewer.annotations.model import make_annotation
from viewer.corpus import Article

article = Article("a", "Some words to tag here. " * 2000, "A", path=Path(sys.argv[2]))
document = AnnotationDocument.open(Path(sys.argv[1]))
print("ready", flush=True)
n = 0
while True:
    n += 1
    document.annotations.add(make_annotation(article, n % 40_000, n % 40_000 + 4,
                                              note="x" * 2000))
    document.save_now()
"""

TWO_WRITERS = """\
# One of two processes adding annotations to one project or annotation file at once, through
# the documents the window saves with (each save merges what the other wrote meanwhile).
import sys
from pathlib import Path
from viewer.annotations.model import make_annotation
from viewer.corpus import Article

kind, path, name, count = sys.argv[1], Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
article = Article("a", "Some words to tag here. " * 400, "A", path=Path(sys.argv[5]))
if kind == "project":
    from viewer.projects import ProjectDocument

    document = ProjectDocument.open(path)
else:
    from viewer.annotations.document import AnnotationDocument

    document = AnnotationDocument.open(path)
for n in range(count):
    document.annotations.add(make_annotation(article, n, n + 4, note=f"{name} {n}"))
    document.save_now()
print(len(document.annotations))
"""

TERMINATED_WINDOW = """\
# A window on a folder (or a project) given an annotation, then SIGTERM before its autosave
# ran: a logout, `kill`, a system shutting down. Whatever the window then does, the annotation
# must be in the file afterwards.
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from widgets.app import build_window, close_on_interrupt, wait_until_idle
from viewer.annotations.model import make_annotation

app, window = build_window([Path(p) for p in sys.argv[1:]])
window.show()
close_on_interrupt(window)
wait_until_idle(app, window, 120_000)
controller = window.add_annotation_gui().ensure_controller(show_dock=False)
article = window.workspace.corpus.articles[0]
controller.annotations.add(make_annotation(article, 0, 5, note="made just before SIGTERM"))
QTimer.singleShot(0, lambda: os.kill(os.getpid(), signal.SIGTERM))
sys.exit(app.exec())
"""
