"""An occurrence made of quotations and the attribution between or around them is its
quotations (`viewer.engine.inner_attributions`): the attribution outlets copy from one agency's
report is not highlighted as the statement, while a wire story's own text between two
quotations stays in its occurrence. Small hand-made texts."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine import find_shared_passages
from viewer.engine.fragments import quoted_token_ranges
from viewer.engine.inner_attributions import quotations_without_attribution
from viewer.engine.statements import Statements
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler

FIRST = ("Con dolore informo che il Papa emerito è deceduto oggi alle ore nove nel monastero "
         "dove viveva da dieci anni.")
SECOND = ("dalla mattina di lunedì il corpo sarà nella basilica per il saluto dei fedeli che "
          "vorranno rendergli omaggio.")
ATTRIBUTION = ("ha riferito il direttore della Sala stampa della Santa Sede, Matteo Bruni, "
               "annunciando anche che")


def _spans(texts: list[str]) -> list[list[tuple[str, str]]]:
    passages = find_shared_passages(articles(*texts)).passages
    return [sorted((o.document, texts[int(o.document[1:])][o.start:o.end])
                   for o in p.occurrences) for p in passages]


def test_the_attribution_two_outlets_copy_between_two_quotations_is_left_out() -> None:
    quoted = f"“{FIRST[:-1]}”, {ATTRIBUTION} “{SECOND[:-1]}”."
    a = f"{filler('a')}.\n\n{quoted}\n\n{filler('b')}."
    b = f"{filler('c')}.\n\n{quoted}\n\n{filler('d')}."
    c = f"{filler('e')}. “{FIRST[:-1]}”, si legge. {filler('f')}. “{SECOND[:-1]}”, aggiunge."
    (passage,) = _spans([a, b, c])
    assert passage == [("d0", FIRST[:-1]), ("d0", SECOND[:-1]), ("d1", FIRST[:-1]),
                       ("d1", SECOND[:-1]), ("d2", FIRST[:-1]), ("d2", SECOND[:-1])]
    (whole,) = find_shared_passages(articles(a, b, c)).passages
    assert "riferito" not in whole.consensus


@pytest.mark.parametrize("between", [
    "disse o presidente da companhia, Carlos Mendes, em Lisboa.",
    "sagte von der Leyen bei ihrem Besuch in Kiew.",
    "warnte von der Leyen bei ihrem Besuch in Kiew.",
    "the chief executive said over a video link from Tokyo."])
def test_a_preposition_after_a_verb_of_saying_opens_no_topic(between: str) -> None:
    """"disse o presidente", "sagte von der Leyen", "said over a video link": an article, a
    name, the circumstances, not the topic of what was reported (that needs a verb of telling,
    "berichtete von", "told of"): the attribution between the two quotations is left out."""
    quoted = f"“{FIRST[:-1]}”, {between} “{SECOND[:-1]}”"
    a = f"{filler('a')}.\n\n{quoted}\n\n{filler('b')}."
    b = f"{filler('c')}.\n\n{quoted}\n\n{filler('d')}."
    (passage,) = _spans([a, b])
    assert passage == [("d0", FIRST[:-1]), ("d0", SECOND[:-1]), ("d1", FIRST[:-1]),
                       ("d1", SECOND[:-1])]


@pytest.mark.parametrize("between", [
    "Mario Rossi interviene sul caso sottolineando che",
    "Mario Rossi intervino en el caso señalando que",
    "Mario Rossi est intervenu en soulignant que",
    "Mario Rossi intervino en el caso diciendo que",
    "Mario Rossi è intervenuto sul caso dicendo che",
    "Mario Rossi est intervenu en disant que"])
def test_an_attribution_whose_verb_is_a_gerund_is_left_out(between: str) -> None:
    """"sottolineando che", "señalando que", "en soulignant que": the gerund or present
    participle of a reporting verb attributes as its other forms do."""
    quoted = f"“{FIRST[:-1]}”. {between} “{SECOND[:-1]}”."
    a = f"{filler('a')}.\n\n{quoted}\n\n{filler('b')}."
    b = f"{filler('c')}.\n\n{quoted}\n\n{filler('d')}."
    (passage,) = _spans([a, b])
    assert passage == [("d0", FIRST[:-1]), ("d0", SECOND[:-1]), ("d1", FIRST[:-1]),
                       ("d1", SECOND[:-1])]


def test_a_long_attribution_after_the_quotation_opening_with_its_verb_is_left_out() -> None:
    """'", a déclaré sur X Marine Le Pen, triple candidate Rassemblement national à l'élection
    présidentielle.': fourteen words, but the verb opens them: attribution, however long the
    speaker's description."""
    said = ("La légende est partie. Alain Delon nous laisse orphelins de l'âge d'or du cinéma "
            "français qu'il incarnait si bien")
    quoted = (f"« {said} », a déclaré sur X Marine Le Pen, triple candidate Rassemblement national "
              "à l'élection présidentielle.")
    a = f"{filler('a')}.\n\n{quoted}\n\n{filler('b')}."
    b = f"{filler('c')}.\n\n{quoted}\n\n{filler('d')}."
    c = f"{filler('e')}. Marine Le Pen a écrit : « {said} ». {filler('f')}."
    (passage,) = _spans([a, b, c])
    assert passage == [("d0", said), ("d1", said), ("d2", said)]


