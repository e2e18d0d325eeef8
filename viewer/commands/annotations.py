"""`parallax annotations import FILE`: merge another tool's annotations into a corpus's annotations.

Argument handling and orchestration only. The file may be any shape `viewer.annotations.shapes`
reads (W3C Web Annotation JSON-LD, Hypothesis API JSON...). Its annotations are anchored against
the corpus (`--corpus PATH ...`, default the sample corpus) and merged, same `id` -> one
(`viewer.annotations.importing`), into the annotation file the window uses for that corpus --
`DATA/annotations/<corpus key>.jsonld` in the per-user data folder
(`viewer.annotations.location`), or the file chosen there with File > Open annotations...
(`viewer.annotations.chosen_file`) -- or into `--into FILE`. The file is written atomically with a
backup of the previous one, merged under the folder's lock with what another process saved
meanwhile (as two windows do); a file that cannot be read, or read only in part, or was written
by a newer Parallax, is left untouched. The summary (imported, new, updated, anchored, orphaned
with reasons) goes to standard output. A window open on the same corpus keeps its own copy:
close it first, or use its File > Import annotations.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.commands.common import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, load_for_command, say

if TYPE_CHECKING:
    from viewer.annotations.w3c import ParsedCollection


def add_arguments(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True,
                                    parser_class=type(parser))
    importing = actions.add_parser(
        "import", help="import an annotation file another tool wrote",
        # (FILE first: argparse writes the options first, and FILE written after "--corpus
        # PATH ..." is taken for one more PATH -- a tester followed the usage line so)
        usage="parallax annotations import FILE [--corpus PATH ...] [--into ANNOTATIONS] "
              "[--dry-run]",
        description="Import annotations (W3C Web Annotation JSON-LD in any shape, or Hypothesis "
                    "API JSON) into the annotations of a corpus, as the window keeps them.")
    importing.add_argument("file", type=Path, metavar="FILE", help="the file to import")
    importing.add_argument("--corpus", nargs="+", type=Path, default=[], metavar="PATH",
                           help="the articles, as given to 'parallax PATH ...' (default: the "
                                "sample corpus); they choose the annotation file")
    importing.add_argument("--into", type=Path, metavar="ANNOTATIONS",
                           help="merge into this annotation file instead of the corpus's")
    importing.add_argument("--dry-run", action="store_true",
                           help="say what would be imported; write nothing")


def run(args: argparse.Namespace) -> int:
    from viewer.annotations.store import AnnotationFileError, load_collection
    from viewer.printable import printable
    from viewer.projects import is_project_file

    source = Path(args.file)
    target_named = Path(args.into) if args.into is not None else None
    for path, role in ((source, "source"), (target_named, "target")):
        if path is not None and is_project_file(path):
            # Said for what it is ("not UTF-8 text ... not an annotation file" sent the user
            # looking for an encoding problem; found by the fault matrix).
            return _fail(f"{printable(str(path))}: is a Parallax project, not an annotation "
                         "file; " + _PROJECT_ADVICE[role], code=EXIT_USAGE)
    try:
        parsed = load_collection(source)
    except AnnotationFileError as error:
        return _fail(str(error), code=EXIT_USAGE)
    return _merge(args, source, parsed)


def _merge(args: argparse.Namespace, source: Path, parsed: ParsedCollection) -> int:
    """Anchor the annotations read from `source` and merge them into the target file."""
    from viewer.annotations.chosen_file import file_in_use
    from viewer.annotations.document import AnnotationDocument
    from viewer.annotations.importing import plan_import
    from viewer.annotations.location import app_data_dir, default_annotation_file
    from viewer.annotations.store import OUT_OF_MEMORY, AnnotationFileError
    from viewer.bidi_text import for_terminal
    from viewer.printable import printable
    from viewer.wording import count_of

    corpus_paths = list(args.corpus or [])
    report = load_for_command(corpus_paths)
    if report is None:
        return EXIT_USAGE
    if args.into is not None:
        target = Path(args.into)
    else:  # the file the window opens for this corpus (another, if the user chose one there)
        target, notice = file_in_use(default_annotation_file(corpus_paths, app_data_dir()))
        if notice:
            print(notice, file=sys.stderr)
    try:
        # As a window holds it: the save merges what another process (a window, another
        # import) saved meanwhile, under the folder's lock, instead of writing over it.
        document = AnnotationDocument.open(target)
    except AnnotationFileError as error:
        return _fail(f"{error}; nothing was imported or written")
    if document.blocked:
        return _fail(f"{printable(str(target))}: {document.blocked}; nothing was imported or "
                     "written")
    if document.other_tools_shape is not None:
        # (saved, another tool's file would be rewritten in Parallax's own shape, which that
        # tool may not read back: a Hypothesis export became a W3C collection -- found by a
        # tester; the window's Open annotations leaves such a file as it is too)
        return _fail(f"{printable(str(target))}: is {document.other_tools_shape} another tool "
                     "wrote, which the merge would save in Parallax's own format; nothing was "
                     "imported or written (merge both into a new file: --into NEW.jsonld, once "
                     "for each)", code=EXIT_USAGE)
    current = document.annotations
    try:
        result = plan_import(current.annotations, current.claims, parsed, report.articles,
                             file_name=source.name)
        merged = result.merged(current.annotations)
    except MemoryError:
        # Read, the file's annotations may still be too many to place and merge: said of the
        # file, not as an internal error (a fault tester's million page notes). Only here:
        # memory running out while the articles load is no fault of the file's.
        return _fail(f"{printable(str(source))}: {OUT_OF_MEMORY}; nothing was imported or "
                     "written")
    # It names the file and quotes its reasons: printable, so no escape sequence runs.
    summary = [printable(for_terminal(line)) for line in result.summary_lines()]
    if args.dry_run:
        print("\n".join(summary))
        print("Nothing written (--dry-run); without it they would be merged into "
              f"{printable(target)}")
        return EXIT_OK
    current.replace_all(merged,
                        list(current.claims) + list(result.new_claims))
    try:
        document.save_now()
    except AnnotationFileError as error:
        # No summary then: its "Imported N annotations" read as done while the save on a full
        # disk or into a read-only folder had failed (found by the fault matrix).
        return _fail(f"{error}; nothing was imported or written")
    print("\n".join(summary))
    print(f"Saved {count_of(len(current), 'annotation')} to {printable(target)}")
    return EXIT_OK


_PROJECT_ADVICE = {
    "source": "export its annotations with 'parallax export PROJECT --format jsonld -o FILE' "
              "and import that file",
    "target": "open it in the window ('parallax PROJECT') and use File › Import annotations…; "
              "nothing was imported or written",
}


def _fail(message: str, *, code: int = EXIT_FAILURE) -> int:
    say(message)
    return code
