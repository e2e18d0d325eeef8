"""Pieces of one text joined round after round (`viewer.engine.stories.join_story_pieces`) and
one speaker's piece quoted inside the rest of the text (`viewer.engine.remarks`); who a
quotation labelled with a name and a colon is, and whose a pronoun is after the speaker is named
again (`viewer.engine.speakers`). Small hand-made corpora, no sample or real-article text."""

from __future__ import annotations

from viewer.engine import find_shared_passages
from viewer.engine.remarks import REMARKS_FURTHER_WORDS
from viewer.engine.speakers import UNKNOWN

from .engine_texts import articles, filler, speakers_of, word_hash

FIRST = ("This will mean saying goodbye to some wonderfully patient colleagues we worked hard "
         "to find and have loved working beside.")
SECOND = ("The roles we are closing reflect the outcome of that long review across every "
          "product group, level and region of the firm.")
THANKS = "Thank you for working so hard to help farmers and growers everywhere in the valley."
LAST = ("We will keep the doors open for every one of them when the season turns again next "
        "spring.")


def _document(tag: str, *parts: str) -> str:
    return f"{filler(tag)}.\n\n" + "\n\n".join(parts) + f"\n\n{filler(tag + 'z')}."


def test_a_piece_near_another_part_of_the_text_in_each_outlet_joins_in_the_next_round() -> None:
    """The thanks follow the memo's second sentence in one outlet and its first in another: near
    no one statement in two outlets until the first round has made the two sentences one."""
    texts = [
        _document("a", f"“{FIRST}” Varrow Mabena said.", f"{filler('am', 8)}.",
                  f"“{SECOND}” he added.", f"{filler('an', 6)}. He said: “{THANKS}”"),
        _document("b", f"“{FIRST}” said Mabena.", f"{filler('bm', 6)}.", f"“{THANKS}”",
                  f"{filler('bn', 60)}."),
        _document("c", f"“{FIRST}” Mabena wrote.", f"{filler('cm', 9)}.",
                  f"“{SECOND}” Mabena wrote."),
    ]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 3


def test_a_piece_near_a_piece_joined_in_the_first_round_joins_in_the_second() -> None:
    """The last sentence follows the thanks in one outlet and the memo's second sentence in
    another: near one statement in two outlets only once the first round has joined the thanks
    to the memo (two rounds of asking again, `REMARKS_ROUNDS`). The distances are set by
    REMARKS_FURTHER_WORDS: in the first outlet the thanks is beyond it from the first
    sentence."""
    texts = [
        _document("a", f"“{FIRST}” Varrow Mabena said.",
                  f"{filler('am', REMARKS_FURTHER_WORDS - 22)}.",
                  f"“{SECOND}” he added.", f"{filler('an', 6)}. He said: “{THANKS}”"),
        # (the last sentence more than REMARKS_FURTHER_WORDS after the first: near the thanks
        # only)
        _document("b", f"“{FIRST}” said Mabena.", f"{filler('bm', REMARKS_FURTHER_WORDS - 15)}.",
                  f"“{THANKS}”",
                  f"{filler('bn', 5)}. “{LAST}” Mabena wrote.", f"{filler('bo', 60)}."),
        _document("c", f"“{FIRST}” Mabena wrote.", f"{filler('cm', 9)}.",
                  f"“{SECOND}” Mabena wrote."),
        _document("d", f"“{SECOND}” Mabena wrote.", f"{filler('dm', 7)}.",
                  f"“{LAST}” he added.", f"{filler('dn', 60)}."),
    ]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 4


def test_a_piece_quoted_between_two_pieces_of_the_text_shows_no_order() -> None:
    """One outlet quotes the thanks after the memo, the other between two of its sentences (the
    thanks nearer the later one): the second outlet says nothing against the first's order."""
    memo = f"“{FIRST} {SECOND}” Varrow Mabena wrote."
    texts = [
        _document("a", memo, f"{filler('am', 6)}. He said: “{THANKS}”"),
        _document("b", f"“{FIRST}” said Mabena.", f"{filler('bm', 12)}.", f"“{THANKS}”",
                  f"{filler('bn', 4)}. “{SECOND}” Mabena wrote."),
        _document("c", memo),
    ]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 3


def test_a_name_and_a_colon_opening_the_line_label_the_quotation() -> None:
    """'Acme CEO Varrow Mabena: "..."' (a subheading's or a transcript's way) names Mabena, whom
    the article has speak; a colon after other words, or in a headline in title case, names
    nobody."""
    mabena = word_hash("Mabena")
    assert speakers_of(f"The talks ended, Mabena said.\n\nAcme CEO Varrow Mabena: “{THANKS}”"
                       ) == [mabena]
    assert speakers_of(f"Mabena: “{THANKS}”\n\nThe talks ended, Mabena said.") == [mabena]
    assert speakers_of(f"This is what the memo says: “{THANKS}”") == [UNKNOWN]
    assert speakers_of("Mabena Vows: “We Will Rebuild The Valley”\n\nText.") == [UNKNOWN]


def test_a_pronoun_after_the_speaker_named_again_last_is_the_speakers() -> None:
    """Another name between the two quotations, then the speaker named again: the pronoun is
    his; the other named last, it is nobody's known."""
    mabena = word_hash("Mabena")
    assert speakers_of(f"“{FIRST}” said Varrow Mabena.\n\nAcme announced on Monday it would cut "
                       f"jobs. Mabena said in a statement that the cuts were needed.\n\n"
                       f"“{SECOND}” he said.") == [mabena, mabena]
    assert speakers_of(f"“{FIRST}” said Varrow Mabena.\n\nMabena said in a statement that the "
                       f"cuts were needed. Tunde Okonte said he disagreed.\n\n"
                       f"“{SECOND}” he said.") == [mabena, UNKNOWN]


