"""Dates in article text and file names, resolved to ISO dates.

Why hand-written patterns and not a date library: python-dateutil parses a date string well
but knows no relative phrases, and its fuzzy parser over-matches inside sentences (it turns
"765,110 troops since 2022" into a date); dateparser is not a dependency and its
`search_dates` misreads dates inside sentences and is slow. Neither knows that "since
February 24, 2022" starts a counting period, or what "the war's first anniversary" means.
dateutil's `relativedelta` does the calendar arithmetic here.

Choices a caller should know:
- A `DateMention.iso` for a period ("December 2024", "last month", "2023") is the period's
  last day, clipped to `ref` when the period is still running (a figure "in January" in an
  article of January 20 is valid as of January 20); `first` is the period's first day.
- A month-day without a year ("on December 16", "Dec. 16") is its latest occurrence no
  more than 60 days after `ref` (articles announce coming events: "exercises last until
  February 20"); a month alone is this year's up to `ref`'s month, the coming one if it is
  the next month, else last year's; "since ..." is never after `ref`. "February 24 last
  year" and "in February this year" say their year in words. Without `ref`, relative
  phrases and year-less dates have `iso` None.
- "since ..." is kind "since": the start of a counting period, never the date of a claim.
- Every function here never raises: bad input gives no mention or None.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

# Events estimates count from. "the war" in this domain is the full-scale invasion.
EVENTS = {
    "full-scale invasion": date(2022, 2, 24),
}
WAR_START = EVENTS["full-scale invasion"]

# Days a year-less date may lie after `ref` and still be read as coming ("exercises last
# until February 20" in a February 11 article); further ahead, it is the last such date.
# A month alone may be the next month ("an invasion in February" written in January).
FUTURE_SLACK_DAYS = 60
PLAUSIBLE_YEARS = (1990, 2100)

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int  # offsets into the text passed in
    end: int
    iso: str | None  # resolved ISO date; None when it cannot be
    phrase: str  # == text[start:end]
    kind: str  # "date", "month", "year", "relative", "since", "range"
    first: str | None = None  # first day of a period (month, year, week, range)


# --- patterns -------------------------------------------------------------------------

# Month names are matched capitalised (or all capitals) only: "march" and "may" are verbs.
_MONTH_NAMES = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)
# A month alone must be spelled out: "Jan" and "Mar" alone are names ("Jan Kowalski").
_FULL_MONTHS = (
    "(?:January|February|March|April|May|June|July|August|September|October|November"
    "|December)"
)
# The period of an abbreviation ("Dec.") is part of the date, a full stop after a
# spelled-out month ("on 20 February.") is not.
_ABBR_DOT = r"(?:(?:(?<=\b[A-Z][a-z]{2})|(?<=\b[A-Z]{3})|(?<=Sept)|(?<=SEPT))\.)?"
_M = rf"(?P<m>(?:{_MONTH_NAMES}|{_MONTH_NAMES.upper()}){_ABBR_DOT})"
_D = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<y>(?:19|20)\d\d)"
_END = r"(?![\w-])"

# December 16 / Dec. 16th (no year)
_MONTH_DAY = re.compile(rf"\b{_M}\s{{1,3}}{_D}(?![\w,.]?\d)(?!\w)")
# 16 December / 16th of December (no year)
_DAY_MONTH = re.compile(rf"(?<![\w.,])\b{_D}\s{{1,3}}(?:of\s+)?{_M}(?!\w)")

_ABSOLUTE = [  # (kind, pattern, needs a digit, needs a month name)
    # 2024-12-16, 2024/12/16
    ("date", re.compile(rf"(?<![\w.-]){_Y}(?P<s>[-/.])(?P<mn>[01]?\d)(?P=s)(?P<d>[0-3]?\d){_END}"), True, False),
    # 16.12.2024, 16/12/2024, 12/16/2024 (the day is whichever part cannot be a month)
    ("date", re.compile(rf"(?<![\w.-])(?P<a>[0-3]?\d)(?P<s>[./])(?P<b>[0-3]?\d)(?P=s){_Y}{_END}"), True, False),
    # December 16, 2024 / Dec. 16th 2024
    ("date", re.compile(rf"\b{_M}\s{{1,3}}{_D},?\s{{1,3}}{_Y}{_END}"), True, True),
    # 16 December 2024 / 16th of December, 2024
    ("date", re.compile(rf"\b{_D}\s{{1,3}}(?:of\s+)?{_M},?\s{{1,3}}{_Y}{_END}"), True, True),
    ("date", _MONTH_DAY, True, True),
    ("date", _DAY_MONTH, True, True),
    # December 2024
    ("month", re.compile(rf"\b{_M},?\s{{1,3}}{_Y}{_END}"), True, True),
    # (in) January: a bare month counts only after a word that makes it a time
    (
        "month",
        re.compile(
            rf"\b(?i:in|of|since|during|until|till|by|from|through|throughout|early|late"
            rf"|mid|last|this|next|and|to|between|before|after|end|start|beginning)[ \t-]"
            rf"(?P<core>(?P<m>{_FULL_MONTHS}))(?!\w|\.?\s*\d)"
        ),
        False,
        True,
    ),
]

# A year on its own: only after a word that makes it one, and never when a count noun
# follows ("2000 troops").
_YEAR = re.compile(
    r"\b(?i:in|of|since|during|until|till|by|from|through|throughout|early|late|mid"
    r"|the|and|to|between|before|after|year|spring|summer|autumn|fall|winter|end|start"
    r"|beginning)[ \t-]"
    r"(?P<core>(?P<y>(?:19[5-9]|20[0-4])\d))(?!\d|s\b|[,.]\d|\s*(?:-|–)\s*\d)"
    r"(?!\s+(?:\w+\s+)?(?:troops|soldiers|men|people|servicemen|personnel|civilians|tanks"
    r"|vehicles|casualties|deaths|dead|killed|wounded|missiles|drones|units|km|kilometers"
    r"|miles|metres|meters|tons|tonnes|artillery|shells|rounds|guns)\b)"
)

_WEEKDAY = r"(?P<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_RELATIVE = re.compile(
    r"\b(?:"
    r"(?P<today>today|tonight|this (?:morning|afternoon|evening))"
    r"|(?P<yesterday>yesterday|last night)"
    rf"|(?P<wdphrase>(?:(?P<wdprep>[Oo]n|[Ll]ast|[Ee]arly|[Ll]ate) ){_WEEKDAY}{_PART})"
    r"|(?P<ago>(?P<n>\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve) (?P<unit>day|week|month|year)s? ago)"
    r"|(?P<period>(?:(?P<earlier>earlier|later) )?(?P<which>last|this|past|previous) "
    r"(?P<punit>week|month|year))"
    r")\b",
    re.IGNORECASE,
)
_BARE_WEEKDAY = re.compile(rf"\b{_WEEKDAY}{_PART}\b")

_SINCE = re.compile(r"(?:\b(?:ever )?[Ss]ince(?: (?:early|late|mid-?|the start of|the beginning of|the end of))? ?)$")
_RANGE_OPEN = re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+$")
_RANGE_JOIN = re.compile(r"^\s*(?:and|to|until|till|through|-|–|—)\s*$")
_DAY_RANGE = re.compile(
    rf"\b(?:(?P<between>[Bb]etween\s+)?{_M}\s{{1,3}}(?P<d1>[0-3]?\d)\s*(?P<join>-|–|to|and)\s*(?P<d2>[0-3]?\d)"
    rf"|(?P<e1>[0-3]?\d)\s*(?:-|–|to)\s*(?P<e2>[0-3]?\d)\s{{1,3}}(?P<m2>(?:{_MONTH_NAMES}){_ABBR_DOT}))"
    rf"(?:,?\s{{1,3}}{_Y})?(?![\w-])(?!\s+(?:days?|weeks?|months?|years?|hours?|minutes?)\b)"
)

_FULL_MONTH = re.compile(rf"\b{_FULL_MONTHS}\b")
_WEAK_CUE = re.compile(r"(?i:and|to|from|between|before|after|through|throughout)\b")
# "February 24 last year", "in February this year": the year is said in words.
_YEAR_WORD = re.compile(r",?\s+(?P<which>last|this|next) year\b")
# A bare weekday that is part of a name ("the Sunday Times", "Bloody Sunday").
_NAMED_DAY = re.compile(r"(?:[A-Z][a-z]+\s+)$")

# Cheap signs that decide which patterns run at all.
_DIGIT = re.compile(r"\d")
_MONTH_SIGN = re.compile(rf"(?:{_MONTH_NAMES}|{_MONTH_NAMES.upper()})")
_RELATIVE_SIGN = re.compile(r"day|night|week|month|year|ago|morning|evening|afternoon", re.IGNORECASE)


# --- helpers --------------------------------------------------------------------------


def _parse_iso(ref: str | None) -> date | None:
    if not ref or not isinstance(ref, str):
        return None
    try:
        return date.fromisoformat(ref[:10])
    except ValueError:
        return None


def _month_number(name: str) -> int | None:
    return _MONTHS.get(name.strip(".").lower()[:3])


def _valid(y: int, m: int, d: int) -> date | None:
    if not (PLAUSIBLE_YEARS[0] <= y <= PLAUSIBLE_YEARS[1]):
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _year_for(m: int, d: int, ref: date | None, slack: int = FUTURE_SLACK_DAYS) -> date | None:
    """A year-less month-day placed at its latest occurrence no more than `slack` days
    after `ref` (so "January 5" in a December 18 article is the coming one)."""
    if ref is None:
        return None
    for y in (ref.year + 1, ref.year, ref.year - 1):
        got = _valid(y, m, d)
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


def _clip(d: date, ref: date | None) -> date:
    return min(d, ref) if ref and date(d.year, d.month, 1) <= ref else d


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _absolute(
    kind: str, m: re.Match, ref: date | None, slack: bool = True
) -> tuple[str | None, str | None] | None:
    """(iso, first) for a match of one of `_ABSOLUTE`; None when it is no date."""
    g = m.groupdict()
    if "a" in g and g.get("a"):  # numeric, day and month order unknown
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        day_first = _valid(y, b, a)
        month_first = _valid(y, a, b)
        # "." is the European order; "/" is read the US way unless that is impossible.
        got = (day_first or month_first) if g["s"] == "." else (month_first or day_first)
        return (_iso(got), None) if got else None
    if g.get("mn"):
        got = _valid(int(g["y"]), int(g["mn"]), int(g["d"]))
        return (_iso(got), None) if got else None
    month = _month_number(g["m"])
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
        return _iso(_clip(_month_end(y, month), ref)), _iso(date(y, month, 1))
    day = int(g["d"])
    if g.get("y"):
        got = _valid(int(g["y"]), month, day)
        return (_iso(got), None) if got else None
    if not 1 <= day <= 31 or _valid(2000, month, day) is None:  # 2000: a leap year
        return None
    return _iso(_year_for(month, day, ref, FUTURE_SLACK_DAYS if slack else 0)), None


def _relative(m: re.Match, ref: date | None) -> tuple[str | None, str | None]:
    """(iso, first) of a relative phrase against `ref`."""
    if ref is None:
        return None, None
    g = m.groupdict()
    if g.get("today"):
        return _iso(ref), None
    if g.get("yesterday"):
        return _iso(ref - timedelta(days=1)), None
    if g.get("wd"):
        target = _WEEKDAYS.index(g["wd"].lower() + "day")
        back = (ref.weekday() - target) % 7
        if back == 0 and (g.get("wdprep") or "").lower() == "last":
            back = 7
        return _iso(ref - timedelta(days=back)), None
    if g.get("ago"):
        n = g["n"].lower()
        count = int(n) if n.isdigit() else _NUMBER_WORDS.get(n, 1)
        unit = g["unit"].lower()
        delta = {
            "day": relativedelta(days=count),
            "week": relativedelta(weeks=count),
            "month": relativedelta(months=count),
            "year": relativedelta(years=count),
        }[unit]
        return _iso(ref - delta), None
    which, unit = g["which"].lower(), g["punit"].lower()
    if which in ("past",):  # "over the past week": a period ending now
        span = {"week": relativedelta(weeks=1), "month": relativedelta(months=1),
                "year": relativedelta(years=1)}[unit]
        return _iso(ref), _iso(ref - span)
    if unit == "week":
        monday = ref - timedelta(days=ref.weekday())
        if which == "this":
            return _iso(ref), _iso(monday)
        return _iso(monday - timedelta(days=1)), _iso(monday - timedelta(days=7))
    if unit == "month":
        first = date(ref.year, ref.month, 1)
        if which == "this":
            return _iso(ref), _iso(first)
        prev = first - relativedelta(months=1)
        return _iso(first - timedelta(days=1)), _iso(prev)
    if which == "this":
        return _iso(ref), _iso(date(ref.year, 1, 1))
    return _iso(date(ref.year - 1, 12, 31)), _iso(date(ref.year - 1, 1, 1))


def _shifted(ref: date | None, shift: re.Match | None) -> date | None:
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


# --- public ---------------------------------------------------------------------------


def find_dates(text: str, ref: str | None = None) -> list[DateMention]:
    """Every date mention in `text`, in text order, resolved against `ref` (an ISO date,
    usually the article's published date). Never raises."""
    try:
        return _find_dates(text, _parse_iso(ref))
    except Exception:  # a date we cannot read must never cost the article its figures
        return []


def _find_dates(text: str, ref: date | None) -> list[DateMention]:
    if not isinstance(text, str):
        return []
    # Each family of patterns runs only when its cheapest sign is present: most
    # paragraphs have digits, few have a month name or a relative word.
    has_digit = _DIGIT.search(text) is not None
    has_month = _MONTH_SIGN.search(text) is not None
    has_relative = _RELATIVE_SIGN.search(text) is not None
    if not (has_digit or has_month or has_relative):
        return []
    found: list[DateMention] = []
    taken = _Taken()

    def add(a: int, b: int, iso, kind: str, first=None) -> None:
        found.append(DateMention(a, b, iso, text[a:b], kind, first))
        taken.add(a, b)

    for m in _DAY_RANGE.finditer(text) if has_digit and has_month else ():
        if m.group("join") == "and" and not m.group("between"):
            continue  # "on March 8 and 15 people died" is no range
        month = _month_number(m.group("m") or m.group("m2"))
        d1, d2 = (m.group("d1"), m.group("d2")) if m.group("d1") else (m.group("e1"), m.group("e2"))
        d1, d2 = int(d1), int(d2)
        if month is None or not (1 <= d1 < d2 <= 31):
            continue
        if m.group("y"):
            hi, lo = _valid(int(m.group("y")), month, d2), _valid(int(m.group("y")), month, d1)
        else:
            hi = _year_for(month, d2, ref)
            lo = _valid(hi.year, month, d1) if hi else None
        if _valid(2000, month, d2) is None:
            continue
        add(m.start(), m.end(), _iso(hi), "range", _iso(lo))

    for kind, pattern, needs_digit, needs_month in _ABSOLUTE:
        if (needs_digit and not has_digit) or (needs_month and not has_month):
            continue
        for m in pattern.finditer(text):
            a, b = m.span("core") if "core" in m.groupdict() else m.span()
            if not taken.free(a, b):
                continue
            if (
                "core" in m.groupdict()
                and m.group("m") == "May"
                and _WEAK_CUE.match(m.group(0))
                and not _FULL_MONTH.search(text, max(0, m.start() - 30), m.start())
            ):
                continue  # "Johnson and May said" is a name; "April and May" are months
            shift = _YEAR_WORD.match(text, b) if not m.groupdict().get("y") and ref else None
            got = _absolute(kind, m, _shifted(ref, shift), slack=shift is None)
            if got is not None:
                add(a, shift.end() if shift else b, got[0], kind, got[1])

    for m in _YEAR.finditer(text) if has_digit else ():
        if taken.free(*m.span("core")):
            y = int(m.group("y"))
            add(*m.span("core"), _iso(_clip(date(y, 12, 31), ref)), "year", _iso(date(y, 1, 1)))

    for pattern in (_RELATIVE, _BARE_WEEKDAY) if has_relative else ():
        for m in pattern.finditer(text):
            if m.group(0) == "Today" and re.search(r"\b[A-Z][A-Za-z]+\s+$", text[max(0, m.start() - 30) : m.start()]):
                continue  # "USA Today", "Russia Today": a name
            if pattern is _BARE_WEEKDAY and (
                _NAMED_DAY.search(text, max(0, m.start() - 30), m.start())
                and not re.search(r"(?:^|[.!?:\n]\s*)[A-Z][a-z]+\s+$", text[max(0, m.start() - 30) : m.start()])
                or re.match(r"\s+[A-Z]", text[m.end() : m.end() + 2])
            ):
                continue
            if taken.free(m.start(), m.end()):
                iso, first = _relative(m, ref)
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
            and _RANGE_OPEN.search(before)
            and _RANGE_JOIN.match(text[cur.end : nxt.start])
        ):
            opener = _RANGE_OPEN.search(before)
            start = cur.start - (len(before) - opener.start())
            first = cur.first or cur.iso
            # "between Feb. 24 and March 3, 2023": the first date borrows the second's year
            if cur.kind == "date" and nxt.iso and not re.search(r"\d{4}", cur.phrase):
                m = _MONTH_DAY.fullmatch(cur.phrase) or _DAY_MONTH.fullmatch(cur.phrase)
                if m:
                    got = _year_for(_month_number(m.group("m")), int(m.group("d")), date.fromisoformat(nxt.iso), 0)
                    first = _iso(got)
            end_iso = nxt.iso
            if first and end_iso and end_iso < first and nxt.kind == "relative":
                # "from Friday to Sunday" said on a Saturday: the Sunday still to come
                end_iso = _iso(date.fromisoformat(end_iso) + timedelta(days=7))
            out.append(DateMention(start, nxt.end, end_iso, text[start : nxt.end], "range", first))
            i += 2
            continue
        # "since A", and "between A" / "from A" with no second date (a cut headline:
        # "lost 1,020,010 troops between Feb. 24, 2022"), start a counting period.
        since = _SINCE.search(before) or _RANGE_OPEN.search(before)
        if since and cur.kind != "relative":
            start = cur.start - (len(before) - since.start())
            iso = cur.first or cur.iso
            if iso and ref and iso > ref.isoformat() and not re.search(r"\d{4}|year", cur.phrase):
                # a counting period has begun: "since March 1" in February is last March
                iso = _iso(date.fromisoformat(iso) - relativedelta(years=1))
            out.append(DateMention(start, cur.end, iso, text[start : cur.end], "since"))
        else:
            out.append(cur)
        i += 1
    return out


