"""A figure of Russian losses no one is named for, which is a number of the General Staff's
bulletin of its days: outlets relay Kyiv's running tally without saying whose it is. The reader
then names the General Staff and says which bulletin holds the number; near misses, round
numbers, other sides and named sources are left as the article gives them."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value", [
    # the record's bulletin of 2023-02-07: 133,190 troops, 1,030 that day, 3,245 tanks
    ("Record day\nOvernight, the country's armed forces increased its running tally of Russian troops killed by "
     "1,030, bringing its total to 133,190.", 133190),
    ("Record day\nOvernight, the country's armed forces increased its running tally of Russian troops killed by "
     "1,030, bringing its total to 133,190.", 1030),
    ("Tanks\nThe invaders have now lost 3,245 tanks, the highest number of any war since 1945.", 3245),
])
def test_a_number_of_the_days_bulletin_is_the_general_staffs(text, value):
    f = figures(text, published="2023-02-07")[value]
    assert f.claimant == "General Staff of Ukraine"
    assert f.claimant_from == "the number of the General Staff's bulletin of 2023-02-07"


def test_a_running_total_with_no_date_is_placed_by_its_number_alone():
    f = figures("Tanks\nThe invaders have now lost 133,190 soldiers since the war began.", published=None)[133190]
    assert f.claimant == "General Staff of Ukraine"


@pytest.mark.parametrize("text, published, value", [
    ("Toll\nThe invaders have now lost 133,191 soldiers since the war began.", "2023-02-07", 133191),  # not the bulletin's
    ("Toll\nThe invaders have now lost 133,000 soldiers since the war began.", "2023-02-07", 133000),  # round
    ("Toll\nThe invaders have now lost about 133,190 soldiers since the war began.", "2023-02-07", 133190),  # hedged
    ("Toll\nThe invaders have now lost 133,190 soldiers since the war began.", "2024-06-01", 133190),  # another year
    ("Toll\nThe invaders lost 30,000 soldiers since the war began.", None, 30000),  # round, no date
])
def test_a_number_the_bulletins_of_its_days_do_not_hold_stays_unnamed(text, published, value):
    assert figures(text, published=published)[value].claimant is None


def test_a_named_source_is_kept_even_when_the_bulletin_has_its_number():
    f = figures("Toll\nThe Pentagon said the invaders have lost 133,190 soldiers since the war began.",
                published="2023-02-07")[133190]
    assert "Pentagon" in f.claimant or "Defense" in f.claimant


def test_ukraines_own_losses_are_never_read_as_the_bulletins():
    f = figures("Toll\nUkraine has lost 3,245 soldiers since the war began, the report says.",
                published="2023-02-07")[3245]
    assert f.claimant != "General Staff of Ukraine"
