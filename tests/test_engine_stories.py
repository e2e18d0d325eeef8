"""Pieces of one story (`viewer.engine.stories`): a wire story one outlet rewrites, keeping some
sentences in another order with its own words between, is one passage; two stories that only
some outlets print side by side, quoted statements side by side, and pieces far apart stay
apart (small hand-made corpora, no sample or real-article text)."""

from __future__ import annotations

import numpy as np

from viewer.engine import find_shared_passages
from viewer.engine.statements import Statements
from viewer.engine.stories import STORY_GAP_WORDS, join_story_pieces
from viewer.engine.tokens import TokenisedCorpus, tokenise

from .engine_texts import articles, filler

QUAKE = ("A powerful earthquake shook the mountain town of Varrow before dawn on Saturday and "
         "brought down the old clock tower in its main square.")
TOLL = ("Police in the provincial capital said at least forty people had died and that rescue "
        "teams were still digging through the rubble of two apartment blocks.")
HOSPITAL = ("Dozens of injured people waited outside the town's only hospital for treatment, "
            "many of them wrapped in blankets against the cold morning air.")
FELT = ("The tremor was felt as far away as the coastal city of Ostra, where frightened "
        "residents ran into the streets in their night clothes.")


def test_a_story_rewritten_in_another_order_is_one_passage() -> None:
    """d0 reprints the story as written; d1 keeps its four sentences in another order, each
    followed by a sentence of its own: four matches, one story."""
    story = f"{QUAKE} {TOLL}\n\n{HOSPITAL} {FELT}"
    first = f"Quake\n\n{filler('a')}.\n\n{story}\n\n{filler('b')}."
    second = (f"Varrow\n\n{filler('c')}.\n\n{FELT} {filler('d', 12)}.\n\n{QUAKE} "
              f"{filler('e', 10)}.\n\n{HOSPITAL} {filler('f', 14)}. {TOLL}\n\n{filler('g')}.")
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert passage.spread == 2
    assert len([o for o in passage.occurrences if o.document == "d1"]) == 4
    # (d0's story is one stretch of text again: its two paragraphs, two statements before
    # they joined, touch at the break between them, one occurrence as clustering makes it)
    (whole,) = [o for o in passage.occurrences if o.document == "d0"]
    assert whole.text == story.rstrip(".")


def test_two_stories_only_some_outlets_print_side_by_side_stay_two() -> None:
    """QUAKE and TOLL are two agencies' sentences: d0 and d1 print both, one after the other,
    but four other outlets each carry only one of them. Side by side in two of six outlets is
    how a compilation looks, not a story: a story's pieces are together in more than half of
    the outlets carrying either."""
    texts = [f"{filler('a')}.\n\n{QUAKE} {filler('x', 8)}.\n\n{TOLL}\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{TOLL} {filler('y', 9)}.\n\n{QUAKE}\n\n{filler('d')}."]
    texts += [f"{filler(tag)}.\n\n{QUAKE}\n\n{filler(tag + 'z')}." for tag in ("e", "f")]
    texts += [f"{filler(tag)}.\n\n{TOLL}\n\n{filler(tag + 'z')}." for tag in ("g", "h")]
    passages = find_shared_passages(articles(*texts)).passages
    assert sorted(p.spread for p in passages) == [4, 4]
    # Two of four (one outlet more with each) is no majority either; two of three is.
    passages = find_shared_passages(articles(*texts[:3], texts[4])).passages
    assert sorted(p.spread for p in passages) == [3, 3]
    (passage,) = find_shared_passages(articles(*texts[:3])).passages
    assert passage.spread == 3


def test_statements_quoted_side_by_side_stay_two() -> None:
    """Two outlets quote a minister and then a mayor, in another order: quotations are things
    said, not story text, whatever their neighbours."""
    minister = f"“{TOLL}”"
    mayor = f"“{HOSPITAL}”"
    first = (f"{filler('a')}.\n\n{minister} the minister said.\n\n{mayor} the mayor said."
             f"\n\n{filler('b')}.")
    second = (f"{filler('c')}.\n\n{mayor} said the mayor.\n\n{minister} said the minister."
              f"\n\n{filler('d')}.")
    passages = find_shared_passages(articles(first, second)).passages
    assert len(passages) == 2


