"""Who a quotation is attributed to, as articles name people (`viewer.engine.speakers`): a
person named in full once and then by one name is one speaker; a clause about the person
between the name and the verb; a pronoun after a quotation no verb attributes; and pieces of
one speaker's remarks so named are one passage (`viewer.engine.remarks`). Small hand-made
texts, no sample or real-article text."""

from __future__ import annotations

import numpy as np

from viewer.engine import find_shared_passages
from viewer.engine.reporting import hashes_of
from viewer.engine.speakers import UNKNOWN
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, speakers_of, word_hash

CONCERN = ("deeply concerned both by the alarming levels of spread and severity of the fever "
           "in the southern provinces")
ASSESSMENT = ("We have therefore made the assessment that the river fever can be characterised "
              "as an epidemic")
COURSE = ("All provinces can still change the course of this epidemic if they detect, test, "
          "treat and isolate every case")



def test_a_person_named_in_full_then_by_one_name_is_one_speaker() -> None:
    """"Varrow Okonte Mabena said ... Mr Varrow said": both quotations are Mabena's (the last
    word of the fullest name the article gives); two people stay two."""
    mabena = int(hashes_of("mabena")[0])
    assert speakers_of("“We grieve,” said Varrow Okonte Mabena on Monday. “We will rebuild,” "
                     "Mr Varrow said.") == [mabena, mabena]
    assert speakers_of("“We grieve,” said Varrow Okonte Mabena. “We will rebuild,” said Tunde "
                     "Ngubane.") == [mabena, int(hashes_of("ngubane")[0])]


def test_a_surname_with_a_particle_is_one_speaker_before_and_after_the_verb() -> None:
    """"Marcelo Rebelo de Sousa transmitiu ...", "... disse Marcelo Rebelo de Sousa" and
    "Marcelo recordou ...": one speaker, the last word of the name the particle holds together
    ("sousa"), not "rebelo" after the verb and "sousa" before it (two speakers, whose remarks
    never join); a verb of recalling attributes too. A particle before a body in capitals
    holds no surname together: the run of names ends before it."""
    sousa = word_hash("sousa")
    assert speakers_of("Marcelo Rebelo de Sousa transmitiu à família de Jorge Sampaio “dor e "
                       "pesar de todos”. Depois, “podendo ter-se resignado ao caminho mais "
                       "fácil, escolheu o mais ingrato”, disse Marcelo Rebelo de Sousa. Marcelo "
                       "recordou ainda “as lágrimas genuínas de um homem bom”.") == [
        sousa, sousa, sousa]
    assert speakers_of("“Nada a declarar”, disse Lula da Silva. Lula afirmou “sem medo”.") == [
        word_hash("silva"), word_hash("silva")]
    # (a body in capitals after the name is his, not the speaker)
    assert speakers_of("Nuno Carvalho da PSP disse “nada a declarar hoje”.") == [
        word_hash("carvalho")]
    assert speakers_of("Cuca Gamarra del PP dijo: “no vamos a apoyar esto”.") == [
        word_hash("gamarra")]


def test_a_body_after_an_office_is_no_speaker_but_a_surname_after_one_is() -> None:
    """"o Presidente da República destacou", "il ministro della Salute ha detto": the body of
    the office, no speaker (a particle holding an article, "da", "della"); so is "el ministro
    de Economía" and "o chefe de Estado" (the office stands for the person the document names
    with it); "El ministro de Guindos dijo", where the document names Luis de Guindos: the
    minister's surname."""
    assert speakers_of("O ministro da Saúde disse “estamos preparados”.") == [UNKNOWN]
    assert speakers_of("Il ministro della Salute ha detto: “siamo pronti”.") == [UNKNOWN]
    assert speakers_of("Dijo el ministro de Economía: “crecemos”.") == [UNKNOWN]
    assert speakers_of("O chefe de Estado lembrou ainda “as lágrimas genuínas de um homem "
                       "bom”.") == [UNKNOWN]
    assert speakers_of("Marcelo Rebelo de Sousa falou. “Lutado”, afirmou Marcelo Rebelo de "
                       "Sousa. “Serenamente”, afirmou o chefe de Estado.") == [
        word_hash("sousa")] * 2
    assert speakers_of("Luis de Guindos habló ayer. El ministro de Guindos dijo “no habrá "
                       "rescate”.") == [word_hash("guindos")]


