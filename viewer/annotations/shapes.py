"""The shapes an annotation document comes in, unwrapped to its annotations with their JSON paths.

Accepted: one annotation; a JSON array of annotations (or of collections and pages); an
`AnnotationCollection` whose `first` page is embedded or named by IRI, following `next`; an
`AnnotationPage`; a Readium `AnnotationSet` (Thorium Reader's `.ann` export: the annotations in
its `items`); a JSON-LD `@graph` of any of these (flattened, as RDF tools write it: parts named
by blank-node id are embedded where they are named, and annotations a page names by IRI are read
in the page's order), a collection or page also expanded (`open_annotation.compact_container`);
a Hypothesis API search result (`{"rows": [...]}`, and its `replies`), the Hypothesis
client's export (`{"annotations": [...]}`) or one Hypothesis annotation; AnnotatorJS
annotations (alone, in a list, or in its store's `{"rows": [...]}`, which wallabag exports).
A page named by IRI is
looked up among the document's own nodes, then through `load_page` (the store looks for a file
of that name beside the document); a page found nowhere is reported, not fatal. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from . import annotatorjs, annotorious, hypothesis
from .fields import FormatError, has_type, kind
from .json_input import JsonLines
from .open_annotation import compact_container, spellings
from .other_formats import other_tools_record

PageLoader = Callable[[str], object]
"""IRI -> the page's JSON, or None when there is no such page."""
MAX_PAGES = 100_000


@dataclass
class DocumentItems:
    shape: str
    """What the document is, for messages ("a Hypothesis search result")."""
    items: list[tuple[str, object]] = field(default_factory=list)
    """(JSON path, annotation JSON) in document order."""
    collection: dict[str, Any] | None = None
    problems: list[str] = field(default_factory=list)


def document_items(document: object, load_page: PageLoader | None = None) -> DocumentItems:
    # (a collection or page a JSON-LD processor expanded, `as:OrderedCollection`: read as the
    # W3C context's compact one)
    document = compact_container(document)
    if isinstance(document, list):
        return _from_nodes(document, "$", load_page, "JSON Lines" if isinstance(
            document, JsonLines) else "a JSON array of annotations")
    if not isinstance(document, dict):
        raise FormatError("$", f"expected a JSON object or a list of annotations, got "
                               f"{kind(document)}")
    if isinstance(document.get("@graph"), list):
        return _from_nodes(document["@graph"], "$.@graph", load_page, "a JSON-LD @graph")
    if hypothesis.is_search_result(document):
        rows = document["rows"]
        found = DocumentItems("an AnnotatorJS search result"
                              if rows and annotatorjs.is_annotatorjs_annotation(rows[0])
                              else "a Hypothesis search result")
        for key in ("rows", "replies"):
            values = document.get(key)
            if isinstance(values, list):
                found.items.extend((f"$.{key}[{n}]", row) for n, row in enumerate(values))
        return found
    if hypothesis.is_client_export(document):
        found = DocumentItems("a Hypothesis export")
        found.items.extend((f"$.annotations[{n}]", row)
                           for n, row in enumerate(document["annotations"]))
        return found
    node_type = document.get("type", document.get("@type"))
    if has_type(node_type, "AnnotationCollection"):
        found = DocumentItems("an AnnotationCollection", collection=document)
        found.items.extend(_collection_items(document, "$", {}, load_page, found.problems))
        return found
    if has_type(node_type, "AnnotationPage"):
        found = DocumentItems("an AnnotationPage")
        found.items.extend(_page_items(document, "$", {}, load_page, found.problems))
        return found
    if has_type(node_type, "AnnotationSet") and isinstance(document.get("items"), list):
        # Readium's profile of the model: not paged, the annotations in `items`, the
        # publication described in `about` (kept with the collection's other properties).
        found = DocumentItems("a Readium AnnotationSet", collection=document)
        found.items.extend(_page_items({"items": document["items"]}, "$", {}, None,
                                       found.problems))
        return found
    if _is_annotation(document):
        shape = ("a Hypothesis annotation" if hypothesis.is_hypothesis_annotation(document)
                 else "an AnnotatorJS annotation"
                 if annotatorjs.is_annotatorjs_annotation(document)
                 else "an Annotorious annotation" if annotorious.is_core_annotation(document)
                 else "a single annotation")
        return DocumentItems(shape, [("$", document)])
    where = "$.type" if node_type is not None else "$"
    other = other_tools_record(document) if isinstance(document, dict) else None
    raise FormatError(where, "not a Web Annotation document: expected an Annotation, an "
                             "AnnotationCollection or AnnotationPage, a list of annotations, "
                             "or a Hypothesis API result" + (
                                 f" (it is {other}, a format Parallax does not read)"
                                 if other else ""))


