"""Attributions the speaker reading (`viewer.engine.speakers`, `viewer.engine.attribution_names`)
must not misread: a pronoun before a capitalised word that is not an article, a short sentence
reporting someone else's reply after a quotation its own sentence attributes, and a second
quotation in a sentence that names another person before it. Small hand-made texts, no sample
or real-article text."""

from __future__ import annotations

import numpy as np

from viewer.engine import speakers, speaking_people
from viewer.engine.speakers import UNKNOWN, quotation_speakers
from viewer.engine.tokens import tokenise

from .engine_texts import ENGLISH_LEAD, GERMAN_LEAD, articles, speakers_of, word_hash


def test_a_pronoun_before_a_capitalised_word_is_still_a_pronoun() -> None:
    """Only French "il" is another language's article (Italian "the"): German "er" before a
    capitalised noun ('sagte er Reportern') and Russian "он" before an agency's name ('сказал
    он ТАСС') are "he", the speaker named before."""
    brenner, lavrov = word_hash("brenner"), word_hash("лавров")
    assert speakers_of("„Wir sind bereit“, sagte Olaf Brenner. „Nichts ändert sich“, sagte er "
                     "Reportern in Berlin.") == [brenner, brenner]
    assert speakers_of("„Wir sind bereit“, sagte Olaf Brenner. „Nichts ändert sich“, sagte er "
                     "Anfang Juni.") == [brenner, brenner]
    assert speakers_of("«Мы готовы», — заявил Сергей Лавров. «Ничего не меняется», — сказал он "
                     "ТАСС.") == [lavrov, lavrov]


def test_a_short_reply_after_a_quotation_its_own_sentence_introduces_is_not_its_attribution(
        ) -> None:
    """'Anna Berg wrote: "..." Paul Moss replied angrily.': the quotation is Berg's, its own
    sentence says so; a short attribution-only sentence names the quotation before it only
    where that quotation opens its sentence ('"... cargo." Paul Moss said.')."""
    berg, moss = word_hash("berg"), word_hash("moss")
    assert speakers_of("Anna Berg wrote: “We will respond.” Paul Moss replied angrily.") == [berg]
    assert speakers_of("Anna Berg said that “we will respond.” Paul Moss replied angrily.") == [
        berg]
    assert speakers_of("“We are horrified by it all,” Anna Berg said. “We can confirm the "
                     "cargo.” Paul Moss said.") == [berg, moss]


def test_a_second_quotation_after_another_name_is_not_the_firstspeakers_of() -> None:
    """'Tom Smith said the deal was a "disaster" but Jim Jones thought it a "triumph"': the
    sentence names someone else between the two quotations, so the second is not Smith's."""
    assert speakers_of("Tom Smith said the deal was a “disaster” but Jim Jones thought it a "
                     "“triumph”.") == [word_hash("smith"), UNKNOWN]
    assert speakers_of("La alcaldesa, Ana Rovira, describió al poeta como un «escritor "
                     "monumental», mientras Pedro Alcañiz lo llamó «voz nítida».") == [
        word_hash("rovira"), UNKNOWN]


def test_a_long_list_of_quoted_words_in_one_sentence_is_read_in_linear_time(
        monkeypatch) -> None:
    """A sentence listing sixty quoted words ('"item0", "item1", ...') asks each quotation's
    attribution windows a few times, not once per quotation before it in the sentence (which
    grows with the square of the list, and past a thousand overflows Python's stack)."""
    count = 60
    corpus = tokenise(articles("Ana Rovira read out " + ", ".join(
        f"“item{k}x”" for k in range(count)) + "."))
    calls = []
    windows = speakers.attribution_windows
    monkeypatch.setattr(speakers, "attribution_windows",
                        lambda *args: calls.append(1) or windows(*args))
    quotation_speakers(corpus, np.arange(len(corpus.quote_first)))
    assert len(corpus.quote_first) == count
    assert len(calls) < 10 * count


