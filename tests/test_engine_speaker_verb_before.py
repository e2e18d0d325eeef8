"""A quotation its own reporting verb opens is attributed by the words before it
(`viewer.engine.speakers`, VERB_BEFORE_WORDS): the words after it, up to the next quotation,
are that one's attribution. Hand-made sentences, no sample or real-article text."""

from __future__ import annotations

from viewer.engine.speakers import UNKNOWN

from .engine_texts import speakers_of, word_hash


def test_the_next_speakers_verb_after_a_quotation_is_not_its_attribution() -> None:
    text = ("Cordoglio dal presidente, Ayo Mabena, che lo ha definito “maestro dello stile e "
            "della moda”, e dal premier, Tunde Okonte, che ha ricordato lo stilista come “icona "
            "e lavoratore instancabile”.")
    first, second = speakers_of(text)
    assert second == word_hash("Okonte")
    assert first != word_hash("Okonte")


def test_a_colon_introduced_quotation_takes_the_speaker_before_it() -> None:
    """'Mabena said: "...," and Okonte replied that "..."': the first is Mabena's."""
    text = ("Ayo Mabena said: “We will rebuild the bridge before winter,” and Tunde Okonte "
            "replied that “nobody believes it”.")
    assert speakers_of(text) == [word_hash("Mabena"), word_hash("Okonte")]


def test_a_verb_in_the_sentence_before_opens_nothing() -> None:
    """'Mabena said so. "...," Okonte added.': the verb before the quotation ends its own
    sentence, whose words are no attribution of this one; the attribution after it stands."""
    assert speakers_of("Ayo Mabena said so. “We will rebuild the bridge,” Okonte added."
                       ) == [word_hash("Okonte")]
    assert UNKNOWN not in speakers_of("Okonte said “the bridge will stand” on Friday.")


def test_a_verb_in_a_clause_before_the_quotation_opens_nothing() -> None:
    """'Smith, who said nothing, "..."': the clause ends before the quotation."""
    assert speakers_of('Ayo Mabena, who said nothing, “was clearly upset”, Okonte said.'
                       ) == [word_hash("Okonte")]


def test_a_participle_of_calling_opens_a_quotation_only_after_an_auxiliary() -> None:
    """'il piano definito "..."' is the plan's name for it, the attribution after the quotation
    stands; 'lo ha definito "..."' opens the quotation."""
    assert speakers_of("Il governo ha presentato il piano definito “una svolta storica per il "
                       "paese”, ha detto Okonte.") == [word_hash("Okonte")]
    assert speakers_of("Ayo Mabena lo ha definito “una svolta storica per il paese”, ha detto "
                       "Okonte.") != [word_hash("Okonte")]


def test_a_verb_with_no_subject_after_a_quotation_goes_on_with_the_speaker_before() -> None:
    """'«...», añadió.' and '"...," ujarnya.': Spanish drops the pronoun and Indonesian writes it
    onto the verb; both go on with the speaker named before, as '"...," he added' does. '"...,"
    said a source' names someone else, unknown."""
    assert speakers_of("«Estamos de luto por esta tragedia», dijo Tunde Okonte. «Ordené una "
                       "evaluación completa», añadió.") == [word_hash("Okonte")] * 2
    assert speakers_of("“Kami berduka atas tragedi ini,” kata Tunde Okonte. “Saya perintahkan "
                       "evaluasi menyeluruh,” ujarnya.") == [word_hash("Okonte")] * 2
    assert speakers_of("“We mourn this tragedy,” Tunde Okonte said. “A full review is "
                       "ordered,” said a source.") == [word_hash("Okonte"), UNKNOWN]
    # (a past tense's auxiliary before the verb, a word of manner after it; an article after
    # it opens a subject: someone else)
    assert speakers_of("«Estamos de luto por esta tragedia», dijo Tunde Okonte. «No fui "
                       "respetada», ha dicho tajante.") == [word_hash("Okonte")] * 2
    assert speakers_of("«Estamos de luto por esta tragedia», dijo Tunde Okonte. «No fui "
                       "respetada», ha dicho una fuente.") == [word_hash("Okonte"), UNKNOWN]
    # (a subject needs no article: 'said police', 'dijo su abogado' name someone else)
    assert speakers_of("“We mourn this tragedy,” Tunde Okonte said. “A full review is "
                       "ordered,” said police.") == [word_hash("Okonte"), UNKNOWN]
    assert speakers_of("«Estamos de luto por esta tragedia», dijo Tunde Okonte. «No fui "
                       "respetada», dijo su abogado.") == [word_hash("Okonte"), UNKNOWN]


