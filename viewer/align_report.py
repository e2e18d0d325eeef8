"""What `parallax align` prints: the readable table, and the JSON contract.

The JSON shape is the one in the design notes (version 2): documents with the exact text the
offsets index, passages (most widely shared first) with their consensus and occurrences
(document, start, end, text, kind, differences from the consensus). Output is deterministic:
the same articles give the same bytes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial
from json.encoder import encode_basestring_ascii
from typing import Any, TextIO

from viewer.corpus import Article
from viewer.indented_json import Indented, LazyItems, dumps_indented, indented_parts
from viewer.normalize import count_words
from viewer.passages import AlignmentResult, EngineSettings, Occurrence, Passage
from viewer.terminal_columns import (
    NO_BREAK,
    article_names,
    clip_columns,
    columns,
    one_line_columns,
    pad_columns,
    wrap_columns,
)
from viewer.wording import count_of, terminal_text

JSON_VERSION = 2
TABLE_WIDTH = 100
SNIPPET_CHARS = 88


def write_json(articles: Sequence[Article], result: AlignmentResult, out: TextIO,
               documents: list[str] | None = None) -> None:
    """Write the `align --json` contract to `out`: these exact bytes are what users rely on.
    `documents` is `documents_json(articles)` if the caller made it ahead."""
    out.writelines(json_pieces(articles, result, documents))


def json_pieces(articles: Sequence[Article], result: AlignmentResult,
                documents: list[str] | None = None) -> Iterator[str]:
    """The `align --json` contract in the pieces `write_json` writes, in order; their
    concatenation is the whole output. `documents` as in `write_json`."""
    # A few pieces: json.dump writes each token separately (a hundred thousand writes for a
    # thousand articles). The same text as json.dumps(..., ensure_ascii=True, indent=1), whose
    # indented output comes from the standard library's slow pure-Python encoder.
    # The contract's object is laid out here as `dumps_indented` lays out a dict (each key on
    # its own line, one space in), so that its two arrays go out as they are made, never
    # copied into one string of the whole output (at 20,000 articles, 90 MB each copy).
    # Each document and passage becomes JSON objects only when it is written.
    # Documents and occurrences (thousands of them) write their own text (`_document_text`,
    # `_occurrence_text`): the same as the generic encoder, in a few string operations each.
    yield '{\n "version": ' + dumps_indented(JSON_VERSION) + ',\n "documents": '
    yield from documents_json(articles) if documents is None else documents
    del documents
    yield ',\n "passages": '
    yield dumps_indented(LazyItems(len(result.passages),
                                   lambda index: _passage_json(result.passages[index],
                                                               fast=True)),
                         _ARRAYS_LEVEL)
    yield "\n}\n"


_ARRAYS_LEVEL = 1
"""How deep the documents' and passages' arrays are nested in the contract's object."""


def documents_json(articles: Sequence[Article], level: int = _ARRAYS_LEVEL) -> list[str]:
    """The text `write_json` writes for the articles' array of documents, in pieces: the
    larger part of its output (the articles' text), which depends on the articles alone, so
    `parallax align` makes it while the engine's workers tokenise."""
    return indented_parts(LazyItems(len(articles),
                                    lambda index: Indented(partial(_document_text,
                                                                   articles[index]))),
                          level)


def result_to_json(articles: Sequence[Article], result: AlignmentResult) -> dict[str, Any]:
    """The `align --json` contract: one self-contained object."""
    return {
        "version": JSON_VERSION,
        "documents": [_document_json(article) for article in articles],
        "passages": [_passage_json(passage) for passage in result.passages],
    }


def _document_json(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": str(article.path) if article.path is not None else None,
        "title": article.title,
        "date": article.date,
        "text": article.text,
    }


def _passage_json(passage: Passage, *, fast: bool = False) -> dict[str, Any]:
    return {
        "id": passage.id,
        "consensus": passage.consensus,
        "occurrences": [Indented(partial(_occurrence_text, occurrence)) if fast
                        else _occurrence_json(occurrence) for occurrence in passage.occurrences],
    }


def _occurrence_json(occurrence: Occurrence) -> dict[str, Any]:
    item: dict[str, Any] = {
        "document": occurrence.document,
        "start": occurrence.start,
        "end": occurrence.end,
        "text": occurrence.text,
        "kind": occurrence.kind,
    }
    if occurrence.score is not None:
        item["score"] = occurrence.score
    item["differences"] = [[start, end] for start, end in occurrence.differences]
    return item


def _document_text(article: Article, level: int) -> str:
    """`dumps_indented(_document_json(article))` at nesting `level`."""
    inner = ",\n" + " " * (level + 1)
    path = str(article.path) if article.path is not None else None
    return ("{" + inner[1:] + '"id": ' + _scalar(article.id) + inner + '"path": ' + _scalar(path)
            + inner + '"title": ' + _scalar(article.title) + inner + '"date": '
            + _scalar(article.date) + inner + '"text": ' + _scalar(article.text) + "\n"
            + " " * level + "}")


