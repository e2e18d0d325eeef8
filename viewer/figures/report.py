"""`parallax figures` output: the JSON contract (version 1) and the readable table.

JSON: {"version": 1, "documents": [{id, path, title, event}], "quantities": [{id, name, event,
disagree, updated, currency, mentions: [{document, start, end, text, value, source, as_of,
clashes, later, currency}]}]}; `value` has exactly one key; `currency` is null on a row of
counts and its figures, and on an amount of money its currency (`viewer.figures.money_rows`: the
row's "USD" where a figure's is "$", a dollar the text does not say whose); `event` numbers the
groups of articles that share passages (figures are compared within one only; an article the
events leave out is one of its own), the same number for a document and its rows; `disagree`
keeps its meaning of version 1, some two figures of different articles cannot both be true
(`Quantity.values_differ`), also where they are given as of two times; `updated` says that some
such two are one count at two times (`viewer.figures.updates`), and the table then marks the row
UPDATED, and DISAGREE only where other figures clash; `clashes` is the table's "!" mark (a row
the table marks DISAGREE has one), `later` its "↑" (a later count), `as_of` the words that give
the time a figure is counted at (or null). One source's earlier versions (`viewer.figures.versions`)
count nowhere: a document that is one has `latest_version` (the id of the one counted, else null),
and a row lists its figures under `earlier` (each with `latest` and `changed`: the latest version
gives no figure of its value in the row), while a counted figure's `changed_from` lists the other
values its earlier versions gave there. Deterministic: the same articles give the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from viewer.corpus import Article
from viewer.english import east_asian_language
from viewer.figures.events import EVENT_NOTE, Events, event_name
from viewer.figures.extraction import Mention
from viewer.figures.grouping import Quantity, counted_documents, event_numbers
from viewer.figures.money_rows import value_text
from viewer.figures.sentences import is_english
from viewer.figures.versions import (
    EarlierFigure,
    change_note,
    changed_from,
    earlier_note,
    latest_versions,
)
from viewer.terminal_columns import (
    article_names,
    clip_columns,
    columns,
    one_line_columns,
    pad_columns,
    wrap_columns,
)
from viewer.wording import count_of, terminal_text

JSON_VERSION = 1
TABLE_WIDTH = 100
NAME_COLUMNS = 24
"""The most columns an article's name takes in the table."""
DISAGREE_MARK = "DISAGREE"
UPDATED_MARK = "UPDATED"
LATER_FLAG = "\u2191"
CLASH_LEGEND = "! marks a figure that clashes with one as many articles agree with or more."
LATER_LEGEND = ("\u2191 marks a later count: given as of a later time (in brackets) than a "
                "count it differs from.")
UPDATED_LEGEND = ("UPDATED: some of the row's figures are one count given as of different "
                  "times.")
EARLIER_FLAG = "~"
EARLIER_LEGEND = ("~ marks an earlier version of an article: its figures are shown, not counted "
                  "(its latest version's are).")


def figures_to_json(articles: Sequence[Article], quantities: Sequence[Quantity],
                    events: Events | None = None) -> dict[str, Any]:
    """The `figures --json` object of the design notes, with each document's and row's event
    (`events`, as `find_figures` was given them) and each figure's clash mark added."""
    numbers = event_numbers([article.id for article in articles], events,
                            counted_documents(quantities))
    latest_of = latest_versions(articles)
    return {
        "version": JSON_VERSION,
        "documents": [
            {"id": article.id,
             "path": str(article.path) if article.path is not None else None,
             "title": article.title,
             "event": numbers[article.id],
             "latest_version": latest_of.get(article.id)}
            for article in articles
        ],
        "quantities": [
            {
                "id": quantity.id,
                "name": quantity.name,
                "event": quantity.event,
                "disagree": quantity.values_differ,
                "updated": quantity.updated,
                "currency": quantity.currency,
                "mentions": [
                    {"document": mention.document, "start": mention.start, "end": mention.end,
                     "text": mention.text, "value": mention.value.to_json(),
                     "source": mention.source, "currency": mention.currency,
                     "as_of": mention.as_of.words if mention.as_of is not None else None,
                     "clashes": index in quantity.marked, "later": index in quantity.later,
                     "changed_from": changed_from(quantity.earlier, mention.document)}
                    for index, mention in enumerate(quantity.mentions)
                ],
                "earlier": [_earlier_json(figure) for figure in quantity.earlier],
            }
            for quantity in quantities
        ],
    }


def _earlier_json(figure: EarlierFigure) -> dict[str, Any]:
    mention = figure.mention
    return {"document": mention.document, "start": mention.start, "end": mention.end,
            "text": mention.text, "value": mention.value.to_json(), "source": mention.source,
            "currency": mention.currency,
            "as_of": mention.as_of.words if mention.as_of is not None else None,
            "latest": figure.latest, "changed": figure.changed}


def figures_json_text(articles: Sequence[Article], quantities: Sequence[Quantity],
                      events: Events | None = None) -> str:
    """`figures_to_json` as `parallax figures --json` prints it, and the Figures dock's Export
    figures… writes it: one text, so that the two give the same bytes for the same articles."""
    return json.dumps(figures_to_json(articles, quantities, events),
                      ensure_ascii=True, indent=1) + "\n"


NO_FIGURES = ("No counted figures found. A figure is a number with the thing it counts "
              "(\u201c22 missiles\u201d) or an amount of money (\u201c$3 million\u201d); "
              "ages, dates, durations, measures and percentages are not figures.")
"""What an empty figures table says: what it looks for (on Italian, French and English articles
about a death, "95 anni", "88 ans", "70 years on the throne", a bare "No counted figures found."
left the journalist wondering whether it had read the articles at all)."""
ENGLISH_RULES = ("Figures are read by English rules: in articles in other languages few are "
                 "found (digits before a word of another language are not read as counts).")
