"""Aircraft of types only Russia flies are Russia's losses when the sentence names no side:
strategic bombers (Tu-95, Tu-22M3, Tu-160), Su-34s and Su-35s, Ka-52s, the A-50; not the Su-25s,
MiG-29s and Mi-8s that both air forces fly."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_strategic_bombers_and_russias_newer_jets_are_russias():
    f = figures("Airfields\nSatellite analysts have documented at least five Tu-95MS bombers destroyed and two "
                "more damaged.\n\n"
                "Destroying and damaging four Su-34s at a single airfield is a serious blow.\n\n"
                "At least seven high-value strategic bombers were destroyed.\n\n"
                "Three Ka-52 helicopters were shot down near Kherson.")
    assert f[5].side == f[2].side == f[4].side == f[7].side == f[3].side == "russia"


def test_types_both_sides_fly_get_no_side_from_their_name():
    f = figures("Skies\nTwo Su-25s were shot down near Bakhmut.\n\nSix Mi-8 helicopters were lost in the battle.")
    assert f[2].side is None and f[6].side is None
