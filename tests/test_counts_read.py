"""Counts a careful reader marks that hide their noun or their verb: sentences written for each
pattern (not copied from any article), with ones that must not be read as counts."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, metric", [
    ("Governor Oleh Syniehubov said Russian shelling killed four people and injured nine over the past day.",
     9, "civilians_wounded"),
    ("The strike killed two civilians and wounded 14 within an hour of the alarm.", 14, "civilians_wounded"),
    ("Ukrainian forces killed 40 soldiers and wounded 60 since Monday near Bakhmut.", 60, "personnel_wounded"),
])
def test_a_bare_count_after_a_verb_of_harm_goes_on_from_the_count_before(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


@pytest.mark.parametrize("text, value, metric", [
    ("At least 120 North Korean soldiers have died, and another 1,100 have been injured in the fighting.",
     1100, "personnel_wounded"),
    ("Three civilians were killed in the shelling, and another six were wounded.", 6, "civilians_wounded"),
])
def test_another_n_after_a_count_of_people_counts_them(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


@pytest.mark.parametrize("text, value, metric", [
    ("Three generals and 28 colonels were also among the dead, the list shows.", 28, "personnel_killed"),
    ("Some 310 people were among the wounded, the mayor said.", 310, "civilians_wounded"),
])
def test_among_the_dead_says_what_happened(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


def test_another_n_with_no_harm_is_no_count():
    assert 5 not in figures("Title\nThe shelling killed two and another five were taken to a shelter.")


def test_people_at_a_funeral_are_no_count():
    assert 300 not in figures("Title\n300 people attended the funeral of the soldiers killed.")


def test_another_n_after_enemies_destroyed_keeps_the_soldiers_reading():
    f = figures("Title\nAs a result of the failed offensive, about 70 Russians were destroyed, and another 80 were "
                "wounded, Ukraine's Operational Command West reported.")
    assert 80 not in f or f[80].metric != "civilians_wounded"


# -- "lost" read as the dead -------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Ukraine lost 64 soldiers and 190 were wounded in the battles, he said.", 64),
    ("The ministry said it had lost 1,351 soldiers and that 3,825 had been wounded.", 1351),
    ("Russia lost 38,000 troops, dead, in December alone.", 38000),
    ("Russia loses 1,960 troops in 24 hours — the highest death toll in a day, Ukraine says.", 1960),
    ("Ukraine had lost 90,000 men, not counting the wounded, the official estimated.", 90000),
    ("The paper put the loss of Ukrainian soldiers at 80,000, with 400,000 injuries.", 80000),
    ("The newspaper projected a loss of 70,000 Russian troops, with some 250,000 wounded.", 70000),
    ("Moscow lost about 8,000 soldiers in the spring, and that number does not include the missing.", 8000),
    ("Kyiv said Russia lost 650 soldiers on Monday, bringing the Russian death total to 90,150.", 650),
    ("Counting obituaries, Mediazona and Meduza found that Russia has lost 200,000 soldiers.", 200000),
])
def test_lost_with_the_wounded_beside_it_counts_the_dead(text, value):
    assert figures("Title\n" + text)[value].metric == "personnel_killed"


@pytest.mark.parametrize("text, value", [
    ("Russia lost 1,200 troops in the past day, the General Staff said.", 1200),
    ("Russia lost 500 soldiers and 30 tanks near Avdiivka.", 500),
    ("Russia lost 2,000 soldiers near Avdiivka, with 120 armoured vehicles destroyed.", 2000),
])
def test_lost_alone_stays_killed_and_wounded(text, value):
    assert figures("Title\n" + text)[value].metric == "personnel_casualties"


# -- the hurt counted by where they are, and a bare count after "said" --------------------------
@pytest.mark.parametrize("text, value", [
    ("Four people were taken to hospital after the strike on the market, the governor added.", 4),
    ("Another 25 people remain in hospitals after the missile attack.", 25),
    ("Six residents received medical help after the drone hit the building.", 6),
    ("Eleven people were treated in hospital after the shelling, the mayor said.", 11),
])
def test_the_hurt_counted_by_where_they_are(text, value):
    assert figures("Title\n" + text)[value].metric == "civilians_wounded"


def test_a_hospital_that_is_hit_counts_no_wounded():
    assert 40 not in figures("Title\nA missile hit a hospital where 40 patients were being treated.") or \
        figures("Title\nA missile hit a hospital where 40 patients were being treated.")[40].metric != "civilians_wounded"


@pytest.mark.parametrize("text, value, metric", [
    ("The city council said 17 were killed in the strikes on the city.", 17, "civilians_killed"),
    ("Rescuers reported 9 were injured in the missile attack.", 9, "civilians_wounded"),
])
def test_a_bare_count_after_said(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


def test_a_bare_count_after_said_about_no_war_is_none():
    assert 2 not in figures("Title\nThe police said 2 were killed in the accident on the motorway.")


# -- "respectively" pairs a run of numbers with a list of nouns -----------------------------------
def test_respectively_pairs_numbers_with_the_nouns_before_them():
    f = figures("Title\nThe figures bring Russia's total losses of military personnel, artillery systems and tanks "
                "to 645,000, 19,156 and 8,933 respectively, the General Staff said.")
    assert (f[645000].metric, f[19156].metric, f[8933].metric) == ("personnel_casualties", "artillery", "tanks")


def test_respectively_with_other_words_for_the_equipment():
    f = figures("Title\nUkraine says Russia has lost drones, armoured vehicles and helicopters numbering 16,837, "
                "15,096 and 328 respectively.")
    assert (f[16837].metric, f[15096].metric, f[328].metric) == ("drones", "armored_vehicles", "helicopters")


def test_without_respectively_a_run_takes_no_nouns_from_before():
    f = figures("Title\nRussia lost tanks and artillery in the battle; Ukraine counted 300 and 40 dead soldiers.")
    assert 300 not in f or f[300].metric not in ("tanks", "artillery")


@pytest.mark.parametrize("text, values, metric", [
    ("This period saw the highest losses of Russian military personnel so far, with 35,680 in July, 36,810 in "
     "August and 38,130 in September.", (35680, 36810, 38130), "personnel_casualties"),
    ("In July, Russia lost 1,520 artillery systems, followed by 1,517 in August.", (1520, 1517), "artillery"),
])
def test_a_month_by_month_list_counts_the_noun_before_it(text, values, metric):
    f = figures("Title\n" + text)
    assert [(f[v].metric, f[v].kind) for v in values] == [(metric, "period")] * len(values)


def test_a_year_with_a_month_after_it_is_no_count():
    assert 300 not in figures("Title\nThe war began in 2022, with 300 in May.")


# -- numbers as reporters write them ----------------------------------------------------------
@pytest.mark.parametrize("text, value, approx", [
    ("More than two dozen civilians were killed in shelling that struck a market in Donetsk.", 24, "over"),
    ("Forty-thousand Russian troopers were killed in less than six months of fighting.", 40000, None),
    ("The general also said that 40,000 or so civilians perished in the war.", 40000, "about"),
    ("Three dozen soldiers were wounded near Bakhmut, the brigade said.", 36, None),
])
def test_dozens_hyphenated_thousands_and_or_so_are_counts(text, value, approx):
    f = figures("Title\n" + text)[value]
    assert f.approx == approx


def test_dozens_with_no_number_stay_vague():
    assert figures("Title\nDozens of civilians were killed in the strike on Odesa.") == {}


@pytest.mark.parametrize("text, value, metric", [
    ("The market in Donetsk was hit Sunday, killing 27 people and injuring another 25.", 25, "civilians_wounded"),
    ("The strike on Kharkiv killed 5 and wounded another 12.", 12, "civilians_wounded"),
])
def test_another_count_right_after_a_verb_of_harm(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric
