"""A list that goes on from a sentence of losses with no count of its own ("... has suffered
substantial material losses. These include 6,465 battle tanks, ...") counts those losses; one
that goes on from a sentence of no losses ("The army has grown. These include ...") does not."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_these_include_after_a_sentence_of_losses():
    f = figures("Losses\nThe General Staff also said the Russian army has suffered heavy material losses. These include "
                "6,465 battle tanks, 12,129 armored vehicles, 9,641 artillery systems and one submarine.")
    assert (f[6465].metric, f[6465].side) == ("tanks", "russia")
    assert f[12129].metric == "armored_vehicles" and f[9641].metric == "artillery"
    assert f[6465].claimant == "General Staff of Ukraine"


def test_among_them_after_equipment_lost():
    f = figures("Losses\nUkraine has lost hundreds of Western-supplied vehicles, the Russian defence ministry claimed. "
                "Among them are 52 Leopard tanks and 120 Bradley fighting vehicles.")
    assert f[120].metric == "armored_vehicles" and f[120].side == "ukraine"


def test_these_include_after_a_sentence_of_no_losses():
    f = figures("Army\nThe Russian army has grown in recent years. These include 6,465 battle tanks and 12,129 "
                "armored vehicles.")
    assert 6465 not in f and 12129 not in f
