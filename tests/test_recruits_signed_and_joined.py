"""Recruits counted by what they did to join ("126 Indians have joined the Russian army", "up to
40,000 men sign contracts with the Russian army every month", "Russia recruits 30,000 a month")
are troops deployed, on the side they joined; people who joined a protest or a union are no
soldiers, and contracts for drones are no recruits. Sentences written for the pattern."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, side", [
    ("Recruits\nSome 126 Indians have joined the Russian army since 2023, the ministry said.", 126, "russia"),
    ("Volunteers\nAt least 300 Colombians joined Ukraine's armed forces last year.", 300, "ukraine"),
    ("Costs\nUp to 40,000 men sign contracts with the Russian army every month, analysts estimate.", 40000, "russia"),
    ("Contracts\nIn 2024, 941 Uzbeks signed contracts with Russia's defence ministry.", 941, "russia"),
    ("Recruiting\nRussia recruits about 30,000 soldiers a month, the analyst said.", 30000, "russia"),
    ("Enlisting\nOver 1,300 Tajik citizens joined the war alongside the Russian armed forces this year.", 1300, "russia"),
])
def test_recruits_who_joined_or_signed_are_deployed_on_their_side(text, value, side):
    f = figures(text)[value]
    assert (f.metric, f.side) == ("troops_deployed", side)


@pytest.mark.parametrize("text", [
    "Delhi\nThe 40 Indians joined the protest outside the embassy on Monday.",
    "Orders\nRussia signed contracts for 500 drones with a plant in Alabuga.",
    "Unions\nAbout 500 workers joined the union last year.",
])
def test_joining_or_signing_anything_else_is_no_figure(text):
    assert figures(text) == {}
