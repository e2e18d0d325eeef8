"""Pieces one article quotes of a text another prints whole (a speech, a statement) are one
passage, the whole text's occurrence running on between them; another statement reported
between them on the whole side keeps them apart (small hand-made corpora, no sample or
real-article text)."""

from __future__ import annotations

from viewer.corpus import Article
from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

OPENING = ("I have come to the decision that my strength is no longer equal to the duties of "
           "this office, and I will step down at the end of the month.")
MIDDLE_OF_SPEECH = ("I thank every member of this council for the patience and the work with "
                    "which you have carried me through these years, and I ask your pardon for "
                    "the faults I could not mend in time.")
CLOSING = ("In the years left to me I wish to serve this city quietly, through a life given to "
           "the garden school and to the old library by the river.")


def test_two_pieces_quoted_of_a_speech_another_prints_whole_are_one_passage() -> None:
    """d0 prints the speech whole, d1 quotes its first and last sentences in two quotations
    with its own words between: one statement, and d0's occurrence runs on between them."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\nDear friends,\n\n{OPENING}\n\n{MIDDLE_OF_SPEECH}\n\n{CLOSING}\n\n"
        f"{filler('b')}.",
        f"{filler('c')}.\n\nThe mayor spoke for ten minutes. “{OPENING}” She then thanked the "
        f"volunteers of the flood year by name. “{CLOSING}”\n\n{filler('d')}."))
    (passage,) = result.passages
    assert passage.spread == 2
    (whole,) = passage.occurrences_in("d0")
    assert MIDDLE_OF_SPEECH in whole.text
    assert len(passage.occurrences_in("d1")) == 2


def test_another_statement_reported_between_on_the_whole_side_stays_apart() -> None:
    """The same quotations, but d0 carries the first as a statement and then reports another
    one unquoted ("In a separate statement, the council said"): two statements."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{OPENING}\n\nIn a separate statement published in the evening, "
        f"the council said {CLOSING[:1].lower()}{CLOSING[1:]}\n\n{filler('b')}.",
        f"{filler('c')}.\n\nThe mayor spoke for ten minutes. “{OPENING}” She then thanked the "
        f"volunteers of the flood year by name. “{CLOSING}”\n\n{filler('d')}."))
    assert len(result.passages) == 2


def test_the_quoting_articles_own_words_between_its_quotations_stay_its_own() -> None:
    """d1's words between its two quotations of the speech are its own, even where a third
    article says the same ("the first mayor of Varrow to resign in decades"): that
    phrase does not join the speech, which d0 prints whole; it links d1 and d2 apart."""
    phrase = "the first mayor of Varrow to resign in decades"
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\nDear friends,\n\n{OPENING}\n\n{MIDDLE_OF_SPEECH}\n\n{CLOSING}\n\n"
        f"{filler('b')}.",
        f"{filler('c')}.\n\nThe mayor spoke for ten minutes. “{OPENING}”\n\nShe became {phrase}."
        f"\n\n“{CLOSING}”\n\n{filler('d')}.",
        f"{filler('e')}. Ilse Maren was {phrase}, the council's records show. {filler('f')}."))
    assert sorted(passage.spread for passage in result.passages) == [2, 2]


SORROW = "This is the hour of our deepest grief, the valley has lost its kindest healer"
FATHER = "The valley has lost its kindest healer. Our families have lost a second mother"


def test_two_pieces_of_a_speech_no_outlet_prints_whole_join_through_the_sentence_both_quote(
) -> None:
    """d0 and d1 quote one stretch of a speech, d2 and d3 another; the stretches share a
    clause quoted word for word ("the valley has lost its kindest healer"), shorter than a
    statement: one statement in four documents."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n“{SORROW},” said the governor on Friday.\n\n{filler('b')}.",
        f"{filler('c')}.\n\n“{SORROW},” the governor said in a message.\n\n{filler('d')}.",
        f"{filler('e')}.\n\n“{FATHER},” the governor told reporters.\n\n{filler('f')}.",
        f"{filler('g')}.\n\nThe governor was moved. “{FATHER}.”\n\n{filler('h')}."))
    (passage,) = result.passages
    assert passage.spread == 4


def test_two_quotes_sharing_words_that_are_no_whole_clause_stay_two_statements() -> None:
    """The same, but the words both quote are no whole clause on one side ("for the valley
    ...": two translations of one remark share runs of words like this): two statements."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n“{SORROW.replace(', the', ', for the')},” said the governor on "
        f"Friday.\n\n{filler('b')}.",
        f"{filler('c')}.\n\n“{SORROW.replace(', the', ', for the')},” the governor said in a "
        f"message.\n\n{filler('d')}.",
        f"{filler('e')}.\n\n“{FATHER},” the governor told reporters.\n\n{filler('f')}.",
        f"{filler('g')}.\n\nThe governor was moved. “{FATHER}.”\n\n{filler('h')}."))
    assert len(result.passages) == 2


