"""Checking one figure against the official record.

A figure is checked when the General Staff claims it (or no one is named for it but it sits
among General Staff figures), it counts Russian losses the record has, and it is cumulative
or daily. Its qualifier and precision say which bulletins it allows: "over 139,000" allows
139,000-140,000, "about 30,700" 30,650-30,750, a plain "10,400" 10,350-10,450 (a rounding
of at most 1 %), "350" and "765,110" themselves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date as Date

from index.checking.record import COLUMNS, Record
from index.model import Figure

GENERAL_STAFF = "General Staff of Ukraine"
WINDOW_DAYS = 3  # a bulletin this close to the figure's date is the one it quotes
TIGHT_DAYS = 7  # bulletins allowing a figure that span more than this are a loose match
NEAR_CHARS = 400  # an unnamed figure this close to a General Staff one sits in its list
CHECKED_KINDS = ("cumulative", "daily")

OVER = ("over", "at least")
UNDER = ("under", "nearly", "up to")
# Articles add up two columns ("22,000 tanks and armored vehicles"): a figure counts the sum
# when the words right after it name the other column too.
PARTNERS = {
    "tanks": ("armored_vehicles", re.compile(r"armou?red|APC|combat vehicles", re.I)),
    "armored_vehicles": ("tanks", re.compile(r"\btanks?\b", re.I)),
    "aircraft": ("helicopters", re.compile(r"helicopter", re.I)),
    "helicopters": ("aircraft", re.compile(r"aircraft|planes|jets", re.I)),
}
# What the words right after a number count, to tell a figure whose metric was misread
# ("18 armored units" read as vehicles) from one that really differs from the bulletin.
NOUNS = [(metric, re.compile(rf"\b(?:{words})\b", re.I)) for metric, words in (
    ("personnel", r"troops|soldiers|personnel|servicemen|men|deaths|dead|killed|casualties"),
    ("armored_vehicles", r"armou?red|APCs?|IFVs?|combat vehicles|personnel carriers"),
    ("vehicles", r"vehicles?|trucks?|fuel tanks?|tankers?|cars"),
    ("tanks", r"tanks?"), ("artillery", r"artillery|guns|howitzers|cannons"),
    ("mlrs", r"MLRS|multiple(?:-launch)? rocket|rocket launchers?"),
    ("aircraft", r"aircraft|planes|jets|warplanes|fighters"),
    ("helicopters", r"helicopters?"), ("drones", r"drones?|UAVs?"),
    ("ships", r"ships?|boats?|vessels?|warships?"), ("submarines", r"submarines?"),
    ("air_defense", r"air[- ]defen[cs]e|anti-aircraft"),
    ("cruise_missiles", r"(?:cruise )?missiles?"), ("special_equipment", r"special equipment"))]
# a day's count for one region or direction is a part of the bulletin's total, not a misquote
PART_RE = re.compile(r"\b(?:regions?|oblasts?|directions?|sectors?)\b", re.I)


@dataclass(slots=True, frozen=True)
class Check:
    status: str  # "match" | "differs" | "none"
    bulletin: str | None  # the bulletin matched (match) or compared with (differs)
    official: int | None  # the record's value in that bulletin
    as_of: str | None = None  # the date the figure is read as (as_of or its estimate)
    note: str | None = None  # e.g. "tanks + armored_vehicles"

    def as_json(self) -> dict:
        return {"status": self.status, "bulletin": self.bulletin, "official": self.official}

    def describe(self) -> str:
        """One line for a reader: "matches the bulletin of 2024-12-17 (the article says
        2024-12-16)", "differs: the bulletin of 2024-05-25 said 356", "no bulletin has it"."""
        if self.status == "match":
            text = f"matches the bulletin of {self.bulletin}"
            if self.note:
                text += f" ({self.note})"
            if self.as_of and self.bulletin != self.as_of:
                text += f" (the article says {self.as_of})"
            return text
        if self.status == "differs":
            return f"differs: the bulletin of {self.bulletin} said {self.official:,}"
        return "no bulletin has it (a misquote, a typo or another source)"


def is_general_staff(claimant: str | None) -> bool:
    name = (claimant or "").casefold()
    return "general staff" in name and "russia" not in name


def allowed(value: int, upper: int | None, approx: str | None, text: str = ""
            ) -> tuple[float, float]:
    """The values a figure allows, from its qualifier and the precision it is written to
    (`text`: a number in words, "half a million", is a round one)."""
    if approx is None and any(c.isalpha() for c in text):
        approx = "about"
    if upper is not None and upper >= value:
        return float(value), float(upper)
    unit = 1
    while value and value % (unit * 10) == 0:
        unit *= 10
    slack = unit if unit > 1 else max(1.0, value * 0.02)
    if approx in OVER:
        return float(value), value + slack
    if approx in UNDER:
        return value - slack, float(value)
    if approx is None and (unit == 1 or unit / 2 > value * 0.01):
        return float(value), float(value)  # "350 planes" is 350: rounding would be 3 %
    return value - slack / 2, value + slack / 2


