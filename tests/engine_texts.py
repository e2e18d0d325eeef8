"""Hand-written corpora for the engine tests: articles from texts, filler nothing else shares."""

from __future__ import annotations

from typing import TYPE_CHECKING

from viewer.corpus import Article

if TYPE_CHECKING:
    from viewer.engine.tokens import TokenisedCorpus


ENGLISH_LEAD = ("The government stays in office after the resignation, the party said on "
                "Saturday, and the coalition will work on with the new leader. ")
GERMAN_LEAD = ("Die Regierung in Wien bleibt nach dem Rücktritt des Kanzlers im Amt, wie die "
               "Partei am Samstag mitteilte, und die Koalition wird mit dem neuen Kanzler "
               "weiterarbeiten. ")
DUTCH_LEAD = ("De regering in Den Haag blijft volgens de partij in functie en de coalitie werkt "
              "met de nieuwe premier verder, zo werd op zaterdag bekend. ")
"""A sentence opening a hand-made document in each language, with enough of its function
words that the document's language is told (`reporting.language_of`; the verb-second rule
asks it), and no name, quotation or reporting verb of its own."""


def articles(*texts: str) -> list[Article]:
    """Articles d0, d1, ... holding `texts`."""
    return [Article(f"d{i}", text, f"d{i}") for i, text in enumerate(texts)]


def passage_documents(*texts: str) -> list[list[str]]:
    """The documents of each passage found among articles d0, d1, ... holding `texts`, sorted."""
    from viewer.engine import find_shared_passages
    return sorted(sorted({o.document for o in passage.occurrences})
                  for passage in find_shared_passages(articles(*texts)).passages)


def speakers_of(text: str) -> list[int]:
    """The speaker (`viewer.engine.speakers.quotation_speakers`: a name's word hash, or
    UNKNOWN) of each quotation of one article holding `text`."""
    import numpy as np

    from viewer.engine.speakers import quotation_speakers
    from viewer.engine.tokens import tokenise
    corpus = tokenise(articles(text))
    return quotation_speakers(corpus, np.arange(len(corpus.quote_first))).tolist()


def word_hash(word: str) -> int:
    """The hash the tokeniser gives `word` (a speaker's name: "Lavrov" is "lavrov")."""
    from viewer.engine.reporting import hashes_of
    return int(hashes_of(word)[0])


def token_range(corpus: TokenisedCorpus, document: int, words: str) -> tuple[int, int]:
    """The document-local token range of the first occurrence of `words` in `document`."""
    import numpy as np
    base, stop = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    start = corpus.texts[document].index(words)
    first = int(np.searchsorted(corpus.starts[base:stop], start))
    end = int(np.searchsorted(corpus.ends[base:stop], start + len(words), side="right"))
    return first, end


def filler(tag: str, count: int = 25) -> str:
    """`count` made-up words starting with `tag`: text that links to nothing else."""
    return " ".join(f"{tag}{chr(97 + k % 26)}{chr(97 + k // 26)}x" for k in range(count))


def one_stretch(*texts: str) -> bool:
    """Whether the stretches stage (`viewer.engine.stretches.next_paragraphs`) joins every two
    consecutive matches of d0 and d1 into one stretch of a story: the rules for what a reprint
    may cut or insert, before the stories stage (`viewer.engine.stories`) looks at them."""
    from viewer.engine.candidates import candidate_seeds
    from viewer.engine.chain import chain_and_extend
    from viewer.engine.equal_words import equal_words_of
    from viewer.engine.fragments import quoted_token_ranges
    from viewer.engine.index import index_ngrams
    from viewer.engine.statements import STATEMENT_WORDS
    from viewer.engine.stretches import next_paragraphs
    from viewer.engine.tokens import tokenise
    from viewer.passages import EngineSettings

    settings = EngineSettings()
    corpus = tokenise(articles(*texts))
    index = index_ngrams(corpus, settings)
    matches = chain_and_extend(corpus, candidate_seeds(corpus, index), settings,
                               index.window_documents)
    # (the long matches, as the clustering stage asks: short ones only attach to statements)
    matches = matches.subset(equal_words_of(corpus, matches) >= STATEMENT_WORDS)
    before, after, _, _ = next_paragraphs(corpus, matches, quoted_token_ranges(corpus))
    # (d0 and d1's matches only, though the others' decide what is an outlet's own; a match
    # may come twice, the same sides found from either document)
    sides = list(zip(matches.doc_a.tolist(), matches.a0.tolist(), matches.a1.tolist(),
                     matches.doc_b.tolist(), matches.b0.tolist(), matches.b1.tolist(),
                     strict=True))
    ours = {side for side in sides if side[0] == 0 and side[3] == 1}
    joined = {(sides[one], sides[next_one])
              for one, next_one in zip(before.tolist(), after.tolist(), strict=True)
              if sides[one] != sides[next_one] and sides[one] in ours}
    return len(ours) > 1 and len(joined) == len(ours) - 1
