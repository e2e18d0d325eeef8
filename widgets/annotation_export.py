"""Annotations › Export: where to write (a dialog that starts in a folder meant for people) and
the export itself, chosen by the file's extension (.html report, .csv, else Web Annotation
JSON-LD), written in one step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.annotations.annotation_set import AnnotationSet
from viewer.corpus import Article
from viewer.printable import printable
from viewer.wording import count_of

if TYPE_CHECKING:
    from widgets.window_frame import WindowFrame

EXPORT_FILE_FILTER = ("HTML report (*.html);;CSV spreadsheet (*.csv);;"
                      "Web Annotation JSON-LD (*.jsonld)")


def choose_export_path(window: WindowFrame) -> Path | None:
    """Ask where to export (starting where every file dialog starts: `widgets.file_dialogs`,
    never in the hidden per-user data folder the annotation file may live in); None when the
    user cancels."""
    from viewer.window_title import file_stem
    from widgets.file_dialogs import save_file_name

    # Named after the comparison ("HOLD6.html"): a week's reports of several projects were
    # all "annotations.html", each suggested over the last.
    stem = file_stem(window.windowTitle().replace("[*]", ""), "annotations")
    path = save_file_name(window, "Export annotations", f"{stem}.html", EXPORT_FILE_FILTER)
    return Path(path) if path else None


def export_annotations(annotations: AnnotationSet, articles: Sequence[Article], path: Path, *,
                       annotation_file: Path | None, name: str = "",
                       events: Mapping[str, int] | None = None) -> tuple[bool, str]:
    """Write the export to `path`: (written, the line to show the user). `annotation_file` (the
    annotations' own file, if any) is never overwritten by an export. `name`: what the window
    calls the comparison ("HOLD8", the project's name), the HTML report's title; without it
    the annotation file's name. `events`: each article's event (the claims compared list as
    saying nothing only articles of a claim's own events)."""
    from viewer.annotations.export import to_csv, to_html
    from viewer.annotations.store import atomic_write_bytes
    from viewer.annotations.w3c import dumps_collection

    items = annotations.annotations
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        data = to_html(items, annotations.claims, articles, events=events,
                       title=name or (annotation_file.name if annotation_file else
                                      "annotations")).encode("utf-8")
    elif suffix == ".csv":
        data = to_csv(items, articles).encode("utf-8-sig")
    else:
        data = dumps_collection(items, annotations.claims,
                                annotations.collection_id).encode("utf-8")
    if annotation_file is not None and path.resolve() == annotation_file.resolve():
        return False, "Choose another file: that is the annotation file itself"
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        return False, f"{printable(path)}: could not be written ({error.strerror or error})"
    return True, f"Exported {count_of(len(items), 'annotation')} to {printable(path)}"
