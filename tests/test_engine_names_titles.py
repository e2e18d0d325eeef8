"""A name with its title or affiliation is the outlets' formula, however they capitalise the
title; a statement that mentions a title is still a statement (small hand-made corpora)."""

from __future__ import annotations

import numpy as np
import pytest

from viewer.engine import find_shared_passages
from viewer.engine.name_words import names_only
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler


def test_a_name_and_a_lower_case_title_link_nothing() -> None:
    """One outlet writes "prime minister", others "Prime Minister": the same formula."""
    result = find_shared_passages(articles(
        f"{filler('a')}. The Veldorian prime minister Asha Korrin has {filler('b')}.",
        f"{filler('c')}. Veldorian Prime Minister Asha Korrin has {filler('d')}.",
        f"{filler('e')}. Speaking later, Veldorian Prime Minister Asha Korrin {filler('f')}.",
    ))
    assert result.passages == ()


def test_a_name_with_its_affiliation_links_nothing() -> None:
    """"co-founder of The Daily Ledger": the capital of the name's "The" is no headline."""
    result = find_shared_passages(articles(
        f"{filler('a')}. Rolf Anders, co-founder of The Daily Ledger, replied {filler('b')}.",
        f"{filler('c')}. Rolf Anders, co-founder of The Daily Ledger, wrote {filler('d')}.",
    ))
    assert result.passages == ()


def test_a_russian_office_in_another_case_is_still_a_title() -> None:
    """"встречи с врио главы ДНР Денисом Пушилиным" (a meeting with the acting head of the DNR,
    Denis Pushilin): an acting office in the genitive, a name in the instrumental; no
    statement."""
    result = find_shared_passages(articles(
        f"{filler('a')}. Путин заявил после встречи с врио главы ДНР Денисом Пушилиным в "
        f"Кремле {filler('b')}.",
        f"{filler('c')}. Слова прозвучали до встречи с врио главы ДНР Денисом Пушилиным вчера "
        f"{filler('d')}.",
    ))
    assert result.passages == ()


def test_a_place_and_a_date_link_nothing() -> None:
    """Two photo captions: "at the Saint Ivo General Hospital in Morrowby on March 10, 2024" /
    "at the Saint Ivo General Hospital on March 10, 2024": names and a date, a caption's
    formula (ten words alike); a number says no more than a name."""
    result = find_shared_passages(articles(
        f"{filler('a')}. Relatives wait at the Saint Ivo General Hospital in Morrowby on "
        f"March 10, 2024. {filler('b')}.",
        f"{filler('c')}. A nurse at the Saint Ivo General Hospital on March 10, 2024. "
        f"{filler('d')}.",
    ))
    assert result.passages == ()


def test_a_list_of_people_named_in_full_links() -> None:
    """The victims' names the police released, in two outlets' own sentences: three people
    named in full, a list (commas, "and", their ages between), not a formula around a name."""
    story = ("The gunman opened fire in the school library shortly after ten in the morning "
             "and was shot by officers within minutes.")
    result = find_shared_passages(articles(
        f"{filler('a')}. {story}\n\nThe victims were identified as Ana Rovira, 61; Tom Berg, "
        f"60; and Lia Moss, 9, police said. {filler('b')}.",
        f"{filler('c')}. {story}\n\nPolice named the dead on Tuesday as Ana Rovira, 61; Tom "
        f"Berg, 60; and Lia Moss, 9. {filler('d')}."))
    assert any("Ana Rovira, 61; Tom Berg, 60; and Lia Moss, 9" in p.consensus
               for p in result.passages)


def test_lists_of_people_without_their_ages_link_nothing() -> None:
    """A byline, a credit line, a list of leaders or of companies, names one a sentence: no
    ages, no list of victims, a formula or the page's furniture."""
    for shared in ("By Ana Rovira, Tom Berg and Lia Moss",
                   "Reporting by Ana Rovira, Tom Berg and Lia Moss; Editing by Mark Heinrich",
                   "Joe Velmar, Emma Korrin, Olaf Tavel and Gina Moss said on Wednesday that the",
                   "Goldman Vantor, Morgan Selva and Wells Kibulu",
                   "Ana Rovira. Tom Berg. Lia Moss"):
        result = find_shared_passages(articles(
            f"{filler('a')}. {shared} {filler('b')}.",
            f"{filler('c')}. {shared} {filler('d')}."))
        assert result.passages == (), shared


