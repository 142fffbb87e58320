"""A side speaking of its own dead ("Russia has publicly acknowledged only a little over 6,000
troop deaths", "when Moscow spoke of 1,351 dead", "the Defence Ministry said 89 servicemen were
killed in the strike on Makiivka") counts its own losses; what an air force says "Russia fired
... and shot down" is Russia's missiles and drones downed, while a force that "launched a
counteroffensive and destroyed 20 tanks" destroyed the enemy's. Sentences written for the pattern."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value", [
    ("Russia\nRussia has publicly acknowledged only a little over 6,000 troop deaths.", 6000),
    ("Russia\nThis is the first official count since March, when Moscow spoke of 1,351 dead.", 1351),
    ("Russia\nMoscow itself recently spoke of some 1,350 soldiers killed in its ranks.", 1350),
    ("Makiivka\nThe Russian Defence Ministry said 89 servicemen were killed in the strike on Makiivka.", 89),
])
def test_a_side_speaking_of_its_own_dead(text, value):
    assert figures(text)[value].side == "russia"


def test_what_the_launcher_fired_and_lost_is_the_launcher_s():
    f = figures("Air\nThe Ukrainian Air Force said Russia fired 13 missiles and 29 attack drones and shot down seven "
                "cruise missiles and 22 drones.")
    assert (f[7].side, f[22].side) == ("russia", "russia")
    g = figures("Front\nUkrainian forces launched a counteroffensive and destroyed 20 tanks near Bakhmut.")
    assert g[20].side == "russia"


def test_whose_war_is_not_whose_losses():
    f = figures("MoD\nAccording to the Russian Defence Ministry, since the start of Russia's special military operation "
                "in Ukraine, a total of 630 aircraft, 278 helicopters and 16,698 tanks have been destroyed.")
    assert (f[630].side, f[16698].side) == ("ukraine", "ukraine")
    # (but an invasion's own force and losses are its side's)
    assert figures("Force\nThe initial Russian invasion force numbered around 190,000 men.")[190000].side == "russia"
    assert figures("Losses\nRussia's invasion losses have reached 500,000 troops, the General Staff said.")[500000] \
        .side == "russia"


def test_a_place_named_before_the_strikes_is_not_the_attacker():
    f = figures("Kyiv\nRussian forces launched a massive attack on Kyiv on Thursday, hitting the Ukrainian capital with "
                "strikes that killed at least 15 civilians and wounded 30.")
    assert (f[15].side, f[30].side) == ("ukraine", "ukraine")
    assert figures("Belgorod\nUkrainian army shelling killed three civilians in the village.")[3].side == "russia"
