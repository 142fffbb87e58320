"""Turning a matched date phrase into ISO dates, against the article's own date (`ref`).

The patterns only find phrases; what they mean depends on when the article was written:
"on December 16" is the latest December 16 not too far after `ref`, "last month" is the
month before `ref`'s, a period still running is clipped to `ref`. The rules are listed in
`index.dates`; the calendar arithmetic is dateutil's `relativedelta`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from index.dates.patterns import MONTHS, NUMBER_WORDS, WEEKDAYS

# Days a year-less date may lie after `ref` and still be read as coming ("exercises last
# until February 20" in a February 11 article); further ahead, it is the last such date.
# A month alone may be the next month ("an invasion in February" written in January).
FUTURE_SLACK_DAYS = 60
PLAUSIBLE_YEARS = (1990, 2100)


def parse_iso(ref: str | None) -> date | None:
    if not ref or not isinstance(ref, str):
        return None
    try:
        return date.fromisoformat(ref[:10])
    except ValueError:
        return None


def month_number(name: str) -> int | None:
    return MONTHS.get(name.strip(".").lower()[:3])


def valid_date(y: int, m: int, d: int) -> date | None:
    if not (PLAUSIBLE_YEARS[0] <= y <= PLAUSIBLE_YEARS[1]):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def year_for(m: int, d: int, ref: date | None, slack: int = FUTURE_SLACK_DAYS) -> date | None:
    """A year-less month-day placed at its latest occurrence no more than `slack` days
    after `ref` (so "January 5" in a December 18 article is the coming one)."""
    if ref is None:
        return None
    for y in (ref.year + 1, ref.year, ref.year - 1):
        got = valid_date(y, m, d)
        if got and got <= ref + timedelta(days=slack):
            return got
    return None


def _year_for_month(month: int, ref: date, slack: bool = True) -> int:
    """The year of a year-less month: this year's up to `ref`'s month, the coming one
    if it is the next month, else last year's."""
    if month <= ref.month:
        return ref.year
    if slack and month == ref.month + 1:
        return ref.year
    if slack and ref.month == 12 and month == 1:
        return ref.year + 1
    return ref.year - 1


def _month_end(y: int, m: int) -> date:
    return date(y, m, 1) + relativedelta(months=1, days=-1)


def clip(d: date, ref: date | None) -> date:
    return min(d, ref) if ref and date(d.year, d.month, 1) <= ref else d


def to_iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def resolve_absolute(
    kind: str, m: re.Match, ref: date | None, slack: bool = True
) -> tuple[str | None, str | None] | None:
    """(iso, first) for a match of one of `ABSOLUTE`; None when it is no date."""
    g = m.groupdict()
    if "a" in g and g.get("a"):  # numeric, day and month order unknown
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        day_first = valid_date(y, b, a)
        month_first = valid_date(y, a, b)
        # "." is the European order; "/" is read the US way unless that is impossible.
        got = (day_first or month_first) if g["s"] == "." else (month_first or day_first)
        return (to_iso(got), None) if got else None
    if g.get("mn"):
        got = valid_date(int(g["y"]), int(g["mn"]), int(g["d"]))
        return (to_iso(got), None) if got else None
    month = month_number(g["m"])
    if month is None:
        return None
    if kind == "month":
        if g.get("y"):
            y = int(g["y"])
        elif ref is not None:
            y = _year_for_month(month, ref, slack)
        else:
            return (None, None)
        if not (PLAUSIBLE_YEARS[0] <= y <= PLAUSIBLE_YEARS[1]):
            return None
        return to_iso(clip(_month_end(y, month), ref)), to_iso(date(y, month, 1))
    day = int(g["d"])
    if g.get("y"):
        got = valid_date(int(g["y"]), month, day)
        return (to_iso(got), None) if got else None
    if not 1 <= day <= 31 or valid_date(2000, month, day) is None:  # 2000: a leap year
        return None
    return to_iso(year_for(month, day, ref, FUTURE_SLACK_DAYS if slack else 0)), None


def resolve_relative(m: re.Match, ref: date | None) -> tuple[str | None, str | None]:
    """(iso, first) of a relative phrase against `ref`."""
    if ref is None:
        return None, None
    g = m.groupdict()
    if g.get("today"):
        return to_iso(ref), None
    if g.get("yesterday"):
        return to_iso(ref - timedelta(days=1)), None
    if g.get("wd"):
        target = WEEKDAYS.index(g["wd"].lower() + "day")
        back = (ref.weekday() - target) % 7
        if back == 0 and (g.get("wdprep") or "").lower() == "last":
            back = 7
        return to_iso(ref - timedelta(days=back)), None
    if g.get("ago"):
        n = g["n"].lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)
        unit = g["unit"].lower()
        delta = {
            "day": relativedelta(days=count),
            "week": relativedelta(weeks=count),
            "month": relativedelta(months=count),
            "year": relativedelta(years=count),
        }[unit]
        return to_iso(ref - delta), None
    which, unit = g["which"].lower(), g["punit"].lower()
    if which in ("past",):  # "over the past week": a period ending now
        span = {"week": relativedelta(weeks=1), "month": relativedelta(months=1),
                "year": relativedelta(years=1)}[unit]
        return to_iso(ref), to_iso(ref - span)
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday())
        if which == "this":
            return to_iso(ref), to_iso(monday)
        return to_iso(monday - timedelta(days=1)), to_iso(monday - timedelta(days=7))
    if unit == "month":
        first = date(ref.year, ref.month, 1)
        if which == "this":
            return to_iso(ref), to_iso(first)
        prev = first - relativedelta(months=1)
        return to_iso(first - timedelta(days=1)), to_iso(prev)
    if which == "this":
        return to_iso(ref), to_iso(date(ref.year, 1, 1))
    return to_iso(date(ref.year - 1, 12, 31)), to_iso(date(ref.year - 1, 1, 1))


def shifted_ref(ref: date | None, shift: re.Match | None) -> date | None:
    """The reference a year-less date resolves against when the text names its year in
    words: "last year" places it in the year before `ref`, "next year" after."""
    if ref is None or shift is None:
        return ref
    which = shift.group("which")
    if which == "this":
        return date(ref.year, 12, 31)
    if which == "last":
        return date(ref.year - 1, 12, 31)
    return date(ref.year + 1, 12, 31)
