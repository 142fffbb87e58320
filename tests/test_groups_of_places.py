"""A group named by where it sits, in the forms articles write the place ("in the frontline
city of Kramatorsk", "in the southeastern Zaporizhzhia region", "an official in Kharkiv"), and
experts of a named kind ("military experts estimate"), whose estimate is theirs alone. Sentences
written for each pattern, with ones that must not match."""

from __future__ import annotations

import pytest

from index.extraction.extract import analyse
from index.model import Article
from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, claimant", [
    ("Rescuers in the frontline city of Kramatorsk said five bodies were recovered.", 5, "Kramatorsk rescuers"),
    ("Prosecutors in the southern city of Mykolaiv reported that 3 people died in the shelling.", 3,
     "Mykolaiv prosecutors"),
    ("An official in Kharkiv said that 9 people were wounded when a glide bomb hit a shop.", 9, "Kharkiv officials"),
    ("Authorities in the port city of Odesa said four people were hurt by falling debris.", 4, "Odesa authorities"),
])
def test_a_group_named_by_the_place_it_sits_in(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_a_region_with_its_compass_word_still_names_the_group():
    f = figures("Title\nEarlier on Monday, the authorities in the northeastern Sumy region said that six people "
                "had been killed in two strikes.")[6]
    assert f.claimant and "Sumy" in f.claimant


@pytest.mark.parametrize("text, value, claimant", [
    ("Military experts estimate that the real number of Russian dead could lie between 140,000 and 190,000.",
     140000, "military experts"),
    ("Russia has massed some 50,000 troops near the town, according to independent analysts.", 50000,
     "independent analysts"),
    ("Defence experts said Moscow lost 300 tanks in the battle for the town.", 300, "defence experts"),
])
def test_experts_of_a_named_kind_are_a_claimant(text, value, claimant):
    assert figures("Title\n" + text)[value].claimant == claimant


def test_experts_estimate_is_not_carried_to_the_next_sentence():
    f = figures("Title\nMilitary experts estimate that as many as 150,000 Russian soldiers have been killed.\n"
                "Civilian casualties in Ukraine have passed 12,000 dead and 26,000 injured.")
    assert f[150000].claimant == "military experts"
    assert f[12000].claimant is None and f[26000].claimant is None


def test_experts_weighing_an_outlets_own_count_leave_the_count_the_outlets():
    text = ("Title\nWe have identified the names of 90,000 soldiers. Military experts estimate our count "
            "covers half of the deaths, which would mean 180,000 dead.")
    art = analyse(Article(file="a.txt", title="Title", text=text, published="2025-03-10", outlet="Mediazona"))
    assert {f.value: f.claimant for f in art.figures}[180000] == "Mediazona"


@pytest.mark.parametrize("text, value", [
    # the place is where the dead were, and no group speaks
    ("Two civilians were killed in the frontline city of Kramatorsk, according to reports.", 2),
    # experts of no named kind name no one
    ("Experts estimate that 20,000 soldiers died in the battle.", 20000),
    ("Analysts said 40 drones were shot down over the region.", 40),
])
def test_no_group_and_no_kind_of_expert_is_no_claimant(text, value):
    assert figures("Title\n" + text)[value].claimant is None
