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


def test_taken_or_admitted_to_the_hospital_with_its_article():
    f = figures("Belgorod\nGovernor Vyacheslav Gladkov said six people were admitted to the hospital after the drone "
                "attack.")
    assert (f[6].metric, f[6].side) == ("civilians_wounded", "russia")
    g = figures("Odesa\nEleven people were taken to the local hospital after the missile strike.")
    assert g[11].metric == "civilians_wounded"


def test_people_at_a_funeral_of_the_killed_are_no_count_of_them():
    f = figures("Funeral\nAbout 300 people attended the funeral of the soldiers killed in the attack.")
    assert 300 not in f
