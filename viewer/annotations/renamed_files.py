"""Which article a note goes to by its own words when no article open has its source or file
name (its file renamed, moved or copied; or gone): of the articles no other note is on, the one
holding its quote where it was recorded with the whole of its stored context around it, else
the one holding its quote with that context elsewhere; else none, with a reason that says
which of these failed (an article other notes are on holding its words where they stood is
named). A note so placed is marked as moved by its words (`moved_by_words`), and the mark is
saved with it, until the user edits it or the file it was made on is open again holding its
words where they stood (`back_where_made`). No Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from urllib.parse import unquote, urlsplit

from viewer.corpus import Article
from viewer.wording import one_line, quoted_some

from .article_index import ArticleIndex
from .evidence import joined_notes
from .locating import in_full_context, stands_where_recorded
from .model import AnchorStatus, Annotation

NOT_NAMED = "no article here has its source or file name"
NOWHERE = f"{NOT_NAMED}, and its quote with its context is in no other article"
"""The reason of a note whose words no article holds (`orphan_reasons` says more where its file
is gone)."""


@dataclass(frozen=True)
class ByItsWords:
    """The article a note's words place it in, or None and why."""

    article: Article | None
    reason: str = ""


def where_it_stood(annotation: Annotation, index: ArticleIndex,
                   among: Collection[Article] | None = None) -> Article | None:
    """The one article open (of `among`, where given) holding the note's quote at its
    recorded place with the whole of its stored context: its file renamed or copied with its
    words unchanged -- or another outlet's reprint of the same page, which holds them there
    too: the callers ask only of articles no other note is on, or of its own file name."""
    candidates = index.articles if among is None else among
    standing = [article for article in candidates if stands_where_recorded(
        article.text, annotation.exact, annotation.prefix, annotation.suffix, annotation.start)]
    return standing[0] if len(standing) == 1 else None


def by_its_words(annotation: Annotation, index: ArticleIndex, claimed: Collection[str]
                 ) -> ByItsWords:
    """The article `annotation` (no article open has its source or file name) belongs to by
    its words: of the articles no other note is on (`claimed`, by their source or file name),
    the one holding them where they stood, else the one holding them with their context.
    Outlets share passages, and a note on a deleted file is no note on another outlet's: two
    outlets' reprints of one page hold a sentence at the same place with the same words
    around it (a review: a note on a deleted AP file went, unsaid, to the other outlet's
    reprint that other notes were on). An article other notes are on is named in the reason,
    where its words stand as they stood: the user who renamed a file and annotated it since
    is told where they are (they said nothing of it before)."""
    holding = [article for article in index.articles if in_full_context(
        article.text, annotation.exact, annotation.prefix, annotation.suffix)]
    free = [article for article in holding if article.id not in claimed]
    here = where_it_stood(annotation, index, free)
    if here is not None:
        return ByItsWords(here)
    if len(free) == 1:
        return ByItsWords(free[0])
    if not holding:
        return ByItsWords(None, NOWHERE)
    stood = where_it_stood(annotation, index, holding)
    if stood is not None and stood.id in claimed:
        return ByItsWords(None, f"{NOT_NAMED}; its words stand where they stood in "
                                f"{_titles([stood])}, which other annotations are on (its file "
                                "renamed and annotated since, or another outlet's reprint): "
                                "not placed, to keep it off another outlet")
    if free:
        return ByItsWords(None, f"{NOT_NAMED}, and its quote with its context is in "
                                f"{len(free)} articles ({_titles(free)}), not where it stood "
                                "in any: not placed, to keep it off another outlet")
    return ByItsWords(None, f"{NOT_NAMED}, and its quote with its context is only in "
                            f"{_titles(holding)}, which other annotations are on, not where "
                            "it stood: not placed, to keep it off another outlet")


def _titles(articles: Sequence[Article]) -> str:
    return quoted_some([a.title or a.id for a in articles])


def file_name_of(annotation: Annotation) -> str | None:
    """The file name stored with the annotation, else the last segment of a file URI source."""
    if annotation.file_name:
        return annotation.file_name
    parts = urlsplit(annotation.source)
    if parts.scheme == "file" and parts.path:
        name = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
        return name or None
    return None


def _made_on(annotation: Annotation) -> str:
    """The file an annotation was made on, as a note names it: the one it was first made on
    where its words have moved it since (`moved_from`)."""
    return (annotation.moved_from or file_name_of(annotation) or annotation.article_id
            or "its article")


def _named(made_on: str, index: ArticleIndex) -> list[Article]:
    """The open articles `made_on` (`_made_on`) names: files of that name, else the article of
    that id (what it holds where the note's article had no file)."""
    by_id = index.by_id.get(made_on)
    return index.by_file_name.get(made_on) or ([by_id] if by_id and by_id.path is None else [])


def back_where_made(annotation: Annotation, index: ArticleIndex) -> Article | None:
    """The file a note its words moved was made on (`moved_from`), open again (restored beside
    the renamed one, or the renamed one named back) and holding its words where they stood:
    its own, preferred to the file its words moved it to, which is then no more than a copy."""
    if annotation.moved_from is None:
        return None
    return where_it_stood(annotation, index, _named(annotation.moved_from, index))


def _placed_by_words(annotation: Annotation, article: Article, index: ArticleIndex) -> str:
    """The note of an annotation no article open names that its words placed in `article`:
    said at every start until the user edits it (`Annotation.moved_from`). The file it was
    made on may be open again without its words where they stood (`back_where_made` takes it
    back where they do): it is then said open, not "not open"."""
    made_on = _made_on(annotation)
    named = _named(made_on, index)
    if not named:
        where = "is not open"
    elif any(stands_where_recorded(article.text, annotation.exact, annotation.prefix,
                                   annotation.suffix, annotation.start) for article in named):
        where = f"is open as {len(named)} files holding its words where they stood"
    else:
        where = "is open but no longer holds its words where they stood"
    return (f"{made_on} {where}; placed by its words in "
            f"\u201c{one_line(article.title or article.id, 60)}\u201d (that file renamed, or "
            "another copy of the page: check it is the article you annotated; editing the "
            "annotation confirms it)")


def moved_by_words(annotation: Annotation, placed: Annotation, article: Article,
                   index: ArticleIndex) -> Annotation:
    """`placed` (the annotation anchored in `article`) marked as moved there by its words:
    the file it was made on kept (`moved_from`, saved), and the note saying so. Its target
    now names `article`'s file, so at the next start it is found there as if made there: the
    mark is what keeps the user's check asked for until they give it. Placed back in the file
    it was made on, nothing moved it: the mark and its note go."""
    if placed.status is AnchorStatus.ORPHANED:
        return placed
    if article.id in {named.id for named in _named(_made_on(annotation), index)}:
        # (its note is the only one an anchoring gives it: `reanchor` writes none, and
        # returns the annotation as it was, last anchoring's note and all, where unchanged)
        return placed if placed.moved_from is None else replace(
            placed, moved_from=None, anchor_note=None)
    note = _placed_by_words(annotation, article, index)
    if placed.moved_from is not None and note in (placed.anchor_note or ""):
        return placed  # (marked so already: anchored again, unchanged)
    return replace(placed, moved_from=_made_on(annotation),
                   anchor_note=joined_notes(placed.anchor_note, note))
