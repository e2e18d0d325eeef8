"""Counts given as of moments that can be put in order are one count updated, not outlets
disagreeing; any other clash disagrees as before counts had times (`viewer.figures.updates`).

A tester's report (session 58): 48 dead "截至2日15时30分" were marked as the odd one out
against 36 "截至2日6时". A reviewer's: a wrong "updated" hides a real disagreement from a
fact-checker, so counts with no time, a tally's words only, one moment or moments that
cannot be ordered disagree, the odd figures out marked "!" as before."""

from __future__ import annotations

import json

import pytest

from viewer.corpus import Article
from viewer.figures.as_of import AsOf
from viewer.figures.corpus import find_figures
from viewer.figures.extraction import extract_mentions
from viewer.figures.grouping import Quantity, group_mentions
from viewer.figures.moments import Moment, moment_order, read_moment
from viewer.figures.report import figures_to_json, format_figures_table
from viewer.figures.table import LATER_MARK, UPDATED_MARK, figures_table


def _row(*texts: str) -> Quantity:
    """The one row the figures of `texts` make, each text an article ("a", "b", ...), read
    as the app reads them (`extract_mentions`, then `group_mentions`)."""
    documents = [chr(ord("a") + index) for index in range(len(texts))]
    found = [mention for document, text in zip(documents, texts, strict=True)
             for mention in extract_mentions(document, text)]
    (row,) = group_mentions(found, documents)
    return row


@pytest.mark.parametrize("texts", [
    # (one moment, the month named once: a reviewer's)
    ("截至5月2日15时30分，灾害已造成48人死亡。", "截至2日15时30分，灾害已造成36人死亡。"),
    # (one moment, the year named once)
    ("截至2024年5月2日15时30分，灾害已造成48人死亡。", "截至5月2日15时30分，灾害已造成36人死亡。"),
    # (15:00 is 3 p.m.)
    ("As of 15:00 on May 2, 48 people had died.", "As of 3 p.m. on May 2, 36 people had died."),
    # (the same words, no digits: one moment for all a reader can tell)
    ("As of Tuesday evening, 48 people had died.", "As of Tuesday evening, 36 people had died."),
    # (a time zone and none: cannot be ordered)
    ("As of 0600 GMT, 48 people had died.", "As of 8 a.m., 36 people had died."),
    # (an unreadable time against a readable one)
    ("As of this minute, 48 people had died.", "As of 3 p.m. on May 2, 36 people had died."),
])
def test_counts_given_as_of_one_or_incomparable_moments_disagree(
        texts: tuple[str, str]) -> None:
    row = _row(*texts)
    assert all(mention.as_of is not None for mention in row.mentions)
    assert row.disagree and not row.updated and not row.later


@pytest.mark.parametrize(("texts", "latest"), [
    (("截至2024年5月2日6时，灾害已造成36人死亡。",
      "截至2024年5月2日15时30分，灾害已造成48人死亡。"), "b"),
    (("As of 15:00 on May 2, 48 people had died.", "As of 6 a.m. on May 2, 36 people had died."),
     "a"),
    (("As of 1500 GMT, 48 people had died.", "As of 0600 GMT, 36 people had died."), "a"),
])
def test_counts_given_as_of_moments_in_order_are_updates(texts: tuple[str, str],
                                                        latest: str) -> None:
    row = _row(*texts)
    assert row.updated and not row.disagree
    assert [row.mentions[index].document for index in row.later] == [latest]


ROLLING_TOLL = [
    Article("a", "截至1日11时45分,经现场核查,确认死亡人数19人。", "a"),
    Article("b", "截至2日6时,灾害已造成36人死亡、30人受伤。", "b"),
    Article("c", "截至2日15时30分,灾害已造成48人死亡、30人受伤。", "c"),
]
TALLIES = [
    Article("d", "山体滑坡已致48人遇难。", "d"),
    Article("e", "山体滑坡已致36人遇难。", "e"),
]


def test_a_toll_given_as_of_different_times_is_updated_not_disagreeing() -> None:
    killed = next(q for q in find_figures(ROLLING_TOLL) if q.outcome == "killed")
    assert [m.value.number for m in killed.mentions] == [19, 36, 48]
    assert not killed.disagree and killed.updated and not killed.marked
    # (the latest count: 48 as of 15:30 on the 2nd)
    assert {killed.mentions[i].document for i in killed.later} == {"c"}
    injured = next(q for q in find_figures(ROLLING_TOLL) if q.outcome == "injured")
    assert not injured.updated and not injured.later


