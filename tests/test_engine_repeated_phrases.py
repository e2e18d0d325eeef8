"""A document's own name for a thing, printed again elsewhere in it
(`viewer.engine.repeated_phrases`): two outlets naming an event alike share no text. Held out:
"bom bunuh diri di Gereja Katedral Makassar" (the suicide bombing at Makassar Cathedral), three
times in one article, made a passage of fourteen pieces, two of them in another event's
articles. Small hand-made texts."""

from __future__ import annotations

import numpy as np

from viewer.engine.repeated_phrases import printed_again
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, passage_documents, token_range

NAME = "the suicide bombing at Makassar Cathedral on Palm Sunday"


def _page(tag: str, times: int) -> str:
    lines = [f"{filler(tag + chr(97 + k), 40)} {NAME} {filler(tag + 'x' + chr(97 + k), 40)}."
             for k in range(times)]
    return "\n\n".join(lines)


def test_a_phrase_each_page_prints_again_links_nothing() -> None:
    assert passage_documents(_page("a", 3), _page("b", 2)) == []


def test_the_same_phrase_printed_once_in_each_still_links() -> None:
    assert passage_documents(_page("a", 1), _page("b", 1)) == [["d0", "d1"]]


def test_a_story_printed_twice_is_no_name() -> None:
    """A page carrying a story twice (a teaser, then the story) repeats the words around the
    phrase too: its phrases are the story's, shared with the other page."""
    story = f"{filler('s', 12)} {NAME} {filler('t', 12)}."
    doubled = f"{story}\n\n{filler('u', 40)}.\n\n{story}"
    corpus = tokenise(articles(doubled, _page("a", 3)))
    ranges = [token_range(corpus, 0, NAME), token_range(corpus, 1, NAME)]
    firsts = np.array([int(corpus.offsets[d]) + r[0] for d, r in enumerate(ranges)])
    ends = np.array([int(corpus.offsets[d]) + r[1] for d, r in enumerate(ranges)])
    assert printed_again(corpus, firsts, ends).tolist() == [False, True]


def test_a_quotation_printed_twice_is_a_pull_quote_not_a_name() -> None:
    """Quoted on both pages, the words are someone's, whatever a page repeats."""
    quoted = f"“{NAME} will not stop us,” the bishop said"
    pages = [f"{filler(t + chr(97 + k), 40)} {quoted}. {filler(t + 'y' + chr(97 + k), 40)}."
             for t in "ab" for k in range(2)]
    assert passage_documents("\n\n".join(pages[:2]), "\n\n".join(pages[2:])) == [["d0", "d1"]]


def test_a_statement_a_page_also_headlines_still_links() -> None:
    """A review's case: one outlet prints the ministry's short order as its headline and once
    in its story; the other prints it once. The headline is the order's words: the story
    prints it once, so it is no name for a thing."""
    order = "Ministry orders all schools in the capital district closed until further notice"
    headlined = (f"{order}\n\n{filler('a', 40)}. {order}, officials announced. "
                 f"{filler('b', 40)}.")
    told = f"{filler('c', 40)}. The government said: {order}. {filler('d', 40)}."
    assert passage_documents(headlined, told) == [["d0", "d1"]]
