"""The annotation model's values: `Annotation`, its anchor status, claim groups and verdicts,
and the functions that make annotations from a selection or a shared passage.

An annotation is a span of one article (code points into `Article.text`) with tags, an optional
note and an optional claim group. The observable collection of them is
`viewer.annotations.annotation_set.AnnotationSet`. No Qt here.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.corpus import Article
from viewer.passages import Passage
from viewer.unspaced_scripts import unspaced_character

if TYPE_CHECKING:
    from .bodies import KeptJson
    from .selectors import TargetEvidence

CONTEXT_CHARS = 32
"""Characters of text kept before and after the quote (TextQuoteSelector prefix/suffix)."""


class AnchorStatus(str, Enum):
    """How an annotation relates to the current text of its article."""

    ANCHORED = "anchored"
    """The stored position still holds the quote."""
    MOVED = "moved"
    """The exact quote was found elsewhere in the article."""
    FUZZY = "fuzzy"
    """Only an approximate match was found; the span now covers the changed text."""
    ORPHANED = "orphaned"
    """No article or no match: kept unchanged and listed, never dropped."""


def now_iso() -> str:
    """The current UTC time as ISO 8601 with a `Z` suffix, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")


def new_annotation_id() -> str:
    import uuid  # here: the module and its `platform` import cost start-up ~5 ms

    return f"urn:uuid:{uuid.uuid4()}"


def clean_user_text(value: str) -> str:
    """`value` with lone surrogates (possible from GUI input) replaced, so it encodes as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")
    return value


def user_note(value: str) -> str:
    """A note as kept: `clean_user_text`, and whitespace alone (a stray Return) is no note, as
    every reader of an exported file takes an empty body."""
    return clean_user_text(value) if value.strip() else ""


def with_writable_names(annotation: Annotation) -> Annotation:
    """`annotation` with its article id and file name as a UTF-8 file can hold them
    (`viewer.printable.writable`): an article whose file name is not UTF-8 (bytes on Linux)
    gives names with lone surrogates, written in their printable form -- the form its id has
    when loaded, so that the file read again places it on the same article (by its `file:`
    URI, which spells the bytes, else by that id)."""
    from viewer.printable import writable

    article_id = writable(annotation.article_id)
    file_name = writable(annotation.file_name) if annotation.file_name else annotation.file_name
    if article_id == annotation.article_id and file_name == annotation.file_name:
        return annotation
    return replace(annotation, article_id=article_id, file_name=file_name)


def article_source(article: Article) -> str:
    """What `target.source` names for `article`: its URL when known, else its file URI."""
    if article.url:
        return article.url
    if article.path is not None:
        return Path(article.path).resolve().as_uri()
    return f"urn:parallax:article:{article.id}"


def with_current_sources(annotations: Iterable[Annotation], articles: Iterable[Article]
                         ) -> list[Annotation]:
    """`annotations` with each placed one naming its article as the article names itself now
    (`article_source`): the source is stored when the annotation is made or placed, and a URL
    given later in Article details did not reach it -- every export but ClaimReview sent a
    colleague the `file:` address of the user's own copy (tester58). What anchoring sets, so a
    file read back finds the article by it, else by the file name kept beside it. An orphan
    is in no article here: its source stays what it was."""
    sources = {article.id: article_source(article) for article in articles}
    current = []
    for annotation in annotations:
        source = sources.get(annotation.article_id)
        if (source is not None and source != annotation.source
                and annotation.status is not AnchorStatus.ORPHANED):
            annotation = replace(annotation, source=source)
        current.append(annotation)
    return current


class _Keep:
    """Marker: leave this field as it is."""


KEEP = _Keep


@dataclass(frozen=True)
class Annotation:
    """One tagged span of one article."""

    id: str
    article_id: str
    """The article's id in the corpus it was made or last anchored on (`Article.id`)."""
    source: str
    """The article's URL, else its file URI (W3C `target.source`)."""
    start: int
    end: int
    exact: str
    """The quoted text; `text[start:end]` of the article unless orphaned."""
    prefix: str = ""
    suffix: str = ""
    tags: tuple[str, ...] = ()
    note: str = ""
    claim: str | None = None
    """Name of the claim group linking this span to the same claim in other articles."""
    created: str | None = field(default_factory=now_iso)
    modified: str | None = field(default_factory=now_iso)
    """None when the file that brought the annotation had no date (it is then kept absent)."""
    file_name: str | None = None
    """The article's file name, to resolve the article when its folder moved."""
    status: AnchorStatus = AnchorStatus.ANCHORED
    original_exact: str | None = None
    """For a fuzzy re-anchoring: the quote as the user tagged it, kept until they edit it."""
    other_notes: tuple[str, ...] = ()
    """Further comments another tool wrote (several comments stay several); shown, not edited."""
    links: tuple[str, ...] = ()
    """IRIs of bodies that are resources rather than text (shown as links, kept)."""
    anchor_note: str | None = None
    """Why it is orphaned, or how it was placed when that needs saying (a bare quote...)."""
    moved_from: str | None = None
    """The file (its name, else the article id) the annotation was made on, where its words
    placed it in another file (`anchoring`: its file renamed, or another copy of the page);
    kept, and said in `anchor_note` at every anchoring, until the user edits it, which
    confirms the placement. Saved: its target names the new file, which would otherwise find
    it at the next start as if made there."""
    evidence: TargetEvidence | None = None
    """What another tool's target said (anchoring uses it instead of the fields above)."""
    kept: KeptJson | None = None
    """The JSON another tool wrote, written back with only the user's changes."""

    @property
    def comments(self) -> tuple[str, ...]:
        """The note, then the further comments another tool wrote, the empty ones left out:
        every comment, as an export or a listing gives them."""
        return tuple(text for text in (self.note, *self.other_notes) if text)

    @property
    def motivation(self) -> str:
        return "tagging" if self.tags else "commenting"

    def edited(
        self,
        *,
        tags: Iterable[str] | None = None,
        note: str | None = None,
        claim: str | type[_Keep] | None = _Keep,
        when: str | None = None,
    ) -> Annotation:
        """A copy with new tags/note/claim and a fresh `modified` time.

        Editing confirms the span, so a fuzzy match's `original_exact` is dropped and the status
        becomes anchored, and a placement by its words in another file (`moved_from`) is taken
        as the user's, its note gone with it. The claim is left alone unless `claim` is given
        (None unlinks it).
        """
        changes: dict[str, object] = {"modified": when or now_iso(), "original_exact": None}
        if self.moved_from is not None:
            changes.update(moved_from=None, anchor_note=None)
        if tags is not None:
            changes["tags"] = normalise_tags(tags)
        if note is not None:
            changes["note"] = user_note(note)
        if claim is not _Keep:
            changes["claim"] = clean_user_text(claim) if isinstance(claim, str) else None
        if self.status is AnchorStatus.FUZZY:
            changes["status"] = AnchorStatus.ANCHORED
        return replace(self, **changes)  # type: ignore[arg-type]


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags stripped, empty ones dropped, duplicates removed, first-seen order kept."""
    seen: dict[str, None] = {}
    for tag in tags:
        cleaned = clean_user_text(tag).strip()
        if cleaned:
            seen.setdefault(cleaned, None)
    return tuple(seen)


def to_whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) widened over the words its ends cut in two: a drag begun inside "two"
    quoted "o confidence vote". Not over characters of a script without spaces, each of which
    may end a selection (`viewer.unspaced_scripts`)."""
    def splits_a_word(at: int) -> bool:
        return 0 < at < len(text) and _in_word(text, at - 1) and _in_word(text, at)

    while start > 0 and start < end and splits_a_word(start):
        start -= 1
    while end < len(text) and end > start and splits_a_word(end):
        end += 1
    return start, end


