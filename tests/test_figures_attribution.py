"""Who a figure is credited to (`viewer.figures.attribution`, and the antecedent a quotation
going on borrows): a tester's report of wrong sources on held-out NQ1, NQ2 and German text."""

from __future__ import annotations

import pytest

from viewer.figures.attribution import attribution
from viewer.figures.extraction import extract_mentions


def sources(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.source) for m in extract_mentions("doc", text)]


@pytest.mark.parametrize(("text", "expected"), [
    # the outlet's narration after a speech verb and a clause of time (NQ1, 10 wsbtv)
    ("“We can breathe,” Floyd’s brother, Philonese Floyd, said at a news conference about two "
     "hours after a jury returned a guilty verdict on all three charges against him.",
     [("three charges", None)]),
    ("Tom Brady announced he is retiring after 23 seasons.", [("23 seasons", "Tom Brady")]),
    ("Police said after the crash that 12 people had died.", [("12 people", "Police")]),
    # (a reviewer's: a figure after the clause of time, not in it, is the speaker's; "United"
    # is no verb of such a clause)
    ("Police said after the search resumed 12 people were still missing.",
     [("12 people", "Police")]),
    ("The ministry said when rescuers reached the village 40 people had been killed.",
     [("40 people", "ministry")]),
    ("Police said after rescuers arrived, 12 people were found.", [("12 people", "Police")]),
    ("The ministry said after United Nations sanctions began 5,000 children lost their lives.",
     [("5,000 children", "ministry")]),
    ("The mayor said after the storm destroyed 300 homes.", [("300 homes", None)]),
    # a day or a list's bullet is no part of who (NQ2, 06 and 09)
    ("Meta Wednesday announced it will let go of more than 11,000 employees.",
     [("more than 11,000 employees", "Meta")]),
    ("- Meta announced it is laying off 11,000 employees, or 13% of its workforce.",
     [("11,000 employees", "Meta")]),
    # an opening phrase's list is no part of the subject (NQ2, 14)
    ("After Google, Amazon, and Twitter, tech giant Microsoft on Wednesday announced that it "
     "would fire 10,000 employees this year.", [("10,000 employees", "tech giant Microsoft")]),
    ("Police, firefighters and medics said 12 people died.",
     [("12 people", "Police, firefighters and medics")]),
    # German puts the verb second, after the source ("Polizei wurden")
    ("Laut Polizei wurden 2.500 Menschen evakuiert.", [("2.500 Menschen", "Polizei")]),
    ("Laut Angaben der Polizei kamen 14 Menschen ums Leben.",
     [("14 Menschen", "Angaben der Polizei")]),
])
def test_the_source_is_who_gives_the_figure(text: str,
                                            expected: list[tuple[str, str | None]]) -> None:
    assert sources(text) == expected


def test_a_quotation_going_on_from_an_attributed_sentence_is_its_speakers() -> None:
    """NQ1, 11 theweek: '... every day," Obama said. "It requires us to recognize that millions
    of our friends ..."' had no source (12 foxnews, with "they said" after it, had one)."""
    text = ("The country needs to \"come to terms with the fact that Black Americans are treated "
            "differently, every day,\" Obama said. \"It requires us to recognize that millions "
            "of our friends live in fear.\"")
    assert sources(text) == [("millions of our friends", "Obama")]
    narrated = "Obama spoke on Tuesday. Then millions of people marched in the streets."
    assert sources(narrated) == [("millions of people", None)]


