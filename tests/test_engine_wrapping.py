"""Hard-wrapped text: wraps become spaces, paragraph breaks stay, other text is untouched."""

from __future__ import annotations

import textwrap

from hypothesis import given, settings
from hypothesis import strategies as st

from viewer.engine.wrapping import unwrapped

PROSE = ("The army said its units had pushed back the attack near the river and that the "
         "enemy lost many vehicles, while officials promised an inquiry into the shelling of "
         "the town hall and the market on Sunday morning. ")


def test_a_wrapped_text_keeps_only_its_paragraph_breaks() -> None:
    first = textwrap.fill(PROSE * 3, 70)
    second = textwrap.fill(PROSE * 2, 70)
    text = f"{first}\n\n{second}"
    flowed = unwrapped(text)
    assert len(flowed) == len(text)
    assert flowed.split("\n\n") == [" ".join(first.split("\n")), " ".join(second.split("\n"))]


def test_an_indented_line_starts_a_paragraph() -> None:
    first = textwrap.fill(PROSE * 3, 66)
    second = textwrap.fill(PROSE * 2, 66, initial_indent="    ")
    flowed = unwrapped(f"{first}\n{second}")
    assert flowed.count("\n") == 1
    assert flowed.index("\n") == len(first)


def test_news_text_with_one_paragraph_a_line_is_untouched() -> None:
    text = "\n".join([PROSE * 2, "Headline", PROSE, "", PROSE * 3, "Short line."])
    assert unwrapped(text) == text


def test_a_short_line_keeps_its_break() -> None:
    body = textwrap.fill(PROSE * 3, 72)
    text = f"Breaking news\n{body}\nEnd.\n{body}"
    flowed = unwrapped(text)
    assert flowed.startswith("Breaking news\n")
    assert "End.\n" in flowed  # (the break before it follows a filled line: a wrap)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n\t“"), max_size=400))
def test_only_line_breaks_change_into_spaces_and_it_is_idempotent(text: str) -> None:
    flowed = unwrapped(text)
    assert len(flowed) == len(text)
    assert all(a == b or (a == "\n" and b == " ") for a, b in zip(text, flowed, strict=True))
    assert unwrapped(flowed) in (flowed, unwrapped(flowed))
    assert "\n\n" not in text or all(
        flowed[k : k + 2] == "\n\n" for k in range(len(text) - 1) if text[k : k + 2] == "\n\n")


def test_two_hard_wrapped_articles_share_one_whole_passage() -> None:
    from viewer.corpus import Article
    from viewer.engine import find_shared_passages

    shared = ("Rescue teams reached the flooded villages north of the dam on Thursday and "
              "evacuated more than four hundred residents by boat, while engineers inspected "
              "the cracked spillway that had released water overnight across farmland and "
              "the main road to the provincial capital, officials in the region confirmed.")
    first = textwrap.fill("Our correspondent reports from the valley. " + shared
                          + " Schools will stay closed until Monday.", 68)
    second = textwrap.fill("Local radio carried the first accounts early on. " + shared
                           + " Power lines are still down in three districts.", 74)
    (passage,) = find_shared_passages([Article("a", first, "a"), Article("b", second, "b")])\
        .passages
    assert [len(o.text.split()) for o in passage.occurrences] == [len(shared.split())] * 2