def test_a_sentence_opening_with_a_verb_with_no_subject_goes_on_with_the_speaker_before(
        ) -> None:
    """'Mencionó que "..."', 'Detalló que Varrow, "..."': the subject Spanish drops is the
    speaker of the paragraph before; a name after "que" is what was said, no speaker. With a
    subject before the verb it is that one's ('Okonte dijo que ... La fiscal Ana Ruiz añadió
    que "..."')."""
    okonte = word_hash("Okonte")
    assert speakers_of("La presidencia de Tunde Okonte dijo que “no habrá impunidad para nadie”."
                       "\n\nDetalló que Varrow, “condenado por la justicia, ha sido detenido esta "
                       "noche”.\n\nMencionó que “toda embajada tiene una sola finalidad”.") == [
        okonte] * 3
    assert speakers_of("Tunde Okonte dijo que “no habrá impunidad para nadie”.\n\nLa fiscal Ana "
                       "Ruiz añadió que “toda embajada tiene una sola finalidad”.") == [
        okonte, word_hash("Ruiz")]


def test_a_quotation_opening_the_paragraph_after_anothers_is_that_speakers_however_long(
        ) -> None:
    """'Zuma dijo que "...".' and then a paragraph that is a quotation alone: the outlet quoting
    him on, whatever the length of the quotation before (the words before the second are that
    quotation's, no attribution); unless a verb follows it in its sentence ('"...," a resident
    said')."""
    zuma = word_hash("Zuma")
    assert speakers_of("Jacob Zuma dijo que “no vamos a permitir que ningún delincuente quede en "
                       "la impunidad en este país”.\n\n“Nadie quedará atrás”.") == [zuma] * 2
    assert speakers_of("Jacob Zuma said the government “will not allow any criminal to go "
                       "unpunished in this country”.\n\n“Nobody will be left behind,” a resident "
                       "said.") == [zuma, UNKNOWN]


def test_a_verb_in_the_plural_with_no_subject_is_not_the_speaker_before() -> None:
    """'Señalaron que "..."', '«...», añadieron': "they", the prosecutors the sentence before
    named, not the one speaker quoted before."""
    okonte = word_hash("Okonte")
    assert speakers_of("Tunde Okonte dijo que “no habrá impunidad para nadie”.\n\nLos fiscales "
                       "del caso, en cambio, pidieron prudencia.\n\nSeñalaron que “la "
                       "investigación apenas comienza”.") == [okonte, UNKNOWN]
    assert speakers_of("«Estamos de luto por esta tragedia», dijo Tunde Okonte. «Ordenamos una "
                       "evaluación completa», añadieron.") == [okonte, UNKNOWN]


def test_a_verb_in_the_plural_goes_on_with_speakers_a_plural_verb_attributed() -> None:
    """'"...", señalaron el Comando Conjunto y la Policía. Agregaron que "..."': the "they" of
    the later verb are the speakers of the quotation before, whose verb is in the plural too;
    in the present tense as well ('«...», agregan'). After one speaker's verb in the
    singular, the plural is someone else (the test above)."""
    for text in ("«Cualquier acto contrario al orden constitucional es una infracción», "
                 "señalaron el Comando Conjunto y la Policía en un comunicado.\n\nAgregaron "
                 "que ambas instituciones son «respetuosas» del orden constitucional.",
                 "«Cualquier acto contrario al orden constitucional es una infracción», "
                 "señalaron el Comando Conjunto y la Policía en un comunicado. «Somos "
                 "respetuosos del orden constitucional», agregan."):
        earlier, later = speakers_of(text)
        assert earlier == later != UNKNOWN
    okonte = word_hash("Okonte")
    assert speakers_of("«Cualquier acto contrario al orden constitucional es una infracción», "
                       "señaló Tunde Okonte en un comunicado. «Somos respetuosos del orden "
                       "constitucional», agregan.") == [okonte, UNKNOWN]


def test_a_plural_beside_one_speakers_verb_is_not_the_earlier_quotations_verb() -> None:
    """The earlier quotation's own verb must be in the plural, the only verb of its attribution:
    not the sources an aside cites after it, nor those its sentence opens with, nor the later
    quotation's own verb in the words after it."""
    okonte = word_hash("Okonte")
    for text in ("«No habrá impunidad», dijo Tunde Okonte, según señalan fuentes oficiales.\n\n"
                 "Agregaron que la investigación «apenas comienza».",
                 "Los vecinos señalan que Tunde Okonte dijo: «No habrá impunidad».\n\n"
                 "Agregaron que la investigación «apenas comienza».",
                 "«No habrá impunidad», dijo Tunde Okonte y «la investigación apenas comienza», "
                 "agregan."):
        assert speakers_of(text) == [okonte, UNKNOWN], text


def test_a_verb_the_words_before_a_quotation_reach_back_to_has_its_own_subject() -> None:
    """'La fiscal general mencionó que ... "..."' with ten words from the verb to the quotation:
    the words asked for the attribution open with the verb, but the sentence does not, and its
    subject (an office, no name) is not the speaker before."""
    speakers = speakers_of("Tunde Okonte dijo que “no habrá impunidad para nadie”.\n\nLa fiscal "
                           "general mencionó que la empresa había ocultado durante meses los "
                           "datos “por razones que nadie ha explicado”.")
    assert speakers[0] == word_hash("Okonte") and speakers[1] != word_hash("Okonte")


