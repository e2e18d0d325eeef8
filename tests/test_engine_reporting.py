"""The vocabulary of news formulas in nineteen languages (`viewer.engine.reporting`): two stories
about different events that share only a formula in French or Spanish, or where a statement was
posted, link nothing; a shared French sentence still links; a word that is stock in one
language and a content word in another is stock only in text of its own language; a French
pronoun attribution continues a speaker's remarks; a statement reported in French between two
pieces of a speech keeps them apart (small hand-made corpora, no sample or real-article text)."""

from __future__ import annotations

import numpy as np

from viewer.engine import find_shared_passages, reporting
from viewer.normalize import normalize_words
from viewer.token_hashing import word_hashes

from .engine_texts import articles, filler


def test_french_formulas_link_nothing_across_events() -> None:
    """A reporting verb, a weekday, a title and a name; a casualty toll: the formulas of two
    French stories about different events, around their own words."""
    result = find_shared_passages(articles(
        f"{filler('a')}, a déclaré mardi le Premier ministre belge Jean Vasseur. {filler('b')}.",
        f"{filler('c')}, a déclaré mardi le Premier ministre belge Jean Vasseur. {filler('d')}.",
        f"{filler('e')} faisant des morts et des dizaines de blessés dans la ville. "
        f"{filler('f')}.",
        f"{filler('g')} causant des morts et des dizaines de blessés dans la ville. "
        f"{filler('h')}.",
    ))
    assert result.passages == ()


def test_spanish_formulas_link_nothing_across_events() -> None:
    result = find_shared_passages(articles(
        f"{filler('a')}, dijo este martes el presidente del Gobierno, Pedro Alcañiz, en una "
        f"rueda de prensa. {filler('b')}.",
        f"{filler('c')}, dijo este martes el presidente del Gobierno, Pedro Alcañiz, en una "
        f"rueda de prensa. {filler('d')}.",
        f"{filler('e')} con al menos doce muertos y decenas de heridos, según las autoridades. "
        f"{filler('f')}.",
        f"{filler('g')} con al menos doce muertos y decenas de heridos, según las autoridades. "
        f"{filler('h')}.",
    ))
    assert result.passages == ()


def test_a_post_on_a_social_network_links_nothing_across_events() -> None:
    """Where a statement was posted is a formula in every language: "en un mensaje en la red
    social X", "in a message on the social platform X", "dans un message sur le réseau social
    X", "compartido a través de la red social X"."""
    result = find_shared_passages(articles(
        f"{filler('a')}, escribió el alcalde Pedro Alcañiz en un mensaje en la red social X. "
        f"{filler('b')}.",
        f"{filler('c')}, escribió la ministra Ana Rovira en un mensaje en la red social X. "
        f"{filler('d')}.",
        f"{filler('e')}, wrote the mayor in a message posted on the social platform X. "
        f"{filler('f')}.",
        f"{filler('g')}, wrote the minister in a message posted on the social platform X. "
        f"{filler('h')}.",
        f"{filler('i')}, a écrit le maire dans un message publié sur le réseau social X. "
        f"{filler('j')}.",
        f"{filler('k')}, a écrit la ministre dans un message publié sur le réseau social X. "
        f"{filler('l')}.",
        f"{filler('m')}, según el mensaje compartido a través de la red social X. "
        f"{filler('n')}.",
        f"{filler('o')}, según el texto compartido a través de la red social X. "
        f"{filler('p')}.",
    ))
    assert result.passages == ()


def test_a_shared_french_sentence_still_links() -> None:
    sentence = ("les secouristes ont évacué quarante passagers du train bloqué sous le tunnel "
                "de Vellac avant l'aube")
    result = find_shared_passages(articles(
        f"{filler('a')}. Selon la préfecture, {sentence}. {filler('b')}.",
        f"{filler('c')}. {sentence.capitalize()}, a indiqué un porte-parole. {filler('d')}.",
    ))
    (passage,) = result.passages
    assert passage.document_ids == ("d0", "d1")
    assert "quarante passagers du train" in passage.consensus


