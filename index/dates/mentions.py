"""Finding every date mention in a text: the patterns run, resolved, and joined.

Speed matters here (figure extraction asks once per paragraph), so each family of
patterns runs only when its cheap sign is present, and spans already taken by a longer
mention are kept sorted so checking them stays logarithmic. Two mentions joined by
"between ... and" or "from ... to" become one range; a mention after "since" becomes the
start of a counting period.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from index.dates.patterns import (
    ABSOLUTE, BARE_WEEKDAY, DAY_MONTH, DAY_RANGE, DIGIT, FULL_MONTH, MONTH_DAY, MONTH_SIGN,
    NAMED_DAY, RANGE_JOIN, RANGE_OPEN, RELATIVE, RELATIVE_SIGN, SINCE, WEAK_CUE, YEAR, YEAR_WORD,
)
from index.dates.resolution import (
    clip, month_number, resolve_absolute, resolve_relative, shifted_ref, to_iso, valid_date, year_for,
)


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets into the text passed in
    end: int
    iso: str | None  # resolved ISO date; None when it cannot be
    phrase: str  # == text[start:end]
    kind: str  # "date", "month", "year", "relative", "since", "range"
    first: str | None = None  # first day of a period (month, year, week, range)


class _Taken:
    """Spans already claimed by a mention, kept sorted: checking and adding are
    logarithmic, so a text with 100,000 dates stays linear-ish."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def free(self, a: int, b: int) -> bool:
        i = bisect.bisect_right(self.starts, a)
        if i > 0 and self.ends[i - 1] > a:
            return False
        return not (i < len(self.starts) and self.starts[i] < b)

    def add(self, a: int, b: int) -> None:
        i = bisect.bisect_right(self.starts, a)
        self.starts.insert(i, a)
        self.ends.insert(i, b)


def find_mentions(text: str, ref: date | None) -> list[DateMention]:
    """Every date mention in `text`, in text order, resolved against `ref`. May raise on
    a bug: `index.dates.find_dates` is the caller-facing version that never does."""
    if not isinstance(text, str):
        return []
    # Each family of patterns runs only when its cheapest sign is present: most
    # paragraphs have digits, few have a month name or a relative word.
    has_digit = DIGIT.search(text) is not None
    has_month = MONTH_SIGN.search(text) is not None
    has_relative = RELATIVE_SIGN.search(text) is not None
    if not (has_digit or has_month or has_relative):
        return []
    found: list[DateMention] = []
    taken = _Taken()

    def add(a: int, b: int, iso, kind: str, first=None) -> None:
        found.append(DateMention(a, b, iso, text[a:b], kind, first))
        taken.add(a, b)

    for m in DAY_RANGE.finditer(text) if has_digit and has_month else ():
        if m.group("join") == "and" and not m.group("between"):
            continue  # "on March 8 and 15 people died" is no range
        month = month_number(m.group("m") or m.group("m2"))
        d1, d2 = (m.group("d1"), m.group("d2")) if m.group("d1") else (m.group("e1"), m.group("e2"))
        d1, d2 = int(d1), int(d2)
        if month is None or not (1 <= d1 < d2 <= 31):
            continue
        if m.group("y"):
            hi, lo = valid_date(int(m.group("y")), month, d2), valid_date(int(m.group("y")), month, d1)
        else:
            hi = year_for(month, d2, ref)
            lo = valid_date(hi.year, month, d1) if hi else None
        if valid_date(2000, month, d2) is None:
            continue
        add(m.start(), m.end(), to_iso(hi), "range", to_iso(lo))

    for kind, pattern, needs_digit, needs_month in ABSOLUTE:
        if (needs_digit and not has_digit) or (needs_month and not has_month):
            continue
        for m in pattern.finditer(text):
            a, b = m.span("core") if "core" in m.groupdict() else m.span()
            if not taken.free(a, b):
                continue
            if (
                "core" in m.groupdict()
                and m.group("m") == "May"
                and WEAK_CUE.match(m.group(0))
                and not FULL_MONTH.search(text, max(0, m.start() - 30), m.start())
            ):
                continue  # "Johnson and May said" is a name; "April and May" are months
            shift = YEAR_WORD.match(text, b) if not m.groupdict().get("y") and ref else None
            got = resolve_absolute(kind, m, shifted_ref(ref, shift), slack=shift is None)
            if got is not None:
                add(a, shift.end() if shift else b, got[0], kind, got[1])

    for m in YEAR.finditer(text) if has_digit else ():
        if taken.free(*m.span("core")):
            y = int(m.group("y"))
            add(*m.span("core"), to_iso(clip(date(y, 12, 31), ref)), "year", to_iso(date(y, 1, 1)))

    for pattern in (RELATIVE, BARE_WEEKDAY) if has_relative else ():
        for m in pattern.finditer(text):
            if m.group(0) == "Today" and re.search(r"\b[A-Z][A-Za-z]+\s+$", text[max(0, m.start() - 30) : m.start()]):
                continue  # "USA Today", "Russia Today": a name
            if pattern is BARE_WEEKDAY and (
                NAMED_DAY.search(text, max(0, m.start() - 30), m.start())
                and not re.search(r"(?:^|[.!?:\n]\s*)[A-Z][a-z]+\s+$", text[max(0, m.start() - 30) : m.start()])
                or re.match(r"\s+[A-Z]", text[m.end() : m.end() + 2])
            ):
                continue
            if taken.free(m.start(), m.end()):
                iso, first = resolve_relative(m, ref)
                add(m.start(), m.end(), iso, "relative", first)

    found.sort(key=lambda x: x.start)
    return _join_ranges_and_since(text, found, ref)


