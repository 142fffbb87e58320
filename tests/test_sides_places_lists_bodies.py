"""Whose losses, where the words that say it are easy to misread: a strike named by the country
it hit ("Ukraine's Kremenchuk strike" hit Ukraine), a list whose count in words carries the
side ("Twenty Ukrainian soldiers killed, one tank ... destroyed"), bodies handed over to the
side they belong to, and two counts joined by "and" ("two tanks and three armoured vehicles")
that are not one lumped count. Sentences written for each pattern, with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, side", [
    ("Ten dead in Ukraine's Kremenchuk strike, says regional governor", 10, "ukraine"),
    ("Seven people were killed in Ukraine's Kryvyi Rih missile attack on Friday.", 7, "ukraine"),
    ("Five dead in Russia's Belgorod strike, governor says", 5, "russia"),
    # a weapon's name between the possessive and the strike: the attacker's, as before
    ("Three civilians were killed in Ukraine's Storm Shadow strike on Luhansk.", 3, "russia"),
])
def test_a_strike_named_by_the_country_it_hit(text, value, side):
    assert figures("Title\n" + text)[value].side == side


@pytest.mark.parametrize("text, side", [
    ("Twenty Ukrainian soldiers killed, one tank, one infantry carrier and three vehicles destroyed.", "ukraine"),
    ("Fifteen Russian troops killed, one tank and three vehicles destroyed, the brigade reported.", "russia"),
])
def test_a_list_after_a_count_in_words_keeps_its_side(text, side):
    f = figures("Title\n" + text)
    assert f[1].side == side and f[3].side == side


def test_a_killers_side_word_still_heads_its_list():
    f = figures("Title\nRussian troops destroyed 21 aircraft, 1,244 tanks and 12 Bradleys.")
    assert f[1244].side == "ukraine"


@pytest.mark.parametrize("text, value, side", [
    ("Russia handed over the bodies of 909 fallen soldiers to Ukraine.", 909, "ukraine"),
    ("Moscow had offered to hand over the bodies of 3,000 killed soldiers to Kiev.", 3000, "ukraine"),
    # the soldiers' own nation says whose they are, wherever they go
    ("The bodies of 20 Russian soldiers were handed to Ukraine by mistake.", 20, "russia"),
])
def test_bodies_handed_over_are_of_the_side_they_go_to(text, value, side):
    assert figures("Title\n" + text)[value].side == side


def test_two_counts_joined_by_and_are_two_kinds_of_equipment():
    f = figures("Title\nUkraine lost two tanks and three armoured vehicles in the attack.")
    assert (f[2].metric, f[3].metric) == ("tanks", "armored_vehicles")


def test_one_count_of_tanks_and_armoured_vehicles_stays_one():
    assert figures("Title\nRussia has lost 3,000 tanks and armoured vehicles.")[3000].metric == "armored_vehicles"
