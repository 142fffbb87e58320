"""Counts that are a part of a group the words before name: "Of those, 51 were intercepted" (the
drones the sentence before launched), "Among the 1,831 Poles who joined, 378 have died" (the
group opens the sentence), "20 volunteers from the Nordic and Baltic countries have been killed"
(where they come from, between the count and what happened to it)."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_those_intercepted_are_a_part_of_the_drones_launched_the_sentence_before():
    f = figures("Night\nRussia launched 90 drones overnight. Of these, 51 were shot down, the air force said.\n\n"
                "Overnight, Russian forces fired 40 missiles at Kyiv. Of them, 31 were intercepted.\n\n"
                "The enemy sent 120 Shahed drones. Out of those, 98 were neutralized by air defence.")
    assert (f[51].metric, f[51].side, f[51].claimant) == ("drones", "russia", "Ukrainian Air Force")
    assert (f[31].metric, f[31].side) == ("cruise_missiles", "russia")
    assert f[98].metric == "drones"
    assert 90 not in f and 40 not in f and 120 not in f


def test_those_that_hit_their_targets_are_no_loss():
    f = figures("Night\nRussia launched 90 drones overnight. Of these, 51 hit targets in Kyiv.")
    assert 51 not in f


def test_a_part_of_the_group_that_opens_the_sentence():
    f = figures("Volunteers\nAmong the 40 Georgian volunteers sent to the front, 12 were killed.\n\n"
                "Of the 1,831 Polish fighters in Ukraine, 378 have died.\n\n"
                "Of the 40 people hurt in the Kharkiv strike, three died in hospital.")
    assert f[12].metric == f[378].metric == "personnel_killed"
    assert f[3].metric == "civilians_killed"


def test_a_group_that_opens_no_count_of_the_dead_gives_none():
    f = figures("Schools\nOf the 12 schools in the town of Izium, 5 were rebuilt after the war.")
    assert 5 not in f


def test_where_they_come_from_stands_between_the_count_and_its_outcome():
    f = figures("Volunteers\nAt least 20 volunteer soldiers from the Nordic and Baltic countries have been killed "
                "in Ukraine since the start of the invasion.\n\n"
                "Some 14 fighters from the North Caucasus were killed near Bakhmut.\n\n"
                "Five volunteers from the Baltic states who joined the legion were wounded.")
    assert f[20].metric == f[14].metric == "personnel_killed"
    assert f[5].metric == "personnel_wounded"
    assert f[5].claimant is None  # "the Baltic states" are a place, not a body that says something


def test_a_place_they_left_is_not_where_they_come_from():
    f = figures("Kharkiv\nRescuers evacuated 30 civilians from the city while shelling killed two.")
    assert f[30].metric == "civilians_displaced"
    assert f[2].metric == "civilians_killed"