# --- file names -----------------------------------------------------------------------

_NAME_PATTERNS = [
    # 20240504T130000Z_PL_en_0ea2dd10ee.txt
    re.compile(r"(?<![0-9A-Za-z])(\d{4})(\d{2})(\d{2})T\d{4,6}Z?(?![0-9A-Za-z])"),
    # 2024-05-04-title.txt, 2024_05_04 title.md, 2024.05.04
    re.compile(r"(?<![0-9A-Za-z])(\d{4})([-_.])(\d{2})\2(\d{2})(?!\d)"),
    # title-20240504.html: eight digits standing alone (a hash has letters around them)
    re.compile(r"(?<![0-9A-Za-z])(\d{4})(\d{2})(\d{2})(?![0-9A-Za-z])"),
]


def date_from_filename(name: str) -> str | None:
    """The date a file name carries ("20240504T130000Z_PL_en_0ea2dd10ee.txt",
    "2024-05-04-title.txt", "2024_05_04 title.md", "title-20240504.html" -> "2024-05-04");
    None when it carries none. Hashes and ids are not dates: the digits must stand alone
    and form a real calendar date in a plausible year."""
    try:
        base = str(name).replace("\\", "/").rsplit("/", 1)[-1]
        for pattern in _NAME_PATTERNS:
            for m in pattern.finditer(base):
                parts = [g for g in m.groups() if g not in ("-", "_", ".")]
                got = _valid(int(parts[0]), int(parts[1]), int(parts[2]))
                if got and got <= date.today() + timedelta(days=366):
                    return got.isoformat()
    except Exception:
        return None
    return None


