"""Shared test data for the window's view models and widgets: the sample articles and a hand-built
alignment result at the ground-truth offsets, so these tests do not depend on engine quality."""

from __future__ import annotations

from viewer.corpus import Article
from viewer.loading import load_sample_corpus
from viewer.passages import AlignmentResult, Occurrence, Passage

# Ground truth (shared/acceptance/seeds_ground_truth.json): code-point offsets into the raw text.
TWEET = {"000": (1290, 1570), "002": (1074, 1354), "003": (2228, 2377)}
PENTAGON = {"001": (495, 815), "002": (1773, 2067)}
ZARIF = {"003": (2706, 2788), "004": (1429, 1511)}
IRAQI = {"000": (82, 175), "002": (917, 1021)}


def sample_articles() -> list[Article]:
    return list(load_sample_corpus().articles)


def by_prefix(articles: list[Article]) -> dict[str, Article]:
    return {a.id[:3]: a for a in articles}


def occurrence(article: Article, start: int, end: int,
               differences: tuple[tuple[int, int], ...] = ()) -> Occurrence:
    return Occurrence(article.id, start, end, article.text[start:end], differences)


def word_range(article: Article, start: int, end: int, word: str) -> tuple[int, int]:
    at = article.text.index(word, start, end)
    return at, at + len(word)


def ground_truth_result(articles: list[Article]) -> AlignmentResult:
    """The four must-find passages of the samples, built by hand with their exact offsets."""
    docs = by_prefix(articles)
    a0, a2 = docs["000"], docs["002"]
    passages = (
        Passage("p1", tuple(occurrence(docs[k], *r) for k, r in TWEET.items())),
        Passage("p2", (
            occurrence(a0, *IRAQI["000"], (word_range(a0, *IRAQI["000"], "struck"),)),
            occurrence(a2, *IRAQI["002"], (word_range(a2, *IRAQI["002"], "hit"),)),
        )),
        Passage("p3", tuple(occurrence(docs[k], *r) for k, r in PENTAGON.items())),
        Passage("p4", tuple(occurrence(docs[k], *r) for k, r in ZARIF.items())),
    )
    ids = tuple(a.id for a in articles)
    coverage = {}
    for article in articles:
        covered = sum(o.end - o.start for p in passages for o in p.occurrences_in(article.id))
        coverage[article.id] = covered / max(len(article.body), 1)
    return AlignmentResult(ids, passages, coverage)


def emoji_variant(article: Article, prefix: str = "🚀🇮🇶 breaking 😀\n") -> Article:
    """`article` with astral characters inserted at the start of its body, so every later
    UTF-16 position shifts while code-point offsets shift only by len(prefix)."""
    at = article.body_start
    return Article(article.id, article.text[:at] + prefix + article.text[at:], article.title,
                   article.path, article.source, article.date, article.url, article.author,
                   article.body_start)


def shifted_result(result: AlignmentResult, article: Article, by: int) -> AlignmentResult:
    """`result` with every offset in `article` (the shifted text) moved by `by` code points."""
    def move(o: Occurrence) -> Occurrence:
        if o.document != article.id:
            return o
        start, end = o.start + by, o.end + by
        diffs = tuple((s + by, e + by) for s, e in o.differences)
        return Occurrence(o.document, start, end, article.text[start:end], diffs)

    passages = tuple(Passage(p.id, tuple(move(o) for o in p.occurrences))
                     for p in result.passages)
    return AlignmentResult(result.document_ids, passages, result.coverage, result.similarity)
