"""A night's air defence in other words: "reported shooting down" (the verb after a verb of
saying), "563 of nearly 600 drones" (a word of size before the whole), "nine of the drones" (the
part of a whole the sentence does not count) and "managed to down" (the verb's plain form)."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_air_defences_that_reported_shooting_down_brought_down_the_others():
    f = figures("Night\nUkraine\u2019s air defences reported shooting down 26 of 31 missiles.\n\n"
                "Russian air defences reported shooting down 30 Ukrainian drones over Kursk.")
    assert (f[26].side, f[26].claimant) == ("russia", "Ukrainian Air Force")
    assert (f[30].side, f[30].claimant) == ("ukraine", "Russian Ministry of Defence")


def test_the_part_downed_not_the_whole_launched_is_the_loss():
    f = figures("Night\nUkraine\u2019s air defences shot down 563 of nearly 600 drones launched by Russia.\n\n"
                "Ukrainian forces shot down 46 of about 50 drones.")
    assert f[563].metric == f[46].metric == "drones"
    assert 600 not in f and 50 not in f


def test_a_part_of_the_drones_named_before_is_drones():
    f = figures("Night\nRussia launched 11 drones and 16 missiles overnight. The air force said it had managed to "
                "down nine of the drones and 14 of the missiles.")
    assert (f[9].metric, f[14].metric) == ("drones", "cruise_missiles")


def test_one_of_the_deadliest_is_no_count_of_them():
    f = figures("Kyiv\nOne of the deadliest strikes of the war killed 20 people in Kyiv.\n\n"
                "One of the drones hit a building in Kyiv.")
    assert 1 not in f


def test_the_plain_form_after_to_downs_them():
    f = figures("Night\nUkraine managed to down 40 drones overnight.\n\nRussia plans to down 30 more Ukrainian drones.")
    assert (f[40].metric, f[40].side) == ("drones", "russia")
    assert 30 not in f


def test_a_number_with_no_noun_after_drones_downed_counts_more_of_them():
    f = figures("Night\nEight drones were downed over the Ryazan region, six were destroyed in the Kursk region and one "
                "drone was hit over the Belgorod region overnight, the ministry said.\n\n"
                "Russia said its air defences shot down 120 Ukrainian drones during the nighttime attacks, and another "
                "39 on Sunday morning.")
    assert (f[6].metric, f[39].metric) == ("drones", "drones")
    assert f[6].side == f[39].side == "ukraine"


def test_another_before_a_noun_of_its_own_keeps_that_noun():
    f = figures("Front\nUkraine destroyed 12 Russian tanks and another 30 armoured vehicles.")
    assert f[30].metric == "armored_vehicles"
