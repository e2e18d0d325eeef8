"""An occurrence does not end on function words its sentence goes on from ("... on the motive of
the" offender / attacker): it ends before them (`viewer.engine.dangling_ends`; small hand-made
texts)."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

SHARED = ("The commissioner said it was too early to determine a motive and that it would be "
          "unhelpful to speculate on the motive of the")


def test_an_occurrence_ends_before_the_function_words_its_clause_goes_on_from() -> None:
    (passage,) = find_shared_passages(articles(
        f"{filler('a')}. {SHARED} offender at this stage. {filler('b')}.",
        f"{filler('c')}. {SHARED} attacker so soon. {filler('d')}.")).passages
    assert {o.text[-len("the motive"):] for o in passage.occurrences} == {"the motive"}


def test_function_words_that_end_the_clause_stay() -> None:
    """The same words ending the sentence in both: the statement's own end, kept."""
    shared = ("The commissioner said it was too early to determine a motive and that nobody "
              "knew yet what the attacker had come for")
    (passage,) = find_shared_passages(articles(
        f"{filler('a')}. {shared}. {filler('b')}.",
        f"{filler('c')}. {shared}. {filler('d')}.")).passages
    assert {o.text[-len("had come for"):] for o in passage.occurrences} == {"had come for"}


def test_a_negation_and_a_longer_run_of_function_words_stay() -> None:
    """"... that it would not" (then each outlet's own verb): the run "that it would" ends on
    a negation, nothing is cut; a run longer than DANGLING_WORDS is the statement's, kept."""
    shared = "The council had decided after a long debate about the budget that it would not"
    (passage,) = find_shared_passages(articles(
        f"{filler('a')}. {shared} raise taxes this year. {filler('b')}.",
        f"{filler('c')}. {shared} cut spending on schools. {filler('d')}.")).passages
    assert {o.text for o in passage.occurrences} == {shared}


def test_a_false_friend_is_judged_in_its_own_documents_language() -> None:
    """"den" is a German article and an English noun: in German reports among English ones
    (the ends' majority English) it is still the article their sentence goes on from."""
    german = ("Die Ermittler hatten den Verdächtigen nach einem Hinweis aus der Bevölkerung in "
              "seiner Wohnung im Leipziger Stadtteil Paunsdorf gefunden und noch in der Nacht "
              "über den")
    corpus = find_shared_passages(articles(
        f"{filler('a')}. {SHARED} offender at this stage. {filler('b')}.",
        f"{filler('c')}. {SHARED} attacker so soon. {filler('d')}.",
        f"{filler('e')}. {SHARED} crime today. {filler('f')}.",
        f"{filler('g')}. {german} Festgenommenen berichtet. {filler('h')}.",
        f"{filler('i')}. {german} weiteren Verlauf gar nichts gesagt. {filler('j')}."))
    ends = {o.text.split()[-1] for passage in corpus.passages for o in passage.occurrences}
    assert ends == {"motive", "Nacht"}


def test_an_english_report_keeps_a_word_that_is_a_function_word_elsewhere() -> None:
    """English "the war" (German "war": was) ends an English occurrence whose sentence goes
    on: a false friend is a function word only in its own language's documents."""
    shared = ("The commissioner said it was too early to determine a motive and that it would be "
              "unhelpful to speculate about the role of the war")
    corpus = find_shared_passages(articles(
        f"{filler('a')}. {shared} in the attack. {filler('b')}.",
        f"{filler('c')}. {shared} for the offender. {filler('d')}."))
    ends = {o.text.split()[-1] for passage in corpus.passages for o in passage.occurrences}
    assert ends == {"war"}


