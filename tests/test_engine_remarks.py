"""Pieces of one speaker's remarks (`viewer.engine.remarks`) and who a quotation is attributed to
(`viewer.engine.speakers`): a speech two outlets quote sentence by sentence, in its order or with
one outlet quoting on, is one passage; two speakers, one speaker's statements in either order, or
remarks most outlets print apart, stay apart (small hand-made corpora, no sample or real-article
text)."""

from __future__ import annotations

import numpy as np

from viewer.engine import find_shared_passages
from viewer.engine.remarks import REMARKS_FURTHER_WORDS, REMARKS_GAP_WORDS
from viewer.engine.reporting import hashes_of
from viewer.engine.speakers import UNKNOWN, quotation_speakers
from viewer.engine.tokens import tokenise

from .engine_texts import articles, filler, speakers_of

OPENING = ("Fellow citizens, our beloved Varrow Okonte, the founding president of this young "
           "republic, has departed this morning at his farm.")
SORROW = "This is our moment of deepest sorrow, the whole nation has lost its greatest son."
LEGACY = ("His patient struggle for land and schooling earned him the respect of farmers and "
          "teachers everywhere.")



def test_a_quotation_is_attributed_to_the_name_beside_the_reporting_verb() -> None:
    """After the closing mark or before the opening one, the last word of the name next to the
    verb, titles aside; a pronoun goes on with the speaker before; no verb, no speaker."""
    trump, zuma = int(hashes_of("trump")[0]), int(hashes_of("zuma")[0])
    assert speakers_of("“We will respond,” said President Donald Trump on Monday.") == [trump]
    assert speakers_of("Donald Trump tweeted: “All is well!”") == [trump]
    assert speakers_of("“We grieve,” Zuma said. “He was a father to us all,” he added.") == [
        zuma, zuma]
    assert speakers_of("“He was a father to us all,” he added.") == [UNKNOWN]
    # (the attribution is in the quotation's own line: not the next line's speaker)
    assert speakers_of("Trump tweeted, “All is well!”\nKhamenei said it was a “slap in the face” "
                     "of the country.") == [trump, int(hashes_of("khamenei")[0])]
    # (ten words before the opening mark: 'Obama recalled that the first thing he did "..."')
    assert speakers_of("Obama recalled that the first thing he ever did “involving an issue or "
                     "policy” was a protest.") == [int(hashes_of("obama")[0])]
    assert speakers_of("The crowd sang “Nkosi sikelel' iAfrika” in the square.") == [UNKNOWN]


def _outlet(tag: str, first: str, second: str, between: int) -> str:
    return (f"{filler(tag)}.\n\n{first}\n\n{filler(tag + 'm', between)}. {second}\n\n"
            f"{filler(tag + 'z')}.")


def test_a_speech_quoted_sentence_by_sentence_in_its_order_is_one_passage() -> None:
    """Two outlets quote the president's address a sentence at a time, each with its own words
    between, in the address's order: one speaker's remarks, one passage."""
    texts = [_outlet("a", f"“{OPENING}” President Jacob Mabena said.",
                     f"“{SORROW}” he added.", 12),
             _outlet("b", f"“{OPENING}” said Mabena.", f"“{SORROW}” Mabena said.", 8)]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2