def test_pieces_far_apart_stay_two() -> None:
    """More than STORY_GAP_WORDS words of an outlet's own between two sentences in both
    outlets, in another order: two things the outlets happen both to print."""
    far, other = filler("m", STORY_GAP_WORDS + 10), filler("n", STORY_GAP_WORDS + 10)
    first = f"{filler('a')}.\n\n{QUAKE}\n\n{far}.\n\n{TOLL}\n\n{filler('b')}."
    second = f"{filler('c')}.\n\n{TOLL}\n\n{other}.\n\n{QUAKE}\n\n{filler('d')}."
    passages = find_shared_passages(articles(first, second)).passages
    assert len(passages) == 2


def test_joined_pieces_that_overlap_in_a_document_become_one_occurrence() -> None:
    """Two statements near each other in two documents whose occurrences in the first overlap
    (kept apart before by the clustering) join into one occurrence there, their union."""
    corpus = tokenise(articles(f"{QUAKE} {TOLL}", f"{QUAKE} {TOLL}"))
    statements = Statements(statement=np.array([0, 0, 1, 1]), doc=np.array([0, 1, 0, 1]),
                            first=np.array([0, 0, 10, 31]), end=np.array([25, 22, 40, 45]))
    no_quotes = (np.zeros(0, np.int64), np.zeros(0, np.int64))
    joined = join_story_pieces(corpus, statements, no_quotes)
    assert joined.statement.tolist() == [0, 0, 0]
    assert list(zip(joined.doc.tolist(), joined.first.tolist(), joined.end.tolist(),
                    strict=True)) == [(0, 0, 40), (1, 0, 22), (1, 31, 45)]


def _token_range(corpus: TokenisedCorpus, document: int, words: str) -> tuple[int, int]:
    """Document-local token range of `words` in document `document` of `corpus`."""
    at = corpus.texts[document].index(words)
    starts = corpus.starts[corpus.offsets[document]:corpus.offsets[document + 1]]
    first = int(np.searchsorted(starts, at))
    return first, first + len(words.split())


def _two_joined(corpus: TokenisedCorpus, first: tuple[str, str],
                second: tuple[str, str]) -> Statements:
    """`join_story_pieces` on two statements of d0 and d1, each given as its words in d0 and
    in d1, with no quotations."""
    ranges = [_token_range(corpus, 0, first[0]), _token_range(corpus, 1, first[1]),
              _token_range(corpus, 0, second[0]), _token_range(corpus, 1, second[1])]
    statements = Statements(statement=np.array([0, 0, 1, 1]), doc=np.array([0, 1, 0, 1]),
                            first=np.array([r[0] for r in ranges]),
                            end=np.array([r[1] for r in ranges]))
    no_quotes = (np.zeros(0, np.int64), np.zeros(0, np.int64))
    return join_story_pieces(corpus, statements, no_quotes)


def test_a_phrase_of_stock_words_is_no_piece_of_a_story() -> None:
    """Statement 1 is TOLL in both documents; statement 2 is a sentence in d0 but only "to
    have been carried out by" in d1, right after TOLL: a phrase of stock words two outlets'
    own sentences share is no piece of the story, so the two stay apart; the whole sentence
    in both documents is one, and joins."""
    stock = "to have been carried out by"
    sentence = f"The blasts were suspected {stock} two suicide bombers from the hills."
    d0 = f"{TOLL} {sentence}"
    for d1, joined in ((f"{TOLL} It seemed {stock} someone.", False),
                       (f"{TOLL} {sentence}", True)):
        corpus = tokenise(articles(d0, d1))
        second = stock if not joined else sentence.rstrip(".")
        toll = TOLL.rstrip(".")
        result = _two_joined(corpus, (toll, toll), (sentence.rstrip("."), second))
        assert (result.count == 1) is joined


def test_pieces_near_each_other_join_however_many_other_pieces_lie_between() -> None:
    """d0 carries nine short statements between QUAKE and TOLL, each of which d2 also carries
    (far apart there: no story of their own); QUAKE and TOLL are still within STORY_GAP_WORDS
    of each other in d0, as in d1 (in the other order), and nothing else carries them: one
    story, whatever lies between. (Each of d0's paragraphs ends with two words of its own: a
    piece right after another in d0, nothing between, would be part of one text d0 prints.)"""
    between = [f"{filler('x' + chr(97 + k), 8)}." for k in range(9)]
    first = "\n\n".join([f"{filler('a')}.", f"{QUAKE} {filler('o', 2)}.",
                           *[f"{piece} {filler('o' + chr(97 + k), 2)}."
                             for k, piece in enumerate(between)], TOLL, f"{filler('b')}."])
    second = f"{filler('c')}.\n\n{TOLL} {filler('d', 20)}.\n\n{QUAKE}\n\n{filler('e')}."
    third = "\n\n".join(f"{filler('f' + chr(97 + k), 150)}.\n\n{piece}"
                        for k, piece in enumerate(between))
    passages = find_shared_passages(articles(first, second, third)).passages
    assert sorted(p.spread for p in passages) == [2] + [2] * len(between)
    (story,) = [p for p in passages if "d1" in p.document_ids]
    assert len(story.occurrences) == 4


