"""Whose civilians an attack hits when the attacker is named by an assault, by a passive verb or
by its army: "A Ukrainian assault on the town of Sadove killed 22 people", "shelled by the
Ukrainian side", "the strike of a Tochka-U missile of the Armed Forces of Ukraine in Donetsk"
count Russia's side; the same words of Russia's attacks count Ukraine's."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_a_ukrainian_assault_or_strike_named_so_hits_russias_side():
    f = figures("Kherson\nA Ukrainian assault on the town of Sadove on Friday killed 22 people and injured 15, "
                "according to Russia-installed governor Vladimir Saldo.\n\n"
                "26 people were killed as a result of the strike of a tactical missile Tochka-U of the Armed Forces "
                "of Ukraine.\n\nThe district was shelled by the Ukrainian side, resulting in 3 injuries.")
    assert (f[22].side, f[15].side, f[26].side, f[3].side) == ("russia",) * 4


def test_russias_assaults_named_the_same_way_hit_ukraines_side():
    f = figures("Avdiivka\nA Russian assault on Avdiivka killed 40 civilians.\n\n"
                "The city was shelled by Russian troops, killing 4 people.\n\n"
                "11 people were killed in the strike of a missile of the Russian armed forces.")
    assert (f[40].side, f[4].side, f[11].side) == ("ukraine",) * 3
