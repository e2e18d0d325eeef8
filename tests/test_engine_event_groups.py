"""One verdict for a group (`viewer.engine.event_groups`): a quoted phrase of one event's
article that another event's outlets carry is kept out of their passage even through the one
page among them too short of names to be judged on its own; a pair that names something alike
keeps its own verdict. Small hand-made texts."""

from __future__ import annotations

import numpy as np

from viewer.engine.event_groups import by_group
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, passage_documents, token_range

POST = ("The airplane was on a perfect and routine line of approach to the airport. This is a bad "
        "situation that should have been prevented")
STORY = ("The regional jet from Wichita carrying sixty passengers collided with an Army helicopter "
         "over the Potomac near Reagan National on Wednesday night")
MAYOR = (f"{filler('a')}.\n\nMayor Don Lurimo of Kavu told Tessa News in a text message that "
         "“this is a very bad situation.” Governor Abel Ranko and Sheriff Ottis Velm went to "
         f"Pindar Elementary in Kavu.\n\n{filler('b')}.")
CRASH = [f"{filler('c')}.\n\n{STORY}. President Harlan Voss wrote on Quillr: “{POST}.” Senator "
         f"Mira Dalt of Kansas and Mayor Orla Brisk spoke in Arlington.\n\n{filler('d')}.",
         f"{filler('e')}.\n\n{STORY}. Voss posted: “{POST}!” Governor Teo Marsh of Kansas and the "
         f"Pentagon in Arlington said the crew came from Fort Belvoir.\n\n{filler('f')}."]
SHORT_PAGE = f"{filler('g')}.\n\nVoss posted: “{POST}. NOT GOOD!”\n\n{filler('h')}."


def test_a_short_page_does_not_carry_another_events_phrase_into_its_groups_passage() -> None:
    """The mayor's "this is a very bad situation" (a school shooting) and the president's "This
    is a bad situation" (an air crash): the crash pages naming enough to tell keep it out, and
    the one naming only "Voss" follows them."""
    assert passage_documents(MAYOR, *CRASH, SHORT_PAGE) == [["d1", "d2", "d3"]]


def test_a_pair_naming_something_alike_keeps_its_own_verdict() -> None:
    """The same verdicts asked of pairs: the short page is judged with its group where it names
    nothing the mayor's page names, and not where both name "Kavu"."""
    for short_page, expected in ((SHORT_PAGE, [True, True, True]),
                                 (SHORT_PAGE.replace("Voss posted", "Voss, in Kavu, posted"),
                                  [True, True, False])):
        corpus = tokenise(articles(MAYOR, *CRASH, short_page))
        phrase = token_range(corpus, 0, "this is a very bad situation")
        firsts, ends = [], []
        for document in (1, 2, 3):
            first, end = token_range(corpus, document, "This is a bad situation")
            firsts.append(int(corpus.offsets[document]) + first)
            ends.append(int(corpus.offsets[document]) + end)
        count = 3
        side_a = (np.full(count, int(corpus.offsets[0]) + phrase[0]),
                  np.full(count, int(corpus.offsets[0]) + phrase[1]))
        groups = np.array([0, 1, 1, 1])
        verdicts = by_group(corpus, np.zeros(count, dtype=np.int64), np.array([1, 2, 3]), side_a,
                            (np.array(firsts), np.array(ends)), groups,
                            np.array([True, True, False]))
        assert verdicts.tolist() == expected


POST_DE = ("Das Flugzeug war auf einem perfekten Anflug auf den Flughafen. Das ist eine schlimme "
           "Lage, die hätte verhindert werden müssen")
STORY_DE = ("Der Regionaljet aus Wichita mit sechzig Passagieren stieß über dem Potomac nahe "
            "Reagan National am Mittwochabend mit einem Hubschrauber zusammen")
MAYOR_DE = (f"{filler('a')}.\n\nBürgermeister Don Lurimo aus Kavu sagte Tessa News per "
            "Nachricht, „das ist eine sehr schlimme Lage.“ Gouverneur Abel Ranko und Sheriff "
            f"Ottis Velm fuhren zur Pindar Grundschule in Kavu.\n\n{filler('b')}.")
CRASH_DE = [f"{filler('c')}.\n\n{STORY_DE}. Präsident Harlan Voss schrieb auf Quillr: "
            f"„{POST_DE}.“ Senatorin Mira Dalt aus Kansas und Bürgermeisterin Orla Brisk "
            f"sprachen in Arlington.\n\n{filler('d')}.",
            f"{filler('e')}.\n\n{STORY_DE}. Voss schrieb: „{POST_DE}!“ Gouverneur Teo Marsh aus "
            f"Kansas und das Pentagon in Arlington sagten, die Crew kam aus Fort Belvoir."
            f"\n\n{filler('f')}."]


def test_a_name_alike_is_read_in_a_language_that_inflects_names_too() -> None:
    """In German, whose nouns are capitalised (the shared words hold capitals), the short page
    naming "Kavu" as the mayor's page does keeps its own verdict; not naming it, it follows its
    group."""
    short_page = (f"{filler('g')}.\n\nVoss, in Kavu, schrieb: „{POST_DE}. NICHT GUT!“\n\n"
                  f"{filler('h')}.")
    assert passage_documents(MAYOR_DE, *CRASH_DE, short_page) == [["d0", "d1", "d2", "d3"]]
    assert passage_documents(MAYOR_DE, *CRASH_DE, short_page.replace(", in Kavu,", "")) == [
        ["d1", "d2", "d3"]]

