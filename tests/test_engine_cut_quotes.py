"""Quotations the page cuts off, and quoted pieces that end a word or two before the
quotation's closing mark, are still read as quotations of one statement (small hand-made
corpora, no sample or real-article text)."""

from __future__ import annotations

from viewer.engine import find_shared_passages
from viewer.engine.fragments import quoted_token_ranges
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler

QUOTE = "The flood is worse than anything this valley has seen in years"


def _quoted_words(text: str) -> list[str]:
    corpus = tokenise(articles(text))
    first, end = quoted_token_ranges(corpus)
    return [text[int(corpus.starts[a]):int(corpus.ends[b - 1])] for a, b in zip(first, end,
                                                                               strict=True)]


def test_a_quotation_the_page_cuts_off_is_a_quotation() -> None:
    assert _quoted_words(f"{filler('a')}. The mayor called it “worse than anything this \n") == [
        "worse than anything this"]
    # a closing straight mark followed by more text opens nothing; a closed quotation stays
    assert _quoted_words(f'{filler("a")}. She said "it is over." Then she left') == [
        "it is over"]
    assert _quoted_words(f"{filler('a')}. She said “it is over” and\nleft the room") == [
        "it is over"]


def test_a_quoted_phrase_the_page_cuts_off_links_to_the_whole_quotation() -> None:
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n“{QUOTE},” the mayor said on Friday. {filler('b')}.",
        f"{filler('c')}.\n\nThe mayor said the flood was “worse than anything this valley \n"))
    (passage,) = result.passages
    assert passage.spread == 2


SECOND = "Every family that lost a home will have a roof over its head before the winter comes"


def test_a_piece_ending_just_before_the_closing_mark_joins_the_rest_of_the_quotation() -> None:
    """d0: '"... the valley has seen since the war," she said. "Every family ..."'; d1 quotes
    the second sentence, d2 a phrase of the first that stops two words before its end: one
    quotation split by its attribution, one passage."""
    result = find_shared_passages(articles(
        f"{filler('a')}. “{QUOTE},” she said. “{SECOND}.” {filler('b')}.",
        f"{filler('c')}. The mayor promised: “{SECOND}.” {filler('d')}.",
        f"{filler('e')}. She called it “worse than anything this valley has seen” on Friday. "
        f"{filler('f')}."))
    (passage,) = result.passages
    assert passage.spread == 3


def test_a_paragraph_of_a_statement_quoted_in_one_pair_of_marks_is_one_quotation() -> None:
    """Five sentences of a statement, some 560 characters, in one pair of marks: one
    quotation, so a phrase another outlet quotes from it is a quoted fragment on both sides."""
    sentences = ("Across the generations he became part of the life of this country. He won "
                 "people over with a generosity that his concerts showed, sometimes gigantic, "
                 "sometimes intimate, in vast arenas and in small village halls. He never grew "
                 "old because he never cheated. Because he stayed simple and in love with life. "
                 "And because he knew that the secret of not growing old is to have several "
                 "lives, one after the other, each of them lived to the full until the very end, "
                 "and then began again the next morning with the same appetite for the road.")
    assert 500 < len(sentences) <= 600
    text = f"{filler('a')}.\n\n“{sentences}” the statement continued.\n\n{filler('b')}."
    assert _quoted_words(text) == [sentences.rstrip(".")]


def test_the_mark_that_closes_a_german_quotation_opens_no_cut_off_one() -> None:
    """„...“: the last mark of the last line is “, an opening one in English but the closing
    one here; the attribution after it is no quotation."""
    assert _quoted_words(f"{filler('a')}. „Ich bin unendlich traurig“, wird Rudi Völler "
                         "zitiert.") == ["Ich bin unendlich traurig"]
    assert _quoted_words(f"{filler('a')}. Sie sagte: „Wir werden es schaffen") == [
        "Wir werden es schaffen"]


def test_a_quote_opening_with_an_elided_article_is_found_without_it() -> None:
    """« l'immense vie de cinéma »: the outlet writes the article onto the word; the minister
    wrote "cette immense vie de cinéma". The fragment links the two from its word on."""
    said = ("Merci Alain pour cette immense vie de cinéma et pour tout le reste, a écrit "
            "le ministre Bruno Lemaire")
    result = find_shared_passages(articles(
        f"{filler('a')}. « {said} », sur X. {filler('b')}.",
        f"{filler('c')}. La classe politique a salué dimanche « l'immense vie de cinéma » de "
        f"l'acteur. {filler('d')}."))
    (passage,) = result.passages
    assert sorted(o.text for o in passage.occurrences) == [
        "immense vie de cinéma", "l'immense vie de cinéma"]


