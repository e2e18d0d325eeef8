"""A paragraph of a wire story that few reprints keep joins the story
(`viewer.engine.stories.join_story_pieces`, asked of statements made by hand): every outlet
carrying the paragraph carries it near the story, and a story that took in a quotation some
outlet prints alone is story text still (hand-made texts, no sample or real-article text)."""

from __future__ import annotations

import numpy as np

from viewer.engine.fragments import quoted_token_ranges
from viewer.engine.statements import Statements
from viewer.engine.stories import join_story_pieces
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, token_range

LEAD = ("The soaring spire of the old cathedral of Varrow collapsed on Monday evening as flames "
        "engulfed the roof of the landmark, sending thick smoke over the river district")
WORKS = ("Firefighters spent the night moving paintings and relics out of the side chapels, "
         "while the deputy mayor said crews were trying to save the priceless organ")


def _joined(texts: list[str], pieces: list[tuple[int, int, str]]) -> int:
    """How many statements `join_story_pieces` leaves of `pieces` (statement, document,
    words)."""
    corpus = tokenise(articles(*texts))
    ranges = [token_range(corpus, document, words) for _, document, words in pieces]
    statements = Statements(statement=np.array([s for s, _, _ in pieces]),
                            doc=np.array([d for _, d, _ in pieces]),
                            first=np.array([r[0] for r in ranges]),
                            end=np.array([r[1] for r in ranges]))
    return join_story_pieces(corpus, statements, quoted_token_ranges(corpus)).count


def test_a_paragraph_every_outlet_carrying_it_prints_near_the_story_joins_it() -> None:
    """Five outlets carry the story, two of them the paragraph on the works right after it:
    fewer than half of the outlets carrying either carry both, but all carrying the paragraph
    do; and outlets carrying the paragraph far from the story say it is another text."""
    near = [f"{filler(t)}. {LEAD}. {filler(t + 'm', 8)}. {WORKS}. {filler(t + 'z')}."
            for t in "ab"]
    alone = [f"{filler(t)}. {LEAD}. {filler(t + 'z')}." for t in "cde"]
    pieces = ([(0, d, LEAD) for d in range(5)] + [(1, d, WORKS) for d in range(2)])
    assert _joined(near + alone, pieces) == 1
    far = [f"{filler(t)}. {WORKS}. {filler(t + 'z')}." for t in "fg"]
    assert _joined(near + alone + far,
                   [*pieces, (1, 5, WORKS), (1, 6, WORKS)]) == 2


def test_a_story_one_outlet_introduces_with_a_colon_is_story_text() -> None:
    """Three outlets carry the story with the paragraph on the works near it; a fourth prints
    the story after a colon ("The agency wrote: ..."), as it would a statement. Most of the
    story's words are no one's words introduced so: the paragraph joins it. Where every outlet
    introduces the text so, it is something said, and stays apart."""
    texts = [f"{filler(t)}. {LEAD}. {filler(t + 'm', 8)}. {WORKS}. {filler(t + 'z')}."
             for t in "abc"]
    texts.append(f"{filler('d')}. The agency wrote: {LEAD}. {filler('dz')}.")
    pieces = [(0, d, LEAD) for d in range(4)] + [(1, d, WORKS) for d in range(3)]
    assert _joined(texts, pieces) == 1
    said = [f"{filler(t)}. The agency wrote: {LEAD}. {filler(t + 'm', 8)}. {WORKS}. "
            f"{filler(t + 'z')}." for t in "abc"]
    assert _joined(said, pieces[:3] + pieces[4:]) == 2


ORGAN = ("The organ builders from the guild of Varrow arrived at dawn to inspect the pipes and the "
         "bellows that the water from the fire hoses had soaked during the night")


