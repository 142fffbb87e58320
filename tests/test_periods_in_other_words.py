"""A count over a stretch of time inside the war is a period, in other words too: "since the
beginning of 2025", "for September", "in a single month", and a passive "are estimated at" after
"Between January and April" (no one speaking, so the months are the count's, not when it was
said). From the war's own start it stays a running total."""

from __future__ import annotations

import pytest

from tests.extraction_helpers import figures


@pytest.mark.parametrize("text, value", [
    ("Losses\nNearly 500,000 Ukrainian soldiers have been killed since the beginning of 2025, Moscow claimed.", 500000),
    ("Losses\nBritain's ministry of defence put Russian casualties at more than 38,000 for September.", 38000),
    ("Losses\nTrump claimed that Ukraine lost 27,000 soldiers in a single month.", 27000),
    ("Losses\nBetween January and April 2025 alone, Russian casualties are estimated at around 160,000.", 160000),
    ("Losses\nFrom March to May, Ukrainian losses were estimated at 21,000 troops.", 21000),
])
def test_a_stretch_inside_the_war_is_a_period(text, value):
    assert figures(text)[value].kind == "period"


@pytest.mark.parametrize("text, value", [
    ("Losses\nRussia has lost 2,000 tanks since the beginning of 2022, the General Staff said.", 2000),
    ("Losses\nIn February, Zelensky said 31,000 Ukrainian soldiers had been killed since the invasion.", 31000),
])
def test_from_the_wars_start_or_when_it_was_said_is_no_period(text, value):
    assert figures(text)[value].kind == "cumulative"


@pytest.mark.parametrize("text, value", [
    ("Losses\nThe latest report details 1,040 Russian troops put out of action in the preceding 24 hours.", 1040),
    ("Losses\nRussia suffers worst day of the war as 1,740 of its soldiers are killed, Kyiv says.", 1740),
    ("Losses\nUkraine said 1,320 Russian troops were killed over the preceding day.", 1320),
])
def test_one_days_count_in_other_words_is_daily(text, value):
    assert figures(text)[value].kind == "daily"


@pytest.mark.parametrize("text, value", [
    ("Losses\nAccording to Konashenkov, since the start of the counter-offensive (in June-July), the Ukrainian army "
     "has lost over 43,000 troops.", 43000),
    ("Losses\nSince the launch of Kyiv's offensive (in early August), Russia lost 2,000 soldiers.", 2000),
])
def test_a_campaigns_start_with_its_months_after_it_is_a_period(text, value):
    assert figures(text)[value].kind == "period"


def test_the_wars_start_with_its_month_after_it_stays_a_running_total():
    assert figures("Losses\nSince the invasion began (in February 2022), Russia has lost 300,000 troops.")[300000].kind \
        == "cumulative"


@pytest.mark.parametrize("text, value", [
    ("Losses\nFour children have been killed and a further 17 injured in just six days of attacks.", 17),
    ("Losses\nThe Economist estimates that around 31,000 Russian soldiers died during the current summer offensive.",
     31000),
])
def test_a_few_days_or_a_campaign_of_two_words_is_a_period(text, value):
    assert figures(text)[value].kind == "period"


def test_a_war_a_week_old_counts_its_refugees_from_its_start():
    assert figures("Refugees\nOne million refugees fled in 7 days, the UN said.")[1000000].kind == "cumulative"


def test_a_list_s_line_under_its_year_counts_that_year():
    f = figures("Losses by year\n- 2022: Initial battles resulted in approximately 10,000 Russian military casualties.\n"
                "- 2023: The escalation led to a doubling of Russian losses, surpassing 20,000 casualties.")
    assert (f[10000].kind, f[20000].kind) == ("period", "period")
    # (a time of day is no year: "At 20:15: ..." stays the running count it was)
    assert figures("Losses\nAt 20:15: Russia has lost 20,000 soldiers since the invasion.")[20000].kind == "cumulative"
