"""Who speaks, in forms the rules did not read: a plural's possessive ("the Armed Forces' latest
estimates"), a body of "the country" the table knows ("the country's state emergency service"),
a state's own page (a permanent mission, an embassy, a foreign service) and the civilians that
Moscow's officials count, which are Russia's side."""

from __future__ import annotations

from index.extraction.extract import analyse
from index.model import Article
from tests.extraction_helpers import figures


def _page(text: str, outlet: str | None):
    art = analyse(Article(file="a.txt", title=text.split("\n", 1)[0], text=text, published="2025-03-10", outlet=outlet))
    return {f.value: f for f in art.figures}


def test_a_plurals_possessive_names_whose_estimate_it_is():
    f = figures("Losses\nThe Ukrainian Armed Forces' latest estimates from this morning put the total number of "
                "Russians killed at 92,200.\n\n"
                "The Lithuanian Armed Forces’ assessment puts Russian losses at 300,000 killed and wounded.\n\n"
                "According to the Ukrainians’ data, 4,300 Russian soldiers died in the battle.")
    assert f[92200].claimant == "General Staff of Ukraine"
    assert f[300000].claimant == "Lithuanian Armed Forces"
    assert f[4300].claimant == "Ukrainians"


def test_a_plurals_possessive_of_no_work_names_no_one():
    f = figures("Retreat\nIn the Russians’ retreat, 40 tanks were abandoned near the river.")
    assert f[40].claimant is None


def test_the_countrys_body_that_the_table_knows_is_that_body():
    f = figures("Strike\nIn Ukraine, three people were wounded in the Kharkiv region overnight, the country’s state "
                "emergency service said.\n\n"
                "Four people were killed in Odesa, the nation's prosecutor general's office said.")
    assert f[3].claimant == "State Emergency Service of Ukraine"
    assert f[4].claimant == "Prosecutor General's Office of Ukraine"


def test_the_countrys_body_the_table_does_not_know_stays_unnamed():
    assert figures("Station\nThe country's railway said 35 people were killed at the station.")[35].claimant is None


def test_a_states_mission_or_embassy_speaks_the_figures_of_its_page():
    text = ("Statement by the Permanent Representative\nMister President, Russian strikes killed 12 civilians in "
            "Kharkiv yesterday.\n\nSince February, 300 children have been killed.")
    f = _page(text, "Permanent Mission of Ukraine to the United Nations")
    assert (f[12].claimant, f[300].claimant) == ("Permanent Mission of Ukraine to the United Nations",) * 2
    assert _page(text, "Embassy of Poland in Kyiv (press release)")[12].claimant == "Embassy of Poland in Kyiv"
    assert _page(text, "European External Action Service (EU Delegation to the OSCE)")[12].claimant == \
        "European External Action Service"


def test_a_news_outlets_page_is_no_statement_of_its_own():
    f = _page("Strikes\nRussian strikes killed 12 civilians in Kharkiv yesterday.", "Kyiv Post")
    assert f[12].claimant is None


def test_civilians_that_moscows_officials_count_are_russias():
    f = figures("Envoy\nRussia's UN envoy Vassily Nebenzia spoke on Monday.\n\n"
                "“Yesterday’s attacks killed 6 and injured 55 people,” Nebenzia said.\n\n"
                "Russian Foreign Ministry spokeswoman Maria Zakharova said 14 people were killed in the shelling "
                "of a market.")
    assert (f[6].side, f[55].side, f[14].side) == ("russia", "russia", "russia")


def test_civilians_a_russian_official_places_in_ukraine_or_a_ukrainian_speaker_counts_stay_ukraines():
    f = figures("Envoy\nRussia's UN envoy Vassily Nebenzia spoke on Monday.\n\n"
                "Nebenzia said 40 civilians were killed in Kharkiv.\n\n"
                "Russian strikes hit the city overnight and Zelensky said 9 people were killed.")
    assert (f[40].side, f[9].side) == ("ukraine", "ukraine")


def test_a_lead_citing_a_known_bodys_data_makes_the_count_that_bodys():
    f = figures("Council\nDiCarlo notes that Russian attacks follow a pattern. Citing data from the Office of the High "
                "Commissioner for Human Rights (OHCHR), she reports that at least 14,999 civilians have been killed.\n\n"
                "Quoting the latest figures of the General Staff, Zelensky said Russia had lost 300,000 soldiers.")
    assert (f[14999].claimant, f[300000].claimant) == ("UN OHCHR (HRMMU)", "General Staff of Ukraine")


def test_a_lead_citing_a_body_the_table_does_not_know_leaves_the_speaker_his_statement():
    f = figures("Kharkiv\nCiting figures from the regional administration, Governor Syniehubov said 12 people were injured.")
    assert f[12].claimant == "Kharkiv governor (Syniehubov)"