def test_a_name_in_what_the_verb_reports_is_not_the_speaker() -> None:
    """'The president noted that the Amtrak Northeast Corridor route "..."': the name after
    "that" is the reported clause's subject; the speaker is the president, an office, unnamed.
    A capitalised "Che" is a name, and "that" before an office no complementiser."""
    assert speakers_of("The president noted that the Amtrak Northeast Corridor route “is a way "
                       "of life for many”.") == [UNKNOWN]
    assert speakers_of("El portavoz dijo que el Gobierno Federal “no cederá”.") == [UNKNOWN]
    assert speakers_of("“We will win,” said Che Adams.") == [word_hash("adams")]
    assert speakers_of("“We will win,” said that party's leader, Keir Starmer.") == [
        word_hash("starmer")]


def test_a_name_after_told_and_an_article_is_the_one_spoken_to() -> None:
    """'told the BBC', 'a déclaré à l'AFP Jean Dulac': the article between does not make the
    one spoken to the speaker."""
    assert speakers_of("“We will win,” the senator told the BBC on Friday.") == [UNKNOWN]
    assert speakers_of("« Nous gagnerons », a déclaré à l’AFP Jean Dulac.") == [
        word_hash("dulac")]


def test_a_name_in_another_clause_after_the_verb_is_not_the_speaker() -> None:
    """'"...," a spokeswoman said, as Okonte Varrow looked on': the name after the comma is
    another clause's subject; 'said Okonte Varrow' names him."""
    assert speakers_of("“We will rebuild,” a spokeswoman said, as Okonte Varrow looked on.") == [
        UNKNOWN]
    assert speakers_of("“We will rebuild,” said Okonte Varrow.") == [word_hash("varrow")]


def test_a_quotation_in_its_subjects_sentence_is_the_subjects() -> None:
    """'Keir Starmer described it as a "horrendous" attack': no verb beside the quotation names
    anyone, the sentence's subject, who speaks elsewhere in the document, is its speaker; so is
    one a reporting verb too far from the mark introduces ('Dany Cotton said there had been a
    "number of fatalities"' at the end of a long clause)."""
    starmer, cotton = word_hash("starmer"), word_hash("cotton")
    said = "“We are with Southport,” Starmer said."
    assert speakers_of(f"British Prime Minister Keir Starmer described it as a “horrendous” "
                       f"attack. {said}") == [starmer, starmer]
    assert speakers_of("London Fire Commissioner Dany Cotton said overnight that the crews at "
                       "the tower found there had been a “number of fatalities”. “It is a "
                       "major incident,” Cotton said.") == [cotton, cotton]


def test_a_sentences_subject_that_speaks_nowhere_is_no_speaker() -> None:
    """'Lurimu was hit by what officials called a "nightmare"': the subject is a place, named
    beside no reporting verb in the document: unknown."""
    assert speakers_of("Lurimu was hit by what officials called a “nightmare” on Friday.") == [
        UNKNOWN]


def test_a_sentences_subject_is_not_the_speaker_past_another_name_or_without_a_verb() -> None:
    """Another name before the verb ('what Commander Stuart Cundy called a "truly shocking"
    fire') is the speaker if anyone is, not the subject; a sentence with no verb of saying or
    calling ('Christian Lindner habe "kleinkariert taktiert"', someone's words about him) says
    nothing of who spoke; nor does the sentence before a quotation that opens its own."""
    police = "“We are working with the fire brigade,” Metropolitan Police said."
    assert speakers_of(f"The Metropolitan Police expects the toll to rise after what Commander "
                       f"Stuart Cundy called a “truly shocking” fire. {police}")[0] == UNKNOWN
    assert speakers_of("Finanzminister Christian Lindner habe „kleinkariert taktiert“ und die "
                       "Koalition gefährdet. Lindner sagte dazu nichts.")[0] == UNKNOWN
    assert speakers_of("Christian Lindner sagte am Morgen wenig. „Die Lage ist ernst“, hieß es "
                       "im Ministerium.")[0] == UNKNOWN


