"""Quoted pieces by their shape: a quoted title of a work is no statement's fragment (a title-case
headline's quote is one); a match a word or two wider than a quotation does not hide it from the
fragment search; the halves of a quotation an attribution splits are one statement when the
attribution, not the quotation, puts them apart (small hand-made corpora, no sample or
real-article text)."""

from __future__ import annotations

import pytest

from viewer.engine import find_shared_passages
from viewer.passages import AlignmentResult

from .engine_texts import articles, filler

BOOK = ("The best-known astronomer of her age, she wrote so plainly about dark stars that her "
        "book, {open}A Short Guide to Stars{close}, sold millions of copies abroad.")


def _documents(result: AlignmentResult) -> list[set[str]]:
    return [{occurrence.document for occurrence in passage.occurrences}
            for passage in result.passages]


def test_a_quoted_title_of_a_work_joins_no_statement() -> None:
    result = find_shared_passages(articles(
        f"{filler('a')}. {BOOK.format(open='‘', close='’')} {filler('b')}.",
        f"{filler('c')}. {BOOK.format(open='“', close='”')} {filler('d')}.",
        f"{filler('e')}. Readers queued at bookshops on Friday for copies of “A Short Guide to "
        f"Stars” after the news. {filler('f')}."))
    assert _documents(result) == [{"d0", "d1"}]


def test_a_title_case_headline_quoting_a_statement_is_linked() -> None:
    said = "“Water levels are falling fast and the worst is over,” the mayor {said}."
    result = find_shared_passages(articles(
        f"Mayor Says ‘Water Levels Are Falling Fast’ After Storm\n\n{filler('a')}.",
        f"{filler('b')}. {said.format(said='said on Friday')} {filler('c')}.",
        f"{filler('d')}. {said.format(said='told reporters')} {filler('e')}."))
    assert _documents(result) == [{"d0", "d1", "d2"}]


@pytest.mark.parametrize("ellipsis", [" …", "...", " […]", " (...)"])
def test_a_quotation_cut_with_an_ellipsis_is_a_statements_words_not_a_title(
        ellipsis: str) -> None:
    """“Despite Harwell Rovers and Tomas Ekwueme …”: names and small words, every one
    capitalised, but the ellipsis says the outlet cut a sentence short; a work's title is
    quoted whole. (The page's last quotation, left unclosed, as a truncated page gives it.)"""
    statement = ("Despite Harwell Rovers and Tomas Ekwueme having reached an agreement and the "
                 "clear intention of both parties to sign a new contract today, this cannot "
                 "happen because of financial and structural obstacles.")
    result = find_shared_passages(articles(
        f"{filler('a')}. {statement} {filler('b')}.",
        f"{filler('c')}. {statement} {filler('d')}.",
        f"{filler('e')}. The club said on Thursday. “Despite Harwell Rovers and Tomas Ekwueme"
        f"{ellipsis}\n"))
    assert _documents(result) == [{"d0", "d1", "d2"}]


def test_a_match_a_word_wider_than_a_quotation_does_not_hide_it() -> None:
    said = ("“He achieved more than could be expected of any man. Today he has gone home,” "
            "Hale said {where}.")
    result = find_shared_passages(articles(
        f"Hale: Okoro ‘achieved more than could be expected of any man’\n\n{filler('a')}.",
        f"{said.format(where='at the palace')} {filler('b')}.",
        f"{said.format(where='on Thursday')} {filler('c')}."))
    assert _documents(result) == [{"d0", "d1", "d2"}]


