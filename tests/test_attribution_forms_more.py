"""More plain forms of attribution and of counts: the progressive of saying ("Ukraine is also
claiming"), a claim from someone that is refuted ("refuted claims from the General Staff that"),
a body's statement ("The Kremlin's first statement noted"), a footnote's mark after a number
("498[2] soldiers"), a toll put "closer to" a number or counted "combined", and air defence
written "anti-aircraft missile systems". Each with a sentence where the form is something else."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, who", [
    ("Claims\nThe numbers cannot be confirmed, but Ukraine is also claiming to have destroyed 3,245 Russian tanks.",
     3245, "General Staff of Ukraine"),
    ("Belgorod\nRussian officials are now estimating that 40 civilians were killed in Belgorod.", 40, "Russian officials"),
    ("Bakhmut\nMoscow has been saying for weeks that 1,300 Ukrainian soldiers died near Bakhmut.", 1300,
     "Russian Ministry of Defence"),
])
def test_the_progressive_of_saying_names_its_subject(text, value, who):
    assert figures(text)[value].claimant == who


def test_a_war_claiming_lives_is_no_speaker():
    assert figures("Toll\nThe war is claiming the lives of 300 soldiers a day.")[300].claimant is None


@pytest.mark.parametrize("text, value, who", [
    ("Refuted\nKonashenkov refuted claims from the General Staff of the Armed Forces of Ukraine that Russia has lost "
     "96 aircraft.", 96, "General Staff of Ukraine"),
    ("Dismissed\nMoscow dismissed claims by the Ukrainian Air Force that 14 drones were downed over Odesa.", 14,
     "Ukrainian Air Force"),
])
def test_a_claim_from_someone_is_theirs_even_when_refuted(text, value, who):
    assert figures(text)[value].claimant == who


def test_claims_with_no_one_behind_them_name_no_one():
    assert figures("Rumours\nClaims of 300 dead soldiers spread on Telegram.")[300].claimant is None


def test_a_bodys_statement_speaks_for_the_body():
    f = figures("Kremlin\nThe Kremlin's first statement on Russian military casualties noted that 498 soldiers had been "
                "killed.")
    assert f[498].claimant == "Russian officials"


def test_a_statement_that_is_only_a_time_names_no_one():
    assert figures("Odesa\nZelensky's statement came after 14 people were killed in Odesa.")[14].claimant is None


def test_a_footnotes_mark_is_no_number():
    f = figures("Wiki\nThe first statement noted that 498[2] soldiers had been killed and 1,597[3] wounded.")
    assert sorted(f) == [498, 1597]
    assert f[498].metric == "personnel_killed"


def test_an_editors_insertion_in_brackets_is_still_read_through():
    f = figures("Losses\nRussia lost 403 [artillery] weapons in May.")
    assert f[403].metric == "artillery"


@pytest.mark.parametrize("text, value", [
    ("Toll\nAnalysts put the death toll at more than 60,000 combined, and likely much higher.", 60000),
    ("Toll\nIndependent assessments have put the death toll closer to 100,000.", 100000),
    ("Tanks\nRussia has lost 1,300 tanks overall.", 1300),
])
def test_a_toll_put_close_to_or_counted_combined_is_a_figure(text, value):
    assert value in figures(text)


def test_units_of_the_army_close_to_a_number_are_no_toll():
    assert figures("Army\nThe army is close to 40 combined arms brigades.") == {}


def test_anti_aircraft_missile_systems_are_air_defence_but_missiles_fired_are_not():
    f = figures("List\nTo date, 365 anti-aircraft missile systems have been destroyed, the ministry said.")
    assert f[365].metric == "air_defense"
    g = figures("Strike\nRussia fired 40 anti-aircraft missiles at Kharkiv.")
    assert all(x.metric != "air_defense" for x in g.values())


@pytest.mark.parametrize("text, value, who", [
    ("Kharkiv\nGovernor Oleh Syniehubov visited the site and said 12 people were killed.", 12, "Syniehubov"),
    ("Kyiv\nZelensky met the troops in Kharkiv and told reporters that 31,000 soldiers had died.", 31000, "Zelensky"),
    ("Kramatorsk\nIn an online post on Friday, Donetsk Governor Pavlo Kyrylenko revised an earlier estimate of 30 killed "
     "and said many of the 87 wounded were in a serious condition.", 87, "Kyrylenko"),
])
def test_two_verbs_of_one_subject_share_it(text, value, who):
    assert who in (figures(text)[value].claimant or "")


@pytest.mark.parametrize("text, value", [
    ("Pope\nThe Pope decried a strike that left 18 dead and said he prays for Ukraine.", 18),
    ("Kherson\nRussian forces shelled Kherson and said 14 Ukrainian soldiers were killed.", 14),
])
def test_a_count_before_the_and_or_a_force_that_acts_is_not_the_subjects_claim(text, value):
    assert figures(text)[value].claimant is None


def test_killed_by_shelling_names_no_reporter():
    assert figures("Shelling\nTwo soldiers were reported killed by Russian shelling.")[2].claimant is None


@pytest.mark.parametrize("text, value, who", [
    ("Bodies\nThe soldiers, who according to the Russian side belong to the 36th brigade, numbered 40 dead.", 40,
     "Russian"),
    ("Claims\nAccording to the Ukrainian side, 300 Russian soldiers were killed near Bakhmut.", 300, "Ukrain"),
])
def test_a_side_that_speaks_is_that_sides_officials(text, value, who):
    claimant = figures(text)[value].claimant or ""
    assert who in claimant and "side" not in claimant


def test_an_adverb_that_opens_a_sentence_is_no_speaker():
    f = figures("Horlivka\nInitially reported as having injured twelve people, the toll later escalated to sixteen.")
    assert f[12].claimant is None
