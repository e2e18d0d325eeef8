"""Find where an annotation belongs in the current corpus: resolve its article, then re-anchor.

Resolution: by `target.source` (URL or file URI), then by file name (then article id), then by
searching the quote across the corpus, so annotations survive a moved or renamed folder. The
quote search is strict -- the quote with its full stored context, in exactly one article that no
other annotation already identifies -- because outlets share passages, and a claim silently
attached to the wrong outlet is worse than one listed as orphaned.

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

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from viewer.corpus import Article, Corpus

from .model import CONTEXT_CHARS, AnchorStatus, Annotation, article_source

if TYPE_CHECKING:
    from diff_match_patch import diff_match_patch

MAX_FUZZY_ERROR = 0.25
"""A fuzzy match may differ from the quote by at most this share of its length (edit distance)."""
_BITAP_BITS = 32
"""diff-match-patch's `Match_MaxBits`: the longest pattern `match_main` accepts."""
_MAX_OCCURRENCES = 10_000
"""Occurrences of a quote examined when choosing the best context (guards tiny quotes)."""


@dataclass(frozen=True)
class AnchorResult:
    """Where a span stands in a text now."""

    status: AnchorStatus
    start: int
    end: int


# -- resolution -----------------------------------------------------------------------------


class ArticleIndex:
    """Look-up tables over a corpus, built once for resolving many annotations."""

    def __init__(self, articles: Iterable[Article]) -> None:
        self.articles: tuple[Article, ...] = tuple(articles)
        self.by_id: dict[str, Article] = {a.id: a for a in self.articles}
        self.by_source: dict[str, Article] = {}
        self.by_file_name: dict[str, list[Article]] = {}
        for article in self.articles:
            if article.url:
                self.by_source.setdefault(article.url, article)
            if article.path is not None:
                path = Path(article.path)
                self.by_source.setdefault(path.resolve().as_uri(), article)
                self.by_file_name.setdefault(path.name, []).append(article)
            self.by_source.setdefault(article_source(article), article)
        # Resolving a path touches the file system: do it once per article, not per annotation.
        self.source_of: dict[str, str] = {a.id: article_source(a) for a in self.articles}


def file_name_of(annotation: Annotation) -> str | None:
    """The file name stored with the annotation, else the last segment of a file URI source."""
    if annotation.file_name:
        return annotation.file_name
    parts = urlsplit(annotation.source)
    if parts.scheme == "file" and parts.path:
        name = unquote(parts.path.rstrip("/").rsplit("/", 1)[-1])
        return name or None
    return None


def resolve_article(annotation: Annotation, index: ArticleIndex, *,
                    exclude: Collection[str] = ()) -> Article | None:
    """The article `annotation` belongs to, or None when no article fits.

    `exclude`: article ids the quote search must not pick (articles other annotations already
    identify by source or file name).
    """
    found = resolve_by_identity(annotation, index)
    if found is not None:
        return found
    return find_by_quote(annotation, [a for a in index.articles if a.id not in exclude])


def resolve_by_identity(annotation: Annotation, index: ArticleIndex) -> Article | None:
    """By `target.source`, then by file name, then by article id (if it holds the quote)."""
    found = index.by_source.get(annotation.source)
    if found is not None:
        return found
    name = file_name_of(annotation)
    candidates = index.by_file_name.get(name, []) if name else []
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        return find_by_quote(annotation, candidates) or candidates[0]
    by_id = index.by_id.get(annotation.article_id)
    if by_id is not None and annotation.exact in by_id.text:
        return by_id
    return None


