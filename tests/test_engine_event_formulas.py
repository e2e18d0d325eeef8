"""Formulas two events' coverage shares link nothing between them (`viewer.engine.evidence`,
`viewer.engine.event_bridges`, `viewer.engine.reporting_words`, `viewer.engine.unspaced_formulas`):
an attribution with nothing else ("a poursuivi le chef de l'Etat"), a speaker's greeting ("Meine
Damen und Herren"), words of condolence in French, a Japanese government's first response, and a
condolence quoted by the speakers of two events whose coverage names nothing alike, a court's
formula read out for two defendants (`viewer.engine.transcription_edits`). Small
hand-made texts; each event's outlets share its own story, which still links them."""

from __future__ import annotations

import numpy as np

from viewer.engine import find_shared_passages
from viewer.engine.evidence import content_words
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler


def _groups(texts: list[str]) -> list[list[str]]:
    return sorted(sorted({o.document for o in passage.occurrences})
                  for passage in find_shared_passages(articles(*texts)).passages)


FIRE = ("Un incendie a ravagé dans la nuit un entrepôt de la zone portuaire de Lurimu, les "
        "pompiers ont lutté pendant six heures contre les flammes avant de les maîtriser")
FLOOD = ("La crue de la Varenne a inondé mardi trois villages de la vallée de Sorbière, et des "
         "centaines d'habitants ont été évacués par hélicoptère vers le gymnase de Tavel")


def _two_events_groups(after_fire: str, after_flood: str) -> list[list[str]]:
    """The passages' document groups of four documents: two outlets' stories of the FIRE, the
    first going on with `after_fire`, and two of the FLOOD, the first going on with
    `after_flood`."""
    return _groups([
        f"{filler('a')}. {FIRE}. {after_fire}. {filler('b')}.",
        f"{filler('c')}. {FIRE}. {filler('d')}.",
        f"{filler('e')}. {FLOOD}. {after_flood}. {filler('f')}.",
        f"{filler('g')}. {FLOOD}. {filler('h')}.",
    ])


def test_an_attribution_alone_links_no_two_events() -> None:
    """Each event's president quoted with the same words of attribution after his own words:
    the attribution is the outlets', not a statement."""
    assert _two_events_groups(
        "« Nous reconstruirons le port », a poursuivi le chef de l'Etat",
        "« Les digues seront relevées avant l'hiver », a poursuivi le chef de l'Etat",
    ) == [["d0", "d1"], ["d2", "d3"]]


def test_words_of_condolence_in_french_link_no_two_events() -> None:
    """The same minister offers "mes sincères condoléances aux familles" after both events (the
    documents name the same minister, so names alone would not tell the events apart)."""
    assert _two_events_groups(
        "Le ministre Jean Varel a exprimé « mes sincères condoléances aux familles »",
        "Le ministre Jean Varel a adressé « mes sincères condoléances aux familles »",
    ) == [["d0", "d1"], ["d2", "d3"]]


def test_a_speakers_greeting_and_an_attribution_carry_no_content_words() -> None:
    """„Meine Damen und Herren", "Ladies and gentlemen", "Mesdames et messieurs" open many a
    statement and say nothing of it (no content word, quoted or not); the words of
    attribution ("a poursuivi", "deplored") count as content only where they are not asked to
    be left out."""
    greetings = ["„Meine Damen und Herren, der Hafen.“", "“Ladies and gentlemen, the harbour.”",
                 "« Mesdames et messieurs, le port. »", "« Señoras y señores, el puerto. »"]
    corpus = tokenise(articles(*greetings, "a poursuivi le chef de l'Etat"))
    first, end = np.asarray(corpus.offsets[:-1]), np.asarray(corpus.offsets[1:])
    greeting_words = np.array([4, 3, 3, 3])
    assert content_words(corpus, first[:4], first[:4] + greeting_words, rare_only=False,
                         quoted=True).tolist() == [0, 0, 0, 0]
    # (the harbour is content)
    assert content_words(corpus, first[:4], end[:4], rare_only=False,
                         quoted=True).tolist() == [1, 1, 1, 1]
    attribution = (first[4:], end[4:])
    assert content_words(corpus, *attribution, rare_only=False).tolist() == [2]
    assert content_words(corpus, *attribution, rare_only=False,
                         attributing=False).tolist() == [1]


QUAKE = "今朝の地震で沿岸部の三つの町で家屋の倒壊が相次ぎ多くの住民が体育館に避難しています"
ATTACK = "演説中の候補者が背後から襲われ病院に運ばれましたが警察は現場で男を逮捕しました"
RESPONSE = "官邸危機管理センターに官邸対策室を設置し、情報収集にあたっています"


def test_a_japanese_governments_first_response_links_no_two_events() -> None:
    """The government sets up its office at the crisis management centre after an earthquake
    and after an attack, in the same words, long enough to be a statement: two events."""
    texts = [
        f"{filler('a')}.\n\n{QUAKE}。政府は{RESPONSE}。\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{QUAKE}。\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{ATTACK}。また{RESPONSE}。\n\n{filler('f')}.",
        f"{filler('g')}.\n\n{ATTACK}。\n\n{filler('h')}.",
    ]
    assert _groups(texts) == [["d0", "d1"], ["d2", "d3"]]


def test_a_minister_who_spoke_links_no_two_events() -> None:
    """"Le ministre de l'Intérieur Paul Vernet s'est exprimé": the same minister's name and
    title, and that he spoke, after both events, whose articles name the same people besides
    (names alone do not tell the events apart)."""
    assert _two_events_groups(
        "Le ministre de l'Intérieur Paul Vernet s'est exprimé sur TF1 ce mercredi. Hugo Manet, "
        "Claire Dubois et Emma Roux étaient à Lyon",
        "Le ministre de l'Intérieur Paul Vernet s'est exprimé au lendemain du drame. À Lyon, "
        "Claire Dubois accompagnait Emma Roux et Hugo Manet",
    ) == [["d0", "d1"], ["d2", "d3"]]
    # (and in the present tense, "s'exprime")
    assert _two_events_groups(
        "Le ministre de l'Intérieur Paul Vernet s'exprime sur TF1 ce mercredi. Hugo Manet, "
        "Claire Dubois et Emma Roux étaient à Lyon",
        "Le ministre de l'Intérieur Paul Vernet s'exprime au lendemain du drame. À Lyon, "
        "Claire Dubois accompagnait Emma Roux et Hugo Manet",
    ) == [["d0", "d1"], ["d2", "d3"]]


def test_a_japanese_politicians_designation_links_no_two_events() -> None:
    """One party leader, "国民民主党の玉木雄一郎代表", comments on an earthquake and on an attack,
    each in his own words: his name and title link nothing."""
    texts = [
        f"{filler('a')}.\n\n{QUAKE}。国民民主党の玉木雄一郎代表、「被災地に寄り添う」と述べた。"
        f"\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{QUAKE}。\n\n{filler('d')}.",
        f"{filler('e')}.\n\n{ATTACK}。会見した国民民主党の玉木雄一郎代表。「暴力は許されない」と語った。"
        f"\n\n{filler('f')}.",
        f"{filler('g')}.\n\n{ATTACK}。\n\n{filler('h')}.",
    ]
    assert _groups(texts) == [["d0", "d1"], ["d2", "d3"]]


CRASH = ("The Varrow Airways jet came down shortly after take-off from Lurimu, and investigators "
         "from Tessel and Ostrava joined the Marn authorities at the site on Sunday")
STABBING = ("A man attacked children at a dance class on Hollin Street in Southgate, and Kennedy "
            "of the Dunmore Police praised the Ashby teachers who tried to protect them")
SYMPATHY = ("deepest sympathies to the families and loved ones of those who have so tragically "
            "lost their lives")