def test_a_particle_joins_a_surname_but_not_a_body_in_capitals() -> None:
    """`particle_joins`: "de" in lower case before "Sousa" is inside a surname; before "PSP",
    a body's acronym, or written "De" (a name of its own), it is not."""
    from viewer.engine.surname_particles import particle_joins
    text = "Marcelo Rebelo de Sousa e Nuno Carvalho da PSP e Ana De Vries"

    def span(word: str) -> tuple[int, int]:
        return text.index(word), text.index(word) + len(word)

    assert particle_joins(text, (text.index(" de ") + 1, text.index(" de ") + 3), span("Sousa"))
    assert not particle_joins(text, (text.index(" da ") + 1, text.index(" da ") + 3),
                              span("PSP"))
    assert not particle_joins(text, span("De"), span("Vries"))


def test_an_office_set_off_by_commas_before_the_verb_keeps_the_name_before_it() -> None:
    """'"...," Damian Williams, U.S. Attorney for the Southern District of New York, said': the
    words nearest the verb are the office's ("York", "Attorney"), the speaker is Williams, in
    the quotation's own attribution past the usual window and in the next quotation's; a
    name set off by commas after the office is still the speaker, and so is a name before an
    aside that is no office."""
    williams = word_hash("williams")
    assert speakers_of("“Today’s sentence will prevent fraud,” Damian Williams, U.S. Attorney "
                       "for the Southern District of New York, said in a statement on X. “The "
                       "scale of his crimes is huge.”") == [williams, williams]
    assert speakers_of("“It is done,” Damian Williams, the U.S. Attorney, said.") == [williams]
    assert speakers_of("“It is done,” Damian Williams, the top federal prosecutor in "
                       "Manhattan, said.") == [williams]
    assert speakers_of("“It is done,” Trump’s lawyer, Alina Habba, said.") == [
        word_hash("habba")]
    assert speakers_of("“It is done,” Kaplan, visibly angry, said.") == [word_hash("kaplan")]


def test_a_verb_of_owning_up_attributes_a_quotation_but_is_no_formula() -> None:
    """'Although Bankman-Fried had admitted to "a series of bad decisions", Kaplan stated that
    there was "never a word of remorse"': the first quotation is the defendant's, not the
    judge's; being admitted to hospital is still nobody's attribution (no stock words)."""
    from viewer.engine.reporting import stock
    from viewer.normalize import normalize_words
    from viewer.token_hashing import word_hashes

    assert speakers_of("Although Bankman-Fried had admitted to “a series of bad decisions” over "
                       "the downfall, Kaplan stated that there was “never a word of remorse” "
                       "for his crimes.") == [word_hash("fried"), word_hash("kaplan")]
    words = normalize_words(["he", "was", "admitted", "to", "hospital", "on", "Friday"])
    assert not stock(word_hashes(words))[words.index("admitted")]


def test_the_last_of_an_offices_portfolios_is_no_speaker() -> None:
    """'El hoy ministro de Industria, Energía y Turismo señala además «...»' was attributed to
    "Turismo", a person other than the minister named elsewhere, which kept his statement's
    pieces apart. A list of portfolios after an office names no one; a surname after an
    office's "de" still does (the document names the person in full), and so do two people
    named after the verb."""
    assert speakers_of("El hoy ministro de Industria, Energía y Turismo señala además «el daño "
                       "evidente que la situación está causando».") == [UNKNOWN]
    assert speakers_of("“We are ready,” the Minister of Housing, Communities and Local "
                       "Government said.") == [UNKNOWN]
    assert speakers_of("Luis de Guindos llegó a Bruselas. El ministro de Guindos dijo: "
                       "«Estamos preparados».") == [word_hash("guindos")]
    assert speakers_of("“Estamos listos”, dijeron Sánchez y Feijóo.") == [word_hash("sánchez")]


