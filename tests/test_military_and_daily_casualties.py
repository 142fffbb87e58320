"""Two forms of a count the noun scan passed over: "lost more than 66,000 military and 7,600
weapons" (a translation's "military" as people) and "an average of 950 daily casualties" (a rate
of casualties, not a day's)."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_military_after_a_count_is_its_people():
    f = figures("Losses\nUkrainian troops have lost more than 66,000 military and 7,600 weapons since the beginning "
                "of the counteroffensive, Russian Defense Minister Sergei Shoigu said.\n\nUkraine lost over 12k military, "
                "900 weapons")
    assert (f[66000].metric, f[66000].side) == ("personnel_casualties", "ukraine")
    assert f[12000].metric == "personnel_casualties"


def test_military_before_other_words_is_no_people():
    f = figures("Aid\nRussia sent 40,000 military vehicles to the border.\n\nThe US gave 500 military advisers.")
    assert 500 not in f or f[500].metric not in ("personnel_casualties", "personnel_killed")
    assert 40000 not in f or f[40000].metric != "personnel_casualties"


def test_daily_casualties_are_a_rate():
    f = figures("Rate\nThe British MoD said Russian forces suffered an average of 950 daily casualties in September.\n\n"
                "Russia suffered 1,200 casualties in September.")
    assert (f[950].metric, f[950].kind) == ("personnel_casualties", "rate")
    assert f[1200].kind == "period"
