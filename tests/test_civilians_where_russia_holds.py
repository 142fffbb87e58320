"""Civilians harmed where Russia holds the ground (its own regions, Crimea, the occupied parts of
Ukraine) count as Russia's when the sentence names no Russian attack, as the marking guide counts
them; where Russia is the one acting, or the place is a city Ukraine holds, they stay Ukraine's."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value", [
    ("Shelling\nAuthorities in Russian-occupied Donetsk said two people died and twelve were injured in shelling "
     "on Sunday.", 12),
    ("Shelling\nFive people were killed in Vasylivka, in the occupied part of the Zaporizhia region, according to "
     "Russian state media.", 5),
    ("Drones\nFour people were wounded after a settlement in Russia's western Bryansk Region was hit, the governor "
     "said.", 4),
    ("Strike\nThree residents of Sevastopol were injured by falling debris, the city's governor said.", 3),
])
def test_civilians_harmed_where_russia_holds_are_russias(text, value):
    assert figures(text)[value].side == "russia"


@pytest.mark.parametrize("text, value", [
    ("Crimes\nRussian troops killed eight civilians in occupied Bucha, prosecutors said.", 8),
    ("Strike\nA missile launched from occupied Crimea killed seven people in Lviv on Thursday.", 7),
    ("Strike\nTwo people were killed in Kharkiv on Sunday, the governor said.", 2),
    ("Strike\nOne person was also killed in the partially occupied region of Zaporizhzhia, regional head Ivan "
     "Fedorov said.", 1),
])
def test_civilians_russia_harms_or_where_ukraine_holds_stay_ukraines(text, value):
    assert figures(text)[value].side == "ukraine"
