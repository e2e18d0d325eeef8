"""A passage's consensus reads as the outlets wrote it and differences are relative to it
(small hand-made corpora modelled on what real articles do): copies that read as the consensus
show no differences even when as many outlets leave a sentence out, two readings of a stretch
are never spliced, a difference never runs across a paragraph break, and a consensus starts
where a sentence or clause does."""

from __future__ import annotations

import viewer.engine.align as align_stage
from viewer.corpus import Article
from viewer.engine import find_shared_passages
from viewer.engine.anchored_diff import AnchoredDiffer
from viewer.engine.consensus import Window
from viewer.engine.document_view import DocumentViews
from viewer.engine.tokens import tokenise
from viewer.passages import Passage

from .engine_texts import articles, filler


def _marked(documents: list[Article], passage: Passage) -> dict[str, list[str]]:
    texts = {d.id: d.text for d in documents}
    marked: dict[str, list[str]] = {}
    for occurrence in passage.occurrences:
        marked.setdefault(occurrence.document, []).extend(
            texts[occurrence.document][start:end] for start, end in occurrence.differences)
    return marked


ONE = "I strongly condemn the cowardly attacks on the harbour district this morning."
TWO = "I call upon everyone in the province to remain calm and united."
THREE = "Please avoid spreading unverified reports and speculation online."
FOUR = "The council is taking immediate steps to secure the harbour and the ferry piers."


def test_copies_that_carry_a_sentence_as_many_outlets_drop_are_not_marked() -> None:
    """Three outlets print the mayor's statement whole, three leave its third sentence out:
    the consensus has the sentence (no reading has a majority: the longest reading stands), and
    the three whole copies, reading as the consensus, show no differences."""
    whole = f"{ONE} {TWO} {THREE} {FOUR}"
    cut = f"{ONE} {TWO} {FOUR}"
    documents = articles(*(f"{filler(tag)}.\n\n{text}\n\n{filler(tag + 'z')}."
                           for tag, text in zip("abcdef", [whole, whole, whole, cut, cut, cut],
                                                strict=True)))
    (passage,) = find_shared_passages(documents).passages
    assert THREE.rstrip(".") in passage.consensus
    assert all(not marks for marks in _marked(documents, passage).values())


def test_a_story_printing_a_reading_twice_votes_once() -> None:
    """Two outlets print the statement whole, one without its third sentence, and that one
    prints it twice: it still counts as one outlet, so the whole reading has the majority."""
    whole = f"{ONE} {TWO} {THREE} {FOUR}"
    cut = f"{ONE} {TWO} {FOUR}"
    documents = articles(f"{filler('a')}.\n\n{whole}\n\n{filler('b')}.",
                         f"{filler('c')}.\n\n{whole}\n\n{filler('d')}.",
                         f"{filler('e')}.\n\n{cut}\n\n{filler('f')}.\n\n{cut}\n\n{filler('g')}.")
    (passage,) = find_shared_passages(documents).passages
    assert THREE.rstrip(".") in passage.consensus
    assert _marked(documents, passage)["d0"] == []
    assert _marked(documents, passage)["d1"] == []