def test_counts_given_as_a_running_tally_with_no_time_disagree() -> None:
    """"已致48人" and "已致36人" (has so far caused): nothing says which came first, and a
    wrong "updated" would hide a real disagreement; as before counts had times."""
    killed = next(q for q in find_figures(TALLIES) if q.outcome == "killed")
    assert killed.disagree and not killed.updated and not killed.later
    assert [m.as_of for m in killed.mentions] == [AsOf("已致"), AsOf("已致")]
    # (beside counts with times, they still disagree with those; the timed ones are ordered)
    killed = next(q for q in find_figures(ROLLING_TOLL + TALLIES) if q.outcome == "killed")
    assert killed.disagree and killed.updated
    assert {killed.mentions[i].document for i in killed.later} == {"c"}


@pytest.mark.parametrize(("earlier", "later"), [
    ("As of 6 p.m. Tuesday", "As of 8 a.m. Wednesday"),
    ("As of May 2", "As of May 3"),
])
def test_counts_given_as_of_one_moment_still_disagree(earlier: str, later: str) -> None:
    """Read as the app reads them (a reviewer's: with no time read, this could not fail)."""
    articles = [Article("a", f"{earlier}, 12 people had died in the floods.", "a"),
                Article("b", f"{earlier}, 15 people had died in the floods.", "b"),
                Article("c", f"{later}, 21 people had died in the floods.", "c")]
    (killed,) = find_figures(articles)
    assert [m.as_of.words for m in killed.mentions if m.as_of] == [earlier, earlier, later]
    assert killed.disagree and killed.updated
    assert {killed.mentions[i].document for i in killed.conflicts} == {"a", "b"}
    assert {killed.mentions[i].document for i in killed.later} == {"c"}


@pytest.mark.parametrize(("texts", "latest"), [
    # (the day of the week before the hour: Wednesday's 6 a.m. is after Tuesday's 10 a.m.)
    (("As of 10 a.m. Tuesday, 48 people had died.", "As of 6 a.m. Wednesday, 36 people had "
      "died."), "b"),
    # (one hour of two days is two moments)
    (("As of 6 p.m. Wednesday, 36 people had died.", "As of 6 p.m. Tuesday, 48 people had "
      "died."), "a"),
    (("As of Saturday, 36 people had died.", "As of Monday, 48 people had died."), "b"),
])
def test_the_day_of_the_week_orders_counts(texts: tuple[str, str], latest: str) -> None:
    row = _row(*texts)
    assert row.updated and not row.disagree
    assert [row.mentions[index].document for index in row.later] == [latest]


def test_days_of_the_week_far_apart_or_named_once_are_not_ordered() -> None:
    assert moment_order(Moment(weekday=1), Moment(weekday=4)) is None  # (Tuesday, Friday)
    assert moment_order(Moment(hour=10, minute=0, weekday=1), Moment(hour=6, minute=0)) is None
    row = _row("As of Tuesday, 36 people had died.", "As of Friday, 48 people had died.")
    assert row.disagree and not row.updated


def test_the_later_moment_is_the_later_count_not_the_larger() -> None:
    """The missing fall as they are found: 12 missing as of May 3 updates 30 as of May 2."""
    found = [m for document, text in (
        ("a", "As of May 2, 30 people were missing."),
        ("b", "As of May 3, 12 people remained missing."))
        for m in extract_mentions(document, text)]
    (missing,) = group_mentions(found, ["a", "b"])
    assert missing.updated and not missing.disagree
    assert [missing.mentions[i].document for i in missing.later] == ["b"]


@pytest.mark.parametrize("texts", [
    # (a count with a time against one given "so far": the 30 need not be the later)
    ("As of May 3, 12 people remained missing.", "Thirty people are missing so far."),
    # (a correction down is not older)
    ("The ministry revised the death toll down to 42.", "The death toll rose to 50."),
])
def test_counts_whose_moments_cannot_be_ordered_disagree_as_before(
        texts: tuple[str, str]) -> None:
    found = [m for document, text in zip("ab", texts, strict=True)
             for m in extract_mentions(document, text)]
    (row,) = group_mentions(found, ["a", "b"])
    assert row.disagree and not row.updated and not row.later
    assert row.marked == {0, 1}  # (the articles split evenly: both marked, as before)