def _is_annotation(node: object) -> bool:
    if not isinstance(node, dict):
        return False
    node_type = node.get("type", node.get("@type"))
    return has_type(node_type, "Annotation") or (node_type is None and "target" in node) \
        or annotatorjs.is_annotatorjs_annotation(node)


def _from_nodes(nodes: list[Any], where: str, load_page: PageLoader | None,
                shape: str) -> DocumentItems:
    blank, parts = _blank_nodes(nodes)
    found = DocumentItems(f"{shape} (a flattened JSON-LD graph)" if parts else shape)
    if isinstance(nodes, JsonLines):
        found.problems.extend(nodes.problems)  # (lines that are no JSON object, left out)
    local = {identifier: node for node in nodes
             if isinstance(node, dict) and isinstance(identifier := _node_id(node), str)}
    reached: set[str] = set()
    pages: list[dict[str, Any]] = []
    for node in nodes:
        if isinstance(node, dict) and has_type(node.get("type"), "AnnotationCollection"):
            ids, chained = _page_chain(node, local)
            reached |= ids
            pages += chained
        elif isinstance(node, dict) and has_type(node.get("type"), "AnnotationPage"):
            pages.append(node)
    # (annotations a page lists by IRI, nodes of the graph: read at the page's place for them,
    # in its order, not where the graph happens to give them)
    listed = {reference: _embedded(local[reference], blank, ()) if blank else local[reference]
              for reference in _listed_references(pages, local)}
    for n, node in enumerate(nodes):
        # (JSON Lines: the line, which is what a user finds in an editor)
        node_where = (f"line {nodes.line_numbers[n]}" if isinstance(nodes, JsonLines)
                      else f"{where}[{n}]")
        if _node_id(node) in listed:
            continue
        if blank:
            if _node_id(node) in parts:
                continue  # a part of an annotation (its target, a body...), embedded there
            node = _embedded(node, blank, ())
        node_type = node.get("type") if isinstance(node, dict) else None
        if isinstance(node, dict) and has_type(node_type, "AnnotationCollection"):
            found.collection = found.collection or node
            found.shape = "an AnnotationCollection with separate pages"
            found.items.extend(_collection_items(node, node_where, local, load_page,
                                                 found.problems, listed))
        elif isinstance(node, dict) and has_type(node_type, "AnnotationPage"):
            if node.get("id") not in reached:
                found.items.extend(_page_items(node, node_where, local, load_page,
                                               found.problems, listed))
        else:
            found.items.append((node_where, node))
    return found


def _listed_references(pages: list[dict[str, Any]], local: dict[str, Any]) -> set[str]:
    """The ids of the graph's nodes that `pages` (the graph's own, and those its collections
    reach: `_page_chain`) list among their items by reference, "iri" or {"id": "iri"}."""
    listed = set()
    for page in pages:
        items = page.get("items")
        for item in items if isinstance(items, list) else ():
            reference = _reference(item)
            if reference is not None and reference in local:
                listed.add(reference)
    return listed


def _reference(item: object) -> str | None:
    """The IRI an item names when it is only a reference ("iri", {"id": "iri"}), else None."""
    if isinstance(item, dict) and set(item) <= {"id", "@id"}:
        item = _node_id(item)
    return item if isinstance(item, str) else None


def _node_id(node: object) -> object:
    return node.get("@id", node.get("id")) if isinstance(node, dict) else None


