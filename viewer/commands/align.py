"""`parallax align`: list the passages two or more articles share, as a table or as JSON.

Argument handling and orchestration only; the table and the JSON contract are built by
`viewer.align_report`, the passages found by `viewer.engine`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from viewer.commands.common import (
    EXIT_USAGE,
    add_corpus_paths,
    load_for_command,
    non_negative_int,
    positive_int,
    share,
    write_output,
)

if TYPE_CHECKING:
    from viewer.corrections import Correction


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from viewer.passages import EngineSettings

    defaults = EngineSettings()
    add_corpus_paths(parser)
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object (documents with text, passages with offsets)")
    parser.add_argument("--min-words", type=positive_int, default=defaults.min_words,
                        metavar="N",
                        help=f"shortest passage in words (default {defaults.min_words})")
    parser.add_argument("--ngram-size", type=positive_int, default=defaults.ngram_size,
                        metavar="N", help=f"words per seed n-gram (default {defaults.ngram_size})")
    parser.add_argument("--max-document-share", type=share, default=defaults.max_document_share,
                        metavar="F", help="in 10 or more articles, ignore short phrases found "
                        "in more than this share of them as boilerplate; long shared text is "
                        f"always kept (default {defaults.max_document_share})")
    parser.add_argument("--max-gap-words", type=non_negative_int,
                        default=defaults.max_gap_words, metavar="N",
                        help="unmatched words an edited passage may bridge "
                        f"(default {defaults.max_gap_words})")


def run(args: argparse.Namespace) -> int:
    from viewer.heap import collect_rarely, keep_freed_memory
    from viewer.passages import EngineSettings

    keep_freed_memory()  # this process exits after one alignment
    collect_rarely()
    # The engine's imports (numpy, the tokeniser's grammar: about 0.2 s) are made while the
    # workers read a large folder, if they do; here anyway.
    corrections: list[Correction] = []
    report = load_for_command(args.paths, meanwhile=_import_engine, corrections=corrections)
    from viewer.align_report import format_table, json_pieces
    from viewer.engine import find_shared_passages

    if report is None:
        return EXIT_USAGE
    settings = EngineSettings(
        min_words=args.min_words,
        ngram_size=args.ngram_size,
        max_document_share=args.max_document_share,
        max_gap_words=args.max_gap_words,
    )
    articles = report.articles
    documents: list[list[str]] = []
    mapper = None
    if args.json:
        from viewer.align_report import documents_json
        from viewer.workers import default_mapper

        # The documents' JSON (a tenth of a second at 5,000 articles) is made here while the
        # engine's workers tokenise, when it runs any: they take this process's share.
        mapper = default_mapper(sum(len(article.text) for article in articles),
                                meanwhile=lambda: documents.append(documents_json(articles)))
    result = find_shared_passages(articles, settings, mapper=mapper)
    if corrections:
        from viewer.corrections import apply_corrections

        result = apply_corrections(result, articles, corrections).result
    if args.json:
        return write_output(json_pieces(articles, result, documents.pop() if documents else None))
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")  # a title a terminal cannot show
    return write_output(format_table(articles, result, settings))


def _import_engine() -> None:
    import viewer.align_report
    import viewer.engine  # noqa: F401