def test_a_quotation_printed_unquoted_elsewhere_is_linked() -> None:
    """A post's first sentence, of names and small words ("We all have in us something of
    Johnny Tamber"), quoted whole by two outlets; two others print the whole post as it was,
    unquoted: one statement in all four (the quotation marks are the evidence, the short match
    between a quotation and the unquoted post is none)."""
    post = "We all have in us something of Johnny Tamber"
    rest = ("His fans are in tears tonight. We will never forget his name, his face or his "
            "voice.")
    result = find_shared_passages(articles(
        f"{filler('a')}. “{post},” the president wrote. {filler('b')}.",
        f"{filler('c')}. He was the first to react: “{post}”. {filler('d')}.",
        f"{post}. {rest}\n\n— Ilan Varo (@ilanvaro) 6 December\n\n{filler('e')}.",
        f"{filler('f')}.\n\n{post}. {rest}\n\n{filler('g')}."))
    assert _documents(result) == [{"d0", "d1", "d2", "d3"}]


FIRST = "one of the countless millions"
SECOND = ("And like so many around the globe, I cannot fully imagine my own life without the "
          "example that he set")


def _split(between: str) -> list[set[str]]:
    return _documents(find_shared_passages(articles(
        f"{filler('a')}. “I am {FIRST} who drew inspiration from Nelson Okoro's life,”{between}“"
        f"{SECOND}.” {filler('b')}.",
        f"{filler('c')}. He said he was “{FIRST}” who drew inspiration from him.\n\n“{SECOND},” "
        f"the president said. {filler('d')}.",
        f"{filler('e')}. “{SECOND},” the president said. {filler('f')}.")))


def test_the_halves_of_a_quotation_an_attribution_splits_are_one_statement() -> None:
    # five words apart: three of the quotation's own, two of attribution
    assert _split(" he continued. ") == [{"d0", "d1", "d2"}]
    assert _split(" the president said in a statement on Thursday. ") == [{"d0", "d1", "d2"}]
    # (Spanish attributes with "definió" (defined) and "calificó" (called) too)
    assert _split(", definió al poeta el presidente Pedro Alcañiz: ") == [{"d0", "d1", "d2"}]


def test_quotations_with_other_words_between_stay_apart() -> None:
    """Words of the outlet's own between the two quotations: no halves of one quotation (and no
    outlet attributes both to one speaker: d1's second quotation is "the president's", the
    first a pronoun's)."""
    assert len(_split(" and a crowd gathered outside the gates. ")) == 2


def test_a_quoted_word_inside_shared_story_text_does_not_cut_its_sentence() -> None:
    """Two outlets print one sentence of wire copy that quotes a word ('called the strike
    "cowardly" and vowed'): the passage holds the sentence from its first word, not from the
    words after the quotation."""
    sentence = ("The president called the strike “cowardly” and vowed to respond within days. "
                "Officials in the capital said the damage to the northern power grid would take "
                "weeks to repair.")
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{sentence}\n\n{filler('b')}.",
        f"{filler('c')}. The day began. {sentence}\n\n{filler('d')}."))
    (passage,) = result.passages
    assert passage.consensus.startswith("The president called the strike")


def test_a_quotation_before_a_shared_attribution_is_still_a_fragment() -> None:
    """Two outlets print a short quotation and the same attribution after it ('"Always in our
    hearts", the message adds, ...'); a third ends a longer quotation with those words: the
    attribution's match is not grown over the quotation, which links the third too."""
    tail = ("the message adds, which shows the photograph of Okonte in the national shirt "
            "with the cup raised above his head.")
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n“Always in our hearts”, {tail}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n“Always in our hearts”, {tail}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n“The federation mourns the greatest son this country ever gave "
        f"the game, Varrow Okonte. Always in our hearts”, it reads.\n\n{filler('f')}."))
    assert {"d0", "d1", "d2"} in _documents(result)


def test_a_short_line_both_outlets_print_after_shared_text_is_not_grown_over() -> None:
    """Two outlets print the same paragraph of wire copy, each followed by a line of its own
    that is the same few words ("Advertisement"): the passage ends with the paragraph."""
    sentence = ("Officials in the capital said the damage to the northern power grid would take "
                "weeks to repair and that several towns would be without light until the end of "
                "the month.")
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{sentence}\n\nAdvertisement\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{sentence}\n\nAdvertisement\n\n{filler('d')}."))
    (passage,) = result.passages
    assert passage.consensus.endswith("the end of the month")