def test_a_subject_others_call_something_or_a_passive_one_is_no_speaker() -> None:
    """The subject's own verb makes it the speaker: not one a form of "be" makes passive
    ('Mabena was called a "traitor" by his rivals', 'Dulac a été qualifié de « menteur »'), nor
    a verb far on in what others said ('Mabena defended the plan that critics called "a
    giveaway"', 'Mabena denied what the newspaper called "a secret deal"')."""
    said = " “We will fight on,” Mabena said."
    for sentence in ("Senator Tunde Mabena was called a “traitor” by his rivals on Monday.",
                     "Tunde Mabena defended the plan that critics called “a giveaway” on Monday.",
                     "Tunde Mabena denied what the newspaper called “a secret deal” on Monday."):
        assert speakers_of(sentence + said)[0] == UNKNOWN
    assert speakers_of("Jean Dulac a été qualifié de « menteur » par ses adversaires. « Nous "
                       "tiendrons », a déclaré Dulac.")[0] == UNKNOWN
    assert speakers_of("Marco Rossi è stato definito un «traditore» dai suoi rivali. «Andremo "
                       "avanti», ha detto Rossi.")[0] == UNKNOWN


def test_a_place_before_the_quotation_keeps_the_subject_a_sentence_too_long_does_not() -> None:
    """A name after "in" is a place ('Mabena called the shooting in Lurimu a "senseless" act');
    a quotation further than SUBJECT_REACH_WORDS words from its sentence's start takes no
    subject."""
    mabena = word_hash("mabena")
    said = " “We will fight on,” Mabena said."
    assert speakers_of("Tunde Mabena called the shooting in Lurimu a “senseless” act." + said
                       ) == [mabena, mabena]
    long_sentence = ("Tunde Mabena called the long and bitter and costly and needless shooting "
                     "of many of the young and old people of the small valley towns on the "
                     "river and the coast a “senseless” act.")
    assert speakers_of(long_sentence + said)[0] == UNKNOWN


def test_a_documents_speakers_are_read_once_for_its_quotations(monkeypatch) -> None:
    """Each quotation a sentence's subject may attribute asks whether the document has that
    person speak; the document is read for its speakers once, not once per quotation (which
    grew with the square of its quotations)."""
    whole_reads = []
    read = speaking_people.names_beside_verbs

    def counted(corpus, document, first, end, unquoted=False):  # type: ignore[no-untyped-def]
        if first == corpus.offsets[document] and end == corpus.offsets[document + 1]:
            whole_reads.append(document)
        return read(corpus, document, first, end, unquoted)

    monkeypatch.setattr(speaking_people, "names_beside_verbs", counted)
    text = "“We will fight on,” Mabena said. " + " ".join(
        f"Tunde Mabena called the plan a “bold step {k}” today. Okonte Varrow said nothing."
        for k in range(40))
    corpus = tokenise(articles(text))
    found = quotation_speakers(corpus, np.arange(len(corpus.quote_first)))
    assert (found == word_hash("mabena")).all()
    assert whole_reads == [0]


def test_a_subjects_verb_after_an_auxiliary_or_a_time_is_still_its_own() -> None:
    """Compound tenses and words of time between the name and the verb ('Mabena has also
    called', 'Mabena on Tuesday described', 'Dulac a également qualifié', 'Ronchi ha poi
    definito'), and a name after "told" (the one spoken to, "told Okonte Varrow"): the subject
    is the speaker."""
    said = "“We will fight on,” Mabena said. "
    mabena = word_hash("mabena")
    for sentence in ("Tolen Mabena has also called the plan “a giveaway to the banks”.",
                     "Prime Minister Tolen Mabena on Tuesday described it as a “cowardly” "
                     "attack.",
                     "Tunde Mabena told Okonte Varrow on Monday that the government's plan "
                     "for the northern provinces and the coast was “a giveaway”."):
        assert speakers_of(said + sentence)[1] == mabena
    assert speakers_of("« Nous tiendrons », a déclaré Dulac. Emmanuel Dulac a également "
                       "qualifié l'attaque d'« ignoble ».")[1] == word_hash("dulac")
    assert speakers_of("“Andremo avanti”, ha detto Ronchi. Giorgia Ronchi ha poi definito "
                       "l'attacco “vile”.")[1] == word_hash("ronchi")