def test_a_clause_about_the_speaker_before_the_verb_keeps_the_name() -> None:
    """"Mabena, who heads the agency, said the body is "..."": the speaker is Mabena; a clause
    with no name before it names nobody."""
    mabena = int(hashes_of("mabena")[0])
    assert speakers_of("Varrow Mabena, who heads the agency, said the body is “deeply "
                     "concerned”.") == [mabena]
    assert speakers_of("The official, who heads the agency, said the body is “deeply "
                     "concerned”.") == [UNKNOWN]


def test_a_pronoun_goes_back_over_a_quotation_no_verb_attributes() -> None:
    """'"...," Mabena said. He also spoke of "...". "...," he said': the last quotation is
    Mabena's; the middle one has no verb and stays unknown."""
    mabena = int(hashes_of("mabena")[0])
    assert speakers_of("“We grieve,” Mabena said. He also spoke of “the alarming inaction”.\n\n"
                     "“We will rebuild,” he said.") == [mabena, UNKNOWN, mabena]


def _outlet(tag: str, short_name: str) -> str:
    return (f"{filler(tag)}.\n\nVarrow Okonte Mabena, who heads the agency, said it is "
            f"“{CONCERN}”. She also spoke of “alarming inaction”.\n\n“{ASSESSMENT},” she "
            f"said.\n\n{filler(tag + 'm', 8)}.\n\n“{COURSE},” "
            f"{short_name} said.\n\n"
            f"{filler(tag + 'z')}.")


def test_remarks_attributed_to_one_person_by_two_names_are_one_passage() -> None:
    """Two outlets quote the official's remarks: a quotation attributed through a clause about
    her, a phrase no verb attributes, a quotation "she said", then, after the outlet's own
    words, the next sentence of her remarks attributed by her first name only. One speaker,
    one passage; with another person named for the last piece, two."""
    texts = [_outlet("a", "Mr Varrow"), _outlet("b", "Varrow")]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2
    texts = [_outlet("a", "Tunde Ngubane"), _outlet("b", "Ngubane")]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_a_headline_in_title_case_gives_no_fuller_name() -> None:
    """A headline capitalises every word: "Mabena Hails Okonte As Deputy" is no one's name, so
    Mabena and Okonte stay two speakers and Mabena is not "hails"."""
    mabena, okonte = int(hashes_of("mabena")[0]), int(hashes_of("okonte")[0])
    assert speakers_of("Mabena Hails Okonte As Deputy\n\n“We will win,” Mabena said. “I am "
                     "ready,” Okonte said.") == [mabena, okonte]
    assert speakers_of("Mabena Warns Of Hard Winter\n\n“We will win,” Mabena said.") == [mabena]


def test_a_surname_given_in_full_is_not_a_first_name() -> None:
    """"Tunde Mabena" makes "mabena" a surname: the "Mabena Foundation Hall" the article also
    names does not make Mabena "hall"."""
    mabena = int(hashes_of("mabena")[0])
    assert speakers_of("The rally was held at the Mabena Foundation Hall.\n\n“We will win,” said "
                     "Tunde Mabena. “We will rebuild,” Mabena said.") == [mabena, mabena]


def test_two_people_sharing_a_surname_stay_two() -> None:
    """"Tunde Mabena" and his daughter "Ayo Mabena": an article calls her "Ayo" to tell the two
    apart, so "Ayo said" is hers, not the father's "Mabena said"."""
    mabena, ayo = int(hashes_of("mabena")[0]), int(hashes_of("ayo")[0])
    assert speakers_of("Tunde Mabena spoke first; his daughter Ayo Mabena followed.\n\n“I am "
                     "proud,” Mabena said. “Thank you,” Ayo said.") == [mabena, ayo]


