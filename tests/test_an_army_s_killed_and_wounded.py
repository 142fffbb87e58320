"""Tens of thousands "killed or wounded" in a sentence about Russia's war or both sides are an
army's casualties whatever the noun ("700,000 people killed or wounded"), not civilians; a strike's
dead and a UN count of people stay civilians."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, side", [
    ("Toll\n“Russia is approaching 650,000 killed or wounded – a toll borne by the Russian people,” the minister said.",
     650000, "russia"),
    ("Toll\nThe Kremlin is about to see 400,000 people killed or wounded, a British general said.", 400000, "russia"),
    ("Toll\nA newspaper report said more than 900,000 people on both sides had been injured or killed since the start "
     "of the conflict.", 900000, "both"),
])
def test_an_army_s_scale_of_killed_or_wounded_is_soldiers(text, value, side):
    f = figures(text)[value]
    assert (f.metric, f.side) == ("personnel_casualties", side)


@pytest.mark.parametrize("text, value", [
    ("Toll\nThe UN says 35,000 people have been killed or injured in Russia's war.", 35000),
    ("Shelling\nRussian shelling killed or wounded 12 people in Kherson.", 12),
    ("Toll\nMore than 20,000 civilians have been killed or injured since Russia invaded.", 20000),
])
def test_a_strike_s_or_a_civilian_count_s_people_stay_civilians(text, value):
    f = figures(text)[value]  # (the dead and wounded together are `other`: tests/test_civilians_killed_or_injured.py)
    assert (f.metric.startswith("civilians_") or f.metric == "other") and f.side == "ukraine"
