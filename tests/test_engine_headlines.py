"""A page whose headline repeats the quotation below it: the headline and the quotation are two
occurrences, each aligned on its own, so the quotation's words are not marked as differing
(`viewer.engine.statements.after_heading`, `viewer.engine.align`). A story's paragraphs that
end in a full stop still make one occurrence. Small hand-made texts."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler

QUOTE = "He was a giant of faith and reason who gave his whole life to the service of the church"


def test_a_headline_repeating_the_quotation_below_it_is_an_occurrence_of_its_own() -> None:
    page = f"{QUOTE}\n\n“{QUOTE}”, the prime minister said in a note. {filler('a')}."
    others = [f"{filler(tag)}. The prime minister said: “{QUOTE}.” {filler(tag + 'z')}."
              for tag in ("b", "c")]
    (passage,) = find_shared_passages(articles(page, *others)).passages
    on_page = sorted((o.start, o.end, o.differences) for o in passage.occurrences
                     if o.document == "d0")
    assert [(start, end) for start, end, _ in on_page] == [
        (0, len(QUOTE)), (len(QUOTE) + 3, 2 * len(QUOTE) + 3)]
    assert all(not differences for _, _, differences in on_page)


def test_story_paragraphs_ending_in_a_full_stop_stay_one_occurrence() -> None:
    story = (f"{QUOTE}, the prime minister wrote on Saturday in a note to the press.\n\n"
             "The note was read out in parliament on the same evening by the speaker, who asked "
             "for a minute of silence.")
    texts = [f"{filler(tag)}.\n\n{story}\n\n{filler(tag + 'z')}." for tag in ("a", "b")]
    (passage,) = find_shared_passages(articles(*texts)).passages
    assert len(passage.occurrences) == 2