def test_parts_of_one_text_other_outlets_each_carry_one_of_are_one_passage() -> None:
    """d0 prints three paragraphs of a story one after the other; d1, d2 and d3 each carry one
    of them among their own words, and a line of the governor's that d0 does not print (so
    they tell of one event). Nothing lies between the parts in d0: one text, of which each
    outlet carries a part, so one passage in four documents."""
    story = [QUAKE, TOLL, HOSPITAL]
    mourning = ("The regional governor declared three days of mourning and ordered flags on "
                "public buildings lowered until the funerals.")
    texts = [f"{filler('a')}.\n\n" + "\n\n".join(story) + f"\n\n{filler('b')}."]
    texts += [f"{filler(tag)}.\n\n{part}\n\n{filler(tag + 'y')}.\n\n{mourning}\n\n"
              f"{filler(tag + 'z')}." for tag, part in zip("cde", story, strict=True)]
    spreads = sorted(p.spread for p in find_shared_passages(articles(*texts)).passages)
    assert spreads == [3, 4]
    # With a sentence of d0's own between the parts, they are parts of d0's story only if
    # another outlet carries two of them together: three passages and the governor's line.
    texts[0] = (f"{filler('a')}.\n\n" + f" {filler('own', 6)}.\n\n".join(story)
                + f"\n\n{filler('b')}.")
    assert len(find_shared_passages(articles(*texts)).passages) == 4


def test_joined_pieces_that_touch_are_one_occurrence_unless_a_short_one_opens_a_paragraph() -> None:
    """QUAKE and the sentence after it are two statements that join; in d0 the sentence opens
    the next paragraph, right where QUAKE ends. A whole sentence there is the story going on
    (one occurrence); five words opening the paragraph stay an occurrence of their own, as the
    clustering stage keeps them (`viewer.engine.statements`, step 3)."""
    for after, occurrences in (("Rescuers dug through rubble overnight.", 2), (TOLL, 1)):
        corpus = tokenise(articles(f"{QUAKE}\n\n{after}", f"{QUAKE} {after}"))
        quake, rest = QUAKE.rstrip("."), after.rstrip(".")
        joined = _two_joined(corpus, (quake, quake), (rest, rest))
        assert joined.count == 1
        assert joined.doc.tolist().count(0) == occurrences
        assert joined.doc.tolist().count(1) == 1


def test_speech_a_wire_story_reports_in_its_own_sentence_joins_the_story() -> None:
    """The story reports what the mayor said in its own sentence; two outlets print it word
    for word after their own attributions ("The mayor added that ...", "Mayor Tamsin Ode said
    that ..."), each with QUAKE near it, in another order. Words two outlets both print after
    "that" are copied from one story, not said twice alike: they join the story."""
    reported = ("the school gymnasium would stay open as a shelter for the families whose "
                "homes were damaged")
    corpus = tokenise(articles(f"{QUAKE} {filler('a', 8)}. The mayor added that {reported}.",
                               f"Mayor Tamsin Ode said that {reported}. {filler('b', 8)}. {QUAKE}"))
    quake = QUAKE.rstrip(".")
    assert _two_joined(corpus, (quake, quake), (reported, reported)).count == 1


def test_a_statement_one_outlet_prints_whole_in_one_quotation_is_one_passage() -> None:
    """d0 prints the mayor's statement whole, one quotation over three paragraphs (each opening
    with a mark, only the last closed); d1, d2 and d3 each quote one paragraph of it with their
    own attribution, and a line of the governor's (one event). Three things said, but one
    quotation carries them one right after the other: one statement, one passage. Without the
    whole printing they stay three (test_statements_quoted_side_by_side_stay_two)."""
    paragraphs = [QUAKE, TOLL, HOSPITAL]
    mourning = ("The regional governor declared three days of mourning and ordered flags on "
                "public buildings lowered until the funerals.")
    whole = "\n\n".join(f"“{p}" for p in paragraphs) + "”"
    texts = [f"{filler('a')}. Here is the mayor's full statement:\n\n{whole}\n\n{filler('b')}."]
    texts += [f"{filler(tag)}.\n\n“{part}” the mayor said.\n\n{filler(tag + 'y')}.\n\n"
              f"{mourning}\n\n{filler(tag + 'z')}." for tag, part in zip("cde", paragraphs,
                                                                        strict=True)]
    spreads = sorted(p.spread for p in find_shared_passages(articles(*texts)).passages)
    assert spreads == [3, 4]
    # Each paragraph its own quotation, closed: three quotations side by side stay three.
    texts[0] = (f"{filler('a')}. The mayor said:\n\n"
                + "\n\n".join(f"“{p}”" for p in paragraphs) + f"\n\n{filler('b')}.")
    assert len(find_shared_passages(articles(*texts)).passages) == 4