def test_a_quote_opening_with_an_elided_article_is_still_found_as_written() -> None:
    """Two outlets quote « l'immense vie de cinéma » alike: looked for from its word as well,
    the fragment still links the two quotations written the same."""
    result = find_shared_passages(articles(
        f"{filler('a')}. La classe politique a salué « l'immense vie de cinéma » de l'acteur. "
        f"{filler('b')}.",
        f"{filler('c')}. Le ministre évoque « l'immense vie de cinéma » du comédien. "
        f"{filler('d')}."))
    (passage,) = result.passages
    assert [o.text for o in passage.occurrences] == ["l'immense vie de cinéma"] * 2


def test_a_french_quotation_cut_off_after_a_closed_one_is_a_quotation() -> None:
    """« ... » then « cut off: the guillemets before the last are a pair, so the last opens a
    quotation (German »...« closes with «: one guillemet before it, an odd count)."""
    assert _quoted_words(f"{filler('a')}. Il a parlé de « rupture » puis a ajouté : « nous ne "
                         "céderons rien") == ["rupture", "nous ne céderons rien"]


def test_german_guillemets_pointing_inwards_are_a_quotation() -> None:
    """»...« (German, as Der Spiegel prints it) quotes as „...“ does: a fragment so quoted
    links to the statement; French « ... », with spaces inside, and the » opening a French
    quotation's later paragraph are read as before."""
    assert _quoted_words(f"{filler('a')}. »Ich bin unendlich traurig«, sagte er. »Er war ein "
                         "Freund«, fügte er hinzu.") == ["Ich bin unendlich traurig",
                                                        "Er war ein Freund"]
    assert _quoted_words(f"{filler('a')}. Il a dit « rupture » puis « nous ne céderons "
                         "rien ».") == ["rupture", "nous ne céderons rien"]
    assert _quoted_words(f"{filler('a')}.\n\n» Texte suivi, dit-il. Puis « ici » encore.") == [
        "ici"]
    result = find_shared_passages(articles(
        f"{filler('b')}. „Er war ein Weltbürger des Fußballs, der uns allen fehlen wird“, "
        f"schrieb Scholz. {filler('c')}.",
        f"{filler('d')}. Der Kanzler nannte ihn »ein Weltbürger des Fußballs«. {filler('e')}."))
    (passage,) = result.passages
    assert [o.text for o in passage.occurrences] == ["ein Weltbürger des Fußballs"] * 2


def test_a_statement_printed_last_and_never_closed_is_one_quotation() -> None:
    """The page prints the statement after a colon, last, its closing mark lost: the quotation
    runs to the text's end, so two outlets quoting its first and last paragraphs link through
    it. A quotation closed with the wrong mark and followed by story text is not so read."""
    first = ("Het is geen geheim dat de partners heel verschillend denken over het beleid voor "
             "de havens")
    last = ("Dat is zeer betreurenswaardig, maar het is tegelijk een realiteit waar we niet "
            "omheen kunnen")
    statement = (f"{filler('a')}. De premier kwam met de volgende verklaring:\n\n“{first}. "
                 f"{filler('x', 8)}.\n\nIk heb de koning vandaag ingelicht.\n\n{last}.\n")
    (passage,) = find_shared_passages(articles(
        statement, f"{filler('b')}. „{first}”, zei de premier. {filler('c')}.",
        f"{filler('d')}. „{last}”, aldus de premier. {filler('e')}.")).passages
    assert sorted(o.document for o in passage.occurrences) == ["d0", "d0", "d1", "d2"]
    assert _quoted_words(f"{filler('a')}.\n\n“I am looking forward to it, let’s get married!’ "
                         "she said.\n\nAt just 37, she became leader.\n") == []


def test_dutch_quotation_marks_are_a_quotation() -> None:
    """,,...’’ as Dutch papers print it: a quotation, so a phrase quoted so links to the
    statement as a fragment; two commas in a number are none."""
    assert _quoted_words(f"{filler('a')}. Hij zei: ,,Dat is zeer jammer.’’ En hij ging.") == [
        "Dat is zeer jammer"]
    assert _quoted_words(f"{filler('a')}. De getallen 1,,2 en meer.") == []
    (passage,) = find_shared_passages(articles(
        f"{filler('b')}. „Het is geen geheim dat de partners heel verschillend denken over de "
        f"havens”, zei de premier. {filler('c')}.",
        f"{filler('d')}. De premier sprak van ,,heel verschillend denken over de havens’’. "
        f"{filler('e')}.")).passages
    assert [o.text for o in passage.occurrences] == ["heel verschillend denken over de havens"] * 2
