"""A foreign legion's tally, as Moscow's tables of "mercenaries" give it: in an article about
foreigners in one side's army, "6,956 have arrived in Ukraine, 1,956 have already been
eliminated" are that side's arrivals and dead; foreigners who "arrived in Ukraine" came to fight
for it. A count that arrived or was eliminated in an article about no army is no figure."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_arrivals_and_dead_of_a_legion_with_no_noun_of_their_own():
    f = figures("Foreign mercenaries\nThe Russian Defense Ministry said foreign mercenaries from 64 countries fight "
                "for Ukraine. Since the start of the special military operation, 6,956 have arrived in Ukraine, 1,956 "
                "have already been eliminated and 1,779 have left. To date, 80 have been eliminated, and 66 have left "
                "Ukraine.")
    assert (f[6956].metric, f[6956].side) == ("troops_deployed", "ukraine")
    assert (f[1956].metric, f[1956].side) == ("personnel_killed", "ukraine")
    assert (f[80].metric, f[80].side) == ("personnel_killed", "ukraine")
    assert f[1956].claimant == "Russian Ministry of Defence"
    assert 1779 not in f and 66 not in f


def test_foreigners_who_came_to_ukraine_came_to_fight_for_it():
    f = figures("Volunteers\nSome 355 foreign mercenaries arrived in Ukraine.\n\n"
                "About 120 Georgian volunteers have come to Ukraine since March.")
    assert (f[355].metric, f[355].side) == ("troops_deployed", "ukraine")


def test_no_legion_no_count():
    f = figures("Tournament\nSince the start of the year, 1,956 have already been eliminated from the tournament "
                "and 300 have arrived in Kyiv for the finals.")
    assert 1956 not in f and 300 not in f
