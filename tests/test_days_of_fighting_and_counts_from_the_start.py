"""The period a count covers, in words the kind rules missed: "over the three days of
fighting" and a campaign with any word before it ("since the start of its botched
counteroffensive") are a period; a range from the war's first day ("From 24th February to 20th
May"), "as of" a date, and "since the invasion began last Thursday" are a running total."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value", [
    ("Battle\nUkraine's losses over the three days of fighting amounted to 3,715 service members, Shoigu said.", 3715),
    ("Battle\nDuring the four days of the assault, Russia lost 1,900 troops, Kyiv said.", 1900),
    ("Battle\nShoigu said Ukraine had lost 766 tanks since the start of its botched counteroffensive.", 766),
    ("Battle\nKyiv has lost 400 armoured vehicles since the beginning of the stalled offensive, Moscow claims.", 400),
])
def test_days_of_fighting_and_a_campaign_are_a_period(text, value):
    assert figures(text)[value].kind == "period"


@pytest.mark.parametrize("text, value", [
    ("Losses\nFrom 24th February to 20th May, the total combat losses of Russian troops stand at around 28,700 personnel.",
     28700),
    ("Losses\nMediazona said 51,679 Russian soldiers had been killed in the war as of their last update in mid-April.",
     51679),
    ("Losses\nThe UN says at least 136 civilians have been killed since the Russian invasion began last Thursday.", 136),
    ("Losses\nSince the start of Russia's full-scale offensive, 500,000 Russian troops have been killed.", 500000),
])
def test_counts_from_the_war_s_start_stay_running_totals(text, value):
    assert figures(text)[value].kind == "cumulative"


@pytest.mark.parametrize("text, value, kind", [
    ("Losses\nFrom 6 to 13 August, Russia lost 3,000 troops, the General Staff said.", 3000, "period"),
    ("Losses\nRussia lost 1,230 troops on Tuesday, the General Staff said.", 1230, "daily"),
])
def test_a_week_s_range_and_a_weekday_keep_their_kinds(text, value, kind):
    assert figures(text)[value].kind == kind


@pytest.mark.parametrize("text, value", [
    ("Strike\nSo far, four people have died, the mayor said.", 4),
    ("Strike\nIn total, 28 people were killed across the capital, the prosecutor's office said.", 28),
    ("Strike\nThe Russian Defense Ministry claimed that the strike caused 200 Ukrainian troops to be killed or wounded.",
     200),
    ("Strike\nThe attack left 12 people dead in Odesa.", 12),
    ("Battle\nIndependent estimates for Ukraine's losses total only 8,900 in the battle.", 8900),
])
def test_one_attack_s_or_one_battle_s_toll_is_no_running_total(text, value):
    assert figures(text)[value].kind == "other"


def test_a_small_toll_since_the_war_began_is_a_running_total():
    assert figures("Town\nSo far, 40 civilians have been killed in the town since the war began.")[40].kind == "cumulative"
