"""A paragraph of speech printed without its opening quotation mark ('... to help,” Biden said'):
quoted from the paragraph's start to its closing mark, so a few words of it link to another
outlet's quotation of them; a ” that opens a quotation, an inch mark, a paragraph holding other
marks or one with no attribution after the mark quote nothing (small hand-made texts)."""

from __future__ import annotations

from viewer.engine import find_shared_passages
from viewer.engine.quotations import quoted_spans

from .engine_texts import articles, filler


def _quoted(text: str) -> list[str]:
    return [text[start:end] for start, end in quoted_spans(text, 0)]


def test_a_paragraph_closed_by_a_mark_and_a_reporting_verb_is_quoted_from_its_start() -> None:
    text = ("Intro line.\n\nThe federal government will do everything it can to help,” Biden "
            "said on Saturday.\n\nA palavra que quero deixar agora é de conforto”, realçou.\n\n"
            "Rescue teams will work through the night,” the state's governor said.")
    assert _quoted(text) == ["The federal government will do everything it can to help,",
                             "A palavra que quero deixar agora é de conforto",
                             "Rescue teams will work through the night,"]


def test_a_paragraph_after_one_ending_with_a_colon_needs_no_attribution() -> None:
    text = ("En una transmisión nacional, Boric anunció:\n\nTengo la confirmación de que hay "
            "40 personas fallecidas”.\n\nLa cifra aumentará durante la noche”.")
    assert _quoted(text) == ["Tengo la confirmación de que hay 40 personas fallecidas"]


def test_marks_that_are_not_a_lost_opening_quote_nothing() -> None:
    """A ” opening a quotation after a space (the quotation it opens, from its own mark on), an
    inch mark before a noun, a paragraph with two marks, and one with the outlet's clause (no
    reporting verb) after the mark."""
    text = ("Fuat Oktay, ”İstiklal Caddesi’nde talihsiz bir olay” dedi.\n\n"
            "A 5” pipe burst under the street on Monday.\n\n"
            "Sunak said he was” saddened” to learn of the death.\n\n"
            "The water rose over the bridge” and the road was closed.")
    assert _quoted(text) == ["İstiklal Caddesi’nde talihsiz bir olay"]


def test_inch_marks_opening_marks_and_paragraphs_quoted_already_are_left_alone() -> None:
    """An inch mark with an attribution after it; a ” that opens a quotation after a space; a
    paragraph a quotation found already reaches (one opened at the paragraph before and closed
    here, or a Dutch one); a paragraph after a mark left open inside a sentence; a colon ending a
    line before the body."""
    assert _quoted("The suspect is a white male, about 5’10”, police said.\n\n"
                   "Inspectors found a 12” crack, the utility said.") == []
    assert _quoted("He told reporters ”we will rebuild the town, he said.") == []
    assert _quoted("“We will rebuild the town and the school\n\nand the bridge over the river,” "
                   "she said.") == ["We will rebuild the town and the school\n\nand the bridge "
                                    "over the river,"]
    assert _quoted("The mayor called it “a disaster for all of us\n\nWe will rebuild the "
                   "town,” she said.") == []
    # (a Dutch quotation, ,,...”, is found whole already: once, even in the middle of its
    # paragraph)
    assert _quoted(",,Wij gaan de stad herbouwen,” zei de burgemeester.") == [
        "Wij gaan de stad herbouwen,"]
    assert _quoted("Drie gewonden zijn er ernstig aan toe. ,,We gaan uit van een terroristisch "
                   "motief”, aldus Van Zanen.") == ["We gaan uit van een terroristisch motief"]
    # (but a single-quoted phrase inside the speech leaves it speech)
    assert _quoted("Rescue teams will work through what they call ‘the pile’ all night,” the "
                   "governor said.") == ["Rescue teams will work through what they call ‘the "
                                         "pile’ all night,", "the pile"]
    text = "Author:\n\nRescue teams will work through the night”."
    assert [text[start:end] for start, end in quoted_spans(text, text.index("Rescue"))] == []


def test_a_stray_closing_mark_before_does_not_hide_a_paragraph() -> None:
    assert _quoted("A 5” pipe burst on Monday.\n\nWe will fix it by tonight,” the mayor said.") == [
        "We will fix it by tonight,"]


def test_speech_may_open_with_an_inverted_mark() -> None:
    assert _quoted("¡Esto es una tragedia para todo el país!”, dijo el alcalde.") == [
        "¡Esto es una tragedia para todo el país!"]


def test_a_quoted_fragment_links_to_a_paragraph_that_lost_its_opening_mark() -> None:
    """Four words one outlet quotes, which the other prints in a paragraph of speech whose
    opening mark the page lost: a quoted fragment on both sides, one passage."""
    texts = [f"{filler('a')}.\n\nThe president vowed to \u201cspare no federal resource\u201d "
             f"on Saturday.\n\n{filler('b')}.",
             f"{filler('c')}.\n\nWe will spare no federal resource for these families and "
             f"towns,\u201d Biden said in Wilmington.\n\n{filler('d')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2


def test_a_ukrainian_paragraph_attributed_after_its_mark_is_quoted() -> None:
    """'... події”, – написав він.': Ukrainian reporting verbs are the engine's vocabulary too
    (`viewer.engine.reporting_words_uk`)."""
    text = ("Вступ.\n\nНа місці працюють всі профільні та спеціалізовані служби. Триває огляд "
            "місця події”, – написав він.\n\nВсі служби працюють на місці події”, – заявила "
            "речниця.")
    assert _quoted(text) == [
        "На місці працюють всі профільні та спеціалізовані служби. Триває огляд місця події",
        "Всі служби працюють на місці події"]
