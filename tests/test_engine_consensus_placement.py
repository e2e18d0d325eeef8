"""Where the consensus places a piece of a statement the reference occurrence lacks
(`viewer.engine.shared_pieces`): by the outlets that print it next to the rest, even when the
outlet it is taken from prints nothing else of the statement; a quoted sentence an outlet ends
with a comma before its attribution is a whole sentence; and the consensus reads on past an
outlet's closing quotation mark (`viewer.engine.consensus_text`). Small hand-made corpora."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

FIRST = ("After many weeks of talks with the council, the rowing club has chosen to leave the "
         "old boathouse on the river this year.")
SECOND = ("We intend to rebuild on the lake shore and to keep our junior teams training "
          "without a break through the summer.")
LONG = ("We now plan to share our time between the lake and the river, keeping our berths at "
        "the old quay for the regatta. This will let our members race on both waters, while "
        "giving the club the room it needs for the new boats, including the eight we ordered "
        "last spring from the yard at Hollin.")
OWN = "It is thanks to your support over many seasons that we can take this step now."


def test_pieces_a_quoting_outlet_carries_go_where_the_outlet_printing_all_has_them() -> None:
    """One outlet quotes the first two sentences apart, ending the first with a comma before
    its attribution, and nothing else; another prints them and, after a sentence of its own,
    the long paragraph the others print: the consensus is all of it, in that order."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n“{FIRST[:-1]},” the club said.\n\n“{SECOND}” it added.\n\n"
        f"{filler('b')}.",
        f"{filler('c')}. The club said:\n\n“{FIRST} {SECOND}\n\n{OWN}\n\n{LONG}”\n\n"
        f"{filler('d')}.",
        f"{filler('e')}.\n\n“{LONG}”\n\n{filler('f')}.",
        f"{filler('g')}.\n\n“{LONG}”\n\n{filler('h')}.",
    ))
    (passage,) = result.passages
    assert passage.consensus == f"{FIRST} {SECOND} {LONG}".rstrip(".")
    assert all(not o.differences for o in passage.occurrences)


def _consensus_with_first_printed(before: int, after: int) -> str:
    """The consensus when one outlet quotes FIRST alone, `before` outlets print it before LONG
    and `after` outlets after it (each with words of its own between), and two print LONG
    alone."""
    texts = [f"{filler('a')}.\n\n“{FIRST}” the club said.\n\n{filler('b')}."]
    texts += [f"{filler(f'c{k}')}.\n\n“{FIRST}\n\n{filler(f'o{k}', 12)}.\n\n{LONG}”\n\n"
              f"{filler(f'd{k}')}." for k in range(before)]
    texts += [f"{filler(f'e{k}')}.\n\n“{LONG}\n\n{filler(f'p{k}', 12)}.\n\n{FIRST}”\n\n"
              f"{filler(f'f{k}')}." for k in range(after)]
    texts += [f"{filler(f'g{k}')}.\n\n“{LONG}”\n\n{filler(f'h{k}')}." for k in range(2)]
    (passage,) = find_shared_passages(articles(*texts)).passages
    return passage.consensus


def test_a_piece_goes_where_most_outlets_printing_the_rest_have_it() -> None:
    assert _consensus_with_first_printed(2, 1) == f"{FIRST} {LONG}".rstrip(".")
    assert _consensus_with_first_printed(1, 2) == f"{LONG} {FIRST}".rstrip(".")


def test_a_piece_outlets_place_as_often_before_as_after_goes_at_the_end() -> None:
    assert _consensus_with_first_printed(1, 1) == f"{LONG} {FIRST}".rstrip(".")


def test_a_first_paragraph_a_few_unshared_words_before_the_rest_stays_in_the_consensus() -> None:
    """a prints a speech's first paragraph as its own text and the rest in single quotation
    marks, the second paragraph opening with two words nobody else prints ("The timetable"):
    two occurrences in a, a paragraph break and two words apart. b and c each word the first
    paragraph their own way, so no sentence of it is printed alike twice. The consensus is
    read on a's occurrences together, so it still opens with the first paragraph."""
    first_a = ("It is clearly now the will of the party that there should be a new leader and "
               "therefore a new prime minister, and I agreed with the chairman that the process "
               "of choosing that leader should begin now.")
    first_b = ("It is clear that the will of the party is to have a new leader and therefore a "
               "new prime minister, and I agreed with the chairman that the process of electing "
               "that new leader should start now and the schedule will be announced next week.")
    first_c = ("It is now clearly the will of the party that there should be a new leader and "
               "therefore a new prime minister, and I have agreed with the chairman that the "
               "process of choosing that leader should begin now.")
    second = ("I have today appointed a cabinet to serve, as I will, until a new leader is in "
              "place, and I want to thank the millions of people who voted for us in the last "
              "election.")
    third = ("The reason I fought so hard to continue to deliver that mandate in person was my "
             "duty and my obligation to all of you.")
    a = (f"{filler('a')}.\n\n{first_a}\n‘The timetable will be announced next week. {second}\n"
         f"‘{third}’\n\n{filler('b')}.")
    b = f"{filler('c')}.\n\n“{first_b} {second}\n\n“{third}”\n\n{filler('d')}."
    c = (f"{filler('e')}.\n\n“{first_c}” he began.\n\nHe said a new timetable would come. "
         f"{filler('f')}.\n\n“{second}”\n\n{filler('g')}.")
    (passage,) = find_shared_passages(articles(a, b, c)).passages
    assert len([o for o in passage.occurrences if o.document == "d0"]) == 2
    assert passage.consensus.startswith(first_a[:-1])
    assert passage.consensus.endswith(third[:-1])


def test_a_word_opening_one_outlets_sentence_reads_in_lower_case_after_anothers_words() -> None:
    """The main copy opens its quotation with "Is dead today ..."; two other outlets print the
    sentence's opening before it ("..., Anselm, is dead today ..."). The consensus joins their
    opening to the main copy and writes the word as the sentence it is in reads it."""
    head = "With great sorrow I report that the retired bishop of the northern diocese, Anselm,"
    tail = ("is dead today at twenty past nine in the old monastery by the lake where he had "
            "lived since he stepped down")
    more = (". Further news will be given as soon as possible, and the funeral will be held in "
            "the cathedral next week.")
    opened = f"The diocese said on Saturday: “{tail[0].upper()}{tail[1:]}{more}”"
    texts = [f"{filler(tag)}. {opened}\n\n{filler(tag + 'z')}." for tag in ("a", "d")]
    texts += [f"{filler(tag)}. “{head} {tail}.” {filler(tag + 'z')}." for tag in ("b", "c")]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert f"{head} {tail}" in passage.consensus