def test_two_readings_of_a_sentence_are_not_spliced() -> None:
    """A wire story's second sentence reads two ways: the longest copy says "according to
    reports. Dozens were hurt in St. Anne's old stone chapel in Harwick", two outlets "In one
    chapel, St. Anne's in Harwick, ... dozens were hurt". The consensus is one of them as an
    outlet wrote it, never words of one joined to words of the other."""
    opening = ("Storm winds tore the roofs off three chapels and two schools on the coast and "
               "hurt more than ninety people, harbour and police officials said, after a calm "
               "spell that had lasted since the great flood ten years ago")
    closing = ("a fire officer told the wire service, with pictures showing benches under "
               "rubble, glass on the floor and a broken bell tower. Local radio said ten "
               "fishing boats had also sunk at the pier in Dunmore Bay. The two schools hit "
               "were Kelby Primary, the Harwick Academy and the Marsh Grammar School")
    longest = (f"{opening}, according to reports.\nDozens were hurt in St. Anne's old stone "
               f"chapel in Harwick, north of the bay, {closing}.")
    other = (f"{opening}.\nIn one chapel, St. Anne's in Harwick, north of the bay, dozens of "
             f"people were hurt, {closing}.")
    later = (f"In one chapel, St. Anne's in Harwick, north of the bay, dozens of people were "
             f"hurt, {closing}.")
    documents = articles(f"{filler('a')}.\n\n{longest}\n\n{filler('b')}.",
                         f"{filler('c')}.\n\n{other}\n\n{filler('d')}.",
                         f"{filler('e')}.\n\n{later}\n\n{filler('f')}.",
                         f"{filler('g')}.\n\n{later}\n\n{filler('h')}.")
    (passage,) = find_shared_passages(documents).passages
    assert "In one chapel, St. Anne's in Harwick, north of the bay, dozens of people were hurt" \
        in passage.consensus
    assert "Dozens were hurt" not in passage.consensus
    marked = _marked(documents, passage)
    assert marked["d1"] == marked["d2"] == marked["d3"] == []


def test_a_difference_never_runs_across_a_paragraph_break() -> None:
    """An outlier rewrites the last words of one paragraph and the first of the next: its
    differences are one range in each paragraph."""
    first = ("The ferry company said on Monday that all crossings to the islands would resume "
             "by the end of the week")
    second = ("Engineers have replaced the damaged ramp at the northern pier and inspected the "
              "three remaining vessels of the fleet")
    edited_first = first.replace("end of the week", "end of this month")
    edited_second = second.replace("Engineers have", "Crews had")
    documents = articles(*(f"{filler(tag)}.\n\n{a}.\n\n{b}.\n\n{filler(tag + 'z')}."
                           for tag, a, b in [("a", first, second), ("b", first, second),
                                             ("c", edited_first, edited_second)]))
    (passage,) = find_shared_passages(documents).passages
    marked = _marked(documents, passage)
    assert marked["d0"] == marked["d1"] == []
    assert all("\n" not in mark for mark in marked["d2"])
    assert "this month" in " ".join(marked["d2"]) and "Crews had" in " ".join(marked["d2"])


def test_a_consensus_starts_where_a_clause_starts() -> None:
    """Two outlets share a statement from the last words of their own clause on ("...final
    findings, the mill company is ..."): the consensus starts with the shared clause."""
    statement = ("the mill company is finishing the repair of the old weir and the new sluice "
                 "gates, and will keep helping the river authority with its inquiry")
    documents = articles(
        f"{filler('a')}. While the inspectors keep working to reach firm findings, "
        f"{statement}. {filler('b')}.",
        f"{filler('c')}. As inspectors go on working toward their findings, "
        f"{statement}. {filler('d')}.",
    )
    (passage,) = find_shared_passages(documents).passages
    assert passage.consensus.startswith("the mill company")


def test_a_statement_that_ends_a_sentence_keeps_its_consensus_whole() -> None:
    """Two outlets share the end of a sentence ("..., but opportunity is not"): what both carry
    is the statement, so the consensus is all of it, not its last clause, and neither copy is
    marked."""
    shared = "spread evenly along the whole northern coast, but chance is not"
    documents = articles(
        f"{filler('a')}. He told the crowd that {shared}. {filler('b')}.",
        f"{filler('c')}. In his speech the mayor argued {shared}. {filler('d')}.",
    )
    (passage,) = find_shared_passages(documents).passages
    assert passage.consensus == shared
    assert all(not o.differences for o in passage.occurrences)


def _consensus_of_whole_texts(*texts: str) -> str:
    """The align stage's consensus of occurrences that are the whole of each text."""
    corpus = tokenise(articles(*texts))
    views = DocumentViews(corpus)
    windows = [Window(views[d], 0, len(views[d].starts)) for d in range(len(texts))]
    text, _, _ = align_stage._agree_windows(windows, AnchoredDiffer())
    return text


