"""The session state behind the window: corpus, alignment result, shown articles, selection, find
(`viewer.find_in_panes`, over the articles shown).

Qt-free and observable through `viewer.events.Signal`, so every rule here (which articles become
panes, which passage comes next, when a late alignment result is stale) is tested without a display.
Corpus changes bump `generation`; a background alignment is stamped with the generation it started
from and its result is dropped if the corpus changed meanwhile (git-cola's token pattern).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from viewer.colour_continuity import follow_colours
from viewer.corpus import Article, Corpus
from viewer.default_panes import widened_panes
from viewer.events import Signal
from viewer.file_versions import file_versions
from viewer.find_in_panes import FindInPanes
from viewer.highlights import DocumentHighlights, navigation_order, step
from viewer.limits import DEFAULT_PANES, MAX_PANES, MIN_PANES
from viewer.passage_choice import matching_passage, passage_spans
from viewer.passages import AlignmentResult, Passage
from viewer.prepared_result import PreparedResult, choose_default_panes, restrict_result
from viewer.rows import (
    ArticleRow,
    PassageRow,
    article_rows,
    filter_passage_rows,
    passage_rows,
)
from viewer.wording import outlets_or_titles, titles_told_apart

__all__ = ["DEFAULT_PANES", "MAX_PANES", "MIN_PANES", "Workspace"]


class Workspace:
    """Everything the window shows, and the operations its menus and lists call."""

    def __init__(self, articles: Iterable[Article] = ()) -> None:
        self.corpus = Corpus()
        self.result: AlignmentResult | None = None
        self._events: tuple[AlignmentResult, int, dict[str, int]] | None = None
        """`events` with the result (by identity) and corpus generation it was read for."""
        self.generation = 0
        self.selected: str | None = None
        self.selection_followed_result = False
        """True while `selection_changed` says the selection moved with a new result (the
        same statement under its new id, or none): not the user's choice, so panes keep
        their reading position."""
        self.shown: tuple[str, ...] = ()
        self.displaced: tuple[str, ...] = ()
        """The panes the last articles added in view took the place of (six at most side by
        side): the window says so."""
        self.colours: dict[str, int] = {}
        self.find = FindInPanes(lambda: [self.corpus.get(i) for i in self.shown])
        """Find in the panes shown (looked for again whenever they change)."""
        self.passage_filter_text = ""
        self.passage_filter_article: str | None = None
        self.default_pane_limit = DEFAULT_PANES
        """Most panes the default view shows; the window lowers it when it is narrow."""
        self._shown_chosen_by_user = False
        self._highlights: dict[str, DocumentHighlights] = {}
        self._passage_rows: list[PassageRow] | None = None
        self._article_rows: list[ArticleRow] | None = None
        self._titles: dict[str, str] | None = None
        self._names: dict[str, str] | None = None
        self._versions: dict[str, tuple[int, int]] | None = None

        self.corpus_changed = Signal()
        """The set of articles changed (added or removed)."""
        self.result_changed = Signal()
        """A new alignment result (or a result restricted after a removal) is in place."""
        self.shown_changed = Signal()
        """`shown` changed: the panes to display, in order."""
        self.selection_changed = Signal()
        """emit(passage_id or None)."""
        self.passage_filter_changed = Signal()
        self.problems_reported = Signal()
        """emit(list of "file: reason" lines) for files that could not be used."""
        self.file_notes_reported = Signal()
        """emit(list of "file: what happened" lines): files changed on disk since a project
        added them, versions added beside an article, copies (no file's problem)."""

        if articles:
            self.add_articles(articles)

    # --- corpus -----------------------------------------------------------------------------

    def add_articles(self, articles: Iterable[Article], *, reveal: bool = False) -> list[Article]:
        """Add articles (ids made unique).

        With `reveal` (the user opened them into a session already under way) a few new articles
        become panes at once, replacing the last panes when all six are taken; otherwise the panes
        are chosen again when the alignment result arrives.
        """
        added = [self.corpus.add(a) for a in articles]
        if not added:
            return []
        self._corpus_edited()
        new_ids = tuple(a.id for a in added)
        self.displaced = ()
        if reveal and len(added) < MAX_PANES:
            self._shown_chosen_by_user = True
            keep = self.shown[: MAX_PANES - len(new_ids)]
            self.displaced = self.shown[len(keep):]
            self._set_shown(keep + new_ids)
        elif self._shown_chosen_by_user:
            room = max(MAX_PANES - len(self.shown), 0)
            self._set_shown(self.shown + new_ids[:room])
        else:
            self._set_shown(tuple(self.corpus.ids[:self.default_pane_limit]))
        return added

    def remove_article(self, article_id: str) -> None:
        self.remove_articles([article_id])

    def remove_articles(self, article_ids: Sequence[str]) -> None:
        """Take articles out, all at once (the views refresh once, not once an article)."""
        gone = {i for i in article_ids if i in self.corpus}
        if not gone:
            return
        for article_id in gone:
            self.corpus.remove(article_id)
        self._corpus_edited()
        # Panes change before the result so no view asks for the removed article's highlights.
        shown = tuple(i for i in self.shown if i not in gone)
        spare = [i for i in self.corpus.ids if i not in shown]
        while len(shown) < MIN_PANES and spare:
            shown += (spare.pop(0),)
        self._set_shown(shown)
        if self.result is not None:
            # Its passages keep their ids, and so their colours, until the next alignment.
            restricted = restrict_result(self.result, self.corpus.ids)
            self._install_result(restricted, colours={
                p.id: self.colours[p.id] for p in restricted.passages if p.id in self.colours})

    def update_metadata(self, article: Article) -> None:
        """Replace the metadata (title, outlet, URL, author, time) of the article with
        `article.id`; its text must be unchanged, so the alignment still holds and no
        re-alignment is needed. Lists and pane headers refresh through `result_changed`.

        Raises KeyError for an unknown article, ValueError when the text differs.
        """
        current = self.corpus.get(article.id)
        if (article.text, article.body_start) != (current.text, current.body_start):
            raise ValueError(f"{article.id}: only the metadata may change, not the text")
        if article == current:
            return
        self.corpus.replace(article)
        self._highlights.clear()
        self._passage_rows = None
        self._article_rows = None
        self._titles = None
        self._names = None
        self.result_changed.emit()

    def report_problems(self, lines: Sequence[str]) -> None:
        if lines:
            self.problems_reported.emit(list(lines))

    def report_file_notes(self, lines: Sequence[str]) -> None:
        if lines:
            self.file_notes_reported.emit(list(lines))

    def _corpus_edited(self) -> None:
        self.generation += 1
        self._versions = None
        self._highlights.clear()
        self._passage_rows = None
        self._article_rows = None
        self._titles = None
        self._names = None
        self.corpus_changed.emit()

    # --- alignment --------------------------------------------------------------------------

    def accept_result(self, generation: int, result: AlignmentResult,
                      prepared: PreparedResult | None = None) -> bool:
        """Install `result` if it was computed for the current corpus; False if it is stale.

        `prepared` (from `prepare_result` in the worker) spares the GUI thread the work that
        grows with the corpus.
        """
        if generation != self.generation:
            return False
        self._install_result(result, prepared)
        if not self._shown_chosen_by_user:
            panes = prepared.default_panes if prepared is not None else \
                choose_default_panes(self.corpus.ids, result, self.default_pane_limit)
            self._set_shown(panes)
        return True

    def widen_default_panes(self, room: int) -> bool:
        """The window now has room for `room` panes, more than the default choice was made
        for (it is made for the width at the time, and a window is often widened or maximised
        just after it opens): add panes up to that room (at most DEFAULT_PANES), unless the
        user has chosen the panes. The panes shown stay, first; then the other articles that
        carry the selected passage, so it stays in view and linked; then the default choice
        for the new room. Never fewer: a narrower window hides panes instead. True if panes
        were added."""
        limit = max(MIN_PANES, min(DEFAULT_PANES, room))
        if self._shown_chosen_by_user or self.result is None \
                or limit <= self.default_pane_limit:
            return False
        self.default_pane_limit = limit
        selected = self.selected_passage()
        carriers = selected.document_ids if selected is not None else ()
        choice = choose_default_panes(self.corpus.ids, self.result, limit)
        wanted = widened_panes(self.shown, carriers, choice, limit, self.corpus.ids)
        if wanted == list(self.shown) or not wanted:
            return False
        self._set_shown(tuple(wanted))
        return True

    def recolour(self, colours: Mapping[str, int]) -> None:
        """Paint the result's passages in `colours` (a reopened window's: `viewer.view_state`)."""
        if self.result is not None and dict(colours) != self.colours:
            self._install_result(self.result, colours=dict(colours))

    def _install_result(self, result: AlignmentResult, prepared: PreparedResult | None = None,
                        colours: dict[str, int] | None = None) -> None:
        # Ids are ranks the new result hands out afresh: the selection follows its statement
        # (where its occurrences stand), never its old id, which may now name another one.
        previous = self.selected_passage()
        if prepared is not None and prepared.colours is not None:
            # Made off the GUI thread, following those shown (`session_finishing.coloured`).
            self.colours = prepared.colours
        elif colours is not None:
            self.colours = colours
        else:
            # A passage still there keeps its colour; only new ones get colours of their own.
            self.colours = follow_colours(self.result, self.colours, result)
        self.result = result
        self._highlights.clear()
        self._passage_rows = list(prepared.passage_rows) if prepared is not None else None
        self._article_rows = list(prepared.article_rows) if prepared is not None else None
        followed = None if previous is None else \
            matching_passage(passage_spans(previous), result)
        changed = followed != self.selected
        self.selected = followed
        self.result_changed.emit()
        if changed:
            self.selection_followed_result = True
            try:
                self.selection_changed.emit(followed)
            finally:
                self.selection_followed_result = False

    # --- panes ------------------------------------------------------------------------------

    def set_shown(self, ids: Sequence[str]) -> str | None:
        """Show exactly these articles as panes, in this order; a reason if refused."""
        ids = tuple(dict.fromkeys(ids))
        unknown = [i for i in ids if i not in self.corpus]
        if unknown:
            return f"no such article: {unknown[0]}"
        if len(ids) > MAX_PANES:
            return f"at most {MAX_PANES} articles can be shown side by side"
        if len(ids) < min(MIN_PANES, len(self.corpus)):
            return f"at least {MIN_PANES} articles are shown side by side"
        self._shown_chosen_by_user = True
        self._set_shown(ids)
        return None

    def set_article_shown(self, article_id: str, shown: bool) -> str | None:
        """Add (at the end) or remove one pane; a reason if refused."""
        if shown and article_id not in self.shown:
            return self.set_shown((*self.shown, article_id))
        if not shown and article_id in self.shown:
            return self.set_shown(tuple(i for i in self.shown if i != article_id))
        return None

    def _set_shown(self, ids: Sequence[str]) -> None:
        ids = tuple(ids)
        if ids != self.shown:
            self.shown = ids
            self.shown_changed.emit()
            self.find.refresh()

    def events(self) -> dict[str, int] | None:
        """Each article's event by the current alignment (`viewer.figures.events`), None
        before one: what the claim comparison lists as saying nothing about a claim."""
        from viewer.figures.events import events_of_result

        if self.result is None:
            return None
        # (asked on every annotation change by the claim comparison: read the passages once
        # per result and corpus)
        cached = self._events
        if cached is None or cached[0] is not self.result or cached[1] != self.generation:
            cached = self._events = (self.result, self.generation,
                                     events_of_result(list(self.corpus.ids), self.result))
        return dict(cached[2])

    def article(self, article_id: str) -> Article:
        return self.corpus.get(article_id)

    def highlights(self, article_id: str) -> DocumentHighlights:
        cached = self._highlights.get(article_id)
        if cached is None:
            cached = DocumentHighlights.build(self.corpus.get(article_id), self.result,
                                              self.colours)
            self._highlights[article_id] = cached
        return cached

    # --- selection --------------------------------------------------------------------------

    def select_passage(self, passage_id: str | None) -> None:
        if passage_id is not None and (self.result is None
                                       or not _has_passage(self.result, passage_id)):
            return
        if passage_id != self.selected:
            self.selected = passage_id
            self.selection_changed.emit(passage_id)

    def selected_passage(self) -> Passage | None:
        if self.result is None or self.selected is None:
            return None
        return self.result.passage(self.selected)

    def next_passage(self, in_view: Sequence[str] | None = None) -> None:
        """Select the passage after the selected one, down the panes `in_view` (default: every
        article shown; a ticked article left out of the panes for want of room is not read)."""
        self._step_passage(+1, in_view)

    def previous_passage(self, in_view: Sequence[str] | None = None) -> None:
        self._step_passage(-1, in_view)

    def _step_passage(self, direction: int, in_view: Sequence[str] | None) -> None:
        order = navigation_order(self.result, self.shown if in_view is None else in_view)
        self.select_passage(step(order, self.selected, direction))

    # --- lists ------------------------------------------------------------------------------

    def article_rows(self) -> list[ArticleRow]:
        if self._article_rows is None:
            self._article_rows = article_rows(self.corpus, self.result)
        return self._article_rows

    def title_of(self, article_id: str) -> str:
        """The article's title as lists name it, its id added where another article's title
        reads the same (`viewer.wording.titles_told_apart`: wire copies under the agency's
        headline); the id itself for an article not in the corpus."""
        if self._titles is None:
            self._titles = titles_told_apart({a.id: a.title or a.id for a in self.corpus})
        return self._titles.get(article_id, article_id)

    def name_of(self, article_id: str) -> str:
        """The article as the Annotations dock names it: its outlet when known (from its file or
        page, or set in Article details), as the claim cards name it, else its title
        (`title_of`); an outlet several articles have is followed by the title
        (`viewer.wording.outlets_or_titles`). The id itself for an article not in the
        corpus."""
        if self._names is None:
            self._names = outlets_or_titles({a.id: a.source for a in self.corpus},
                                            {a.id: self.title_of(a.id) for a in self.corpus})
        return self._names.get(article_id, article_id)

    def version_of(self, article_id: str) -> tuple[int, int] | None:
        """(its version, how many) where several articles open were read from the article's
        file (`viewer.file_versions`), else None."""
        if self._versions is None:
            self._versions = file_versions(self.corpus)
        return self._versions.get(article_id)

    def passage_rows(self) -> list[PassageRow]:
        if self._passage_rows is None:
            self._passage_rows = passage_rows(self.corpus, self.result)
        return self._passage_rows

    def visible_passage_rows(self) -> list[PassageRow]:
        return filter_passage_rows(self.passage_rows(), self.passage_filter_text,
                                   self.passage_filter_article)

    def set_passage_filter(self, text: str, article_id: str | None) -> None:
        if (text, article_id) != (self.passage_filter_text, self.passage_filter_article):
            self.passage_filter_text, self.passage_filter_article = text, article_id
            self.passage_filter_changed.emit()


def _has_passage(result: AlignmentResult, passage_id: str) -> bool:
    return any(p.id == passage_id for p in result.passages)
