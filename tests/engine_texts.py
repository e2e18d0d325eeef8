"""Hand-written corpora for the engine tests: articles from texts, filler nothing else shares."""

from __future__ import annotations

from viewer.corpus import Article


def articles(*texts: str) -> list[Article]:
    """Articles d0, d1, ... holding `texts`."""
    return [Article(f"d{i}", text, f"d{i}") for i, text in enumerate(texts)]


def filler(tag: str, count: int = 25) -> str:
    """`count` made-up words starting with `tag`: text that links to nothing else."""
    return " ".join(f"{tag}{chr(97 + k % 26)}{chr(97 + k // 26)}x" for k in range(count))