def test_words_grown_before_the_statement_join_it_as_an_outlet_wrote_them() -> None:
    """One occurrence opens with more words of its own than the others before the words they
    share: its first words lead the consensus only if it writes them right before the
    statement's first word, so the consensus never runs "It is with ... A statement issued
    by" together."""
    shared = ("the closure of the old library on Friday morning, after ninety years of "
              "service to the town and its schools")
    statement = f"A statement issued by the council spoke of its deep regret at {shared}"
    quoted = ("It is with the deepest sorrow and great sadness that the elected members of our "
              f"town now announce to all residents {shared}")
    assert _consensus_of_whole_texts(statement, statement, quoted) == statement
    # Written right before the statement's first word, they lead it.
    lead = "Speaking for the town, the mayor said:"
    assert (_consensus_of_whole_texts(statement, f"{lead} {statement}", f"{lead} {statement}")
            == f"{lead} {statement}")


def test_one_outlets_attribution_does_not_lead_the_consensus() -> None:
    """Two outlets print the statement alone, two open it with attributions of their own ("The
    mayor says", "City officials said"): the consensus is the statement, not the one
    attribution that happens to be grown onto it."""
    statement = ("The old bridge over the canal will close for repairs from Monday for at least "
                 "six weeks while engineers replace its rusted cables")
    reported = statement[0].lower() + statement[1:]
    assert _consensus_of_whole_texts(statement, statement, f"The mayor says {reported}",
                                     f"City officials said {reported}") == statement


def test_words_only_one_outlet_writes_before_the_statement_are_its_own() -> None:
    """One outlet prints a phrase of the statement in quotation marks right before it
    ('"a loyal friend". "What sad news..."'), which joins its occurrence; the others print the
    statement alone. The consensus is what two or more outlets carry: it starts with the
    statement, and the one outlet's phrase before it is marked as its own words."""
    statement = ("What sad news. I have lost a loyal friend and the valley has lost a legend. "
                 "There is much more to say, but for now may the family find strength.")
    assert _consensus_of_whole_texts(statement, statement, f'"a loyal friend". "{statement}"'
                                     ).startswith("What sad news")
    lead = '"a loyal friend". '
    documents = articles(f"{filler('a')}.\n\nThe old coach wrote: {lead}\"{statement}\"\n\n"
                         f"{filler('b')}.",
                         f"{filler('c')}.\n\nHe wrote: \"{statement}\"\n\n{filler('d')}.",
                         f"{filler('e')}.\n\n\"{statement}\" he posted.\n\n{filler('f')}.")
    (passage,) = find_shared_passages(documents).passages
    assert passage.consensus.startswith("What sad news")
    assert passage.consensus.endswith("find strength")
    marked = _marked(documents, passage)
    assert marked["d1"] == [] and marked["d2"] == []
    (first,) = (o for o in passage.occurrences if o.document == "d0")
    assert documents[0].text[first.start:first.end].startswith("a loyal friend")
    assert marked["d0"] == ["a loyal friend"]


def test_a_majority_split_between_two_spellings_outvotes_a_minority_reading() -> None:
    """Five outlets write 'Marlow, her manager Ayo Mabena' (three of them) or 'Marlow, of her
    manager Ayo Mabena' (two), four write 'Marlow, we confirm her death, of her manager Ayo
    Mabena': the two spellings are one reading edited, five against four, and the consensus
    says "confirm" once (it said it twice, the four's words winning on a plurality: NU2)."""
    lead = "With great sorrow we confirm the death of the singer Dana Marlow,"
    tail = ("her manager Ayo Mabena and the two pilots of the small plane that crashed near "
            "the reservoir on Friday afternoon.")
    readings = ([f"{lead} {tail}"] * 3 + [f"{lead} of {tail}"] * 2
                + [f"{lead} we confirm her death, of {tail}"] * 4)
    documents = articles(*(f"{filler(tag)}.\n\n{text}\n\n{filler(tag + 'z')}."
                           for tag, text in zip("abcdefghi", readings, strict=True)))
    (passage,) = find_shared_passages(documents).passages
    assert passage.consensus.count("confirm") == 1
    assert "we confirm her death" not in passage.consensus
    # (the comma the reference writes after "Marlow" stays where the words after it are left
    # out: the five outlets write it too)
    assert "Dana Marlow, her manager" in passage.consensus
