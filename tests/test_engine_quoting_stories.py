"""A story two outlets reprint that quotes a few words of one statement other outlets quote is
part of that statement's passage (the issue's transitive statement: the lead carries part of
it), where a quoted fragment links the two (here an outlet that quotes those words alone); a
story quoting two statements (both sides of a dispute) joins neither
(`viewer.engine.short_matches._quoting_stories`). Small hand-made texts."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

STATEMENT = ("We now believe that our chief executive and the four passengers of the vessel have "
             "sadly been lost. These men were true explorers who shared a distinct spirit of "
             "adventure and a deep passion for the oceans.")
OTHER = ("The harbour authority will open an inquiry into the licence of the operator and will "
         "publish its findings before the end of the summer season.")
LEAD = ("The company said on Thursday that it believes the passengers of the missing deep sea "
        "vessel have “sadly been lost” after a search that lasted four days.")
BOTH = ("The company said on Thursday that it believes the passengers of the missing deep sea "
        "vessel have “sadly been lost”, while the port said it “will open an inquiry” at once.")


def _passages(*texts: str) -> list[set[str]]:
    return sorted((sorted({o.document for o in p.occurrences})
                   for p in find_shared_passages(articles(*texts)).passages), key=len)


def test_a_reprinted_lead_quoting_a_statement_is_part_of_its_passage() -> None:
    quoted = [f"{filler(tag)}. The firm wrote: “{STATEMENT}”\n\n{filler(tag + 'z')}."
              for tag in ("a", "b")]
    leads = [f"{filler(tag)}.\n\n{LEAD}\n\n{filler(tag + 'z')}." for tag in ("c", "d")]
    alone = f"{filler('e')}. The five have “sadly been lost”, the firm said. {filler('f')}."
    assert _passages(*quoted, *leads, alone) == [["d0", "d1", "d2", "d3", "d4"]]


def test_a_reprinted_lead_quoting_two_statements_joins_neither() -> None:
    quoted = [f"{filler(tag)}. The firm wrote: “{STATEMENT}”\n\n{filler(tag + 'z')}."
              for tag in ("a", "b")]
    quoted += [f"{filler(tag)}. The port said: “{OTHER}”\n\n{filler(tag + 'z')}."
               for tag in ("g", "h")]
    leads = [f"{filler(tag)}.\n\n{BOTH}\n\n{filler(tag + 'z')}." for tag in ("c", "d")]
    alone = [f"{filler('e')}. The five have “sadly been lost”, the firm said. {filler('f')}.",
             f"{filler('i')}. The port “will open an inquiry”, it said. {filler('j')}."]
    passages = _passages(*quoted, *leads, *alone)
    assert ["d0", "d1"] in passages
    assert ["d2", "d3"] in passages


TRIBUTE = ("He will forever be the magnificent one. He was a national treasure, all panache and "
           "bursts of laughter, quick of tongue and light of body, sublime hero and familiar "
           "face, tireless daredevil and magician of words. In him we all found ourselves.")
STORY_LEAD = ("“In him we all found ourselves” in the actor, the president said on Monday in a "
              "long message to the nation that the radio stations and the television channels "
              "read out in the evening news, describing “a national treasure, all panache and "
              "bursts of laughter")
STORY_END = "after the death of the actor at the age of 88 at his home in the capital."
STORY_NEXT = ("The president had decorated the actor in November two years ago at the palace, "
              "making him a grand officer of the legion of honour.")


def test_the_rest_of_a_wire_story_that_quotes_a_statement_stays_with_it() -> None:
    """Two outlets print an agency's story of a tribute that a third quotes whole: the story
    quotes it in its own long sentence (so the story is in the tribute's passage), then each
    outlet goes on differently before the story's last sentences, which both print. Those
    sentences, near the story quoting the tribute in both, are the same story: in the same
    passage, although the tribute is something said."""
    tribute = f"{filler('a')}. The president wrote: “{TRIBUTE}”\n\n{filler('az')}."
    tweet = (f"{filler('c')}.\n\n{STORY_LEAD}, quick of tongue and light of body, sublime hero "
             f"and familiar face, tireless daredevil and magician of words”.\n\n“He will "
             f"forever be the magnificent one”, the head of state added in a tweet, {STORY_END} "
             f"{STORY_NEXT}\n\n{filler('cz')}.")
    condolences = (f"{filler('d')}.\n\n{STORY_LEAD}”, “a sublime hero and a familiar face”."
                   f"\n\n“He will forever be the magnificent one”, the head of state added, "
                   f"sending his condolences to the family and friends of the actor, “and to "
                   f"all the people he made laugh and cry for sixty years”.\n\nFor, “among our "
                   f"great actors, he was the one who won the crowd's prize hands down”, he "
                   f"added in a statement {STORY_END}\n\n{STORY_NEXT}\n\n{filler('dz')}.")
    passages = find_shared_passages(articles(tribute, tweet, condolences)).passages
    assert len(passages) == 1
    assert any("legion of honour" in o.text for o in passages[0].occurrences)