# --- the opening of an article --------------------------------------------------------

_OPENING_CHARS = 600
_DATELINE = re.compile(
    r"^[ \t]*(?P<city>[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .'-]{1,30})?),\s+"
    r"(?P<date>[^()\n–—-]{3,30}?)\s*(?:\((?P<agency>[A-Za-z .&/-]{2,30})\))?\s*[-–—:]",
    re.MULTILINE,
)
_LABEL = re.compile(
    r"(?:^|\b)(?:Published|Updated|Posted|Date|First published|Last updated)\b:?\s*(?:on\s+)?$",
    re.IGNORECASE,
)
# What may stand beside a date on a line of its own ("Monday, 16 December 2024, 10:30 GMT").
_DATE_LINE_EXTRAS = re.compile(
    r"[\W\d_]|\b(?:[AaPp]\.?[Mm]\.?|GMT|UTC|EST|EDT|CET|CEST|BST|PST|PDT|MSK|EET|EEST"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b"
)
_ON = re.compile(r"(?:^|[\n.!?]\s*)(?:[Oo]n|[Aa]s of)\s+$")


def date_in_opening(text: str, ref: str | None = None) -> tuple[str, str] | None:
    """An explicit date the opening of an article gives for itself: a dateline
    ("KYIV, Dec 16 (Reuters) -"), a label ("Published: 2024-12-16"), a line holding only a
    date, or a sentence that opens with one ("On December 16, 2024, ..."). Returns (iso,
    the exact phrase) or None. A year-less dateline needs `ref` (or a year nearby) to
    resolve. Dates of known events (the invasion) opening a sentence are history, not the
    article's date. Never raises."""
    try:
        return _date_in_opening(text, _parse_iso(ref))
    except Exception:
        return None


