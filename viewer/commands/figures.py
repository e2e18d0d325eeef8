"""`parallax figures [PATH ...] [--json]`: counted figures per quantity across articles.

Prints a readable table (rows of quantities, each article's figure and its source, disagreeing
rows marked) or, with --json, the design's figures contract (version 1). Needs no display.
The articles are aligned first (the engine, default settings, as `parallax align`, a project's
corrections laid over the result): figures are compared only between articles that share
passages, directly or through others (one event).
"""

from __future__ import annotations

import argparse

from viewer.commands.common import add_corpus_paths


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = ("Counted figures (missiles, people killed, troops ...) and amounts of money "
                     "(with their currency and what they are for) with their qualifier "
                     "and source, one row per quantity across articles; rows whose figures "
                     "cannot all be true are marked DISAGREE. Figures are compared only between "
                     "articles that share passages (one event). No display needed.")
    add_corpus_paths(parser)
    parser.add_argument("--json", action="store_true",
                        help="print one JSON object (documents, quantities with mentions)")


def run(args: argparse.Namespace) -> int:
    import sys

    from viewer.commands.common import EXIT_USAGE, load_for_command, write_output
    from viewer.corrections import Correction
    from viewer.engine import find_shared_passages
    from viewer.figures.corpus import find_figures
    from viewer.figures.events import events_of_result
    from viewer.figures.report import figures_json_text, format_figures_table
    from viewer.passages import EngineSettings

    corrections: list[Correction] = []
    report = load_for_command(args.paths, corrections=corrections)
    if report is None:
        return EXIT_USAGE
    articles = report.articles
    result = find_shared_passages(articles, EngineSettings())
    if corrections:
        # (a project's links and splits, as `parallax align` and the window lay them over the
        # engine's result: the events the figures are compared within are the corrected ones)
        from viewer.corrections import apply_corrections

        result = apply_corrections(result, articles, corrections).result
    events = events_of_result([article.id for article in articles], result)
    quantities = find_figures(articles, events=events)
    if args.json:
        return write_output(figures_json_text(articles, quantities, events))
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    return write_output(format_figures_table(articles, quantities))