def test_two_speakers_quoted_one_after_the_other_stay_two() -> None:
    """The same layout, but the second quotation is another speaker's in one outlet at least."""
    texts = [_outlet("a", f"“{OPENING}” President Jacob Mabena said.",
                     f"“{SORROW}” said Thandi Ngubane.", 12),
             _outlet("b", f"“{OPENING}” said Mabena.", f"“{SORROW}” he said.", 8)]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_one_speakers_statements_in_either_order_stay_two() -> None:
    """One speaker, but the outlets report the two statements in opposite orders, each with its
    own words between: two things she said, not one text quoted in its order."""
    texts = [_outlet("a", f"“{OPENING}” Mabena said.", f"“{LEGACY}” Mabena said.", 12),
             _outlet("b", f"“{LEGACY}” said Mabena.", f"“{OPENING}” Mabena said.", 8)]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_a_speech_in_either_order_one_outlet_quoting_on_is_one_passage() -> None:
    """The outlets quote the two sentences in opposite orders, but one prints the second as its
    next quotation, attributed as the text going on ("She added: ..."), the speaker unnamed:
    one speech each outlet picks its sentences of, one passage."""
    texts = [f"{filler('a')}.\n\nIn a video, the minister said: “{OPENING}”\n\nShe added: "
             f"“{LEGACY}”\n\n{filler('az')}.",
             _outlet("b", f"“{LEGACY}” said the minister.", f"“{OPENING}” the minister said.", 8)]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2


def test_two_speakers_in_either_order_stay_two() -> None:
    """The same two quotations in opposite orders, each outlet naming a different speaker for
    each: two people's words, two passages."""
    texts = [_outlet("a", f"“{OPENING}” Mabena said.", f"“{LEGACY}” Tarrow said.", 12),
             _outlet("b", f"“{LEGACY}” said Tarrow.", f"“{OPENING}” Mabena said.", 8)]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_outlets_quoting_one_piece_only_say_nothing_against_the_join() -> None:
    """Two outlets quote both sentences close together; three more quote only the first, three
    others only the second (each the piece it needed): the two outlets carrying both are all of
    them, so the two are one speaker's remarks, one passage."""
    texts = [_outlet("a", f"“{OPENING}” Mabena said.", f"“{LEGACY}” he added.", 12),
             _outlet("b", f"“{OPENING}” said Mabena.", f"“{LEGACY}” Mabena said.", 8)]
    texts += [f"{filler(tag)}.\n\n“{OPENING}” Mabena said.\n\n{filler(tag + 'z')}."
              for tag in ("c", "d", "e")]
    texts += [f"{filler(tag)}.\n\n“{LEGACY}” Mabena said.\n\n{filler(tag + 'z')}."
              for tag in ("f", "g", "h")]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 8


def test_remarks_most_outlets_carrying_both_print_apart_stay_two() -> None:
    """Two outlets quote the two sentences close together, three others carry both far apart
    (two things said, on two occasions): two passages."""
    texts = [_outlet("a", f"“{OPENING}” Mabena said.", f"“{LEGACY}” he added.", 12),
             _outlet("b", f"“{OPENING}” said Mabena.", f"“{LEGACY}” Mabena said.", 8)]
    texts += [_outlet(tag, f"“{OPENING}” Mabena said.", f"“{LEGACY}” Mabena said.",
                      REMARKS_FURTHER_WORDS + 30) for tag in ("c", "d", "e")]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_two_reprints_of_a_roundup_decide_nothing_for_the_outlets_carrying_one() -> None:
    """Two outlets print the speaker's Monday and Thursday words close together (one roundup
    reprinted); six carry only the Monday words, six only the Thursday ones: two passages."""
    texts = [_outlet("a", f"“{OPENING}” Mabena said on Monday.",
                     f"“{LEGACY}” he told parliament on Thursday.", 12),
             _outlet("b", f"“{OPENING}” said Mabena on Monday.",
                     f"“{LEGACY}” Mabena said on Thursday.", 8)]
    texts += [f"{filler(tag)}.\n\n“{OPENING}” Mabena said.\n\n{filler(tag + 'z')}."
              for tag in ("c", "d", "e", "f", "g", "h")]
    texts += [f"{filler(tag)}.\n\n“{LEGACY}” Mabena said.\n\n{filler(tag + 'z')}."
              for tag in ("i", "j", "k", "l", "m", "n")]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_remarks_far_apart_stay_two() -> None:
    """More than REMARKS_FURTHER_WORDS words of the outlet's own between the two quotations in
    one outlet: not reported together."""
    texts = [_outlet("a", f"“{OPENING}” President Jacob Mabena said.",
                     f"“{SORROW}” he added.", REMARKS_FURTHER_WORDS + 10),
             _outlet("b", f"“{OPENING}” said Mabena.", f"“{SORROW}” Mabena said.", 8)]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_one_outlet_near_another_further_is_enough() -> None:
    """One outlet quotes the two sentences close together, the other with a sentence or two of
    its own between (more than REMARKS_GAP_WORDS words, not more than REMARKS_FURTHER_WORDS):
    one speaker's remarks, one passage."""
    texts = [_outlet("a", f"“{OPENING}” President Jacob Mabena said.",
                     f"“{SORROW}” he added.", REMARKS_FURTHER_WORDS - 8),
             _outlet("b", f"“{OPENING}” said Mabena.", f"“{SORROW}” Mabena said.", 8)]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2


def test_two_outlets_setting_remarks_far_apart_may_tell_of_two_occasions() -> None:
    """Both outlets put more than REMARKS_GAP_WORDS words between the two quotations (the
    remark of last month's visit after today's): no outlet reports them together, two
    passages."""
    texts = [_outlet("a", f"“{OPENING}” President Jacob Mabena said.",
                     f"“{SORROW}” he said last month.", REMARKS_GAP_WORDS + 8),
             _outlet("b", f"“{OPENING}” said Mabena.", f"“{SORROW}” Mabena said then.",
                     REMARKS_GAP_WORDS + 10)]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_remarks_are_as_near_as_the_quotations_holding_them() -> None:
    """One outlet quotes the first sentence as the start of a longer quotation (a sentence of
    the speaker's no other outlet carries after it), then the second a few words on: the two
    quotations are near, however far the shared words are; the other outlet sets them a
    sentence or two apart. One passage."""
    unshared = ("We met him first at the river school where he taught for eleven years before "
                "the war, and none of us who sat in his classroom will ever forget his voice")
    texts = [_outlet("a", f"“{OPENING} {unshared}.” President Jacob Mabena said.",
                     f"“{SORROW}” he added.", 4),
             _outlet("b", f"“{OPENING}” said Mabena.", f"“{SORROW}” Mabena said.",
                     REMARKS_FURTHER_WORDS - 8)]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2


def test_a_third_outlet_may_set_the_remarks_further_apart() -> None:
    """Two outlets quote the two sentences close together, a third with a paragraph of its own
    between (more than REMARKS_FURTHER_WORDS): still reported together, in the same order, one
    passage in three."""
    texts = [_outlet("a", f"“{OPENING}” President Jacob Mabena said.",
                     f"“{SORROW}” he added.", 12),
             _outlet("b", f"“{OPENING}” said Mabena.", f"“{SORROW}” Mabena said.", 8),
             _outlet("c", f"“{OPENING}” Mabena said.", f"“{SORROW}” he said.",
                     REMARKS_FURTHER_WORDS + 20)]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 3


def test_a_quotation_closed_with_a_full_stop_is_attributed_in_its_own_sentence() -> None:
    """A sentence after a quotation closed with a full stop may name the next speaker: the
    quotation's own sentence, before its opening mark, is asked first."""
    trump, khamenei = int(hashes_of("trump")[0]), int(hashes_of("khamenei")[0])
    assert speakers_of("Trump tweeted: “We will respond.” Khamenei said it would be “a slap in "
                     "the face” of the nation.") == [trump, khamenei]
    # (a question or exclamation mark may end the quotation and not its sentence)
    assert speakers_of("“Why now?” Trump said.") == [trump]


