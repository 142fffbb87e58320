"""Foreigners at war in other words: "continue fighting for Ukraine" (a force still there),
"killed fighting on the side of Russia" (whose side); a village "involved in the fighting" is no
force."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_a_force_that_continues_fighting_for_a_side():
    f = figures("Mercenaries\nAt present, 2,029 foreign mercenaries continue fighting for Ukraine.")
    assert (f[2029].metric, f[2029].side) == ("troops_deployed", "ukraine")


def test_dead_who_fought_on_the_side_of_russia_are_russias():
    f = figures("Nepal\nAt least 300 Nepalis were killed fighting on the side of Russia.\n\n"
                "Some 40 Colombians died fighting on the side of Ukraine.")
    assert (f[300].metric, f[300].side) == ("personnel_killed", "russia")
    assert (f[40].metric, f[40].side) == ("personnel_killed", "ukraine")


def test_places_involved_in_the_fighting_are_no_force():
    f = figures("Front\nSome 40 villages were involved in the fighting near Pokrovsk.")
    assert 40 not in f
