"""A saved page's own date, read in other digits and calendars and told from a banner's date
(`viewer.loading.date_lines`, `viewer.loading.calendars`). Texts written for these tests, in the
forms tester 60 found in Bengali, Japanese and Thai pages."""

from __future__ import annotations

import pytest

from viewer.loading import article_from_text
from viewer.loading.calendars import gregorian_years, in_western_digits


@pytest.mark.parametrize(("line", "date"), [
    ("১৯ নভেম্বর ২০২৫ ০৯:১৫", "2025-11-19"),  # Bengali digits and month
    ("মঙ্গলবার, ৪ মার্চ ২০২৫", "2025-03-04"),  # with its weekday
    ("१९ नवंबर २०२५", "2025-11-19"), ("३ सितम्बर २०२४", "2024-09-03"),  # Devanagari
    ("١٩ نوفمبر ٢٠٢٥", "2025-11-19"), ("3 نيسان 2024", "2024-04-03"),  # Arabic
    ("令和4年7月3日", "2022-07-03"), ("令和元年5月1日", "2019-05-01"),  # Japanese eras
    ("平成31年4月30日（火）", "2019-04-30"),
    ("วันที่ 14 ส.ค. 2567", "2024-08-14"), ("2 มกราคม 2568", "2025-01-02"),  # Buddhist era
    ("14 ส.ค. 2024", "2024-08-14"),  # (a Thai page's Gregorian year stays as it is)
    ("๑๔ ส.ค. ๒๕๖๗", "2024-08-14"),  # Thai digits
    ("令和4年13月3日", None),  # no such month: no guess
    # the era's mark between the month and the year, the year in both counts (reviewer)
    ("14 สิงหาคม พ.ศ. 2567", "2024-08-14"), ("วันพุธที่ 14 สิงหาคม พ.ศ. 2567", "2024-08-14"),
    ("2024年(令和6年)7月5日", "2024-07-05"), ("令和6年（2024年）7月5日 10:30", "2024-07-05"),
])
def test_a_date_line_in_other_digits_and_calendars_dates_the_file(line: str,
                                                                  date: str | None) -> None:
    """The tester's Thai page ("วันที่ 14 ส.ค. 2567") and Japanese ministry page ("令和4年7月3日")
    had no date, and a Bengali date line was read nowhere."""
    assert article_from_text("a", f"A headline of the page\n\n{line}\n\nThe text.").date == date


def test_the_articles_dateline_wins_over_the_banners_date_of_the_day_it_was_saved() -> None:
    """A Bengali page saved three weeks late was dated by its banner, "Monday 08 Dec 2025", not
    by its byline's "১৭ নভেম্বর ২০২৫ ১৭:৩৩ | আপডেট: ..." under the headline."""
    text = ("Tuesday 16 Dec 2025\n"
            "Dhaka Daily | Breaking News | Sports | Culture\n\n"
            "নদীর বাঁধ ভেঙে তিন গ্রাম প্লাবিত\n\n"
            "নিজস্ব প্রতিবেদক\n"
            "১৯ নভেম্বর ২০২৫ ০৯:১৫ | আপডেট: ২০ নভেম্বর ২০২৫ ১১:০২\n\n"
            "বুধবার ভোরে নদীর বাঁধ ভেঙে তিনটি গ্রাম প্লাবিত হয়েছে।\n")
    assert article_from_text("a", text).date == "2025-11-19"


@pytest.mark.parametrize(("text", "date"), [
    # a byline's fields: the date published, not the date updated
    ("River floods three villages\n\nBy Jo Doe | Published: 19 November 2025 | Updated: 20 "
     "November 2025\n\nThe text.", "2025-11-19"),
    # an update above the first publication
    ("River floods three villages\nUpdated 20 November 2025\nPublished 19 November 2025\n\n"
     "The text.", "2025-11-19"),
    # a page's stamp under a banner, a menu, the headline and its reporter
    ("Site name\nNews | Sports | Culture\nRiver floods three villages\nJo Doe\n"
     "2025-11-19 09:15\n\nThe text.", "2025-11-19"),
    # a bare date that far down is a forum profile's ("Joined"), not the page's
    ("River floods three villages\nJoDoe42\nMember\nJoined\n11 March 2023\nMessages\n\n"
     "The text.", None),
    # past the first paragraph: a list of other stories
    ("River floods three villages\n\n" + "The river broke its banks. " * 8 + "\n\nMore news\n"
     "Other story\nAnother story\n2024-11-25 15:02:57\n", None),
])
def test_the_earliest_date_of_the_pages_opening_is_its_publication(text: str,
                                                                   date: str | None) -> None:
    assert article_from_text("a", text).date == date


STORY = ("The outage left thousands of homes without power for most of the day, the company said "
         "in a statement on Tuesday evening after its crews finished the repairs.")


@pytest.mark.parametrize("under_the_date_line", [
    "Most read\nJuly 1, 2022",  # a list of other stories
    "File photo, 12 March 2021 10:15",  # a caption's date
    "On 3 July 2022, 14:30 the outage began at the plant",  # the story's own words
])
def test_a_date_under_the_pages_date_line_is_someone_elses(under_the_date_line: str) -> None:
    """Reviewer: the earliest date of the opening took a related story's, a caption's and the
    story's own date over the page's date line under its headline."""
    text = f"Power outage hits the city\nJuly 5, 2022\n{under_the_date_line}\n{STORY}\n"
    assert article_from_text("a", text).date == "2022-07-05"


def test_a_date_and_time_a_sentence_goes_on_from_is_no_stamp() -> None:
    text = f"Power outage hits the city\nOn 3 July 2022, 14:30 the outage began\n\n{STORY}\n"
    assert article_from_text("a", text).date is None


@pytest.mark.parametrize("line", [
    "١٤٤٧-٠٥-٢٦ ١٠:٣٠",  # the Hijri calendar's year
    "२०८२-०८-०१",  # Nepal's Bikram Sambat
    "14/08/2567", "2567-08-14 10:30",  # the Buddhist era outside a Thai page
])
def test_another_calendars_year_is_no_gregorian_year(line: str) -> None:
    """Reviewer: these were read as the years 1447, 2082 and 2567 (and the Hijri date, the
    earliest, won over the page's Gregorian one)."""
    assert article_from_text("a", f"A headline of the page\n\n{line}\n\nThe text.").date is None
    text = f"عنوان الخبر\n{line}\n١٧ نوفمبر ٢٠٢٥\n\nالنص."
    assert article_from_text("a", text).date == "2025-11-17"


@pytest.mark.parametrize("line", ["14/08/2567", "2567-08-14 10:30", "๑๔/๐๘/๒๕๖๗"])
def test_a_thai_pages_year_in_digits_is_the_buddhist_eras(line: str) -> None:
    text = f"น้ำท่วมสามหมู่บ้าน\n{line}\n\nแม่น้ำล้นตลิ่งเมื่อคืนนี้"
    assert article_from_text("a", text).date == "2024-08-14"


def test_digits_and_years_are_rewritten_for_the_date_readers_only_where_they_are_dates() -> None:
    assert in_western_digits("১৭:৩৩ ٢٠٢٥ ७ ๗ ７") == "17:33 2025 7 7 7"
    assert gregorian_years("昭和64年1月7日") == "1989年1月7日"
    assert gregorian_years("พ.ศ. 2567") == "พ.ศ. 2024"
    assert gregorian_years("ราคา 2567 บาท") == "ราคา 2567 บาท"  # (a price, no month, no era)
