"""A night's air defence told in more ways: "announced the interception of 91 drones, including 20
in Belgorod" (the noun of the act, and its count place by place), "with its air defences
destroying 14 of them" (the verb in -ing), "17 drones launched, 14 destroyed" (the part after a
comma, its verb bare) and "managed to shoot down 144 of the 210 aerial targets"."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_the_interception_of_drones_and_its_count_by_region():
    f = figures("Night\nThe Russian Defense Ministry announced the interception of 91 Ukrainian drones between Sunday "
                "and Monday, including 20 in Belgorod, 14 in Kursk and 8 in Bryansk.")
    assert all(f[v].metric == "drones" and f[v].side == "ukraine" for v in (91, 20, 14, 8))
    assert f[91].claimant == "Russian Ministry of Defence"


def test_a_part_brought_down_in_an_ing_clause_or_after_a_comma():
    f = figures("Night\nRussia sent 17 drones to attack Ukraine overnight, Ukraine's Air Force said, with its "
                "air-defence systems destroying 14 of them.\n\n"
                "Russia launches 30 drones on Ukraine, 22 destroyed\n\n"
                "Ukrainian defenses managed to shoot down 144 of the 210 aerial targets, the air force said.")
    assert (f[14].metric, f[14].side) == ("drones", "russia")
    assert (f[22].metric, f[22].side) == ("drones", "russia")
    assert (f[144].metric, f[144].side) == ("other", "russia")
    assert 17 not in f and 30 not in f and 210 not in f


def test_a_part_that_got_through_is_no_loss():
    f = figures("Night\nRussia launched 40 drones, 12 hit targets in Kyiv.\n\n"
                "Air defences were trying to shoot down 30 targets over Kyiv.")
    assert 12 not in f and 30 not in f
