"""A few of something with no word of a total is one event's count (`other`), not a running
total: "two Russian fighter jets were downed". A list of totals keeps its small items
cumulative, and so does the war's tally of its generals."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_a_few_downed_or_destroyed_with_no_total_are_one_events():
    f = figures("Border\nTwo Russian fighter jets and three transport helicopters were downed near the border.\n\n"
                "Ukrainian gunners destroyed four Russian tanks, the brigade said.")
    assert (f[2].kind, f[3].kind, f[4].kind) == ("other", "other", "other")


def test_a_small_item_of_a_list_of_totals_stays_cumulative():
    f = figures("Sea\nUkraine reports sinking 27 ships and boats and one submarine since the invasion began.")
    assert f[1].kind == "cumulative"


def test_the_wars_tally_of_its_generals_stays_cumulative():
    f = figures("Generals\nUS intelligence said that at least eight Russian generals were killed.")
    assert f[8].kind == "cumulative"
