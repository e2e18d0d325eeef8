"""Articles whose bodies are one text, aligned once: the engine runs on one of each such group,
and the passages found are then given to the others, with one passage more of the whole text.

Pure functions of the articles and the passages. A file opened twice (a copy saved under
another name, a project's earlier version of an unchanged file, a syndicated page printed
word for word at two addresses) shares every word with its twin; aligned as two documents, the
match of the whole text joined every statement the text carries (a quotation of a memo, the
wire story around it, a second memo it cites) into one passage: one copy of one article made
nine passages six (a tester's report). Aligned once, each statement keeps its own passage, in
the copies as in the article, and the whole text is one passage of its own, carried by the
group. The copies do not vote on the consensus (a file twice is not two outlets' readings).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from viewer.corpus import Article
from viewer.passages import Occurrence, Passage

WHOLE_TEXT_WORDS = 6
"""A text of fewer words (`Article.word_count`: a character of Chinese a word) shared whole is
no passage ("Page not found" twice); the engine's shortest statement
(`EngineSettings.min_words`) is as long."""


@dataclass(frozen=True)
class IdenticalTexts:
    """The articles to align (one of each group of identical bodies, in the input order), and
    each of those articles' copies (by id), in the input order."""

    aligned: tuple[Article, ...]
    copies: dict[str, tuple[Article, ...]]


def identical_texts(articles: Sequence[Article]) -> IdenticalTexts:
    """The articles grouped by their bodies (`Article.body`); of each group the one with the
    smallest id is aligned, whatever the order of `articles` (the result does not depend on
    it)."""
    by_body: dict[str, list[Article]] = {}
    for article in articles:
        by_body.setdefault(article.body, []).append(article)
    kept: set[str] = set()
    copies: dict[str, tuple[Article, ...]] = {}
    for group in by_body.values():
        first = min(group, key=lambda article: article.id)
        kept.add(first.id)
        if len(group) > 1:
            copies[first.id] = tuple(article for article in group if article is not first)
    return IdenticalTexts(tuple(a for a in articles if a.id in kept), copies)


def with_copies(passages: Sequence[Passage], texts: IdenticalTexts,
                input_order: dict[str, int]) -> tuple[Passage, ...]:
    """`passages` (found among `texts.aligned`) with each occurrence in an article given to its
    copies too, at the same place in their bodies, and the whole text of each group one
    passage (`_with_whole_text`); ordered and numbered as the align stage orders them (most
    widely shared first, then the longest consensus, then the first occurrence in
    `input_order`)."""
    by_id = {article.id: article for article in texts.aligned}
    found: list[tuple[str, list[Occurrence]]] = []
    for passage in passages:
        occurrences = list(passage.occurrences)
        for occurrence in passage.occurrences:
            for copy in texts.copies.get(occurrence.document, ()):
                occurrences.append(_moved(occurrence, by_id[occurrence.document], copy))
        found.append((passage.consensus, occurrences))
    for first_id, copies in texts.copies.items():
        found = _with_whole_text(found, by_id[first_id], copies)
    drafts = [_draft(consensus, occurrences, input_order) for consensus, occurrences in found]
    drafts.sort(key=lambda draft: draft[0])
    return tuple(Passage(f"p{index}", tuple(occurrences), consensus)
                 for index, (_, consensus, occurrences) in enumerate(drafts, start=1))


WHOLE_SHARE = 0.5
"""The share of an article's body a passage's occurrences in it must cover for the passage to
be the whole text's, in the article and its copies."""


def _with_whole_text(found: list[tuple[str, list[Occurrence]]], article: Article,
                     copies: Sequence[Article]) -> list[tuple[str, list[Occurrence]]]:
    """`found` (consensus and occurrences of each passage) with the whole text of `article` and
    its `copies` one passage: the passage covering WHOLE_SHARE of the body or more, its
    occurrences there grown to the whole text (a wire story reprinted whole by two outlets and
    in part by a third is one statement, the words the part lacks marked as differences), else
    a passage of its own; none for a text of fewer than WHOLE_TEXT_WORDS words."""
    whole = _whole_text(article, copies)
    if whole is None:
        return found
    occurrences = whole[1]
    start, end = occurrences[0].start, occurrences[0].end
    shares = [_covered(own, article.id, start, end) for _, own in found]
    widest = max(range(len(found)), key=lambda k: (shares[k], -k), default=-1)
    if widest < 0 or shares[widest] < WHOLE_SHARE * (end - start):
        return [*found, whole]
    named = {article.id, *(copy.id for copy in copies)}
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
    marked = [difference for piece in pieces for difference in piece.differences]
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
    return replace(whole, differences=tuple(trimmed))


def _moved(occurrence: Occurrence, article: Article, copy: Article) -> Occurrence:
    """`occurrence` (in `article`) at the same place in `copy`'s body, which is the same text
    (a metadata header before it may differ in length)."""
    shift = copy.body_start - article.body_start
    return replace(occurrence, document=copy.id, start=occurrence.start + shift,
                   end=occurrence.end + shift,
                   differences=tuple((low + shift, high + shift)
                                     for low, high in occurrence.differences))


def _whole_text(article: Article, copies: Sequence[Article]
                ) -> tuple[str, list[Occurrence]] | None:
    """The consensus and occurrences of the passage of a group's whole text: its body without
    the white space around it; None where it has fewer than WHOLE_TEXT_WORDS words."""
    body = article.body
    if article.word_count < WHOLE_TEXT_WORDS:
        return None
    lead = len(body) - len(body.lstrip())
    length = len(body.strip())
    occurrences = [Occurrence(document=one.id, start=one.body_start + lead,
                              end=one.body_start + lead + length,
                              text=one.text[one.body_start + lead:one.body_start + lead + length])
                   for one in (article, *copies)]
    return " ".join(body.split()), occurrences


def _draft(consensus: str, occurrences: list[Occurrence], input_order: dict[str, int]
           ) -> tuple[tuple[int, int, int, int], str, list[Occurrence]]:
    """A passage's sort key (as `viewer.engine.align` sorts), consensus and occurrences in the
    input order."""
    ordered = sorted(occurrences, key=lambda o: (input_order[o.document], o.start))
    spread = len({o.document for o in ordered})
    first = ordered[0]
    return (-spread, -len(consensus), input_order[first.document], first.start), consensus, \
        ordered