def _occurrence_text(occurrence: Occurrence, level: int) -> str:
    """`dumps_indented(_occurrence_json(occurrence))` at nesting `level`."""
    inner = ",\n" + " " * (level + 1)
    document, start, end, text, kind = (occurrence.document, occurrence.start, occurrence.end,
                                        occurrence.text, occurrence.kind)
    # (strings and whole numbers, as the fields are typed, written directly; anything else
    # as the encoder writes it)
    pieces = ["{", inner[1:], '"document": ',
              encode_basestring_ascii(document) if type(document) is str else _scalar(document),
              inner, '"start": ', int.__repr__(start) if type(start) is int else _scalar(start),
              inner, '"end": ', int.__repr__(end) if type(end) is int else _scalar(end),
              inner, '"text": ', encode_basestring_ascii(text) if type(text) is str
              else _scalar(text),
              inner, '"kind": ', encode_basestring_ascii(kind) if type(kind) is str
              else _scalar(kind)]
    if occurrence.score is not None:
        pieces += (inner, '"score": ', _scalar(occurrence.score))
    if occurrence.differences:
        item = inner[1:] + " "  # a difference's line: one deeper than the key's
        number = item + " "
        pieces += (inner, '"differences": [', ",".join(
            item + "[" + number + (int.__repr__(low) if type(low) is int else _scalar(low))
            + "," + number + (int.__repr__(high) if type(high) is int else _scalar(high))
            + item + "]"
            for low, high in occurrence.differences), inner[1:], "]")
    else:
        pieces += (inner, '"differences": []')
    pieces += ("\n", " " * level, "}")
    return "".join(pieces)


def _scalar(value: object) -> str:
    """The JSON text of a string, whole number or null (anything else as the encoder writes
    it)."""
    if type(value) is str:
        return encode_basestring_ascii(value)
    if type(value) is int:
        return int.__repr__(value)
    return dumps_indented(value)


def format_table(articles: Sequence[Article], result: AlignmentResult,
                 settings: EngineSettings | None = None) -> str:
    """A readable listing for a 100-column terminal: articles, then passages most widely
    shared first, each with a snippet and the articles (with offsets) that carry it."""
    settings = settings or EngineSettings()
    count = len(result.passages)
    lines = [
        f"{count_of(len(articles), 'article')}, "
        f"{count_of(count, 'shared passage')} "
        f"(at least {settings.min_words} words, {settings.ngram_size}-word seeds)",
        "",
        "Articles (share of text in some passage):",
    ]
    # (by the columns a terminal gives them: a Chinese title takes two a character)
    id_width = min(32, max((columns(article.id) for article in articles), default=0))
    for article in articles:
        shared = result.coverage.get(article.id, 0.0)
        head = f"  {pad_columns(clip_columns(article.id, 32), id_width)}  {shared:4.0%}  "
        lines.append(head + clip_columns(terminal_text(article.title),
                                         TABLE_WIDTH - columns(head)))
    if not result.passages:
        lines += ["", "No passage is shared by two or more articles."]
    # Passages name their articles as a reader knows them (outlet, else title), or by the ids
    # of the list above where two such names open alike (`article_names`).
    names = article_names({a.id: terminal_text(a.source or a.title or a.id).strip() or a.id
                           for a in articles}, NAME_CHARS)
    for passage in result.passages:
        lines += ["", *_passage_lines(passage, names)]
    return "\n".join(lines) + "\n"


NAME_CHARS = 30


def _passage_lines(passage: Passage, names: dict[str, str]) -> list[str]:
    longest = max(passage.occurrences, key=lambda o: (o.end - o.start, -o.start))
    shown = passage.consensus or longest.text
    words = count_words(shown)
    fragments = sum(1 for o in passage.occurrences if o.kind == "fragment")
    summary = f"{passage.id}  {passage.spread} articles  {words} words"
    if fragments:
        summary += f"  ({count_of(fragments, 'fragment')})"
    snippet = "“" + one_line_columns(terminal_text(shown), SNIPPET_CHARS) + "”"
    # No-break spaces keep each name whole, and with its offsets, when the list is wrapped.
    places = ", ".join(
        f"{names.get(o.document, o.document)} ({o.start}-{o.end}"
        f"{', fragment' if o.kind == 'fragment' else ''})".replace(" ", NO_BREAK)
        for o in passage.occurrences)
    wrapped = wrap_columns("in: " + places, TABLE_WIDTH, "    ", "        ", break_long=False)
    return [summary, "    " + snippet, *wrapped]