def _blank_nodes(nodes: list[Any]) -> tuple[dict[str, dict[str, Any]], set[str]]:
    """The blank nodes (`_:` ids) of a flattened graph, and those other nodes refer to.

    RDF tools (rdflib, Jena) write JSON-LD flattened: the annotation's target, bodies and
    selectors are separate top-level nodes that it names by blank-node id
    (`{"@id": "_:b3"}`, or `"_:b3"` compacted). Read as they are, the annotation was about
    "_:b3" and every part was listed as an annotation that could not be read."""
    blank = {identifier: node for node in nodes
             if isinstance(identifier := _node_id(node), str) and identifier.startswith("_:")
             and isinstance(node, dict)}
    blank.update(_agents(nodes))
    if not blank:
        return {}, set()
    referenced: set[str] = set()
    stack: list[object] = [value for node in nodes if isinstance(node, dict)
                           for key, value in node.items() if key not in ("@id", "id")]
    while stack:
        value = stack.pop()
        if isinstance(value, str) and value in blank:
            referenced.add(value)
        elif isinstance(value, dict):
            if set(value) <= {"@id", "id"} and _node_id(value) in blank:
                referenced.add(str(_node_id(value)))
            else:
                stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return blank, referenced


MAX_EMBEDDING = 16
"""Blank nodes embedded in one another deeper than this stay references (a hostile graph)."""


_AGENT_KEYS = ("creator", "generator", *spellings("dcterms:creator"),
               *spellings("as:generator"))
"""Where an annotation names who made it, or the software: in a flattened graph the person or
application is a node of its own, named by its IRI (an ORCID)."""


def _agents(nodes: list[Any]) -> dict[str, dict[str, Any]]:
    """The nodes an annotation names as its creator or generator by IRI, with more to say than
    the IRI (a name, a type): embedded where they are named, as blank nodes are. Read as they
    were, the creator's name was lost and the person listed as an annotation that could not be
    read (an interop tester's flattened file, as jsonld.js and pyld flatten)."""
    named = {identifier: node for node in nodes
             if isinstance(node, dict) and isinstance(identifier := _node_id(node), str)
             and not identifier.startswith("_:") and len(node) > 1
             and not _is_annotation(node)
             and not has_type(node.get("type", node.get("@type")), "AnnotationCollection",
                              "AnnotationPage")}
    if not named:
        return {}
    wanted: dict[str, dict[str, Any]] = {}
    for node in nodes:
        if not isinstance(node, dict):
            continue
        for key in _AGENT_KEYS:
            found = node.get(key)
            for value in found if isinstance(found, list) else [found]:
                # (`{"id": IRI}`, or the IRI alone: compacted against the W3C context, where
                # `creator` is an IRI, jsonld.js and pyld write it so -- a reviewer's report)
                if isinstance(value, dict) and set(value) <= {"@id", "id"}:
                    reference = _node_id(value)
                elif isinstance(value, str):
                    reference = value
                else:
                    continue
                if isinstance(reference, str) and reference in named:
                    wanted[reference] = named[reference]
    return wanted


def _embedded(value: object, blank: dict[str, dict[str, Any]], path: tuple[str, ...]) -> object:
    """`value` with each reference to a blank node replaced by that node (itself embedded),
    except on a cycle or deeper than MAX_EMBEDDING."""
    if isinstance(value, str) and value in blank and len(path) < MAX_EMBEDDING \
            and value not in path:
        return _embedded(blank[value], blank, (*path, value))
    if isinstance(value, list):
        return [_embedded(item, blank, path) for item in value]
    if not isinstance(value, dict):
        return value
    reference = _node_id(value)
    if set(value) <= {"@id", "id"} and isinstance(reference, str) and reference in blank:
        return _embedded(reference, blank, path)
    return {key: inner if key in ("@id", "id") else _embedded(inner, blank, path)
            for key, inner in value.items()}


def _page_chain(collection: dict[str, Any], local: dict[str, Any]
                ) -> tuple[set[str], list[dict[str, Any]]]:
    """The pages a collection reaches through `first` and `next`, embedded or named by IRI
    among the graph's nodes `local`: their ids (and the IRIs naming them), and the pages."""
    ids: set[str] = set()
    pages: list[dict[str, Any]] = []
    page: object = collection.get("first")
    while len(ids) < MAX_PAGES:
        if isinstance(page, str):
            if page in ids:
                break
            ids.add(page)
            page = local.get(page)
        if not isinstance(page, dict):
            break
        pages.append(page)
        if isinstance(page.get("id"), str):
            ids.add(page["id"])
        page = page.get("next")
    return ids, pages


