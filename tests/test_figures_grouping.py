"""Figures across articles: same quantity in one row whatever the wording; rows flagged."""

from __future__ import annotations

from viewer.corpus import Article
from viewer.figures.corpus import find_figures
from viewer.figures.grouping import Quantity


def article(ident: str, text: str) -> Article:
    return Article(id=ident, text=text, title=ident)


def row_of(quantities: list[Quantity], document: str, text: str) -> Quantity:
    return next(q for q in quantities for m in q.mentions
                if m.document == document and text in m.text)


def test_synonyms_share_a_row_and_disagreement_is_flagged() -> None:
    articles = [
        article("ap", "Officials said 12 U.S. soldiers were killed in the ambush."),
        article("reuters", "A dozen American troops died in the ambush, the army said."),
        article("bbc", "The militants claimed 40 US servicemen were killed."),
        article("local", "None of the personnel were killed, the base commander said."),
    ]
    quantities = find_figures(articles)
    rows = {row_of(quantities, ident, text).id for ident, text in
            [("ap", "12"), ("reuters", "dozen"), ("bbc", "40"), ("local", "None")]}
    assert len(rows) == 1
    row = row_of(quantities, "ap", "12")
    assert row.disagree and row.outcome == "killed" and row.group == "US"
    assert row.name == "US personnel killed"


def test_agreeing_figures_are_not_flagged() -> None:
    articles = [
        article("a", "The quake killed more than 2,000 people, the agency said."),
        article("b", "At least 2,100 people died, according to the government."),
        article("c", "Some 2,200 people were killed, officials said."),
    ]
    (row,) = [q for q in find_figures(articles) if q.outcome == "killed"]
    assert len(row.documents) == 3 and not row.disagree


def test_different_outcomes_and_things_are_different_rows() -> None:
    articles = [
        article("a", "At least 30 people were killed and 120 people were injured."),
        article("b", "Thirty people died and 120 were hurt; 40 buildings collapsed."),
    ]
    quantities = find_figures(articles)
    killed = row_of(quantities, "a", "30")
    injured = row_of(quantities, "a", "120")
    assert killed.id != injured.id
    assert row_of(quantities, "b", "Thirty").id == killed.id
    assert row_of(quantities, "b", "40").id not in (killed.id, injured.id)


def test_a_zero_harmed_joins_the_killed_row_but_a_count_of_hit_does_not() -> None:
    articles = [
        article("a", "No soldiers were hit, the ministry said."),
        article("b", "Rebels said 15 soldiers were killed."),
        article("c", "Twenty soldiers were hit by shrapnel."),
    ]
    quantities = find_figures(articles)
    killed = row_of(quantities, "b", "15")
    assert row_of(quantities, "a", "No").id == killed.id and killed.disagree
    assert row_of(quantities, "c", "Twenty").id != killed.id


def test_national_groups_of_people_are_kept_apart() -> None:
    articles = [
        article("a", "Three Iraqi soldiers were killed."),
        article("b", "Two US soldiers were killed."),
    ]
    quantities = find_figures(articles)
    assert row_of(quantities, "a", "Three").id != row_of(quantities, "b", "Two").id
    assert not any(q.disagree for q in quantities)


def test_rows_are_ordered_by_how_many_articles_report_them() -> None:
    articles = [
        article("a", "Police arrested 50 protesters. Two cars burned."),
        article("b", "About 50 demonstrators were arrested."),
    ]
    quantities = find_figures(articles)
    assert [q.id for q in quantities] == [f"q{n}" for n in range(1, len(quantities) + 1)]
    assert len(quantities[0].documents) == 2


def test_a_place_named_for_a_figure_makes_it_a_quantity_beside_the_total() -> None:
    articles = [
        article("ap", "The quake killed at least 1,300 people. In Turkey, 912 people died."),
        article("reuters", "Officials said 912 people were killed in Turkey and 560 people "
                           "were killed in Syria."),
    ]
    quantities = find_figures(articles)
    turkey = row_of(quantities, "reuters", "912")
    assert row_of(quantities, "ap", "912").id == turkey.id
    assert turkey.name == "people killed in Turkey" and not turkey.disagree
    total = row_of(quantities, "ap", "1,300")
    syria = row_of(quantities, "reuters", "560")
    assert len({turkey.id, total.id, syria.id}) == 3