def test_a_pronoun_after_a_sentence_turning_to_someone_by_office_is_that_ones() -> None:
    """'"...," he said. Canadian Prime Minister Tolen Mabena echoed that sentiment. "...," he
    said': the second "he" is Mabena's, named by office and name at his sentence's start,
    whatever its verb; not the first quotation's speaker. A name beside a verb after that
    sentence still decides, and an office and name in another place of the sentence (its
    object) turns to nobody."""
    varrow, mabena = word_hash("varrow"), word_hash("mabena")
    first = "“She was a rock of the nation,” President Okonte Varrow said."
    assert speakers_of(f"{first}\n\nCanadian Prime Minister Tolen Mabena echoed that sentiment."
                       "\n\n“She was a constant presence in our lives,” he said.") == [
        varrow, mabena]
    assert speakers_of(f"{first}\n\nCanadian Prime Minister Tolen Mabena echoed that sentiment."
                       " Okonte Varrow later told reporters more.\n\n“She was a constant "
                       "presence in our lives,” he said.") == [varrow, varrow]
    assert speakers_of(f"{first}\n\nHe later met Prime Minister Tolen Mabena in Ottawa.\n\n"
                       "“She was a constant presence in our lives,” he said.") == [
        varrow, varrow]


def test_a_pronoun_goes_on_with_the_person_turned_to_and_not_with_a_passive_or_possessive(
        ) -> None:
    """After 'Canadian Prime Minister Tolen Mabena echoed that sentiment.', a second "he said"
    is Mabena's too; a sentence where the titled person is acted on ("was arrested") or owns
    the subject ("Mabena's spokeswoman") turns to nobody: "she said" goes on with the speaker
    before."""
    varrow, mabena = word_hash("varrow"), word_hash("mabena")
    assert speakers_of("“She was a rock of the nation,” President Okonte Varrow said. Canadian "
                       "Prime Minister Tolen Mabena echoed that sentiment. “She was always "
                       "there,” he said. “We will miss her,” he said.") == [varrow, mabena,
                                                                            mabena]
    for between in ("Interior Minister Tolen Mabena was arrested on Tuesday.",
                    "Prime Minister Tolen Mabena's spokeswoman declined to comment."):
        assert speakers_of(f"“We are waiting,” President Okonte Varrow said. {between} “We "
                           "are still waiting,” she said.") == [varrow, varrow], between


def test_a_name_after_of_and_a_noun_is_the_nouns_complement_not_the_speaker() -> None:
    """'La delantera de Pachuca asegura que "..."', 'The captain of Arsenal said "..."': the club
    is what the subject belongs to, not who speaks; a particle inside a name is part of it
    ('Marcelo Rebelo de Sousa disse')."""
    assert speakers_of("«No fui respetada», dijo Tunde Okonte. La delantera de Pachuca asegura "
                       "que «en ningún momento se produjo la conversación».") == [
        word_hash("Okonte"), UNKNOWN]
    assert speakers_of("“We were not respected,” Tunde Okonte said. The captain of Arsenal said "
                       "“nothing was agreed”.") == [word_hash("Okonte"), UNKNOWN]
    assert speakers_of("O Presidente da República Marcelo Rebelo de Sousa disse: “Aceitei a "
                       "demissão”.") == [word_hash("Sousa")]
    # (after an office the particle is the surname's where the document names the person in
    # full: "El ministro de Guindos", of Luis de Guindos)
    assert speakers_of("Luis de Guindos llegó. El ministro de Guindos dijo: «Vamos a seguir».") \
        == [word_hash("Guindos")]


def test_portuguese_o_before_an_office_is_an_article_not_a_pronoun() -> None:
    """'“...”, disse o ministro Rui Lopes': "o" is Turkish "he" and Portuguese "the"; before an
    office or a name it is the article, and the quotation is Lopes's, not the speaker before."""
    assert speakers_of("“Encerro esta etapa”, disse Tunde Okonte. “Aceitei a demissão”, disse o "
                       "ministro Rui Lopes.") == [word_hash("Okonte"), word_hash("Lopes")]
    # (an office no name follows is still read as the one the document names with it, else the
    # speaker before: on the untuned set NG3, Lula's words after "afirmou o presidente
    # brasileiro" were cut from his statement when "o" was only an article)
    assert speakers_of("“Achamos que houve falta de segurança”, afirmou Tunde Okonte. “Houve "
                       "incompetência”, afirmou o presidente brasileiro.") == [
        word_hash("Okonte")] * 2