def find_by_quote(annotation: Annotation, articles: Sequence[Article]) -> Article | None:
    """The one article holding the exact quote with its full stored context, else None.

    Deliberately strict: many outlets carry the same passage, and attaching a claim to the
    wrong outlet is worse than listing it as orphaned. A renamed, unchanged file passes.
    """
    wanted = len(annotation.prefix) + len(annotation.suffix)
    matches: list[Article] = []
    for article in articles:
        text = article.text
        position = text.find(annotation.exact)
        seen = 0
        while position >= 0 and seen < _MAX_OCCURRENCES:
            score = _context_score(text, position, position + len(annotation.exact),
                                   annotation.prefix, annotation.suffix)
            if score == wanted:
                matches.append(article)
                break
            position = text.find(annotation.exact, position + 1)
            seen += 1
    return matches[0] if len(matches) == 1 else None


# -- re-anchoring -----------------------------------------------------------------------------


def locate(text: str, exact: str, prefix: str, suffix: str, start: int) -> AnchorResult | None:
    """Where the quote `exact` (last seen at `start`) stands in `text` now, or None (orphaned)."""
    if not exact:
        return None
    end = start + len(exact)
    if start >= 0 and end <= len(text) and text.startswith(exact, start):
        return AnchorResult(AnchorStatus.ANCHORED, start, end)
    moved = _best_exact_occurrence(text, exact, prefix, suffix, start)
    if moved is not None:
        return AnchorResult(AnchorStatus.MOVED, moved, moved + len(exact))
    fuzzy = fuzzy_find(text, exact, start, prefix=prefix, suffix=suffix)
    if fuzzy is not None:
        return AnchorResult(AnchorStatus.FUZZY, fuzzy[0], fuzzy[1])
    return None


def reanchor(annotation: Annotation, article: Article | None, *, source: str | None = None
             ) -> Annotation:
    """`annotation` anchored in `article`'s current text, or marked orphaned (fields unchanged).

    `source` is `article_source(article)` when the caller already knows it.
    """
    if article is None:
        return replace(annotation, status=AnchorStatus.ORPHANED)
    text = article.text
    found = locate(text, annotation.exact, annotation.prefix, annotation.suffix, annotation.start)
    if found is None:
        return replace(annotation, status=AnchorStatus.ORPHANED)
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
    )


def anchor_all(annotations: Iterable[Annotation], articles: Iterable[Article]) -> list[Annotation]:
    """Resolve and re-anchor every annotation against `articles` (a Corpus or any sequence).

    Articles that some annotation identifies by source or file name are not offered to the
    quote search of the others.
    """
    index = ArticleIndex(articles.articles if isinstance(articles, Corpus) else articles)
    items = list(annotations)
    identified = [resolve_by_identity(a, index) for a in items]
    claimed = {article.id for article in identified if article is not None}
    unclaimed = [a for a in index.articles if a.id not in claimed]
    anchored = []
    for annotation, article in zip(items, identified, strict=True):
        if article is None:
            article = find_by_quote(annotation, unclaimed)
        source = index.source_of[article.id] if article is not None else None
        anchored.append(reanchor(annotation, article, source=source))
    return anchored