def _opening_window(text: str) -> str:
    """The first ~600 characters: title, byline, dateline and the first sentences."""
    return text[:_OPENING_CHARS]


def _date_in_opening(text: str, ref: date | None) -> tuple[str, str] | None:
    if not isinstance(text, str):
        return None
    window = _opening_window(text)
    year_hint = ref
    if year_hint is None:  # a year-less dateline may take the year of a date nearby
        for mention in _find_dates(window, None):
            if mention.kind == "date" and mention.iso:
                year_hint = date.fromisoformat(mention.iso)
                break
    for m in _DATELINE.finditer(window):
        dates = _find_dates(m.group("date"), year_hint)
        if dates and dates[0].kind == "date" and dates[0].iso and dates[0].phrase == m.group("date").strip():
            end = m.end("agency") + 1 if m.group("agency") else m.end("date")
            return dates[0].iso, window[m.start("city") : end]
    for mention in _find_dates(window, ref):
        if mention.kind != "date" or not mention.iso:
            continue
        before = window[: mention.start]
        line_start = before.rfind("\n") + 1
        line_end = window.find("\n", mention.end)
        line_end = len(window) if line_end < 0 else line_end
        line = window[line_start:line_end]
        label = _LABEL.search(before[line_start:])
        if label:
            return mention.iso, window[line_start + label.start() : mention.end].strip()
        only = not _DATE_LINE_EXTRAS.sub("", line.replace(mention.phrase, ""))
        if only:
            return mention.iso, mention.phrase
        on = _ON.search(before)
        at_sentence_start = on is not None or before[line_start:].strip() == ""
        if at_sentence_start and _opens_with_own_date(text, mention):
            # the phrase starts at "On"/"As of", without the previous sentence's end
            start = on.end() - len(on.group(0).lstrip("\n.!? \t")) if on else mention.start
            return mention.iso, window[start : mention.end]
    return None


