"""Civilians "killed or injured" together, or their "casualties", are neither the dead nor the
wounded: `other`, still Ukraine's (or Russia's) and of the time the words give; a count of the
dead and one of the wounded stay what they are."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value", [
    ("Children\nAt least 972 children in Ukraine have been killed or injured since the war escalated.", 972),
    ("Children\nNearly 1,000 boys and girls have been killed or wounded in the war in Ukraine, UNICEF said.", 1000),
    ("Toll\nThe UN said it had recorded 2,032 civilian casualties so far in Ukraine.", 2032),
    ("Toll\nSome 40,000 Ukrainian civilians have been injured or killed in the war, the general said.", 40000),
])
def test_the_dead_and_wounded_together_are_other_and_keep_their_side(text, value):
    f = figures(text)[value]
    assert (f.metric, f.side) == ("other", "ukraine")


def test_the_parts_of_a_casualty_count_stay_dead_and_wounded():
    f = figures("Toll\nThe UN said it had recorded 2,032 civilian casualties so far in Ukraine – 780 killed and 1,252 "
                "injured.")
    assert (f[780].metric, f[1252].metric) == ("civilians_killed", "civilians_wounded")


@pytest.mark.parametrize("text, value, metric", [
    ("Strike\nFive people were killed and 12 injured in the strike on Odesa.", 5, "civilians_killed"),
    ("Strike\nSeven civilians were killed in the shelling, and the casualties may rise, officials said.", 7,
     "civilians_killed"),
])
def test_a_count_of_the_dead_stays_a_count_of_the_dead(text, value, metric):
    assert figures(text)[value].metric == metric
