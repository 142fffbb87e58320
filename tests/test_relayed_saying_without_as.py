"""A relay told without "as", as translations tell it: "Sama news agency reported Russian Foreign
Ministry saying" is the ministry's claim, as "reported the ministry as saying" is; an outlet that
reported, "saying" what it saw, is still the source."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_the_one_reported_saying_it_claims_it():
    f = figures("Mercenaries\nNine Israelis have been killed while fighting alongside the Ukrainian army, Sama news "
                "agency reported Russian Foreign Ministry saying yesterday.\n\n"
                "Twelve Ukrainian soldiers were killed, TASS cited the Russian Defence Ministry saying.")
    assert f[9].claimant == "Russian Foreign Ministry"
    assert f[12].claimant == "Russian Ministry of Defence"


def test_an_outlet_that_reported_saying_what_it_saw_is_the_source():
    f = figures("Market\nTwelve civilians were killed, Reuters reported, saying the strike hit a market.")
    assert f[12].claimant == "Reuters"
