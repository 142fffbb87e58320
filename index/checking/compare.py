"""Claimants side by side: for a metric and side, one row per claimant, one column per month
(or quarter), each cell the claimant's latest cumulative claim in that period, with what it
counts; the official record as a row of its own.

Killed and killed-and-wounded are different things: a cell carries its kind, and the mark
for claimants who differ by more than a quarter only ever compares cells of one kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.checking.record import COLUMNS, Record
from index.model import Figure

DATE_RE = re.compile(r"\d{4}-\d{2}")  # a month at least: a period needs one
SPREAD = 1.25  # same-kind claims in one period further apart than this are marked
KIND_LABELS = {"personnel_killed": "killed", "personnel_casualties": "killed+wounded",
               "personnel_wounded": "wounded"}
GROUPS = {"personnel": ("personnel_killed", "personnel_casualties")}
OFFICIAL = "General Staff bulletins"


@dataclass(slots=True)
class Cell:
    figure: Figure
    date: str
    estimated: bool
    kind: str  # "killed", "killed+wounded", or the metric
    differs: bool = False  # another claimant of the same kind is more than a quarter off


@dataclass
class CompareTable:
    metric: str
    side: str | None
    by: str  # "month" | "quarter"
    periods: list[str] = field(default_factory=list)
    rows: list[tuple[str, dict[str, Cell]]] = field(default_factory=list)
    official: dict[str, tuple[str, int]] = field(default_factory=dict)  # period -> bulletin

    def cell(self, row: int, period: str) -> Cell | None:
        return self.rows[row][1].get(period) if 0 <= row < len(self.rows) else None


def period_of(date: str, by: str) -> str:
    if by == "quarter":
        return f"{date[:4]}-Q{(int(date[5:7]) - 1) // 3 + 1}"
    return date[:7]


def kind_of(metric: str) -> str:
    return KIND_LABELS.get(metric, metric.replace("_", " "))


def compare(figures: list[Figure], metric: str, side: str | None, by: str = "month",
            record: Record | None = None) -> CompareTable:
    metrics = GROUPS.get(metric, (metric,))
    table = CompareTable(metric, side, by)
    latest: dict[str, dict[str, Cell]] = {}
    for f in figures:
        date = f.as_of or f.as_of_estimate
        if (f.kind != "cumulative" or f.metric not in metrics or not f.claimant
                or not DATE_RE.match(date or "") or (side and f.side != side)):
            continue
        period = period_of(date, by)
        cells = latest.setdefault(f.claimant, {})
        old = cells.get(period)
        if old is None or (date, f.start) >= (old.date, old.figure.start):
            cells[period] = Cell(f, date, f.as_of is None, kind_of(f.metric))
    # the official row: the bulletin of the period's latest claim, so a cell is read
    # against what the General Staff said that day
    last = {}
    for cells in latest.values():
        for period, c in cells.items():
            last[period] = max(last.get(period, ""), c.date)
    periods = set(last)
    if record is not None and side in ("russia", None) and metrics[0] in COLUMNS:
        values = record.values(metrics[0])
        for period, date in last.items():
            i = record.index_of(date)
            if i is not None and values[i] is not None:
                table.official[period] = (record.dates[i], values[i])
    table.periods = sorted(periods)
    table.rows = sorted(latest.items(), key=lambda r: (-len(r[1]), r[0].casefold()))
    _mark(table)
    return table


def _mark(table: CompareTable) -> None:
    for period in table.periods:
        by_kind: dict[str, list[Cell]] = {}
        for _, cells in table.rows:
            if period in cells:
                by_kind.setdefault(cells[period].kind, []).append(cells[period])
        for cells in by_kind.values():
            values = [c.figure.value for c in cells]
            if len(cells) > 1 and max(values) > SPREAD * max(min(values), 1):
                low, high = min(values), max(values)
                for c in cells:
                    # the extremes differ; a middle value close to both is left unmarked
                    c.differs = c.figure.value in (low, high)