def _stock(text: str) -> dict[str, bool]:
    words = normalize_words(text.split())
    return dict(zip(words, reporting.stock(word_hashes(words)).tolist(), strict=True))


def test_czech_and_greek_formulas_link_nothing_across_events() -> None:
    """A reporting verb, a weekday, a title and a name, in Czech and in Greek: the formulas of
    two stories about different events, around their own words."""
    result = find_shared_passages(articles(
        f"{filler('a')}, uvedl v úterý ministr Jan Novotný. {filler('b')}.",
        f"{filler('c')}, uvedl v úterý ministr Jan Novotný. {filler('d')}.",
        f"{filler('e')}, δήλωσε την Τρίτη ο πρωθυπουργός Γιάννης Παπαδόπουλος. {filler('f')}.",
        f"{filler('g')}, δήλωσε την Τρίτη ο πρωθυπουργός Γιάννης Παπαδόπουλος. {filler('h')}.",
    ))
    assert result.passages == ()


def test_swedish_formulas_link_nothing_across_events() -> None:
    """A reporting verb, a weekday, a title and a name in Swedish: the formula of two stories
    about different events, around their own words."""
    result = find_shared_passages(articles(
        f"{filler('a')}, uppger justitieministern Gunnar Berg på tisdagen. {filler('b')}.",
        f"{filler('c')}, uppger justitieministern Gunnar Berg på tisdagen. {filler('d')}.",
    ))
    assert result.passages == ()


def test_a_false_friend_is_stock_only_in_its_own_language() -> None:
    """German "war" and "die", Spanish "son" and "red", Italian "come" are function or
    formula words of their language and content words of English."""
    assert not _stock("the war in the north")["war"]
    assert _stock("der Krieg war lang und die Nacht kalt")["war"]
    assert _stock("der Krieg war lang und die Nacht kalt")["die"]
    assert not _stock("the soldiers would die for the king")["die"]
    assert not _stock("his son said")["son"]
    assert _stock("los muertos son muchos")["son"]
    assert _stock("non so come sia successo")["come"]
    assert not _stock("they will come home")["come"]
    assert not _stock("the red car in the north")["red"]
    # (French verbs in the present that fold into English words: "précise" is "precise")
    assert not _stock("the strike was precise and the damage was limited")["precise"]
    assert _stock("le ministre précise que les travaux ne sont pas finis")["precise"]
    assert not _stock("a note on the manifesto of the party")["note"]
    assert not _stock("a note on the manifesto of the party")["manifesto"]
    # (nor is being admitted to hospital anyone's attribution)
    assert not _stock("he was admitted to hospital on Friday")["admitted"]
    assert _stock("el alcalde escribió en la red social de los vecinos del pueblo")["red"]
    # (Danish "fire" (four) is an English word, Swedish "mer" (more) a French one)
    assert not _stock("the fire spread to the roof of the house")["fire"]
    assert _stock("politiet havde fire personer i bilen da de bliver stoppet")["fire"]
    assert not _stock("le bateau a disparu en mer pendant la nuit")["mer"]
    assert _stock("det är inte klart och polisen säger att det var mer än tio")["mer"]
    # (Norwegian "tanker", thoughts, is not listed; Swedish "där" and "vara" are Spanish,
    # Portuguese and Italian words)
    assert not _stock("police said the oil tanker was hit by a missile")["tanker"]
    assert not _stock("o governo vai dar apoio às famílias das vítimas")["dar"]
    assert not _stock("il governo vara il decreto per le famiglie delle vittime")["vara"]
    # (nor do the later languages' short words take other languages' content words: French
    # "dette" (debt), Indonesian "nama" (name), Turkish "dere" (stream))
    assert not _stock("la dette publique de la France a encore augmenté")["dette"]
    assert not _stock("polisi belum merilis nama korban dan pelaku")["nama"]
    assert not _stock("dere yatağındaki evler su altında kaldı ve köy boşaltıldı")["dere"]
    # (Czech "let", years, is an English verb)
    assert not _stock("let the children go home")["let"]
    assert _stock("před deseti let byl most uzavřen když jsou tam lidé")["let"]
    # (too few words to tell the language: a false friend is a content word)
    assert not _stock("war")["war"]


