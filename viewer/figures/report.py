"""`parallax figures` output: the JSON contract (version 1) and the readable table.

JSON: {"version": 1, "documents": [{id, path, title}], "quantities": [{id, name, disagree,
mentions: [{document, start, end, text, value, source}]}]}; `value` has exactly one key.
Deterministic: the same articles give the same bytes.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from viewer.corpus import Article
from viewer.figures.grouping import Quantity
from viewer.wording import count_of, one_line

JSON_VERSION = 1
TABLE_WIDTH = 100
DISAGREE_MARK = "DISAGREE"


def figures_to_json(articles: Sequence[Article], quantities: Sequence[Quantity]) -> dict[str, Any]:
    """The `figures --json` object of the design notes."""
    return {
        "version": JSON_VERSION,
        "documents": [
            {"id": article.id,
             "path": str(article.path) if article.path is not None else None,
             "title": article.title}
            for article in articles
        ],
        "quantities": [
            {
                "id": quantity.id,
                "name": quantity.name,
                "disagree": quantity.disagree,
                "mentions": [
                    {"document": mention.document, "start": mention.start, "end": mention.end,
                     "text": mention.text, "value": mention.value.to_json(),
                     "source": mention.source}
                    for mention in quantity.mentions
                ],
            }
            for quantity in quantities
        ],
    }


def format_figures_table(articles: Sequence[Article], quantities: Sequence[Quantity]) -> str:
    """Quantity rows, most widely reported first: each article's figure, wording and source;
    rows whose figures cannot all be true are marked DISAGREE, the clashing figures with `!`."""
    disagreeing = sum(quantity.disagree for quantity in quantities)
    rows = count_of(len(quantities), "quantity", "quantities")
    lines = [f"{count_of(len(articles), 'article')}, {rows} "
             f"({disagreeing} with figures that disagree)"]
    if not quantities:
        lines += ["", "No counted figures found."]
    id_width = min(24, max((len(article.id) for article in articles), default=0))
    for quantity in quantities:
        mark = f"  [{DISAGREE_MARK}]" if quantity.disagree else ""
        lines += ["", f"{quantity.id}  {_printable(quantity.name)}  "
                      f"({count_of(len(quantity.documents), 'article')}){mark}"]
        for index, mention in enumerate(quantity.mentions):
            flag = "!" if index in quantity.conflicts else " "
            said = f" ({_printable(mention.source)})" if mention.source else ""
            document = _clip(mention.document, 24)
            head = f"  {flag} {document:<{id_width}}  {mention.value.describe():>14}  "
            body = "“" + one_line(_printable(mention.text), 60) + "”" + said
            wrapped = textwrap.wrap(body, width=max(20, TABLE_WIDTH - len(head)))
            lines.append(head + (wrapped[0] if wrapped else ""))
            lines += [" " * len(head) + more for more in wrapped[1:]]
    return "\n".join(lines) + "\n"


def _printable(text: str) -> str:
    return "".join(char if char.isprintable() else " " for char in text)


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