def test_two_pieces_one_outlet_quotes_in_one_quotation_are_one_passage() -> None:
    """The mayor's remarks: d0 and d1 each quote two of her sentences inside one quotation, with
    other words of hers between (each outlet keeps different ones). One quotation is one
    speaker's words, one utterance: the two pieces are one statement, one passage, wherever
    another outlet puts them. In separate quotations in both they are two things said
    (test_statements_quoted_side_by_side_stay_two)."""
    first = (f"{filler('a')}.\n\nThe mayor told reporters: “{TOLL} {filler('x', 9)}. "
             f"{HOSPITAL}”\n\n{filler('b')}.")
    second = (f"{filler('c')}.\n\n“{TOLL} {filler('y', 12)}. {HOSPITAL}” she said on "
              f"Sunday.\n\n{filler('d')}.")
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert passage.spread == 2
    # One outlet quoting them apart but near each other confirms that they go together...
    apart = (f"{filler('c')}.\n\n“{TOLL}” she said.\n\n{filler('y', 12)}.\n\n“{HOSPITAL}” "
             f"she added.\n\n{filler('d')}.")
    (passage,) = find_shared_passages(articles(first, apart)).passages
    assert passage.spread == 2
    # ... and so does one quoting them far apart, in paragraphs of their own.
    apart = (f"{filler('c')}.\n\n“{TOLL}” she said.\n\n{filler('y', 120)}.\n\n“{HOSPITAL}” "
             f"she added.\n\n{filler('d')}.")
    (passage,) = find_shared_passages(articles(first, apart)).passages
    assert passage.spread == 2
    # Without the one quotation, two quotations apart are two things said.
    both_apart = (f"{filler('a')}.\n\n“{TOLL}” the mayor said.\n\n{filler('x', 40)}.\n\n"
                  f"“{HOSPITAL}” she added.\n\n{filler('b')}.")
    assert len(find_shared_passages(articles(both_apart, apart)).passages) == 2


