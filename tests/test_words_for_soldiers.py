"""Soldiers counted in the words of Moscow's briefings ("nationalists", "extremists") and troops
counted where they fight ("575,000 troops fighting in Ukraine", "2,000 Colombians have fought
for Ukraine", "7,000 Cubans are today on the battlefield"). Sentences written for each pattern,
with ones that must not match."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, metric, side", [
    ("Up to 40 Ukrainian nationalists were killed in the strike on the depot, the ministry said.", 40,
     "personnel_killed", "ukraine"),
    ("The defence ministry announced killing more than 100 extremists and mercenaries near Kupiansk.", 100,
     "personnel_killed", None),
])
def test_moscows_words_for_soldiers_count_soldiers(text, value, metric, side):
    f = figures("Title\n" + text)[value]
    assert f.metric == metric
    if side:
        assert f.side == side


@pytest.mark.parametrize("text, value", [
    ("According to the source, Russia has about 575,000 troops fighting in Ukraine.", 575000),
    ("Some 2,000 Colombians have fought for Ukraine since the invasion began.", 2000),
    ("More than 900 Georgians had fought alongside Ukrainian forces by the end of the year.", 900),
])
def test_troops_counted_where_they_fight_are_deployed(text, value):
    assert figures("Title\n" + text)[value].metric == "troops_deployed"


@pytest.mark.parametrize("text, value, metric", [
    # the dead among those who fought are the dead
    ("At least 300 Colombians who have fought for Ukraine have been killed.", 300, "personnel_killed"),
    ("Russia has lost 300,000 troops fighting in Ukraine.", 300000, "personnel_casualties"),
])
def test_losses_among_those_who_fight_stay_losses(text, value, metric):
    assert figures("Title\n" + text)[value].metric == metric


@pytest.mark.parametrize("text", [
    "Some 300 nationalists marched through the city centre on Sunday.",
    "Police detained 12 extremists in Moscow on Friday.",
])
def test_the_same_words_outside_a_loss_are_no_figure(text):
    assert figures("Title\n" + text) == {}
