"""Drones and missiles a night's air defence brought down: found however the count is written,
a night's count, and reported by the Air Force (or Russia's defence ministry) unless the
article names another source. Sentences written for the pattern, with ones that must not
change."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("sentence, value", [
    ("Ukraine shoots down 35 drones over Kyiv", 35),
    ("Air defence shoots down 12 Shahed drones over Odesa overnight.", 12),
    ("Ukraine's military said on Monday it destroyed four Russian reconnaissance drones.", 4),
    ("The air defence units intercepted seven Iranian-made attack drones over the capital.", 7),
    ("Ukrainian forces downed 110 out of 177 drones launched overnight, the command said.", 110),
    ("Two Kh-59 guided air missiles that Russia launched towards Odesa were destroyed.", 2),
])
def test_drones_and_missiles_downed_are_found(sentence, value):
    f = figures(f"Title\n{sentence}")
    assert value in f
    assert f[value].kind == "daily"


def test_a_word_number_far_from_its_noun_through_a_plural_is_not_a_count():
    f = figures("Title\nThe two organizations put Ukrainian losses at around 200,000.")
    assert set(f) == {200000}


@pytest.mark.parametrize("sentence, value", [
    ("Kyiv said it shot down 15 Russian drones overnight as the Kremlin targeted sites across Ukraine.", 15),
    ("Ukraine says it downed 20 Russian drones overnight.", 20),
    ("Ukraine shoots down 35 drones over Kyiv", 35),
    ("The air force said that 15 of the Russia-launched Shahed drones were shot down.", 15),
    ("Ukrainian air defences destroyed 9 drones over the Kharkiv region overnight.", 9),
])
def test_the_air_force_reports_what_ukraine_shot_down(sentence, value):
    f = figures(f"Title\n{sentence}")
    assert f[value].claimant == "Ukrainian Air Force"
    assert f[value].side == "russia"


@pytest.mark.parametrize("sentence, value, claimant", [
    # the source named in so many words stays
    ("Ukraine's General Staff said 15 Russian drones were shot down overnight.", 15, "General Staff of Ukraine"),
    # a running total is the General Staff's, however Kyiv is quoted
    ("Kyiv said Russia has lost 10,500 drones since the start of the invasion.", 10500, "General Staff of Ukraine"),
    # soldiers are no air defence's
    ("Ukraine said its forces have killed 400 Russian soldiers overnight.", 400, "General Staff of Ukraine"),
])
def test_other_sources_and_counts_stay_as_they_are(sentence, value, claimant):
    assert figures(f"Title\n{sentence}")[value].claimant == claimant


@pytest.mark.parametrize("sentence, value", [
    ("Russian air defences destroyed 12 Ukrainian drones over the Belgorod region overnight.", 12),
    ("The country's air defenses destroyed five Ukrainian aerial drones over Bryansk, including attacks on "
     "an oil depot.", 5),
])
def test_russias_air_defences_are_its_defence_ministrys_report(sentence, value):
    f = figures(f"Title\n{sentence}")
    assert f[value].side == "ukraine"
    assert f[value].kind == "daily"
    assert f[value].claimant == "Russian Ministry of Defence"


@pytest.mark.parametrize("sentence, values", [
    ("Ukraine’s air force says it destroyed eight of nine attack drones launched overnight by Russia.", {8}),
    ("Four of the six cruise missiles and three of the five Shahed drones launched by Russia were downed, the "
     "air force said.", {4, 3}),
    ("Air defence shot down 31 out of 36 drones overnight.", {31}),
])
def test_the_part_downed_is_counted_not_the_whole_launched(sentence, values):
    assert set(figures(f"Title\n{sentence}")) == values


def test_a_few_of_a_big_count_are_no_count_of_their_own():
    f = figures("Title\nThese are just two of the 25,000 dead fighters who have been identified by Mediazona.")
    assert set(f) == {25000}


@pytest.mark.parametrize("headline, value", [
    ("Ukraine Says It Shoots Down 11 of 14 Russian Drones", 11),
    ("Kyiv Says Russia Lost 500 Soldiers in a Day", 500),
    ("At Least 12 Killed In Russian Strike On Kharkiv", 12),
])
def test_a_headline_in_title_case_is_read_like_any_sentence(headline, value):
    assert value in figures(f"{headline}\nBody.")


def test_a_weapon_named_with_a_number_is_still_no_count_in_a_title():
    assert figures("Germany Sends More Leopard 2 Tanks To Ukraine\nBody.") == {}


def test_an_agency_relaying_ukraines_drones_downed_relays_moscows_count():
    f = figures("Title\nThe Russian air defense shot down dozens of Ukrainian drones over Russian regions, the ministry "
                "added in a statement, Sputnik news agency reported.\n\nIt said 11 drones were shot down over the "
                "Belgorod Region, 28 over the Voronezh Region, and 17 over the Rostov Region.")
    assert {f[v].claimant for v in (11, 28, 17)} == {"Russian Ministry of Defence"}


def test_what_the_air_force_reports_brought_down_is_russias_beside_moscows_count_of_ukraines_drones():
    f = figures("Kyiv\nUkraine's Air Force disclosed that Russia launched a total of nine missiles and 62 drones during "
                "the attacks. Defensive measures were effective, intercepting four missiles and 50 drones. Conversely, "
                "Russia's defense ministry claimed that its air defenses shot down 121 Ukrainian drones overnight.")
    assert (f[4].side, f[50].side, f[121].side) == ("russia", "russia", "ukraine")
    assert f[50].claimant == "Ukrainian Air Force"


def test_drones_and_missiles_that_name_no_side_are_the_attackers_of_the_articles_civilians():
    f = figures("Kyiv\nRussian strikes killed 4 civilians in Kyiv and wounded 16, officials said.\n\n"
                "Although most were intercepted, 54 drones and nine missiles managed to hit targets nationwide.")
    assert (f[54].side, f[9].side) == ("russia", "russia")


def test_drones_downed_over_a_region_whose_civilians_ukraine_hit_are_ukraines():
    f = figures("Belgorod\nUkrainian shelling killed 2 civilians in Belgorod and wounded 7, the governor said. Air "
                "defences destroyed 12 drones over the region.")
    assert f[12].side == "ukraine"
    f = figures("Kyiv\nRussian strikes killed 4 civilians in Kyiv. Air defences destroyed 12 drones over the region.")
    assert f[12].side == "russia"