def test_a_higher_toll_given_as_of_no_time_is_the_odd_one_out_as_before() -> None:
    """Three outlets' 11 injured and one outlet's 14, no time given: the 14 may be the later
    count or a wrong one (on the held-out sets such a higher count was another tally, "16
    people", or another incident's, "dozens"), so it is marked as any clash is."""
    found = [m for document, text in (("a", "Elf Menschen wurden verletzt."),
                                      ("b", "Elf Menschen wurden verletzt."),
                                      ("c", "Bei der Tat wurden elf Menschen verletzt."),
                                      ("d", "Zwei Tote, 14 Personen verletzt."))
             for m in extract_mentions(document, text)]
    (injured,) = [q for q in group_mentions(found, ["a", "b", "c", "d"])
                  if q.outcome == "injured"]
    assert injured.disagree and not injured.updated and not injured.later
    assert [injured.mentions[i].document for i in injured.marked] == ["d"]
    lower = [m for document, text in (("a", "14 people were injured."),
                                      ("b", "14 people were injured."),
                                      ("c", "Eleven people were injured."))
             for m in extract_mentions(document, text)]
    (injured,) = group_mentions(lower, ["a", "b", "c"])
    assert [injured.mentions[i].document for i in injured.marked] == ["c"]


def test_a_count_against_a_denial_and_a_count_of_no_toll_are_odd_ones_out_as_before() -> None:
    """"No U.S. personnel was hit" against "at least 80" killed: a denial, no early count."""
    denial = [m for document, text in (("a", "No U.S. soldiers were killed, officials said."),
                                       ("b", "No U.S. soldiers were killed in the attack."),
                                       ("c", "The strike killed at least 80 US soldiers."))
              for m in extract_mentions(document, text)]
    (killed,) = group_mentions(denial, ["a", "b", "c"])
    assert [killed.mentions[i].document for i in killed.marked] == ["c"] and not killed.later
    # (the same given "so far": still the odd one out, not a later count)
    denial[-1] = next(m for m in extract_mentions(
        "c", "The strikes have killed at least 80 US soldiers so far, state TV said."))
    assert denial[-1].as_of == AsOf("so far")
    (killed,) = group_mentions(denial, ["a", "b", "c"])
    assert killed.disagree and not killed.updated and not killed.later
    assert [killed.mentions[i].document for i in killed.marked] == ["c"]
    missiles = [m for document, text in (("a", "Iran fired 12 missiles."),
                                         ("b", "Iran fired 12 missiles at the bases."),
                                         ("c", "Iran fired 22 missiles."))
                for m in extract_mentions(document, text)]
    (fired,) = group_mentions(missiles, ["a", "b", "c"])
    assert [fired.mentions[i].document for i in fired.marked] == ["c"] and not fired.later


def test_the_table_and_json_show_the_times_and_the_later_count() -> None:
    quantities = find_figures(ROLLING_TOLL)
    text = format_figures_table(ROLLING_TOLL, quantities)
    assert f"[{UPDATED_MARK.upper()}]" in text and "1 with counts at different times" in text
    (latest,) = [line for line in text.splitlines() if "[截至2日15时30分]" in line
                 and "48" in line]
    assert latest.lstrip().startswith(LATER_MARK)
    assert "marks a later count" in text
    payload = json.loads(json.dumps(figures_to_json(ROLLING_TOLL, quantities)))
    killed = next(q for q in payload["quantities"] if q["name"] == "people killed")
    # (`disagree` keeps its meaning: the values differ; `updated` says they are one count at
    # two times, and no figure is marked as clashing -- a reviewer's)
    assert killed["updated"] and killed["disagree"]
    assert not any(mention["clashes"] for mention in killed["mentions"])
    assert [(m["as_of"], m["later"]) for m in killed["mentions"]] == [
        ("截至1日11时45分", False), ("截至2日6时", False), ("截至2日15时30分", True)]
    table = figures_table(ROLLING_TOLL, quantities)
    row = next(r for r in table.rows if r.quantity.name == "people killed")
    assert row.label == f"{UPDATED_MARK}  people killed" and "different times" in row.tooltip
    cell = row.cells[2]
    assert cell is not None and cell.text == f"{LATER_MARK} 48 [截至2日15时30分]"
    assert "with counts at different times" in table.summary()


MONTH_NAMES = {
    "english": ["January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December"],
    "english abbreviated": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                            "Oct", "Nov", "Dec"],
    "german": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
               "September", "Oktober", "November", "Dezember"],
}


@pytest.mark.parametrize("language", sorted(MONTH_NAMES))
def test_every_month_name_is_read_as_its_month(language: str) -> None:
    """A reviewer's: the month table counted through English, then German names, and the
    German pass renumbered the names they share (April 5, August 9, Dezember 13)."""
    for number, name in enumerate(MONTH_NAMES[language], start=1):
        # (German writes the day first: "3. Mai")
        times = ["3. " + name] if language == "german" else [f"3 {name}", f"{name} 3"]
        for time in times:
            moment = read_moment(time)
            assert moment is not None and moment.month == number, (time, moment)
    assert read_moment("Sept 3") == Moment(month=9, day=3)
    assert read_moment("3. Jänner") == Moment(month=1, day=3)


