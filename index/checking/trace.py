"""Where a number came from: every claim of a value in the library, earliest first.

A claim is a figure whose value is within 1 % of the one traced (or whose range holds it).
Each step says whether its claimant says it first, says it again (a new statement, days
after the last), or whether an outlet repeats the claimant's earlier number (the same
claimant within a few days, in another article); a claim no one is named for stands alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from index.checking.checks import days_between
from index.model import Figure

TOLERANCE = 0.01
SAME_STATEMENT_DAYS = 3  # the same claimant within this many days: one statement reported again
ROLES = {
    "first": "says it first",
    "again": "says it again",
    "repeated": "repeated",
    "same article": "again in the same article",
    "unattributed": "no one named",
}


@dataclass(slots=True)
class TraceStep:
    figure: Figure
    date: str | None  # as_of, else its estimate (then `estimated`)
    estimated: bool
    role: str  # a key of ROLES
    source: str  # the claimant, or "unattributed"
    outlet: str | None
    title: str


def matches(fig: Figure, value: int) -> bool:
    if fig.upper is not None and fig.value <= value <= fig.upper:
        return True
    return abs(fig.value - value) <= TOLERANCE * value


def trace(value: int, figures: list[Figure], summaries: dict | None = None) -> list[TraceStep]:
    """The claims of `value` among `figures`, earliest first (undated ones last).
    `summaries` maps a file to its ArticleSummary (outlet and title)."""
    summaries = summaries or {}
    found = [f for f in figures if matches(f, value)]
    found.sort(key=lambda f: ((f.as_of or f.as_of_estimate or "9999"), f.file, f.start))
    steps: list[TraceStep] = []
    # (claimant, what, side) -> (its last statement's date, the files that carry it): one
    # claimant's 100,000 troops massed and 100,000 killed are two different statements
    said: dict[tuple, tuple[str | None, set[str]]] = {}
    for f in found:
        source = f.claimant or "unattributed"
        date = f.as_of or f.as_of_estimate
        key = (source, "personnel" if f.metric.startswith("personnel") else f.metric, f.side)
        last = said.get(key)
        if f.claimant is None:
            role = "unattributed"  # no chain to place it in
        elif last is None:
            role = "first"
            said[key] = (date, {f.file})
        elif f.file in last[1]:
            role = "same article"
        elif date and last[0] and _apart(date, last[0]) > SAME_STATEMENT_DAYS:
            role = "again"
            said[key] = (date, last[1] | {f.file})
        else:
            role = "repeated"
            last[1].add(f.file)
        summary = summaries.get(f.file)
        steps.append(TraceStep(
            f, date, f.as_of is None and date is not None, role, source,
            getattr(summary, "outlet", None), getattr(summary, "title", "") or ""))
    return steps


def _apart(a: str, b: str) -> int:
    try:
        return days_between(a, b)
    except ValueError:  # a date to the month only: too coarse to call it a new statement
        return 0
