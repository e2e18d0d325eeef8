"""The JSON value in an annotation file's bytes, or one line saying why there is none.

Generous in what it reads: UTF-8 with or without a byte-order mark, UTF-16 and UTF-32 (which
Windows tools write; `json.detect_encoding` tells them apart), and JSON Lines (one annotation
per line, as exports and log-like dumps write them) read as a list. Strict where a value could
not be kept: NaN and Infinity, a number too large for a float and an integer too long for
Python are refused, each with a reason (`json_numbers`, as in a project's records). A string
holding half of a character (an unpaired UTF-16 surrogate escape) is no reason to refuse the
file: dropped from a quote's context, and anywhere else its one annotation is refused when read
(`unpaired`). Nor is a key given twice in one object with different values: the object is
marked (`RepeatedKeys`), the annotation holding it refused when read (`repeated_key_at`), a
JSON Lines line holding it left out as a bad line, and only one in the file's own keys (a
collection's, a page's) refuses the file (`repeated_key_outside`), or the page read from a file
beside it (`repeated_key_in_page`).
Text after the JSON value is named as such, not as a bad JSON Lines line (`_after_the_json`).
Nesting is bounded later, per annotation (`fields.check_depth`). No Qt.
"""

from __future__ import annotations

import json
import re

from .fields import FormatError
from .json_numbers import UnkeptNumber, loads_keeping_numbers
from .other_formats import other_tools_text_format
from .unpaired import mend_cut_context


class NotUsableJson(ValueError):
    """The bytes hold no usable JSON value; `str()` is the reason (no file name)."""


def json_value(raw: bytes) -> object:
    """The JSON value of `raw`; raises NotUsableJson."""
    if not raw.strip():
        raise NotUsableJson("the file is empty")
    text = _text(raw)
    try:
        document = _loads(text)
    except json.JSONDecodeError as error:
        lines = None
        if error.msg == "Extra data":
            try:
                lines = _json_lines(text)
            except NotUsableJson:
                # (a JSON value then something that is no JSON object: no JSON Lines file,
                # the JSON followed by other text -- said as such, not as a bad line of one)
                if text[error.pos:error.pos + 1] == "{":
                    raise
        if lines is None:
            raise NotUsableJson(_not_json(text, error)) from None
        document = lines
    if _SURROGATE_ESCAPE.search(text):
        mend_cut_context(document)  # (only then: it walks the whole document)
    return document


