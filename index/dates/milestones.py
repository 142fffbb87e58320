"""Milestones of the war and the dates they let us estimate ("the war's first anniversary").

Articles often date themselves only by the war's clock: "ahead of the war's first
anniversary", "nearly two years into the war", "day 1000 of the invasion". The events such
phrases count from are kept as data in a small table; each pattern runs only when its key
word is present, and only in text that names the war at all.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from index.dates.patterns import NUMBER_WORDS

# Events estimates count from. "the war" in this domain is the full-scale invasion.
EVENTS = {
    "full-scale invasion": date(2022, 2, 24),
}
WAR_START = EVENTS["full-scale invasion"]


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
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word)


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
