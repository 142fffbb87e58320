"""Losses of one action are no running total: what was lost "in that effort alone", "during the
liberation of" a town, when "another assault ... failed", what "the strikes destroyed"; while a
list "since the beginning of the special military operation" stays a running total however its
nouns read ("air and missile defense systems have been destroyed")."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value", [
    ("Battle\nIn that effort alone, the ministry said, Kyiv lost more than 180 troops, 12 tanks and 9 armored vehicles.",
     12),
    ("Battle\nDuring the liberation of Soledar, over 500 Ukrainian soldiers were killed and 14 tanks destroyed, "
     "the ministry said.", 14),
    ("Battle\nA Ukrainian counterattack near Robotyne also failed, with Kyiv's forces losing seven tanks and four "
     "infantry vehicles, the ministry said.", 7),
    ("Airfield\nThe drone strikes destroyed or damaged around 34 Russian aircraft at two air bases.", 34),
])
def test_one_action_s_losses_are_no_running_total(text, value):
    assert figures(text)[value].kind == "other"


def test_a_list_since_the_war_began_stays_a_running_total():
    f = figures("Totals\nIn total, since the beginning of the special military operation, 611 aircraft, 283 helicopters "
                "and 545 air and missile defense systems have been destroyed, the ministry said.")
    assert (f[611].kind, f[545].kind) == ("cumulative", "cumulative")


def test_infantry_vehicles_are_armour_not_infantry():
    f = figures("Battle\nThe ministry said Ukraine lost 16 tanks and three infantry vehicles near Vuhledar.")
    assert f[3].metric == "armored_vehicles"