@pytest.mark.parametrize(("texts", "latest"), [
    (("As of April 30, 10 people had died.", "As of May 1, 20 people had died."), "b"),
    (("Stand: 30. April, 10 Menschen starben.", "Stand: 1. Mai, 20 Menschen starben."), "b"),
    (("As of Nov 30, 10 people had died.", "As of 1. Dezember, 20 people had died."), "b"),
])
def test_counts_of_two_months_are_ordered_by_the_month(texts: tuple[str, str],
                                                       latest: str) -> None:
    row = _row(*texts)
    assert row.updated and not row.disagree
    assert [row.mentions[index].document for index in row.later] == [latest]


def test_one_day_named_in_two_languages_is_one_moment() -> None:
    row = _row("As of Feb 3, 10 people had died.", "As of 3. Februar, 20 people had died.")
    assert row.disagree and not row.updated


@pytest.mark.parametrize("texts", [
    ("As of Monday, 10 people had died, but on Thursday officials said 30 people were killed.",
     "Officials said 25 people were killed as of Tuesday."),
    ("The toll stood at 12 dead as of 6 p.m. Tuesday, and the hospital later said 30 people "
     "were killed.", "The hospital said 20 people were killed as of 8 a.m. Wednesday."),
    ("As of Monday, 10 people had died; 30 people were killed.",
     "Officials said 25 people were killed as of Tuesday."),
])
def test_a_time_of_an_earlier_clause_does_not_time_a_later_figure(
        texts: tuple[str, str]) -> None:
    """A reviewer's: the nearest time before a figure was its time wherever it stood, so the
    30 became a count 'as of Monday' and the row an update. Nothing says the 30 is the count
    of either moment: it disagrees, as before counts had times."""
    found = [m for document, text in zip("ab", texts, strict=True)
             for m in extract_mentions(document, text)]
    thirty = next(m for m in found if m.value.number == 30)
    assert thirty.as_of is None
    rows = group_mentions(found, ["a", "b"])
    (row,) = [row for row in rows if thirty in row.mentions]
    index = row.mentions.index(thirty)
    assert row.disagree and index in row.conflicts and index not in row.later


@pytest.mark.parametrize("text", [
    "As of 6 p.m. Tuesday, 12 people had died.",
    "As of Tuesday, officials said 12 people had died.",
    "Bis Montagabend wurden 12 Menschen getötet.",
])
def test_an_opening_time_still_times_its_figure(text: str) -> None:
    (mention,) = extract_mentions("a", text)
    assert mention.as_of is not None and mention.as_of.moment is not None


@pytest.mark.parametrize("texts", [
    ("As of 11 p.m. ET on March 31, 40 people had died.",
     "As of 2 a.m. GMT on April 1, 30 people had died."),
    ("As of 11 p.m. ET on March 31, 40 people had died.",
     "As of 2 a.m. on April 1, 30 people had died."),
])
def test_hours_of_two_time_zones_are_not_ordered_even_by_their_months(
        texts: tuple[str, str]) -> None:
    """A reviewer's: months were compared before zones, so 11 p.m. ET on March 31 (3 a.m.
    GMT on April 1) came before 2 a.m. GMT on April 1."""
    row = _row(*texts)
    assert all(mention.as_of is not None for mention in row.mentions)
    assert row.disagree and not row.updated and not row.later


@pytest.mark.parametrize("texts", [
    ("As of 99:99 on Feb 30, 40 people had died.", "As of 24:00 on Feb 30, 30 people had died."),
    # (one moment: midnight ending May 1 is 00:00 on May 2)
    ("As of 24:00 on May 1, 40 people had died.", "As of 00:00 on May 2, 30 people had died."),
    ("As of Feb 29, 2023, 40 people had died.", "As of March 1, 2023, 30 people had died."),
    ("截至13月5日6时，灾害已造成40人死亡。", "截至5月5日6时，灾害已造成30人死亡。"),
])
def test_impossible_times_order_nothing(texts: tuple[str, str]) -> None:
    """A reviewer's: "25:99" was read as hour 25, minute 99, and "Feb 30" as a day, so counts
    given as of no real moment were made updates."""
    row = _row(*texts)
    assert row.disagree and not row.updated and not row.later


def test_impossible_times_are_read_as_none_and_a_leap_day_without_a_year_as_one() -> None:
    assert read_moment("25:99") is None and read_moment("Feb 30") is None
    assert read_moment("Feb 29") == Moment(month=2, day=29)
    row = _row("As of Feb 29, 40 people had died.", "As of March 1, 30 people had died.")
    assert row.updated and not row.disagree