def checkable(fig: Figure, near_general_staff: bool) -> bool:
    return (fig.kind in CHECKED_KINDS and fig.metric in COLUMNS
            and fig.side in ("russia", None)
            and (is_general_staff(fig.claimant) or (fig.claimant is None and near_general_staff)))


def near_general_staff(figures: list[Figure]) -> set[tuple[str, int]]:
    """(file, start) of the unnamed figures that sit among a General Staff list."""
    staff: dict[str, list[int]] = {}
    for g in figures:
        if is_general_staff(g.claimant):
            staff.setdefault(g.file, []).append(g.sentence_start)
    return {(f.file, f.start) for f in figures
            if f.claimant is None and f.file in staff
            and any(abs(s - f.sentence_start) <= NEAR_CHARS for s in staff[f.file])}


def days_between(a: str, b: str) -> int:
    return abs((Date.fromisoformat(a[:10]) - Date.fromisoformat(b[:10])).days)


def span_days(record: Record, indexes: list[int]) -> int:
    return days_between(record.dates[indexes[0]], record.dates[indexes[-1]]) if indexes else 0


def check_figure(fig: Figure, record: Record, text_after: str = "",
                 article_day: str | None = None) -> Check | None:
    """The figure against the bulletin of its date (`as_of`, else its estimate); None when
    it cannot be checked (no date the record covers, and too loose to place by value).
    `article_day`: the bulletin the article's other figures agree on, which the figure may
    quote even when its own date was read wrong ("the Sunday report")."""
    daily = fig.kind == "daily"
    if daily and PART_RE.search(fig.sentence):
        return None  # one region's day: a part of the bulletin's total
    lo, hi = allowed(fig.value, fig.upper, fig.approx, fig.text)
    when = fig.as_of or fig.as_of_estimate
    anywhere = record.allowing(fig.metric, lo, hi, daily)
    if when is None:
        if not anywhere:
            return Check("none", None, None)
        if span_days(record, anywhere) <= TIGHT_DAYS:
            i = anywhere[0]
            return Check("match", record.dates[i], record.values(fig.metric, daily)[i])
        return None
    ref = record.index_of(when)
    if ref is None or days_between(record.dates[ref], when) > 1:
        return None  # before the first bulletin or after the last one this copy has
    values = record.values(fig.metric, daily)
    # a date estimated from the bulletins is exact: only that bulletin is the figure's
    window = 0 if fig.as_of is None and "bulletin" in (fig.as_of_from or "") else WINDOW_DAYS
    near = [i for i in anywhere if days_between(record.dates[i], when) <= window]
    if near:
        i = min(near, key=lambda i: (days_between(record.dates[i], when), i))
        return Check("match", record.dates[i], values[i], when)
    day = record.index_of(article_day) if article_day else None
    if day is not None and day in anywhere:
        return Check("match", record.dates[day], values[day], when)
    summed = _sum_match(fig, record, ref, lo, hi, daily, text_after, when)
    if summed:
        return summed
    official = values[ref]
    if official is None or _counts_another_thing(fig, text_after):
        return None
    if anywhere and 0.5 <= fig.value / max(official, 1) <= 2:
        return Check("differs", record.dates[ref], official, when)
    # no bulletin ever said it, or it is far from what this column holds: another source or
    # another thing counted, never "differs" on the strength of a misread metric
    return Check("none", None, None, when)


def _counts_another_thing(fig: Figure, text_after: str) -> bool:
    """The words after the number name another column than the figure's metric: "differs"
    would be the reading's error, not the article's."""
    found = [(m.start(), -len(m.group()), metric) for metric, rx in NOUNS
             if (m := rx.search(text_after[:40]))]
    if not found:
        return False
    said = min(found)[2]
    return said != ("personnel" if fig.metric.startswith("personnel") else fig.metric)


def _sum_match(fig, record, ref, lo, hi, daily, text_after, when) -> Check | None:
    partner = PARTNERS.get(fig.metric)
    if not partner or not partner[1].search(text_after[:60]):
        return None
    mine, theirs = record.values(fig.metric, daily), record.values(partner[0], daily)
    for i in (ref, ref - 1, ref + 1):
        if 0 <= i < len(mine) and mine[i] is not None and theirs[i] is not None:
            total = mine[i] + theirs[i]
            if lo <= total <= hi:
                return Check("match", record.dates[i], total, when,
                             f"{fig.metric} + {partner[0]}")
    return None