def test_a_pronoun_after_a_sentence_naming_another_beside_the_speaker_is_nobody_s_known() -> None:
    """The speaker named last, but in a sentence that names another speaking ('Okonte said he
    never read what Mabena wrote'): the pronoun may be either's."""
    mabena = word_hash("Mabena")
    for between in ("Tunde Okonte said he had not read what Mabena wrote.",
                    "Okonte told reporters that Mabena wrote the memo alone."):
        assert speakers_of(f"“{FIRST}” said Varrow Mabena.\n\n{between}\n\n“{SECOND}” he said."
                           ) == [mabena, UNKNOWN], between


def test_a_line_s_label_and_a_colon_name_nobody() -> None:
    """'UPDATE: "..."', 'Q: "..."', 'Photo: "..."', 'Reuters: "..."': capitals and a colon
    opening a line, and no speaker the article names beside a reporting verb (a verb inside the
    quotation beside the label no more than one in a name list)."""
    said = "We said we would help farmers and growers everywhere in the valley."
    for label in ("UPDATE", "Q", "WATCH", "Photo", "Transcript", "Reuters", "The Letter",
                  "Acme Corp", "In Brief"):
        assert speakers_of(f"The talks ended.\n\n{label}: “{THANKS}”") == [UNKNOWN], label
        assert speakers_of(f"The talks ended.\n\n{label}: “{said}”") == [UNKNOWN], label


def test_a_colon_dateline_is_no_label_where_a_verb_attributes_the_quotation() -> None:
    """'VALLEYTON: "...," the ministry said': the ministry's, unnamed, though the article has
    the capital speak elsewhere ('Valleyton said')."""
    assert speakers_of(f"VALLEYTON: “{THANKS}” the farm ministry said on Monday.\n\nValleyton "
                       "said last week it would not pay.") == [UNKNOWN]



OPENING = ("Fellow citizens, our beloved Varrow Okonte, the founding president of this young "
           "republic, has departed this morning at his farm.")
SORROW = "This is our moment of deepest sorrow, the whole nation has lost its greatest son."


def _spread_out(tag: str) -> str:
    """An outlet quoting the two sentences a story's length apart."""
    return (f"{filler(tag)}.\n\n“{OPENING}” said Mabena.\n\n{filler(tag + 'm', 120)}.\n\n"
            f"“{SORROW}” Mabena said.\n\n{filler(tag + 'z')}.")


def _one_after_the_other(second: str) -> str:
    """An outlet quoting the first sentence, then `second` right after it."""
    return (f"{filler('a')}.\n\n“{OPENING}” President Jacob Mabena said.\n\n{second}\n\n"
            f"{filler('az')}.")


def test_remarks_one_outlet_quotes_as_more_and_another_spreads_out_are_one_passage() -> None:
    """One outlet quotes a sentence of the statement and right after it another as more of it
    ('Mabena added that "..."', '"...," he declared'); the other outlet carrying both prints
    them far apart, a story's length between: one speaker's remarks, one passage. Where the
    first outlet introduces the second anew ('Mabena wrote on Twitter: "..."'), or the far
    outlets outnumber the near one, they may be two things said: two passages."""
    for more in (f"Mabena added that “{SORROW}”", f"“{SORROW}” he declared."):
        (passage,) = find_shared_passages(articles(_one_after_the_other(more),
                                                   _spread_out("b"))).passages
        assert passage.spread == 2
    anew = _one_after_the_other(f"Mabena wrote on Twitter: “{SORROW}”")
    assert len(find_shared_passages(articles(anew, _spread_out("b"))).passages) == 2
    added = _one_after_the_other(f"Mabena added that “{SORROW}”")
    assert len(find_shared_passages(articles(added, _spread_out("b"),
                                             _spread_out("c"))).passages) == 2


def test_a_pronoun_going_on_to_a_piece_that_opens_with_the_outlets_words_is_one_speakers() -> None:
    """'The prime minister said: "..." He added any decision was "a matter ..."': the later
    piece opens with words before its mark ("was", "was a" in the other outlet);
    its quotation is still the one the pronoun attributes, right after the earlier one, and the
    two are one unnamed speaker's remarks, one passage."""
    piece = "a matter, in the end, for the ruling council and its members"
    texts = [f"{filler('a')}.\n\nSpeaking in the capital, the prime minister said: “{SORROW}”\n"
             f"He added any decision was “{piece}”.\n\n{filler('az')}.",
             f"{filler('b')}.\n\n“{SORROW}” the prime minister told reporters.\nHe insisted it "
             f"was a “{piece.removeprefix('a ')}”.\n\n{filler('bz')}."]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2


def test_more_of_the_speakers_words_between_two_pieces_sets_them_no_further_apart() -> None:
    """Both outlets quote two sentences of the statement with more of the speaker's words
    between, a different passage each that no other outlet quotes ('"...," Obama continued.
    "We will need ..."'): those quoted words are no distance, only the outlet's own are, and
    the two sentences are one speaker's remarks, one passage."""
    texts = [f"{filler(tag)}.\n\n“{OPENING}” Mabena said. “{filler(tag + 'q', 36)}.” Mabena "
             f"continued. “{SORROW}” he said.\n\n{filler(tag + 'z')}." for tag in "ab"]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert passage.spread == 2
