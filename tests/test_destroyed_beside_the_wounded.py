"""People "destroyed" beside a count of the wounded are the dead of that count ("140 Russian
invaders were destroyed, 232 were wounded"); a vague count after "and" keeps its own verb ("killed
at least 12 people and injured dozens more"). "Eliminated" stays a count of losses, as the General
Staff's bulletins use it."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_destroyed_beside_the_wounded_are_the_dead():
    f = figures("Bakhmut\nIn the Bakhmut direction, 140 Russian invaders were destroyed, 232 were wounded, and four "
                "were taken prisoner, Cherevaty said.")
    assert (f[140].metric, f[232].metric) == ("personnel_killed", "personnel_wounded")


def test_destroyed_or_eliminated_alone_stays_a_count_of_losses():
    f = figures("Front\nUkraine said 900 Russian soldiers were destroyed near Bakhmut.\n\n"
                "According to the General Staff, 1260 Russian soldiers were \"eliminated\" during the last day.")
    assert f[900].metric == f[1260].metric == "personnel_casualties"


def test_a_vague_count_after_and_keeps_its_own_verb():
    f = figures("Strike\nThe strike killed at least 12 people and injured dozens more.\n\n"
                "Russian shelling killed 5 civilians and wounded scores of others.\n\n"
                "40 Ukrainian soldiers were captured and others killed, the Russian ministry said.")
    assert (f[12].metric, f[5].metric) == ("civilians_killed", "civilians_killed")
    assert f[40].metric == "personnel_captured"