def _opens_with_own_date(text: str, mention: DateMention) -> bool:
    """Whether a date opening a sentence ("On 20 March 2003, ...") is the article's own
    date rather than history: it must name its year, not be a known event's date, and the
    article must mention no later year (nobody writes in 2003 about 2014)."""
    if not re.search(r"\d{4}", mention.phrase):
        return False
    own = date.fromisoformat(mention.iso)
    if own in EVENTS.values():
        return False
    for other in _find_dates(text[:20_000], None):
        for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", other.phrase):
            if int(y) > own.year:
                return False
    return True


# --- estimates ------------------------------------------------------------------------

_COUNT = (
    r"(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a|an"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
)
_WAR = r"(?:full[- ]scale )?(?:war|invasion|conflict)"
_LEAD = r"(?:(?:ahead of|on|marking|marks|before|after|since) )?"
_WARS = rf"(?:{_WAR}'s|{_WAR}’s)"
# (kind, a word the pattern cannot match without, pattern): a pattern whose word is
# absent from the text does not run.
_ESTIMATES = [
    # "ahead of the war's first anniversary", "the war's 1-year anniversary"
    (
        "anniversary",
        "anniversary",
        rf"{_LEAD}the {_WARS} {_COUNT}(?:st|nd|rd|th)?(?:[- ]year)? anniversary",
    ),
    # "the first anniversary of the invasion"
    (
        "anniversary",
        "anniversary",
        rf"{_LEAD}the {_COUNT}(?:st|nd|rd|th)?(?:[- ]year)? anniversary of "
        rf"(?:the |Russia's |Russia’s )?{_WAR}",
    ),
    # "nearly two years into the war", "18 months into the invasion"
    (
        "into",
        "into|start of",
        rf"(?:(?:nearly|almost|more than|over|about|some) )?{_COUNT} "
        rf"(?P<unit>year|month|day|week)s? (?:into|after the start of|since the start of) "
        rf"the {_WAR}",
    ),
    # "the war's third year", "the third year of the war"
    ("year_of", "year", rf"the {_WARS} {_COUNT} year"),
    ("year_of", "year", rf"the {_COUNT} year of (?:the )?{_WAR}"),
    # "day 1000 of the war", "the 1,000th day of the invasion", "1,000 days of war"
    ("day", "day", rf"day (?P<d>\d{{1,4}}|\d,\d{{3}}) of (?:the )?{_WAR}"),
    ("day", "day", rf"the (?P<d>\d{{1,4}}|\d,\d{{3}})(?:st|nd|rd|th) day of (?:the )?{_WAR}"),
    ("day", "days", rf"(?P<d>\d{{1,4}}|\d,\d{{3}}) days (?:of|into) (?:the )?{_WAR}"),
    # "one year since the invasion", "two years after Russia invaded"
    (
        "into",
        "since|after",
        rf"(?:(?:nearly|almost|more than|over|about|some) )?{_COUNT} (?P<unit>year|month)s? "
        rf"(?:since|after) (?:Russia(?:'s|’s) |the )?(?:full[- ]scale )?"
        rf"(?:invasion|war|Russia invaded|Russia launched (?:its|the) (?:full[- ]scale )?invasion)",
    ),
    # "since the invasion began over two years ago"
    (
        "into",
        "ago",
        rf"(?:{_WAR}|escalation of hostilities) (?:began|started|was launched)?\s*"
        rf"(?:(?:nearly|almost|more than|over|about|some) )?{_COUNT} (?P<unit>year|month)s? ago",
    ),
    (
        "into",
        "ago",
        rf"(?:{_WAR}|escalation of hostilities) (?:(?:nearly|almost|more than|over|about|some) )?"
        rf"{_COUNT} (?P<unit>year|month)s? ago",
    ),
]
_ESTIMATES = [
    (kind, re.compile(sign, re.IGNORECASE), re.compile(r"\b" + pattern, re.IGNORECASE))
    for kind, sign, pattern in _ESTIMATES
]
# Every milestone names the war: text without these words has none.
_WAR_SIGN = re.compile(r"war|invasion|invaded|conflict|hostilities", re.IGNORECASE)


