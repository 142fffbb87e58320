"""Speakers whose names the subject scan used to lose: a place's own body in lower case
("Mariupol city hall wrote"), a body named with "on" ("Action on Armed Violence reported"), a
name after several clauses of the figure ("21 deaths, including three children, and damage to
..., Vyacheslav Gladkov, governor of the region, said"), an adverb "last" or "first" before the
verb, and the armed forces, who are not the General Staff but whose running count is its count."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_a_places_own_body_in_lower_case_is_the_speaker():
    f = figures("Strikes\nMariupol city hall wrote on Telegram that about 300 people died in the theatre.\n\n"
                "The Sumy regional military administration said 14 people were injured overnight.\n\n"
                "Kharkiv regional police reported that 3 residents were killed.")
    assert (f[300].claimant, f[14].claimant, f[3].claimant) == (
        "Mariupol city hall", "Sumy regional military administration", "Kharkiv regional police")


def test_a_place_before_a_body_that_opens_a_clause_is_no_name():
    f = figures("Strikes\nIn Kherson the city council said 4 people were killed.")
    assert f[4].claimant != "In Kherson the city council"


def test_a_body_named_with_on_is_the_speaker():
    f = figures("Toll\nThe London-based charity Action on Armed Violence (AOAV) reported that 7,001 people had been "
                "killed.\n\nThe Council on Foreign Relations estimated that 200,000 soldiers had been wounded.")
    assert (f[7001].claimant, f[200000].claimant) == ("Action on Armed Violence", "Council on Foreign Relations")


def test_attacks_on_a_place_are_no_body_named_with_on():
    f = figures("Strikes\nRussian attacks on Odesa Oblast killed 5 people overnight.")
    assert f[5].claimant is None


def test_the_name_after_several_clauses_of_the_figure_is_the_speaker():
    f = figures("Belgorod\nMoscow, Dec 31 (UNI) The shelling of the city has caused 21 deaths, including three "
                "children, and damage in 30 apartment buildings, Vyacheslav Gladkov, governor of the Belgorod "
                "region, said Sunday.\n\n"
                "The strike left 9 dead, among them two teenagers, and wrecked a school, a clinic and a bakery, "
                "Petro Lysenko, head of the Poltava regional administration, told reporters.")
    assert f[21].claimant == "Belgorod governor (Gladkov)"
    assert f[9].claimant == "Petro Lysenko"


def test_last_and_first_before_the_verb_are_adverbs():
    f = figures("Deaths\nThe Russian defense ministry last acknowledged military deaths in September 2022, claiming "
                "5,937 soldiers had been killed.\n\nThe UK Ministry of Defence first estimated that 15,000 Russian "
                "soldiers had died.")
    assert (f[5937].claimant, f[15000].claimant) == ("Russian Ministry of Defence", "UK Ministry of Defence")


def test_last_week_is_still_a_time_not_a_speaker():
    f = figures("Deaths\nLast week Ukraine's General Staff said 1,100 Russian soldiers had been killed in a day.")
    assert f[1100].claimant == "General Staff of Ukraine"


def test_the_administration_and_the_politician_refer_back():
    f = figures("Strikes\nThe Nova Kakhovka city administration reported shelling on Monday. \u201cOne person was killed "
                "and two were injured,\u201d the administration said in a statement.\n\n"
                "Belgorod Governor Vyacheslav Gladkov said the region was attacked. \u201cThree missiles were shot down,\u201d the "
                "politician said on his Telegram channel.")
    assert (f[1].claimant, f[2].claimant) == ("Nova Kakhovka city administration",) * 2
    assert f[3].claimant == "Belgorod governor (Gladkov)"


def test_an_administration_named_before_by_no_one_is_no_one():
    assert figures("Strikes\nThe council said 4 people were killed in the strike.")[4].claimant is None


def test_quoted_figures_then_a_verb_of_repeating_or_remarking_are_the_speakers():
    f = figures("Losses\n\"In months, this is 20,000 Russians dead,\" Rutte reiterated.\n\n"
                "\u201cIn just three days, the enemy lost six aircraft,\u201d remarked Oleksandr Pavliuk on Telegram.")
    assert (f[20000].claimant, f[6].claimant) == ("NATO officials (Rutte)", "Ukrainian Ground Forces (Pavliuk)")


def test_bodies_known_by_what_they_are():
    f = figures("Station\nThe state railway company said a rocket struck the station, killing at least 35 people.\n\n"
                "The external affairs ministry confirmed the deaths of four Indians serving in Russia\u2019s military.")
    assert (f[35].claimant, f[4].claimant) == ("Ukrainian Railways", "Indian Ministry of External Affairs")


def test_the_armed_forces_name_what_they_say_of_one_night_or_one_battle():
    f = figures("Night\nThe Ukrainian military reported that seven drones had been shot down over the Odesa region "
                "overnight.\n\nUkraine's army said its troops destroyed 12 tanks in the battle for the bridge.")
    assert (f[7].claimant, f[12].claimant) == ("Ukrainian Armed Forces", "Ukrainian Armed Forces")


def test_the_armed_forces_running_count_is_the_general_staffs():
    f = figures("Losses\nUkraine's armed forces said Russia has lost 765,110 troops since the start of the invasion.")
    assert f[765110].claimant == "General Staff of Ukraine"


def test_the_report_is_its_authors_not_the_last_to_report_something():
    f = figures("Study\nA new RAND study finds Russia has lost more than 300,000 troops. On Wednesday, Ukrainian "
                "officials reported two civilians killed in Kharkiv. According to the study, Russia has absorbed an "
                "estimated 1.2 million casualties.\n\n"
                "Report\nThe assessment, published Tuesday by the Royal United Services Institute, came as Kyiv "
                "officials reported strikes. The report estimated that 900,000 Russian soldiers were killed or "
                "wounded.")
    assert (f[1200000].claimant, f[900000].claimant) == ("RAND", "RUSI")


def test_the_report_with_no_author_named_is_still_the_last_source():
    f = figures("Losses\nUkraine's General Staff reported on Monday. According to the report, 1,100 Russian troops "
                "were killed in a day.")
    assert f[1100].claimant == "General Staff of Ukraine"
