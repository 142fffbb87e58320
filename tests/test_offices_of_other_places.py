"""A region's or city's office counts its own place's dead: a toll in the next sentence about
another region is not its figure ("In the neighbouring Kursk region, one person died" after the
Belgorod governor's count), while one in its own region or its cities still is. Sentences
written for each pattern, with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("first, then, value", [
    ("Four people were wounded in Belgorod, Governor Vyacheslav Gladkov said.",
     "In the neighbouring Kursk region, one person died after a drone hit a car.", 1),
    ("Three people were killed in Zaporizhzhia, regional governor Ivan Fedorov said.",
     "Another 12 people were wounded in the Dnipro region on the same night.", 12),
    ("A missile killed two people in Kharkiv, Kharkiv governor Oleh Syniehubov said.",
     "Five people were injured in Sumy, where a drone hit a school.", 5),
])
def test_a_toll_in_another_region_is_not_the_offices(first, then, value):
    assert figures("Title\n" + first + " " + then)[value].claimant is None


@pytest.mark.parametrize("first, then, value, claimant", [
    # a city of the governor's own region
    ("Two people were killed in a strike on Dnipro, Dnipropetrovsk governor Serhiy Lysak said.",
     "In Kryvyi Rih, three more people were injured.", 3, "Dnipropetrovsk governor (Lysak)"),
    # no place named: the same report goes on
    ("Two people were killed in a strike on Kharkiv, Kharkiv governor Oleh Syniehubov said.",
     "Another 14 were injured in the city.", 14, "Kharkiv governor (Syniehubov)"),
])
def test_a_toll_in_the_offices_own_region_stays_its(first, then, value, claimant):
    assert figures("Title\n" + first + " " + then)[value].claimant == claimant