def test_a_rarer_piece_always_printed_with_a_widely_carried_one_is_the_same_story() -> None:
    """An agency obituary: its lead (with a book's title in quotation marks) is carried by four
    outlets, one of which only names the book; its diagnosis sentence by three, two of which
    print it near the lead, with their own words between, and one of which only a phrase of.
    A phrase (FRAGMENT_MAX_WORDS words at most) says nothing about where the rest of a text
    goes: the two outlets that print more than a phrase of both print them together, one story.
    (And a quoted title does not make the lead someone's statement: it is still story text.)"""
    lead = ("The best-known physicist of his generation, Okonte wrote so clearly about tides, "
            "storms and sea ice that his book “The tides of our time” sold millions of "
            "copies in forty languages.")
    diagnosis = ("He was diagnosed with a rare muscle-wasting disease at twenty-one and "
                 "astonished his doctors by living with it for more than fifty years.")
    texts = [f"{filler('a')}.\n\n{lead} {filler('m', 14)}.\n\n{diagnosis}\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{lead}\n\n{filler('n', 20)}. {diagnosis}\n\n{filler('d')}.",
             f"{filler('e')}.\n\n{lead}\n\n{filler('f')}.",
             f"{filler('g')}. His book “The tides of our time” {filler('h', 9)}.",
             f"{filler('i')}. Okonte was diagnosed with a rare muscle-wasting disease at "
             f"twenty-one, {filler('j', 10)}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 5
    # A third outlet printing the diagnosis whole without the lead: two of three, no majority.
    texts.append(f"{filler('k')}.\n\n{diagnosis}\n\n{filler('l')}.")
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_a_wire_sentence_its_quotation_marks_cut_is_one_passage() -> None:
    """Two outlets print one wire sentence, a quotation and its long attribution ('"There are
    no survivors", the newspaper quoted the junior transport minister Alain Vidalies as
    saying'): the shared quotation marks cut the match, but every outlet carrying either part
    prints them one right after the other, one passage. A third outlet quoting the words alone
    makes the quotation a statement of its own: two passages."""
    sentence = ("“There are no survivors”, the regional newspaper quoted the junior transport "
                "minister Alain Vidalies as saying on Tuesday.")
    texts = [f"{filler(tag)}. {sentence} {filler(tag + 'z')}." for tag in "ab"]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2 and passage.occurrences[0].text.startswith("There are no")
    texts.append(f"{filler('c')}. The minister said: “There are no survivors”. {filler('d')}.")
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_a_newspapers_name_in_quotation_marks_does_not_cut_a_wire_sentence() -> None:
    """'"...", zitierte die Zeitung "Le Figaro" den Staatssekretär': the marks around a name of
    at most QUOTED_NAME_WORDS capitalised words cut nothing, so the sentence two outlets copy is
    one passage, its attribution included; a quoted phrase of the same length in lower case is
    words someone said, and its marks cut as before."""
    sentence = ("“Es gibt keinen Überlebenden”, zitierte die Zeitung “Le Figaro” den französischen "
                "Verkehrsstaatssekretär Alain Vidalies am Dienstag.")
    texts = [f"{filler(tag)}. {sentence} {filler(tag + 'z')}." for tag in "ab"]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.occurrences[0].text.endswith("Alain Vidalies am Dienstag")
    said = sentence.replace("“Le Figaro”", "„eine Katastrophe“")
    texts = [f"{filler(tag)}. {said} {filler(tag + 'z')}." for tag in "ab"]
    assert not any(p.occurrences[0].text.endswith("Vidalies am Dienstag")
                   and p.occurrences[0].text.startswith("Es gibt")
                   for p in find_shared_passages(articles(*texts)).passages)


def test_a_statement_the_story_quotes_between_its_paragraphs_does_not_set_them_apart() -> None:
    """d0 prints the story's two paragraphs with a long statement quoted between them, in two
    pieces with the mayor's name between (over STORY_GAP_WORDS words, which d2 and d3 quote
    alone); d1 prints the two paragraphs in the other order, its own words between. Counted in
    the story's own words, they are as near in d0 as in d1: one story, one passage; the
    statement its own."""
    one = " ".join(f"{filler('s' + chr(97 + k), 12)}." for k in range(5))
    two = " ".join(f"{filler('t' + chr(97 + k), 12)}." for k in range(5))
    texts = [f"{filler('a')}.\n\n{QUAKE}\n\n“{one}” the mayor said.\n\n“{two}”\n\n{TOLL}\n\n"
             f"{filler('b')}.",
             f"{filler('c')}.\n\n{TOLL}\n\n{filler('d', 30)}.\n\n{QUAKE}\n\n{filler('e')}.",
             f"{filler('f')}. The mayor said: “{one} {two}” {filler('g')}.",
             f"{filler('h')}. “{one} {two}” the mayor said. {filler('i')}."]
    passages = find_shared_passages(articles(*texts)).passages
    assert sorted(sorted(p.document_ids) for p in passages) == [
        ["d0", "d1"], ["d0", "d2", "d3"]]


def test_a_round_up_pages_first_and_last_items_stay_two_stories() -> None:
    """Two pages print QUAKE, three statements quoted one after the other (each quoted alone by
    other outlets), then TOLL: only one statement's words between are passed over, so QUAKE
    and TOLL, more than STORY_GAP_WORDS of other texts apart, stay two passages."""
    quoted = [" ".join(f"{filler(tag + chr(97 + k), 12)}." for k in range(4)) for tag in "uvw"]

    def page(items: list[str], tag: str) -> str:
        return "\n\n".join([QUAKE, *(f"“{text}” {filler(tag + str(k), 3)}."
                                      for k, text in enumerate(items)), TOLL])

    texts = [f"{filler('a')}.\n\n{page(quoted, 'p')}\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{page(quoted[::-1], 'q')}\n\n{filler('d')}."]
    texts += [f"{filler('e' + str(k))}. The minister said: “{text}” {filler('f' + str(k))}."
              for k, text in enumerate(quoted)]
    passages = find_shared_passages(articles(*texts)).passages
    quake = [p for p in passages if any(QUAKE[:20] in o.text for o in p.occurrences)]
    assert len(quake) == 1 and not any(TOLL[:20] in o.text for o in quake[0].occurrences)
