"""Hand-written corpora for the engine tests: articles from texts, filler nothing else shares."""

from __future__ import annotations

from viewer.corpus import Article


def articles(*texts: str) -> list[Article]:
    """Articles d0, d1, ... holding `texts`."""
    return [Article(f"d{i}", text, f"d{i}") for i, text in enumerate(texts)]


def filler(tag: str, count: int = 25) -> str:
    """`count` made-up words starting with `tag`: text that links to nothing else."""
    return " ".join(f"{tag}{chr(97 + k % 26)}{chr(97 + k // 26)}x" for k in range(count))


def one_stretch(*texts: str) -> bool:
    """Whether the stretches stage (`viewer.engine.stretches.next_paragraphs`) joins two
    consecutive matches of d0 and d1 into one stretch of a story: the rules for what a reprint
    may cut or insert, before the stories stage (`viewer.engine.stories`) looks at them."""
    from viewer.engine.candidates import candidate_seeds
    from viewer.engine.chain import chain_and_extend
    from viewer.engine.fragments import quoted_token_ranges
    from viewer.engine.index import index_ngrams
    from viewer.engine.stretches import next_paragraphs
    from viewer.engine.tokens import tokenise
    from viewer.passages import EngineSettings

    settings = EngineSettings()
    corpus = tokenise(articles(*texts))
    index = index_ngrams(corpus, settings)
    matches = chain_and_extend(corpus, candidate_seeds(corpus, index), settings,
                               index.window_documents)
    before, _, _, _ = next_paragraphs(corpus, matches, quoted_token_ranges(corpus))
    return len(before) > 0
