"""The timeline chart's axes as a reader sees them: calendar ticks, short values, and ranges
that neither squash a lone point nor go below zero."""

from __future__ import annotations

import datetime as dt

from tui.panes.chart_axes import DateAxis, ValueAxis, date_ticks, day, short_number, x_range, y_range


def test_a_lone_point_gets_a_few_days_either_side_not_decades():
    lo, hi = x_range([day("2024-12-16")])
    assert 3 <= day("2024-12-16") - lo <= 10 and 3 <= hi - day("2024-12-16") <= 10


def test_values_never_go_below_zero_and_a_single_value_gets_room():
    assert y_range([2, 300_000])[0] == 0
    lo, hi = y_range([765_110])
    assert 0 <= lo < 765_110 < hi
    lo, hi = y_range([700_000, 765_110])
    assert lo > 600_000  # the difference between claims stays visible


def test_dates_tick_on_month_starts_with_short_labels():
    axis = DateAxis()
    axis.most = 6
    ticks = axis.get_ticks(day("2023-02-10"), day("2024-12-30"))
    labels = axis.get_labels_for_ticks(ticks)
    assert all(dt.date.fromordinal(int(t)).day == 1 for t in ticks)
    assert 2 <= len(ticks) <= 6 and all(len(label) == 7 for label in labels)  # "2023-07"
    days, fmt = date_ticks(day("2024-12-10"), day("2024-12-20"), 6)
    assert fmt == "%Y-%m-%d" and len(days) <= 6


def test_values_are_labelled_short_at_round_steps():
    axis = ValueAxis()
    ticks = axis.get_ticks(95_000, 803_000)
    assert axis.get_labels_for_ticks(ticks) == ["200k", "400k", "600k", "800k"]
    assert [short_number(v) for v in (1_020_010, 12_500, 850)] == ["1.02M", "12.5k", "850"]
    assert max(len(short_number(v)) for v in (765_110, 999_999, 99_999, 9_999)) <= 5