def test_a_condolence_two_events_speakers_quote_links_no_two_events() -> None:
    """A king and an airline both send "our deepest sympathies to the families and loved ones
    of those who have so tragically lost their lives", each quoted by one outlet of its event;
    the two events' documents name nothing alike."""
    texts = [
        f"{filler('a')}. {CRASH}. The airline said: “We extend our {SYMPATHY}.” {filler('b')}.",
        f"{filler('c')}. {CRASH}. {filler('d')}.",
        f"{filler('e')}. {STABBING}. The king wrote: “We send our {SYMPATHY}.” {filler('f')}.",
        f"{filler('g')}. {STABBING}. {filler('h')}.",
    ]
    assert _groups(texts) == [["d0", "d1"], ["d2", "d3"]]


def test_a_condolence_one_events_outlets_quote_still_links() -> None:
    """The same words quoted by two outlets of one event, each reprinting another agency's story
    of it (two groups of documents, which name the same places and people): one statement."""
    other_story = ("Investigators from Tessel and Ostrava reached the Marn site on Sunday, where "
                   "the Varrow Airways jet from Lurimu had come down shortly after take-off")
    texts = [
        f"{filler('a')}. {CRASH}. {filler('b')}.",
        f"{filler('c')}. {CRASH}. The airline said: “We extend our {SYMPATHY}.” {filler('d')}.",
        f"{filler('e')}. {other_story}. “We send our {SYMPATHY},” the airline said. "
        f"{filler('f')}.",
        f"{filler('g')}. {other_story}. {filler('h')}.",
    ]
    groups = _groups(texts)
    assert ["d1", "d2"] in groups or any({"d1", "d2"} <= set(group) for group in groups)


COURT = ("The judges of the Marden district court heard the prosecution's closing arguments on "
         "Monday and retired to deliberate for most of the afternoon before returning")
VERDICT = ("The court declares the defendant {name} proven guilty beyond reasonable doubt of the "
           "crime charged")


def _verdicts(first: str, second: str) -> list[list[str]]:
    """Four outlets: two on one trial quoting the verdict read for `first`, two on another trial
    quoting the same words read for `second`; each trial's outlets share its own story."""
    return _groups([
        f'{filler("a")}. {COURT}. "{VERDICT.format(name=first)}," the judge said. {filler("b")}.',
        f'{filler("c")}. {COURT}. {filler("d")}.',
        f'{filler("e")}. {FLOOD}. "{VERDICT.format(name=second)}," the judge said. '
        f'{filler("f")}.',
        f'{filler("g")}. {FLOOD}. {filler("h")}.',
    ])


def test_a_courts_formula_read_for_two_defendants_links_no_two_trials() -> None:
    """The same quoted words with another defendant's full name in them: a formula said of two
    people, no statement two outlets share."""
    assert _verdicts("Ferdy Sambo", "Teddy Minahasa") == [["d0", "d1"], ["d2", "d3"]]


def test_a_surname_written_once_in_lower_case_is_a_name_still() -> None:
    """"Ferdy sambo" where the outlet writes "Sambo" elsewhere is his full name."""
    texts = [
        f'{filler("a")}. {COURT}. The defendant Ferdy Sambo stood. '
        f'"{VERDICT.format(name="Ferdy sambo")}," the judge said. {filler("b")}.',
        f'{filler("c")}. {COURT}. {filler("d")}.',
        f'{filler("e")}. {FLOOD}. "{VERDICT.format(name="Teddy Minahasa")}," the judge said. '
        f'{filler("f")}.',
        f'{filler("g")}. {FLOOD}. {filler("h")}.',
    ]
    assert _groups(texts) == [["d0", "d1"], ["d2", "d3"]]


def test_one_persons_name_written_two_ways_still_links() -> None:
    """"Joe Biden" and "President Biden": a first name for a title, one person; and the same
    full name on both sides is the same words."""
    for first, second in (("Joe Biden", "President Biden"), ("Ferdy Sambo", "Ferdy Sambo")):
        assert any({"d0", "d2"} <= set(group) for group in _verdicts(first, second))
