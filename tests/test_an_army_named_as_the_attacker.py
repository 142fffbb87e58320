"""An army named as who attacks ("the Russian military's large-scale attack killed 7 people",
"Moscow's troops had carried out 54 attacks ..., killing three people") does not make the people
it killed soldiers; an army named as who lost them does."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_the_armys_attack_kills_civilians():
    f = figures("Strike\nThe State Emergency Service reported that the Russian military's large-scale attack killed "
                "7 people and injured 47.")
    assert (f[7].metric, f[7].side) == ("civilians_killed", "ukraine")
    g = figures("Kherson\nGovernor Yaroslav Yanushevich said that Moscow's troops had carried out 54 attacks on the "
                "region with drones and artillery, killing three people and wounding six.")
    assert g[3].metric == "civilians_killed" and g[6].metric == "civilians_wounded"
    h = figures("Belgorod\nGovernor Vyacheslav Gladkov said the Ukrainian army's overnight barrage killed 5 people in "
                "the region.")
    assert (h[5].metric, h[5].side) == ("civilians_killed", "russia")


def test_people_an_army_lost_or_fighting_in_it_are_soldiers():
    f = figures("Front\nMore than 70,000 people fighting in Russia's military have died, Mediazona said.")
    assert f[70000].metric == "personnel_killed"
    g = figures("Front\nThe Russian military lost 300 people in the assault, the General Staff said.")
    assert g[300].metric.startswith("personnel_")
