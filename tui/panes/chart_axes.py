"""The timeline chart's axes: calendar ticks on x (days as ordinals), short values on y, and
the ranges a reader expects (a lone point gets a few days either side; no value below zero).

Pure functions and two textual-plot formatters; `tests/test_chart_axes.py` checks them."""

from __future__ import annotations

import datetime as dt
from math import ceil, floor, log10

from textual_plot.axis_formatter import AxisFormatter

# Steps of the date axis, finest first: (days, months); a month step lands on month starts.
DATE_STEPS = ((1, 0), (2, 0), (7, 0), (14, 0), (0, 1), (0, 2), (0, 3), (0, 6), (0, 12), (0, 24))
LONE_POINT_DAYS = 4  # a single date gets this much room either side
MARGIN = 0.06  # of a range, either side, so no mark sits on the frame


def day(iso: str) -> int:
    return dt.date.fromisoformat(iso).toordinal()


def x_range(days: list[int]) -> tuple[float, float]:
    lo, hi = min(days), max(days)
    if hi - lo < 2 * LONE_POINT_DAYS:
        middle = (lo + hi) / 2
        return middle - LONE_POINT_DAYS - (hi - lo) / 2, middle + LONE_POINT_DAYS + (hi - lo) / 2
    pad = (hi - lo) * MARGIN
    return lo - pad, hi + pad


def y_range(values: list[float]) -> tuple[float, float]:
    """Room above and below the values, never below zero (losses are not negative)."""
    lo, hi = min(values), max(values)
    pad = (hi - lo) * MARGIN if hi > lo else max(abs(hi) * 0.1, 1)
    return max(0.0, lo - pad), hi + pad


def short_number(value: float) -> str:
    """`765k`, `1.02M`, `850`: y labels that fit a narrow margin."""
    if value >= 999_500:
        text = f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".")
        return f"{text}M"
    if value >= 100_000:
        return f"{value / 1000:.0f}k"
    if value >= 10_000:
        text = f"{value / 1000:.1f}".rstrip("0").rstrip(".")
        return f"{text}k"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def _months(date: dt.date) -> int:
    return date.year * 12 + date.month - 1


def date_ticks(lo: float, hi: float, most: int) -> tuple[list[int], str]:
    """Calendar ticks between `lo` and `hi` (ordinals), at most `most`, and their format."""
    span = max(1.0, hi - lo)
    for days, months in DATE_STEPS:
        if days and span / days <= most:
            first = ceil(lo / days) * days
            return list(range(first, floor(hi) + 1, days)), "%Y-%m-%d"
        if months and span / (30.4 * months) <= most:
            start = _months(dt.date.fromordinal(max(1, ceil(lo))))
            start = ceil(start / months) * months
            ticks = []
            while True:
                year, month = divmod(start, 12)
                ordinal = dt.date(year, month + 1, 1).toordinal()
                if ordinal > hi:
                    break
                if ordinal >= lo:
                    ticks.append(ordinal)
                start += months
            return ticks, "%Y" if months >= 12 else "%Y-%m"
    return [round(lo), round(hi)], "%Y-%m-%d"


class DateAxis(AxisFormatter):
    """x: days as ordinals, ticked on calendar boundaries; `most` follows the chart's width."""

    most = 6
    width = 0  # cells of the plot: a tick whose label would be cut at an edge is left out

    def __init__(self):
        self._format = "%Y-%m-%d"

    def get_ticks(self, min_: float, max_: float, max_ticks: int = 8) -> list[float]:
        ticks, self._format = date_ticks(min_, max_, min(max_ticks, self.most))
        if self.width and max_ > min_:
            half = (len(dt.date(2000, 1, 1).strftime(self._format)) + 1) / 2
            ticks = [t for t in ticks
                     if half <= (t - min_) / (max_ - min_) * self.width <= self.width - half]
        return [float(t) for t in ticks]

    def get_labels_for_ticks(self, ticks) -> list[str]:
        return [dt.date.fromordinal(int(t)).strftime(self._format) for t in ticks]


class ValueAxis(AxisFormatter):
    """y: ticks at 1, 2, 5 × 10ⁿ, labelled short (`750k`); `most` follows the chart's height."""

    most = 5

    def get_ticks(self, min_: float, max_: float, max_ticks: int = 8) -> list[float]:
        most = max(2, min(max_ticks, self.most))
        span = max(max_ - min_, 1e-9)
        raw = span / most
        power = 10 ** floor(log10(raw))
        step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
        first = ceil(min_ / step) * step
        ticks, t = [], first
        while t <= max_ + step * 1e-9:
            ticks.append(t)
            t += step
        return ticks

    def get_labels_for_ticks(self, ticks) -> list[str]:
        return [short_number(t) for t in ticks]
