"""What a count counts when the word that says it stands between the number and its noun
('63,380 "eliminated personnel"', "200 wounded soldiers"), when its noun is "bodies", and when a
total "hits" a number (a total reaching it, not a strike). Each with sentences where the same
words mean something else."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, metric", [
    ("Losses\nIt said there have so far been 63,380 “eliminated personnel”, with thousands of tanks destroyed.", 63380,
     "personnel_casualties"),
    ("Kursk\nRussia holds 200 wounded soldiers in a hospital in Kursk.", 200, "personnel_wounded"),
    ("Camps\nThere are 3,000 captured Ukrainian soldiers in camps in Russia.", 3000, "personnel_captured"),
])
def test_the_word_between_a_number_and_its_noun_says_what_happened(text, value, metric):
    assert figures(text)[value].metric == metric


def test_troops_with_a_word_of_no_outcome_are_still_a_force():
    assert figures("Border\nRussia moved 30,000 fresh troops to the border.")[30000].metric == "troops_deployed"


@pytest.mark.parametrize("text, value, metric", [
    ("Bucha\nPolice said 400 bodies were found in Bucha after the Russian withdrawal.", 400, "civilians_killed"),
    ("Rubble\nRescuers recovered 12 bodies from the rubble of the apartment block.", 12, "civilians_killed"),
])
def test_bodies_found_are_the_dead(text, value, metric):
    assert figures(text)[value].metric == metric


def test_bodies_of_soldiers_handed_back_are_the_receiving_armys_dead():
    f = figures("Exchange\nRussia on Thursday returned 1,000 bodies to Ukraine, which Moscow said were the remains "
                "of Kyiv's soldiers.")
    assert (f[1000].metric, f[1000].side, f[1000].kind) == ("personnel_killed", "ukraine", "other")


def test_bodies_handed_back_with_no_word_of_soldiers_are_no_count():
    assert figures("Exchange\nUkraine returned 40 bodies to Russia in the exchange, officials said.") == {}


@pytest.mark.parametrize("text, value, metric", [
    ("Losses\nRussia's irrecoverable losses have hit 90,000.", 90000, "personnel_killed"),
    ("Record\nRussian losses hit a new record of 1,200 in a day.", 1200, "personnel_casualties"),
])
def test_a_total_that_hits_a_number_is_no_strike(text, value, metric):
    assert figures(text)[value].metric == metric


def test_a_missile_that_hit_a_city_still_kills_civilians():
    assert figures("Strike\nA missile hit the city, killing 12 people.")[12].metric == "civilians_killed"


def test_air_and_missile_defence_systems_are_air_defence():
    f = figures("List\nIn total, 298 combat aircraft and 376 air and missile defense systems have been destroyed.")
    assert f[376].metric == "air_defense"


@pytest.mark.parametrize("text, value, metric", [
    ("Toll\nUkraine says 500 of Russia's soldiers died near Avdiivka.", 500, "personnel_killed"),
    ("Toll\nThe invasion stalls as the Russian death toll rises to 17,000 without seizing any new territory.", 17000,
     "personnel_killed"),
])
def test_a_count_of_someones_men_and_a_toll_followed_by_a_clause(text, value, metric):
    assert figures(text)[value].metric == metric


def test_a_few_of_someones_aides_are_no_count_of_losses():
    assert 2 not in figures("Aides\nTwo of Zelensky's aides said 40 people died in the strike.")


def test_bodies_that_are_organisations_are_no_dead():
    assert figures("Sanctions\nThree Russian bodies linked to the weapons programme were sanctioned by the US.") == {}


def test_the_last_item_of_a_list_after_a_serial_comma_is_lost_too():
    f = figures("Losses\nThe Russian Armed Forces have lost 96 aircraft, 118 helicopters, and 14,700 military personnel.")
    assert f[14700].metric == "personnel_casualties"


def test_a_count_after_and_in_a_clause_of_its_own_is_not_the_lists():
    f = figures("Shelling\nRussian forces shelled the town for hours, and 14 soldiers then arrived.")
    assert 14 not in f or f[14].metric != "personnel_casualties"


@pytest.mark.parametrize("text, values", [
    ("Toll\nThe UN said 412 men, 301 women, 95 boys and 87 girls were killed in Ukraine in the first year.",
     {412, 301, 95, 87}),
    ("Toll\nIn Kharkiv, 23 children and 41 women were injured by the shelling.", {23, 41}),
])
def test_a_breakdown_by_sex_and_age_shares_its_verb(text, values):
    f = figures(text)
    assert values <= set(f) and all(f[v].metric.startswith("civilians_") for v in values)


def test_a_plural_of_another_kind_does_not_join_the_list():
    f = figures("Toll\nTwelve villages and 40 people were hit by shelling overnight, officials said.")
    assert 12 not in f


@pytest.mark.parametrize("text, value", [
    ("Toll\nA US general estimated that over 1,00,000 soldiers had been killed or wounded on each side.", 100000),
    ("Refugees\nAround 12,50,000 Ukrainians have fled to Poland since the invasion, the agency said.", 1250000),
])
def test_south_asian_digit_grouping_is_read(text, value):
    assert value in figures(text)


@pytest.mark.parametrize("text, value, metric", [
    ("Mariupol\nThe ministry said 1,026 troops from the Ukrainian 36th Marine Brigade surrendered at the plant.", 1026,
     "personnel_captured"),
    ("Bakhmut\nSome 40 soldiers of the 93rd Mechanized Brigade were killed near Bakhmut, the commander said.", 40,
     "personnel_killed"),
])
def test_a_unit_named_after_the_count_does_not_hide_its_verb(text, value, metric):
    assert figures(text)[value].metric == metric


def test_what_happened_to_a_ship_is_not_what_happened_to_its_crew():
    f = figures("Moskva\nThe ministry said one crew member died from the lost Moskva cruiser, and 27 are missing.")
    assert f[1].metric == "personnel_killed"


@pytest.mark.parametrize("text, value", [
    ("Children\nKyiv says it has confirmed the deportation of 19,546 children and that the figure could be higher.",
     19546),
    ("Children\nUkraine believes Russia has illegally taken around 20,000 Ukrainian children since the invasion.", 20000),
    ("Children\nThe prosecutor said 1,600 children had been forcibly transferred from occupied Kherson.", 1600),
])
def test_children_taken_to_russia_are_displaced(text, value):
    assert figures(text)[value].metric == "civilians_displaced"


def test_people_abducted_by_gunmen_are_no_displacement():
    assert figures("Abduction\nPolice said 12 people were abducted by gunmen on the highway.") == {}


def test_people_waiting_for_a_verb_are_not_the_missiles_after_them():
    f = figures("Strike\nAccording to the channel, followed by more than 1.4 million people, six missiles were fired at "
                "Berdyansk, three of which were shot down.")
    assert 1400000 not in f


@pytest.mark.parametrize("text, value, metric", [
    ("Bases\nCommercial satellite images show that at least four Tu-95s were damaged at the Belaya base.", 4, "aircraft"),
    ("Donetsk\nUkraine shot down two Su-34s over Donetsk.", 2, "aircraft"),
    ("Losses\nRussia lost three attack helicopters and two Mi-8s.", 2, "helicopters"),
    ("Losses\nUkraine had lost 766 tanks, including 37 Leopards.", 37, "tanks"),
    ("Losses\nRussia lost 12 T-72s near Vuhledar.", 12, "tanks"),
])
def test_a_types_designation_alone_counts_its_machines(text, value, metric):
    assert figures(text)[value].metric == metric


@pytest.mark.parametrize("text, value", [
    ("Deliveries\nUkraine received 31 F-16s from its allies.", 31),
    ("Launchers\nRussia fired 3 Kh-101s at Kyiv.", 3),
])
def test_a_designation_delivered_or_of_a_missile_is_no_machine_lost(text, value):
    f = figures(text)
    assert value not in f or f[value].metric not in ("aircraft", "helicopters", "tanks")