"""Added where most of the articles' words are not English: a tester found no figures in Polish,
Arabic and Korean articles about a death toll and could not tell why."""
EAST_ASIAN_RULES = ("In Chinese, Japanese and Korean only counts of people whose outcome is "
                    "told are read (\u201c86人遇难\u201d, \u201c3人が死亡\u201d, "
                    "\u201c86명이 숨지고\u201d).")
"""Added instead where the articles are mostly Chinese, Japanese or Korean, which have rules of
their own (`viewer.figures.east_asian`)."""
SAMPLE_ARTICLES, SAMPLE_CHARS, SAMPLE_WORDS = 200, 2_000, 20_000
"""How much of the articles `no_figures_message` reads: enough to tell the language."""


def no_figures_message(articles: Sequence[Article]) -> str:
    """What to say when `articles` give no counted figure: what a figure is, and, where their
    words are not mostly English (`viewer.figures.sentences.is_english`, the test the figures
    make of each sentence), that the figures are read by English rules."""
    # (a sample: the dock asks on the GUI thread, of a folder of any size)
    sample: list[str] = []
    words = 0
    for article in articles[:SAMPLE_ARTICLES]:
        sample.append(article.text[:SAMPLE_CHARS])
        words += len(sample[-1].split())
        if words >= SAMPLE_WORDS:
            break
    text = " ".join(sample)
    if text.strip() and east_asian_language(text) is not None:
        return f"{NO_FIGURES} {EAST_ASIAN_RULES}"
    if text.strip() and not is_english(text):
        return f"{NO_FIGURES} {ENGLISH_RULES}"
    return NO_FIGURES


def format_figures_table(articles: Sequence[Article], quantities: Sequence[Quantity]) -> str:
    """Quantity rows, most widely reported first: each article's figure, wording, the time it
    is given as of and its source; rows whose figures cannot all be true are marked DISAGREE,
    the odd figures out with `!`; rows of one count given as of several times UPDATED, the
    later counts with `↑` (`viewer.figures.updates`)."""
    disagreeing = sum(quantity.disagree for quantity in quantities)
    updated = sum(quantity.updated for quantity in quantities)
    rows = count_of(len(quantities), "quantity", "quantities")
    over_time = f", {updated} with counts at different times" if updated else ""
    lines = [f"{count_of(len(articles), 'article')}, {rows} "
             f"({disagreeing} with figures that disagree{over_time})"]
    # (rows alike of two events, "workers laid off" twice, looked like one split in two)
    several = len({quantity.event for quantity in quantities}) > 1
    if several:
        events = count_of(len({quantity.event for quantity in quantities}), "event")
        lines += wrap_columns(f"Rows of {events} ({EVENT_NOTE}).", TABLE_WIDTH)
    # (what the marks say, where the table has them: a newcomer cannot guess an arrow's)
    legend = [text for shown, text in (
        (any(quantity.marked for quantity in quantities), CLASH_LEGEND),
        (any(quantity.later for quantity in quantities), LATER_LEGEND),
        (updated, UPDATED_LEGEND),
        (any(quantity.earlier for quantity in quantities), EARLIER_LEGEND)) if shown]
    lines += wrap_columns(" ".join(legend), TABLE_WIDTH)
    if not quantities:
        # (by columns: the message quotes Chinese, Japanese and Korean examples)
        lines += ["", *wrap_columns(no_figures_message(articles), TABLE_WIDTH)]
    # Articles named as a reader knows them (outlet, else title), or by their ids where two
    # such names open alike (`article_names`); ids stay in --json. Laid out by the columns a
    # terminal gives them (a Chinese title takes two a character).
    names = article_names({a.id: terminal_text(a.source or a.title or a.id).strip() or a.id
                           for a in articles}, NAME_COLUMNS)
    id_width = max((columns(name) for name in names.values()), default=0)
    for quantity in quantities:
        mark = f"  [{DISAGREE_MARK}]" if quantity.disagree else ""
        mark += f"  [{UPDATED_MARK}]" if quantity.updated else ""
        event = f", {event_name(quantity.event)}" if several else ""
        lines += ["", f"{quantity.id}  {terminal_text(quantity.name)}  "
                      f"({count_of(len(quantity.documents), 'article')}{event}){mark}"]
        lines_of: list[tuple[int | None, Mention, str]] = [
            (index, mention, change_note(quantity.earlier, mention.document))
            for index, mention in enumerate(quantity.mentions)]
        lines_of += [(None, figure.mention, earlier_note([figure], quantity.mentions))
                     for figure in quantity.earlier]
        for index, mention, note in lines_of:
            flag = EARLIER_FLAG if index is None else "!" if index in quantity.marked else (
                LATER_FLAG if index in quantity.later else " ")
            said = f" [{terminal_text(mention.as_of.words)}]" if mention.as_of else ""
            said += f" ({terminal_text(mention.source)})" if mention.source else ""
            said += f" \u2014 {note}" if note else ""
            document = names.get(mention.document) or clip_columns(mention.document,
                                                                   NAME_COLUMNS)
            head = (f"  {flag} {pad_columns(document, id_width)}  "
                    f"{pad_columns(value_text(mention), 14, right=True)}  ")
            body = "“" + one_line_columns(terminal_text(mention.text), 60) + "”" + said
            wrapped = wrap_columns(body, max(20, TABLE_WIDTH - columns(head)))
            lines.append(head + (wrapped[0] if wrapped else ""))
            lines += [" " * columns(head) + more for more in wrapped[1:]]
    return "\n".join(lines) + "\n"