_HTML_START = re.compile(r"<\?xml[^>]*>\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)
"""An XHTML page: an XML declaration, then the html element (a web page all the same)."""
_CSV_HEADER = re.compile(r"[ \w().:/#-]{1,60}(?:,[ \w().:/#-]{1,60}){2,}")
"""A CSV table's header row written without quotation marks ("id,article,start,end,quote"):
names of columns, no JSON punctuation."""


def _what(error: json.JSONDecodeError) -> str:
    """The decoder's words for what is wrong, without the " at" that leads into its own
    position ("Invalid control character at"): the message gives the line and column."""
    return error.msg.removesuffix(" at").removesuffix(" starting")


def _not_json(text: str, error: json.JSONDecodeError) -> str:
    """Why `text` is no JSON: what it is instead when it says so (a web page or an HTML report,
    a CSV table such as Parallax's own export: "truncated or corrupt" sent the user looking for
    damage), else where it stops being JSON."""
    start = text.lstrip("\ufeff \t\r\n")
    first_line = start.split("\n", 1)[0].rstrip("\r")
    other = other_tools_text_format(start, first_line)
    if other is not None:
        return f"{other}, a format Parallax does not read: import W3C Web Annotation JSON"
    if start[:1] == "<":
        if _HTML_START.match(start) is None and start.startswith("<?xml"):
            return "XML (a TEI, XML or RDF/XML file), not an annotation file: import a JSON export"
        return "HTML (a web page or an exported report), not an annotation file"
    if first_line.count(",") >= 2 and start[:1] not in "{[" and (
            first_line.startswith('"') or first_line.count('","') >= 2
            or _CSV_HEADER.fullmatch(first_line) is not None):
        return ("a CSV table (such as Parallax's CSV export), not an annotation file: import "
                "a JSON or JSON-LD export")
    if error.msg == "Extra data":
        return _after_the_json(text, error)
    return (f"not valid JSON at line {error.lineno}, column {error.colno}: {_what(error)} "
            "(the file may be truncated or corrupt)")


def _after_the_json(text: str, error: json.JSONDecodeError) -> str:
    """What follows a whole JSON value where the file should end ("not valid JSON Lines at
    line 2, column 1" told a tester nothing about the words pasted after the JSON)."""
    where = f"line {error.lineno}, column {error.colno}"
    if text[error.pos:error.pos + 1] in ("{", "["):
        return (f"a second JSON value at {where}, after the first: an annotation file holds "
                "one (or one object a line, as JSON Lines)")
    shown = " ".join(text[error.pos:error.pos + 40].split())
    return (f"text after the JSON at {where} (\u201c{shown}\u201d): an annotation file "
            "holds one JSON value and nothing else")


def _text(raw: bytes) -> str:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        utf8_error = error
    else:
        # (UTF-16 or UTF-32 without a byte-order mark is valid UTF-8 too, its ASCII characters
        # each with zero bytes: read as UTF-8 it failed as JSON at its second character)
        if "\x00" not in text[:4]:
            return text
        encoding = json.detect_encoding(raw)
        if encoding == "utf-8":
            return text
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            return text
    # UTF-16 or UTF-32 (a byte-order mark, or the zero bytes of ASCII text in them), taken
    # only when it gives JSON text: other bytes are named as not UTF-8.
    encoding = json.detect_encoding(raw)
    if encoding != "utf-8":
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            pass
        else:
            if text.lstrip("\ufeff \t\r\n")[:1] in ("{", "["):
                return text
    raise NotUsableJson(f"not UTF-8 text (bad byte at offset {utf8_error.start}); not an "
                        "annotation file") from None


def _loads(text: str) -> object:
    objects = _Objects()
    try:
        value = loads_keeping_numbers(text, object_pairs_hook=objects.built)
    except RecursionError:
        raise NotUsableJson("JSON nested too deeply to be an annotation file") from None
    except UnkeptNumber as error:
        raise NotUsableJson(f"not usable JSON: {error}") from None
    return value


class RepeatedKeys(dict[str, object]):
    """A JSON object in which a key is given twice with different values, in the object itself
    or in a value inside it (`repeat`: where, below this object, and the key and its two
    values). It is read as a dict; whoever reads the annotation or file holding it refuses it.

    JSON and the Web Annotation model say keys SHOULD be unique; readers differ on which of
    two they keep (Python's the last, others the first), so `"exact": "22 missiles", "exact":
    "Erbil"` is a quote no one can say the writer meant: rather than an annotation imported
    silently on the wrong words, it is refused, the key, its two values and where named. Any
    key, one Parallax reads or not: what it does not read it writes back, and which value to
    write back cannot be told either. The same value twice means one thing, and is read."""

    repeat: tuple[str, str, object, object]


def _same_json(first: object, last: object) -> bool:
    """The same JSON value: of the same type too (`1` is not `true`, nor `1.0`), an object's
    keys in any order."""
    return json.dumps(first, sort_keys=True) == json.dumps(last, sort_keys=True)


def _repeat_in(value: object) -> tuple[str, str, object, object] | None:
    """The repeat an object in `value` holds (its path below `value`), else None. Lists are
    looked into (an object is built after its members, which are marked already), the first
    repeat in document order found; without recursion, as some callers are outside the
    guard of `_loads` and a JSON reader may accept lists nested deeper than Python's
    recursion limit (Python 3.12's does)."""
    pending: list[tuple[object, str]] = [(value, "")]
    while pending:
        node, path = pending.pop()
        if isinstance(node, RepeatedKeys):
            return (path + node.repeat[0], *node.repeat[1:])
        if isinstance(node, list):
            # (only what may hold one, last first: the first member is looked at first)
            pending.extend((node[number], f"{path}[{number}]")
                           for number in range(len(node) - 1, -1, -1)
                           if isinstance(node[number], (RepeatedKeys, list)))
    return None


class _Objects:
    """Builds the JSON objects of one document (`json.loads`' `object_pairs_hook`), marking as
    `RepeatedKeys` one that gives a key twice with different values, or holds one that does."""

    def __init__(self) -> None:
        self.marked = False
        """Whether an object was marked yet: until then no object can hold one, and an object
        is built without looking at its values (the usual file pays nothing)."""

    def built(self, pairs: list[tuple[str, object]]) -> dict[str, object]:
        made = dict(pairs)
        repeat = None
        if len(made) != len(pairs):
            first: dict[str, object] = {}
            for key, value in pairs:
                if key in first and not _same_json(first[key], value):
                    repeat = ("", key, first[key], value)
                    break
                first.setdefault(key, value)
        if repeat is None and self.marked:
            for key, value in made.items():
                found = _repeat_in(value)
                if found is not None:
                    repeat = (f".{key}{found[0]}", *found[1:])
                    break
        if repeat is None:
            return made
        self.marked = True
        marked = RepeatedKeys(made)
        marked.repeat = repeat
        return marked


def _repeat_said(repeat: tuple[str, str, object, object], where: str) -> str:
    """The reason a repeat refuses what holds it (its path, when `where` is given, said too)."""
    _, key, first, last = repeat
    at = f" at {where}" if where else ""
    return (f"the key {json.dumps(key)} is given twice{at}, {_shown(first)} and "
            f"{_shown(last)}: which one is meant cannot be told (JSON keys must differ within "
            "an object); correct the file")


def loads_one_annotation(text: str) -> object:
    """One annotation's JSON text (a project's record) read as an annotation file's are: a
    number that cannot be kept refused (`UnkeptNumber`), a key given twice with different
    values refused (NotUsableJson, the key, where and its two values named): read with
    Python's last value, a record giving "id" twice became another annotation, silently (a
    tester's report). RecursionError and JSONDecodeError pass on."""
    value = loads_keeping_numbers(text, object_pairs_hook=_Objects().built)
    repeat = _repeat_in(value)
    if repeat is not None:
        raise NotUsableJson(_repeat_said(repeat, repeat[0]))
    return value


def repeated_key_at(item: object, where: str) -> None:
    """Raise FormatError when `item` (an annotation at JSON path `where`) holds a key given
    twice with different values; the others in the file are read."""
    repeat = _repeat_in(item)
    if repeat is not None:
        raise FormatError(where + repeat[0], _repeat_said(repeat, ""))


def repeated_key_outside(document: object, items: list[tuple[str, object]]) -> None:
    """Raise FormatError when an object of `document` outside its annotations (`items`, its
    (path, annotation) pairs) gives a key twice with different values: the collection's or a
    page's own keys say what the file holds (its pages, its annotations), and are written back.
    A copy made of an annotation (a flattened graph's, put together from its nodes) is not
    one of `items`: a repeat in it refuses the file, as one Parallax cannot place."""
    inside = {id(item) for _, item in items}
    pending: list[tuple[object, str]] = [(document, "$")]
    while pending:  # (only down the marked objects: the way to each repeat)
        node, path = pending.pop()
        if id(node) in inside:
            continue
        if isinstance(node, RepeatedKeys):
            if not node.repeat[0]:
                raise FormatError(path, _repeat_said(node.repeat, ""))
            pending.extend((value, f"{path}.{key}") for key, value in node.items()
                           if isinstance(value, (RepeatedKeys, list)))
        elif isinstance(node, list):
            pending.extend((value, f"{path}[{n}]") for n, value in enumerate(node)
                           if isinstance(value, (RepeatedKeys, list)))


def repeated_key_in_page(page: object) -> None:
    """`repeated_key_outside` for a page read from a file of its own (a collection's page
    named by IRI, `shapes.sibling_page_loader`): its own keys, and those of the pages embedded
    after it (`next`), say which annotations it holds; a repeat inside one of its annotations
    refuses that annotation alone, when it is read."""
    items: list[tuple[str, object]] = []
    node = page
    while isinstance(node, dict):
        listed = node.get("items")
        if isinstance(listed, list):
            items += [("", item) for item in listed]
        node = node.get("next")
    repeated_key_outside(page, items)


def with_repeat_of(original: object, copy: dict[str, object]) -> dict[str, object]:
    """`copy` of the object `original`, marked with its repeat if it has one (a copy made with
    renamed keys still refuses what holds it)."""
    if not isinstance(original, RepeatedKeys):
        return copy
    marked = RepeatedKeys(copy)
    marked.repeat = original.repeat
    return marked


def _shown(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 40 else text[:37] + "..."


class JsonLines(list[object]):
    """The values of a JSON Lines file (a list, named for messages), with their line numbers,
    and a line each for the lines that are no JSON object (`problems`)."""

    def __init__(self) -> None:
        super().__init__()
        self.line_numbers: list[int] = []
        self.problems: list[str] = []


def _json_lines(text: str) -> JsonLines | None:
    """JSON Lines: every non-blank line one JSON object; None when the first is not (the file
    is just bad JSON). A bad later line -- a cut-off line, an export interrupted -- is named by
    its line and left out, the others read: each line is an annotation of its own (one bad
    line refused the whole file: an interop tester's report). A file whose every line after
    the first is bad is no JSON Lines file, and is refused, naming its first bad line."""
    values = JsonLines()
    first_bad: str | None = None
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        problem = None
        try:
            value = _loads(line)
        except NotUsableJson as error:
            raise NotUsableJson(f"line {number}: {error}") from None
        except json.JSONDecodeError as error:
            if not values:
                return None
            problem = f"column {error.colno}: {_what(error)}"
        else:
            repeat = _repeat_in(value)
            if repeat is not None:  # (a line of its own, as bad as a cut-off one)
                said = _repeat_said(repeat, "$" + repeat[0])
                first_bad = first_bad or f"line {number}: {said}"
                values.problems.append(f"line {number}: {said}")
                continue
            if not isinstance(value, dict):
                if not values:
                    return None
                first_bad = first_bad or (f"not valid JSON Lines at line {number}: expected "
                                          "an annotation object")
                values.problems.append(f"line {number}: JSON, but no annotation object")
                continue
        if problem is not None:
            first_bad = first_bad or (f"not valid JSON Lines at line {number}, {problem} (the "
                                      "file may be truncated or corrupt)")
            values.problems.append(f"line {number}: not valid JSON ({problem})")
            continue
        values.append(value)
        values.line_numbers.append(number)
    if len(values) < 2:
        if first_bad is not None:
            raise NotUsableJson(first_bad)
        return None
    return values


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