def _collection_items(collection: dict[str, Any], where: str, local: dict[str, Any],
                      load_page: PageLoader | None, problems: list[str],
                      listed: dict[str, object] | None = None
                      ) -> Iterator[tuple[str, object]]:
    first = collection.get("first")
    if first is not None:
        yield from _page_items(first, f"{where}.first", local, load_page, problems, listed)
    # Annotations listed on the collection itself (a page and its collection run together, as
    # some tools write): read, not skipped -- skipped, the next save would have dropped them.
    if collection.get("items") is not None:
        yield from _page_items({"items": collection["items"]}, where, local, None, problems,
                               listed)


def _page_items(page: object, where: str, local: dict[str, Any],
                load_page: PageLoader | None, problems: list[str],
                listed: dict[str, object] | None = None
                ) -> Iterator[tuple[str, object]]:
    """The items of `page` and of the pages after it (`next`), with their JSON paths; an item
    that names a node of the graph by IRI (`listed`) is that node."""
    seen: set[str] = set()
    for _ in range(MAX_PAGES):
        if page is None:
            return
        if isinstance(page, str):
            iri = page
            if iri in seen:
                return
            seen.add(iri)
            page = local.get(iri)
            if page is None and load_page is not None:
                page = load_page(iri)
                # (a file beside it that is no page -- not JSON, a whole collection, another
                # kind of JSON -- is reported as a page found nowhere is: the rest loads)
                problem = page.reason if isinstance(page, UnreadPage) else (
                    None if page is None or (isinstance(page, dict) and "items" in page)
                    else "is a file beside it but no AnnotationPage (it lists no items)")
                if problem is not None:
                    problems.append(f"page {iri} {problem}; its annotations were not read")
                    return
            if page is None:
                problems.append(f"page {iri} is neither in this file nor a file beside it; "
                                "its annotations were not read")
                return
            where = f"$(page {iri})"
        if not isinstance(page, dict):
            raise FormatError(where, f"expected an AnnotationPage object, got {kind(page)}")
        if isinstance(page.get("id"), str):
            seen.add(page["id"])
        items = page.get("items", [])
        if not isinstance(items, list):
            raise FormatError(f"{where}.items", f"expected a list, got {kind(items)}")
        for n, item in enumerate(items):
            # (an annotation of a flattened graph that the page names by IRI is that node, not
            # an annotation given only by its IRI)
            reference = _reference(item)
            if listed and reference is not None and reference in listed:
                item = listed[reference]
            yield f"{where}.items[{n}]", item
        page = page.get("next")
        where = f"{where}.next"


class UnreadPage(NamedTuple):
    """A file beside the document that a page's IRI names but that could not be read."""

    reason: str


def sibling_page_loader(document_path: Path, read_json: Callable[[Path], object]
                        ) -> PageLoader:
    """Finds a page named by IRI as a file beside `document_path`: the IRI as a relative path,
    a `file:` URI, or a file named like the IRI's last segment (with or without .json/.jsonld).
    Only a file in the document's own folder is read: a file handed over from elsewhere must not
    pull any JSON on the disk into the annotations ("../outside/page.json",
    "file:///home/user/notes.json"). `read_json` gives a file that cannot be read as an
    `UnreadPage`."""
    folder = document_path.parent
    here = folder.resolve()

    def load(iri: str) -> object:
        parts = urlsplit(iri)
        candidates: list[Path] = []
        if parts.scheme == "file":
            candidates.append(Path(url2pathname(parts.path)))
        elif not parts.scheme and parts.path:
            candidates.append(folder / unquote(parts.path))
        name = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1]) if parts.path else ""
        if name:
            candidates += [folder / name, folder / f"{name}.json", folder / f"{name}.jsonld"]
        for candidate in candidates:
            try:
                beside = (candidate.is_file() and candidate.resolve().parent == here
                          and candidate.resolve() != document_path.resolve())
            except (OSError, ValueError):  # a name too long, a NUL: no such file here
                beside = False
            if beside:
                return read_json(candidate)
        return None

    return load
