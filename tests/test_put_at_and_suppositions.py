"""Who puts a count at a number is its source, also when the count comes first as the clause's
object ("losses, which the Pentagon puts at 100,000") or when what is counted stands between
("the General Staff puts the figure of Russians killed or injured at 747,370"); the writer's own
reckoning after a source ("If so, then the monthly toll should double to 10,000") is no claim of
that source. Sentences written for the pattern."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value, claimant", [
    ("Losses\nUkraine's General Staff puts the figure of Russians killed or injured at 747,370.", 747370,
     "General Staff of Ukraine"),
    ("Losses\nRussia's losses, which the Pentagon puts at 100,000, keep rising.", 100000, "US Department of Defense"),
    ("Dead\nThe CSIS pegged the number of Russians killed in the war at 250,000.", 250000, "CSIS"),
])
def test_who_puts_a_count_at_a_number_claims_it(text, value, claimant):
    assert figures(text)[value].claimant == claimant


@pytest.mark.parametrize("second", [
    "If so, then the monthly death toll should be 10,000.",
    "Assuming the wounded equal the dead, the monthly death toll would be 10,000.",
])
def test_the_writer_s_reckoning_is_not_the_source_s(second):
    found = figures("Dead\nThe CSIS puts Russia's dead at 250,000 men. " + second)
    assert found[250000].claimant == "CSIS"
    assert found[10000].claimant is None


def test_the_source_s_next_sentence_still_carries_it():
    found = figures("Dead\nThe CSIS puts Russia's dead at 250,000 men. The monthly death toll is 10,000, it said.")
    assert found[10000].claimant == "CSIS"