def test_figures_naming_no_place_join_the_only_place_named() -> None:
    articles = [
        article("a", "Some 5,000 US soldiers are in Iraq."),
        article("b", "About 5,000 American troops are stationed there."),
    ]
    quantities = find_figures(articles)
    assert row_of(quantities, "a", "5,000").id == row_of(quantities, "b", "5,000").id


def test_votes_cast_and_ballots_rejected_are_different_quantities() -> None:
    articles = [article("a", "More than 14 million votes were cast, and about 120,000 ballots "
                             "were declared invalid.")]
    quantities = find_figures(articles)
    assert row_of(quantities, "a", "14 million").id != row_of(quantities, "a", "120,000").id


def test_an_article_giving_two_figures_of_one_noun_does_not_disagree_with_itself() -> None:
    # tester14: HOLD8's Ever Given report "11 harbour tugs" and "two powerful seagoing tugs"
    # (two groups of tugs) was a row of one article marked as disagreeing.
    one = [article("a", "Eleven harbour tugs pulled the ship, and two powerful seagoing tugs "
                        "arrived on Sunday.")]
    (row,) = [q for q in find_figures(one) if q.kind.startswith("tug")]
    assert len(row.mentions) == 2 and not row.disagree
    two = [*one, article("b", "Four harbour tugs pulled the ship.")]
    (row,) = [q for q in find_figures(two) if q.kind.startswith("tug")]
    assert row.disagree
    assert {row.mentions[i].document for i in row.conflicts} == {"a", "b"}


def test_a_country_or_a_count_of_places_that_tallies_a_figure_is_its_place() -> None:
    """"Norway has recorded 310 cases" is Norway's share, not the world's total, and Norway is
    where, not who said it; "40 countries have reported 5 or fewer cases" is a figure for each
    of them. Neither is compared with the total."""
    articles = [
        article("a", "The world has now seen more than 90,000 cases, the agency said. "
                     "Norway has recorded 310 cases."),
        article("b", "There are now more than 90,000 cases worldwide, and 40 countries have "
                     "reported 5 or fewer cases."),
        article("c", "Officials said Norway has confirmed 310 cases so far."),
    ]
    quantities = find_figures(articles)
    norway = row_of(quantities, "a", "310")
    assert norway.name == "cases in Norway" and norway.documents == ("a", "c")
    assert norway.mentions[0].source is None
    few = row_of(quantities, "b", "5 or fewer")
    total = row_of(quantities, "a", "90,000")
    assert len({norway.id, few.id, total.id}) == 3
    assert not any(q.disagree for q in quantities)


def test_a_place_name_ending_like_a_people_is_no_national_group() -> None:
    """"One Chiang Rai woman": "Rai" ends like "Thai" or "Iraqi", but names no people."""
    articles = [article("a", "About 300 Chiang Rai volunteers and 40 Thai volunteers helped.")]
    groups = {m.text: m.thing.group for q in find_figures(articles) for m in q.mentions}
    assert groups == {"About 300 Chiang Rai volunteers": None, "40 Thai volunteers": "Thai"}


