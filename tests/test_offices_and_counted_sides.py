"""Who speaks and whose losses, in words that named the wrong one: a city's mayor the sentence
does not name ("the city's mayor has said"), a title after a place's possessive ("the
capital's Mayor Sergei Sobyanin"), Moscow's groups of forces heading a front's count, and the
soldiers "the number of" counts, who are not the ones killing."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, claimant", [
    ("Strike\nAt least 21 people were killed in the shelling of Kharkiv, the city's mayor has said.", 21, "Kharkiv mayor"),
    ("Strike\nThree people died in the strike on Odessa, according to the city's mayor.", 3, "Odesa mayor"),
    ("Strike\nFive people were killed in Dnipro on Monday, its mayor said.", 5, "Dnipro mayor"),
])
def test_a_city_s_unnamed_mayor_is_that_city_s(text, value, claimant):
    assert figures(text)[value].claimant == claimant


def test_a_mayor_of_no_city_named_is_no_one():
    assert figures("Strike\nAt least 21 people were killed in the shelling, the city's mayor has said.")[21].claimant is None


@pytest.mark.parametrize("text, value, name", [
    ("Night\nAir defence units downed 16 Ukrainian drones en route to Moscow, the capital's Mayor Sergei Sobyanin said.",
     16, "Sobyanin"),
    ("Strike\nFour people were killed in the attack, the region's Governor Ivan Fedorov said.", 4, "Fedorov"),
])
def test_a_title_after_a_place_s_possessive_names_the_speaker(text, value, name):
    assert name in (figures(text)[value].claimant or "")


@pytest.mark.parametrize("line", [
    "Western Group: 475 Ukrainian soldiers were reported killed in clashes.",
    "Battlegroup Centre: the enemy lost up to 475 servicemen.",
    "The Dnepr group of forces said 475 Ukrainian soldiers had been killed.",
])
def test_moscow_s_groups_of_forces_speak_for_its_ministry(line):
    f = figures("Briefing\nThe Russian Defence Ministry gave its daily figures.\n\n" + line)
    assert f[475].claimant == "Russian Ministry of Defence"


@pytest.mark.parametrize("text, value, side", [
    ("War\nKyiv estimated the number of Ukrainian soldiers killed topped 45,000.", 45000, "ukraine"),
    ("War\nThe number of Russian troops killed exceeded 100,000, the Pentagon said.", 100000, "russia"),
    ("War\nUkrainian soldiers killed 45 Russian troops near Bakhmut.", 45, "russia"),
])
def test_the_soldiers_a_number_counts_are_the_ones_lost(text, value, side):
    assert figures(text)[value].side == side


@pytest.mark.parametrize("text", [
    "Attacks\nFive people died in the Donetsk region, one of the regions that Russia recognizes as sovereign states, "
    "governor Pavlo Kyrylenko said.",
    "Attacks\nFive people died in Luhansk, which Moscow claims as part of Russia, governor Artem Lysogor said.",
])
def test_a_status_a_country_gives_a_region_is_not_its_statement(text):
    assert "Russia" not in (figures(text)[5].claimant or "")


@pytest.mark.parametrize("text, claimant", [
    ("Strike\nThe governor of the region announced Friday that at least 50 people were killed in a missile attack on "
     "Kramatorsk railway station.", "Donetsk governor"),
    ("Strike\nAt least 50 people were killed in Kharkiv, the governor of the region noted.", "Kharkiv governor"),
])
def test_the_governor_of_the_region_is_the_region_s_named_in_the_sentence(text, claimant):
    assert figures(text)[50].claimant == claimant


def test_the_number_of_refugees_that_crossed_a_mark_is_counted():
    f = figures("Refugees\nThe number of refugees who fled Ukraine has crossed 2.5 million, the UN refugee agency said.")
    assert f[2500000].metric == "civilians_displaced"
