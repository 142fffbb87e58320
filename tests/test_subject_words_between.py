"""Who says it when words stand between the speaker and the verb: "The Russian Ministry of
Health in a recent update said", "Zelensky meanwhile put", "the General Staff, for its part,
reported". Sentences written for each pattern, with ones where the words before the verb are
not its speaker."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, who", [
    ("The Russian Ministry of Health in a recent update said that five people were killed in strikes from Ukraine.",
     5, "Russian Ministry of Health"),
    ("Ukraine's interior ministry in its evening statement said 14 people were injured in Odesa.",
     14, "Interior Ministry"),
    ("Kharkiv governor Oleh Syniehubov in a Telegram post said two people were killed in Kupiansk.",
     2, "Syniehubov"),
    ("Zelensky meanwhile put Russian losses at 180,000 dead and 500,000 wounded.", 180000, "Zelensky"),
    ("Britain's defence ministry however estimated that 1,200 Russian soldiers died each day in May.",
     1200, "UK Ministry of Defence"),
    ("Ukraine's General Staff, for its part, said Russia lost 1,240 troops over the past day.",
     1240, "General Staff of Ukraine"),
])
def test_a_speaker_before_words_of_when_and_where_still_speaks(text, value, who):
    assert who in (figures("Title\n" + text)[value].claimant or "")


def test_a_place_of_the_strike_before_said_is_not_the_speaker():
    f = figures("Title\nA missile hit a clinic in Dnipro in a night raid, killing four people, police said.")
    assert "Dnipro" not in (f[4].claimant or "")


@pytest.mark.parametrize("text, value, who", [
    ("Russian Foreign Ministry Spokeswoman Maria Zakharova accused Kyiv of escalating attacks, reporting 18 deaths "
     "in a week.", 18, "Zakharova"),
    ("Governor Oleh Syniehubov visited the site, saying 12 people were killed.", 12, "Syniehubov"),
    ("The Ukrainian Air Force said it downed 40 drones, adding that 12 more were jammed.", 12, "Ukrainian Air Force"),
    ("On Monday, Ramzan Kadyrov visited the wounded in Grozny, noting that 23 fighters had died.", 23, "Kadyrov"),
])
def test_a_participle_of_saying_speaks_for_the_sentences_subject(text, value, who):
    assert who in (figures("Title\n" + text)[value].claimant or "")


@pytest.mark.parametrize("text, value", [
    ("Russian forces shelled Kharkiv overnight, killing four people, saying nothing of the dead.", 4),
    ("Ukraine's army pushed on near Robotyne, reporting heavy fighting; 14 soldiers died.", 14),
])
def test_a_force_that_acts_is_no_speaker_of_its_participle(text, value):
    assert figures("Title\n" + text)[value].claimant is None


def test_a_machine_translations_spelling_of_the_president_is_the_president():
    f = figures("Title\nUkrainian President Volodymyr Zelinsky said 137 people were killed in the first attack.")
    assert f[137].claimant == "Volodymyr Zelensky"


def test_analysts_from_a_body_speak_for_it():
    f = figures("Title\nAnalysts from MediaZone and the Russian Service of the BBC have confirmed that 10,711 Russian "
                "soldiers have died.")
    assert "MediaZone" in (f[10711].claimant or "")


def test_soldiers_from_a_brigade_are_no_speaker():
    assert figures("Title\nSoldiers from the 47th brigade killed 40 Russians.")[40].claimant is None


@pytest.mark.parametrize("text, value, side", [
    ("Since the start of the week, 23 Chechen fighters have perished in the Kherson region, Ramzan Kadyrov said.",
     23, "russia"),
    ("Researchers counted 3,000 tanks lost by Russia since 2022.", 3000, "russia"),
    ("The 1,200 troops lost by Ukraine's army in May were replaced.", 1200, "ukraine"),
])
def test_whose_losses_by_their_units_and_by_lost_by(text, value, side):
    assert figures("Title\n" + text)[value].side == side


def test_a_count_before_the_participle_is_not_the_subjects():
    f = figures("Title\nEarlier in the week, the Pope decried a missile strike on a mall that left 18 dead, saying that "
                "he carries Ukraine in his heart every day.")
    assert f[18].claimant is None
