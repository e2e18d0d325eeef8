"""A story reprinted with a sentence edited between two long matches stays one passage: a clause
reworded inside a sentence both carry, and the opening of the next sentence edited after a
sentence both carry to its end (where one reprint also runs two paragraphs together); an
outlet's own lead-in before the next paragraph is no such edit (small hand-made corpora, no
sample or real-article text)."""

from __future__ import annotations

from viewer.engine import find_shared_passages

from .engine_texts import articles, filler, one_stretch

BEFORE = ("The harbour master, Olin Dask, stood on the quay at dawn and looked out across the "
          "grey water")
AFTER = ("the hull of the ferry lying on its side near the breakwater, with rescue boats "
         "circling it in the rain.")


def test_a_clause_reworded_inside_a_sentence_both_reprint_splits_nothing() -> None:
    """"from the pier in Varrow and saw" / "from Varrow's pier to see": the same sentence with a
    clause reworded (more than a word or two, and in words that share too little to be the
    same said in other words), so one stretch of text and one passage."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{BEFORE} from the pier in Varrow and saw {AFTER}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{BEFORE} from Varrow's pier to see {AFTER}\n\n{filler('d')}."))
    (passage,) = result.passages
    assert passage.spread == 2
    assert all(len(passage.occurrences_in(f"d{i}")) == 1 for i in (0, 1))


def test_a_whole_sentence_between_is_an_outlets_own() -> None:
    """The same two pieces, but one reprint has a sentence of its own between them: two
    stretches of text, not one edited sentence. Both pieces are story text side by side in
    both outlets, so still one story (`viewer.engine.stories`), the sentence not in it."""
    first = (f"{filler('a')}.\n\n{BEFORE}. The morning was cold and nobody in the town had "
             f"slept. He saw {AFTER}\n\n{filler('b')}.")
    second = f"{filler('c')}.\n\n{BEFORE} from Varrow's pier to see {AFTER}\n\n{filler('d')}."
    assert not one_stretch(first, second)
    (passage,) = find_shared_passages(articles(first, second)).passages
    assert "nobody" not in " ".join(o.text for o in passage.occurrences)


SURVEY = ("The quake struck forty kilometres east of the river port of Tallin Bay, close to the "
          "border, the national survey said.")
HOSPITAL = ("with many forced to wait outside on the street for treatment until late in the "
            "evening.")


def test_the_next_sentences_opening_edited_splits_nothing() -> None:
    """"said. In the port itself dozens of people with burns are being brought to the hospital
    in Tallin," / "said.\nDozens of people with burns have been brought to Tallin's hospital,":
    both carry the first sentence to its end, the next one's opening is edited (one reprint
    also starts a paragraph there), so one passage."""
    result = find_shared_passages(articles(
        f"{filler('a')}.\n\n{SURVEY} In the port itself dozens of people with burns are being "
        f"brought to the hospital in Tallin, {HOSPITAL}\n\n{filler('b')}.",
        f"{filler('c')}.\n\n{SURVEY}\nDozens of people with burns have been brought to "
        f"Tallin's hospital, {HOSPITAL}\n\n{filler('d')}."))
    (passage,) = result.passages
    assert passage.spread == 2
    assert all(len(passage.occurrences_in(f"d{i}")) == 1 for i in (0, 1))


STATEMENT = ("the new curfew in the northern districts will run from ten at night until five in "
             "the morning for the rest of the month.")


def test_an_outlets_lead_in_to_the_next_paragraph_is_no_edit() -> None:
    """Two statements in consecutive paragraphs of both documents, one outlet introducing the
    second with its own words ("The army then announced that") where the other starts it
    plainly: no sentence both carry edited between two matches, so the stretches stage keeps
    them two. (The stories stage then joins them: speech two outlets print word for word,
    reported or plain, is copied from one story; `test_engine_stories`.)"""
    assert not one_stretch(
        f"{filler('a')}.\n\n{SURVEY}\n\nThe army then announced that {STATEMENT}\n\n"
        f"{filler('b')}.",
        f"{filler('c')}.\n\n{SURVEY}\n\n{STATEMENT[:1].upper()}{STATEMENT[1:]}\n\n"
        f"{filler('d')}.")