@pytest.mark.parametrize("verb", ["señalaron", "indicaron", "destacaron", "apuntó"])
def test_a_plural_reporting_verb_before_the_quotations_is_left_out(verb: str) -> None:
    """An office's statement reported in the plural ('En el texto difundido, señalaron:“...”.
    “...”, apuntaron.'), or with a verb of the kind of 'apuntó', two outlets copying it with
    the quotations: attribution, not the statement's first word."""
    said = ("El Gobierno acompaña en este triste momento a todos aquellos que encontraron en "
            "el fallecido un líder espiritual y un ejemplo de entrega")
    more = "Se convirtió en el primer argentino en llegar a liderar la Iglesia"
    quoted = f"{verb}:“{said}”. “{more}”, apuntaron."
    a = f"{filler('a')}.\n\nEn el texto difundido, {quoted}\n\n{filler('b')}."
    b = f"{filler('c')}.\n\nDesde la Casa Rosada {quoted}\n\n{filler('d')}."
    c = f"{filler('e')}. La Oficina del Presidente expresó: “{said}”. {filler('f')}."
    both = f"{said}”. “{more}"
    (passage,) = _spans([a, b, c])
    assert passage == [("d0", both), ("d1", both), ("d2", said)]


def test_a_sentence_of_the_story_after_the_last_quotation_stays() -> None:
    """'." Ha detto che la basilica ...' (he said that): a reporting verb among its first
    words, but a sentence of its own after the quotation's, which two outlets share: no
    attribution."""
    tail = ("Ha detto che la basilica resterà aperta fino a tarda sera per tutti i fedeli che "
            "arriveranno")
    quoted = f"“{FIRST}” {tail}."
    a = f"{filler('a')}.\n\n{quoted}\n\n{filler('b')}."
    b = f"{filler('c')}.\n\n{quoted}\n\n{filler('d')}."
    (passage,) = _spans([a, b])
    assert [text.endswith(tail) for _, text in passage] == [True, True]


def test_a_wire_storys_own_text_between_two_quotations_stays() -> None:
    story = (f"“{FIRST[:-1]}”, the spokesman said. Rescue teams reached the mountain village "
             f"on Monday after army engineers cleared the only road. “{SECOND[:-1]}”")
    a = f"{filler('a')}.\n\n{story}\n\n{filler('b')}."
    b = f"{filler('c')}.\n\n{story}\n\n{filler('d')}."
    (passage,) = _spans([a, b])
    assert passage == [("d0", story[1:-1]), ("d1", story[1:-1])]


def test_what_was_said_in_the_outlets_words_before_a_quotation_stays() -> None:
    """'... said they will work to become financially independent, while continuing to "fully
    support" the Queen': a reporting verb, then what was said in the agency's words, which two
    outlets copy with the quoted words: no attribution, the sentence stays whole. With only
    when and where it was said after the verb ('said on Monday in Rome: "', 'said in a speech
    to residents at the town hall: "'), it is attribution."""
    said = "fully support the harbour workers"
    reported = ("They said they will work to become financially independent, while "
                f"continuing to “{said}” of the town")
    a = f"{filler('a')}.\n\n{reported}.\n\n{filler('b')}."
    b = f"{filler('c')}.\n\n{reported}.\n\n{filler('d')}."
    (passage,) = _spans([a, b])
    assert passage == [("d0", reported), ("d1", reported)]
    for circumstances in ("on Monday in Rome", "in a speech to residents at the town hall",
                          "during a visit to the flooded harbour villages"):
        attributed = f"The couple said {circumstances}: “{FIRST[:-1]}”"
        a = f"{filler('a')}.\n\n{attributed}.\n\n{filler('b')}."
        b = f"{filler('c')}.\n\n{attributed}.\n\n{filler('d')}."
        (passage,) = _spans([a, b])
        assert passage == [("d0", FIRST[:-1]), ("d1", FIRST[:-1])], circumstances


