"""The hurt counted by where they are treated: "41 people were admitted to hospitals", "five
children are in intensive care" after a strike are its wounded; a hospital's own numbers of
patients or beds are no one's losses."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_admitted_to_hospital_or_in_intensive_care_after_a_strike():
    f = figures("Chernihiv\nGovernor Viacheslav Chaus confirmed that 41 people were admitted to hospitals after the "
                "missile strike.")
    assert (f[41].metric, f[41].side) == ("civilians_wounded", "ukraine")
    g = figures("Sevastopol\nFurthermore, 5 children are in intensive care after the missile attack, the governor said.")
    assert g[5].metric == "civilians_wounded"
    h = figures("Kharkiv\nSix people were admitted to hospital after the drone attack.")
    assert h[6].metric == "civilians_wounded"


def test_a_hospitals_patients_and_beds_are_no_losses():
    f = figures("Hospital\nThe hospital admitted 300 patients last year and keeps 40 beds in intensive care.")
    assert 300 not in f and 40 not in f
