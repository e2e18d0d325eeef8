"""One source's text opened twice (the same file or page, `viewer.article_sources.source_key`),
aligned once: the engine runs on one of each such group, and the passages found are then given
to the others (the one covering half of the text or more grown to the whole of it).

Pure functions of the articles and the passages. A project keeps the text a file had when it
was added beside the text it has now; the same page saved twice is one text too. Aligned as two
documents, the match of their whole text joined every statement the text carries (a quotation
of a memo, the wire story around it, a second memo it cites) into one passage (a tester's
report). Aligned once, each statement keeps its own passage, in the copies as in the article;
the whole text is no passage of its own (the two panes were one solid block: the versions'
labels and the loading notice say what they are). The copies do not vote on
the consensus (one file twice is not two outlets' readings). Two outlets printing one text
word for word are two documents still: measured on real articles, aligning reprints once split
the wire story they carry into the pieces others quote (`viewer.engine.versions`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from viewer.article_sources import source_key
from viewer.corpus import Article
from viewer.passages import Occurrence, Passage

WHOLE_TEXT_WORDS = 6
"""A text of fewer words (`Article.word_count`: a character of Chinese a word) shared whole is
no passage ("Page not found" twice); the engine's shortest statement
(`EngineSettings.min_words`) is as long."""


@dataclass(frozen=True)
class Copy:
    """An article that prints its original's text: where a place of the original stands in it,
    and the stretches of it the original writes otherwise (none for the same text; a near
    copy's, `viewer.engine.versions`)."""

    article: Article
    original: Article
    edits: tuple[tuple[int, int], ...] = ()
    """Ranges of `article.text` the original does not print so."""
    places: Callable[[int], int] | None = None
    """Where an offset of the original's text stands in the copy's; None: the same place in
    the body."""

    def at(self, offset: int) -> int:
        if self.places is not None:
            return self.places(offset)
        return offset - self.original.body_start + self.article.body_start

    def edits_within(self, start: int, end: int) -> list[tuple[int, int]]:
        return [(max(low, start), min(high, end)) for low, high in self.edits
                if low < end and high > start]


@dataclass(frozen=True)
class IdenticalTexts:
    """The articles to align (one of each group of identical bodies, in the input order), and
    each of those articles' copies (by id), in the input order."""

    aligned: tuple[Article, ...]
    copies: dict[str, tuple[Copy, ...]]


def identical_texts(articles: Sequence[Article]) -> IdenticalTexts:
    """The articles grouped by their bodies (`Article.body`) and their source (`source_key`:
    the same text of two outlets, a wire story reprinted word for word, is reuse the engine
    shows as it shows any other; the same file twice is not); of each group the one with the
    smallest id is aligned, whatever the order of `articles` (the result does not depend on
    it)."""
    by_source: dict[str, list[Article]] = {}
    for article in articles:
        key = source_key(article)
        if key is not None:
            by_source.setdefault(key, []).append(article)
    # (bodies compared only within a source two articles or more share: usually none)
    copied: set[str] = set()
    copies: dict[str, tuple[Copy, ...]] = {}
    for same_source in by_source.values():
        by_body: dict[str, list[Article]] = {}
        for article in same_source if len(same_source) > 1 else ():
            by_body.setdefault(article.body, []).append(article)
        for group in by_body.values():
            if len(group) > 1:
                first = min(group, key=lambda article: article.id)
                copies[first.id] = tuple(Copy(article, first) for article in group
                                         if article is not first)
                copied.update(copy.article.id for copy in copies[first.id])
    return IdenticalTexts(tuple(a for a in articles if a.id not in copied), copies)


def with_copies(passages: Sequence[Passage], copies_of: dict[str, tuple[Copy, ...]],
                input_order: dict[str, int]) -> tuple[Passage, ...]:
    """`passages` (found among the originals) with each occurrence in an original given to its
    copies too, where it stands in them (`Copy.at`), and the whole text of each group in the
    passage covering half of it (`_with_whole_text`); ordered and numbered as the align stage
    orders them (most widely shared first, then the longest consensus, then the first
    occurrence in `input_order`)."""
    found: list[tuple[str, list[Occurrence]]] = []
    for passage in passages:
        occurrences = list(passage.occurrences)
        for occurrence in passage.occurrences:
            for copy in copies_of.get(occurrence.document, ()):
                moved = _moved(occurrence, copy)
                if moved is not None:
                    occurrences.append(moved)
        found.append((passage.consensus, occurrences))
    for copies in copies_of.values():
        found = _with_whole_text(found, copies[0].original, copies)
    drafts = [_draft(consensus, occurrences, input_order) for consensus, occurrences in found]
    drafts.sort(key=lambda draft: draft[0])
    return tuple(Passage(f"p{index}", tuple(occurrences), consensus)
                 for index, (_, consensus, occurrences) in enumerate(drafts, start=1))


WHOLE_SHARE = 0.5
"""The share of an article's body a passage's occurrences in it must cover for the passage to
be the whole text's, in the article and its copies."""


def _with_whole_text(found: list[tuple[str, list[Occurrence]]], article: Article,
                     copies: Sequence[Copy]) -> list[tuple[str, list[Occurrence]]]:
    """`found` (consensus and occurrences of each passage) with the whole text of `article` and
    its `copies` one passage: the passage covering WHOLE_SHARE of the body or more, its
    occurrences there grown to the whole text (a wire story reprinted whole by two outlets and
    in part by a third is one statement, the words the part lacks marked as differences), else
    none; none for a text of fewer than WHOLE_TEXT_WORDS words."""
    whole = _whole_text(article, copies)
    if whole is None:
        return found
    occurrences = whole[1]
    start, end = occurrences[0].start, occurrences[0].end
    shares = [_covered(own, article.id, start, end) for _, own in found]
    widest = max(range(len(found)), key=lambda k: (shares[k], -k), default=-1)
    if widest < 0 or shares[widest] < WHOLE_SHARE * (end - start):
        # (no passage of its own: the panes of two versions were one solid block, the
        # versions' labels and the loading notice say what they are -- a tester)
        return found
    named = {article.id, *(copy.article.id for copy in copies)}
    kept_consensus, own = found[widest]
    grown = [_grown(whole_one, [o for o in own if o.document == whole_one.document])
             for whole_one in occurrences]
    return [*found[:widest],
            (kept_consensus, [o for o in own if o.document not in named] + grown),
            *found[widest + 1:]]


def _covered(occurrences: Sequence[Occurrence], document: str, start: int, end: int) -> int:
    """How many characters of [start, end) the `occurrences` in `document` cover."""
    covered, reach = 0, start
    for occurrence in sorted((o for o in occurrences if o.document == document),
                             key=lambda o: (o.start, o.end)):
        low, high = max(occurrence.start, reach), min(occurrence.end, end)
        if high > low:
            covered += high - low
            reach = high
    return covered


def _grown(whole: Occurrence, pieces: Sequence[Occurrence]) -> Occurrence:
    """`whole` (a document's whole text) as an occurrence of a passage that held `pieces` of
    it: their differences kept, and the text between and around them, which the consensus
    lacks, marked as differences too."""
    marked = [*whole.differences,
              *(difference for piece in pieces for difference in piece.differences)]
    reach = whole.start
    for piece in sorted(pieces, key=lambda o: o.start):
        if piece.start > reach:
            marked.append((reach, piece.start))
        reach = max(reach, piece.end)
    if reach < whole.end:
        marked.append((reach, whole.end))
    text_start = whole.start
    trimmed = []
    for low, high in sorted(marked):
        # (the white space at a marked stretch's edges is no difference)
        gap = whole.text[low - text_start:high - text_start]
        low += len(gap) - len(gap.lstrip())
        high -= len(gap) - len(gap.rstrip())
        if high > low:
            trimmed.append((low, high))
    return replace(whole, differences=merged(trimmed))


KEPT_SHARE = 0.5
"""The share of an occurrence's characters a near copy must keep, not cut nor write otherwise,
to carry it: a version that cut the sentence carries nothing there (a review: an empty
occurrence counted it among the statement's carriers)."""


def _moved(occurrence: Occurrence, copy: Copy) -> Occurrence | None:
    """`occurrence` (in the copy's original) where it stands in `copy`: the original's
    differences there, and the copy's own edits inside it, its differences; None where the copy
    keeps less than KEPT_SHARE of it."""
    start, end = copy.at(occurrence.start), copy.at(occurrence.end)
    edited = sum(high - low for low, high in merged(copy.edits_within(start, end)))
    if end - start - edited < KEPT_SHARE * (occurrence.end - occurrence.start):
        return None
    marked = {(copy.at(low), copy.at(high)) for low, high in occurrence.differences}
    marked.update(copy.edits_within(start, end))
    return replace(occurrence, document=copy.article.id, start=start, end=end,
                   text=copy.article.text[start:end], differences=merged(marked))


def _whole_text(article: Article, copies: Sequence[Copy]
                ) -> tuple[str, list[Occurrence]] | None:
    """The consensus and occurrences of the passage of a group's whole text: each body without
    the white space around it, a copy's own edits its differences; None where it has fewer
    than WHOLE_TEXT_WORDS words."""
    if article.word_count < WHOLE_TEXT_WORDS:
        return None
    occurrences = [_body_occurrence(article, ())]
    for copy in copies:
        occurrences.append(_body_occurrence(copy.article, copy.edits))
    return " ".join(article.body.split()), occurrences


def merged(ranges: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    """`ranges` sorted, the empty left out and those that overlap or touch made one."""
    joined: list[tuple[int, int]] = []
    for low, high in sorted(r for r in ranges if r[1] > r[0]):
        if joined and low <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], high))
        else:
            joined.append((low, high))
    return tuple(joined)


def _body_occurrence(article: Article, edits: Sequence[tuple[int, int]]) -> Occurrence:
    body = article.body
    start = article.body_start + len(body) - len(body.lstrip())
    end = start + len(body.strip())
    return Occurrence(document=article.id, start=start, end=end, text=article.text[start:end],
                      differences=merged((max(low, start), min(high, end))
                                         for low, high in edits))


def _draft(consensus: str, occurrences: list[Occurrence], input_order: dict[str, int]
           ) -> tuple[tuple[int, int, int, int], str, list[Occurrence]]:
    """A passage's sort key (as `viewer.engine.align` sorts), consensus and occurrences in the
    input order."""
    ordered = sorted(occurrences, key=lambda o: (input_order[o.document], o.start))
    spread = len({o.document for o in ordered})
    first = ordered[0]
    return (-spread, -len(consensus), input_order[first.document], first.start), consensus, \
        ordered
