"""Periods in more words: "in three days" (not "in seven days of war", a week-old war's whole),
"April alone saw 36,000 losses", "since the 10th of May"."""

from __future__ import annotations

from tests.extraction_helpers import figures


def test_a_few_days_a_month_alone_and_a_day_of_a_month_are_periods():
    f = figures("Losses\nShoigu said Russian forces had inflicted 3,715 casualties on Ukraine in three days.\n\n"
                "April alone saw roughly 36,000 Russian losses.\n\n"
                "Since the 10th of May, nearly 12,000 people were evacuated from the border regions of Kharkiv.")
    assert (f[3715].kind, f[36000].kind, f[12000].kind) == ("period", "period", "period")


def test_days_of_a_war_a_week_old_count_from_its_start():
    f = figures("Refugees\nA million refugees fled Ukraine in seven days of war.\n\n"
                "Some 500,000 refugees fled in three days of war.")
    assert f[1_000_000].kind == f[500_000].kind == "cumulative"


def test_a_types_hyphen_is_no_list_dash():
    f = figures("Front\nUkrainian forces destroyed three Russian Su-25 aircraft in a single week.")
    assert (f[3].metric, f[3].kind) == ("aircraft", "period")
    g = figures("Losses\nTanks - 1,361 (+4)")
    assert (g[1361].metric, g[1361].kind) == ("tanks", "cumulative")
