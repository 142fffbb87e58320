"""A third country's people in this war: the dead, missing and held of the men it lost to the
armies ("Seven more Nepalese citizens serving the Russian Army have died") are the losses of the
side they fought for, a toll so far unless told as news; the same nationalities counted as
students, evacuees or tourists are no one's soldiers. Sentences written for the pattern, with
other countries, verbs and word orders."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, metric, side", [
    ("Toll\nAt least 14 Peruvian citizens serving in the Russian army have died, the foreign ministry in Lima said.",
     14, "personnel_killed", "russia"),
    ("Volunteers\nSome 60 ethnic Georgians who fought in the Ukrainian army have been killed since 2022, a diaspora "
     "group said.", 60, "personnel_killed", "ukraine"),
    ("Missing\nNine Kenyans recruited to fight for Russia are missing, their families say.", 9, "personnel_missing",
     "russia"),
    ("Captured\nUkraine is holding 27 Cuban mercenaries captured on the front line near Pokrovsk.", 27,
     "personnel_captured", None),
    ("Losses\nRussia's defence ministry said 21 Polish mercenaries fighting for Ukraine were killed last month.", 21,
     "personnel_killed", "ukraine"),
])
def test_foreign_nationals_who_fought_are_the_losses_of_their_side(text, value, metric, side):
    f = figures(text)[value]
    assert (f.metric, f.side) == (metric, side)


def test_the_article_says_which_side_its_foreign_recruits_fought_for():
    text = ("Nepal's recruits\nHundreds of Nepalis were lured to fight for Russia with promises of pay.\n\n"
            "At least 24 Nepalis have died in the war, the ministry in Kathmandu said.")
    f = figures(text)[24]
    assert (f.metric, f.side, f.kind) == ("personnel_killed", "russia", "cumulative")


def test_a_war_named_for_both_countries_is_nobody_s_side():
    text = ("Toll\nFour more Colombians fighting with the Russian army in the Ukraine-Russia war have died, taking the "
            "total number of deaths to 23, the ministry said.")
    assert (figures(text)[4].side, figures(text)[23].side) == ("russia", "russia")
    assert figures("Toll\nThe Russia-Ukraine war has killed 500 Russian soldiers, the ministry said.")[500].side == "russia"


@pytest.mark.parametrize("text, value, kind", [
    ("Toll\nAt least 36 Sri Lankans have been killed fighting in the war, the foreign minister said.", 36, "cumulative"),
    ("News\nFive more Bangladeshis serving the Russian army have died, the foreign office said.", 5, "other"),
    ("News\nTwo Zambians who had signed contracts with the Russian army were recently killed.", 2, "other"),
])
def test_a_government_s_toll_of_its_citizens_runs_so_far_unless_told_as_news(text, value, kind):
    assert figures(text)[value].kind == kind


@pytest.mark.parametrize("text", [
    "Evacuation\nSome 18,000 Indians were evacuated from Ukraine in the first weeks of the war.",
    "Shelling\nTwo Moroccan students were injured when shelling hit their dormitory in Kharkiv.",
    "Tourism\nAbout 400 Canadians visited Lviv last summer despite the war.",
])
def test_the_same_nationalities_as_students_or_evacuees_are_no_soldiers(text):
    assert all(not f.metric.startswith("personnel_") for f in figures(text).values())