@pytest.mark.parametrize(("reported", "quoted", "attributed"), [
    ("A neighbour told of gunshots and screams from the meeting hall.",
     "There were about four bursts, each of several shots, some twenty seconds apart",
     "she said"),
    ("Eine Nachbarin berichtete von mehreren Schüssen bei der Veranstaltung der Gemeinde.",
     "Es waren ungefähr vier Schussperioden, in denen immer mehrere Schüsse fielen, etwa im "
     "Abstand von zwanzig Sekunden", "sagte sie")])
def test_what_was_reported_after_a_preposition_of_its_topic_stays(reported: str, quoted: str,
                                                                  attributed: str) -> None:
    """A sentence of the agency's before the quotation saying what a witness reported ('told of
    several shots', 'berichtete von mehreren Schüssen': the topic after its preposition,
    German nouns in capitals) is story text two outlets copy with the quotation: it stays
    (and the occurrence is the copied text whole, not its quotation alone)."""
    text = f"{reported} “{quoted}”"
    a = f"{filler('a')}.\n\n{text}, {attributed}.\n\n{filler('b')}."
    b = f"{filler('c')}.\n\n{text}, {attributed}.\n\n{filler('d')}."
    (passage,) = _spans([a, b])
    assert [document for document, _ in passage] == ["d0", "d1"]
    for _, occurrence in passage:
        assert occurrence.startswith(f"{reported} “{quoted}"), occurrence


def test_a_quotation_inside_another_gives_pieces_inside_the_occurrence() -> None:
    """A double-quoted word inside a single-quoted stretch ('‘... “no” ...’'): the quotations
    overlap, and each piece still lies inside the occurrence, in order."""
    text = (f"{filler('a')}. Lo dice il direttore. ‘Abbiamo detto “no” a tutti loro’, ha "
            f"riferito il direttore. {filler('b')}.")
    corpus = tokenise(articles(text))
    quotes = quoted_token_ranges(corpus)
    assert (np.diff(quotes[1]) < 0).any()  # (the ends are out of order: one lies inside)
    words = [text[int(s):int(e)] for s, e in zip(corpus.starts, corpus.ends, strict=True)]
    first, end = words.index("Abbiamo"), words.index("riferito") + 3
    one = np.zeros(1, dtype=np.int64)
    out = quotations_without_attribution(
        corpus, Statements(one.copy(), one.copy(), np.array([first]), np.array([end])), quotes)
    pieces = list(zip(out.first.tolist(), out.end.tolist(), strict=True))
    assert pieces == [(first, words.index("loro") + 1)]


def test_a_speaker_named_in_a_sentence_before_the_quotation_is_left_out_not_the_statements_words(
) -> None:
    """Before the first quotation, a title makes attribution only as a sentence of its own ("The
    director of the press office, Matteo Bruni. “...”"); the statement's own words that an
    outlet prints before quoting the rest run on into the quotation ("with immense gratitude
    for the example of the late president, “we commend ...”") and stay."""
    quote = "we commend his soul to the merciful love of God, as he asked us to do"
    tag = f"The director of the press office, Matteo Bruni. “{quote}”"
    words_of_it = f"She added that, with immense gratitude for the late president, “{quote}”"
    one = np.zeros(1, dtype=np.int64)
    for opening, first_word, kept in ((tag, "director", False), (words_of_it, "with", True)):
        text = f"{filler('a')}. {opening}. {filler('b')}."
        corpus = tokenise(articles(text))
        words = [text[int(s):int(e)] for s, e in zip(corpus.starts, corpus.ends, strict=True)]
        first, end = words.index(first_word), words.index("do") + 1
        out = quotations_without_attribution(
            corpus, Statements(one.copy(), one.copy(), np.array([first]), np.array([end])),
            quoted_token_ranges(corpus))
        start = first if kept else words.index("we")
        assert (out.first.tolist(), out.end.tolist()) == ([start], [end]), opening