def _count(word: str | None) -> int | None:
    if not word:
        return None
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBER_WORDS.get(word)


def estimate_from_text(text: str) -> tuple[str, str] | None:
    """A date the text only lets us estimate: "ahead of the war's first anniversary" ->
    ("2023-02-24", "ahead of the war's first anniversary"); "nearly two years into the
    war" -> ("2024-02-24", ...); "the war's third year" -> ("2024-02-24", ...). When the
    text gives several, the latest wins: an article is written after every milestone it
    mentions. Never raises."""
    try:
        best: tuple[date, str] | None = None
        if not isinstance(text, str) or not _WAR_SIGN.search(text):
            return None
        for kind, sign, pattern in _ESTIMATES:
            if not sign.search(text):
                continue
            for m in pattern.finditer(text):
                got = _estimate(kind, m)
                if got and (best is None or got > best[0]):
                    best = (got, m.group(0))
        return (best[0].isoformat(), best[1]) if best else None
    except Exception:
        return None


def _estimate(kind: str, m: re.Match) -> date | None:
    if kind == "day":
        n = int(m.group("d").replace(",", ""))
        return WAR_START + timedelta(days=n - 1) if 0 < n < 20_000 else None
    n = _count(m.group("n"))
    if not n or n > 50:
        return None
    if kind == "anniversary":
        return WAR_START + relativedelta(years=n)
    if kind == "year_of":  # the Nth year begins N-1 years after the start
        return WAR_START + relativedelta(years=n - 1)
    unit = m.group("unit").lower()
    return WAR_START + relativedelta(**{unit + "s": n})
