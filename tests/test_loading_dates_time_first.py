"""A page's date line that gives its clock time before the date ("প্রকাশিত: ৬:৫১ অপরাহ্ন, ১৭
নভেম্বর ২০২৫", "Updated: 6:51 PM, 17 November 2025"), or a date the page broke over lines after
its weekday, dates the file (tester 60b: four Bengali pages had no date). Texts written for these
tests."""

from __future__ import annotations

import pytest

from viewer.loading import article_from_text

HEADLINE = "নদীর বাঁধ ভেঙে তিন গ্রাম প্লাবিত"
STORY = "বুধবার ভোরে নদীর বাঁধ ভেঙে তিনটি গ্রাম প্লাবিত হয়েছে বলে জানিয়েছে প্রশাসন।"


@pytest.mark.parametrize(("text", "date"), [
    # a label, the time, then the date; its update after a bar
    (f"{HEADLINE}\n\nনগর ডেস্ক\nপ্রকাশিত: ৬:৫১ অপরাহ্ন, ১৭ নভেম্বর ২০২৫ | "
     f"আপডেট: ৮:১৯ পূর্বাহ্ন, ১৮ নভেম্বর ২০২৫\n\n{STORY}\n", "2025-11-17"),
    # a listed label, the time with its seconds, the weekday, then the date
    (f"{HEADLINE}\nঅনলাইন ডেস্ক\n- আপডেট সময় : ১১:০৫:০৯ অপরাহ্ন, সোমবার, ১৭ নভেম্বর ২০২৫\n"
     f"- / ৩৫০ বার পড়া হয়েছে\n{STORY}\n", "2025-11-17"),
    ("River floods three villages\n\nUpdated: 6:51 PM, 17 November 2025\n\n"
     "The river broke its banks.\n", "2025-11-17"),
    # the weekday on a line of its own, the date with the comma the page broke it after
    (f"{HEADLINE}\n\nসোমবার,\n\n১৭ নভেম্বর ২০২৫,\n\n{STORY}\n", "2025-11-17"),
])
def test_a_date_after_its_clock_time_or_broken_over_lines_dates_the_file(
        text: str, date: str) -> None:
    assert article_from_text("a", text).date == date


@pytest.mark.parametrize("text", [
    # a story's sentence opening with a time and a date is no date line
    ("River floods three villages\n\n6:51 PM, 17 November 2025, the river broke its banks "
     "near the town and three villages were flooded, officials said.\n"),
])
def test_a_sentence_going_on_from_its_time_and_date_dates_nothing(text: str) -> None:
    assert article_from_text("a", text).date is None
