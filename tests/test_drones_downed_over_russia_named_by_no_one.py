"""Ukraine's drones downed over a Russian region, with no one named for the count, are the
Russian defence ministry's count: only it counts them region by region ("18 UAVs were shot down
over Voronezh Oblast, 16 over Ryazan Oblast"). A governor named keeps his count; drones downed
over Kyiv are no Russian count, and those over Moscow are often its mayor's."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_drones_downed_over_russian_regions_are_the_ministrys():
    f = figures("Drones\nSpecifically, 18 UAVs were shot down over Voronezh Oblast, 16 over Ryazan Oblast and one over "
                "Crimea.\n\nEleven drones were destroyed over the territory of the Belgorod region overnight.")
    assert f[18].claimant == f[16].claimant == f[11].claimant == "Russian Ministry of Defence"


def test_a_governor_named_keeps_his_count_and_kyiv_is_no_russian_count():
    f = figures("Drones\nFourteen UAVs were destroyed over Ryazan Oblast, Pavel Malkov, the governor of Ryazan Oblast, "
                "said.\n\nTwelve drones were shot down over Kyiv overnight.")
    assert f[14].claimant != "Russian Ministry of Defence"
    assert f[12].claimant != "Russian Ministry of Defence"
    assert figures("Moscow\nThree drones were intercepted over the Moscow region early on Sunday.")[3].claimant is None