def test_a_sentence_introducing_the_next_quotation_does_not_attribute_the_one_before() -> None:
    """'"...." Merkel said: "..."': the sentence after a quotation closed with a full stop opens
    the next quotation, whose attribution it is; the closed one is not Merkel's."""
    merkel = int(hashes_of("merkel")[0])
    assert speakers_of("The motives are unknown. “We face a riddle.” Chancellor Angela Merkel "
                     "said: “It is beyond imagining.”") == [UNKNOWN, merkel]
    assert speakers_of("“Wir stehen vor einem Rätsel.” Kanzlerin Angela Merkel sagte: „So etwas "
                     "geht über jedes Vorstellungsvermögen hinaus.“") == [UNKNOWN, merkel]
    # (a sentence that names the speaker and opens no quotation still may)
    assert speakers_of("“We face a riddle.” Merkel said so on Thursday.") == [merkel]


def test_the_next_speakers_sentence_does_not_attribute_a_closed_quotation() -> None:
    """Mabena's statement, quoted after a colon and closed with a full stop, then Ngubane's reply
    in the next sentence, in two outlets: two speakers, two passages."""
    texts = [_outlet(tag, f"Mabena wrote {filler(tag + 'w', 2)}: “{OPENING}” Ngubane said "
                          f"{filler(tag + 'r', 6)} that “{SORROW}”", "", 8) for tag in "ab"]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_a_pronoun_after_another_name_is_not_the_speaker_before() -> None:
    """'"...," Mabena said. Ngubane replied ... "...," he said': the pronoun may be Ngubane, so
    the second quotation's speaker is unknown and the two outlets' layout joins nothing; with no
    other name between, the pronoun goes on with Mabena."""
    mabena = int(hashes_of("mabena")[0])
    assert speakers_of("“We grieve,” Mabena said. Ngubane replied hours later. “He was a father "
                     "to us all,” he said.") == [mabena, UNKNOWN]
    assert speakers_of("“We grieve,” Mabena said. “He was a father to us all,” he said.") == [
        mabena, mabena]
    texts = [_outlet(tag, f"“{OPENING}” Mabena said.",
                     f"Ngubane replied {filler(tag + 'r', 6)}. “{SORROW}” he said.", 6)
             for tag in "ab"]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_a_name_inside_a_quotation_is_no_speaker() -> None:
    """'"... in our national Pantheon," the text says. "..." the statement goes on': the capital
    inside the first quotation is its words, not its speaker; neither quotation names one."""
    assert speakers_of("“He brought a part of America into our national Pantheon,” the text "
                     "says.\n\n“Across the generations he became part of our lives,” the "
                     "statement goes on.") == [UNKNOWN, UNKNOWN]
    assert speakers_of("“We grieve with Nkosana,” said Mabena.") == [int(hashes_of("mabena")[0])]


def test_an_addressee_or_a_title_is_no_speaker() -> None:
    """Two people who each told one agency, or two foreign ministers, or two Pentagon officials,
    are not one speaker: the name after "told" or "to" is the one spoken to, and a run of
    capitals a title follows is part of the title."""
    assert UNKNOWN in speakers_of("“We will respond,” the minister told Reuters. “We will not,” "
                                "an opposition lawmaker told Reuters.")
    assert UNKNOWN in speakers_of("“We will respond,” Iran's Foreign Minister said. “We will not,” "
                                "the Saudi Foreign Minister said.")
    assert UNKNOWN in speakers_of("“We will respond,” a Pentagon spokesman said. “We will not,” "
                                "a Pentagon official said.")
    assert speakers_of("“We will respond,” Foreign Minister Javad Zarif told AFP.") == [
        int(hashes_of("zarif")[0])]


def test_two_posts_of_one_speaker_stay_two() -> None:
    """Mabena's post, then her later one, quoted in turn by two outlets: two statements (review
    9's case: "Later ... she wrote" says the second came another time, `occasions`)."""
    texts = [_outlet(tag, f"Mabena wrote {filler(tag + 'w', 2)}: “{OPENING}”",
                     f"Later {filler(tag + 'l', 3)} she wrote: “{LEGACY}”", 8) for tag in "ab"]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_the_attribution_after_a_quotation_ends_with_its_sentence() -> None:
    """The next sentence's reporting verb is not this quotation's attribution."""
    assert speakers_of("“We grieve,” the crowd chanted. Mabena said it was over.") == [UNKNOWN]


