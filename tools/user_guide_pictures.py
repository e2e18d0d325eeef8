"""Take the user guide's pictures from the real window, off screen (run by hand):

    QT_QPA_PLATFORM=offscreen python tools/user_guide_pictures.py docs/images
    QT_QPA_PLATFORM=offscreen python tools/user_guide_pictures.py docs/images --timeline DATED/

Loads the sample corpus, waits for the alignment (the window's `idle` signal), then grabs the
main window, the collation window, the shortcut list and a narrow window with the
annotation dock open.
"""

from __future__ import annotations

import sys
from pathlib import Path


def main(out: Path, corpus: list[Path], only_timeline: bool) -> int:
    from PySide6.QtCore import Qt

    from widgets.app import build_window, wait_until_idle

    app, window = build_window(corpus, persist=False)
    # (A first run on a screen smaller than the window opens maximised; the pictures are of
    # the window at the sizes below, whatever the offscreen screen's size.)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1500, 900)
    window.show()
    if not wait_until_idle(app, window, 60_000):
        print("alignment did not finish", file=sys.stderr)
        return 1
    rows = window.workspace.passage_rows()
    window.workspace.select_passage(rows[0].passage_id)
    app.processEvents()
    if only_timeline:
        timeline = window.reading_views.show_timeline()
        timeline.resize(1000, 330)
        app.processEvents()
        timeline.grab().save(str(out / "timeline.png"))
        window.session.close(timeout=5.0)
        return 0
    window.grab().save(str(out / "window.png"))

    from viewer.passage_reports import collation_report

    def differences(passage_id: str) -> int:
        passage = window.workspace.result.passage(passage_id)
        report = collation_report(window.workspace.corpus, passage)
        return sum(row.differences for row in report.collation.rows)

    window.workspace.select_passage(max((r.passage_id for r in rows), key=differences))
    collation = window.reading_views.show_collation()
    collation.resize(1100, 360)
    app.processEvents()
    collation.grab().save(str(out / "collation.png"))
    collation.close()

    shortcuts = window.reading_views.show_shortcuts()
    shortcuts.resize(640, 720)
    app.processEvents()
    shortcuts.grab().save(str(out / "shortcuts.png"))
    shortcuts.close()

    assert window.annotation_gui is not None
    window.annotation_gui.ensure_controller().show_dock(True)
    window.resize(1100, 760)
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(out / "narrow-with-dock.png"))

    # The claim comparison as cards: two quotes of one claim, tagged as a user would: one the
    # whole statement, the other its first words (what it leaves out is grey, not a clash).
    from widgets.tag_dialog import TagAnswer

    controller = window.annotation_gui.ensure_controller()
    controller.show_dock(False)
    window.resize(1500, 900)
    answers = [TagAnswer(("figures",), "", "Missile count"),
               TagAnswer(("figures",), "vaguer", "Missile count")]
    controller.editing.ask = lambda quote, scope, editing: answers.pop(0) if answers else None
    for article in list(window.workspace.corpus):
        for needle in ("a total of 22 missiles struck two bases housing US troops, but there "
                       "were no Iraqi casualties", "a total of 22 missiles hit"):
            at = article.text.find(needle)
            if at >= 0:
                window.reveal_range(article.id, at, at + len(needle))
                controller.editing.tag_selection()
                # Off screen no pane has the focus, and Tag claim takes the first selection it
                # finds: clear this one, or the next quote tags this article again.
                for pane in window.text_panes():
                    cursor = pane.editor.textCursor()
                    cursor.clearSelection()
                    pane.editor.setTextCursor(cursor)
    controller.show_claims(True)
    view = controller.claim_view
    view.setFloating(True)
    view.resize(1000, 330)
    for _ in range(5):
        app.processEvents()
    view.grab().save(str(out / "claim-cards.png"))
    window.session.close(timeout=5.0)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    # tools/user_guide_pictures.py OUT [--timeline CORPUS...]: the timeline needs articles with
    # publication times (the samples have one date), so it is taken from another corpus.
    arguments = sys.argv[1:]
    timeline_only = "--timeline" in arguments
    paths = [Path(a) for a in arguments[2:]] if timeline_only else []
    raise SystemExit(main(Path(arguments[0] if arguments else "docs/images"), paths,
                          timeline_only))