def test_a_name_and_a_few_words_before_a_colon_attribute_the_quotation() -> None:
    """'Asked about running again, António Costa was clear: "..."': no reporting verb, but the
    clause the colon ends is the speaker's (Portuguese 'foi claro', Spanish 'fue tajante',
    French 'a été clair'). Not a clause naming another person after the predicate ('had a
    message for Ayo Mabena'), nor a line's label of one word nobody speaks as ('UPDATE at
    noon:')."""
    okonte = word_hash("Okonte")
    for text in ("Asked about running again, Tunde Okonte was clear: “No, I will not run.”",
                 "Questionado sobre o futuro, Tunde Okonte foi claro: “Não, não me vou "
                 "recandidatar”.",
                 "Preguntado por su futuro, Tunde Okonte fue tajante: “No voy a dimitir”.",
                 "Interrogé sur son avenir, Tunde Okonte a été clair : « Je ne démissionnerai "
                 "pas ».",
                 "Okonte said so. Asked again, Okonte was clear: “We will rebuild.”"):
        assert speakers_of(text)[-1] == okonte, text
    assert speakers_of("Tunde Okonte had a message for Ayo Mabena: “You will lose.”") == [
        UNKNOWN]
    assert speakers_of("UPDATE at noon: “We will rebuild.”") == [UNKNOWN]
    # (only a form of "be" and how the speaker was: not what the person got or faces, not
    # someone of theirs; a singular pronoun goes on with the speaker before, not "they")
    for other in ("Tunde Okonte received a letter: “Resign now.”",
                  "Tunde Okonte’s critics were blunt: “Resign now.”"):
        assert speakers_of(other) == [UNKNOWN], other
    before = "“We mourn this tragedy,” Tunde Okonte said. "
    assert speakers_of(before + "He was blunt: “Resign now.”") == [okonte] * 2
    assert speakers_of(before + "They were blunt: “Resign now.”") == [okonte, UNKNOWN]


def test_a_name_before_but_said_is_the_first_verbs_object_not_the_speaker() -> None:
    """'The minister praised the decision of Judge Anna Berg, but said "..."': the name before
    the conjunction is what the sentence's subject praised, not who said the quotation; and the
    subject of a clause "if" or "whether" opens is no speaker either ('said if Americans are
    "..."'). Without a conjunction the name before a comma stays the speaker ('Anna Berg, 59,
    said')."""
    assert speakers_of("The minister praised the decision of Judge Anna Berg, but said the "
                       "ruling “leaves many questions open.”") == [UNKNOWN]
    assert speakers_of("Le ministre a salué la décision de la juge Anna Berg, mais a dit que "
                       "le jugement « laisse des questions ouvertes ».") == [UNKNOWN]
    assert speakers_of("Tom Smith praised the jury, but said if Americans are “honest with "
                       "ourselves” much remains.") == [UNKNOWN]
    assert speakers_of("Anna Berg, 59, said the ruling “leaves many questions open.”") == [
        word_hash("berg")]


def test_an_aside_a_preposition_opens_stands_between_the_name_and_its_verb() -> None:
    """'The Obamas, in a statement Tuesday, said the jury "did the right thing."': the aside
    between commas is when and how they said it; the name before it is the speaker's."""
    assert speakers_of("The Obamas, in a statement Tuesday, said the jury “did the right "
                       "thing.”") == [word_hash("obamas")]
    assert speakers_of("Pedro Alcañiz, en declaraciones a la prensa, dijo que era «un día "
                       "triste».") == [word_hash("alcañiz")]


def test_ukrainian_speakers_after_the_dash() -> None:
    """'«...», – наголосив Клименко': the name after a Ukrainian reporting verb."""
    text = ("Вступ до статті про катастрофу.\n\n«Це жахлива трагедія для всієї країни», – "
            "заявив Зеленський у зверненні.\n\n«Ми втратили багато людей», – наголосив Клименко.")
    assert speakers_of(text) == [word_hash("Зеленський"), word_hash("Клименко")]


def test_a_second_verb_after_a_conjunction_introduces_the_next_quotation() -> None:
    """'X transmitiu à família "..." e destacou que o antigo Presidente "..."': the words after
    the first quotation go on with the subject's second verb into the second; they are no
    attribution of the first (whose own is before it), and the second is the same subject's
    (the name after "que" is what was said). Another subject after the conjunction is still
    not the first quotation's speaker ("... and Jones said it was ...")."""
    sousa = word_hash("sousa")
    assert speakers_of("Marcelo Rebelo de Sousa transmitiu à família de Jorge Sampaio “dor e "
                       "pesar de todos” e destacou que o antigo Presidente da República “lutou "
                       "serenamente”.") == [sousa, sousa]
    assert speakers_of("Ana Berg told the family of “deep sorrow” and noted that the former "
                       "president had “fought serenely”.") == [word_hash("berg")] * 2
    first, second = speakers_of("Ana Berg wrote of “a disgrace” and Tom Jones said it was "
                                "“fine”.")
    assert first != word_hash("jones") and second == word_hash("jones")