def test_remarks_most_outlets_carry_far_apart_stay_two() -> None:
    """Two outlets quote the two sentences close together, in order, but four others carry both
    far apart (more than STORY_GAP_WORDS words): those carrying them together are no majority of
    those carrying them, two passages."""
    texts = [_outlet("a", f"“{OPENING}” President Jacob Mabena said.", f"“{SORROW}” he added.", 12),
             _outlet("b", f"“{OPENING}” said Mabena.", f"“{SORROW}” Mabena said.", 8)]
    texts += [_outlet(tag, f"“{OPENING}” Mabena said.", f"“{SORROW}” Mabena said.", 120)
              for tag in "cdef"]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


QUESTION = ("Will the government now hand the farms he fought for to the families who have "
            "worked them for generations?")


def test_a_question_an_unnamed_person_asks_is_someone_elses() -> None:
    """'"...?" a reporter asked', 'asked one journalist', 'fragte eine Journalistin': somebody
    asking, no named speaker and not unknown (the speaker before stays out of it); a spokesman
    who said something is read as before."""
    from viewer.engine.attribution_names import SOMEONE_ASKING

    assert speakers_of("“Will you resign?” a reporter asked.") == [SOMEONE_ASKING]
    assert speakers_of("“Will you resign?” asked one journalist.") == [SOMEONE_ASKING]
    assert speakers_of("„Treten Sie zurück?“, fragte eine Journalistin.") == [SOMEONE_ASKING]
    assert speakers_of("“We are ready,” a spokesman said.") == [UNKNOWN]


def test_a_reporters_question_after_the_speakers_words_stays_apart() -> None:
    """Two outlets print the president's words, then a reporter's question in the next
    sentence: the question is not the president's; two passages."""
    texts = [_outlet("a", f"“{OPENING}” President Jacob Mabena said {filler('ar', 4)}. "
                          f"“{QUESTION}”", "", 8),
             _outlet("b", f"“{OPENING}” said Mabena {filler('br', 6)}. “{QUESTION}” a reporter "
                          "asked.", "", 8)]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_a_statement_quoted_on_with_the_statement_continued_is_one_passage() -> None:
    """Nobody is named: the office's statement is quoted a paragraph at a time, "the text
    says", then "the statement continued". The verb says the text goes on from the quotation
    right before: one text, one passage. Without it, two unnamed quotations stay two."""
    def outlet(tag: str, attributions: tuple[str, str]) -> str:
        return (f"{filler(tag)}.\n\n“{OPENING}” {attributions[0]}.\n\n{filler(tag + 'm', 6)}."
                f"\n\n“{SORROW}” {attributions[1]}.\n\n{filler(tag + 'z')}.")
    texts = [outlet("a", ("the text says", "the statement continued")),
             outlet("b", ("it reads", "the communique adds"))]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2
    texts = [outlet("a", ("the text says", "the statement says")),
             outlet("b", ("it reads", "the communique says"))]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_a_sentence_quoted_at_two_events_joins_neither_events_remarks() -> None:
    """A stock sentence two speakers say at two events ("Our thoughts are with the
    families ..."), each outlet quoting it in one quotation with a sentence of its own event:
    one quotation is one speaker's words, but the other outlets carrying each (the stock
    sentence's other outlet, the event sentence's) share nothing, so neither event's sentence
    joins it, and the two events stay apart (transitively they would be one passage). Where a
    second outlet carries both, far apart, they are one utterance
    (test_two_pieces_one_outlet_quotes_in_one_quotation_are_one_passage, review10)."""
    stock = ("Our thoughts are with the families of those who lost their lives and with everyone "
             "still waiting for news")
    bridge = ("The bridge over the northern canal will stay closed until engineers have checked "
              "every cable and pillar")
    harbour = ("Flood barriers along the eastern harbour held overnight but the water is "
               "expected to rise again on Friday")
    texts = [f"{filler('a')}.\n\nThe mayor said: “{stock}. {filler('p', 12)}. {bridge}.”\n\n"
             f"{filler('b')}.",
             f"{filler('c')}.\n\n“{bridge},” the mayor said.\n\n{filler('d')}.",
             f"{filler('e')}.\n\nThe governor said: “{stock}. {filler('q', 12)}. {harbour}.”\n\n"
             f"{filler('f')}.",
             f"{filler('g')}.\n\n“{harbour},” the governor said.\n\n{filler('h')}."]
    passages = find_shared_passages(articles(*texts)).passages
    assert sorted(passage.spread for passage in passages) == [2, 2, 2]