def test_the_later_languages_leave_the_earlier_ones_their_own_function_words() -> None:
    """A Turkish, an English and a German sentence are still told by their own function words
    ("ve", "by", "mit"), which Czech, Norwegian and Danish also write: those are not listed a
    second time."""
    for text, language in (("AFAD ve Kızılay ekipleri bölgeye sevk edildi", "tr"),
                           ("Police said he was taken to hospital by ambulance for treatment",
                            "en"),
                           ("Der Kanzler sprach mit dem Präsidenten über den Krieg", "de")):
        hashes = word_hashes(normalize_words(text.split()))
        found = reporting.language_of(hashes, np.zeros(len(hashes), dtype=np.int64), 1)
        assert reporting.LANGUAGES[int(found[0])] == language, text


def test_accents_and_case_are_folded_as_the_tokeniser_does() -> None:
    words = normalize_words(["DÉCLARÉ", "Bundeskanzlerin", "März", "AÑADIÓ"])
    assert reporting.stock(word_hashes(words)).all()
    assert np.all(reporting.stock(word_hashes(normalize_words(["Straße"]))) == [False])


FIRST = "L'eau est montée plus vite que tout ce que j'ai vu en trente ans sur ce fleuve"
SECOND = "C'est le plus vieux pont de la vallée"


def test_a_french_pronoun_attribution_continues_the_remarks() -> None:
    """'« ... », a-t-il ajouté.' opening the next paragraph is the named speaker going on."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n« Nous n'étions pas prêts », a dit le maire. « {FIRST}. »\n"
        f"« {SECOND} », a-t-il ajouté à propos du pont de pierre. {filler('b')}.",
        f"{filler('c')}. Plus tard le maire a dit : « {FIRST}. » {filler('d')}.",
        f"{filler('e')}. Il l'a appelé « le plus vieux pont de la vallée » vendredi. "
        f"{filler('f')}."))
    (passage,) = result.passages
    assert passage.spread == 3


OPENING = ("J'ai pris la décision de quitter mes fonctions, car mes forces ne suffisent plus à la "
           "charge de cette mairie, à la fin du mois.")
CLOSING = ("Dans les années qui me restent je veux servir cette ville en silence, par une vie "
           "donnée à l'école du jardin et à la vieille bibliothèque du fleuve.")


def _quoting() -> str:
    return (f"{filler('c')}.\n\nLe maire a parlé dix minutes. « {OPENING} » Elle a ensuite "
            f"remercié par leur nom les bénévoles de l'année des crues. « {CLOSING} »\n\n"
            f"{filler('d')}.")


def test_two_pieces_quoted_of_a_french_speech_another_prints_whole_are_one_passage() -> None:
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\nChers amis,\n\n{OPENING}\n\n{CLOSING}\n\n{filler('b')}.", _quoting()))
    (passage,) = result.passages
    assert passage.spread == 2


def test_another_statement_reported_in_french_between_on_the_whole_side_stays_apart() -> None:
    """d0 carries the first sentence, then reports another statement unquoted ("Dans un
    communiqué ..., le conseil a annoncé"): two statements."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{OPENING}\n\nDans un communiqué publié le soir, le conseil a "
        f"annoncé que {CLOSING[:1].lower()}{CLOSING[1:]}\n\n{filler('b')}.", _quoting()))
    assert len(result.passages) == 2


def test_ukrainian_and_russian_are_told_apart_by_their_own_function_words() -> None:
    """Ukrainian leaves Russian the function words both write ("в", "на", "не"): a Russian
    sentence is still Russian, a Ukrainian one Ukrainian."""
    for text, language in (("Он сказал что это не так и все уже знают об этом", "ru"),
                           ("Він сказав що це не так і всі вже знають про це", "uk")):
        hashes = word_hashes(normalize_words(text.split()))
        found = reporting.language_of(hashes, np.zeros(len(hashes), dtype=np.int64), 1)
        assert reporting.LANGUAGES[int(found[0])] == language, text
