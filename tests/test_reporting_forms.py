"""Forms of reporting the figures must read (who says it, what is counted, over what time), each
in sentences written for the pattern with other names, verbs and word order, and with one that
must not match it. None is copied from an article."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


# -- the speaker after the verb, when the words before its comma are no subject ---------------
@pytest.mark.parametrize("sentence, claimant", [
    ("At least 2,300 Russian soldiers died near the river, said the Ukrainian General Staff in a statement.",
     "General Staff of Ukraine"),
    ("Some 4,100 Ukrainian troops were lost in the offensive on Avdiivka, stated the Russian Defence Ministry.",
     "Russian Ministry of Defence"),
    ("Around 950 Russian servicemen were killed in fighting for the town, reported the UK Ministry of Defence on Friday.",
     "UK Ministry of Defence"),
])
def test_said_the_body_after_a_comma_names_it(sentence, claimant):
    assert [f.claimant for f in figures(f"Title\n{sentence}").values()] == [claimant]


def test_a_comma_then_said_and_no_name_after_is_no_one():
    f = figures("Title\nAround 950 Russian servicemen were killed in fighting for the town, said in the evening.")
    assert f[950].claimant is None


# -- verbs of saying used for something else ------------------------------------------------
@pytest.mark.parametrize("sentence, value, claimant", [
    ("At least 1,842 civilians have been killed since Russia declared war on Ukraine, according to UN estimates.",
     1842, "United Nations"),
    ("The fighting claims lives of at least 600 civilians, 1,300 reported as injured.", 600, None),
    ("Despite claims of progress, Russia lost 1,100 soldiers in a day, the General Staff said.",
     1100, "General Staff of Ukraine"),
])
def test_declared_war_claims_lives_and_claims_of_name_no_one(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_put_the_number_of_still_names_who_puts_it():
    f = figures("Title\nLast spring, President Volodymyr Zelensky put the number of battlefield deaths at 31,000.")
    assert f[31000].claimant == "Volodymyr Zelensky"


def test_released_by_names_the_source_without_a_verb_before_it():
    f = figures("Title\nUkraine lost 1,480 troops over the past day, according to the latest figures on the "
                "operation released by Russia's Defence Ministry on Tuesday.")
    assert f[1480].claimant == "Russian Ministry of Defence"
    g = figures("Title\nData published by the UN show 9,000 civilians killed since the invasion.")
    assert g[9000].claimant == "United Nations"


def test_a_title_in_capitals_ending_says_x():
    f = figures("Heavy Toll: 300,000 Ukrainian Troops Lost In Two Years, Says Russia\nBody.")
    assert f[300000].claimant == "Russian Ministry of Defence"


# -- a body described and named in an appositive ---------------------------------------------
@pytest.mark.parametrize("sentence, claimant", [
    ("An assessment by the Washington-based think tank, the Center for Strategic and International Studies "
     "(CSIS), says Russia has suffered 950,000 casualties.", "CSIS"),
    ("A report by the London-based institute, the Royal United Services Institute, says Russia has suffered "
     "950,000 casualties.", "RUSI"),
])
def test_a_description_with_its_name_beside_it_is_that_name(sentence, claimant):
    assert figures(f"Title\n{sentence}")[950000].claimant == claimant


def test_a_place_of_a_body_is_no_claimant():
    f = figures("Title\nA study by the Berlin-based researchers says Russia has suffered 950,000 casualties.")
    assert f[950000].claimant is None


# -- a body the sentence's speaker talks for -------------------------------------------------
def test_the_agency_of_the_one_speaking():
    f = figures("Title\nCIA Director William Burns said in July that the agency estimated 15,000 Russians had died.")
    assert f[15000].claimant == "CIA"
    assert f[15000].claimant_from.startswith("said by")


def test_the_agency_with_no_speaker_stays_no_one():
    f = figures("Title\nThe agency estimated that 15,000 Russians had died.")
    assert f[15000].claimant is None


# -- the claim a fact-check answers is not given the article's sources -----------------------
@pytest.mark.parametrize("label", ["Fake:", "FALSE:", "Claim:", "Misleading -"])
def test_a_checked_claim_takes_no_claimant_from_the_article(label):
    f = figures(f"Title\n{label} Ukraine lost 250,000 soldiers killed in the war.\n\n"
                "The General Staff of Ukraine says Russia has lost 400,000 troops in the war.")
    assert f[250000].claimant is None
    assert f[400000].claimant == "General Staff of Ukraine"


# -- equipment of every kind, counted as one -------------------------------------------------
@pytest.mark.parametrize("sentence, value", [
    ("Russia says Ukraine lost more than 3,000 pieces of military hardware during the counteroffensive.", 3000),
    ("Kyiv's forces lost over 7,600 heavy weapons since June, the minister said.", 7600),
    ("Our forces destroyed 400 units of enemy equipment and weapons this week.", 400),
    ("About 18 items of Russian armament were wrecked in the assault.", 18),
])
def test_equipment_of_all_kinds_is_other(sentence, value):
    f = figures(f"Title\n{sentence}")
    assert f[value].metric == "other"


def test_equipment_sent_is_no_loss():
    assert figures("Title\nThe US will send 3,000 pieces of military hardware to Kyiv.") == {}


@pytest.mark.parametrize("sentence, value, metric", [
    ("Russia has lost 1,290 armed personnel carriers, Ukraine said.", 1290, "armored_vehicles"),
    ("Battlegroup East eliminated up to 200 Ukrainian servicepeople, the ministry said.", 200, "personnel_casualties"),
    ("The shelling destroyed four cars in Nikopol.", 4, "vehicles"),
])
def test_more_words_for_what_is_counted(sentence, value, metric):
    assert figures(f"Title\n{sentence}")[value].metric == metric


# -- the same count in the report before, in brackets ----------------------------------------
def test_a_bracketed_earlier_count_is_the_same_metric():
    f = figures("Title\nThe UN human rights office says 4,120 (4,010) civilians were killed and 5,400 (5,230) "
                "injured in the region.")
    assert f[4010].metric == "civilians_killed" and f[5230].metric == "civilians_wounded"
    g = figures("Title\nCivilian deaths amounted to 2,950 civilians (2,870 in the report a day earlier), "
                "the UN monitoring mission said.")
    assert g[2870].metric == g[2950].metric


def test_a_bracketed_number_of_its_own_is_not_the_earlier_count():
    f = figures("Title\nRussia has lost 300 tanks (12 battalions) since May, Kyiv says.")
    assert 12 not in f


# -- a monitor of civilian harm: its bare dead are civilians ---------------------------------
def test_bare_dead_in_a_civilian_monitor_report_are_civilians():
    f = figures("Title\nThe UN monitoring mission said there were 410 dead and 960 injured in the region.")
    assert (f[410].metric, f[410].side) == ("civilians_killed", "ukraine")
    assert f[960].metric == "civilians_wounded"


def test_bare_dead_in_an_army_report_stay_soldiers():
    f = figures("Title\nThe General Staff of Ukraine said there were 410 dead and 960 wounded in the assault.")
    assert not f[410].metric.startswith("civilians")


# -- people fleeing, counted without a noun --------------------------------------------------
@pytest.mark.parametrize("sentence, value", [
    ("The UN refugee agency reported 3.6 million fleeing the country.", 3600000),
    ("Some 2 million have fled Ukraine since the invasion, the UN said.", 2000000),
    ("The IOM counts 6.5 million internally displaced in Ukraine.", 6500000),
    ("Nearly 45,000 more Ukrainian refugees crossed into Poland in 24 hours.", 45000),
])
def test_people_fleeing(sentence, value):
    assert figures(f"Title\n{sentence}")[value].metric == "civilians_displaced"


def test_fleeing_another_disaster_is_not_this_war():
    assert figures("Title\nIn 1999, 300,000 fled the floods.") == {}


# -- kind: one strike, and a list under one period -------------------------------------------
@pytest.mark.parametrize("sentence, value", [
    ("Russian airstrikes on Sunday killed two people and wounded three others in Kherson.", 2),
    ("A missile hit a market in Kostiantynivka, killing 16 people.", 16),
    ("Officials say shelling has struck the city centre, killing 4 civilians.", 4),
])
def test_one_strike_is_other(sentence, value):
    assert figures(f"Title\n{sentence}")[value].kind == "other"


def test_a_running_total_of_the_dead_is_not_one_strike():
    f = figures("Title\nSince the invasion, at least 12,000 civilians have been killed, the UN says.")
    assert f[12000].kind == "cumulative"


def test_a_list_under_one_period_shares_it():
    f = figures("Title\nOver the past month, 160 missiles, over a thousand drones and 13 aircraft were shot down, "
                "the ministry said.")
    assert {f[v].kind for v in (160, 1000, 13)} == {"period"}


def test_a_total_after_a_period_is_still_a_total():
    f = figures("Title\nIn 2024, Russia lost 400,000 troops, bringing its total to 700,000.")
    assert (f[400000].kind, f[700000].kind) == ("period", "cumulative")


# -- what became of the parts of an equipment count ------------------------------------------
def test_the_fates_of_an_equipment_count_are_parts_of_it():
    f = figures("Title\nAccording to the Oryx blog, Russia has lost 2,140 tanks: 1,300 were destroyed, "
                "600 were captured by Ukrainian units, 140 were damaged and 100 were abandoned.")
    assert {f[v].metric for v in (1300, 600, 140, 100)} == {"tanks"}
    assert f[600].claimant == "Oryx"
    g = figures("Title\nUkraine has lost more than 900 armoured vehicles, 510 of which were destroyed in combat.")
    assert g[510].metric == "armored_vehicles"


def test_equipment_that_was_delivered_is_no_part_of_the_losses():
    f = figures("Title\nRussia lost 300 tanks in May; 500 were delivered to the front.")
    assert 500 not in f


# -- ranges with "total", and a noun before "estimated between" ------------------------------
def test_a_range_of_total_casualties_and_fatalities_estimated_between():
    f = figures("Title\nUkrainian forces sustained between 400,000 and 450,000 total casualties, with fatalities "
                "estimated between 70,000 and 90,000, the think tank CSIS said.")
    assert (f[400000].metric, f[400000].upper) == ("personnel_casualties", 450000)
    assert (f[70000].metric, f[70000].upper) == ("personnel_killed", 90000)


# -- who says it, past an opening phrase and an aside, or after the kind of outlet it is -----
@pytest.mark.parametrize("sentence, claimant", [
    ("On the other hand, the UN High Commissioner for Human Rights, on Monday, pointed out that at least "
     "355 civilians died.", "UN OHCHR (HRMMU)"),
    ("In the meantime, the General Staff of Ukraine, in its morning update, said 1,150 Russian troops were lost.",
     "General Staff of Ukraine"),
])
def test_an_opening_phrase_then_the_subject_then_an_aside(sentence, claimant):
    assert [f.claimant for f in figures(f"Title\n{sentence}").values()] == [claimant]


@pytest.mark.parametrize("sentence, claimant", [
    # (its running count of Russia's losses would be the General Staff's: the table says it relays it)
    ("Counts differ, but Ukrainian news website The Kyiv Independent believes 1,600 civilians were killed there.",
     "Kyiv Independent"),
    ("The independent outlet Mediazona estimates that 16,000 Russian soldiers have died.", "Mediazona"),
])
def test_the_kind_of_outlet_before_its_name(sentence, claimant):
    assert [f.claimant for f in figures(f"Title\n{sentence}").values()] == [claimant]


def test_what_is_counted_in_a_title_is_no_claimant():
    f = figures("Heavy Toll: 300,000 Ukrainian Troops Reported Killed In Two Years\nBody.")
    assert f[300000].claimant is None


# -- kind: a day's report goes on; a running total does not take the day ---------------------
@pytest.mark.parametrize("lead, rest", [
    ("Over the past 24 hours, Ukraine lost 1,480 troops, the Russian Defence Ministry said.",
     "The enemy also lost 14 armoured vehicles and 12 field guns, the ministry added."),
    ("Russia lost 1,150 soldiers in the past day, the General Staff of Ukraine reported.",
     "It also listed 9 tanks and 31 artillery systems destroyed."),
])
def test_the_next_sentences_of_a_days_report_are_daily(lead, rest):
    f = figures(f"Title\n{lead} {rest}")
    assert {g.kind for g in f.values()} == {"daily"}


def test_a_running_total_after_a_days_report_stays_cumulative():
    f = figures("Title\nRussia lost 1,150 soldiers in the past day, the General Staff of Ukraine reported. "
                "It listed 9,615 tanks, 19,885 armoured vehicles and 369 aircraft lost.")
    assert {f[v].kind for v in (9615, 19885, 369)} == {"cumulative"}


@pytest.mark.parametrize("sentence, value, kind", [
    ("Russian MoD: about 1,620 Ukrainian soldiers killed within 24 hours", 1620, "daily"),
    ("The army recorded 720 Russian losses over the course of a single day, the General Staff said.", 720, "daily"),
    ("Ukrainian forces lost 593,410 troops over the course of 2024, the Russian Defence Ministry said.", 593410, "period"),
    ("Throughout 2024, Ukraine's forces destroyed 3,689 Russian tanks, the ministry said.", 3689, "period"),
    ("Kyiv lost around 4,000 soldiers weekly in early 2024, the ministry said.", 4000, "rate"),
])
def test_more_words_of_time(sentence, value, kind):
    assert figures(f"Title\n{sentence}")[value].kind == kind


def test_the_same_period_is_the_period_said_before():
    f = figures("Title\nOver the past day, Ukraine lost 1,480 troops, the Russian Defence Ministry said. "
                "Battlegroup East eliminated 240 Ukrainian soldiers during the same period, the ministry said.")
    assert f[240].kind == "daily"
    g = figures("Title\nIn May, Russia lost 31,000 troops, Ukraine's General Staff said. "
                "It also lost 400 tanks in the same period, the General Staff said.")
    assert g[400].kind == "period"


# -- forces: people who join an army, foreigners fighting for a side ------------------------
@pytest.mark.parametrize("sentence, value, side", [
    ("Putin said on Tuesday 270,000 people had volunteered to join the army in the past half-year.", 270000, "russia"),
    ("About 3,200 foreigners are fighting on the Ukrainian side, the Russian Defence Ministry said.", 3200, "ukraine"),
    ("Some 12,000 North Korean soldiers are fighting for Russia in Kursk, Kyiv says.", 12000, "russia"),
    ("Despite sending over 150,000 troops into Ukraine, Russia has made little progress.", 150000, "russia"),
])
def test_forces_that_join_or_fight_for_a_side(sentence, value, side):
    f = figures(f"Title\n{sentence}")
    assert (f[value].metric, f[value].side) == ("troops_deployed", side)


def test_a_third_countrys_troops_stay_out():
    assert figures("Title\nThe US has moved 3,000 troops to Poland, the Pentagon said.") == {}


@pytest.mark.parametrize("sentence, value, metric", [
    ("At least 15,000 people have gone missing in Ukraine since the war began, an official said.", 15000,
     "personnel_missing"),
    ("Ukraine's forces suffered a loss of over 26,000 servicemen in the counteroffensive, Shoigu said.", 26000,
     "personnel_casualties"),
    ("Refugee count tops 1 million as Russians besiege Ukraine's ports", 1000000, "civilians_displaced"),
])
def test_more_ways_to_say_what_happened(sentence, value, metric):
    assert figures(f"Title\n{sentence}")[value].metric == metric


def test_a_weekday_before_a_day_of_the_month_is_still_a_date():
    assert figures("Title\nOn Tuesday 24 soldiers were killed, the ministry said.") == {}


# -- officials under any spelling of their names ---------------------------------------------
@pytest.mark.parametrize("spelling", ["Pavlo Kyrylenko", "Pavlo Kirilenko", "Pavel Kirilenko"])
def test_a_governor_under_any_spelling_is_one_claimant(spelling):
    f = figures(f"Title\nRussian shelling killed 4 civilians in the region, governor {spelling} said.")
    assert f[4].claimant == "Donetsk governor (Kyrylenko)"


def test_an_unknown_official_keeps_the_name_written():
    f = figures("Title\nRussian shelling killed 4 civilians in the region, governor Ivan Petrenko said.")
    assert f[4].claimant == "Ivan Petrenko"


# -- words before a speaker that are not the speaker -----------------------------------------
@pytest.mark.parametrize("sentence, value, claimant", [
    ("On Twitter, the UN High Commissioner for Refugees, Filippo Grandi, wrote that 1,000,000 refugees had fled.",
     1000000, "UNHCR (Grandi)"),
    ('"We believe 10,000 soldiers have been sent to fight for Russia," Pentagon spokesman John Kirby said.',
     10000, "US Department of Defense (Kirby)"),
    ("According to the TASS news agency, in the words of Shoigu, the Russian army destroyed 21 Ukrainian aircraft.",
     21, "Russian Ministry of Defence (Shoigu)"),
])
def test_the_speaker_past_a_place_a_we_or_a_relay(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


@pytest.mark.parametrize("sentence, value", [
    ("Five Nigerians killed in the war, New Report Reveals", 5),
    ("Journalists have identified 27,906 Russian soldiers killed last year.", 27906),
])
def test_a_word_of_a_title_or_a_trade_is_no_claimant(sentence, value):
    found = figures(f"Title\n{sentence}")
    assert value not in found or found[value].claimant is None


# -- whose civilians: those a Ukrainian attack hits are Russia's ------------------------------
@pytest.mark.parametrize("sentence, value, side", [
    ("At least three people were injured in Ukrainian shelling of Shebekino, Governor Vyacheslav Gladkov said.",
     3, "russia"),
    ("Moscow said drone attacks launched by Ukrainian forces killed 5 civilians in Bryansk.", 5, "russia"),
    ("Two civilians were killed in a village in Russia's Kursk region, the governor said.", 2, "russia"),
    ("Russian shelling killed 5 civilians in Kharkiv, the governor said.", 5, "ukraine"),
    ("Three civilians were killed in Kharkiv, the governor said.", 3, "ukraine"),
])
def test_whose_civilians(sentence, value, side):
    assert figures(f"Title\n{sentence}")[value].side == side


# -- the side of a list after the one who destroyed it ---------------------------------------
def test_a_killers_side_word_heads_its_whole_list():
    f = figures("Title\nRussian forces destroyed 21 aircraft, 5 helicopters and 1,244 tanks, 17 Leopard tanks "
                "made by Germany, and 12 US-built Bradley fighting vehicles, Shoigu said.")
    assert {f[v].side for v in (21, 5, 1244, 17, 12)} == {"ukraine"}


def test_a_second_subject_in_the_sentence_is_its_own_side():
    f = figures("Title\nUkraine lost 300 tanks, and Russian forces have lost 200 tanks, the report said.")
    assert (f[300].side, f[200].side) == ("ukraine", "russia")


# -- someone unnamed, named first thing in the next sentence ---------------------------------
def test_an_official_named_in_the_next_sentence():
    f = figures("Title\nUp to 13,000 Ukrainian soldiers have been killed since the invasion, a senior official has "
                "said. Mykhailo Podolyak, an adviser to the president, told a TV channel the figure was official.")
    assert f[13000].claimant == "Ukrainian Presidential Office (Podolyak)"
    assert f[13000].claimant_from == "named in the next sentence"


def test_the_next_sentence_on_another_matter_names_no_one():
    f = figures("Title\nAt least 15,000 people have gone missing since the war began, a Ukrainian official said. "
                "Meanwhile, the Russian Defence Ministry said it had captured 200 soldiers.")
    assert f[15000].claimant is None


def test_a_name_deep_in_the_next_sentence_is_not_the_one_unnamed():
    f = figures("Title\nUp to 13,000 soldiers have been killed, an adviser said. Reporters asked about it on Friday "
                "during a long press conference in the capital, where Mykhailo Podolyak spoke too.")
    assert f[13000].claimant is None


# -- the General Staff's own formula over its list -------------------------------------------
@pytest.mark.parametrize("intro", [
    "The total combat losses of the enemy from 24.02 to 01.06 were approximately:",
    "According to the latest update, the total combat losses of the enemy from February 24, 2022 are as follows:",
])
def test_the_general_staffs_formula_names_its_list(intro):
    f = figures(f"Title\n{intro}\n\npersonnel ‒ about 30700 (+200) persons were liquidated,\n\ntanks ‒ 1361 (+3),\n")
    assert {f[v].claimant for v in (30700, 200, 1361, 3)} == {"General Staff of Ukraine"}


def test_a_list_without_the_formula_or_a_name_stays_unattributed():
    f = figures("Title\nLosses so far:\n\ntanks ‒ 1361 (+3),\n\nartillery systems ‒ 659 (+10),\n")
    assert f[1361].claimant is None


def test_a_named_source_over_the_formula_wins():
    f = figures("Title\nThe total combat losses of the enemy were approximately 30,000 soldiers, the UK Ministry "
                "of Defence said.")
    assert f[30000].claimant == "UK Ministry of Defence"


# -- "people" who are soldiers --------------------------------------------------------------
@pytest.mark.parametrize("sentence, value", [
    ("More than 70,000 people fighting in Russia's military have now died, according to data analysed by the BBC.",
     70000),
    ("Obituaries suggest that at least 21,000 people serving in the Russian forces have been killed.", 21000),
])
def test_people_who_are_soldiers(sentence, value):
    assert figures(f"Title\n{sentence}")[value].metric == "personnel_killed"


def test_people_killed_in_a_strike_are_civilians():
    f = figures("Title\nFive people were killed in a Russian missile strike on Kharkiv, the governor said.")
    assert f[5].metric == "civilians_killed"


# -- more ways to cite a count's source -----------------------------------------------------
@pytest.mark.parametrize("sentence, value, claimant", [
    ("At least 45,123 Russian troops have been killed, according to research by Mediazona and the BBC's "
     "Russian Service.", 45123, "Mediazona"),
    ("These are two of the 25,000 dead fighters who have been identified by Mediazona and volunteers.",
     25000, "Mediazona"),
    ("An analysis by the Institute for the Study of War puts Russian losses at 1,000 soldiers a day.", 1000,
     "Institute for the Study of War (ISW)"),
])
def test_research_and_identified_by(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_a_country_acknowledging_deaths_counts_its_own():
    f = figures("Title\nRussia has publicly acknowledged the deaths of just over 6,000 soldiers.")
    assert f[6000].side == "russia"
    g = figures("Title\nRussia has claimed the deaths of 6,000 Ukrainian soldiers.")
    assert g[6000].side == "ukraine"


# -- a count read through an editor's brackets, weapons of every kind, parts of a toll --------
def test_an_editors_brackets_do_not_hide_the_noun():
    f = figures("Title\nRussia's defence minister said: \"Once again, 312 [artillery] weapons [have been destroyed], "
                "including 40 US-made howitzers.\"")
    assert (f[312].metric, f[40].metric) == ("artillery", "artillery")


@pytest.mark.parametrize("sentence, value", [
    ("Enemy losses have exceeded 50 thousand people and 5.2 thousand weapons, the minister said.", 5200),
    ("Ukraine's losses since June have reached 2,000 items of various pieces of armament, Moscow said.", 2000),
])
def test_weapons_of_every_kind_lost(sentence, value):
    assert figures(f"Title\n{sentence}")[value].metric == "other"


def test_weapons_systems_received_are_no_loss():
    assert figures("Title\nUkraine received 300 weapons systems from its allies this year.") == {}


def test_enemy_losses_in_people_are_soldiers():
    f = figures("Title\nEnemy losses have exceeded 50 thousand people since the offensive began, the minister said.")
    assert f[50000].metric == "personnel_casualties"


def test_more_intercepted_after_destroyed_is_the_same_kind():
    f = figures("Title\nAir defences destroyed 22 Ukrainian drones and intercepted 13 more over Crimea, the "
                "ministry said. Later it added that 4 drones were destroyed and 2 were intercepted.")
    assert {f[v].metric for v in (22, 13, 4, 2)} == {"drones"}


def test_children_among_the_dead_are_part_of_the_toll():
    f = figures("Title\nThe UN counts 5,614 civilian deaths, including 362 children, and 7,946 people injured.")
    assert f[362].metric == "civilians_killed"


# -- a list that goes on from the sentence before, and a list after "losses ...:" ------------
def test_this_includes_goes_on_from_the_losses_before():
    f = figures("Title\nSince October, Russia has lost 900 units of equipment near Pokrovsk, an analyst counted. "
                "This includes 539 tanks, 1,020 infantry fighting vehicles and 22 multiple launch rocket systems.")
    assert {f[v].metric for v in (539, 1020, 22)} == {"tanks", "armored_vehicles", "mlrs"}


def test_this_includes_after_a_delivery_is_no_loss():
    assert 539 not in figures("Title\nThe Russian army received 900 new vehicles. This includes 539 tanks.")


def test_personnel_in_a_list_of_combat_losses():
    f = figures("Title\nThe total combat losses of the Russian forces between February 24 and April 17 comprise "
                "approximately: 20,300 military personnel, 773 tanks, 66 units of air defence equipment and 1,471 "
                "automotive equipment.")
    assert (f[20300].metric, f[20300].kind, f[20300].claimant) == (
        "personnel_casualties", "cumulative", "General Staff of Ukraine")
    assert (f[66].metric, f[1471].metric) == ("air_defense", "vehicles")


# -- more parts and words -------------------------------------------------------------------
@pytest.mark.parametrize("sentence, value, metric", [
    ("Of the estimated 950,000 Russian casualties so far, as many as 250,000 are dead, the study says.", 250000,
     "personnel_killed"),
    ("Air defences destroyed 56 drones and two missiles overnight, the air force said.", 2, "cruise_missiles"),
    ("Russia has lost 711 multiple missile systems, the General Staff said.", 711, "mlrs"),
    ("Russia suffered a heavy loss of 770 soldiers in one day, the General Staff said.", 770, "personnel_casualties"),
    ("Four died as they tried to flee the town under Russian shelling, the governor said.", 4, "civilians_killed"),
])
def test_more_forms_of_counts(sentence, value, metric):
    assert figures(f"Title\n{sentence}")[value].metric == metric


def test_missiles_fired_are_no_loss():
    assert figures("Title\nRussia fired 40 missiles at Kyiv overnight.") == {}


def test_a_part_sent_to_a_country_is_part_of_the_refugees():
    f = figures("Title\nOver 5.9 million refugees fled Ukraine since February 24th, including 3.2 million to "
                "Poland, UNHCR said.")
    assert (f[3200000].metric, f[5900000].kind) == ("civilians_displaced", "cumulative")


def test_a_count_opening_a_sentence_about_an_accident_is_not_the_wars():
    assert figures("Title\nFive were injured in the accident on the highway.") == {}


# -- a work named by its author later ---------------------------------------------------------
def test_a_new_study_whose_author_the_next_sentence_names():
    f = figures("Title\nNearly 1 million Russian soldiers have been killed or injured, according to a new study. "
                "Losses will keep rising, said the study, published Tuesday by the Center for Strategic and "
                "International Studies. Of the 950,000 casualties, as many as 250,000 are dead, according to the study.")
    assert {f[v].claimant for v in (1000000, 950000, 250000)} == {"CSIS"}
    assert f[1000000].claimant_from == "named in the next sentence"


def test_a_works_author_deep_in_the_next_sentence_is_not_an_unnamed_adviser():
    f = figures("Title\nUp to 13,000 soldiers have been killed, an adviser said. Officials in Kyiv gave no details on "
                "Friday, while a long survey of the front published by the Royal United Services Institute was cited.")
    assert f[13000].claimant is None


# -- what may happen, and missiles fired, are no losses ----------------------------------------
@pytest.mark.parametrize("sentence", [
    "Hundreds of thousands, if not a million more Ukrainians could be forced to leave the country this winter.",
    "At least 10 people were injured when one of the two missiles launched struck a residential building.",
])
def test_no_figure_of_what_may_happen_or_of_missiles_fired(sentence):
    found = figures(f"Title\n{sentence}")
    assert not any(f.metric in ("civilians_displaced", "cruise_missiles") for f in found.values())


# -- forms read on reporting nobody here had read (fourth round) ------------------------------
@pytest.mark.parametrize("sentence, value, claimant", [
    ("Russia is losing 138 troops per square mile gained, according to a Russian offensive campaign assessment "
     "by the Institute for the Study of War.", 138, "Institute for the Study of War (ISW)"),
    ("Russia lost 9,000 soldiers, according to a leaked Pentagon intelligence estimate by US officials.", 9000,
     "US officials"),
    ("Ukraine on Monday put Russian troop deaths at 11,000, saying Russian forces had lost 285 tanks.", 285,
     "General Staff of Ukraine"),
    ("The Kremlin expected a quick win, but it has found itself mired in a war that has left 325,000 of its troops "
     "dead, according to the Center for Strategic and International Studies.", 325000, "CSIS"),
])
def test_sources_behind_a_work_a_participle_or_a_reflexive(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_the_data_are_no_one():
    f = figures("Title\nThe Center for Strategic and International Studies published a report.\n\n"
                "The data show Russian forces have suffered 1.2 million casualties since February 2022.")
    assert f[1200000].claimant != "The"


@pytest.mark.parametrize("sentence, value, side", [
    ("On Friday, the Russian Defense Ministry said it had lost 1,351 soldiers in Ukraine and that 3,825 had been "
     "wounded.", 3825, "russia"),
    ("The Russian Defence Ministry said 487 of its servicemen had been killed and just under 1,600 wounded.", 1600,
     "russia"),
    ("Ukraine's General Staff said its forces had lost 40 soldiers and 12 were wounded.", 12, "ukraine"),
    # the enemy's losses stay the enemy's
    ("The Russian Defence Ministry said Ukraine had lost 1,200 soldiers and 300 were wounded.", 300, "ukraine"),
])
def test_a_body_counting_the_enemy_speaks_of_its_own_losses(sentence, value, side):
    assert figures(f"Title\n{sentence}")[value].side == side


@pytest.mark.parametrize("sentence, value, kind", [
    ("Mediazona said yesterday it had documented the deaths of around 70,000 Russian soldiers since the start "
     "of the invasion.", 70000, "cumulative"),
    ("Russia lost 1,230 troops, Kyiv said on Tuesday.", 1230, "cumulative"),
    ("Russia lost 1,230 troops on Tuesday, Kyiv said.", 1230, "daily"),
    ("Russia is losing 99 soldiers per square kilometre it captures, the think tank said.", 99, "rate"),
])
def test_when_it_was_said_and_what_per_area_is(sentence, value, kind):
    assert figures(f"Title\n{sentence}")[value].kind == kind


@pytest.mark.parametrize("sentence, value", [
    ("Since the beginning of hostilities in Kursk direction, the AFU losses amounted to more than 59,250 troops "
     "and 357 tanks.", 357),
    ("Over the past 24 hours, the UAF lost up to 380 troops.", 380),
])
def test_the_armed_forces_of_ukraine_by_their_initials(sentence, value):
    assert figures(f"Title\n{sentence}")[value].side == "ukraine"


def test_a_page_furniture_label_is_no_one():
    f = figures("Title\nLast updated: 14:30\n\nAs for the Russians killed by Ukraine, it says that 409,820 have been "
                "killed.\n\nRussia lost 500 soldiers, it said.")
    assert all(x.claimant != "Last" for x in f.values())


@pytest.mark.parametrize("sentence, value, claimant", [
    ("Over the past day, the enemy lost 257 people killed, wounded and captured, General Oleksandr Tarnavskyi, the "
     "commander of the Tavria group of troops, said on Telegram.", 257, "Oleksandr Tarnavskyi"),
    ("Russia lost 80 soldiers overnight, Colonel Ivan Petrenko, a spokesman for the eastern command, said.", 80,
     "Ivan Petrenko"),
    ("In the British Ministry of Defence's intelligence assessment, it was stated that Russia lost about 2,600 "
     "tanks.", 2600, "UK Ministry of Defence"),
    ("The UK MoD has released a casualty estimate: Russia has likely suffered up to 200,000 casualties.", 200000,
     "UK Ministry of Defence"),
])
def test_speakers_behind_titles_possessives_and_releases(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_where_it_was_said_is_no_speaker():
    f = figures("Title\nRussia lost 257 soldiers over the past day, officials said on Telegram.")
    assert f[257].claimant is None


def test_the_commander_is_the_commander_who_spoke():
    f = figures("Title\nThe enemy lost 257 people, General Oleksandr Tarnavskyi, the commander of the group, said.\n\n"
                "As the commander informed, 16 tanks were destroyed.")
    assert f[16].claimant == "Oleksandr Tarnavskyi"


def test_a_news_agency_makes_no_statement_of_its_own():
    f = figures("Title\nThe British Ministry of Defence published its daily update, DPA reported.\n\n"
                "According to the statement, the army probably lost as many as 365 tanks.")
    assert f[365].claimant == "UK Ministry of Defence"


@pytest.mark.parametrize("sentence, value, side", [
    ("The spy agency says roughly 600 North Korean soldiers have died fighting for Russia.", 600, "russia"),
    ("KYIV, Ukraine — Air defence forces shot down 58 out of 59 drones launched by Russia overnight.", 58, "russia"),
    ("MOSCOW (Reuters) - Ukrainian forces killed 40 Russian soldiers near Bakhmut, Kyiv said.", 40, "russia"),
])
def test_allies_and_datelines(sentence, value, side):
    assert figures(f"Title\n{sentence}")[value].side == side


@pytest.mark.parametrize("sentence, value, kind", [
    ("He said Ukraine lost 3,715 men over three days, as well as 52 tanks.", 52, "period"),
    ("Ukraine refugees reach 1 million in 7 days", 1000000, "cumulative"),
    ("Ben Wallace told MPs yesterday that more than 2,000 Russian armoured vehicles had been destroyed.", 2000,
     "cumulative"),
])
def test_days_counted_and_days_said(sentence, value, kind):
    assert figures(f"Title\n{sentence}")[value].kind == kind


@pytest.mark.parametrize("sentence", [
    "According to the Institute for the Study of War, Russia is losing 99 soldiers per square kilometer.",
    "According to the Center for Strategic and International Studies, Russia has lost 99,000 soldiers.",
])
def test_a_name_holding_a_work_word_is_the_name(sentence):
    f = figures(f"Title\n{sentence}")
    assert next(iter(f.values())).claimant in ("Institute for the Study of War (ISW)", "CSIS")


def test_a_source_brought_in_as_an_aside_speaks_for_no_other_figure():
    f = figures("Almost 43,500 Russian soldiers have been confirmed dead\nAs of February 2, the names of 43,460 "
                "Russian soldiers who died in the war are known.\n\nEarlier, the head of the CIA, William Burns, said "
                "that 315,000 Russian soldiers had been killed or wounded.")
    assert f[315000].claimant == "CIA"
    assert f[43460].claimant is None


@pytest.mark.parametrize("sentence, value, claimant", [
    ("Ukraine’s border guards say three soldiers were killed in the southern Kherson region.", 3,
     "State Border Guard Service of Ukraine"),
    ("The war has killed at least 485 children in Ukraine, the country’s Office of the Prosecutor General said.", 485,
     "Prosecutor General's Office of Ukraine"),
    ("Leaders of US spy agencies had estimated the number of Russian troops killed at between 2,000 and 4,000.", 2000,
     "US officials"),
])
def test_bodies_the_table_knows_however_their_words_look(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_a_title_ending_in_who_says_it_before_the_sites_name():
    f = figures("Russia lost 25,000 soldiers, 1,100 tanks and many more Ukraine says – international news\nBody.")
    assert f[1100].claimant == "General Staff of Ukraine"


def test_a_name_nobody_knows_at_a_titles_end_is_no_source():
    assert figures("Russia lost 25,000 soldiers John says\nBody.")[25000].claimant is None


@pytest.mark.parametrize("sentence, value, claimant", [
    ("The United States estimates that Russian casualties have reached around 15,000 killed and perhaps 45,000 "
     "wounded, CIA Director William Burns said on Wednesday.", 45000, "CIA"),
    ("Ukraine says Russia lost 500 soldiers, the General Staff said.", 500, "General Staff of Ukraine"),
    # an unnamed speaker after the country leaves the country
    ("Russia says 500 Ukrainian soldiers were killed, a senior official said.", 500, "Russian Ministry of Defence"),
])
def test_the_speaker_at_the_end_over_the_country_at_the_start(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_a_count_killed_before_is_no_verb_of_the_side_word():
    f = figures("Title\nRussian casualties have reached around 15,000 killed and perhaps 45,000 wounded.")
    assert f[45000].side == "russia"


@pytest.mark.parametrize("sentence, value, claimant", [
    ("The United States estimates that Russian losses amounted to about 600,000 soldiers, according to The New "
     "York Times.", 600000, "US officials"),
    ("Russia Says 1,351 Of Its Soldiers Have Died In Ukraine, Well Below Western Estimates", 1351,
     "Russian Ministry of Defence"),
])
def test_a_name_the_table_does_not_know_at_the_end_does_not_replace_the_country(sentence, value, claimant):
    assert figures(f"{sentence}\nBody.")[value].claimant == claimant


@pytest.mark.parametrize("sentence, value, claimant", [
    ("The U.N. said 500 civilians were killed in the month.", 500, "United Nations"),
    ("The United States estimates that 15,000 Russian soldiers were killed.", 15000, "US officials"),
    ("CSIS’s June report estimates 500,000 Russian soldiers were killed or wounded.", 500000, "CSIS"),
])
def test_initials_a_countrys_name_and_a_month_are_no_part_of_who(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


def test_capitals_of_a_title_make_no_name():
    f = figures("Russia’s Offensive Claims Over 1,000 Ukrainian Military Personnel Killed in Past 24 Hours\nBody.")
    assert f[1000].claimant is None
    f = figures("Ukraine Says Russia Lost 1,000 Soldiers in Past 24 Hours\nBody.")
    assert f[1000].claimant == "General Staff of Ukraine"


def test_the_enemy_in_moscows_words_is_ukraine():
    f = figures("Title\nDuring the special military operation, Battlegroup West units repelled attacks. The AFU lost "
                "up to 125 troops.\n\nThe enemy lost up to 525 troops and three armoured fighting vehicles.")
    assert f[525].side == f[3].side == "ukraine"


def test_the_enemy_in_kyivs_words_stays_russia():
    f = figures("Title\nRussia calls its invasion a special military operation. The AFU said the occupiers lost 500 "
                "troops.\n\nThe enemy lost up to 525 troops.")
    assert f[525].side == "russia"


@pytest.mark.parametrize("sentence, value, claimant", [
    ("According to the Regional Center for Emergency Medical Assistance, 3 people were killed in the shelling.", 3,
     "Regional Center for Emergency Medical Assistance"),
    ("Regional governor Ivan Petrenko said 5 people were hurt in the shelling of Kherson.", 5,
     "Kherson governor (Ivan Petrenko)"),
])
def test_a_bodys_name_after_a_role_word_is_no_persons(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


@pytest.mark.parametrize("sentence, value, claimant", [
    ("Troop Casualties in Ukraine War Near 2 Million, Study Finds", 2000000, None),
    ("A new CSIS study finds Russia has suffered 1.2 million casualties.", 1200000, "CSIS"),
    ("Ukrainian forces also destroyed 838 tanks, the General Staff of Armed Forces said on Facebook.", 838,
     "General Staff of Ukraine"),
])
def test_a_work_alone_is_no_one_and_the_general_staff_unqualified_is_kyivs(sentence, value, claimant):
    assert figures(f"{sentence}\nBody.")[value].claimant == claimant