@pytest.mark.parametrize(("text", "expected"), [
    # a pronoun after an opening participle's phrase, or before an adverb, is the person
    # named before it (a stampede's coverage read "Expressing grief over the incident, he"
    # and "He further" as sources)
    ("Governor Ana Ruiz said the crush was a tragedy. Expressing grief over the crush, she "
     "announced that 11 people had died.",
     [("11 people", "Governor Ana Ruiz")]),
    ("The fire chief said the blaze was out. He further said 47 people were injured.",
     [("47 people", "fire chief")]),
    ("Stating that most of the victims were young, including men and women, the governor said "
     "11 people died.", [("11 people", "governor")]),
    # a speaker named after the sentence's clauses, the last before the verb, is the subject
    # (it was "to celebrate", and the pronoun after it borrowed a source from further back)
    ("Nine people died near the arena, where crowds gathered to celebrate the title, Governor "
     "Ana Ruiz said on Monday. Expressing grief, she announced that 11 people were injured.",
     [("11 people", "Governor Ana Ruiz")]),
    # a pronoun with no one named before it is no source
    ("He further said 47 people were injured.", [("47 people", None)]),
    # a word of time names no one
    ("The memo came weeks after the company announced it would cut 18,000 jobs.",
     [("18,000 jobs", None)]),
    ("Officials said 12 people died.", [("12 people", "Officials")]),
])
def test_a_source_is_someone_a_pronoun_the_person_named_before_it(
        text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [pair for pair in sources(text) if pair[0] in dict(expected)] == expected


_RUIZ_THEN_SMITH = ("Governor Ana Ruiz said the crush was a tragedy. Police chief John Smith said "
                   "{smith}. Expressing grief over the crush, {pronoun} announced that 11 people "
                   "had died.")


@pytest.mark.parametrize(("smith", "pronoun", "source"), [
    # two people named, neither's gender told: no source rather than the nearest
    ("the gates were shut", "she", None),
    # the text says "he" of Smith: "she" is Ruiz, and "he" Smith
    ("he had ordered the gates shut", "she", "Governor Ana Ruiz"),
    ("he had ordered the gates shut", "he", "Police chief John Smith"),
])
def test_a_he_or_she_is_no_speaker_of_the_other_gender(smith: str, pronoun: str,
                                                       source: str | None) -> None:
    text = _RUIZ_THEN_SMITH.format(smith=smith, pronoun=pronoun)
    assert sources(text)[-1] == ("11 people", source)


@pytest.mark.parametrize(("text", "source"), [
    # a title or an honorific tells, in the name or before the surname elsewhere
    ("Queen Ana said the crush was a tragedy. King Juan said the gates were shut. She said 11 "
     "people had died.", "Queen Ana"),
    ("Ms Ruiz arrived at noon. Ana Ruiz said the crush was a tragedy. Mr Smith said the gates "
     "were shut. She said 11 people had died.", "Ana Ruiz"),
    ("Mr Smith said the crush was a tragedy. Ms Ruiz said the gates were shut. He said 11 "
     "people had died.", "Mr Smith"),
    # the nearest untold, another person known to be meant: either could be
    ("Mr Smith said the crush was a tragedy. Ana Ruiz said the gates were shut. He said 11 "
     "people had died.", None),
])
def test_a_title_tells_whom_a_pronoun_stands_for(text: str, source: str | None) -> None:
    assert sources(text)[-1] == ("11 people", source)


@pytest.mark.parametrize(("sentence", "source"), [
    # a verb phrase: "told" after "lies" is a participle, and what comes before it no speaker
    ("A mediator pushed the two sides toward a $787 million settlement that ended the case, one "
     "that sought to put a price on lies told about the election.", None),
    # an adverb between an aside and the verb is no source (it was "immediately")
    ("The English champions, who were also fined 30 million euros, immediately announced they "
     "would appeal the $32 million fine.", "English champions"),
])
def test_a_verb_phrase_or_an_adverb_is_no_source(sentence: str, source: str | None) -> None:
    start = sentence.index("$")
    assert attribution(sentence, start, sentence.index(" million", start) + 8) == source


@pytest.mark.parametrize(("text", "source"), [
    # a body is no "he" or "she": the pronoun is the person named before it
    ("Mayor Tom Lee said the storm was severe. The ministry said roads were closed. He said 11 "
     "people had died.", "Mayor Tom Lee"),
    ("Mayor Tom Lee said the storm was severe. The Ministry of Transport said roads were closed. "
     "She said 11 people had died.", "Mayor Tom Lee"),
    # ("they" has no gender: the body, nearest, as before)
    ("Mayor Tom Lee said the storm was severe. The police said roads were closed. They said 11 "
     "people had died.", "police"),
])
def test_a_he_or_she_is_no_body(text: str, source: str | None) -> None:
    assert sources(text)[-1] == ("11 people", source)


@pytest.mark.parametrize("text", [
    "Mr John Smith said the storm was severe. Mr Peter Jones said roads were closed. He "
    "announced that 11 people had died.",
    "Ms Ana Ruiz said the storm was severe. Ms Eva Diaz said roads were closed. She announced "
    "that 11 people had died.",
    "John Smith said the storm was severe. Peter Jones said roads were closed. He announced "
    "that 11 people had died.",
])
def test_two_people_the_pronoun_fits_alike_give_no_source(text: str) -> None:
    # (known or not, both could be meant: the nearer is no likelier)
    assert sources(text)[-1] == ("11 people", None)


@pytest.mark.parametrize(("text", "source"), [
    # a relative's honorific before the speaker's surname says nothing of the speaker
    ("Fire chief John Smith said the house burned down. Mrs Smith, his wife, was unhurt. He "
     "said 11 people had died.", "Fire chief John Smith"),
    ("Fire chief John Smith said the house burned down. His wife, Mrs Smith, was unhurt. He "
     "said 11 people had died.", "Fire chief John Smith"),
    # ... nor one with another's first name
    ("Fire chief John Smith said the house burned down. Mrs Jane Smith was unhurt. He said 11 "
     "people had died.", "Fire chief John Smith"),
    # the speaker's own honorific still tells: bare (beside the speaker's own title), or with
    # the speaker's first name
    ("Governor Ruiz arrived at noon, and Ms Ruiz wept. John Smith said the gates were shut. "
     "Governor Ana Ruiz said the crush was a tragedy. He said 11 people had died.",
     "John Smith"),
    ("John Smith said the gates were shut. Ana Ruiz said the crush was a tragedy. Ms Ana Ruiz "
     "arrived later. He said 11 people had died.", "John Smith"),
])
def test_an_honorific_tells_only_where_it_titles_the_speaker(text: str,
                                                            source: str | None) -> None:
    assert sources(text)[-1] == ("11 people", source)


@pytest.mark.parametrize(("text", "source"), [
    # (tester s60b, MV3 08: "claimed" of what an event took, its subject no speaker)
    ("The incident claimed 11 lives and left 33 injured.", None),
    ("The crash has claimed 40 lives.", None),
    ("The tragedy claimed 11 lives, the minister said.", "minister"),
    ("The accident adds 11 deaths to this year's toll.", None),
    # (a body still is one, and a claim of lives lost a claim)
    ("The ministry claimed 11 people had died.", "ministry"),
    ("The ministry claimed 11 people lost their lives.", "ministry"),
])
def test_an_event_is_no_source(text: str, source: str | None) -> None:
    assert sources(text)[0][1] == source
