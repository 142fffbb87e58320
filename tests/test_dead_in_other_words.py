"""The dead and lost told in more words: a count with no noun that goes on from the count before
("..., while 12 have lost their lives", "Of this total, up to 140,000 are believed to have been
killed"); "Ukrainian defenders" are soldiers; an army "hemorrhaging 20,000 troops a month" loses
them; "deaths ranging from 100,000 to 140,000" counts the dead. Sentences written for the
pattern, and ones that must not count."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, metric", [
    ("India\nThe ministry said 126 Indians have joined the Russian army. Of them, 96 have returned home, while 12 have "
     "lost their lives in the conflict.", 12, "personnel_killed"),
    ("Kenya\nSome 200 Kenyans were recruited by the Russian army. Of these, 36 are known to have died.", 36,
     "personnel_killed"),
    ("Losses\nUkraine has suffered 400,000 casualties, the CSIS said. Of this total, up to 140,000 are believed to have "
     "been killed.", 140000, "personnel_killed"),
])
def test_a_count_that_goes_on_from_the_one_before_in_other_words(text, value, metric):
    assert figures(text)[value].metric == metric


@pytest.mark.parametrize("text, value, metric, side", [
    ("Toll\nBetween 73,000 and 140,000 Ukrainian defenders have died, The Economist estimates.", 73000,
     "personnel_killed", "ukraine"),
    ("NATO\nRussia is haemorrhaging between 20,000 and 25,000 troops each month, NATO said.", 20000,
     "personnel_casualties", "russia"),
    ("CSIS\nRussian casualties are estimated at 1.2 million, with deaths ranging from 250,000 to 325,000.", 250000,
     "personnel_killed", "russia"),
])
def test_the_dead_and_lost_in_more_words(text, value, metric, side):
    f = figures(text)[value]
    assert (f.metric, f.side) == (metric, side)


@pytest.mark.parametrize("text", [
    "Prices\nPrices ranging from 100 to 140 hryvnias were seen in Kyiv.",
    "Returns\nOf them, 96 have returned home to their families.",
])
def test_words_of_other_things_count_nothing(text):
    assert figures(text) == {}
