"""An occurrence of quoted words has its quotation's edges: it starts at the opening mark, not
at the outlet's words leading into it, and ends where the quotation does when an outlet ends
the speaker's sentence its own way (`viewer.engine.quotation_edges`; a newcomer's four articles,
retold with invented names and filler)."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

FIRST = "We did everything we could to hold the water back, but the barrier was never designed " \
        "for a surge of this size."
SECOND = "Our priority now is getting every family out safely and I ask residents in the lower " \
         "town to leave their homes immediately."


def _occurrences(*texts: str) -> dict[str, list[str]]:
    """Each document's occurrence texts, over every passage."""
    found: dict[str, list[str]] = {}
    for passage in find_shared_passages(articles(*texts)).passages:
        for occurrence in passage.occurrences:
            found.setdefault(occurrence.document, []).append(occurrence.text)
    return found


def test_a_quoted_piece_starts_at_its_mark_not_at_the_outlets_lead_in() -> None:
    lead_in = (f'{filler("c")}. She said the barrier "was never designed for a surge of this '
               f'size" and that people should go. {filler("d")}.')
    found = _occurrences(f'{filler("a")}. Mayor Okafor said: "{FIRST} {SECOND}" {filler("b")}.',
                         f'{filler("e")}. "{FIRST}" Okafor said. "{SECOND}" {filler("f")}.',
                         lead_in)
    assert found["d2"] == ["was never designed for a surge of this size"]


def test_lead_in_words_stay_where_the_occurrence_goes_on_past_the_quotation() -> None:
    """Story text that quotes a few words near its start: the outlet's sentence is the shared
    text, not a quotation it leads into."""
    story = ("By Thursday night the barrier had given way under the swollen river and residents "
             "of the lower town fled to the school on the hill")
    quoting = ('By Thursday night "the barrier had given way" under the swollen river and '
               "residents of the lower town fled to the school on the hill")
    found = _occurrences(f"{filler('a')}. {story}. {filler('b')}.",
                         f"{filler('c')}. {story}. {filler('d')}.",
                         f"{filler('e')}. {quoting}. {filler('f')}.")
    assert found["d2"] == [quoting]


def test_a_copy_ending_the_speakers_sentence_its_own_way_ends_with_the_quotation() -> None:
    own_end = SECOND.replace("immediately.", "right away.")
    found = _occurrences(f'{filler("a")}. Okafor said: "{FIRST} {SECOND}" {filler("b")}.',
                         f'{filler("c")}. Okafor told reporters: "{FIRST} {SECOND}" '
                         f'{filler("d")}.',
                         f'{filler("e")}. Okafor told reporters: "{FIRST} {own_end}" '
                         f'{filler("f")}.')
    (text,) = found["d2"]
    assert text.endswith("leave their homes right away")


def test_no_occurrence_grows_over_a_sentence_the_others_do_not_print() -> None:
    """Two words left in the quotation, but after the sentence's end: another sentence."""
    found = _occurrences(f'{filler("a")}. Okafor said: "{FIRST} {SECOND}" {filler("b")}.',
                         f'{filler("c")}. Okafor said: "{FIRST} {SECOND}" {filler("d")}.',
                         f'{filler("e")}. Okafor said: "{FIRST} {SECOND} Thank you." '
                         f'{filler("f")}.')
    (text,) = found["d2"]
    assert text.endswith("leave their homes immediately")


def test_an_occurrence_grows_past_neither_a_nested_quotations_end_nor_a_negation() -> None:
    """The reviewer's cases: grown to its outer quotation's end, an occurrence took in the words
    after a quotation nested in it ("... size' and left"), and a tail that says no ("not yet")
    where the others say "immediately"."""
    nested = (filler("e") + ". \"She said the barrier 'was never designed for a surge of this "
              "size' and left,\" he wrote. " + filler("f") + ".")
    negated = SECOND.replace("immediately.", "not yet.")
    found = _occurrences(f'{filler("a")}. Okafor said: "{FIRST} {SECOND}" {filler("b")}.',
                         f'{filler("c")}. Okafor told reporters: "{FIRST} {SECOND}" '
                         f'{filler("d")}.', nested,
                         f'{filler("g")}. Okafor told reporters: "{FIRST} {negated}" '
                         f'{filler("h")}.')
    assert all(not text.endswith("and left") for text in found["d2"]), found["d2"]
    assert all(not text.endswith("not yet") for text in found["d3"]), found["d3"]
