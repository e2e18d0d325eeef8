"""Annotations › Export: where to write (a dialog that starts in a folder meant for people) and
the export itself, in the format `export_format` chooses from the name and the file type chosen
in the dialog; written in one step. What the format could not hold is for the notice above the
panes (one line a kind), the status line saying only what was written where.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.annotations.annotation_set import AnnotationSet
from viewer.annotations.formats import EXPORT_FORMATS, JSON_EXTENSION, ExportFormat
from viewer.corpus import Article
from viewer.printable import printable
from viewer.window_title import comparison_name
from viewer.wording import count_of

if TYPE_CHECKING:
    from widgets.window_frame import WindowFrame

LEFT_OUT_OF_DIALOG = {
    "claimreview": "a review of each claim group that has a verdict, not a file of the "
                   "annotations: the Claim comparison dock's Export ClaimReview… writes it",
}
"""The formats of `viewer.annotations.formats.FORMATS` Export annotations… does not offer, and
why; every other one is among its file types."""
FIRST_FILE_TYPE = "html"
"""The file type the dialog shows first, its default: the report, what is sent to readers."""


def dialog_file_types(formats: Mapping[str, ExportFormat]) -> dict[str, str]:
    """The dialog's file types ("Hypothesis export (*.json)") and the format each writes: every
    format of `formats` but those `LEFT_OUT_OF_DIALOG`, the report first, the others in the
    list's order. Made from the one list, so a format added to it is offered here too."""
    offered = sorted((key for key in formats if key not in LEFT_OUT_OF_DIALOG),
                     key=lambda key: key != FIRST_FILE_TYPE)
    return {f"{formats[key].file_type} (*{formats[key].extensions[0]})": key for key in offered}


FILE_TYPES = dialog_file_types(EXPORT_FORMATS)
"""The dialog's file types and the export each writes."""
EXPORT_FILE_FILTER = ";;".join(FILE_TYPES)
BY_EXTENSION = {extension: key for key in FILE_TYPES.values()
                for extension in EXPORT_FORMATS[key].extensions if extension != JSON_EXTENSION}
"""Extensions that name one format: typed, they decide whatever file type is chosen."""
JSON_FORMATS = tuple(key for key in FILE_TYPES.values() if EXPORT_FORMATS[key].json)
"""The formats whose files are JSON, which a name ending in .json may hold."""


def export_format(path: Path, file_type: str = "") -> str:
    """What to write to `path`: the format its extension names (.html, .htm, .csv, .jsonld,
    .ann), whatever file type is chosen -- the name the user typed is the file they will look
    for; a .json name, the file type chosen when it is a JSON one (JSON-LD, Hypothesis,
    Readium), else JSON-LD, as a .json export always was (an HTML report or a table under
    .json would open in nothing); any other name, the file type chosen; no type, JSON-LD."""
    by_extension = BY_EXTENSION.get(path.suffix.lower())
    if by_extension is not None:
        return by_extension
    chosen = FILE_TYPES.get(file_type, "jsonld")
    if path.suffix.lower() == JSON_EXTENSION and chosen not in JSON_FORMATS:
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
    stem = file_stem(comparison_name(window.windowTitle()), "annotations")
    path, file_type = save_file_name_and_type(window, "Export annotations", f"{stem}.html",
                                              EXPORT_FILE_FILTER)
    return (Path(path), export_format(Path(path), file_type)) if path else None


def choose_save_path(window: WindowFrame) -> str:
    """Ask where to save the annotations as (named after the comparison, as exports are);
    "" when the user cancels."""
    from viewer.window_title import file_stem
    from widgets.annotation_safety import ANNOTATION_FILE_FILTER
    from widgets.file_dialogs import save_file_name

    stem = file_stem(comparison_name(window.windowTitle()), "annotations")
    return save_file_name(window, "Save annotations as", f"{stem}.jsonld", ANNOTATION_FILE_FILTER)


@dataclass(frozen=True)
class ExportOutcome:
    """What an export from the window did, for the user."""

    written: bool
    line: str
    """The status line: what was written where (or why not), short enough to be read there."""
    left_out: tuple[str, ...] = ()
    """What the format could not hold, one line a kind: for the notice above the panes."""
    heading: str = ""
    """The notice's heading over `left_out`, naming the file and its format."""
    problem: str | None = None
    """A failure naming the file ("file: reason"), for the notice's problems."""