def test_a_pronoun_goes_back_over_no_quotation_of_someone_else_named() -> None:
    """'"...," Mabena said. Okonte called the plan a "fraud". "...," he said': the quotation no
    verb attributes is in a sentence about Okonte, so "he" may be Okonte: unknown, not
    Mabena."""
    mabena = int(hashes_of("mabena")[0])
    assert speakers_of("“We will build more homes,” Mabena said. Okonte called the plan a "
                     "“fraud”.\n\n“We will fight it in court,” he said.") == [
        mabena, UNKNOWN, UNKNOWN]


def test_where_the_words_were_posted_is_no_speaker() -> None:
    """"a écrit sur X le chef de l'État", "wrote on X": the network after a preposition is
    where the words were said, not who said them."""
    assert speakers_of("« Un acteur immense », a écrit sur X le chef de l'État.") == [UNKNOWN]
    assert speakers_of("“A giant of the screen,” the minister wrote on X.") == [UNKNOWN]


def test_a_name_after_an_office_is_the_speaker() -> None:
    """'a souligné la ministre de la Culture Rachida Dati': the office stands between the verb
    and the name; an office with no name after it names nobody."""
    assert speakers_of("« On le croyait immortel », a souligné la ministre de la Culture Rachida "
                     "Dati, saluant son talent.") == [int(hashes_of("dati")[0])]
    assert speakers_of("“We mourn him,” said the Saudi Foreign Minister.") == [UNKNOWN]


def test_a_word_of_time_between_the_verb_and_the_office_is_passed_over() -> None:
    """'a estimé mercredi la Première ministre, Elisabeth Borne', 'dijo este lunes el ministro
    ...': when it was said stands between the verb and the office, and the name after the office
    is still the speaker's; an office after the sentence's end is another sentence's."""
    borne = int(hashes_of("borne")[0])
    assert speakers_of("« Les images montrent une intervention », a estimé mercredi la Première "
                     "ministre française, Elisabeth Borne.") == [borne]
    assert speakers_of("“Las imágenes son claras”, dijo este lunes el ministro Elisabeth "
                     "Borne.") == [borne]
    # (an office opening the next sentence is no office of this verb's: "he added" goes on
    # with Mabena)
    mabena = int(hashes_of("mabena")[0])
    assert speakers_of("“The port will reopen,” Mabena said. Officials at the ministry confirmed "
                     "it on Wednesday. President Varrow Tarrow visited the port later. “We will "
                     "rebuild,” he added.") == [mabena, mabena]


def test_what_follows_an_office_is_no_name_unless_a_name_stands_close_after_it() -> None:
    """The office's own word ('the Minister of Health'), where the words were said ('le ministre
    sur France Inter') and someone mentioned further on ('after talks with Jones') are no
    speakers; a name set off by a comma after the office is ('of Japan, Fumio Kishida')."""
    for text in ("“We will respond,” said the Minister of Health.",
                 "“We will respond,” said the Foreign Minister of Germany.",
                 "« Nous réagirons », a déclaré le ministre sur France Inter.",
                 "“We will respond,” said the minister after talks with Jones."):
        assert speakers_of(text) == [UNKNOWN], text
    assert speakers_of("“We will respond,” said the prime minister of Japan, Fumio Kishida.") == [
        int(hashes_of("kishida")[0])]
    assert speakers_of("« Nous réagirons », a déclaré le ministre de l'Intérieur Gérald "
                     "Darmanin.") == [int(hashes_of("darmanin")[0])]


def test_a_quotation_with_its_own_verb_takes_nothing_from_the_paragraph_before() -> None:
    """The second quotation opens a paragraph and is attributed after it to someone unnamed:
    not to the first quotation's speaker, named in the paragraph before."""
    mabena = int(hashes_of("mabena")[0])
    assert speakers_of("“We grieve,” Varrow Mabena said.\n\n“We will rebuild,” a government "
                     "spokesman added.") == [mabena, UNKNOWN]


def test_a_quotation_its_sentence_introduces_keeps_that_speaker() -> None:
    """'Smith told reporters: "...," and said ...': the colon makes the words before the
    attribution; a verb after the quotation naming nobody takes nothing from it."""
    smith = int(hashes_of("smith")[0])
    assert speakers_of("Lena Smith told reporters: “We will respond,” and said the talks would "
                     "go on.") == [smith]
    assert speakers_of("Lena Smith wrote: “We will respond,” the post said.") == [smith]


