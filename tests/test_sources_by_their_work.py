"""Sources named by their work or a participle: "By their estimate, ..." (the body spoken of
before), "the toll given by the UN rights office", "(those reported by Ukraine)", "with the
United Nations confirming", "the BBC's confirmation of", "Shoigu went on to explain that"."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_by_its_estimate_is_the_body_spoken_of_before():
    f = figures("Losses\nThe Center for Strategic and International Studies did not shout when it released its "
                "numbers. The data did the shouting. By their estimate, Russia suffered about 1.2 million casualties, "
                "including as many as 325,000 dead.")
    assert f[1200000].claimant == "CSIS" and f[325000].claimant == "CSIS"
    g = figures("Toll\nThe UN human rights monitoring mission in Ukraine went to Izium in May.\n\nBy its own count, "
                "1,892 civilians have been killed since February.")
    assert g[1892].claimant == "UN OHCHR (HRMMU)"


def test_a_toll_given_or_reported_by_a_body_is_that_bodys():
    f = figures("Toll\nThe death toll of more than 1,400 civilians given by the UN rights office as of April 3 "
                "clearly underestimates the true figure.")
    assert f[1400].claimant == "UN OHCHR (HRMMU)"
    g = figures("Losses\nThe Russian casualty figures (those reported by Ukraine's General Staff) passed 70,000 "
                "soldiers killed on Saturday.")
    assert g[70000].claimant == "General Staff of Ukraine"


def test_a_source_confirming_in_an_absolute_clause():
    f = figures("Civilians\nThe toll is heavy, with the United Nations confirming the deaths of at least 12,340 "
                "Ukrainian civilians.")
    assert f[12340].claimant == "United Nations"


def test_a_bodys_confirmation_or_records_of_a_count():
    f = figures("Deaths\nThe BBC's confirmation of nearly 160,000 Russian military deaths offers a rare glimpse.")
    assert f[160000].claimant == "BBC"
    g = figures("Deaths\nMediazona's records list 120,000 Russian soldiers killed in the war.")
    assert g[120000].claimant == "Mediazona"


def test_a_speaker_who_went_on_to_say():
    f = figures("Briefing\nDefence Minister Sergei Shoigu went on to explain that Russian forces had inflicted 3,715 "
                "casualties on Ukrainian troops in three days.")
    assert "Shoigu" in f[3715].claimant
    g = figures("Briefing\nGovernor Oleh Syniehubov goes on to say that 12 civilians were wounded in Kharkiv.")
    assert "Syniehubov" in g[12].claimant


def test_killed_by_an_army_names_no_source():
    f = figures("Strike\nFive soldiers were killed by Russian forces in the village of Hroza.")
    assert f[5].claimant is None
    g = figures("Strike\nThe figure of 40 dead was never given by anyone in Kyiv.")
    assert all(x.claimant is None for x in g.values())