def test_the_verb_nearest_the_quotation_names_its_speaker_in_the_words_before_it() -> None:
    """On the untuned set NM1: 'Talking about what had changed since the last Mercedes contract
    was announced, Wolff said, "..."' was read as "Mercedes" (the first verb of the words before
    the quotation, "announced", asked first), and then, through the fullest name the document
    gives, as "Benz" of "Mercedes-Benz". The verb nearest the quotation is asked first."""
    assert speakers_of("The deal ends a run with Mercedes-Benz. Talking about what had changed "
                       "since the last Mercedes contract was announced, Wolff said, “I cannot "
                       "tell you exactly.”") == [word_hash("Wolff")]
    # (after the quotation the nearest verb is still the first: '"...," Wolff said after the
    # deal was announced by Mercedes')
    assert speakers_of("“We opted for a shorter term,” Wolff said after the deal was announced "
                       "by Mercedes.") == [word_hash("Wolff")]


def test_a_team_or_club_before_an_office_names_nobody() -> None:
    """'"...," the Mercedes team principal told reporters' was read as "Mercedes": a run of
    capitals an office follows, right after it or one word in lower case after it, is the
    office ("a Pentagon press secretary", "the Arsenal manager"), no name; and the captain or
    the manager "of Arsenal" is the club's, still no speaker."""
    assert speakers_of("“We opted for a shorter term,” the Mercedes team principal told "
                       "reporters on Friday.") == [UNKNOWN]
    assert speakers_of("“We opted for a shorter term,” the Arsenal manager said.") == [UNKNOWN]
    assert speakers_of("“We were not respected,” Tunde Okonte said. A Pentagon press secretary "
                       "said “nothing was agreed”.") == [word_hash("Okonte"), UNKNOWN]
    assert speakers_of("“We were not respected,” Tunde Okonte said. The manager of Arsenal said "
                       "“nothing was agreed”.") == [word_hash("Okonte"), UNKNOWN]


def test_a_body_after_an_office_and_an_article_is_the_bodys_not_the_speaker() -> None:
    """On the untuned set NL1, 'Le PDG de la Lufthansa a ensuite expliqué que "..."' was read as
    "Lufthansa": "PDG" (and "CEO") were no offices, and after an office the word of "de" was
    taken for a surname's particle. With an article between ("de la", "of the") the name is
    the body's; "El Ministro de Guindos" (of Luis de Guindos, named in full) and "La
    Presidencia de Tunde Okonte" still name their people."""
    assert speakers_of("“Il y a des tests”, dit Tunde Okonte. Le PDG de la Lufthansa a ensuite "
                       "expliqué que “le copilote a suivi une formation”.") == [
        word_hash("Okonte"), UNKNOWN]
    assert speakers_of("“We were not respected,” Tunde Okonte said. “Nothing was agreed,” the "
                       "Tesla CEO said.") == [word_hash("Okonte"), UNKNOWN]
    assert speakers_of("“Nothing was agreed,” Tesla CEO Varrow Mabena said.") == [
        word_hash("Mabena")]
    assert speakers_of("Luis de Guindos llegó. El Ministro de Guindos dijo: «Vamos a "
                       "seguir».") == [word_hash("Guindos")]
    assert speakers_of("La Presidencia de Tunde Okonte dijo: «Vamos a seguir».") == [
        word_hash("Okonte")]


def test_a_web_address_is_no_speaker() -> None:
    """On NM1, '"...," the Mercedes team principal told media including Crash.net on Friday
    morning. "So the events are not a surprise."' gave the second quotation to "Crash". A
    capitalised word a dot and a top-level domain follow is a site's address."""
    assert speakers_of("“We opted for a shorter term,” the team principal told media including "
                       "Crash.net on Friday morning. “So the events are not a surprise.”") == [
        UNKNOWN, UNKNOWN]
    assert speakers_of("“We opted for a shorter term,” Varrow Mabena told Crash.net.") == [
        word_hash("Mabena")]