def _join_ranges_and_since(
    text: str, found: list[DateMention], ref: date | None = None
) -> list[DateMention]:
    """"between A and B" / "from A to B" become one range; "since A" becomes a counting
    start (its iso is the period's first day)."""
    out: list[DateMention] = []
    i = 0
    while i < len(found):
        cur = found[i]
        before = text[max(0, cur.start - 40) : cur.start]
        nxt = found[i + 1] if i + 1 < len(found) else None
        if (
            nxt is not None
            and RANGE_OPEN.search(before)
            and RANGE_JOIN.match(text[cur.end : nxt.start])
        ):
            opener = RANGE_OPEN.search(before)
            start = cur.start - (len(before) - opener.start())
            first = cur.first or cur.iso
            # "between Feb. 24 and March 3, 2023": the first date borrows the second's year
            if cur.kind == "date" and nxt.iso and not re.search(r"\d{4}", cur.phrase):
                m = MONTH_DAY.fullmatch(cur.phrase) or DAY_MONTH.fullmatch(cur.phrase)
                if m:
                    got = year_for(month_number(m.group("m")), int(m.group("d")), date.fromisoformat(nxt.iso), 0)
                    first = to_iso(got)
            end_iso = nxt.iso
            if first and end_iso and end_iso < first and nxt.kind == "relative":
                # "from Friday to Sunday" said on a Saturday: the Sunday still to come
                end_iso = to_iso(date.fromisoformat(end_iso) + timedelta(days=7))
            out.append(DateMention(start, nxt.end, end_iso, text[start : nxt.end], "range", first))
            i += 2
            continue
        # "since A", and "between A" / "from A" with no second date (a cut headline:
        # "lost 1,020,010 troops between Feb. 24, 2022"), start a counting period.
        since = SINCE.search(before) or RANGE_OPEN.search(before)
        if since and cur.kind != "relative":
            start = cur.start - (len(before) - since.start())
            iso = cur.first or cur.iso
            if iso and ref and iso > ref.isoformat() and not re.search(r"\d{4}|year", cur.phrase):
                # a counting period has begun: "since March 1" in February is last March
                iso = to_iso(date.fromisoformat(iso) - relativedelta(years=1))
            out.append(DateMention(start, cur.end, iso, text[start : cur.end], "since"))
        else:
            out.append(cur)
        i += 1
    return out
