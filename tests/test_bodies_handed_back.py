"""The dead handed back: bodies of soldiers returned, repatriated, transferred or received are
their army's dead, one handover (`other`), whoever hands them over; civilians' bodies stay
civilians', and prisoners returned alive are no dead."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_bodies_of_soldiers_handed_back_are_their_armys_dead_of_one_handover():
    f = figures("Exchange\n1,000 bodies, which according to the Russian side belong to Ukrainian servicemen, have "
                "been returned to Ukraine.\n\nRussia handed over the bodies of 909 fallen Ukrainian soldiers.\n\n"
                "Ukraine handed over 78 bodies of Russian servicemen.")
    assert [(f[v].metric, f[v].side, f[v].kind) for v in (1000, 909, 78)] == [
        ("personnel_killed", "ukraine", "other"), ("personnel_killed", "ukraine", "other"),
        ("personnel_killed", "russia", "other")]


def test_the_dead_of_whose_army_the_words_after_bodies_say():
    f = figures("Exchange\nIn total, Russia has transferred more than 11,000 bodies of Ukrainian soldiers since "
                "the start of the war.")
    assert (f[11000].metric, f[11000].side) == ("personnel_killed", "ukraine")


def test_bodies_of_civilians_are_civilians():
    f = figures("Bucha\nPolice found 48 bodies of civilians in the forest.\n\n"
                "Rescuers recovered 28 bodies from the destroyed apartment block.")
    assert (f[48].metric, f[28].metric) == ("civilians_killed", "civilians_killed")


def test_prisoners_returned_alive_are_no_dead():
    f = figures("Exchange\nRussia returned 75 Ukrainian prisoners of war in the exchange.")
    assert f.get(75) is None or f[75].metric != "personnel_killed"
