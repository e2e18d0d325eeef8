"""Quoted pieces by their shape: a match a word or two wider than a quotation does not hide it
from the fragment search; the halves of a quotation an attribution splits are one statement when
the attribution, not the quotation, puts them apart (small hand-made corpora, no sample or
real-article text)."""

from __future__ import annotations

from viewer.engine import find_shared_passages
from viewer.passages import AlignmentResult

from .engine_texts import articles, filler


def _documents(result: AlignmentResult) -> list[set[str]]:
    return [{occurrence.document for occurrence in passage.occurrences}
            for passage in result.passages]


def test_a_match_a_word_wider_than_a_quotation_does_not_hide_it() -> None:
    said = ("“He achieved more than could be expected of any man. Today he has gone home,” "
            "Hale said {where}.")
    result = find_shared_passages(articles(
        f"Hale: Okoro ‘achieved more than could be expected of any man’\n\n{filler('a')}.",
        f"{said.format(where='at the palace')} {filler('b')}.",
        f"{said.format(where='on Thursday')} {filler('c')}."))
    assert _documents(result) == [{"d0", "d1", "d2"}]


FIRST = "one of the countless millions"
SECOND = ("And like so many around the globe, I cannot fully imagine my own life without the "
          "example that he set")


def _split(between: str) -> list[set[str]]:
    return _documents(find_shared_passages(articles(
        f"{filler('a')}. “I am {FIRST} who drew inspiration from Nelson Okoro's life,”{between}“"
        f"{SECOND}.” {filler('b')}.",
        f"{filler('c')}. He said he was “{FIRST}” who drew inspiration from him.\n\n“{SECOND},” "
        f"he said. {filler('d')}.",
        f"{filler('e')}. “{SECOND},” the president said. {filler('f')}.")))


def test_the_halves_of_a_quotation_an_attribution_splits_are_one_statement() -> None:
    # five words apart: three of the quotation's own, two of attribution
    assert _split(" he continued. ") == [{"d0", "d1", "d2"}]
    assert _split(" the president said in a statement on Thursday. ") == [{"d0", "d1", "d2"}]


def test_quotations_with_other_words_between_stay_apart() -> None:
    assert len(_split(" and a crowd gathered outside the gates. ")) == 2