def test_a_statement_quoted_on_with_it_added_is_one_passage_in_any_order() -> None:
    """One outlet quotes the sheriff's statement, then "It added that" another sentence of it;
    another prints the statement unquoted, the second sentence first and far from the first:
    the verb naming no one says the text goes on, one statement however the other orders it."""
    texts = [f"{filler('a')}.\n\nA county statement said: “{OPENING}”\n\nIt added that “{SORROW}”"
             f"\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{SORROW} {filler('cm', 60)}. {OPENING}\n\n{filler('d')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2


def test_another_statement_the_speaker_added_stays_apart() -> None:
    """The same layout, but "the Lurimu Command added" names the speaker again: maybe another
    of its statements, reported in another order elsewhere; two passages."""
    texts = [f"{filler('a')}.\n\nThe Lurimu Command said: “{OPENING}”\n\n“{SORROW},” the Lurimu "
             f"Command added.\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{SORROW} {filler('cm', 60)}. {OPENING}\n\n{filler('d')}."]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_a_later_quotation_not_introduced_by_the_sentence_does_not_take_its_attribution() -> None:
    """'"...." Merkel said so ...': the sentence after a closed quotation attributes it unless
    it introduces the next quotation (after a colon, or a verb and a comma); a word it quotes in
    passing, a quotation opening the next sentence or paragraph, or one opening the next
    document is no such."""
    merkel = int(hashes_of("merkel")[0])
    closed = "The talks failed. “We will not give in.” Merkel said so on Monday"
    assert speakers_of(f"{closed}, speaking of a “crisis”.")[0] == merkel
    assert speakers_of(f"{closed} after a “crisis” meeting.")[0] == merkel
    # (a verb and a comma introduce one as a colon does)
    assert speakers_of("“We will not give in.” Merkel said, “The plan is dead.”")[0] == UNKNOWN
    assert speakers_of(f"{closed}. “The plan is dead.”")[0] == merkel
    assert speakers_of(f"{closed}.\n\n“The plan is dead.”")[0] == merkel
    corpus = tokenise(articles(closed, "“Another text opens here,” the agency wrote."))
    assert quotation_speakers(corpus, np.arange(len(corpus.quote_first))).tolist()[0] == merkel


def test_another_speaker_named_by_office_who_added_stays_apart() -> None:
    """The same layout, but "the prime minister added" (an office in lower case, no name) is a
    person speaking on, maybe another's reply to the first; two passages."""
    texts = [f"{filler('a')}.\n\nThe opposition leader said: “{OPENING}”\n\n“{SORROW},” the "
             f"prime minister added.\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{SORROW} {filler('cm', 60)}. {OPENING}\n\n{filler('d')}."]
    assert len(find_shared_passages(articles(*texts)).passages) == 2
    texts[0] = texts[0].replace("the prime minister added", "a police spokesman added")
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def test_it_added_after_a_named_persons_quotation_stays_apart() -> None:
    """A minister's words, then a sentence about a council's statement, then "It added that"
    the council's words; another outlet prints both far apart: two speakers, two passages
    (review 11's case: "It added" goes on from the quotation before only in the sentence right
    after it's)."""
    texts = [f"{filler('a')}.\n\n“{OPENING},” Dolan Wreth said. The council issued a statement "
             f"later. It added that “{SORROW}”\n\n{filler('b')}.",
             f"{filler('c')}.\n\n{SORROW} {filler('cm', 60)}. {OPENING}\n\n{filler('d')}."]
    assert len(find_shared_passages(articles(*texts)).passages) == 2


def _unnamed(first_outlet: str) -> int:
    """Passages when one outlet prints `first_outlet` (OPENING and SORROW quoted with its
    own attribution) and another quotes the two a few words apart, attributing neither."""
    return len(find_shared_passages(articles(
        f"{filler('a')}.\n\n{first_outlet}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n“{OPENING}” {filler('m', 6)}. “{SORROW}”\n\n{filler('d')}.",
    )).passages)


def test_more_of_the_text_introduced_as_such_is_one_passage() -> None:
    """German "Und weiter:", French "Et d'ajouter :" (and further, and to add), English
    "Adding," before the next quotation: the text going on, one passage with the other outlet's
    two quotations; other words there ("Und dann:", "Then,") say nothing of it."""
    attributed = "„{0}“ Das sagte Kanzler Rolf Anders am Montag.\n\n{1} „{2}“"
    assert _unnamed(attributed.format(OPENING, "Und weiter:", SORROW)) == 1
    assert _unnamed(attributed.format(OPENING, "Und dann:", SORROW)) == 2
    assert _unnamed(f"« {OPENING} » a dit le chancelier Rolf Anders lundi. Et d'ajouter : "
                    f"« {SORROW} »") == 1
    # (a gerund of adding alone, before a comma or a colon: '"...." Adding, "..."')
    assert _unnamed(f"“{OPENING}” the chancellor Rolf Anders said on Monday.\n\nAdding, "
                    f"“{SORROW}”") == 1
    assert _unnamed(f"“{OPENING}” the chancellor Rolf Anders said on Monday.\n\nThen, "
                    f"“{SORROW}”") == 2


def test_an_unnamed_speakers_remarks_a_pronoun_goes_on_with_are_one_passage() -> None:
    """No outlet names the speaker, but in one a pronoun goes on from the first quotation,
    which a spokeswoman's attribution closes, to the second, in the next paragraph ('"...," a
    spokeswoman said. "...," she added'), and the other quotes the two in the same order: one
    speaker's remarks, one passage."""
    assert _unnamed(f"“{OPENING}” a spokeswoman said.\n\n“{SORROW}” she added.") == 1


def test_a_pronoun_after_someone_else_comes_in_is_not_the_unnamed_speakers() -> None:
    """A sentence of the outlet's own between, which may bring in another person, named or
    not ('One resident, Maria Lopez, was still shaken', 'Her husband was less sure'): the
    pronoun is no evidence that the two are one speaker's."""
    assert _unnamed(f"“{OPENING}” a police spokesman said. One resident, Maria Lopez, was still "
                    f"shaken. “{SORROW}” she said.") == 2
    assert _unnamed(f"“{OPENING}” a spokeswoman said. Her husband was less sure. “{SORROW}” "
                    "he said.") == 2


def test_a_pronoun_of_the_other_sex_is_not_the_unnamed_speakers() -> None:
    """'"...," a spokeswoman said. "...," he added': the pronoun cannot go back to her, so it is
    someone else's quotation; with "she" it is hers."""
    assert _unnamed(f"“{OPENING}” a spokeswoman said.\n\n“{SORROW}” he added.") == 2
    assert _unnamed(f"“{OPENING}” a police spokesman said.\n\n“{SORROW}” she added.") == 2
    assert _unnamed(f"“{OPENING}” a police spokesman said.\n\n“{SORROW}” he added.") == 1
    # (the speaker's word, not another person's in the attribution)
    assert _unnamed(f"“{OPENING}” a spokeswoman for the king said.\n\n“{SORROW}” she "
                    "added.") == 1


def test_two_quotations_a_pronoun_attributes_in_a_row_are_one_speakers() -> None:
    """The first quotation is attributed by a pronoun too ('He said the republic "..."', '"...,"
    he said'), the second by the same pronoun in the next sentence: whoever "he" is, only the
    text knows, but the two are one person's words in a row, one passage with the other outlet's
    two quotations."""
    assert _unnamed(f"He said the republic “{OPENING}”\n\n“{SORROW}” he added.") == 1
    assert _unnamed(f"“{OPENING}” he said.\n\n“{SORROW}” he added.") == 1
    # (one of each sex: two people)
    assert _unnamed(f"“{OPENING}” she said.\n\n“{SORROW}” he added.") == 2


def _unattributed(tag: str, first: str, second: str) -> str:
    """An outlet quoting two pieces of a text with no speaker beside either (as a Spanish
    outlet's 'asegura que "..."' names nobody)."""
    return (f"{filler(tag)}.\n\nThe text opens bluntly: “{first}”\n\n{filler(tag + 'm', 10)}. "
            f"Further down: “{second}”\n\n{filler(tag + 'z')}.")


def test_an_unnamed_text_three_outlets_quote_near_in_any_order_is_one_passage() -> None:
    """Three outlets quote two sentences of one statement near each other, in either order,
    naming nobody beside them: one text each quotes its own sentences of (a Spanish set split
    a footballer's statement in four so); two outlets so, or one speaker named, decide
    nothing."""
    assert speakers_of(_unattributed("a", OPENING, LEGACY)) == [UNKNOWN, UNKNOWN]
    three = [_unattributed("a", OPENING, LEGACY), _unattributed("b", LEGACY, OPENING),
             _unattributed("c", OPENING, LEGACY)]
    (passage,) = find_shared_passages(articles(*three)).passages
    assert passage.spread == 3
    assert len(find_shared_passages(articles(*three[:2])).passages) == 2
    named = [_outlet("a", f"“{OPENING}” Mabena said.", f"“{LEGACY}” Mabena said.", 12),
             _outlet("b", f"“{LEGACY}” said Mabena.", f"“{OPENING}” Mabena said.", 8),
             _outlet("c", f"“{OPENING}” said Mabena.", f"“{LEGACY}” Mabena said.", 10)]
    assert len(find_shared_passages(articles(*named)).passages) == 2


def test_a_quotation_a_new_sentences_subject_leads_into_is_not_the_last_ones_second_half() -> None:
    """The judge's words end one sentence; the defendant, named as the next sentence's subject,
    leads into his own quotation a few words on ('... "risk that this man will do something
    very bad in the future." Bankman-Fried, 32, said he is "sorry about ..."'). Not one
    quotation its attribution splits: two passages. A pronoun going on ('He added:') is."""
    judge = ("risk that this man will be in a position to do something very bad in the future")
    sorry = "sorry about what happened at every stage"
    first = (f"{filler('a')}.\n\nThe judge said he deserved a long sentence because there is a "
             f"significant “{judge}.” Bankman-Fried, 32, said he is “{sorry}” and more.\n\n"
             f"{filler('az')}.")
    second = (f"{filler('b')}.\n\nThe sentence came moments after Bankman-Fried said he was "
              f"“{sorry}.”\n\n{filler('bz')}.\n\n“There is a {judge},” Kaplan said.\n\n"
              f"{filler('by')}.")
    passages = find_shared_passages(articles(first, second)).passages
    assert sorted(len(p.occurrences) for p in passages) == [2, 2]
    going_on = first.replace("Bankman-Fried, 32, said he is", "He added that he is")
    (passage,) = find_shared_passages(articles(going_on, second)).passages
    assert len(passage.occurrences) == 4