def test_a_count_scoped_to_one_day_of_several_is_beside_the_total() -> None:
    """A rescue told over three days: "five miners brought up on Monday", "the nine miners
    rescued on Monday and Tuesday" are parts; "all 14 miners" the total. In a one-day story the
    only day named is the total's."""
    articles = [
        article("a", "All 14 miners were rescued. Five miners rescued on Monday are in hospital."),
        article("b", "The nine miners rescued by the crews on Monday and Tuesday are well."),
        article("c", "Rescuers said 14 miners were rescued. The three miners and their foreman "
                     "brought up on Wednesday were the last."),
    ]
    quantities = find_figures(articles)
    assert row_of(quantities, "c", "three").place == "on Wednesday"
    total = row_of(quantities, "a", "14")
    assert row_of(quantities, "c", "14").id == total.id
    assert row_of(quantities, "a", "Five").name == "miners rescued on Monday"
    assert len({total.id, row_of(quantities, "a", "Five").id,
                row_of(quantities, "b", "nine").id}) == 3
    assert not any(q.disagree for q in quantities)
    one_day = [article("d", "Seven people were killed on Friday."),
               article("e", "The storm killed seven people, police said.")]
    (row,) = find_figures(one_day)
    assert row.documents == ("d", "e")


def test_a_day_after_a_speech_verb_is_not_the_figures_day() -> None:
    articles = [article("a", "Fourteen miners were rescued, officials said on Tuesday."),
                article("b", "Crews rescued 14 miners and said on Tuesday that all were well.")]
    (row,) = find_figures(articles)
    assert row.place is None


def test_none_injured_and_two_treated_for_injuries_disagree() -> None:
    """A newcomer's four articles: "No injuries have been reported" and "Two people were treated
    for minor injuries" were two unrelated rows, and "1,200 homes had been emptied" a row of
    its own beside "1,500 homes have been evacuated"; each pair is one quantity, in
    disagreement."""
    articles = [
        article("herald", "About 1,200 homes were evacuated overnight. No injuries have been "
                          "reported."),
        article("wire", "The county emergency service said roughly 1,200 homes had been "
                        "emptied."),
        article("post", "Around 1,500 homes have been evacuated. Two people were treated for "
                        "minor injuries."),
    ]
    quantities = find_figures(articles)
    injured = row_of(quantities, "herald", "No injuries")
    assert injured is row_of(quantities, "post", "Two people") and injured.disagree
    homes = row_of(quantities, "wire", "1,200")
    assert homes is row_of(quantities, "post", "1,500") and homes.disagree
    assert homes.outcome == "evacuated"


def test_layoffs_share_a_row_whatever_the_noun_and_the_verb() -> None:
    """Held-out NQ2 (Meta's layoffs): "11,000 employees", "11,000 people", "11,000 jobs" and
    "11,000 staff" were five rows, none with an outcome; one quantity, workers laid off."""
    articles = [
        article("a", "Meta will lay off more than 11,000 employees, Mark Zuckerberg said."),
        article("b", "Facebook parent Meta is laying off 11,000 people, the company said."),
        article("c", "Meta said it would cut 11,000 jobs on Wednesday."),
        article("d", "About 11,000 staff were laid off on Wednesday, Meta said."),
        article("e", "The company fired 11,000 workers in one day, Reuters reported."),
    ]
    quantities = find_figures(articles)
    rows = {row_of(quantities, ident, "11,000").id for ident in "abcde"}
    assert len(rows) == 1
    row = row_of(quantities, "a", "11,000")
    assert row.outcome == "laid off" and row.name == "workers laid off" and not row.disagree


def test_laying_off_is_read_of_people_only() -> None:
    # (bodies that lay in the street were not laid off; trees cut were no one let go; workers
    # killed are workers still, not laid off)
    articles = [
        article("a", "Five bodies lay in the street and 20 trees were cut down."),
        article("b", "Twelve workers were killed when the mine collapsed."),
    ]
    quantities = find_figures(articles)
    assert all(q.outcome != "laid off" for q in quantities)
    assert row_of(quantities, "b", "Twelve").name == "workers killed"


def test_a_verdict_read_past_the_day_the_verdict_and_the_article() -> None:
    """Held-out NQ1 (Chauvin's verdict): "guilty of all three charges", "a guilty verdict on all
    three charges", "guilty on Tuesday on all three charges" and "guilty of the three criminal
    counts" were three rows, two without the verdict; one row, counts (guilty)."""
    articles = [
        article("a", "The jury found Chauvin guilty of all three charges against him."),
        article("b", "A jury returned a guilty verdict on all three charges against him."),
        article("c", "Jurors found Chauvin guilty on Tuesday on all three charges."),
        article("d", "Chauvin was found guilty of the three criminal counts he was facing."),
    ]
    quantities = find_figures(articles)
    assert len({row_of(quantities, ident, "three").id for ident in "abcd"}) == 1
    assert row_of(quantities, "a", "three").name == "counts (guilty)"


