"""Quotations two outlets transcribe a little otherwise (`viewer.engine.reworded_quotations`): a
word's ending, a particle or a word changed, no run of words the n-gram stages find, are one
statement where their characters' trigrams are alike; not where one denies what the other says,
gives another number, or, between outlets sharing nothing else, two speakers say it. Small
hand-made texts (no sample or real-article text) and a property test."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine import find_shared_passages
from viewer.engine.candidates import candidate_seeds
from viewer.engine.chain import chain_and_extend
from viewer.engine.fragments import find_fragments, quoted_token_ranges
from viewer.engine.index import index_ngrams
from viewer.engine.pipeline import DEFAULT_SETTINGS
from viewer.engine.reworded_quotations import RARE_QUOTATIONS, reworded_quotations
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler

WIRE = ("Les secours ont travaillé toute la nuit dans les quartiers du port pour dégager les "
        "rues encore couvertes de boue")
"""A sentence of agency copy both outlets print: their documents share a match."""
ALONE = "Le maire a parlé aux familles dans la soirée"
"""A sentence one outlet prints, the other a sentence of its own."""


def _outlets(first: str, second: str, wire: str = WIRE,
             speakers: tuple[str, str] = ("Ilse Marrand", "Ilse Marrand")) -> list[str]:
    """Two outlets quoting `first` and `second`, each printing `wire` (the second, where it is
    ALONE, a sentence of its own instead)."""
    other = "La préfecture a ouvert un gymnase pour les sinistrés du quartier" \
        if wire == ALONE else wire
    return [f"{filler('a')}. {wire}. « {first} », a déclaré {speakers[0]} lundi. "
            f"{filler('b')}.",
            f"{filler('c')}. {other}. {filler('d')}. « {second} », a affirmé {speakers[1]} "
            f"devant la presse. {filler('e')}."]


def _reworded(texts: list[str]) -> list[tuple[str, str]]:
    """The text of each side of each match `reworded_quotations` finds among `texts`, given
    the pairwise matches and fragments before it."""
    corpus = tokenise(articles(*texts))
    index = index_ngrams(corpus, DEFAULT_SETTINGS)
    matches = chain_and_extend(corpus, candidate_seeds(corpus, index), DEFAULT_SETTINGS,
                               index.window_documents)
    quotes = quoted_token_ranges(corpus)
    found = reworded_quotations(
        corpus, matches.concatenated(find_fragments(corpus, matches, quotes)), quotes)

    def text(doc: int, first: int, end: int) -> str:
        at = int(corpus.offsets[doc])
        return corpus.texts[doc][int(corpus.starts[at + first]):int(corpus.ends[at + end - 1])]

    return [(text(int(found.doc_a[k]), int(found.a0[k]), int(found.a1[k])),
             text(int(found.doc_b[k]), int(found.b0[k]), int(found.b1[k])))
            for k in range(len(found))]


def test_two_transcriptions_of_one_remark_are_one_statement() -> None:
    """A word's ending and a particle otherwise ('une femme de parole et de convictions' /
    'une femme de paroles et convictions'), a word changed ('maintenant' / 'à présent'): no
    run of six words alike, and the two quotations are one passage."""
    for first, second in (("c'était une femme de parole et de convictions, fidèle",
                           "c'était une femme de paroles et convictions, fidèle"),
                          ("y aller maintenant serait une simple parade pour le maire",
                           "y aller à présent serait une simple parade pour le maire")):
        texts = _outlets(first, second)
        passages = [{(o.document, texts[int(o.document[1:])][o.start:o.end])
                     for o in passage.occurrences}
                    for passage in find_shared_passages(articles(*texts)).passages]
        assert any({("d0", first), ("d1", second)} <= passage for passage in passages), first


def test_a_quotation_denying_the_other_or_another_number_is_no_match() -> None:
    """As many negations on each side ("la digue tiendra" / "la digue ne tiendra pas"), the
    same numbers where both give any ("40 morts" / "42 morts")."""
    assert _reworded(_outlets("la digue du port tiendra bien toute la nuit, promis",
                              "la digue du port ne tiendra pas toute la nuit, promis")) == []
    assert _reworded(_outlets("nous comptons hélas 40 morts dans les quartiers du port",
                              "nous comptons hélas 42 morts dans les quartiers du port")) == []
    # (a negation on each side, written otherwise: alike)
    assert _reworded(_outlets("la digue du port ne cédera plus jamais cette nuit, promis",
                              "la digue du port ne cèdera jamais cette nuit, promis")) != []


def test_between_outlets_sharing_nothing_only_one_speakers_words_are_a_match() -> None:
    """No text in common: the two quotations must be one named speaker's; two speakers' words
    written alike are no match."""
    first = "y aller maintenant serait une simple parade pour le maire"
    second = "y aller à présent serait une simple parade pour le maire"
    assert _reworded(_outlets(first, second, wire=ALONE)) == [(first, second)]
    assert _reworded(_outlets(first, second, wire=ALONE,
                              speakers=("Ilse Marrand", "Tolen Mabena"))) == []


def test_a_quotation_holding_the_other_is_matched_by_its_part_alike() -> None:
    """A quotation holding the other's words and a few more: its side of the match is the
    stretch the two have in common, not the outlet's whole quotation."""
    short = "y aller maintenant serait une simple parade pour le maire"
    longer = "enfin, je le dis, y aller à présent serait une simple parade pour le maire"
    assert _reworded(_outlets(short, longer)) == [
        (short, "y aller à présent serait une simple parade pour le maire")]