def export_from_window(window: WindowFrame, annotations: AnnotationSet,
                       annotation_file: Path | None, path: Path,
                       file_format: str | None) -> ExportOutcome:
    """Export the window's annotations (`export_annotations`) of the articles it compares, with
    the events it found, and say so: the status line, and in the notice above the panes what
    the format left out or why nothing was written."""
    workspace = window.workspace
    # The report is titled as the window names the comparison ("HOLD8", "week"), not by
    # the per-user annotation file ("HOLD8-03ad93ccd3fc31fb.jsonld").
    name = comparison_name(window.windowTitle())
    outcome = export_annotations(annotations, workspace.corpus.articles, path,
                                 annotation_file=annotation_file, name=name,
                                 events=workspace.events(), file_format=file_format)
    if outcome.problem is not None:
        window.notices.add([outcome.problem])
    if outcome.written:
        # (an export that left nothing out takes the last one's list away: it was another file)
        window.notices.show_left_out(outcome.heading, list(outcome.left_out))
    window.statusBar().showMessage(outcome.line, 8000)
    return outcome


def export_annotations(annotations: AnnotationSet, articles: Sequence[Article], path: Path, *,
                       annotation_file: Path | None, name: str = "",
                       events: Mapping[str, int] | None = None,
                       file_format: str | None = None) -> ExportOutcome:
    """Write the export to `path`, and what to tell the user. `file_format`: one of
    `FILE_TYPES`' formats, by default `export_format(path)`. `annotation_file` (the
    annotations' own file, if any) is never overwritten by an export. `name`: what the window
    calls the comparison ("HOLD8", the project's name), the HTML report's title; without it
    the annotation file's name. `events`: each article's event (the claims compared list as
    saying nothing only articles of a claim's own events)."""
    from viewer.annotations.export import export_file
    from viewer.annotations.store import atomic_write_bytes
    from viewer.export_target import work_at

    items = annotations.annotations
    file_format = file_format or export_format(path)
    kind = EXPORT_FORMATS[file_format].file_type if file_format in EXPORT_FORMATS \
        else file_format
    work = work_at(path, annotation_file=annotation_file,
                   articles=[a.path for a in articles if a.path is not None])
    if work is not None:
        # (among the notice's problems, as every export that writes nothing: the status bar
        # alone showed it for 8 s)
        return _not_written(path, f"not exported: that is {work}; choose another file")
    try:
        made = export_file(file_format, items, annotations.claims, articles,
                           collection_id=annotations.collection_id,
                           title=name or (annotation_file.name if annotation_file is not None
                                          else "annotations"),
                           events=events)
    except Exception as error:  # a bug must not leave the user believing the file was made
        # (a file name that was not UTF-8 raised here, and the window said nothing while the
        # user took the export as made -- a tester's report)
        return _not_written(path, f"not exported ({type(error).__name__}: "
                                  f"{' '.join(str(error).split())}); nothing was written")
    try:
        atomic_write_bytes(path, made.data)
    except OSError as error:
        return _not_written(path, f"could not be written ({error.strerror or error})")
    left_out = []
    if made.left_out:
        left_out.append(f"{count_of(made.left_out, 'annotation')} naming no page left out "
                        "(Hypothesis needs the page's address)")
    if made.without_selector:
        left_out.append(f"{count_of(len(made.without_selector), 'annotation')} with only "
                        "selectors Hypothesis does not read (CSS, XPath...) written as page "
                        "notes")
    left_out += [loss.line() for loss in made.dropped]
    line = (f"Exported {count_of(len(items) - made.left_out, 'annotation')} to "
            f"{printable(path)} ({kind})")
    if left_out:
        line += "; what it could not hold is listed in the notice above the panes"
    return ExportOutcome(True, line, tuple(left_out),
                         heading=f"What the {kind} {printable(path.name)} could not hold:")


def _not_written(path: Path, reason: str) -> ExportOutcome:
    """An export that wrote nothing: said in the status line, and with its reason whole among
    the notice's problems (a long reason was cut in the status bar)."""
    problem = f"{printable(path)}: {printable(reason)}"
    return ExportOutcome(False, f"Nothing exported to {printable(path.name)} (see the notice "
                                "above the panes)", problem=problem)