def test_two_quotes_sharing_an_unquoted_phrase_stay_two_statements() -> None:
    """The same two stretches, but the clause they share is the outlets' own sentence on one
    side, unquoted (a whole sentence there, so only the quotation marks tell): two
    statements."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n“{SORROW},” said the governor on Friday.\n\n{filler('b')}.",
        f"{filler('c')}.\n\n“{SORROW},” the governor said in a message.\n\n{filler('d')}.",
        f"{filler('e')}.\n\nThe valley has lost its kindest healer. "
        f"“Our families have lost a second mother,” the governor told reporters after the "
        f"service in the old chapel.\n\n{filler('f')}.",
        f"{filler('g')}.\n\nThe valley has lost its kindest healer. "
        f"“Our families have lost a second mother,” the governor told reporters after the "
        f"service in the old chapel.\n\n{filler('h')}."))
    assert len(result.passages) == 2


def test_a_loose_quote_never_relays_a_sentence_both_quote_into_a_merge() -> None:
    """The statements of the test above that stay two (d0/d1's "..., for the valley has lost
    its kindest healer" is no whole clause), and a nurse's quote of that clause alone, which
    no long match makes a statement: it matches both statements alike, as a whole clause
    only with d2 and d3's. Whichever statement it joins, the two stay two, whatever the
    articles are called (the order the matches are taken in follows the names)."""
    texts = [
        f"{filler('a')}.\n\n“{SORROW.replace(', the', ', for the')},” said the governor on "
        f"Friday.\n\n{filler('b')}.",
        f"{filler('c')}.\n\n“{SORROW.replace(', the', ', for the')},” the governor said in a "
        f"message.\n\n{filler('d')}.",
        f"{filler('e')}.\n\n“{FATHER},” the governor told reporters.\n\n{filler('f')}.",
        f"{filler('g')}.\n\nThe governor was moved. “{FATHER}.”\n\n{filler('h')}.",
        f"{filler('i')}.\n\nAt the chapel door a nurse wept. “The valley has lost its kindest "
        f"healer,” she said.\n\n{filler('j')}."]
    for names in (["b1", "b2", "c1", "c2", "a"], ["c1", "c2", "b1", "b2", "a"]):
        result = find_shared_passages([Article(name, text, name)
                                       for name, text in zip(names, texts, strict=True)])
        assert len(result.passages) == 2, names


def test_two_events_statements_ending_in_one_quoted_sentence_stay_apart() -> None:
    """A flood's statement and a shooting's, each quoted by two outlets, both end in the same
    condolence, quoted word for word as a whole sentence ("Our hearts go out to the
    victims"). Pieces of one speech overlap: the sentence ends one quotation and opens the
    other. Here it ends both, after different words: two texts that end alike, not two pieces
    of one, and two events (a link between them is the worst outcome)."""
    flood = ("The floodwaters destroyed more than forty homes along the Kavu river on Sunday "
             "night. Our hearts go out to the victims")
    shooting = ("A gunman opened fire inside the Merino shopping centre shortly after lunch on "
                "Saturday. Our hearts go out to the victims")
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n“{flood},” said governor Amadi Kove.\n\n{filler('b')}.",
        f"{filler('c')}.\n\nGovernor Kove spoke in the evening. “{flood}.”\n\n{filler('d')}.",
        f"{filler('e')}.\n\n“{shooting},” the police chief told reporters.\n\n{filler('f')}.",
        f"{filler('g')}.\n\nThe chief of police was brief. “{shooting}.”\n\n{filler('h')}."))
    assert sorted(passage.spread for passage in result.passages) == [2, 2]


STATEMENT = ("Marco Delvi was above all a fighter, a man who was never afraid to defend his "
             "beliefs against the whole valley.")
STITCHED = "“Above all a fighter, among the most stubborn men of our history,” the mayor said."
"""Two pieces of STATEMENT in one pair of marks, the second reworded."""


def test_the_first_clause_of_a_stitched_quote_is_found_on_its_own() -> None:
    """d1 joins two pieces of the statement in one pair of marks, the second reworded: its
    first clause, four words, is still a quoted piece of the statement d0 prints whole. d2's
    quotation shares those four words with it too, but goes on inside the clause: not a
    piece of it."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n“{STATEMENT}”\n\n{filler('b')}.",
        f"{filler('c')}. {STITCHED} {filler('d')}.",
        f"{filler('e')}. “Above all a fighter for cheap bread in every village,” the baker "
        f"said. {filler('f')}."))
    (passage,) = result.passages
    assert passage.document_ids == ("d0", "d1")


def test_a_clause_of_a_quotation_links_no_two_long_texts() -> None:
    """Between two texts longer than news articles (two novels) the same quoted clause is a
    coincidence of dialogue: d1's first clause, a piece of d0's quotation between articles,
    links nothing here."""
    def long(tag: str) -> str:  # (2,100 words: longer than an article, no novel yet)
        return " ".join(filler(f"{tag}{chr(97 + k)}", 420) for k in range(5))
    result = find_shared_passages(articles(
        f"{long('a')}.\n\n“{STATEMENT}”\n\n{filler('b')}.",
        f"{long('c')}. {STITCHED} {filler('d')}."))
    assert result.passages == ()


def test_a_quote_a_short_unquoted_match_covers_is_still_looked_for() -> None:
    """d1 quotes four words of the board's statement in its own sentence, 'said it "no longer
    has confidence" in his'; d2 says the same seven words in its own sentence, unquoted. That
    short match needs evidence of its own and has none; d1's quote is still a fragment of the
    statement d0 prints."""
    result = find_shared_passages(articles(
        f"{filler('a')}. The board said in a statement: “Mr Vane was not consistently candid in "
        f"his communications with the board. The board no longer has confidence in his ability "
        f"to continue leading the company.” {filler('b')}.",
        f"{filler('c')}. Vane was fired on Friday after the board said it “no longer has "
        f"confidence” in his leadership. {filler('d')}.",
        f"{filler('e')}. Investors were stunned when the board said it no longer has confidence "
        f"in Vane, a founder. {filler('f')}."))
    (passage,) = result.passages
    assert passage.document_ids == ("d0", "d1")
