"""A toll by other names ("the death total", "the death count", "the death tally") and a count's
breakdown by place after "including" ("121 drones, including six over the Moscow region, 20 in
the Ryazan region"), as after a colon."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_a_death_total_or_count_is_a_toll():
    f = figures("Losses\nUkraine declared Russia lost 650 soldiers yesterday, bringing the Russian death total to "
                "90,150.\n\n"
                "The death count from the strike on Dnipro rose to 35.\n\n"
                "Mediazona's death tally stands at 95,300.")
    assert (f[90150].metric, f[90150].side) == ("personnel_killed", "russia")
    assert f[35].metric == "civilians_killed"
    assert f[95300].metric == "personnel_killed"


def test_a_breakdown_by_place_after_including():
    f = figures("Night\nThe ministry said it destroyed 121 Ukrainian drones overnight, including six over the Moscow "
                "region, 20 in the Ryazan region.")
    assert f[6].metric == f[20].metric == "drones"
    assert f[6].side == f[20].side == "ukraine"


def test_a_breakdown_of_what_was_fired_is_no_loss():
    f = figures("Night\nRussia fired 40 missiles overnight, including six at the Kyiv region and 12 at Odesa.")
    assert 6 not in f and 12 not in f and 40 not in f
