"""`parallax export`: re-anchor an annotation file against a corpus and export it.

ANNOTATIONS may be a `.parallax` project: its annotations, over its own articles unless
`--corpus` names others. Argument handling and orchestration only: the input is only read;
`-o` is written atomically (through a symbolic link), may not name a file the export reads
(the annotation file, an article or project of the corpus) nor any Parallax project, and is
refused when it names a FIFO or device; another annotation file it names is copied aside first
(`NAME.bak`, then `NAME.bak.2` ...), unless all it holds is among what the export reads. The
writers are in `viewer.annotations.export`.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.commands.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    load_for_command,
    say,
    write_output,
)
from viewer.export_target import holds_annotations, kept_aside, same_file, work_at

if TYPE_CHECKING:
    from viewer.annotations.model import Annotation
    from viewer.annotations.w3c import ParsedCollection


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from viewer.annotations.formats import FORMATS

    # (ANNOTATIONS first: written after "--corpus PATH ...", as argparse's own usage line put
    # it, it is taken for one more PATH -- found by a tester)
    parser.usage = (f"parallax export ANNOTATIONS --format {{{','.join(FORMATS)}}} "
                    "[--corpus PATH ...] [-o FILE]")

    parser.add_argument("annotations", type=Path, metavar="ANNOTATIONS",
                        help="annotation file (or a .parallax project): W3C Web Annotation "
                        "JSON-LD in any shape "
                        "(collection, page, array, single), or Hypothesis API JSON")
    parser.add_argument("--corpus", nargs="+", type=Path, default=[], metavar="PATH",
                        help="article files or folders (default: the article files the "
                        "annotations were made on, where they exist in the annotation file's "
                        "folder or the current one, or below; else the sample corpus)")
    parser.add_argument("--format", required=True, choices=FORMATS, help="output format")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE",
                        help="write here instead of standard output")


def run(args: argparse.Namespace) -> int:
    from viewer.annotations.anchoring import anchor_all
    from viewer.annotations.export import export_file
    from viewer.annotations.model import AnchorStatus
    from viewer.annotations.store import AnnotationFileError, load_collection
    from viewer.printable import printable
    from viewer.safe_files import NotARegularFile, atomic_write_bytes
    from viewer.wording import count_of

    annotations_path = Path(args.annotations)
    output: Path | None = Path(args.output) if args.output is not None else None
    corpus = list(args.corpus or [])
    from viewer.projects import is_project_file

    if output is not None and (overwritten := _user_file_at(output, annotations_path, corpus)):
        return _fail(f"{printable(output)}: refusing to write the export over {overwritten}; "
                     "choose another -o FILE")

    if is_project_file(annotations_path):
        # A project holds its annotations and, unless --corpus says otherwise, their articles.
        parsed_or_error = _project_annotations(annotations_path)
        if isinstance(parsed_or_error, str):
            return _fail(parsed_or_error)
        parsed = parsed_or_error
        corpus = corpus or [annotations_path]
    else:
        try:
            parsed = load_collection(annotations_path)
        except AnnotationFileError as error:
            return _fail(str(error))
    if not corpus:
        # (the files the annotations were made on, where they are: without --corpus every
        # annotation was orphaned against the samples, "not among the articles open" -- a
        # French-speaking newcomer's report)
        from viewer.annotations.anchoring import files_named

        corpus, refused = files_named(parsed.annotations,
                                      within=[annotations_path.parent, Path.cwd()])
        if refused:
            names = "; ".join(printable(str(path)) for path in refused[:3])
            more = f" and {len(refused) - 3} more" if len(refused) > 3 else ""
            say(f"{printable(str(annotations_path))}: not read, as not an article in this "
                f"folder or the annotation file's: {names}{more} (name them with --corpus)")
        if not corpus and parsed.annotations:
            # (said: 6 of 6 orphaned "against" articles nobody named read as the user's own --
            # a tester, session 52)
            say(f"{printable(str(annotations_path))}: no --corpus, and no article file it "
                "names is here: placed against the built-in sample articles (name the articles "
                "with --corpus)")
    report = load_for_command(corpus)
    if report is None:
        return EXIT_USAGE  # load_for_command has said so
    articles = report.articles
    if output is not None and any(a.path is not None and same_file(output, a.path)
                                  for a in articles):
        return _fail(f"{printable(output)}: refusing to write the export over an article it "
                     "reads; choose another -o FILE")
    anchored = anchor_all(parsed.annotations, articles)
    exported = export_file(args.format, anchored, parsed.claims, articles,
                           collection_id=parsed.collection_id,
                           title=comparison_title(annotations_path, corpus,
                                                  found=not args.corpus),
                           collection_extra=parsed.extra, page_id=parsed.page_id)
    left_out = exported.left_out  # (orphans all: a placed one names its article)
    orphans = sum(1 for a in anchored if a.status is AnchorStatus.ORPHANED) - left_out
    if orphans:
        # (what placing them said: "its text was not found" was said of a page note whose
        # page is not among the articles, and of a CSS selector alone)
        reasons = list(dict.fromkeys(a.anchor_note for a in anchored
                                     if a.status is AnchorStatus.ORPHANED and a.anchor_note))
        why = ("placed in no article" if not reasons else reasons[0] if len(reasons) == 1
               else f"for {len(reasons)} reasons, the first: {reasons[0]}")
        said = (f"is orphaned ({why}); it is" if orphans == 1 else
                f"are orphaned ({why}); they are")
        say(f"{printable(str(annotations_path))}: {orphans} of "
            f"{count_of(len(anchored), 'annotation')} {said} kept in the export")
    if left_out:
        say(f"{printable(str(annotations_path))}: {count_of(left_out, 'annotation')} "
            f"{'names' if left_out == 1 else 'name'} no page and "
            f"{'is' if left_out == 1 else 'are'} left out of the Hypothesis export "
            "(Hypothesis needs the page's address)")
    if exported.without_selector:
        named = exported.without_selector
        more = f" and {len(named) - 3:,} more" if len(named) > 3 else ""
        one = len(named) == 1
        say(f"{printable(str(annotations_path))}: {count_of(len(named), 'annotation')} "
            f"{'has' if one else 'have'} only selectors Hypothesis does not read (CSS, XPath, "
            f"SVG...) and {'is written as a page note' if one else 'are written as page notes'}"
            f": {', '.join(printable(i) for i in named[:3])}{more}")
    for loss in exported.dropped:
        say(f"{printable(str(annotations_path))}: {loss.line()}")
    for problem in parsed.problems:
        say(f"{printable(str(annotations_path))}: {problem}")
    if args.format == "claimreview" and not any(group.verdict for group in parsed.claims):
        say(f"{printable(str(annotations_path))}: no claim group has a verdict yet (set one in "
            "the claim comparison view); the ClaimReview export is empty")
    if output is None:
        return write_output(exported.data)
    try:
        # (another annotation file is copied aside first: `-o victim.jsonld` replaced 307
        # annotations with a CSV table, no backup and no word -- found by a tester)
        backup = (kept_aside(output) if holds_annotations(output)
                  and not _held_by(output, [*parsed.annotations, *anchored]) else None)
    except OSError as error:
        return _fail(f"{printable(str(output))}: holds annotations and could not be kept aside "
                     f"({error.strerror or error}); nothing was written", code=EXIT_FAILURE)
    if backup is not None:
        say(f"{printable(str(output))}: held annotations; kept as {printable(backup.name)}")
    try:
        atomic_write_bytes(output, exported.data)
    except NotARegularFile as error:
        return _fail(f"{printable(str(output))}: {error.strerror}; write to standard output "
                     "(leave out -o) to pipe the export")
    except OSError as error:
        return _fail(f"{printable(str(output))}: could not be written ({error.strerror or error})",
                     code=EXIT_FAILURE)
    return EXIT_OK


def comparison_title(annotations: Path, corpus: list[Path], *, found: bool = False) -> str:
    """What the report (and a Readium set) is titled: the comparison as the window names it
    (`viewer.window_title.corpus_name`), whose Export titles the same annotations so -- not
    the annotation file ("Parallax report: ar-6e7eb51cde551d8b.jsonld", the per-user file of
    the folder the window called "ar": tester58). A project is named as its window is, by its
    name; `found`: `corpus` is the files the annotations name (no --corpus), named by their
    folders, which the window had open; no corpus, the samples."""
    from viewer.projects import is_project_file
    from viewer.window_title import corpus_name

    if is_project_file(annotations):
        return annotations.stem
    opened = [path.parent if found else path.with_suffix("") if is_project_file(path) else path
              for path in corpus]
    return corpus_name(list(dict.fromkeys(opened)), samples=not opened)


def _project_annotations(path: Path) -> ParsedCollection | str:
    """The annotations and claim groups stored in a project (or the one-line reason why not)."""
    from viewer.annotations.w3c import ParsedCollection
    from viewer.projects import ProjectError
    from viewer.projects.project import Project

    try:
        with Project.read_into_memory(path) as project:  # only read (as `align` reads one)
            annotations, claims = project.annotations()
            # Records it cannot read are left out of the export: each is said in one line.
            unread = tuple(project.problem_reasons())
    except ProjectError as error:
        return str(error)
    return ParsedCollection(f"urn:parallax:project:{path.stem}", annotations, claims, 2,
                            shape="a Parallax project", problems=unread)


def _user_file_at(output: Path, annotations: Path, corpus: list[Path]) -> str | None:
    """What of the user's `-o` would write over, in words, or None: the annotation file the
    export reads, a file or project of the corpus, or any Parallax project (`-o` naming one
    destroyed the investigation with a CSV; found by the fault matrix). The window's question
    (`export_target.work_at`), in the command's words."""
    found = work_at(output, annotation_file=annotations, articles=corpus)
    return _COMMAND_WORDS.get(found, found) if found is not None else None


_COMMAND_WORDS = {"the annotation file itself": "the annotation file it reads",
                  "an article being compared": "an article or project it reads"}
"""`work_at`'s words as the command says them: it reads the files, it compares nothing."""


def _held_by(output: Path, annotations: list[Annotation]) -> bool:
    """Whether every annotation the file at `output` holds is among `annotations`, as it is
    there (same id, quote, tags, note and date): an earlier export of them, nothing lost when
    it is written over. A file that cannot be read as annotations: False."""
    from viewer.annotations.store import AnnotationFileError, load_collection

    try:
        held = load_collection(output).annotations
    except (AnnotationFileError, OSError):
        return False
    exported = {_signature(annotation) for annotation in annotations}
    return all(_signature(annotation) in exported for annotation in held)


def _signature(annotation: Annotation) -> tuple[object, ...]:
    return (annotation.id, annotation.exact, annotation.tags, annotation.note,
            annotation.modified)


def _fail(message: str, *, code: int = EXIT_USAGE) -> int:
    say(message)
    return code