def test_common_trigrams_find_no_candidates_rare_ones_still_do() -> None:
    """More than RARE_QUOTATIONS documents quote sentences of common words alike: those
    trigrams are too common to pair anything; two quotations sharing rare words are found."""
    common = [f"{filler(str(i))}. « nous sommes là et nous serons encore là demain, numéro "
              f"{i} », a dit Ilse Marrand. {filler('w' + str(i))}."
              for i in range(RARE_QUOTATIONS + 5)]
    pair = [f"{filler('x')}. « une femme de parole et de convictions, fidèle à Tarvelle », a "
            f"dit Ilse Marrand. {filler('y')}.",
            f"{filler('z')}. « une femme de paroles et convictions, fidèle à Tarvelle », a dit "
            f"Ilse Marrand. {filler('q')}."]
    assert _reworded(common + pair) == [
        ("une femme de parole et de convictions, fidèle à Tarvelle",
         "une femme de paroles et convictions, fidèle à Tarvelle")]


_WORDS = ["parole", "paroles", "conviction", "convictions", "fidèle", "femme", "une", "de", "et",
          "ne", "pas", "12", "13"]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=4, max_size=10),
       st.lists(st.sampled_from(_WORDS), min_size=4, max_size=10))
def test_matches_lie_inside_the_quotations_in_document_order(one: list[str],
                                                              other: list[str]) -> None:
    """Whatever the two quotations, each match lies inside a quotation on each side, the
    document of lower index first, neither side empty; and the two are as alike read either
    way round."""
    texts = [f"{filler('a')}. « {' '.join(one)} », a dit Ilse Marrand. {filler('b')}.",
             f"{filler('c')}. « {' '.join(other)} », a dit Ilse Marrand. {filler('d')}."]
    corpus = tokenise(articles(*texts))
    first, end = quoted_token_ranges(corpus)
    found = reworded_quotations(corpus, find_fragments(corpus, _no_matches(), (first, end)),
                                (first, end))
    for k in range(len(found)):
        assert found.doc_a[k] < found.doc_b[k]
        for doc, low, high in ((found.doc_a[k], found.a0[k], found.a1[k]),
                               (found.doc_b[k], found.b0[k], found.b1[k])):
            assert low < high
            start, stop = corpus.offsets[doc] + low, corpus.offsets[doc] + high
            assert np.any((first <= start) & (stop <= end))
    swapped = tokenise(articles(*texts[::-1]))
    assert len(reworded_quotations(swapped, find_fragments(swapped, _no_matches(),
                                                           quoted_token_ranges(swapped)),
                                   quoted_token_ranges(swapped))) == len(found)


def _no_matches():  # type: ignore[no-untyped-def]
    from viewer.engine.matches import PairMatches
    return PairMatches.empty()


def test_a_short_quotation_negated_or_with_another_number_is_another_statement() -> None:
    """Whatever stage finds the two (an edited run of words, a gapped fragment), a short
    quotation one outlet prints with a negation more, or with another number, is not the
    other's: "we will rebuild the school" / "we will not rebuild the school"."""
    for first, second in (("we will rebuild the school before winter comes",
                           "we will not rebuild the school before winter comes"),
                          ("nous avons retrouvé 40 corps sous la boue ce matin",
                           "nous avons retrouvé 42 corps sous la boue ce matin")):
        texts = _outlets(first, second)
        passages = [{texts[int(o.document[1:])][o.start:o.end] for o in passage.occurrences}
                    for passage in find_shared_passages(articles(*texts)).passages]
        assert not any(first in passage and second in passage for passage in passages), first


