"""Write annotations as the Hypothesis client's export file, which its Import reads back.

The file is what the client's "Export" writes: `{"export_date", "export_userid", "client_version",
"annotations": [...]}`, each annotation in Hypothesis' API shape. Hypothesis' Import lists the
file's annotations by `user` and keeps `uri`, `target`, `text`, `tags` and `document` of each. So
every annotation gets: `uri` and a target naming the article's address (its URL, else its file
URI), `parallax:fileName` its file's name when it is placed (Parallax reads it back, finding the
article in a folder that does not know the URL; Hypothesis drops it), a target with the quote (with
its context) and the position Parallax anchored it at (in UTF-16 units, as the client counts),
`text` its note (further comments below it, separated by a blank line: Hypothesis has one text;
then the IRI of each link body, on a line of its own, which the client's Markdown shows as a link,
and which `parallax:links` lists for Parallax reading the file back), `tags`, `document.title` the
article's title, `user` its creator when it has one, else a local Parallax user; one about the
whole article is a page note (the page alone), an orphan has its quote without a position (its
tool's quote, also one refining another selector; without a quote, the position its tool gave), and
one that names no page at all is left out (Hypothesis refuses one without `uri`; `left_out` counts
them). An orphan whose selectors are none of these (CSS, XPath...) has them as its tool gave them
(Hypothesis' API keeps any selector; read back, it is the orphan it was), and one without them at
hand can only be a page note: `without_selector` names those, for the user to be told; `dropped`
says what of the bodies Hypothesis has no place for (a comment's declared language, its HTML
markup, its alternatives after the first: `export_losses`), and the claim groups and their
verdicts, which it has no place for either: said, not carried in a tag or the text -- a claim
written as a tag ("claim:Missile count") would come back, to Hypothesis and to Parallax reading the
file again, as a tag the user never set, still linked to no group, and written into the text it
would be read back as an edited note; the JSON-LD and Readium exports keep them. An annotation read
from Hypothesis goes back as it came -- its id, user, group, permissions, document, references, its
own target (the client's RangeSelector rebuilt from the W3C form it was kept in) -- with only the
text and tags the user changed. Parallax reads the file back as any Hypothesis export. No Qt.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from viewer.corpus import Article
from viewer.offsets import Utf16Map

from .export_losses import (
    MARKUP_LEFT_OUT,
    Dropped,
    alternatives_left_out,
    declares_language,
    dropped,
    has_alternatives,
    has_markup,
)
from .fields import ORIGINAL_ID_KEY, as_list
from .hypothesis import (
    EXTENSION_KEY,
    FILE_NAME_KEY,
    HYPOTHESIS_ANNOTATION,
    LINKS_KEY,
    reads_back_as_itself,
)
from .model import AnchorStatus, Annotation, ClaimGroup, now_iso
from .repointing import as_given, placing_target
from .selectors import MAX_SELECTOR_DEPTH, Position, Quote, Selector, TargetEvidence

LOCAL_USER = "acct:parallax@localhost"
"""The `user` of annotations made in Parallax (Hypothesis' Import asks whose to import)."""
CLIENT_VERSION = "parallax"


@dataclass(frozen=True)
class HypothesisExport:
    """The export file, and how many annotations it leaves out for naming no page."""

    text: str
    left_out: int
    without_selector: tuple[str, ...] = ()
    """The ids of annotations whose target has selectors, none of which Hypothesis reads (CSS,
    XPath, SVG...), and none of them at hand to write as they came: written as page notes."""
    dropped: tuple[Dropped, ...] = ()
    """What of the annotations' bodies the file could not hold, one kind each."""


def hypothesis_export(annotations: Iterable[Annotation], articles: Sequence[Article],
                      *, export_date: str | None = None,
                      claims: Iterable[ClaimGroup] = ()) -> HypothesisExport:
    """The export file, each annotation converted once; those that name no page are left out
    and counted (`left_out`, said to the user): Hypothesis refuses an annotation without `uri`
    ("'uri' is a required property"). An orphan whose tool gave no address is one, such as a
    Thorium bookmark without its book. `claims`: the claim groups, whose verdicts the file
    cannot hold either (`dropped` says how many)."""
    titles = {article.id: article.title for article in articles}
    # (positions as the client counts them, UTF-16 units: `viewer.offsets`)
    utf16 = {article.id: Utf16Map(article.text) for article in articles}
    rows: list[dict[str, Any]] = []
    left_out = 0
    without_selector: list[str] = []
    languages = markup = alternatives = claimed = 0
    for annotation in annotations:
        row = hypothesis_row(annotation, titles, utf16.get(annotation.article_id))
        if not row["uri"]:
            left_out += 1
            continue
        rows.append(row)
        languages += declares_language(annotation)
        markup += has_markup(annotation)
        alternatives += has_alternatives(annotation)
        claimed += annotation.claim is not None
        # (a reply, `references` naming its thread, has no selectors of its own: it is written
        # back as the reply it is, not as a page note -- the export said it was, tester56 #15)
        if annotation.evidence is not None and annotation.evidence.selectors and not any(
                isinstance(target, dict) and target.get("selector") for target in row["target"]
        ) and not row.get("references"):
            without_selector.append(annotation.id)
    document = {"export_date": export_date or now_iso(), "export_userid": LOCAL_USER,
                "client_version": CLIENT_VERSION, "annotations": rows}
    return HypothesisExport(json.dumps(document, ensure_ascii=False, indent=1) + "\n", left_out,
                            tuple(without_selector), dropped([
        (languages, "a comment whose body declares its language, which Hypothesis' text "
                    "has no place for: the language left out"),
        (markup, MARKUP_LEFT_OUT),
        (alternatives, alternatives_left_out("Hypothesis' one text holds")),
        (claimed, "a claim group, which Hypothesis has no place for: left out (the JSON-LD "
                  "and Readium exports keep it)")]) + dropped([
        (sum(1 for group in claims if group.verdict is not None),
         "a verdict, which Hypothesis has no place for: left out")], noun="claim group"))


def hypothesis_row(annotation: Annotation, titles: dict[str, str],
                   utf16: Utf16Map | None = None) -> dict[str, Any]:
    """One annotation in Hypothesis' API shape; `utf16`: its article's map to UTF-16 units, in
    which its position is counted, as the client counts (None: code points, as stored)."""
    kept = json.loads(annotation.kept.item) if annotation.kept is not None else {}
    original = kept.get(EXTENSION_KEY) if isinstance(kept.get(EXTENSION_KEY), dict) else None
    row: dict[str, Any] = {}
    if original is not None:
        row.update(original)  # uri, group, permissions, document, references... as they came
    row["id"] = annotation.id.removeprefix(HYPOTHESIS_ANNOTATION)
    if not reads_back_as_itself(annotation.id):
        # (a bare id, "#a88b..." or "3f1c-native-1", reads back as Hypothesis' own: kept)
        row[ORIGINAL_ID_KEY] = annotation.id
    for key, value in (("created", annotation.created), ("updated", annotation.modified)):
        if value is not None:
            row[key] = value
    row["user"], name = _user(kept.get("creator"))
    if "user_info" not in row:
        row["user_info"] = {"display_name": name}
    # (a link body, an IRI, has no field of its own in Hypothesis: below the comments, one a
    # paragraph, the client's Markdown shows it as a link -- it was left out unsaid, tester56 #9)
    row["text"] = "\n\n".join((*annotation.comments, *annotation.links))
    if annotation.links:
        # (which of the text's last paragraphs are links, for Parallax reading the file back:
        # they came back as the note's text, tester60 #7; Hypothesis' Import drops the key)
        row[LINKS_KEY] = list(annotation.links)
    row["tags"] = list(annotation.tags)
    if original is not None and isinstance(kept.get("target"), (list, dict)):
        # (its own targets, at the page it was made on -- not at an address an export re-pointed
        # them to -- and also the one target a Readium set holds: its `uri` was replaced by the
        # file's, the page lost, when read back from Readium)
        row["target"] = [_hypothesis_target(as_given(target))
                         for target in as_list(kept["target"])]
        row.setdefault("uri", annotation.source)
    else:
        row["uri"] = annotation.source or (annotation.evidence.source or ""
                                           if annotation.evidence is not None else "")
        row["target"] = [_anchored_target(annotation, utf16)]
    if annotation.file_name and annotation.status is not AnchorStatus.ORPHANED:
        # (the article's file beside its address, as the JSON-LD and Readium targets keep it;
        # in the row, which Hypothesis' Import leaves behind, not in a target it would send)
        row[FILE_NAME_KEY] = annotation.file_name
    if annotation.status is not AnchorStatus.ORPHANED and annotation.article_id in titles:
        found = row.get("document")
        document: dict[str, Any] = found if isinstance(found, dict) else {}
        if "title" not in document:
            row["document"] = {**document, "title": [titles[annotation.article_id]]}
    return row


def _user(creator: object) -> tuple[str, str]:
    """A Hypothesis `user` and display name for a W3C creator: an `acct:` IRI as it is; another
    creator (a name, an ORCID, an AnnotatorJS user) as a local account named after it, its name
    shown: Hypothesis' Import asks whose annotations to import by `user`, and every other tool's
    author was "Parallax" (an interop tester's report); none, Parallax's local user."""
    if isinstance(creator, list) and creator:
        creator = creator[0]  # (several creators: the first, as the display shows)
    name: object = None
    if isinstance(creator, dict):
        name = creator.get("name") or creator.get("nickname")
        creator = creator.get("id", creator.get("@id"))
    if isinstance(creator, str) and creator.strip() == "acct:":
        creator = None  # (an account with no name is nobody's)
    if isinstance(creator, str) and creator.startswith("acct:"):
        shown = name if isinstance(name, str) and name.strip() else (
            creator.removeprefix("acct:").split("@")[0])
        return creator, shown
    label = name if isinstance(name, str) and name.strip() else creator
    if not isinstance(label, str) or not label.strip():
        return LOCAL_USER, "Parallax"
    return f"acct:{_account_name(label)}@{LOCAL_AUTHORITY}", " ".join(label.split())


LOCAL_AUTHORITY = "localhost"
"""The authority of the accounts made for other tools' creators (as LOCAL_USER's)."""


def _account_name(label: str) -> str:
    """An account name Hypothesis accepts (3 to 30 letters, digits, '.' and '_') made from a
    creator's name or IRI ("Dana Müller" -> "Dana_Muller"; an IRI by its last part), with a
    short hash of the whole label when the name leaves any of it out (another script's
    letters, an IRI's host and path, a long name cut): two creators are never one account
    (a reviewer's report: "李明" and every Cyrillic name were all "user")."""
    whole = label
    if "://" in label or label.startswith("urn:"):
        label = label.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1] or label
    ascii_label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    account = re.sub(r"[^A-Za-z0-9._]+", "_", ascii_label).strip("_.")
    if account.replace("_", " ") == " ".join(whole.split()) and 3 <= len(account) <= 30:
        return account  # ("Rainer": the whole name, nothing left out)
    digest = hashlib.sha1(whole.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{account[:21]}_{digest}" if account else f"user_{digest}"


def _anchored_target(annotation: Annotation, utf16: Utf16Map | None = None) -> dict[str, Any]:
    """Where Parallax placed the annotation: its quote with context and its position, counted
    in UTF-16 units as the client (JavaScript) counts them (an emoji before it is two; Parallax
    counts code points: `utf16` converts them). One
    about the whole article (a target without selectors) is a page note, as Hypothesis writes
    one: the page alone (its "quote" was the whole text). An orphan has its quote alone: the
    position it was given is no place in any article here -- its tool's quote, also one that
    refines another selector (a FragmentSelector refined by a TextQuoteSelector), else the
    position its tool gave, as it gave it: without either, Hypothesis read a page note."""
    evidence = annotation.evidence
    if evidence is not None and not evidence.selectors:
        return {"source": annotation.source}
    exact, prefix, suffix = annotation.exact, annotation.prefix, annotation.suffix
    nested = _nested(evidence, Quote) if not exact else None
    if nested is not None:
        exact, prefix, suffix = nested.exact, nested.prefix, nested.suffix
    quote: dict[str, Any] = {"type": "TextQuoteSelector", "exact": exact}
    if prefix:
        quote["prefix"] = prefix
    if suffix:
        quote["suffix"] = suffix
    selectors: list[dict[str, Any]] = [quote] if exact else []
    if annotation.status is not AnchorStatus.ORPHANED:
        start, end = (utf16.range_to_utf16(annotation.start, annotation.end)
                      if utf16 is not None else (annotation.start, annotation.end))
        selectors.append({"type": "TextPositionSelector", "start": start, "end": end})
    elif not exact and (given := _nested(evidence, Position)) is not None:
        selectors.append({"type": "TextPositionSelector", "start": given.start,
                          "end": given.end})
    elif not exact:
        selectors = _own_selectors(annotation)
    return {"source": annotation.source, "selector": selectors} if selectors else {
        "source": annotation.source}


def _own_selectors(annotation: Annotation) -> list[dict[str, Any]]:
    """An orphan's selectors as its tool gave them (the client's RangeSelector for XPath
    points with their offsets), when none is a quote or a position: Hypothesis' API keeps any
    selector with a `type`, and its client lists the note as an annotation highlighting
    nothing. Without them it was the page alone, a page note, and Parallax read it back onto
    the whole article, no longer the orphan it was (tester60 #7). The target they are in may
    be one of a Choice's or Composite's `items`. None at hand (no JSON kept): empty, a page
    note, said (`without_selector`)."""
    if annotation.kept is None:
        return []
    placing = placing_target(json.loads(annotation.kept.item).get("target"))
    for _ in range(MAX_SELECTOR_DEPTH):  # (nested as deep as `selectors` reads them)
        if placing is None or "selector" in placing or "items" not in placing:
            break
        placing = placing_target(placing["items"])
    given = as_list(placing.get("selector")) if placing is not None else []
    converted = (_client_range(selector) for selector in given)
    return [selector for selector in converted
            if isinstance(selector, dict) and isinstance(selector.get("type"), str)]


_Found = TypeVar("_Found", Quote, Position)


def _nested(evidence: TargetEvidence | None, wanted: type[_Found]) -> _Found | None:
    """The first selector of type `wanted` among the target's selectors and what refines
    them (`refinedBy`, to any depth read)."""
    for selector in evidence.selectors if evidence is not None else ():
        inner: Selector | None = selector
        while inner is not None:
            if isinstance(inner, wanted):
                return inner
            inner = inner.refined
    return None


def _hypothesis_target(target: object) -> object:
    """A target kept in W3C form back in the client's: its RangeSelector from the XPath
    selectors `hypothesis.to_w3c` made of it."""
    if not isinstance(target, dict) or not isinstance(target.get("selector"), list):
        return target
    return {**target, "selector": [_client_range(s) for s in target["selector"]]}


def _point(selector: object) -> tuple[str, int, int] | None:
    """(XPath, start, end) of an XPathSelector refined by a TextPositionSelector."""
    if not (isinstance(selector, dict) and selector.get("type") == "XPathSelector"):
        return None
    refined = selector.get("refinedBy")
    if not (isinstance(refined, dict) and refined.get("type") == "TextPositionSelector"):
        return None
    path, start, end = selector.get("value"), refined.get("start"), refined.get("end")
    if isinstance(path, str) and isinstance(start, int) and isinstance(end, int):
        return path, start, end
    return None


def _client_range(selector: object) -> object:
    one = _point(selector)
    if one is not None:
        return {"type": "RangeSelector", "startContainer": one[0], "startOffset": one[1],
                "endContainer": one[0], "endOffset": one[2]}
    if isinstance(selector, dict) and selector.get("type") == "RangeSelector":
        first, last = _point(selector.get("startSelector")), _point(selector.get("endSelector"))
        if first is not None and last is not None:
            return {"type": "RangeSelector", "startContainer": first[0],
                    "startOffset": first[1], "endContainer": last[0], "endOffset": last[1]}
    return selector
