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
