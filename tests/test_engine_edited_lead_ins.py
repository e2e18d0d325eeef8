"""An outlet's lead-in or tail ('In a statement, his children said: "...') stays out of the
statement when one outlet edited a word of it; an edited wire story that quotes someone stays one
passage (`viewer.engine.quotes.split_at_shared_quotes`; small hand-made corpora, no sample or
real-article text)."""

from __future__ import annotations

import numpy as np

from viewer.engine import find_shared_passages
from viewer.engine.extend import Spans
from viewer.engine.quotes import split_at_shared_quotes
from viewer.engine.tokens import TokenisedCorpus, tokenise

from .engine_texts import articles, filler

WORDS = ("We are deeply saddened that our beloved father passed away today. He was a great "
         "scientist and an extraordinary man whose work and legacy will live on for many years.")


def test_an_edited_lead_in_stays_out_of_the_statement() -> None:
    """Three outlets word the children's lead-in alike but for "his children" / "Professor
    Okonte's children"; one quotes with single marks. Every occurrence is the children's words
    alone, whichever pair of outlets the match came from."""
    texts = [f"{filler('a')}.\n\nIn a statement, his children Lucy, Robert and Tim said: “{WORDS}”"
             f"\n\n{filler('b')}.",
             f"{filler('c')}. In a statement, his children, Lucy, Robert and Tim said: \"{WORDS}\""
             f"\n\n{filler('d')}.",
             f"{filler('e')}. In a statement Professor Okonte's children, Lucy, Robert and Tim "
             f"said: ‘{WORDS}’\n\n{filler('f')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 3
    assert all(o.text.startswith("We are deeply saddened") for o in passage.occurrences)


def test_an_edited_tail_stays_out_of_the_statement() -> None:
    """The same with the attribution after the quotation, edited in one outlet (a piece this
    short after the edit is no match: no cut needed)."""
    texts = [f"{filler('a')}.\n\n“{WORDS}” his children Lucy, Robert and Tim said in a statement."
             f"\n\n{filler('b')}.",
             f"{filler('c')}.\n\n“{WORDS}” Professor Okonte's children Lucy, Robert and Tim "
             f"said in a statement.\n\n{filler('d')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert all(o.text.endswith("for many years") for o in passage.occurrences)


def test_an_edited_wire_story_that_quotes_someone_stays_one_passage() -> None:
    """Two outlets reprint an agency paragraph that quotes the prosecutor, one with a word
    edited well before the quotation: the story is not cut at the quotation's marks."""
    story = ("Two explosions struck the departure hall of the airport at eight in the morning, "
             "the federal prosecutor {} told a press conference on Tuesday afternoon, adding that "
             "“one of them was very probably caused by a suicide bomber” and that the police "
             "were still searching the terminal for a third device.")
    texts = [f"{filler('a')}.\n\n{story.format('Karel Vantomme')}\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{story.format('Vantomme')}\n\n{filler('d')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert all("third device" in o.text and "Two explosions" in o.text
               for o in passage.occurrences)
    # (and the cutting leaves the edited story one match: only a short attribution at an
    # edited match's edge is cut off)
    corpus = tokenise(articles(*texts))
    story_a, story_b = _words(corpus, 0, "Two", "device"), _words(corpus, 1, "Two", "device")
    whole = Spans(*(np.array([v]) for v in (0, *story_a, 1, *story_b)))
    pieces = split_at_shared_quotes(corpus, whole, 6)
    assert [pieces.doc_a.tolist(), pieces.a0.tolist(), pieces.a1.tolist(), pieces.doc_b.tolist(),
            pieces.b0.tolist(), pieces.b1.tolist()] == [[0], [story_a[0]], [story_a[1]], [1],
                                                        [story_b[0]], [story_b[1]]]
    # while a lead-in of a reporting verb, edited, is: the match starts at the quotation
    lead = "In a statement, {} children Lucy, Robert and Tim said: “{}”"
    corpus = tokenise(articles(lead.format("his", WORDS), lead.format("Professor Okonte's", WORDS)))
    lead_a, lead_b = _words(corpus, 0, "In", "years"), _words(corpus, 1, "In", "years")
    cut = split_at_shared_quotes(corpus, Spans(*(np.array([v]) for v in (0, *lead_a, 1,
                                                                          *lead_b))), 6)
    assert cut.a0.tolist()[-1] == _words(corpus, 0, "We", "years")[0]
    assert cut.b0.tolist()[-1] == _words(corpus, 1, "We", "years")[0]


def _words(corpus: TokenisedCorpus, document: int, first: str, last: str) -> tuple[int, int]:
    """Document-local token range from the first word `first` to the last word `last`."""
    text = corpus.texts[document]
    low, high = int(corpus.offsets[document]), int(corpus.offsets[document + 1])
    words = [text[int(corpus.starts[g]):int(corpus.ends[g])] for g in range(low, high)]
    start = words.index(first)
    return start, len(words) - words[::-1].index(last)
