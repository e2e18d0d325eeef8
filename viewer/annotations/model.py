"""The annotation model: `Annotation` values, claim groups and the observable `AnnotationSet`.

An annotation is a span of one article (code points into `Article.text`) with tags, an optional
note and an optional claim group. `AnnotationSet` holds them in order and announces every change
through `viewer.events.Signal`s; each mutating method is one change that an undo command can call
and invert with the value it returns. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.corpus import Article
from viewer.events import Signal
from viewer.passages import Passage

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


def article_source(article: Article) -> str:
    """What `target.source` names for `article`: its URL when known, else its file URI."""
    if article.url:
        return article.url
    if article.path is not None:
        return Path(article.path).resolve().as_uri()
    return f"urn:parallax:article:{article.id}"


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
    evidence: TargetEvidence | None = None
    """What another tool's target said (anchoring uses it instead of the fields above)."""
    kept: KeptJson | None = None
    """The JSON another tool wrote, written back with only the user's changes."""

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
        becomes anchored. The claim is left alone unless `claim` is given (None unlinks it).
        """
        changes: dict[str, object] = {"modified": when or now_iso(), "original_exact": None}
        if tags is not None:
            changes["tags"] = normalise_tags(tags)
        if note is not None:
            changes["note"] = clean_user_text(note)
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
        note=clean_user_text(note),
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


class AnnotationSet:
    """An ordered, observable collection of annotations and claim groups.

    Signals (all emitted after the change):
      added(index, annotations)     a contiguous block inserted at `index`
      removed(index, annotations)   a contiguous block removed from `index`
      changed(index, old, new)      one annotation replaced in place
      reset()                       everything replaced
      claims_changed()              the claim group list changed
    """

    def __init__(
        self,
        annotations: Iterable[Annotation] = (),
        claims: Iterable[ClaimGroup] = (),
        *,
        collection_id: str | None = None,
    ) -> None:
        self.added = Signal()
        self.removed = Signal()
        self.changed = Signal()
        self.reset = Signal()
        self.claims_changed = Signal()
        self._collection_id = collection_id
        self.revision = 0
        """Incremented by every change; a saver compares it with the revision it last wrote."""
        self._annotations: list[Annotation] = []
        self._claims: list[ClaimGroup] = []
        self._load(annotations, claims)

    @property
    def collection_id(self) -> str:
        """The collection's `urn:uuid:` id; a new set gets one when first asked (on saving)."""
        if self._collection_id is None:
            self._collection_id = new_annotation_id()
        return self._collection_id

    @collection_id.setter
    def collection_id(self, value: str) -> None:
        self._collection_id = value

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._annotations)

    def __iter__(self) -> Iterator[Annotation]:
        return iter(list(self._annotations))

    def __getitem__(self, index: int) -> Annotation:
        return self._annotations[index]

    @property
    def annotations(self) -> tuple[Annotation, ...]:
        return tuple(self._annotations)

    @property
    def claims(self) -> tuple[ClaimGroup, ...]:
        return tuple(self._claims)

    @property
    def claim_names(self) -> tuple[str, ...]:
        return tuple(group.name for group in self._claims)

    def get(self, annotation_id: str) -> Annotation:
        return self._annotations[self.index_of(annotation_id)]

    def index_of(self, annotation_id: str) -> int:
        for index, annotation in enumerate(self._annotations):
            if annotation.id == annotation_id:
                return index
        raise KeyError(annotation_id)

    def __contains__(self, annotation_id: object) -> bool:
        return any(annotation.id == annotation_id for annotation in self._annotations)

    def orphans(self) -> tuple[Annotation, ...]:
        return tuple(a for a in self._annotations if a.status is AnchorStatus.ORPHANED)

    def tags_in_use(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for annotation in self._annotations:
            for tag in annotation.tags:
                seen.setdefault(tag, None)
        return tuple(seen)

    # -- annotation changes (each one undoable step) ------------------------------------------

    def add(self, annotation: Annotation, index: int | None = None) -> int:
        """Insert one annotation (at the end by default); returns its index."""
        return self.add_many([annotation], index)

    def add_many(self, annotations: Sequence[Annotation], index: int | None = None) -> int:
        """Insert a block of annotations as one change; returns the index of the first.

        Undo with `remove_many` of their ids.
        """
        block = tuple(annotations)
        self._check_new(block)
        at = len(self._annotations) if index is None else max(0, min(index, len(self._annotations)))
        if not block:
            return at
        self._annotations[at:at] = block
        self._bump()
        self.added.emit(at, block)
        return at

    def remove(self, annotation_id: str) -> tuple[int, Annotation]:
        """Remove one annotation; returns (index, annotation) for `restore`."""
        return self.remove_many([annotation_id])[0]

    def remove_many(self, annotation_ids: Iterable[str]) -> list[tuple[int, Annotation]]:
        """Remove several annotations as one change; returns [(index, annotation)] by index.

        Undo with `restore` of the returned list.
        """
        wanted = set(annotation_ids)
        taken = [(i, a) for i, a in enumerate(self._annotations) if a.id in wanted]
        missing = wanted - {a.id for _, a in taken}
        if missing:
            raise KeyError(sorted(missing)[0])
        if not taken:
            return []
        # Remove from the end so earlier indices stay valid; one signal per contiguous block.
        for first, block in reversed(_contiguous_blocks(taken)):
            del self._annotations[first : first + len(block)]
            self.removed.emit(first, block)
        self._bump()
        return taken

    def restore(self, entries: Sequence[tuple[int, Annotation]]) -> None:
        """Put back what `remove_many` returned, each at its old index."""
        self._check_new(tuple(annotation for _, annotation in entries))
        ordered = sorted(entries, key=lambda entry: entry[0])
        for first, block in _contiguous_blocks(ordered):
            self._annotations[first:first] = block
            self.added.emit(first, block)
        if ordered:
            self._bump()

    def update(self, annotation: Annotation) -> Annotation:
        """Replace the annotation with the same id; returns the previous value (undo: update it)."""
        index = self.index_of(annotation.id)
        self._check_claim(annotation)
        old = self._annotations[index]
        self._annotations[index] = annotation
        self._bump()
        self.changed.emit(index, old, annotation)
        return old

    def replace_all(
        self, annotations: Iterable[Annotation], claims: Iterable[ClaimGroup] | None = None
    ) -> tuple[tuple[Annotation, ...], tuple[ClaimGroup, ...]]:
        """Replace everything (open a file, re-anchor); returns the old (annotations, claims)."""
        old = (tuple(self._annotations), tuple(self._claims))
        self._load(annotations, self._claims if claims is None else claims)
        self._bump()
        self.reset.emit()
        self.claims_changed.emit()
        return old

    # -- claim groups -------------------------------------------------------------------------

    def add_claim(self, group: ClaimGroup | str, index: int | None = None) -> ClaimGroup:
        """Add a claim group (undo: `remove_claim`)."""
        if isinstance(group, str):
            group = ClaimGroup(clean_user_text(group).strip())
        if not group.name:
            raise ValueError("a claim group needs a name")
        if group.name in self.claim_names:
            raise ValueError(f"there is already a claim group named {group.name!r}")
        at = len(self._claims) if index is None else max(0, min(index, len(self._claims)))
        self._claims.insert(at, group)
        self._bump()
        self.claims_changed.emit()
        return group

    def ensure_claim(self, name: str) -> ClaimGroup | None:
        """Add a group called `name` unless it exists; returns the group added, or None."""
        if name in self.claim_names:
            return None
        return self.add_claim(name)

    def remove_claim(self, name: str) -> ClaimRemoval:
        """Remove a claim group and unlink its annotations (undo: `restore_claim`)."""
        index = self.claim_names.index(name)
        group = self._claims.pop(index)
        unlinked = []
        for position, annotation in enumerate(self._annotations):
            if annotation.claim == name:
                unlinked.append(annotation)
                new = replace(annotation, claim=None)
                self._annotations[position] = new
                self.changed.emit(position, annotation, new)
        self._bump()
        self.claims_changed.emit()
        return ClaimRemoval(index, group, tuple(unlinked))

    def restore_claim(self, removal: ClaimRemoval) -> None:
        self._claims.insert(min(removal.index, len(self._claims)), removal.group)
        for annotation in removal.unlinked:
            position = self.index_of(annotation.id)
            old = self._annotations[position]
            self._annotations[position] = annotation
            self.changed.emit(position, old, annotation)
        self._bump()
        self.claims_changed.emit()

    def set_verdict(self, name: str, verdict: Verdict | None) -> Verdict | None:
        """Set (None: clear) a claim group's verdict; returns the old one (undo: set it)."""
        index = self.claim_names.index(name)
        old = self._claims[index].verdict
        self._claims[index] = replace(self._claims[index], verdict=verdict)
        self._bump()
        self.claims_changed.emit()
        return old

    def rename_claim(self, old_name: str, new_name: str) -> None:
        """Rename a group and relink its annotations (undo: rename back)."""
        new_name = clean_user_text(new_name).strip()
        if not new_name:
            raise ValueError("a claim group needs a name")
        if new_name != old_name and new_name in self.claim_names:
            raise ValueError(f"there is already a claim group named {new_name!r}")
        index = self.claim_names.index(old_name)
        self._claims[index] = replace(self._claims[index], name=new_name)
        for position, annotation in enumerate(self._annotations):
            if annotation.claim == old_name:
                new = replace(annotation, claim=new_name)
                self._annotations[position] = new
                self.changed.emit(position, annotation, new)
        self._bump()
        self.claims_changed.emit()

    # -- helpers ------------------------------------------------------------------------------

    def _load(self, annotations: Iterable[Annotation], claims: Iterable[ClaimGroup]) -> None:
        items = list(annotations)
        ids = [a.id for a in items]
        if len(set(ids)) != len(ids):
            raise ValueError("annotation ids must be unique")
        groups: dict[str, ClaimGroup] = {}
        for group in claims:
            groups.setdefault(group.name, group)
        # A claim named by an annotation but not listed becomes a group, so nothing dangles.
        for annotation in items:
            if annotation.claim and annotation.claim not in groups:
                groups[annotation.claim] = ClaimGroup(annotation.claim)
        self._annotations = items
        self._claims = list(groups.values())

    def _check_new(self, block: tuple[Annotation, ...]) -> None:
        existing = {a.id for a in self._annotations}
        seen: set[str] = set()
        for annotation in block:
            if annotation.id in existing or annotation.id in seen:
                raise ValueError(f"annotation {annotation.id} is already in the set")
            seen.add(annotation.id)
            self._check_claim(annotation)

    def _check_claim(self, annotation: Annotation) -> None:
        if annotation.claim is not None and annotation.claim not in self.claim_names:
            raise ValueError(
                f"unknown claim group {annotation.claim!r}: add it with add_claim first"
            )

    def _bump(self) -> None:
        self.revision += 1


def _contiguous_blocks(
    entries: Sequence[tuple[int, Annotation]],
) -> list[tuple[int, tuple[Annotation, ...]]]:
    """Group (index, annotation) pairs sorted by index into runs of consecutive indices.

    For removal the indices are positions before anything is removed; for restoring they are
    final positions, so inserting the runs in ascending order lands each at its index.
    """
    blocks: list[tuple[int, list[Annotation]]] = []
    for index, annotation in entries:
        if blocks and blocks[-1][0] + len(blocks[-1][1]) == index:
            blocks[-1][1].append(annotation)
        else:
            blocks.append((index, [annotation]))
    return [(first, tuple(block)) for first, block in blocks]
