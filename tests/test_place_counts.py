"""A count bound to one place or one front is no running total: sentences written for the pattern
(not copied from any article), with ones that must keep their kind."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value", [
    ("The enemy lost two tanks and about 60 servicemen while attempting a breakthrough near Vuhledar.", 60),
    ("An attack near Robotyne cost the lives of 14 Ukrainian fighters, the spokesman said.", 14),
    ("Kyiv's forces lost 95 soldiers in the Kupiansk direction, the ministry said.", 95),
    ("Police found the bodies of 410 civilians in the area around the capital.", 410),
    ("Ukrainian units destroyed 12 tanks in the south of Zaporizhzhia, the brigade said.", 12),
])
def test_a_count_at_one_place_is_an_incident(text, value):
    assert figures("Title\n" + text)[value].kind == "other"


@pytest.mark.parametrize("text, value, kind", [
    ("Russia has lost 310,000 soldiers in Ukraine, the General Staff said.", 310000, "cumulative"),
    ("Since February 24, 2022, Russia has lost 310,000 soldiers near Bakhmut and elsewhere.", 310000, "cumulative"),
    ("Russia lost 1,200 soldiers in May near Bakhmut, the General Staff said.", 1200, "period"),
])
def test_a_word_of_time_or_a_country_keeps_its_kind(text, value, kind):
    assert figures("Title\n" + text)[value].kind == kind


def test_moscows_briefing_on_one_front_is_that_days():
    f = figures("Title\nThe Russian Defence Ministry said the Ukrainian Armed Forces lost up to 305 personnel on the "
                "Donetsk front.")
    assert f[305].kind == "daily"


def test_troops_near_a_country_are_no_place_of_one_incident():
    assert figures("Title\nMoscow has massed more than 100,000 troops near Ukraine's borders.")[100000].kind \
        == "cumulative"


# -- a count from a day or an event inside the war covers a period -----------------------------
@pytest.mark.parametrize("text, value", [
    ("Since January 1 of this year, Russia has suffered over 18,300 casualties, 187 lost tanks and 455 "
     "destroyed armoured vehicles.", 455),
    ("Almost 1,300 people have been killed since a ceasefire came into effect in September, the UN said.", 1300),
    ("Rescuers counted 212 civilians injured nationwide in just a three-day span.", 212),
    ("From October last year until this month, researchers confirmed the deaths of 17,400 soldiers.", 17400),
])
def test_a_count_from_inside_the_war_is_a_period(text, value):
    assert figures("Title\n" + text)[value].kind == "period"


@pytest.mark.parametrize("text, value", [
    ("The US estimated that 480,000 soldiers have been killed or wounded since Feb 24 of last year.", 480000),
    ("Since the 24th of February last year, Russia has lost 3,100 tanks and 6,200 armoured vehicles.", 6200),
])
def test_a_count_since_the_invasion_is_cumulative_whatever_year_follows(text, value):
    assert figures("Title\n" + text)[value].kind == "cumulative"


# -- one day's count ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("In total, Ukraine's Air Force said it shot down 21 of 64 Russian drones overnight into Monday.", 21),
    ("In total, the ministry said its forces shot down 187 Ukrainian drones in the 24 hours to 11pm Moscow time.", 187),
    ("On Tuesday alone, Ukrainian forces killed 760 Russian soldiers.", 760),
    ("The day before alone, Russia is said to have lost 910 soldiers.", 910),
    ("Occupiers Lost 640 People Again During Day - General Staff", 640),
    ("The army has lost about 150 soldiers in the last 32 hours, the command said.", 150),
])
def test_a_days_count_says_so_in_other_words(text, value):
    assert figures("Title\n" + text)[value].kind == "daily"


def test_in_total_without_a_night_is_still_a_running_total():
    f = figures("Title\nIn total, the Air Force has shot down 4,100 Russian drones since the invasion began.")
    assert f[4100].kind == "cumulative"


def test_the_day_before_an_event_is_no_days_count():
    f = figures("Title\nOn the day before the summit, the General Staff said Russia had lost 410,000 troops since "
                "the invasion.")
    assert f[410000].kind == "cumulative"
