"""Find where an annotation belongs in the current corpus: resolve its article, then re-anchor.

Resolution: by `target.source` (URL or file URI), then by file name (then article id), then by
searching the quote across the corpus, so annotations survive a moved or renamed folder. Of
several articles one address or file name names, the one its file name, article id or quote
singles out, of copies of one page its live page (`page_copies`); else none (orphaned, naming
them), never the first. The
quote search is strict (`renamed_files`) -- the quote with its full stored context where it was
recorded (its file renamed or copied unchanged), else elsewhere in exactly one article that no
other annotation already identifies -- because outlets share passages, and a claim silently
attached to the wrong outlet is worse than one listed as orphaned; it is not made for an
annotation whose file is still where it was in a folder the articles lie in (its article was
only removed from the comparison; in another folder, only the words where they stood are
asked), nor for one on a web page (found by its address, or not at all).

Re-anchoring against the article's current text, in order:
  1. the stored position still holds the exact quote             -> anchored
  2. the exact quote elsewhere: best prefix/suffix context, ties nearest the old position -> moved
  3. a fuzzy match (diff-match-patch `match_main`, old position as the hint, bounded error)
     -> fuzzy: the span covers the changed text, `exact` becomes that text and the user's
     quote is kept in `original_exact`
  4. otherwise -> orphaned: every stored field is kept unchanged.
Pure functions; no Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from viewer.corpus import Article, Corpus
from viewer.loading.files import ARTICLE_SUFFIXES
from viewer.page_addresses import page_key
from viewer.wording import one_line, quoted_some

from .article_index import ArticleIndex
from .evidence_article import anchor_by_evidence
from .locating import (
    MAX_FUZZY_ERROR,
    AnchorResult,
    _edit_distance,
    _matcher,
    fuzzy_find,
    in_full_context,
    locate,
)
from .model import CONTEXT_CHARS, AnchorStatus, Annotation, article_source
from .named_articles import told_apart
from .orphan_reasons import missing_file_reason, unopened_file_reason
from .page_copies import home_of, pages
from .renamed_files import (
    NOWHERE,
    back_where_made,
    by_its_words,
    file_name_of,
    moved_by_words,
    where_it_stood,
)

__all__ = ["MAX_FUZZY_ERROR", "AnchorResult", "ArticleIndex", "_edit_distance", "_matcher",
           "anchor_all", "file_name_of", "find_by_quote", "fuzzy_find", "locate", "reanchor",
           "resolve_article", "resolve_by_identity"]

# -- resolution -----------------------------------------------------------------------------


def resolve_article(annotation: Annotation, index: ArticleIndex, *,
                    exclude: Collection[str] = ()) -> Article | None:
    """The article `annotation` belongs to, or None when no article fits.

    `exclude`: article ids the quote search must not pick (articles other annotations already
    identify by source or file name).
    """
    found = back_where_made(annotation, index) or resolve_by_identity(annotation, index)
    if found is not None or _on_web_page(annotation):
        return found  # (as `anchor_stepping` decides: no quote search for these)
    absent = _existing_file(annotation)
    if absent is not None:
        return None if _among(absent, _folders_of(index.articles)) \
            else where_it_stood(annotation, index, index.by_file_name.get(absent.name, ()))
    return by_its_words(annotation, index, exclude).article


def resolve_by_identity(annotation: Annotation, index: ArticleIndex) -> Article | None:
    """By `target.source`, then by file name, then by article id (if it holds the quote); None
    also where the source or file name names several articles nothing tells apart."""
    return _identified(annotation, index).article


@dataclass(frozen=True)
class _Identity:
    """Whom an annotation's own fields name: `article`, or none; `undecided`: the articles its
    address or file name (`named_by`) names when neither that name, its article id nor its
    quote with its context singles one out -- it is then orphaned naming them, never given to
    the first of them."""

    article: Article | None
    undecided: tuple[Article, ...] = ()
    named_by: str = ""


def _identified(annotation: Annotation, index: ArticleIndex) -> _Identity:
    named = index.by_source.get(annotation.source)
    if not named and _on_web_page(annotation):
        named = index.by_page.get(page_key(annotation.source))  # (another spelling of it)
    named_by = "address"
    name = file_name_of(annotation)
    if not named:
        named = index.by_file_name.get(name) if name else None
        named_by = "file name"
    if named:
        left = told_apart(annotation, named, [name] if name else [], index)
        if len(left) > 1:
            by_quote = find_by_quote(annotation, left)
            left = [by_quote] if by_quote is not None else left
        if len(left) > 1 and len(pages(left, index)) == 1:
            # (copies of one page, a page and its Wayback copy: the note is on the page, and
            # its live copy is where it is read)
            left = [home_of(left, index)]
        return _Identity(left[0]) if len(left) == 1 else _Identity(None, tuple(left), named_by)
    by_id = index.by_id.get(annotation.article_id)
    if by_id is not None and annotation.exact in by_id.text:
        return _Identity(by_id)
    return _Identity(None)


def find_by_quote(annotation: Annotation, articles: Sequence[Article]) -> Article | None:
    """The one article holding the exact quote with its full stored context, else None.

    Deliberately strict: many outlets carry the same passage, and attaching a claim to the
    wrong outlet is worse than listing it as orphaned. A renamed, unchanged file passes.
    """
    matches = [article for article in articles if in_full_context(
        article.text, annotation.exact, annotation.prefix, annotation.suffix)]
    return matches[0] if len(matches) == 1 else None


# -- re-anchoring -----------------------------------------------------------------------------


def reanchor(annotation: Annotation, article: Article | None, *, source: str | None = None
             ) -> Annotation:
    """`annotation` anchored in `article`'s current text, or marked orphaned (fields unchanged).

    `source` is `article_source(article)` when the caller already knows it.
    """
    if article is None:
        # (a file deleted or moved away is said so: "no article here has its source" left a
        # tester guessing what had happened to it)
        return _orphaned(annotation, missing_file_reason(annotation)
                         or "no article here has its source or file name, and its quote "
                            "with its context is in no other article")
    text = article.text
    found = locate(text, annotation.exact, annotation.prefix, annotation.suffix, annotation.start)
    if found is None:
        return _orphaned(annotation, f"its quote is no longer in "
                                     f"\u201c{one_line(article.title or article.id, 60)}\u201d")
    source = source or article_source(article)
    prefix = text[max(0, found.start - CONTEXT_CHARS) : found.start]
    suffix = text[found.end : found.end + CONTEXT_CHARS]
    if (found.status is AnchorStatus.ANCHORED and annotation.status is AnchorStatus.ANCHORED
            and annotation.original_exact is None and annotation.article_id == article.id
            and annotation.source == source and annotation.prefix == prefix
            and annotation.suffix == suffix):
        return annotation  # nothing to update: the common case when reopening a corpus
    quote = text[found.start : found.end]
    status = found.status
    original = annotation.original_exact
    if status is AnchorStatus.FUZZY:
        original = original or annotation.exact
    elif original is not None and original != quote:
        # An earlier fuzzy match the user has not confirmed yet stays marked as such.
        status = AnchorStatus.FUZZY
    else:
        original = None
    return replace(
        annotation,
        article_id=article.id,
        source=source,
        file_name=Path(article.path).name if article.path is not None else annotation.file_name,
        start=found.start,
        end=found.end,
        exact=quote,
        prefix=prefix,
        suffix=suffix,
        status=status,
        original_exact=original,
        anchor_note=None,
    )


def _on_web_page(annotation: Annotation) -> bool:
    """Whether the annotation names a web page (an http or https address) as its source: found
    by its address or not at all, never by its words in another article."""
    return urlsplit(annotation.source).scheme in ("http", "https")


def _among(path: Path, folders: set[Path]) -> bool:
    """Whether the file `path` lies in one of `folders` (said so too where its folder cannot be
    resolved: the note then stays orphaned, as for a file only removed from the comparison)."""
    folder = _resolved(path.parent)
    return folder is None or folder in folders


def _folders_of(articles: Iterable[Article]) -> set[Path]:
    """The folders the articles' files lie in: a note's file still in one of them was only
    removed from the comparison (`anchor_stepping`)."""
    return {folder for article in articles if article.path is not None
            and (folder := _resolved(Path(article.path).parent)) is not None}


def files_named(annotations: Iterable[Annotation], within: Sequence[Path]
                ) -> tuple[list[Path], list[Path]]:
    """The files the annotations were made on (their `file:` sources) that exist: (those to
    read, each once, in order; those not read). What `parallax export` reads when no corpus is
    given. A file is read only when it is an article (by its name's suffix) lying in one of
    the folders `within` or below: an annotation file from someone else may name any file
    (`file:///etc/passwd`), and its words would go into the export (a fault tester's case)."""
    roots = [_resolved(folder) for folder in within]
    read: dict[Path, None] = {}
    refused: dict[Path, None] = {}
    for annotation in annotations:
        path = _existing_file(annotation)
        if path is None or path in read or path in refused:
            continue
        real = _resolved(path)
        inside = real is not None and any(real == root or root in real.parents
                                           for root in roots if root is not None)
        if inside and path.suffix.lower() in ARTICLE_SUFFIXES:
            read[path] = None
        else:
            refused[path] = None
    return list(read), list(refused)


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return None


def _existing_file(annotation: Annotation) -> Path | None:
    parts = urlsplit(annotation.source)
    if parts.scheme != "file" or not parts.path:
        return None
    try:
        path = Path(url2pathname(unquote(parts.path)))
        return path if path.is_file() else None
    except (OSError, ValueError):
        return None


def _undecided(identity: _Identity) -> str:
    """Why an annotation whose address or file name several articles have is not placed."""
    articles = identity.undecided
    titles = quoted_some([a.title or a.id for a in articles])
    return (f"{len(articles)} articles open have its {identity.named_by} ({titles}), "
            "and neither its file name, its article id nor its quote with its context tells "
            "which is its own: not placed, to keep it off another outlet")


def _orphaned(annotation: Annotation, reason: str) -> Annotation:
    if annotation.status is AnchorStatus.ORPHANED and annotation.anchor_note == reason:
        return annotation
    return replace(annotation, status=AnchorStatus.ORPHANED, anchor_note=reason)


def anchor_all(annotations: Iterable[Annotation], articles: Iterable[Article]) -> list[Annotation]:
    """Resolve and re-anchor every annotation against `articles` (a Corpus or any sequence).

    Articles that some annotation identifies by source or file name are not offered to the
    quote search of the others. Annotations read from another tool's file (`evidence` set) are
    placed by `evidence.anchor_by_evidence`.
    """
    index = ArticleIndex(articles.articles if isinstance(articles, Corpus) else articles)
    anchored = anchor_stepping(list(annotations), index, lambda: True)
    assert anchored is not None  # (no step stops it)
    return anchored


def anchor_stepping(annotations: Sequence[Annotation], index: ArticleIndex,
                    step: Callable[[], bool]) -> list[Annotation] | None:
    """`anchor_all`'s work, calling `step()` after each annotation is resolved and after each is
    anchored (two steps each); None as soon as a step returns False. The one loop behind
    `anchor_all` and `reanchoring.anchor_in_steps`, so that the two cannot place an annotation
    differently (they did: annotations from other tools were placed by their stored quote
    alone in steps)."""
    identities = []
    for annotation in annotations:
        identities.append(_identified(annotation, index) if annotation.evidence is None
                          else _Identity(None))
        if not step():
            return None
    identified = [identity.article for identity in identities]
    claimed = {article.id for article in identified if article is not None}
    open_folders: set[Path] | None = None
    unreadable: dict[Path, str | None] = {}
    anchored = []
    for annotation, identity in zip(annotations, identities, strict=True):
        article = identity.article
        if identity.undecided:
            # (its address or file name is that of several articles: one of them is its own,
            # and another outlet's copy is no home for it -- orphaned, the user told which)
            anchored.append(_orphaned(annotation, _undecided(identity)))
            if not step():
                return None
            continue
        if annotation.evidence is not None:
            # Read from another tool's file: anchored afresh from what its target says (its
            # own `exact` may be empty: a quote refining a FragmentSelector, a target given by
            # XPath, a bookmark naming no page).
            anchored.append(anchor_by_evidence(annotation, index))
        else:
            # (the file it was made on before its words moved it, open again: its own)
            article = back_where_made(annotation, index) or article
            if article is None and (absent := _existing_file(annotation)) is not None:
                # Its own file is still where it was, only not among the articles (removed
                # from the comparison): another outlet carrying the passage is no home for it
                # (it moved the note to Outlet B: a week-of-work tester's report). Unless its
                # folder is none the articles lie in (a file imported into a copy of the
                # folder) and an article holds its words where they stood: a copy of its file.
                if open_folders is None:
                    open_folders = _folders_of(index.articles)
                # (a copy of its file: one of its file name -- another outlet's reprint holds
                # its words at the same place too, a review's note went to it unsaid)
                copy = None if _among(absent, open_folders) else where_it_stood(
                    annotation, index, index.by_file_name.get(absent.name, ()))
                if copy is None:
                    # (or it cannot be read: that is said, not "not among the articles open")
                    anchored.append(_orphaned(annotation,
                                              unopened_file_reason(absent, unreadable)))
                    if not step():
                        return None
                    continue
                article = copy
            if article is None and _on_web_page(annotation):
                # (a page named by its address is found by it, not by its words in another
                # article: a re-imported note went to one of two outlets carrying its quote)
                anchored.append(_orphaned(annotation, f"no article open has its address, "
                                                      f"{one_line(annotation.source, 80)}"))
                if not step():
                    return None
                continue
            if article is None:
                found = by_its_words(annotation, index, claimed)
                if found.article is None:
                    # (a file deleted or moved away is said so, before what its words say)
                    missing = missing_file_reason(annotation)
                    reason = missing if missing and found.reason == NOWHERE else found.reason
                    anchored.append(_orphaned(annotation, reason))
                    if not step():
                        return None
                    continue
                article = found.article
                # (its file renamed, or another outlet's copy of the page: its words cannot
                # tell, so the user is told where it went -- a review -- at every start)
                anchored.append(moved_by_words(annotation, reanchor(
                    annotation, article, source=index.source_of[article.id]), article, index))
                if not step():
                    return None
                continue
            placed = reanchor(annotation, article, source=index.source_of[article.id])
            # (found by the file its words moved it to, saved so: still said, until edited)
            anchored.append(placed if annotation.moved_from is None
                            else moved_by_words(annotation, placed, article, index))
        if not step():
            return None
    return anchored
