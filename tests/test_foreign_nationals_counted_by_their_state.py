"""A third country counting its own people in the war: "55 of the country's citizens have been
killed fighting for Russia", "94 of its nationals have died in the conflict", "at least one
Kenyan". They are soldiers of the side the article says they fight for; a state counting its
citizens killed in a strike is not counting foreigners abroad."""

from __future__ import annotations

from tests.extraction_helpers import figures

_ARTICLE = ("Recruits\nThe foreign ministry said at least 55 of the country's citizens have been killed fighting for "
            "Russia in its war in Ukraine.\n\nLocal media in Togo have reported that 94 of its nationals have died in "
            "the conflict.\n\nThree Zambians and at least one Kenyan have died in the conflict.\n\n")


def test_a_states_own_people_killed_in_the_war_are_the_armys_they_fight_for():
    f = figures(_ARTICLE)
    assert [(f[v].metric, f[v].side) for v in (55, 94, 3, 1)] == [("personnel_killed", "russia")] * 4


def test_foreigners_dead_in_the_conflict_are_no_whole_toll_of_the_war():
    f = figures(_ARTICLE)
    assert f[3].metric != "other"


def test_citizens_killed_in_a_strike_are_no_foreign_fighters():
    f = figures(_ARTICLE + "Ukraine said 30 of its citizens were killed in the strike on Odesa.")
    assert f.get(30) is None or not f[30].metric.startswith("personnel_")
