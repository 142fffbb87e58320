"""Britain's defence ministry is one claimant however it is spelled ("Britain's ministry of
defense", "British Defense Intelligence"); a bare "Ministry of Defense" in a report from Moscow is
not Britain's."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_britains_ministry_spelled_defense_is_the_uk_ministry_of_defence():
    f = figures("Estimates\nRecent estimates by Britain's ministry of defense put Russian casualties at more than "
                "38,000 for September.\n\n"
                "The UK\u2019s Ministry of Defense said 1,200 Russian soldiers were killed or wounded a day.\n\n"
                "British Defense Intelligence estimated that more than 6,000 North Korean troops were killed or "
                "wounded.\n\n"
                "Ukraine\u2019s Ministry of Defense said 400 Russian soldiers were killed in the past day.")
    assert f[38000].claimant == f[1200].claimant == f[6000].claimant == "UK Ministry of Defence"
    assert f[400].claimant != "UK Ministry of Defence"


def test_a_bare_ministry_of_defense_in_a_report_from_moscow_is_not_britains():
    f = figures("Belgorod\nMoscow, The Russian Defense Ministry said air defence destroyed two Ukrainian drones over "
                "Belgorod. After that, Russian air defense systems shot down two more Ukrainian drones in the Belgorod "
                "Region on Sunday morning, the Ministry of Defense said.")
    assert f[2].claimant != "UK Ministry of Defence"
