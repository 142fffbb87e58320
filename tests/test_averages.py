"""A count that "averaged" so many is a rate: "Russian daily casualties averaged 1,286 in April",
"Civilian deaths averaged 12 a day". Shells fired on average are no loss."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, metric", [
    ("Update\nRussian daily casualties averaged 1,286 in April, British intelligence said.", 1286,
     "personnel_casualties"),
    ("Update\nRussian casualties averaged 1,286 a day in April, British intelligence said.", 1286,
     "personnel_casualties"),
    ("Toll\nCivilian deaths averaged 12 a day in March, the UN monitoring mission said.", 12, "civilians_killed"),
    ("Update\nUkrainian losses were averaging some 900 soldiers a day near Pokrovsk, Moscow claimed.", 900,
     "personnel_casualties"),
])
def test_an_average_is_a_rate(text, value, metric):
    f = figures(text)[value]
    assert (f.metric, f.kind) == (metric, "rate")


def test_shells_fired_on_average_are_no_loss():
    assert 6000 not in figures("Artillery\nThe Ukrainian army fired an average of 6,000 shells a day in June.")
