"""Speakers written in ways the reader missed: a body the table knows written in lower case
("according to western intelligence", "according to emergency workers"), a titled name with its
region before the verb ("Governor Ivan Petrenko of the Sumy region said"), a translation's order
after the verb ("..., said Monday the commander-in-chief of the army, Valery Zalouzhny."), and the
spokespeople and governors the alias table now knows under their offices. Each with a sentence
where the same words name no one."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, who", [
    ("Estimate\nRussia has lost some 120,000 soldiers killed since the invasion, according to western intelligence.",
     120000, "Western intelligence"),
    ("Estimate\nUkraine has suffered at least 70,000 casualties, according to a western official, who spoke anonymously.",
     70000, "Western intelligence"),
    ("Strike\nAt least six people were injured in the strike on Kremenchuk, according to emergency workers.", 6,
     "State Emergency Service of Ukraine"),
])
def test_a_body_the_table_knows_is_named_in_lower_case_too(text, value, who):
    assert figures(text)[value].claimant == who


def test_a_hedge_in_lower_case_still_names_no_one():
    assert figures("Strike\nAt least six people were injured in the strike on Kremenchuk, according to local "
                   "reports.")[6].claimant is None


@pytest.mark.parametrize("text, value, who", [
    ("Shelling\nGovernor Alexander Bogomaz of the Bryansk region said two civilians were killed by Ukrainian shelling.",
     2, "Bryansk governor (Bogomaz)"),
    ("Shelling\nMayor Ihor Terekhov of Kharkiv reported on Telegram that 14 residents were wounded.", 14,
     "Kharkiv mayor (Terekhov)"),
])
def test_a_titled_name_with_its_region_before_the_verb_is_the_speaker(text, value, who):
    assert figures(text)[value].claimant == who


def test_a_body_named_with_its_country_keeps_its_whole_name():
    assert figures("Losses\nThe General Staff of Ukraine said 1,200 Russian soldiers were killed in the past day."
                   )[1200].claimant == "General Staff of Ukraine"


@pytest.mark.parametrize("text, value, who", [
    ("Toll\nSome 9,000 Ukrainian soldiers have been killed, said Monday the commander-in-chief of the Ukrainian "
     "army, Valery Zalouzhny.", 9000, "Valerii Zaluzhnyi"),
    ("Toll\n“At least 300 people died in the theatre”, declared on March 25, the mayor of the city, Vadym Boychenko.",
     300, "Mariupol mayor (Boychenko)"),
])
def test_a_translation_names_the_speaker_after_the_verb_and_a_date(text, value, who):
    assert figures(text)[value].claimant == who


@pytest.mark.parametrize("text, value, who", [
    ("South\nHumenyuk said Ukraine's forces had killed 85 Russian soldiers in the south.", 85,
     "Southern Defence Forces of Ukraine (Humenyuk)"),
    ("South\nRussia lost 420 servicemen in the Avdiivka direction over the week, said Dmytro Lykhovyi.", 420,
     "Tavria group of forces (Lykhovyi)"),
    ("Kyiv\nTwo people were killed in the Bucha district, Mykola Kalashnik said.", 2, "Kyiv governor (Kalashnyk)"),
])
def test_spokespeople_and_governors_are_named_by_their_office(text, value, who):
    assert figures(text)[value].claimant == who


@pytest.mark.parametrize("text, value, who", [
    ("Estimate\nBritish intelligence, meanwhile, has pinned Russian military deaths at approximately 150,000.", 150000,
     "UK Ministry of Defence"),
    ("Toll\nOleksandr Syrskyi, the commander-in-chief of Ukraine’s armed forces said 2,000 Russian soldiers had been "
     "killed in the past two days.", 2000, "Oleksandr Syrskyi"),
])
def test_a_figure_pinned_at_and_an_appositive_left_open_name_the_speaker(text, value, who):
    assert figures(text)[value].claimant == who


def test_other_sources_are_not_the_source_named_before():
    text = ("Toll\nZelensky said 31,000 Ukrainian soldiers had been killed. Other sources have put the number at around "
            "70,000.")
    f = figures(text)
    assert (f[31000].claimant, f[70000].claimant) == ("Volodymyr Zelensky", None)


def test_a_place_before_the_comma_is_no_speaker():
    f = figures("Shelling\nIn Kharkiv, the regional governor said 12 civilians were injured.")
    assert f[12].claimant != "In Kharkiv"


def test_it_after_a_report_by_a_known_body_is_that_body():
    text = ("Toll\nThe figures come from a report last month by the Center for Strategic and International Studies.\n\n"
            "It estimated that Russia suffered 950,000 casualties — what it said was the largest number for any major "
            "power since 1945.")
    assert figures(text)[950000].claimant == "CSIS"


def test_it_after_a_report_by_an_unknown_writer_stays_unresolved():
    text = ("Toll\nThe figures come from a report last month by John Smith of a local blog.\n\n"
            "It estimated that Russia suffered 950,000 casualties.")
    assert figures(text)[950000].claimant is None