def test_a_french_went_further_attribution_names_its_own_speaker() -> None:
    """'a renchéri' (went further) is a French reporting verb: the quotation is Retailleau's,
    not the one named in the sentence before."""
    assert speakers_of("« Un grand H », a écrit Eric Ciotti. « Un monstre sacré », a renchéri le "
                     "chef des sénateurs Bruno Retailleau.") == [
        int(hashes_of("ciotti")[0]), int(hashes_of("retailleau")[0])]


def test_a_german_clause_about_the_speaker_and_er_ergaenzte() -> None:
    """German puts the verb last, so a clause about the speaker runs long ('Rudi Völler, der
    ihn als Teamchef beim Gewinn der WM 1990 trainiert hatte, sagte:'); 'Er ergänzte' (he
    added) goes on with him. A body that quotes him ('vom Deutschen Fußball-Bund zitiert') is
    no speaker."""
    voeller = int(hashes_of("völler")[0])
    assert speakers_of("DFB-Direktor Rudi Völler, der ihn als Teamchef beim Gewinn der WM 1990 "
                     "trainiert hatte, sagte: «Ich bin unendlich traurig.»\n\nEr ergänzte: «Er "
                     "war ein guter Freund.»") == [voeller, voeller]
    assert speakers_of("„Ich bin unendlich traurig“, wird Rudi Völler vom Deutschen Fußball-Bund "
                     "zitiert.") == [UNKNOWN]


def test_reporting_verbs_in_the_present_and_concluding() -> None:
    """French news reports speech in the present ('explique', 'conclut'), every language ends
    a statement with 'concluded', and Italian names the speaker after an article French reads
    as a pronoun ('ha dichiarato il ministro'): each quotation names its own speaker after it,
    not the one named before. French inversion ('ajoute-t-il') is "he" across its "-t-"."""
    def two(words: str) -> list[int]:
        return [word_hash(word) for word in words.split()]
    assert speakers_of("« Nous sommes prêts », a dit Paul Verrand. « Rien ne change », explique "
                     "le ministre Jean Dulac.") == two("verrand dulac")
    assert speakers_of("« Nous sommes prêts », a dit Paul Verrand. « Adieu, mon ami », conclut "
                     "l'actrice Marie Vial.") == two("verrand vial")
    assert speakers_of("“We are ready,” said Paul Verrand. “Nothing changes,” concluded the "
                     "minister Jean Dulac.") == two("verrand dulac")
    assert speakers_of("«Estamos listos», dijo Paul Verrand. «Nada cambia», precisó el ministro "
                     "Jean Dulac.") == two("verrand dulac")
    assert speakers_of("«Siamo pronti», ha detto Paul Verrand. «Nulla cambia», ha concluso il "
                     "ministro Jean Dulac.") == two("verrand dulac")
    # (Italian "il" before a title is "the"; French "il" after the verb, or after its "-t-",
    # is still "he")
    assert speakers_of("«Siamo pronti», ha detto Paul Verrand. «Nulla cambia», ha dichiarato il "
                     "presidente Jean Dulac.") == two("verrand dulac")
    assert speakers_of("« Nous sommes prêts », a dit Paul Verrand. « Rien ne change », ajoute-t-il "
                     "en souriant.") == two("verrand verrand")


def test_russian_reporting_verbs_name_each_speaker() -> None:
    """Russian attributes a quotation after a dash ('«...», — заявил Сергей Лавров'): each
    quotation is its own speaker's, and 'заявил' (stated) is a reporting verb."""
    assert speakers_of("«Мы готовы», — заявил Сергей Лавров. «Ничего не меняется», — сказал "
                     "пресс-секретарь президента Дмитрий Песков.") == [
        word_hash("лавров"), word_hash("песков")]


