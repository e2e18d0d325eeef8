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
