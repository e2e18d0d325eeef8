"""Annotations › Export: where to write (a dialog that starts in a folder meant for people) and
the export itself, chosen by the file's extension (.html report, .csv, .jsonld, .ann Readium
set), else by the file type chosen in the dialog (the Hypothesis client's export file among
them), else Web Annotation JSON-LD; written in one step.
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

FILE_TYPES = {
    "HTML report (*.html)": "html",
    "CSV spreadsheet (*.csv)": "csv",
    "Web Annotation JSON-LD (*.jsonld)": "jsonld",
    "Hypothesis export (*.json)": "hypothesis",
    "Readium annotation set for Thorium Reader (*.ann)": "readium",
}
"""The dialog's file types and the export each writes (`viewer.annotations.export.FORMATS`)."""
EXPORT_FILE_FILTER = ";;".join(FILE_TYPES)
BY_EXTENSION = {".html": "html", ".htm": "html", ".csv": "csv", ".jsonld": "jsonld",
                ".ann": "readium"}


def export_format(path: Path, file_type: str = "") -> str:
    """What to write to `path`: its extension says (.html, .csv, .jsonld, .ann); else the file type
    chosen in the dialog, except that a .json file is Hypothesis' only when that type was
    chosen (it was always JSON-LD); else JSON-LD."""
    by_extension = BY_EXTENSION.get(path.suffix.lower())
    if by_extension is not None:
        return by_extension
    chosen = FILE_TYPES.get(file_type, "jsonld")
    if path.suffix.lower() == ".json" and chosen != "hypothesis":
        return "jsonld"
    return chosen


def choose_export_path(window: WindowFrame) -> tuple[Path, str] | None:
    """Ask where to export (starting where every file dialog starts: `widgets.file_dialogs`,
    never in the hidden per-user data folder the annotation file may live in): the path and
    the format to write there (`export_format`); None when the user cancels."""
    from viewer.window_title import file_stem
    from widgets.file_dialogs import save_file_name_and_type

    # Named after the comparison ("HOLD6.html"): a week's reports of several projects were
    # all "annotations.html", each suggested over the last.
    stem = file_stem(window.windowTitle().replace("[*]", ""), "annotations")
    path, file_type = save_file_name_and_type(window, "Export annotations", f"{stem}.html",
                                              EXPORT_FILE_FILTER)
    return (Path(path), export_format(Path(path), file_type)) if path else None


def choose_save_path(window: WindowFrame) -> str:
    """Ask where to save the annotations as (named after the comparison, as exports are);
    "" when the user cancels."""
    from viewer.window_title import file_stem
    from widgets.annotation_safety import ANNOTATION_FILE_FILTER
    from widgets.file_dialogs import save_file_name

    stem = file_stem(window.windowTitle().replace("[*]", ""), "annotations")
    return save_file_name(window, "Save annotations as", f"{stem}.jsonld", ANNOTATION_FILE_FILTER)


def export_from_window(window: WindowFrame, annotations: AnnotationSet,
                       annotation_file: Path | None, path: Path,
                       file_format: str | None) -> tuple[bool, str]:
    """Export the window's annotations (`export_annotations`) of the articles it compares, with
    the events it found; whether written, and the line to show."""
    workspace = window.workspace
    # The report is titled as the window names the comparison ("HOLD8", "week"), not by
    # the per-user annotation file ("HOLD8-03ad93ccd3fc31fb.jsonld").
    name = window.windowTitle().replace("[*]", "").strip()
    return export_annotations(annotations, workspace.corpus.articles, path,
                              annotation_file=annotation_file, name=name,
                              events=workspace.events(), file_format=file_format)


def export_annotations(annotations: AnnotationSet, articles: Sequence[Article], path: Path, *,
                       annotation_file: Path | None, name: str = "",
                       events: Mapping[str, int] | None = None,
                       file_format: str | None = None) -> tuple[bool, str]:
    """Write the export to `path`: (written, the line to show the user). `file_format`: one of
    `FILE_TYPES`' formats, by default `export_format(path)`. `annotation_file` (the
    annotations' own file, if any) is never overwritten by an export. `name`: what the window
    calls the comparison ("HOLD8", the project's name), the HTML report's title; without it
    the annotation file's name. `events`: each article's event (the claims compared list as
    saying nothing only articles of a claim's own events)."""
    from viewer.annotations.export import export_file
    from viewer.annotations.store import atomic_write_bytes

    items = annotations.annotations
    file_format = file_format or export_format(path)
    try:
        made = export_file(file_format, items, annotations.claims, articles,
                           collection_id=annotations.collection_id,
                           title=name or (annotation_file.name if annotation_file is not None
                                          else "annotations"),
                           events=events)
    except Exception as error:  # a bug must not leave the user believing the file was made
        # (a file name that was not UTF-8 raised here, and the window said nothing while the
        # user took the export as made -- a tester's report)
        return False, (f"{printable(path)}: not exported ({type(error).__name__}: "
                       f"{printable(' '.join(str(error).split()))}); nothing was written")
    data, left_out, dropped = made.data, made.left_out, made.dropped
    without_selector = len(made.without_selector)
    from viewer.export_target import work_at

    work = work_at(path, annotation_file=annotation_file,
                   articles=[a.path for a in articles if a.path is not None])
    if work is not None:
        return False, f"Choose another file: that is {work}"
    try:
        atomic_write_bytes(path, data)
    except OSError as error:
        return False, f"{printable(path)}: could not be written ({error.strerror or error})"
    said = f"Exported {count_of(len(items) - left_out, 'annotation')} to {printable(path)}"
    if left_out:
        said += (f"; {count_of(left_out, 'annotation')} naming no page left out (Hypothesis "
                 "needs the page's address)")
    if without_selector:
        said += (f"; {count_of(without_selector, 'annotation')} with only selectors Hypothesis "
                 "does not read (CSS, XPath...) written as page notes")
    for loss in dropped:
        said += f"; {loss.line()}"
    return True, said