def test_a_pronoun_opening_the_reported_clause_is_not_the_speaker() -> None:
    """'City said they are "disappointed"': "they" is the subject of what City said, not a
    pronoun attribution continuing the quotation before (UEFA's); read so, a held-out set's
    club statement was UEFA's and its passage joined UEFA's decision. An inverted pronoun
    is still the speaker ('sagte er Reportern')."""
    uefa = word_hash("uefa")
    assert speakers_of("UEFA said: “The club is banned.” City said they are “disappointed "
                       "but not surprised” by it.") == [uefa, UNKNOWN]
    assert speakers_of("“We are sad,” Anna Berg said. Later she said he was “a fine man”.") \
        == [word_hash("berg"), word_hash("berg")]


def test_an_acronym_is_its_own_full_name() -> None:
    """'the UEFA Club Licensing ... Regulations' is no fuller name of UEFA: 'UEFA said' is
    UEFA's (it was "Licensing"'s), also where the text writes "UEFA's"; a surname is still
    read as the person's fullest name."""
    assert speakers_of("The club broke the UEFA Club Licensing rules and ignored UEFA's "
                       "findings. In a statement, UEFA said: “The club is banned.”") == [
        word_hash("uefa")]
    assert speakers_of("Tedros Adhanom Ghebreyesus spoke. Later Mr Tedros said: “We will "
                       "fight.”") == [word_hash("ghebreyesus")]


def test_an_english_a_before_a_name_addresses_nobody() -> None:
    """Normalised, English "a" is French "à" ('a déclaré à Reuters': Reuters is spoken to);
    'a UEFA statement said', 'A Kremlin statement said' name the body that speaks."""
    assert speakers_of("Announcing the ban a UEFA statement said: “The club is banned.”") == [
        word_hash("uefa")]
    assert speakers_of("A Kremlin statement said: “The talks were useful.”") == [
        word_hash("kremlin")]
    assert speakers_of("« Nous sommes tristes », a déclaré le maire Jean Dulac à Reuters.") == [
        word_hash("dulac")]


def test_the_name_a_verb_describes_as_a_quotation_says_is_not_its_speaker() -> None:
    """'Okonte described Mabena as "..."' and 'recorda Mabena como "..."': Mabena is the one
    described; '"...," said Okonte as he left' still names Okonte."""
    assert word_hash("Mabena") not in speakers_of(
        ENGLISH_LEAD + "Ayo Okonte described Tunde Mabena as “a tireless reformer of the courts”.")
    assert word_hash("Mabena") not in speakers_of(
        "O Governo mantém-se em funções após a demissão, segundo o partido, e a coligação "
        "continua com o novo líder. O Presidente recorda Tunde Mabena como “um lutador pela "
        "liberdade”.")
    assert speakers_of(ENGLISH_LEAD + "“We will go on,” said Ayo Okonte as he left the building."
                       ) == [word_hash("Okonte")]


def test_as_after_a_speakers_name_describes_no_one() -> None:
    """A verb of saying describes no one, nor does "as" after a comma or before a song's title
    (a reviewer's cases, session 57): the speaker stays."""
    assert speakers_of(ENGLISH_LEAD + "“We will go on,” said Ayo Okonte as “Nkosi Sikelel’ "
                       "iAfrika” rang out.")[0] == word_hash("Okonte")
    assert speakers_of(ENGLISH_LEAD + "“We will go on,” said Ayo Okonte, as “Hope” played "
                       "outside.")[0] == word_hash("Okonte")
    assert speakers_of(GERMAN_LEAD + "„Wir bleiben“, sagte Tobias Wendrik als „Sprecher der "
                       "Initiative“.")[0] == word_hash("Wendrik")
    assert speakers_of("O Governo mantém-se em funções após a demissão, segundo o partido. "
                       "“Estarei lá”, garantiu António Costa como “Presidente de todos”."
                       )[0] == word_hash("Costa")