def _in_word(text: str, at: int) -> bool:
    """Whether the character at `at` is part of a word: a letter, a digit or a mark written onto
    one (a Devanagari virama), or an apostrophe between two letters ("party's"; not the
    quotation mark of "‘all is well’"); not a character of a script without spaces."""
    character = text[at]
    if character in "'’":
        return 0 < at < len(text) - 1 and text[at - 1].isalpha() and text[at + 1].isalpha()
    return (character.isalnum() or unicodedata.category(character) in ("Mn", "Mc")) \
        and not unspaced_character(character)


def without_outer_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of `text` with the white space at both ends left out: a selection dragged
    from the space before a word to the one after it quotes the words (the dialog shows them
    trimmed, and the annotation quoted the spaces). Empty where the range is only spaces."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def make_annotation(
    article: Article,
    start: int,
    end: int,
    *,
    tags: Iterable[str] = (),
    note: str = "",
    claim: str | None = None,
    when: str | None = None,
) -> Annotation:
    """A new annotation of `article.text[start:end]`, quote, context and source filled in."""
    if not 0 <= start < end <= len(article.text):
        raise ValueError(
            f"span {start}..{end} is not a non-empty range of {article.id!r} "
            f"(length {len(article.text)})"
        )
    stamp = when or now_iso()
    return Annotation(
        id=new_annotation_id(),
        article_id=article.id,
        source=article_source(article),
        start=start,
        end=end,
        exact=article.text[start:end],
        prefix=article.text[max(0, start - CONTEXT_CHARS) : start],
        suffix=article.text[end : end + CONTEXT_CHARS],
        tags=normalise_tags(tags),
        note=user_note(note),
        claim=clean_user_text(claim) if claim else None,
        created=stamp,
        modified=stamp,
        file_name=Path(article.path).name if article.path is not None else None,
    )


def annotations_for_passage(
    passage: Passage,
    articles: Iterable[Article],
    *,
    tags: Iterable[str] = (),
    note: str = "",
    claim: str | None = None,
) -> list[Annotation]:
    """One annotation per occurrence of `passage` ("tag every copy"), in occurrence order.

    Occurrences whose article is not among `articles` are skipped.
    """
    by_id = {article.id: article for article in articles}
    stamp = now_iso()
    tag_tuple = normalise_tags(tags)
    made = []
    for occurrence in passage.occurrences:
        article = by_id.get(occurrence.document)
        if article is None or occurrence.end <= occurrence.start:
            continue
        made.append(
            make_annotation(
                article, occurrence.start, occurrence.end,
                tags=tag_tuple, note=note, claim=claim, when=stamp,
            )
        )
    return made


@dataclass(frozen=True)
class Verdict:
    """A fact-checker's verdict on a claim group (exported as a schema.org ClaimReview)."""

    rating: str
    """The verdict in words ("False", "Mostly true", "Misleading"): `alternateName`."""
    value: int | None = None
    """Its place on the rating scale (`claimreview.RATING_SCALE`), when it has one."""
    author: str = ""
    """Who reviewed the claim (a person or organisation)."""
    date: str = ""
    """When the review was published (ISO date)."""
    url: str = ""
    """Where the review is published."""


@dataclass(frozen=True)
class ClaimGroup:
    """A named claim ("Missile count") linking annotations across articles."""

    name: str
    description: str = ""
    verdict: Verdict | None = None


@dataclass(frozen=True)
class ClaimRemoval:
    """What `AnnotationSet.remove_claim` took away, so `restore_claim` can put it back."""

    index: int
    group: ClaimGroup
    unlinked: tuple[Annotation, ...]
    """The annotations as they were before their claim was cleared."""
