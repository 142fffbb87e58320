"""Speakers in forms of translations and wire copy: the office of a named region ("the governor of
the Dnipropetrovsk region later specified"), an official who denounces the killing he reports,
"the center" for a research centre named before, a qualified public office ("the public
prosecutor's office announced"), and a source in an absolute clause ("with the UN reporting")."""

from __future__ import annotations

from index.extraction.name_cleaning import clean_name
from tests.extraction_helpers import figures


def test_the_office_of_a_named_region_is_that_regions_office():
    f = figures("Strikes\nFive other people were injured, the governor of the Dnipropetrovsk region later specified.\n\n"
                "Nine people were injured, the Governor of the Kharkiv Oblast said.")
    assert (f[5].claimant, f[9].claimant) == ("Dnipropetrovsk governor", "Kharkiv governor")


def test_the_governor_of_an_unnamed_region_is_still_read_from_the_article():
    f = figures("Kramatorsk\nThe governor of the region announced Friday that at least 50 people were killed in the strike.")
    assert f[50].claimant != "governor of the region"


def test_an_official_who_denounces_a_killing_reports_its_toll():
    f = figures("Strikes\nAnd from the Zaporizhzhia region, Governor Ivan Fedorov denounced the killing of three people "
                "in a drone attack.")
    assert f[3].claimant == "Zaporizhzhia governor (Fedorov)"


def test_a_strike_a_speaker_condemns_in_a_clause_of_its_own_keeps_no_toll_of_theirs():
    assert figures("Rome\nThe Pope decried the strike on the city, which left 18 dead.")[18].claimant is None


def test_the_center_is_the_research_centre_named_before():
    f = figures("Study\nThe Center for Strategic and International Studies published a study on Tuesday. The center "
                "reported that Russian casualties are estimated at around 1.2 million.")
    assert f[1200000].claimant == "CSIS"


def test_a_city_center_is_no_one():
    f = figures("Strikes\nRussian forces shelled the city center, and the center said 12 people were injured.")
    assert f[12].claimant is None


def test_a_public_prosecutors_office_is_named_in_the_articles_words():
    f = figures("Kyiv\nStrikes hit Kyiv overnight. The public prosecutor's office announced that 23 people were killed.")
    assert f[23].claimant == "public prosecutor's office"


def test_a_source_in_an_absolute_clause_counts_what_follows_it():
    f = figures("Night\nAt least 120 people have been killed, according to media reports, with the UN reporting at least "
                "25 civilian deaths.\n\nStrikes continued overnight, with Ukraine's air force saying it shot down 40 "
                "of 52 drones.")
    assert (f[120].claimant, f[25].claimant, f[40].claimant) == (None, "United Nations", "Ukrainian Air Force")


def test_residents_in_an_absolute_clause_are_no_source():
    assert figures("Night\nThe city was hit again, with residents saying 5 people died.")[5].claimant is None


def test_one_places_count_in_an_article_of_one_source_is_that_sources():
    f = figures("Ukraine Loses Over 2,860 Soldiers\nUkraine has lost more than 2,860 soldiers over the past week, the "
                "Russian Defense Ministry said on Friday.\n\nRussian forces repulsed many counterattacks.\n\n"
                "Ukraine has also lost more than 1,970 soldiers in the Donetsk direction.")
    assert f[1970].claimant == "Russian Ministry of Defence"
    f = figures("Bakhmut\nRussia has lost 290,000 soldiers and 5,000 tanks since the invasion began, Ukraine's General "
                "Staff said.\n\nThe fighting went on all week.\n\nRussia lost 12 tanks near Bakhmut.")
    assert f[12].claimant == "General Staff of Ukraine"


def test_one_places_count_in_an_article_of_two_sources_names_no_one():
    f = figures("Bakhmut\nRussia has lost 290,000 soldiers and 5,000 tanks since the invasion began, Ukraine's General "
                "Staff said.\n\nThe ISW said Russia lost 40,000 soldiers in the battle.\n\nThe fighting went on all week.\n\n"
                "Russia lost 12 tanks near Bakhmut.")
    assert f[12].claimant is None


def test_a_mayor_described_is_no_other_office_quoted_before():
    f = figures("Bucha\nProsecutor General Iryna Venediktova said 410 bodies had been found in Bucha. The town’s mayor "
                "said 300 residents were killed by Russian troops.")
    assert f[410].claimant == "Prosecutor General's Office of Ukraine (Venediktova)"
    assert f[300].claimant is None


def test_the_governor_described_is_the_governor_quoted_before():
    f = figures("Kharkiv\nGovernor Oleh Syniehubov said two people were injured in Kharkiv. The governor said "
                "three more people were killed in Izium.")
    assert f[2].claimant == "Kharkiv governor (Syniehubov)" and f[3].claimant.startswith("Kharkiv governor")


def test_the_governor_of_a_region_named_by_no_name_keeps_no_place_of_its_own():
    # (the name a claimant is shown under: "This was announced by the governor of the border region")
    assert clean_name("the governor of the border region") == "governor of the border region"
    assert clean_name("the governor of the Kursk region") == "Kursk governor"
