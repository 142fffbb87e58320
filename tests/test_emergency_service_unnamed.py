"""An emergency service the article does not name, singular or as an agency ("the local emergency
agency said"), is the country's whose civilians it counts; the country follows the side the
article settles on, not the one a sentence alone suggested."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_the_local_emergency_agency_of_ukraines_dead_is_its_emergency_service():
    f = figures("Sumy\nRussian missiles struck Sumy on Sunday. The local emergency agency said in its most recent "
                "bulletin that 34 people were killed.\n\nIn Kharkiv, the regional emergency service said 11 people "
                "were injured in a Russian strike.")
    assert f[34].claimant == f[11].claimant == "State Emergency Service of Ukraine"


def test_a_service_counting_russias_civilians_is_not_ukraines():
    f = figures("Belgorod\nUkrainian drones struck Belgorod on Sunday, killing 2 people, Governor Vyacheslav Gladkov "
                "said. The local emergency service said 5 people were injured.")
    assert f[5].side == "russia"
    assert f[5].claimant != "State Emergency Service of Ukraine"


def test_a_group_that_also_or_later_reported_is_the_countrys():
    f = figures("Kyiv\nRussian missiles hit Kyiv overnight. Authorities also reported 16 people injured in the capital.\n\n"
                "Russian drones struck Kharkiv. Local officials later said 3 people were killed in the city.")
    assert f[16].claimant == "Ukrainian authorities"
    assert f[3].claimant == "Ukrainian local officials"
