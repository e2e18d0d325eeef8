"""One investigation in one file: articles, provenance edits, annotations, corrections, view.

`Project` is what the window and the commands use; every change is written at once in its own
transaction (see `viewer.projects.database` for why and how two processes merge), so there is
no "unsaved work" in a saved project and nothing to lose on a crash. A project that has not
been given a file yet lives in memory until `save_as`.

What is stored, and why in that form:
  * articles: the text itself, always -- files are "referenced and copied in" (the original
    path is kept to say where it came from, the copy makes the file self-contained, so it can
    be e-mailed and survives the original being edited or deleted); pasted and imported texts
    have no other home. The provenance read from the file or page is kept with the article.
  * the raw HTML and fetch time of imported pages (`Snapshot`), so the comparison survives
    link rot.
  * annotations: one row per annotation holding exactly the W3C Web Annotation JSON that the
    annotation store writes, claim groups one row each. Rows rather than one JSON document so
    two processes' saves merge per annotation; the W3C form so nothing Parallax does not model
    is lost and exports stay what they were.
  * provenance edits, corrections and the view: JSON rows too, the edits kept apart from what
    was read so the user can always see (and go back to) what the page said.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from viewer.annotations.claim_json import verdict_from_json, verdict_to_json
from viewer.annotations.fields import FormatError
from viewer.annotations.json_numbers import loads_keeping_numbers
from viewer.annotations.model import Annotation, ClaimGroup
from viewer.corpus import Article
from viewer.corrections import Correction, correction_from_json, correction_to_json
from viewer.fetching import FetchedPage, article_from_fetched
from viewer.loading import unique_id
from viewer.provenance import (
    Provenance,
    apply_edits,
    edits_between,
    provenance_of,
    readable_edits,
)
from viewer.wording import one_line

from .annotation_records import AnnotationRecords, record_problem
from .article_rows import (
    ORIGINS,
    StoredArticle,
    storable_article,
    stored_article,
    stored_as_other_than_text,
    stored_origin,
    stored_path,
    with_provenance,
)
from .database import Database, ProjectError, dumps, now_utc

PROJECT_SUFFIX = ".parallax"
ANNOTATION, CLAIM, CORRECTION, PROVENANCE, VIEW = (
    "annotation", "claim", "correction", "provenance", "view")
_VIEW_KEY = "window"
_FIELD_NAMES = {"url": "URL", "published": "publication time"}
"""Provenance fields named otherwise in messages."""


@dataclass(frozen=True)
class Snapshot:
    """A web page as fetched: the proof of what it said at `fetched` (ISO 8601, UTC)."""

    url: str
    fetched: str
    content_type: str
    body: bytes


class Project:
    """An open project; `path` is None until it is saved somewhere."""

    def __init__(self, database: Database) -> None:
        self._database = database
        self.problems: list[str] = database.problems  # (rows that are no text said there)
        """One line per stored item that could not be read (it stays in the file, untouched)."""
        self._unreadable: dict[str, dict[str, str]] = {}
        self._records = AnnotationRecords()

    # -- life cycle ----------------------------------------------------------------------------

    @classmethod
    def new(cls) -> Project:
        """An empty project not yet saved to a file (the samples open as one)."""
        return cls(Database.in_memory())

    @classmethod
    def create(cls, path: Path | str) -> Project:
        return cls(Database.create(Path(path)))

    @classmethod
    def open(cls, path: Path | str) -> Project:
        """Open a project file; raises ProjectError (one line naming the file) if unusable."""
        return cls(Database.open(Path(path)))

    @classmethod
    def read_into_memory(cls, path: Path | str) -> Project:
        """The project file at `path` copied into memory and only read: changes are never
        written to it (`Database.read_into_memory`)."""
        return cls(Database.read_into_memory(Path(path)))

    @property
    def path(self) -> Path | None:
        return self._database.path

    @property
    def read_only(self) -> bool:
        return self._database.read_only

    def save_as(self, path: Path | str) -> None:
        """Write everything to `path` (atomically) and keep working there."""
        self._database.save_as(Path(path))

    def close(self) -> None:
        self._database.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- articles ------------------------------------------------------------------------------

    def stored_articles(self) -> tuple[StoredArticle, ...]:
        rows = self._database.connection.execute(
            "SELECT id, title, text, path, outlet, url, author, published, origin, body_start, "
            "added FROM articles ORDER BY position, rowid").fetchall()
        # (a row refused is said in `problems` and stays in the file as it is)
        return tuple(stored for row in rows if (stored := self._stored_article(row)) is not None)

    def origin_of(self, article_id: str) -> tuple[str, str | None, str] | None:
        """Where one article came from: (origin, path, when added), read from its row alone;
        None for an article the project does not hold."""
        row = self._database.connection.execute(
            "SELECT origin, path, added FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        return stored_origin(*row)

    def added_from_files(self) -> dict[str, str]:
        """Article id -> when it was added, of the articles read from files (rows' origins)."""
        rows = self._database.connection.execute(
            "SELECT id, origin, path, added FROM articles").fetchall()
        origins = {row[0]: stored_origin(*row[1:]) for row in rows if isinstance(row[0], str)}
        return {key: added for key, (origin, path, added) in origins.items()
                if origin == "file" and path is not None}

    def articles(self) -> tuple[Article, ...]:
        """The articles with the user's provenance edits applied: what views and the engine use."""
        edits = self._provenance_edits()
        return tuple(with_provenance(stored.article,
                                      apply_edits(provenance_of(stored.article),
                                                  edits.get(stored.article.id, {})))
                     for stored in self.stored_articles())

    def add_articles(self, articles: Sequence[Article], origin: str = "file",
                     snapshots: Mapping[str, Snapshot] | None = None) -> tuple[Article, ...]:
        """Store articles (ids made unique against the project's); returns them as stored.

        `snapshots` maps an article's id as given to its fetched page.
        """
        if origin not in ORIGINS:
            raise ValueError(f"unknown origin {origin!r}")
        snapshots = snapshots or {}
        stored: list[Article] = []
        connection = self._database.connection
        with self._database.writing() as revision:
            taken = {row[0] for row in connection.execute("SELECT id FROM articles")}
            position = connection.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM articles").fetchone()[0]
            for given in articles:
                article = storable_article(given)
                article_id = unique_id(article.id, taken)
                taken.add(article_id)
                read = provenance_of(article)
                connection.execute(
                    "INSERT INTO articles (id, position, title, text, path, outlet, url, author, "
                    "published, origin, body_start, added, revision) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (article_id, position, article.title, article.text,
                     stored_path(article.path), read.outlet,
                     read.url, read.author, read.published, origin, article.body_start,
                     now_utc(), revision))
                position += 1
                snapshot = snapshots.get(given.id)
                if snapshot is not None:
                    connection.execute(
                        "INSERT INTO snapshots (article_id, url, fetched, content_type, body) "
                        "VALUES (?, ?, ?, ?, ?)", (article_id, snapshot.url, snapshot.fetched,
                                                   snapshot.content_type, snapshot.body))
                stored.append(replace(article, id=article_id))
        return tuple(stored)

    def import_page(self, page: FetchedPage) -> Article:
        """Store the article of a fetched web page with its snapshot (File › Import from URL).

        Raises FetchError when the page holds no article text.
        """
        article = article_from_fetched(page)
        snapshot = Snapshot(page.final_url, page.fetched, page.content_type, page.body)
        return self.add_articles([article], "imported", {article.id: snapshot})[0]

    def remove_article(self, article_id: str) -> None:
        """Remove an article and its snapshot; its annotations stay (shown as orphaned)."""
        with self._database.writing():
            self._database.connection.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        self._database.change(PROVENANCE, {article_id: None})

    def snapshot(self, article_id: str) -> Snapshot | None:
        row = self._database.connection.execute(
            "SELECT url, fetched, content_type, body FROM snapshots WHERE article_id = ?",
            (article_id,)).fetchone()
        if row is None:
            return None
        url, fetched, content_type, body = row
        # (read with str(), a number another tool stored was shown as the page's address)
        reason = stored_as_other_than_text(
            (("URL", url), ("fetch time", fetched), ("content type", content_type)))
        if reason is None and not isinstance(body, (bytes, str)):
            reason = "its page is stored as neither bytes nor text"
        if reason is not None:
            line = f"{self._database.where}: snapshot {article_id[:60]!r} skipped: {reason}"
            if line not in self.problems:
                self.problems.append(line)
            return None
        return Snapshot(url, fetched, content_type,
                        body if isinstance(body, bytes) else str(body).encode("utf-8"))

    # -- provenance ----------------------------------------------------------------------------

    def read_provenance(self, article_id: str) -> Provenance:
        """What the article's file or page said (KeyError: no such article)."""
        for stored in self.stored_articles():
            if stored.article.id == article_id:
                return provenance_of(stored.article)
        raise KeyError(article_id)

    def provenance(self, article_id: str) -> Provenance:
        """What the user sees: the read provenance with their edits over it."""
        return apply_edits(self.read_provenance(article_id),
                           self._provenance_edits().get(article_id, {}))

    def set_provenance(self, article_id: str, wanted: Provenance) -> None:
        """Store the edits that make the article's provenance `wanted` (read values untouched)."""
        edits = edits_between(self.read_provenance(article_id), wanted)
        self._database.change(PROVENANCE, {article_id: dumps(edits) if edits else None})

    def _provenance_edits(self) -> dict[str, dict[str, Any]]:
        edits: dict[str, dict[str, Any]] = {}
        for key, value in self._database.records(PROVENANCE).items():
            loaded = self._json(PROVENANCE, key, value)
            if not isinstance(loaded, dict):
                if loaded is not None:
                    self._skip(PROVENANCE, key, value, "not an edit of an article's details")
                continue
            edits[key], unreadable = readable_edits(loaded)
            if unreadable:
                names = [_FIELD_NAMES.get(name, name) for name in unreadable]
                listed = (", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1
                          else names[0])
                self._say(PROVENANCE, key, f"its edited {listed} "
                                           f"{'are' if len(names) > 1 else 'is'} not text; "
                                           "what the article said is used")
        return edits

    # -- annotations ---------------------------------------------------------------------------

    def annotations(self) -> tuple[tuple[Annotation, ...], tuple[ClaimGroup, ...]]:
        """The stored annotations (not yet re-anchored) and claim groups, in the order added."""
        return self._read_annotations(self._database.records(ANNOTATION))

    def _read_annotations(self, records: Mapping[str, str]
                          ) -> tuple[tuple[Annotation, ...], tuple[ClaimGroup, ...]]:
        annotations = self._records.read(
            records, lambda key, value, reason: self._skip(ANNOTATION, key, value, reason))
        claims: list[ClaimGroup] = []
        for key, value in self._database.records(CLAIM).items():
            loaded = self._json(CLAIM, key, value)
            description = loaded.get("description", "") if isinstance(loaded, dict) else None
            try:
                verdict = verdict_from_json(loaded.get("verdict"), f"claim group {key}") \
                    if isinstance(loaded, dict) else None
            except FormatError:
                description = None  # (a verdict it cannot read: the record is kept as it is)
            if isinstance(description, str):
                claims.append(ClaimGroup(key, description, verdict))
            else:
                # Kept in the file as it is: read as an empty claim (or not at all), the next
                # save would write that over it, or delete it.
                self._skip(CLAIM, key, value, "not a claim group Parallax understands")
        return tuple(annotations), tuple(claims)

    def save_annotations(self, annotations: Iterable[Annotation],
                         claims: Iterable[ClaimGroup], *, set_aside: Collection[str] = ()
                         ) -> tuple[tuple[Annotation, ...], tuple[ClaimGroup, ...]]:
        """Write what changed since this process last read or saved them; returns the merged
        state (with what another process saved meanwhile). The stored versions of the ids in
        `set_aside` that this write replaces are kept in `overwritten` (a version restored)."""
        wanted = self._records.texts(annotations)
        # (a row copying an annotation goes with it when it is deleted or edited, kept aside
        # in `overwritten`: written back, it would bring the annotation back on reopening)
        copies = self._records.stale_copies(wanted)
        skipped = self._unreadable.setdefault(ANNOTATION, {})
        for key in copies:
            skipped.pop(key, None)
        wanted.update(skipped)
        merged = self._database.sync(ANNOTATION, wanted, set_aside={*copies, *set_aside})
        # (the verdict with its group: it was never stored, and a project reopened without
        # it; Export ClaimReview found none -- a week-of-work tester's report)
        wanted_claims = {c.name: dumps({"description": c.description} if c.verdict is None else
                                       {"description": c.description,
                                        "verdict": verdict_to_json(c.verdict)})
                         for c in claims}
        wanted_claims.update(self._unreadable.get(CLAIM, {}))
        self._database.sync(CLAIM, wanted_claims)
        return self._read_annotations(merged)

    # -- corrections ---------------------------------------------------------------------------

    def corrections(self) -> tuple[Correction, ...]:
        found: list[Correction] = []
        for key, value in self._database.records(CORRECTION).items():
            loaded = self._json(CORRECTION, key, value)
            correction = correction_from_json(loaded) if loaded is not None else None
            if correction is None:
                self._skip(CORRECTION, key, value, "not a correction Parallax understands")
            else:
                found.append(correction)
        return tuple(found)

    def add_correction(self, correction: Correction) -> None:
        self._database.change(CORRECTION, {correction.id: dumps(correction_to_json(correction))})

    def remove_correction(self, correction_id: str) -> None:
        self._database.change(CORRECTION, {correction_id: None})

    # -- view ----------------------------------------------------------------------------------

    def view_state(self) -> dict[str, Any]:
        """What the window last showed (panes, selection, sizes); {} when none is stored."""
        value = self._database.records(VIEW).get(_VIEW_KEY)
        loaded = self._json(VIEW, _VIEW_KEY, value) if value is not None else None
        return loaded if isinstance(loaded, dict) else {}

    def set_view_state(self, state: Mapping[str, Any]) -> None:
        self._database.change(VIEW, {_VIEW_KEY: dumps(dict(state))})

    def overwritten(self, after: int = 0, upto: int | None = None
                    ) -> list[tuple[str, str, str | None, str]]:
        """Records another process replaced under this one: (kind, key, JSON, when); only
        those numbered above `after` and up to `upto` (from `last_overwritten`) if given."""
        return self._database.overwritten(after, upto)

    def last_overwritten(self) -> int:
        return self._database.last_overwritten()

    # -- helpers -------------------------------------------------------------------------------

    def _json(self, kind: str, key: str, value: str) -> Any:
        try:
            return loads_keeping_numbers(value)
        except (ValueError, RecursionError) as error:
            self._skip(kind, key, value, f"invalid JSON ({record_problem(error)})")
            return None

    def problem_reasons(self) -> list[str]:
        """`problems` without the project's name in front, for a caller that names it."""
        prefix = f"{self._database.where}: "
        return [line.removeprefix(prefix) for line in self.problems]

    def _skip(self, kind: str, key: str, value: str, reason: str) -> None:
        """Keep an unreadable record out of the model but in the file, and say so once."""
        if key not in self._unreadable.setdefault(kind, {}):
            # (cut with an ellipsis, not inside a word: a key given twice names both values)
            self.problems.append(f"{self._database.where}: {kind} {key[:60]!r} skipped: "
                                 f"{one_line(reason, 200)}")
        self._unreadable[kind][key] = value

    def _say(self, kind: str, key: str, problem: str) -> None:
        """One line in `problems` on a record read in part, once."""
        line = f"{self._database.where}: {kind} {key[:60]!r}: {problem}"
        if line not in self.problems:
            self.problems.append(line)

    def _stored_article(self, row: Sequence[object]) -> StoredArticle | None:
        return stored_article(row, self._database.where, self.problems)


__all__ = ["ORIGINS", "PROJECT_SUFFIX", "Project", "ProjectError", "Snapshot", "StoredArticle"]

