"""Foreign fighters of more nations: Israelis, Syrians, Serbs ... counted as the side
they fight for; an adjective spelled like its plural ("Chinese", "Portuguese") counts people only
before a noun of people, never "20 Chinese drones"."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_fighters_of_more_nations_are_the_side_they_fight_for():
    f = figures("Mercenaries\nNine Israelis have been killed while fighting alongside the Ukrainian army, the Russian "
                "Foreign Ministry said.\n\n"
                "Twelve Syrians recruited by Russia's army have died in Ukraine.\n\n"
                "Fourteen Serbian volunteers fighting for Russia were killed near Bakhmut.")
    assert (f[9].metric, f[9].side) == ("personnel_killed", "ukraine")
    assert (f[12].metric, f[12].side) == ("personnel_killed", "russia")
    assert f[14].metric == "personnel_killed"


def test_an_adjective_spelled_as_its_plural_counts_no_people_on_its_own():
    f = figures("Night\nRussia launched 20 Chinese drones overnight; air defences shot down 18 Chinese drones.\n\n"
                "Some 30 Portuguese citizens were evacuated from Kyiv.")
    assert f[18].metric == "drones"
    assert 30 not in f