def test_a_negation_said_again_for_weight_is_still_one_claim() -> None:
    """A judge's words as two outlets print them: one splits them with "the judge said" and
    adds "Not a trivial risk at all." after "And it's not a trivial risk."; the other has "And
    it's not a trivial risk at all." The negation said again with the same words after it is one
    claim: the piece after the attribution joins the passage (it was left out, counted as a
    negation more). A negation more that says something else stays apart (the test above)."""
    first = ("“There is a risk that this man will be in a position to do something very bad "
             "in the future,” the judge said. “And it’s not a trivial risk. Not a trivial risk "
             "at all.”")
    second = ("The judge said the sentence reflected the risk that the founder “will be in "
              "position to do something very bad in the future. And it’s not a trivial risk at "
              "all.” He added that the term was fair.")
    texts = [f"{filler('a')}. {first}\n\n{filler('b')}.", f"{filler('c')}. {second} {filler('d')}."]
    passages = [[texts[int(o.document[1:])][o.start:o.end] for o in passage.occurrences]
                for passage in find_shared_passages(articles(*texts)).passages]
    assert any("And it’s not a trivial risk. Not a trivial risk at all" in passage
               for passage in passages), passages


def test_quotations_that_claim_otherwise_are_no_match() -> None:
    """A contracted negation ("can" / "can't"), a "nobody" for an "everybody", numbers in words
    ("forty" / "fifty") or another scale ("million" / "billion"), two words swapped across the
    sentence, another person named in one's place: however alike the trigrams, two claims."""
    for first, second in (
            ("we can rebuild the whole harbour district before the end of this year",
             "we can't rebuild the whole harbour district before the end of this year"),
            ("everybody in the harbour district knew the dike would give way tonight",
             "nobody in the harbour district knew the dike would give way tonight"),
            ("forty people are still missing in the harbour district this morning",
             "fifty people are still missing in the harbour district this morning"),
            ("the repairs to the harbour will cost 2 million euros this year",
             "the repairs to the harbour will cost 2 billion euros this year"),
            ("the council closed the harbour on Monday and the school on Friday",
             "the council closed the school on Monday and the harbour on Friday"),
            ("we call on the minister Ilse Marrand to resign before the summer",
             "we call on the minister Tolen Mabena to resign before the summer")):
        assert _reworded(_outlets(first, second)) == [], first


def test_two_transcriptions_alike_in_length_are_matched_whole() -> None:
    """No side holds EXTRA_WORDS more than the other: the match is both quotations whole, not
    the few words they share in a row ("une femme de")."""
    first = "une femme de parole et de convictions"
    second = "une femme de paroles et convictions"
    assert _reworded(_outlets(first, second)) == [(first, second)]


def test_a_stretch_cut_from_a_longer_quotation_keeps_its_words_whole() -> None:
    """The longer quotation's stretch opens where the two go on alike ("15 circule ..."),
    inside "XBB15", written without a space: widened to the whole word."""
    short = "XBC15 circule déjà dans toutes les écoles de la ville"
    longer = "selon nos sources du ministère, XBB15 circule déjà dans toutes les écoles de la ville"
    assert _reworded(_outlets(short, longer)) == [
        (short, "XBB15 circule déjà dans toutes les écoles de la ville")]


def test_a_statement_many_outlets_quote_alike_still_finds_its_transcription() -> None:
    """More than RARE_QUOTATIONS outlets quote one sentence word for word, one more a little
    otherwise: each text is one candidate, so its trigrams stay rare and the transcription is
    found."""
    same = "c'était une femme de parole et de convictions, fidèle à Tarvelle"
    texts = [f"{filler(str(i))}. « {same} », a dit Ilse Marrand. {filler('w' + str(i))}."
             for i in range(RARE_QUOTATIONS + 5)]
    texts.append(f"{filler('x')}. « c'était une femme de paroles et convictions, fidèle à "
                 f"Tarvelle », a dit Ilse Marrand. {filler('y')}.")
    found = _reworded(texts)
    assert found and all(pair[1] != same or pair[0] != same for pair in found)


def test_two_named_speakers_words_are_no_match_whatever_the_articles_share() -> None:
    """The two articles share a long sentence (an agency's, or a footer), and the quotations
    are alike; but each names its own speaker: two people's words."""
    assert _reworded(_outlets("y aller maintenant serait une simple parade pour le maire",
                              "y aller à présent serait une simple parade pour le maire",
                              speakers=("Ilse Marrand", "Tolen Mabena"))) == []