def test_short_lines_one_outlet_alone_breaks_are_grown_over() -> None:
    """A post's short sentences, printed as one paragraph by one outlet and a line each by the
    other: the line breaks are the second outlet's layout, the passage runs to the last one."""
    lead = ("Here are some other words that matter far more to the people of the valley, and "
            "that are far more useful to them")
    words = ["Patience", "Courage", "Water", "Schools"]
    one_paragraph, lines = ". ".join(words), ".\n\n".join(words)
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{lead}. {one_paragraph}.\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{lead}:\n\n{lines}.\n\n{filler('d')}."))
    (passage,) = result.passages
    assert passage.consensus.endswith("Schools")


def test_a_short_quotation_and_its_lead_in_before_shared_story_text_are_not_grown_over() -> None:
    """Two outlets print 'He said "..."' right before the same paragraph of story text; a third
    quotes the words inside a longer quotation: the lead-in is the outlets' words, and the
    passage does not open with it."""
    quoted = "we will never give in to them"
    story = ("The northern power grid would take weeks to repair and several towns would be "
             "without light until the end of the month, officials in the capital said on Friday.")
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\nHe said “{quoted}”. {story}\n\n{filler('b')}.",
        f"{filler('c')}.\n\nHe said “{quoted}”. {story}\n\n{filler('d')}.",
        f"{filler('e')}.\n\n“The people of the north have suffered enough, and {quoted},” the "
        f"governor told the crowd.\n\n{filler('f')}."))
    assert _documents(result) == [{"d0", "d1", "d2"}]
    assert not result.passages[0].consensus.startswith("He said")


def test_a_quoted_name_inside_a_single_quoted_statement_stays_in_it() -> None:
    """British pages quote in single marks and a name inside in double ones ('‘We watched “The
    Crown” together ...’'). The quotations nest, so their ends are out of order; the marks
    around the name are still read as a name's, which does not cut a match, and every
    occurrence holds the name (it began at "together" where the name's closing mark was taken
    for a quotation's)."""
    quotation = ("‘We watched “The Crown” together every Sunday night with the whole family, "
                 "and we never missed “Le Figaro” on a Monday morning,’ ")
    (passage,) = find_shared_passages(articles(
        f"{filler('a')}. {quotation}she said. {filler('b')}.",
        f"{filler('c')}. {quotation}the mayor told the BBC. {filler('d')}.",
        f"{filler('e')}. She said {quotation[1:-3]}. {filler('f')}.")).passages
    assert all("The Crown”" in o.text for o in passage.occurrences)


def test_two_people_quoted_one_after_the_other_are_no_quotation_split_in_two() -> None:
    """'« ... », a écrit Marc Dulin. « ... », a renchéri ... Paul Verrand': the attribution
    between the two quotations splits no quotation, the second naming its own speaker. A
    second outlet quotes a few words of Dulin's, a third Verrand's whole: two passages."""
    dulin = "restera à jamais aux yeux du monde le grand marin avec un grand cœur"
    verrand = ("Il laisse pour toujours des chefs-d'œuvre et le souvenir du dernier monstre "
               "sacré du port")
    result = find_shared_passages(articles(
        f"{filler('aa')}. Le navigateur « {dulin} », a écrit sur X Marc Dulin. « {verrand} », "
        f"a renchéri le chef des sénateurs Paul Verrand. {filler('ab')}.",
        f"{filler('ba')}. Marc Dulin, président du parti, a salué « le grand marin avec un "
        f"grand cœur ». {filler('bb')}.",
        f"{filler('ca')}. « {verrand} », a déclaré Paul Verrand. {filler('cb')}."))
    assert sorted([o.text for o in p.occurrences] for p in result.passages) == [
        [verrand, verrand], ["le grand marin avec un grand cœur"] * 2]
