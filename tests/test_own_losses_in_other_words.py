"""A side's word for its own losses, in more forms ("claims to have sustained", "the country has
lost"), and a second subject after "and" ("Russia has lost
9,255 vehicles, and Ukraine has lost 2,975"). Sentences written for each pattern, with ones
that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, side", [
    ("Ukraine claims to have sustained over 13,000 military casualties.", 13000, "ukraine"),
    ("Russia said to have suffered 6,000 casualties in the first months.", 6000, "russia"),
    ("Ukrainian sources report that the country has lost around 80,000 soldiers killed.", 80000, "ukraine"),
])
def test_a_side_speaking_of_its_own_losses(text, value, side):
    assert figures("Title\n" + text)[value].side == side


@pytest.mark.parametrize("text, value, side", [
    # the enemy's losses named: the side word decides
    ("Ukraine reveals Russia lost 1,000 soldiers in a single day.", 1000, "russia"),
    ("Ukraine says Russia has lost 500,000 troops since the invasion.", 500000, "russia"),
    # what a side claims to have inflicted is the enemy's
    ("Russia claims to have suffered 6,000 casualties while inflicting over 100,000 Ukrainian casualties.", 100000,
     "ukraine"),
])
def test_the_enemys_losses_stay_the_enemys(text, value, side):
    assert figures("Title\n" + text)[value].side == side


@pytest.mark.parametrize("text", [
    "Russia has lost at least 9,255 vehicles, and Ukraine has lost at least 2,975 vehicles.",
    "Russia has lost 9,255 vehicles and Ukraine lost 2,975 vehicles, by photographs.",
])
def test_a_second_subject_after_and_has_its_own_losses(text):
    f = figures("Title\n" + text)
    assert (f[9255].side, f[2975].side) == ("russia", "ukraine")


def test_a_country_after_and_that_is_a_place_is_no_subject():
    # "between Russia and Ukraine": where, not who lost
    f = figures("Title\nRussia lost 300 tanks in the fighting between Russia and Ukraine last year.")
    assert f[300].side == "russia"


def test_two_countries_joined_by_and_are_one_subject():
    f = figures("Title\nWestern nations estimated that Russia and Ukraine have suffered over 150,000 military "
                "casualties each.")
    assert f[150000].side != "ukraine"
