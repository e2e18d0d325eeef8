"""An inferred title names its article: not a transcript's word repeated over and over, not a
greeting cut at its first full stop, not a sentence cut a few words before its end. A tester
(session 59) saw claim cards and Figures columns name held-out articles "You You You You You…",
"“Hey team." and "... wrote in the…". The texts here are invented."""

from __future__ import annotations

import pytest

from viewer.loading.headers import TITLE_MAX_CHARS, infer_title
from viewer.loading.title_sentences import without_repeated_word

HEADLINE = "Westmere council votes to close the old harbour bridge"
STORY = ("The council of Westmere voted on Tuesday to close the old harbour bridge to cars. Its "
         "engineers had warned that the bridge could not carry them much longer.")


def test_a_transcripts_word_repeated_over_and_over_is_no_part_of_the_title() -> None:
    transcript = ("Uh Uh Uh Uh Uh Uh Uh Good afternoon, everyone, and thank you for coming. We are "
                  "here to give an update on the fire that broke out in the harbour this morning.")
    assert infer_title(transcript) == "Good afternoon, everyone, and thank you for coming."
    # (a line of nothing else above the headline is no title's line)
    assert infer_title(f"you you you you you\n{HEADLINE}\n\n{STORY}") == HEADLINE


@pytest.mark.parametrize("headline", [
    "Go, go, go: Westmere marathon starts in the rain", "Bye bye bye to the old harbour bridge",
    "Night night: Westmere library closes its doors"])
def test_a_headline_repeating_a_word_a_few_times_stays_whole(headline: str) -> None:
    assert without_repeated_word(headline) == headline
    assert infer_title(f"{headline}\n\n{STORY}") == headline


def test_a_greeting_opening_a_quoted_letter_is_not_cut_off_as_the_title() -> None:
    # The article opens with the letter it is about, its first sentence a greeting: the title
    # goes on to say what the letter says.
    letter = ("“Hi all. I am writing to tell you about the new opening hours. The library will "
              "open on Sundays from next month.”")
    assert infer_title(f"{letter}\n\nThe letter went out on Monday.") == (
        "“Hi all. I am writing to tell you about the new opening hours.")


@pytest.mark.parametrize(("opening", "title"), [
    ("Good news! The library of Westmere will open on Sundays from next month, its board "
     "said on Tuesday. It had voted.",
     "Good news! The library of Westmere will open on Sundays from next month, its board said "
     "on Tuesday."),
    ("It's over. Westmere's mayor has resigned after ten years in office, her office said. "
     "More is to follow later on Tuesday.",
     "It's over. Westmere's mayor has resigned after ten years in office, her office said.")])
def test_a_first_sentence_of_a_word_or_two_is_no_title_alone(opening: str, title: str) -> None:
    assert infer_title(f"{opening}\n\n{STORY}") == title


def test_a_long_sentence_is_kept_whole_rather_than_cut_a_few_words_before_its_end() -> None:
    sentence = ("The harbour authority of Westmere has ordered every ferry on the northern route "
                "to stay in port until Sunday.")
    assert len(sentence) > TITLE_MAX_CHARS
    assert infer_title(f"{sentence} Its chief said the storm would pass.\n\n{STORY}") == sentence


def test_a_long_sentence_going_on_for_longer_is_still_cut() -> None:
    sentence = ("The harbour authority of Westmere has ordered every ferry on the northern route "
                "to stay moored in the old port until next Sunday.")
    title = infer_title(f"{sentence} Its chief said the storm would pass.\n\n{STORY}")
    assert title.endswith("…") and len(title) <= TITLE_MAX_CHARS + 1


def test_a_sentence_ending_inside_a_quotation_is_not_kept_whole() -> None:
    # (its full stop is the quoted speaker's, inside the quotation: no end of the outlet's
    # sentence, and a title kept to it would leave the quotation open)
    opening = ("The mayor of Westmere spoke to reporters on the quay about the closure of the "
               "northern ferry route: \"We waited. Now it is time to act,\" he said.")
    title = infer_title(f"{opening}\n\n{STORY}")
    assert title.endswith("…") and "waited" not in title