def test_names_joined_by_other_words_are_no_list() -> None:
    """"Texas Department of Public Safety Director Steven McCraw", "the governor of Minas
    Gerais, Romeu Zema": runs of capitals an office's words join, no list of people."""
    for shared in ("Velmar Department of Public Safety Director Steven Korrin",
                   "the governor of Minas Velha, Romeu Tavel, and Director Steven Korrin"):
        result = find_shared_passages(articles(
            f"{filler('a')}. On Friday {shared} arrived. {filler('b')}.",
            f"{filler('c')}. Later {shared} left. {filler('d')}."))
        assert result.passages == (), shared


def test_a_statement_about_a_prime_minister_still_links() -> None:
    sentence = "the prime minister promised to rebuild every bridge in the valley by spring"
    result = find_shared_passages(articles(
        f"{filler('a')}. Officials say {sentence}. {filler('b')}.",
        f"{filler('c')}. In Morrowby, {sentence}. {filler('d')}.",
    ))
    assert [p.consensus for p in result.passages] == [sentence]


def test_a_phrase_in_single_quotes_is_a_quotation() -> None:
    """A British headline quotes in single quotes: ‘worst in living memory’ is a fragment of
    what another outlet quotes in double quotes; apostrophes inside words open nothing."""
    result = find_shared_passages(articles(
        f"Mayor’s warning: flood ‘worst in living memory’\n\n{filler('a')}.",
        f"{filler('c')}. The mayor said it was the “worst in living memory” for Morrowby. "
        f"{filler('d')}.",
        f"{filler('e')}. It was, she said, the 'worst in living memory'. {filler('f')}.",
    ))
    (passage,) = result.passages
    assert passage.spread == 3
    assert {o.text for o in passage.occurrences} == {"worst in living memory"}


def test_an_apostrophe_inside_a_word_opens_no_quotation() -> None:
    """Straight apostrophes ("mayor's", "don't") neither open nor close a quotation; the
    single-quoted phrase after them is the only one."""
    from viewer.engine.fragments import quoted_token_ranges
    from viewer.engine.tokens import tokenise

    text = "The mayor's team don't expect the 'worst in living memory' again."
    corpus = tokenise(articles(text))
    firsts, ends = quoted_token_ranges(corpus)
    quoted = [text[corpus.starts[f]:corpus.ends[e - 1]] for f, e in zip(firsts, ends, strict=True)]
    assert quoted == ["worst in living memory"]


def _german(tag: str, count: int = 20) -> str:
    """Made-up text capitalised as German is: a capitalised noun after each article."""
    return " ".join(f"der {tag.upper()}{chr(97 + k % 26)}{chr(97 + k // 26)}n "
                    f"{tag}{chr(97 + k % 26)}{chr(97 + k // 26)}t" for k in range(count))


ON_BOARD = "An Bord waren laut Veldair 144 Passagiere und {} Besatzungsmitglieder"


def test_a_sentence_of_nouns_in_a_language_that_capitalises_them_links() -> None:
    """German capitalises its nouns: "144 Passagiere und 6 Besatzungsmitglieder" are no names,
    and two versions of a wire story sharing that sentence share a statement."""
    result = find_shared_passages(articles(
        f"{_german('a')}. {ON_BOARD.format(6)}. {_german('b')}.",
        f"{_german('c')}. {ON_BOARD.format('sechs')}. {_german('d')}.",
    ))
    assert [p.document_ids for p in result.passages] == [("d0", "d1")]


def test_the_same_capitals_in_text_that_capitalises_names_only_link_nothing() -> None:
    """The same sentence among words written in lower case: its capitalised words are names,
    the outlets' formula."""
    result = find_shared_passages(articles(
        f"{filler('a')}. {ON_BOARD.format(6)}. {filler('b')}.",
        f"{filler('c')}. {ON_BOARD.format('sechs')}. {filler('d')}.",
    ))
    assert result.passages == ()