def test_a_stub_of_the_sentence_before_is_left_out_and_story_text_after_is_not() -> None:
    text = (f"{filler('a')}. Lo annuncia la Santa Sede per Benedetto XVI. “{FIRST[:-1]}” "
            f"per lui e la sua famiglia. {filler('b')}.")
    corpus = tokenise(articles(text))
    words = [text[int(s):int(e)] for s, e in zip(corpus.starts, corpus.ends, strict=True)]
    stub = words.index("Benedetto")
    quote_end = words.index("anni") + 1
    after = words.index("famiglia") + 1
    one = np.zeros(1, dtype=np.int64)

    def occurrence(first: int, end: int) -> Statements:
        return Statements(one.copy(), one.copy(), np.array([first]), np.array([end]))

    quotes = quoted_token_ranges(corpus)
    trimmed = quotations_without_attribution(corpus, occurrence(stub, quote_end), quotes)
    assert (trimmed.first.tolist(), trimmed.end.tolist()) == ([stub + 2], [quote_end])
    story = quotations_without_attribution(corpus, occurrence(stub, after), quotes)
    assert (story.first.tolist(), story.end.tolist()) == ([stub], [after])


_PARTS = ("‘", "’", "'", '"', "“", "”", "«", "»", " - ", "\n\n", ". ", ", ", ": ", "said",
          "ha detto", "il direttore", "we mourn", "the Queen", "died", "don’t", "players’",
          "l'homme", FIRST, SECOND)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_PARTS), min_size=1, max_size=40),
       st.lists(st.tuples(st.integers(0, 120), st.integers(1, 40)), min_size=1, max_size=6))
def test_occurrences_are_only_ever_cut_into_pieces_of_themselves(parts, ranges) -> None:
    """Whatever the text and its quotation marks (quotations that cross, '‘a “b’ c”', included)
    and whatever the occurrences, each comes out whole or as pieces inside it, in order, of the
    same statement, and none is lost."""
    text = f"{FIRST} " + " ".join(parts)
    corpus = tokenise(articles(text))
    size = len(corpus.hashes)
    spans = sorted({(min(first, size - 1), min(first + length, size)) for first, length in ranges})
    statements = Statements(np.arange(len(spans), dtype=np.int64),
                            np.zeros(len(spans), dtype=np.int64),
                            np.array([s for s, _ in spans], dtype=np.int64),
                            np.array([e for _, e in spans], dtype=np.int64))
    out = quotations_without_attribution(corpus, statements, quoted_token_ranges(corpus))
    assert sorted(set(out.statement.tolist())) == list(range(len(spans)))
    for statement, (first, end) in enumerate(spans):
        pieces = [(f, e) for s, f, e in zip(out.statement.tolist(), out.first.tolist(),
                                            out.end.tolist(), strict=True) if s == statement]
        assert all(first <= f < e <= end for f, e in pieces)
        assert pieces == sorted(pieces)
        assert all(e1 <= f2 for (_, e1), (f2, _) in itertools.pairwise(pieces))


def test_dialogue_copied_from_one_long_text_into_another_stays_one_occurrence() -> None:
    """Two texts longer than a long news article share a page of a novel's dialogue, its tags
    with it ('"...," said Jane, "..."'): one stretch of reuse, one occurrence in each (the
    text-reuse benchmarks count every pair of a passage's occurrences)."""
    dialogue = (f"“{FIRST[:-1]},” said Jane, “and I shall write to her tomorrow.” "
                f"“{SECOND[:-1]},” replied her sister, “if the weather holds.”")
    texts = [f"{filler(tag, 2100)}.\n\n{dialogue}\n\n{filler(tag + 'z', 300)}."
             for tag in ("a", "b")]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert sorted(o.document for o in passage.occurrences) == ["d0", "d1"]


def test_a_story_sentence_quoting_a_phrase_stays_whole() -> None:
    """Wire copy quoting a phrase: 'Varrow Marine did not provide details when the company
    announced the "loss of life" in a statement or how officials knew the crew members
    perished.' Its words around the phrase say something and outnumber it twice over: the
    story's, copied with it, not an attribution to leave out."""
    sentence = ("Varrow Marine did not provide details when the company announced the “loss of "
                "life” in a statement or how officials knew the crew members perished")
    texts = [f"{filler('a')}.\n\n{sentence}.\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{sentence}. {filler('d')}."]
    assert _spans(texts) == [[("d0", sentence), ("d1", sentence)]]
