"""The care the people counted got, or the state they are in, is a quantity of its own
(`viewer.figures.care`): a stampede's "47 injured", "Around 14 people have received treatment at
the outpatient facility" and "one person is reported to be in critical condition" were one row
"people", red, the 47 and the one marked as clashing (a tester's, s60b, MV3)."""

from __future__ import annotations

import pytest

from viewer.corpus import Article
from viewer.figures.care import DISCHARGED, OUTPATIENTS
from viewer.figures.corpus import find_figures
from viewer.figures.extraction import extract_mentions


@pytest.mark.parametrize(("sentence", "outcome"), [
    ("Around 14 people have received treatment at the outpatient facility.", OUTPATIENTS),
    ("Fourteen people were treated as outpatients.", OUTPATIENTS),
    ("Fourteen people were outpatients.", OUTPATIENTS),
    ("Twenty people were treated and discharged.", DISCHARGED),
    ("Five people have been discharged.", DISCHARGED),
    ("Among the injured, one person is reported to be in critical condition.",
     "in critical condition"),
    ("Six people remain in a stable condition.", "in stable condition"),
    ("Two men were in serious condition on Monday.", "in serious condition"),
    # (what is none: an outpatient clinic's staff, a condition no grade names, a later clause)
    ("Ten doctors work at the outpatient clinic.", None),
    ("Three people were in the condition room.", None),
    ("Four people received letters, and the outpatient ward closed.", None),
])
def test_care_and_condition_are_outcomes(sentence: str, outcome: str | None) -> None:
    [mention] = extract_mentions("d", sentence)
    assert mention.outcome == outcome


def test_the_injured_their_outpatients_and_the_critical_do_not_disagree() -> None:
    articles = [
        Article("a", "The minister said 47 people were injured. Around 14 people have received "
                     "treatment at the outpatient facility.", "A"),
        Article("b", "Among the injured, one person is reported to be in critical condition. "
                     "Fourteen people were treated as outpatients.", "B"),
        Article("c", "Forty-seven people were injured, the minister said.", "C"),
    ]
    rows = {row.name: row for row in find_figures(articles)}
    assert not any(row.disagree for row in rows.values()), rows
    assert {m.value.number for m in rows["people injured"].mentions} == {47}
    assert {m.value.number for m in rows["people treated as outpatients"].mentions} == {14}
    assert [m.value.number for m in rows["people in critical condition"].mentions] == [1]