def test_a_title_and_a_name_in_a_language_that_capitalises_nouns_link_nothing() -> None:
    """"der Staatsanwalt von Morrowby, Brice Korrin": a title and names, the formula, though
    German capitalises the title as a noun."""
    result = find_shared_passages(articles(
        f"{_german('a')}. Es sei Absicht gewesen, sagte der Staatsanwalt von Morrowby, Brice "
        f"Korrin. {_german('b')}.",
        f"{_german('c')}. Die Tür sei zu gewesen, sagte der Staatsanwalt von Morrowby, Brice "
        f"Korrin, am Donnerstag. {_german('d')}.",
    ))
    assert result.passages == ()


def test_a_name_after_a_reporting_verb_in_a_language_that_capitalises_nouns_is_a_name() -> None:
    """"sagte Wendrik am Montag bei einem Besuch in Morrowby", shared by wire stories of two
    events: the name after the verb is the speaker's, the formula links nothing (as "said
    Wendrik on Monday during a visit to Morrowby" does not)."""
    formula = "sagte Wendrik am Montag bei einem Besuch in Morrowby"
    result = find_shared_passages(articles(
        f"{_german('a')}. Die Brücke sei gesperrt, {formula}. {_german('b')}.",
        f"{_german('c')}. Das Spiel falle aus, {formula}. {_german('d')}."))
    assert result.passages == ()


CLASHES = ("Im Frühjahr 2013 sei es dann zu Auseinandersetzungen und zu Verhaftungen zwischen "
           "der „JaN“ und dem {}")


def test_nouns_after_a_preposition_read_by_their_ending_link() -> None:
    """"zu Auseinandersetzungen und zu Verhaftungen": a capitalised word with a noun's ending
    ("-ungen") after a preposition is no name; the shared sentence is a statement."""
    result = find_shared_passages(articles(
        f"{_german('a')}. {CLASHES.format('Islamischen Staat gekommen')}. {_german('b')}.",
        f"{_german('c')}. {CLASHES.format('IS, wie es weiter hieß')}. {_german('d')}.",
    ))
    assert [p.document_ids for p in result.passages] == [("d0", "d1")]


@pytest.mark.parametrize("formula", [
    "sagte Hartung am Montag bei einem Besuch in Morrowby",
    "sagte Wendrik am Montag bei einem Besuch im Irak",
    "sagte Wendrik von der Bertelsmann Stiftung bei einem Besuch",
])
def test_a_name_with_a_nouns_ending_or_after_im_is_a_name(formula: str) -> None:
    """A surname or an institution ending as nouns do ("Hartung", "Bertelsmann Stiftung"), a
    place after "im": the formula links two events' stories no more than "sagte Wendrik" does."""
    result = find_shared_passages(articles(
        f"{_german('a')}. Die Brücke sei gesperrt, {formula}. {_german('b')}.",
        f"{_german('c')}. Das Spiel falle aus, {formula}. {_german('d')}."))
    assert result.passages == ()


def test_an_arabic_name_is_told_by_its_particles() -> None:
    """"الشيخ محمد بن زايد آل نهيان" (Sheikh Mohamed bin Zayed Al Nahyan), "أمير قطر الشيخ تميم
    بن حمد آل ثاني": Arabic has no capitals, but the particles "بن" and "آل" tell a name, and a
    title and a country beside it say no more; a sentence of condolence says more."""
    texts = ["الشيخ محمد بن زايد آل نهيان", "أمير قطر الشيخ تميم بن حمد آل ثاني",
             "أعزي أخي الملك والشعب في ضحايا الزلزال لقد تألمنا لهذا الحادث",
             # ("that his cousin", literally "that the son of his uncle": a kinship, no name)
             "وقال الوزير إن ابن عمه كان بين القتلى في الهجوم"]
    corpus = tokenise(articles(*texts))
    found = names_only(corpus, np.asarray(corpus.offsets[:-1]), np.asarray(corpus.offsets[1:]))
    assert found.tolist() == [True, True, False, False]


def test_false_friends_in_a_name_formula_are_read_in_the_texts_language() -> None:
    """"Bundeskanzler Olaf Scholz (SPD) hat die": no word only German has, "hat" and "die" are
    English words too; the words around the range tell its language, and there they are
    function words: a name formula."""
    text = ("Bundeskanzler Olaf Scholz (SPD) hat die Tat in Magdeburg verurteilt und sprach von "
            "einem schweren Tag für das ganze Land, an dem die Menschen zusammenstehen müssen.")
    corpus = tokenise(articles(text))
    assert names_only(corpus, np.array([0]), np.array([6]))[0]
