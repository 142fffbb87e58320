"""More spellings of the bodies the timeline groups by: Ukraine's health ministry and its
minister in both transliterations, the UN rights office as "the Office for the High Commissioner
of Human Rights", "UN-verified" counts, "Ukranian officials" as copies misspell them, Seoul's spy
agency in a headline's words, "Ukraine's air forces"."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_the_health_minister_in_either_spelling_is_the_ministry():
    f = figures("Toll\nHealth minister Viktor Lyashko said 198 civilians had been killed.\n\n"
                "Ukraine's Ministry of Health said 1,115 civilians had been wounded.")
    g = figures("Toll\nViktor Liashko said 33 children had been wounded.")
    assert f[198].claimant.startswith("Ukrainian Ministry of Health")
    assert f[1115].claimant == "Ukrainian Ministry of Health"
    assert g[33].claimant.startswith("Ukrainian Ministry of Health")


def test_the_un_rights_office_and_the_uns_verified_counts():
    f = figures("Toll\nThe Office for the High Commissioner of Human Rights reported 300 civilians killed.")
    assert f[300].claimant == "UN OHCHR (HRMMU)"
    g = figures("Toll\nUN-verified figures show 12,600 civilians killed since February 2022.")
    assert g[12600].claimant == "United Nations"


def test_a_misspelt_nationality_is_the_same_group():
    f = figures("Strike\nAt least 17 people were killed in the strikes, according to Ukranian officials.")
    assert f[17].claimant == "Ukrainian officials"


def test_seouls_spy_agency_and_ukraines_air_forces():
    f = figures("About 2,000 North Korean troops killed in Russia deployment: Seoul spy agency\n\nText.")
    assert f[2000].claimant == "South Korean National Intelligence Service (NIS)"
    g = figures("Night\nUkraine's air forces said on Telegram that they downed 39 Shahed drones.")
    assert g[39].claimant == "Ukrainian Air Force"


def test_a_group_backed_by_the_un_is_not_the_un():
    f = figures("Toll\nA UN-backed monitoring group said 30 civilians were killed in the strike.")
    assert f[30].claimant != "United Nations"