def test_a_list_of_findings_an_outlet_opens_with_a_colon_goes_on_as_its_story() -> None:
    """Two outlets carry the story and then its findings, two paragraphs; one heads them "What
    we know about the fire:", the other prints them after a paragraph of its own. A colon
    introduces the paragraph it opens, not every paragraph after it: most of the findings'
    words are no one's words introduced so, and the story and its findings are one text."""
    headed = (f"{filler('a')}. {LEAD}. What we know about the fire:\n\n{WORKS}.\n\n{ORGAN}."
              f"\n\n{filler('az')}.")
    plain = (f"{filler('b')}. {LEAD}. {filler('bm', 8)}.\n\n{WORKS}.\n\n{ORGAN}.\n\n"
             f"{filler('bz')}.")
    findings = f"{WORKS}.\n\n{ORGAN}"
    pieces = [(0, 0, LEAD), (0, 1, LEAD), (1, 0, findings), (1, 1, findings)]
    assert _joined([headed, plain], pieces) == 1

STATEMENT = ("We are appalled by the attack on the fuel depot at Kessel and we will hold those who "
             "ordered it fully to account before the courts of this country")
DEPOT = ("Rescue teams searched the ruins of the fuel depot near Kessel through the night after "
         "the blast tore apart three storage tanks and a loading bay")


def test_a_story_quoting_a_statement_others_print_unquoted_stays_apart() -> None:
    """Four outlets print the ministry's statement unquoted ("Read it in full below"), two
    quote it inside one agency's story that they alone carry. The statement is story text by
    most of its words, but the only documents carrying it near the story quote it there: the
    story and the statement are never both story text together, and stay two."""
    quoted = [f'{filler(t)}. {DEPOT}. {filler(t + "m", 8)}. "{STATEMENT}," the interior '
              f"ministry said. {filler(t + 'z')}." for t in "ab"]
    printed = [f"{filler(t)}. Read the ministry's statement in full below.\n\n{STATEMENT}.\n\n"
               f"{filler(t + 'z')}." for t in "cdef"]
    pieces = [(0, d, DEPOT) for d in range(2)] + [(1, d, STATEMENT) for d in range(6)]
    assert _joined(quoted + printed, pieces) == 2
    colon = [f"{filler(t)}. {DEPOT}. {filler(t + 'm', 8)}. The interior ministry said:\n\n"
             f"{STATEMENT}.\n\n{filler(t + 'z')}." for t in "ab"]
    assert _joined(colon + printed, pieces) == 2


ADVISORY = "Drivers should avoid the coastal highway near Varrow until Friday morning"


def test_a_line_no_outlet_prints_more_than_a_phrase_of_joins_no_story() -> None:
    """Six outlets carry the story, two of them with a police advisory of eleven words after
    it; four more print the advisory alone. No outlet carries more than a phrase of the
    advisory (FRAGMENT_MAX_WORDS), so none counts among its carriers: that is not every
    outlet carrying it printing it near the story, and the two stay apart."""
    near = [f"{filler(t)}. {LEAD}. {filler(t + 'm', 8)}. {ADVISORY}. {filler(t + 'z')}."
            for t in "ab"]
    alone = [f"{filler(t)}. {LEAD}. {filler(t + 'z')}." for t in "cdef"]
    advisory = [f"{filler(t)}. {ADVISORY}. {filler(t + 'z')}." for t in "hijk"]
    pieces = [(0, d, LEAD) for d in range(6)] + [(1, d, ADVISORY) for d in (0, 1, *range(6, 10))]
    assert _joined(near + alone + advisory, pieces) == 2


INQUIRY = ("Investigators from the prosecutor's office opened an inquiry into the cause of the "
           "fire and questioned workers from the firm restoring the roof of the building")


def test_another_agencys_story_two_compilations_print_after_the_story_stays_apart() -> None:
    """Five outlets carry one agency's story; two of them, compilations, print another
    agency's story after it, which no one else carries. Every outlet carrying the rarer prints
    it near the first, as with a paragraph most reprints cut; but it opens with its own
    dateline: a story of its own, and the two stay two."""
    near = [f"{filler(t)}. VARROW (AP) — {LEAD}. {filler(t + 'm', 8)}.\n\nFire inquiry opens\n\n"
            f"VARROW (AFP) — {INQUIRY}. {filler(t + 'z')}." for t in "ab"]
    alone = [f"{filler(t)}.\n\nVARROW (AP) — {LEAD}. {filler(t + 'z')}." for t in "cde"]
    pieces = ([(0, d, LEAD) for d in range(5)]
              + [(1, d, f"VARROW (AFP) — {INQUIRY}") for d in range(2)])
    assert _joined(near + alone, pieces) == 2