def test_a_short_attribution_sentence_after_a_full_stop_is_the_quotations() -> None:
    """'"... cargo." Paul Moss said.': a sentence that is only an attribution names the
    quotation before it, not the speaker of the paragraph before; a longer sentence of reported
    speech after a full stop may be the next speaker's, and the words before are asked first."""
    berg, moss = word_hash("berg"), word_hash("moss")
    assert speakers_of("“We are horrified by it all,” Anna Berg said.\n\n“We can confirm the "
                     "cargo.” Paul Moss said.") == [berg, moss]
    assert speakers_of("Anna Berg wrote: “We will respond.” Paul Moss said the talks would go on "
                     "all week.") == [berg]


def test_a_second_quotation_in_the_sentence_takes_the_first_ones_speaker() -> None:
    """'Ana Rovira describió al poeta como un «...» y una «...»': the sentence attributes both
    quotations once; a quotation in the next sentence does not take it."""
    rovira = word_hash("rovira")
    assert speakers_of("La alcaldesa, Ana Rovira, describió al poeta como un «escritor "
                     "monumental» y una «voz nítida del valle».") == [rovira, rovira]
    assert speakers_of("La alcaldesa, Ana Rovira, describió al poeta como un «escritor "
                     "monumental». Otros lo llamaron «voz nítida del valle».") == [rovira, UNKNOWN]


def test_the_imperfect_says_a_quotation_goes_on() -> None:
    """Spanish, Italian, French and Portuguese news report a statement going on in the
    imperfect ('"...", continuaba.', 'ajoutait-il'): the later quotation is the same text."""
    from viewer.engine.going_on import continues_previous
    for text in ("«Gracias por todo.» Y más tarde: «Nos vemos pronto», continuaba el texto.",
                 "«Grazie di tutto.» Poi: «Ci vediamo presto», continuava il testo.",
                 "« Merci pour tout. » Puis : « À bientôt », poursuivait le texte.",
                 "“Obrigado por tudo.” Depois: “Até breve”, continuava o texto."):
        corpus = tokenise(articles(text))
        assert continues_previous(corpus, np.array([1])).tolist() == [True], text


def test_according_to_someone_attributes_a_quotation() -> None:
    """"according to Ana Berg", "selon", "segundo", "laut": the person they name said it, before
    the quotation or after it, as a reporting verb's subject would; a name run stops at a
    comma ("Segundo Marcelo Rebelo de Sousa, Jorge Sampaio "..."": the sentence's subject is
    what was said of, not the speaker); "he said, according to Reuters" stays the pronoun's."""
    berg = word_hash("berg")
    assert speakers_of("According to Ana Berg, the president “fought serenely”.") == [berg]
    assert speakers_of("“Fought serenely,” according to Ana Berg.") == [berg]
    assert speakers_of("« Nous sommes prêts », selon Ana Berg.") == [berg]
    assert speakers_of("Segundo Marcelo Rebelo de Sousa, Jorge Sampaio “nasceu para ser um "
                       "lutador”.") == [word_hash("sousa")]
    assert speakers_of("“We are ready,” he said, according to Reuters.") != [
        word_hash("reuters")]


def test_a_noun_where_nouns_are_capitalised_is_no_speaker() -> None:
    """In German, 'Kurz hat bei dem gestrigen Auftritt gesagt, dass er "..."': "Auftritt" is a
    noun (after a word in lower case), no name beside the verb; the speaker is "Kurz" as the
    sentence's subject, or nobody, never the noun. A name after the verb stays the speaker."""
    text = ("Der Kanzler hat am Samstag seinen Rücktritt erklärt. Die Regierung bleibt im Amt, "
            "die Partei stützt ihn weiter, und die Opposition fordert Neuwahlen im Herbst. Die "
            "Grünen hatten ein Ultimatum gestellt, die Gespräche dauerten bis in die Nacht. Die "
            "Bundesländer warten auf eine Entscheidung der Partei. Kurz hat bei dem gestrigen "
            "Auftritt gesagt, dass er „handlungsfähig und handlungswillig“ sei. „Wir sind "
            "bereit“, sagte Wendrik am Montag.")
    first, second = speakers_of(text)
    assert first != word_hash("auftritt")
    assert second == word_hash("wendrik")