def test_what_counts_are_of_ends_before_a_preposition_and_lemmas_in_s_read_as_plurals(
        ) -> None:
    articles = [
        article("a", "Jurors found Potter guilty of two counts of manslaughter in the April "
                     "shooting death of Daunte Wright. The jury heard from 45 witnesses."),
        article("b", "She was convicted on two counts of manslaughter, her lawyer said."),
    ]
    quantities = find_figures(articles)
    row = row_of(quantities, "a", "two counts")
    assert row is row_of(quantities, "b", "two counts")
    assert row.name == "counts of manslaughter (guilty)"
    assert row_of(quantities, "a", "45").name == "witnesses"


def test_no_with_a_noun_is_a_count_only_of_what_news_counts_or_with_an_outcome() -> None:
    """Held-out NT3 and NV3: "There are no shortcuts" (in seven articles), "no issues" and "No
    eggs" were rows of figures; a zero counts people, casualties, homes ... or what an outcome
    is told of."""
    articles = [
        article("a", "There are no shortcuts to success, he said. We had no issues at home."),
        article("b", "There were no casualties, the army said. No homes were damaged."),
    ]
    names = {q.name for q in find_figures(articles)}
    assert not {"shortcuts", "issues"} & names
    assert {"casualties", "homes damaged"} <= names


def test_an_indictments_counts_without_an_offence_are_its_total() -> None:
    """Held-out NY3: "an indictment of 11 counts" joined the row of "two counts of murder" and
    was flagged as disagreeing with it; counts of two offences or more add up, verdict or not,
    and the counts naming none are their total."""
    articles = [
        article("a", "The indictment lists 11 counts. He faces two counts of murder and seven "
                     "counts of criminal possession of a weapon, prosecutors said."),
        article("b", "He was charged with two counts of murder, the prosecutor said."),
        article("c", "A grand jury returned 11 criminal counts against him."),
    ]
    quantities = find_figures(articles)
    total = row_of(quantities, "a", "11 counts")
    assert total is row_of(quantities, "c", "11")
    murder = row_of(quantities, "a", "two counts")
    assert murder is row_of(quantities, "b", "two counts") and murder is not total
    assert not total.disagree and not murder.disagree
    assert row_of(quantities, "a", "seven").name == "counts of criminal possession"


def test_workers_are_one_kind_only_when_laid_off_and_cut_off_or_fired_on_is_no_layoff() -> None:
    """Review (session 53): aid workers killed and staff killed became one row flagged as
    disagreeing; people cut off by floods and workers fired on were laid off."""
    names = {q.name: [m.text for m in q.mentions] for q in find_figures([
        article("a", "More than 200 aid workers have been killed in Gaza."),
        article("b", "Some 150 staff had been killed in Gaza."),
        article("c", "About 50,000 people were cut off by the floods."),
        article("d", "Security forces fired on 20 workers in the square.")])}
    assert "workers killed in Gaza" in names and "staff killed in Gaza" in names
    assert not any("laid off" in name for name in names)


def test_counts_of_an_offence_keep_what_says_which_offence() -> None:
    quantities = find_figures([
        article("a", "He faces two counts of possession of a firearm."),
        article("b", "He faces three counts of possession with intent to distribute.")])
    assert row_of(quantities, "a", "two") is not row_of(quantities, "b", "three")