def _context_score(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the stored prefix and suffix surround text[start:end] now."""
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    return _common_suffix(before, prefix) + _common_prefix(after, suffix)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n


def _best_exact_occurrence(text: str, exact: str, prefix: str, suffix: str,
                           old_start: int) -> int | None:
    best: tuple[int, int, int] | None = None  # (-score, distance, position): smallest wins
    position = text.find(exact)
    seen = 0
    while position >= 0 and seen < _MAX_OCCURRENCES:
        score = _context_score(text, position, position + len(exact), prefix, suffix)
        key = (-score, abs(position - old_start), position)
        if best is None or key < best:
            best = key
        position = text.find(exact, position + 1)
        seen += 1
    return best[2] if best else None


def _matcher() -> diff_match_patch:
    # Imported here: only annotations whose text moved need fuzzy matching, and the window
    # starts faster without it.
    from diff_match_patch import diff_match_patch

    dmp = diff_match_patch()
    dmp.Match_Threshold = 0.4
    # Edits before the span shift it; allow the match to wander a few thousand characters.
    dmp.Match_Distance = 5000
    dmp.Diff_Timeout = 0.2
    return dmp


def fuzzy_find(text: str, exact: str, hint: int, *, prefix: str = "", suffix: str = ""
               ) -> tuple[int, int] | None:
    """(start, end) of the stretch of `text` most like `exact` near `hint`, or None.

    `match_main` accepts patterns of at most 32 characters, so a longer quote is looked for by
    its head and by its tail; the stretch between them is then checked as a whole. A candidate
    is accepted only when its edit distance to `exact` is within MAX_FUZZY_ERROR of its length.
    A quote that began (ended) on a word boundary is widened to whole words, since a character
    diff cannot tell "a total" -> "in total" from "a total" -> "n total".
    """
    if not text or not exact:
        return None
    dmp = _matcher()
    hint = max(0, min(hint, len(text)))
    n = len(exact)
    slack = max(8, n // 4)
    candidates: list[tuple[int, int]] = []
    if n <= _BITAP_BITS:
        start = dmp.match_main(text, exact, hint)
        if start >= 0:
            candidates.append(_trim_span(dmp, text, exact, start, start + n + slack))
    else:
        head, tail = exact[:_BITAP_BITS], exact[-_BITAP_BITS:]
        head_at = dmp.match_main(text, head, hint)
        tail_at = dmp.match_main(text, tail, hint + n - _BITAP_BITS)
        # match_main gives where a match starts; where it ends (insertions, deletions) comes
        # from diffing the window, which also trims text outside the quote.
        if head_at >= 0 and tail_at >= 0 and tail_at + _BITAP_BITS > head_at:
            candidates.append(
                _trim_span(dmp, text, exact, head_at, tail_at + _BITAP_BITS + slack))
        if head_at >= 0:
            candidates.append(_trim_span(dmp, text, exact, head_at, head_at + n + slack))
        if tail_at >= 0:
            candidates.append(_trim_span(dmp, text, exact, tail_at - (n - _BITAP_BITS) - slack,
                                         tail_at + _BITAP_BITS + slack))
    best: tuple[int, int, int, int] | None = None  # (distance, distance to hint, start, end)
    for start, end in candidates:
        start, end = _snap_to_words(text, start, end, exact, prefix, suffix)
        if end <= start:
            continue
        distance = _edit_distance(dmp, exact, text[start:end])
        if distance > MAX_FUZZY_ERROR * n:
            continue
        key = (distance, abs(start - hint), start, end)
        if best is None or key < best:
            best = key
    return (best[2], best[3]) if best is not None else None


def _snap_to_words(text: str, start: int, end: int, exact: str, prefix: str, suffix: str
                   ) -> tuple[int, int]:
    limit = 32  # never swallow more than a long word
    if exact[0].isalnum() and not (prefix and prefix[-1].isalnum()):
        floor = max(0, start - limit)
        while start > floor and text[start - 1].isalnum():
            start -= 1
    if exact[-1].isalnum() and not (suffix and suffix[0].isalnum()):
        ceiling = min(len(text), end + limit)
        while end < ceiling and text[end].isalnum():
            end += 1
    return start, end


def _trim_span(dmp: diff_match_patch, text: str, exact: str, start: int, end: int
               ) -> tuple[int, int]:
    """Shrink the window text[start:end] to the part aligned with `exact` by a character diff."""
    start = max(0, start)
    end = min(len(text), end)
    window = text[start:end]
    diffs = dmp.diff_main(exact, window, False)
    # Leading or trailing insertions are window text outside the quote.
    lead = diffs[0][1] if diffs and diffs[0][0] == dmp.DIFF_INSERT else ""
    trail = diffs[-1][1] if len(diffs) > 1 and diffs[-1][0] == dmp.DIFF_INSERT else ""
    return start + len(lead), end - len(trail)


def _edit_distance(dmp: diff_match_patch, a: str, b: str) -> int:
    return int(dmp.diff_levenshtein(dmp.diff_main(a, b, False)))
