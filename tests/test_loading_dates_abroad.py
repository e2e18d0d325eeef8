"""Saved pages in other languages: a date line naming its month in the page's language dates
the file (`viewer.loading.month_names`), and what such pages print around their headline (a
date line, an audio player's label, a reading time, an author's name above the date, a summary's
list mark) is no title. Lines as session 54's tester and held-out pages gave them."""

from __future__ import annotations

import pytest

from viewer.loading import article_from_text
from viewer.loading.headers import infer_title
from viewer.loading.month_names import MONTHS, named_date


@pytest.mark.parametrize(("line", "date"), [
    ("25 ianuarie 2025", "2025-01-25"), ("Samedi 25 janvier 2025", "2025-01-25"),
    ("25. Januar 2025, 14:30 Uhr", "2025-01-25"), ("25 de enero de 2025", "2025-01-25"),
    ("1er mars 2025", "2025-03-01"), ("25 stycznia 2025", "2025-01-25"),
    ("25 января 2025 г.", "2025-01-25"), ("torsdag, oktober 14, 2021", "2021-10-14"),
    ("19 Mart 2025", "2025-03-19"), ("5 mars 2025 à 14h30", "2025-03-05"),
    ("04.03.2025, 20:45 Uhr Artikel anhören", "2025-03-04"),
    ("04.03.2025 / MANNHEIM -", "2025-03-04"), ("Publié le 19/12/2024 14:03", "2024-12-19"),
    ("Publisert 25. juni 2022", "2022-06-25"),
    ("Trump Wins Iowa January 15", None), ("31 février 2025", None), ("Mai 2025", None),
    ("Publié le 05/02/2024", None),
])
def test_a_date_line_in_the_pages_language_dates_the_file(line: str, date: str | None) -> None:
    """The tester's Romanian, German and French pages, and held-out Norwegian and Turkish ones,
    had no date: only English month names were read, and a date line with the story's dateline
    or its audio player's label after it was no date line. A day in digits with slashes is read
    only where it cannot be a month ("19/12/2024"; "05/02/2024" may be either)."""
    assert article_from_text("a", f"A headline\n\n{line}\n\nThe text.").date == date


def test_every_month_name_means_one_month_in_every_language() -> None:
    assert MONTHS["mai"] == 5 and MONTHS["mars"] == 3 and MONTHS["setiembre"] == 9
    assert len(set(MONTHS.values())) == 12
    assert named_date("Mai 25 2025") == "2025-05-25"


@pytest.mark.parametrize(("text", "title"), [
    ("25 ianuarie 2025\n\nCCR a decis anularea procesului electoral.\n\nMore.",
     "CCR a decis anularea procesului electoral."),
    ("WATCH TV LIVE\n\nUS DOJ Calls Ruling a Historic Win\n\nMore.",
     "US DOJ Calls Ruling a Historic Win"),
    ("Darum gehts\n- Ein Deutscher (40) rast durch eine Fussgängerzone\n- Zwei Menschen sterben",
     "Ein Deutscher (40) rast durch eine Fussgängerzone"),
    ("Publié le 19/12/2024 14:03\nMis à jour le 19/12/2024 15:22\n- de lecture : 1min – vidéo : "
     "2min\nGisèle Pelicot a déclaré jeudi que le procès a été une épreuve.",
     "Gisèle Pelicot a déclaré jeudi que le procès a été une épreuve."),
    ("Stig Östlund\n\ntorsdag, oktober 14, 2021\n\nIndianen i Norge\n\nTekst.",
     "Indianen i Norge"),
    ("Musimy sobie uświadomić, że śp. Paweł Adamowicz doznał potwornych urazów. Dalej tekst, "
     "który jest długi i ciągnie się przez wiele słów, aż do końca akapitu.",
     "Musimy sobie uświadomić, że śp. Paweł Adamowicz doznał potwornych urazów."),
])
def test_what_such_pages_print_around_the_headline_is_no_title(text: str, title: str) -> None:
    """Titles a tester and the held-out pages showed: "25 ianuarie 2025", "WATCH TV LIVE", "- Ein
    Deutscher (40) ...", "- de lecture : 1min", "torsdag, oktober 14, 2021" (under its author's
    name), "Musimy sobie uświadomić, że śp." (a Polish abbreviation taken for a sentence's end)."""
    assert infer_title(text) == title


@pytest.mark.parametrize("text", [
    "Pope Francis Dies\nApril 21, 2025\n\nPope Francis died on Monday, the Vatican said.\n",
    "Obama Wins\nNovember 5, 2008\n\nBarack Obama won the election.\n",
    "Local Elections May 2025\n\nVoters go to the polls.\n",
])
def test_a_short_headline_above_its_date_stays_the_title(text: str) -> None:
    """A review: two or three capitalised words above a date are an author's name only where a
    headline follows the date; above the story's first sentence they are the headline. English
    "may" is no month's name in a headline's words."""
    assert infer_title(text) == text.split("\n")[0]
