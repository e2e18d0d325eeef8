"""Import annotations into the current work: anchor them, merge by `id`, and say what happened.

`plan_import` anchors what a file brought against the open articles and merges it into the
current annotations: a new `id` is added; an `id` already present is one annotation -- replaced
by the imported version only when that was modified later (keeping the current claim group if
the import has none), otherwise the current one is kept. `ImportResult.summary_lines` says how
many were imported, added, updated, anchored and orphaned, with the orphans' reasons.
`anchored_for_import` is the window's part off the GUI thread: anchoring with progress and a
cancel, and refusing an import whose annotations an annotation file could never hold
(`ImportTooLarge`, the rule the store applies at every save). No Qt.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from viewer.corpus import Article
from viewer.wording import count_of, quoted

from . import store
from .anchoring import anchor_all
from .model import AnchorStatus, Annotation, ClaimGroup
from .readium_export import readium_id
from .reanchoring import anchor_in_steps
from .text_limits import within_import_limits
from .w3c import ParsedCollection, annotation_json_text

MAX_REASONS_LISTED = 8


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    shape: str
    read: tuple[Annotation, ...]
    """Every annotation the file brought, anchored against the open articles."""
    added: tuple[Annotation, ...]
    updated: tuple[tuple[Annotation, Annotation], ...]
    """(current, imported) pairs where the import replaces the current annotation."""
    kept_current: int
    """Annotations already present and as new (or newer) here: left as they are."""
    new_claims: tuple[ClaimGroup, ...]
    problems: tuple[str, ...] = ()

    @property
    def orphaned(self) -> tuple[Annotation, ...]:
        return tuple(a for a in self.read if a.status is AnchorStatus.ORPHANED)

    def merged(self, current: Iterable[Annotation]) -> list[Annotation]:
        """`current` with the updates in place and the new annotations at the end."""
        replacements = {old.id: new for old, new in self.updated}
        return [replacements.get(a.id, a) for a in current] + list(self.added)

    def _by_status(self) -> str:
        """"2 anchored, 1 fuzzy, 2 orphaned": moved and fuzzy named where there are any (they
        were counted as anchored, and the file then held statuses the summary never gave)."""
        counts = Counter(a.status for a in self.read)
        return ", ".join(f"{counts[status]:,} {status.value}" for status in AnchorStatus
                         if counts[status] or status in (AnchorStatus.ANCHORED,
                                                         AnchorStatus.ORPHANED))

    def summary_lines(self) -> list[str]:
        orphans = self.orphaned
        lines = [
            f"Imported {count_of(len(self.read), 'annotation')} from {self.file_name} "
            f"({self.shape}): {len(self.added):,} new, {len(self.updated):,} updated, "
            f"{self.kept_current:,} already here; {self._by_status()}."]
        reasons = Counter(a.anchor_note or "no reason recorded" for a in orphans)
        for reason, count in reasons.most_common(MAX_REASONS_LISTED):
            lines.append(f"  orphaned ({count:,}): {reason}")
        if len(reasons) > MAX_REASONS_LISTED:
            lines.append(f"  ... and {len(reasons) - MAX_REASONS_LISTED} other reasons")
        # (a placement that needed a choice says which: "placed at the first" of several)
        notes = Counter(a.anchor_note for a in self.read
                        if a.anchor_note and a.status is not AnchorStatus.ORPHANED)
        for note, count in notes.most_common(MAX_REASONS_LISTED):
            lines.append(f"  anchored with a note ({count:,}): {note}")
        if len(notes) > MAX_REASONS_LISTED:
            lines.append(f"  ... and {len(notes) - MAX_REASONS_LISTED} other notes")
        # (the later version wins, and what it replaced is named, with the way back: a
        # window's import replaced a note and a tag edited here saying only "1 updated", an
        # interop tester found; whether the one here was edited here cannot be told -- an
        # annotation made in Parallax carries a `modified` date from the start)
        replaced = [old for old, _new in self.updated]
        if replaced:
            names = ", ".join(quoted(a.exact, 30) for a in replaced[:MAX_REASONS_LISTED])
            more = f" and {len(replaced) - MAX_REASONS_LISTED:,} more" \
                if len(replaced) > MAX_REASONS_LISTED else ""
            lines.append(f"  replaced by the file's later version ({len(replaced):,}): "
                         f"{names}{more} (Undo the import to have the versions here back)")
        lines.extend(f"  not read: {problem}" for problem in self.problems)
        return lines


def plan_import(current: Sequence[Annotation], current_claims: Sequence[ClaimGroup],
                parsed: ParsedCollection, articles: Sequence[Article], *, file_name: str
                ) -> ImportResult:
    """What importing `parsed` into `current` does (nothing is changed here); texts longer
    than an annotation may hold are cut or left out, and said (`text_limits`)."""
    parsed = within_import_limits(parsed, file_name)
    return merge_import(current, current_claims, parsed,
                        tuple(anchor_all(parsed.annotations, articles)), file_name=file_name)


def merge_import(current: Sequence[Annotation], current_claims: Sequence[ClaimGroup],
                 parsed: ParsedCollection, read: Sequence[Annotation], *, file_name: str
                 ) -> ImportResult:
    """`plan_import` for annotations already anchored (`read`, from `parsed`): the cheap part,
    which a window does on its own thread after anchoring in the background."""
    read = tuple(read)
    by_id = {a.id: a for a in current}
    by_readium_id: dict[str, Annotation] | None = None
    added: list[Annotation] = []
    updated: list[tuple[Annotation, Annotation]] = []
    kept_current = 0
    for annotation in read:
        existing = by_id.get(annotation.id)
        if existing is None and annotation.id.startswith("urn:uuid:"):
            # (Thorium drops the `parallax:id` a Readium export keeps an id it had to change
            # in: exported again from Thorium, the set comes back under the ids Readium
            # made, each the same annotation as the one whose id it was made from)
            if by_readium_id is None:
                by_readium_id = {readium_id(a.id): a for a in current}
            existing = by_readium_id.get(annotation.id)
            if existing is not None:
                annotation = replace(annotation, id=existing.id)
        if existing is None:
            added.append(annotation)
        elif _is_newer(annotation.modified, existing.modified) and _differs(annotation, existing):
            updated.append((existing, replace(annotation,
                                              claim=annotation.claim or existing.claim)))
        else:
            kept_current += 1
    known = {group.name for group in current_claims}
    wanted = {a.claim for a in added} | {new.claim for _, new in updated}
    new_claims = [group for group in parsed.claims if group.name not in known]
    named = {group.name for group in new_claims}
    new_claims += [ClaimGroup(name) for name in sorted(n for n in wanted if n)
                   if name not in known and name not in named]
    return ImportResult(file_name, parsed.shape, read, tuple(added), tuple(updated),
                        kept_current, tuple(new_claims), parsed.problems)


def _differs(a: Annotation, b: Annotation) -> bool:
    return (a.tags, a.note, a.other_notes, a.links, a.exact, a.claim) != (
        b.tags, b.note, b.other_notes, b.links, b.exact, b.claim)


def _is_newer(imported: str | None, current: str | None) -> bool:
    """The imported `modified` is later than the current one (unknown dates: not newer)."""
    if imported is None:
        return False
    if current is None:
        return True
    try:
        return _when(imported) > _when(current)
    except (ValueError, TypeError):
        return imported > current


def _when(value: str) -> datetime:
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError("no time zone")
    return moment


class ImportTooLarge(ValueError):
    """The import would make the annotation file larger than Parallax opens; `str()` is the one
    line saying so."""


ANCHORING_SHARE = 0.8
"""The share of `anchored_for_import`'s progress that anchoring takes (the size check the
rest)."""


def anchored_for_import(parsed: ParsedCollection, articles: Sequence[Article], *,
                        current: Sequence[Annotation] = (), current_claims: Sequence[ClaimGroup]
                        = (), saved_in: str | None = None,
                        progress: Callable[[float], None] | None = None,
                        cancelled: Callable[[], bool] | None = None
                        ) -> tuple[Annotation, ...] | None:
    """`parsed`'s annotations anchored against `articles`, in steps (`progress(share)`, None
    once `cancelled()`). With `saved_in` (the annotation file the window saves to), raises
    ImportTooLarge when merged into `current` they make that file larger than the store
    writes (`store.MAX_FILE_BYTES`): a window took in a million annotations for five minutes,
    growing to 3.4 GB, that its every save then refused (a tester's report; the command line
    refuses them, after the same merge, before writing)."""
    def anchoring(share: float) -> None:
        if progress is not None:
            progress(share * ANCHORING_SHARE)

    anchored = anchor_in_steps(parsed.annotations, articles, progress=anchoring,
                               cancelled=cancelled)
    if anchored is None or saved_in is None:
        return None if anchored is None else tuple(anchored)
    merged = merge_import(current, current_claims, parsed, anchored,
                          file_name="").merged(current)
    limit = store.MAX_FILE_BYTES
    size = 0
    memo: dict[str, str] = {}
    for done, annotation in enumerate(merged):
        # (each annotation's line as the file writes it, comma and line break: a lower bound
        # of the file's size, which also holds a head and the claim groups; a set over the
        # limit by its head alone is refused by the save, as before)
        size += len(annotation_json_text(annotation, memo).encode("utf-8", "surrogatepass")) + 2
        if size > limit:
            raise ImportTooLarge(
                f"{count_of(len(merged), 'annotation')} would make {saved_in} a file of more "
                f"than {limit // (1024 * 1024):,} MB, larger than Parallax opens, and no save "
                "could keep them; nothing was imported (import fewer, or keep them in a "
                "project)")
        if done % 1000 == 999:
            if cancelled is not None and cancelled():
                return None
            if progress is not None:
                progress(ANCHORING_SHARE + (1 - ANCHORING_SHARE) * done / len(merged))
    return tuple(anchored)