def test_layoffs_told_otherwise_share_the_row_and_thousands_agree_with_11000() -> None:
    """A tester's report on held-out NQ2: one layoff spread over rows "employees" ("let go of
    more than 11,000 employees", "more than 11,000 employees of Meta have been shown the
    door"), "jobs" ("is cutting over 11,000 jobs": simplemma keeps "cutting" a noun) and
    "people" ("thousands of people will lose their jobs"). One row, and "thousands" (up to
    where "tens of thousands" begins) agrees with 11,000."""
    articles = [
        article("a", "Meta Wednesday announced it will let go of more than 11,000 employees."),
        article("b", "More than 11,000 employees of Meta have been shown the door."),
        article("c", "Meta on Wednesday announced it is cutting over 11,000 jobs."),
        article("d", "Facebook is set to launch its first mass layoffs, and thousands of people "
                     "will lose their jobs."),
        article("e", "About 11,000 staff were laid off on Wednesday, Meta said."),
        article("f", "The guards let 20 people in. Five people lost their lives."),
    ]
    quantities = find_figures(articles)
    row = row_of(quantities, "e", "11,000")
    assert {row_of(quantities, ident, text).id for ident, text in
            [("a", "11,000"), ("b", "11,000"), ("c", "11,000"), ("d", "thousands")]} == {row.id}
    assert row.name == "workers laid off" and not row.disagree
    assert row_of(quantities, "f", "20").outcome is None
    assert row_of(quantities, "f", "Five").outcome == "killed"


def test_figures_too_far_apart_in_size_to_count_one_group_are_rows_of_their_own() -> None:
    """A tester's report on held-out NQ1: AFP's "Hundreds of people gathered outside the police
    station" and a statement's "millions of people ... who have marched" over a year shared a
    row "people". A vague magnitude and a figure beyond its reach count different groups (so
    they never clashed): they are not one quantity either; a row of one magnitude says it."""
    articles = [
        # (the tester's "gathered" is a crowd now, "people gathered": waiting states none)
        article("afp", "Hundreds of people waited outside the police station."),
        article("obama", "We can draw strength from the millions of people who have marched."),
        article("wire", "Some 500 people waited outside the station, police said."),
    ]
    rows = {q.name: sorted(m.document for m in q.mentions) for q in find_figures(articles)}
    assert rows == {"people": ["afp", "wire"], "people (millions)": ["obama"]}
    apart = find_figures(articles[:2])
    assert sorted(q.name for q in apart) == ["people (hundreds)", "people (millions)"]
    children = find_figures([article("a", "He leaves his four children."),
                             article("b", "Millions of children use his devices.")])
    assert sorted(q.name for q in children) == ["children", "children (millions)"]
    assert [q.name for q in find_figures([article("a", "Dozens of people were hurt."),
                                          article("b", "Some 40 people were hurt.")])] == [
        "people injured"]


def test_a_figure_both_articles_agree_with_is_not_marked() -> None:
    """A tester's report: article a gives 12 killed and, in another sentence, "COVID-19 killed
    3 people"; b gives "a dozen". The row disagrees (3 against the dozen), but the dozen, which
    a's 12 agrees with, was marked too; only the 3 is."""
    quantities = find_figures([
        article("a", "The storm killed 12 people on Monday, officials said. COVID-19 killed 3 "
                     "people in the shelter."),
        article("b", "The storm killed a dozen people on Monday, officials said.")])
    row = row_of(quantities, "b", "a dozen")
    assert row.disagree
    assert [row.mentions[index].text for index in row.marked] == ["3 people"]


def test_a_periods_running_total_does_not_keep_silent_figures_from_the_one_place() -> None:
    # (MG3: "at least five people dead at Abundant Life Christian School" became a row of its
    # own beside the other outlets' toll, its clash unseen, since "16 people had been killed in
    # school shootings this year" made the school one of two places)
    articles = [
        article("a", "The shooting left at least five people dead at Hillside School."),
        article("b", "Two people were killed in the shooting. 16 people had been killed in "
                     "school shootings this year."),
    ]
    quantities = find_figures(articles)
    toll = row_of(quantities, "a", "at least five people")
    assert row_of(quantities, "b", "Two people").id == toll.id and toll.disagree
    assert row_of(quantities, "b", "16 people").id != toll.id