def test_an_occurrence_starts_after_words_that_belong_to_the_word_before() -> None:
    """Two outlets word a clause their own way and go on alike: the shared words begin with
    "and", or a Hindi postposition ("की", of: it belongs to the noun before it, each outlet's
    own), and the highlight read as cut off. Words that lean forward stay ("more than a dozen":
    a quantifier is part of the claim)."""
    shared = ("three missiles struck the Ain al-Asad airbase housing US troops overnight, the "
              "ministry said")
    (passage,) = find_shared_passages(articles(
        f"{filler('a')}. Iraqi forces fired back at the base and {shared}. {filler('b')}.",
        f"{filler('c')}. The militia retreated from the hills and {shared}. {filler('d')}."
    )).passages
    assert {o.text for o in passage.occurrences} == {shared}
    hindi = "विभिन्न धाराओं के तहत प्राथमिकी दर्ज कर 9 लोगों को गिरफ्तार किया है"
    (passage,) = find_shared_passages(articles(
        f"{filler('e')}. कल रात गुजरात पुलिस ने आरोपियों के खिलाफ आईपीसी की {hindi}। {filler('f')}.",
        f"{filler('g')}. मोरबी प्रशासन के अनुसार अब तक भारतीय दंड संहिता की {hindi}। "
        f"{filler('h')}.")).passages
    assert {o.text.split()[0] for o in passage.occurrences} == {"विभिन्न"}
    forward = ("more than a dozen ballistic missiles at two military bases in Iraq housing US "
               "troops, the Pentagon said")
    (passage,) = find_shared_passages(articles(
        f"{filler('i')}. In a broadcast on Wednesday morning state television said its forces "
        f"had launched {forward}. {filler('j')}.",
        f"{filler('k')}. Overnight the Revolutionary Guards, according to an agency close to "
        f"them, fired {forward}. {filler('l')}.")).passages
    assert {o.text for o in passage.occurrences} == {forward}


def test_function_words_before_an_opening_quotation_mark_are_cut_too() -> None:
    """Session 54's tester read a passage ending "... Derek Chauvin was a": the outlet went on
    'was a "necessary step"', the other '... was a “giant step”'. The sentence goes on into the
    quoted words; a comma before the mark ends the clause, and the words stay."""
    (passage,) = find_shared_passages(articles(
        f'{filler("a")}. {SHARED} "lone wolf" in the case. {filler("b")}.',
        f"{filler('c')}. {SHARED} “attacker” so soon. {filler('d')}.")).passages
    assert {o.text[-len("the motive"):] for o in passage.occurrences} == {"the motive"}
    clause = "The commissioner said it was too early to determine a motive and that it was"
    (passage,) = find_shared_passages(articles(
        f'{filler("a")}. {clause}, "in his words", too soon. {filler("b")}.',
        f"{filler('c')}. {clause}, “as he put it”, early. {filler('d')}.")).passages
    assert {o.text for o in passage.occurrences} == {clause}


def test_a_quotation_opened_with_the_marks_of_german_or_swedish_goes_on_too() -> None:
    """A review: German and Danish open with "»", Swedish and Finnish with "”", which the gap's
    marks read as closing ones: the sentence going on into them kept its "the"."""
    for opening, closing in (("»", "«"), ("”", "”"), ("„", "“")):
        (passage,) = find_shared_passages(articles(
            f"{filler('a')}. {SHARED} {opening}lone wolf{closing} here. {filler('b')}.",
            f"{filler('c')}. {SHARED} {opening}attacker{closing} so soon. {filler('d')}.")
        ).passages
        assert {o.text[-len("the motive"):] for o in passage.occurrences} == {"the motive"}


def test_a_clause_left_with_a_word_or_two_of_stock_is_cut_with_its_function_words() -> None:
    """"..., and two of them" (then each outlet's own verb): the function words go, and what
    is left of the clause after its comma, "and two", says nothing of its own: the occurrence
    ends with the clause before it, not on a sentence cut off ("with minor injuries, and
    two.", as a consensus read it)."""
    shared = ("The ferry company said that four crew members and eleven passengers had been "
              "taken to the harbour clinic with minor injuries, and two of them")
    (passage,) = find_shared_passages(articles(
        f"{filler('a')}. {shared} had gone home by the evening. {filler('b')}.",
        f"{filler('c')}. {shared} were discharged later on. {filler('d')}.")).passages
    assert {o.text[-len("minor injuries"):] for o in passage.occurrences} == {"minor injuries"}
    assert passage.consensus.endswith("minor injuries")


def test_a_clause_of_its_own_words_after_a_comma_stays() -> None:
    """"..., and two ferries of the" keeps "and two ferries": the clause says something."""
    shared = ("The ferry company said that four crew members and eleven passengers had been "
              "taken to the harbour clinic with minor injuries, and two ferries of the")
    (passage,) = find_shared_passages(articles(
        f"{filler('a')}. {shared} fleet stayed in port. {filler('b')}.",
        f"{filler('c')}. {shared} company were held back. {filler('d')}.")).passages
    assert {o.text[-len("two ferries"):] for o in passage.occurrences} == {"two ferries"}
