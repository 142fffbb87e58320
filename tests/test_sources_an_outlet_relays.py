"""An outlet that reported figures "citing unnamed U.S. officials" relays them: the officials
claim them, and "the newspaper reported" or "the paper said" later in the article is still
them. An outlet's own estimate, citing no one, stays the outlet's."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures

_NYT = ("Report\nThe number of Ukrainian and Russian troops killed or wounded is nearing 500,000, the New York Times "
        "reported on Friday, citing unnamed U.S. officials.\n\nRussia's military casualties are approaching "
        "300,000, including as many as 120,000 deaths, the newspaper reported.")
_WSJ = ("Report\nRussia has lost about 80,000 soldiers killed, The Wall Street Journal said, citing two senior "
        "Western officials.\n\nThe paper said another 250,000 Russian troops had been wounded.")


@pytest.mark.parametrize("text, value, claimant", [
    (_NYT, 500000, "US officials"),
    (_NYT, 300000, "US officials"),
    (_WSJ, 80000, "Western intelligence"),  # (the table's one name for Western officials and intelligence)
    (_WSJ, 250000, "Western intelligence"),
])
def test_an_outlet_relays_the_officials_it_cites(text, value, claimant):
    assert figures(text)[value].claimant == claimant


def test_an_outlets_own_estimate_stays_its_own():
    f = figures("Estimate\nThe Economist estimates that Russia has lost between 90,000 and 140,000 soldiers killed."
                "\n\nThe newspaper put Ukraine's dead at 60,000.")
    assert "Economist" in (f[60000].claimant or "")
