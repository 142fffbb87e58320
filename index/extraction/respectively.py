"""Counts that take their noun from a list: paired by "respectively" ("would bring Russia's total
losses for military personnel, artillery systems, and tanks to 645,000, 19,156, and 8,933
respectively"), where a run of numbers joined only by commas and "and" pairs, in order, with the
list of nouns before it, or shares the noun and the kind of the one count of the run that has its
own; and month by month ("losses of Russian military personnel ..., with 35,680 in July, 36,810
in August", "lost 1,520 artillery systems, followed by 1,517 in August"), each month's count of
the noun before it."""

from __future__ import annotations

import re

from index.extraction.figure_patterns import NOUN_RE, noun_class
from index.extraction.found import Found
from index.extraction.kind_cues import WEEKDAY
from index.extraction.numbers import Number

I = re.IGNORECASE

_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_RESPECTIVELY_RE = re.compile(r"\brespectively\b", I)
# the words between two nouns of one list: a comma or "and", with modifiers of the next noun
_NOUN_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[\w’'-]+\s+){0,2}$")
_DAYS_RE = re.compile(rf"\b(?:on\s+)?{WEEKDAY}(?:\s*,\s*(?:and\s+)?{WEEKDAY}|\s+and\s+{WEEKDAY})+", I)
_EQUIPMENT = {"vehicles", "armored_vehicles", "mlrs", "air_defense", "artillery", "cruise_missiles",
              "special_equipment", "helicopters", "aircraft", "drones", "submarines", "ships", "tanks"}


def _runs(s: str, nums: list[Number]) -> list[list[Number]]:
    """Runs of two or more numbers joined only by commas and "and"."""
    runs: list[list[Number]] = []
    for n in nums:
        if runs and _JOIN_RE.fullmatch(s, runs[-1][-1].end, n.start):
            runs[-1].append(n)
        else:
            runs.append([n])
    return [r for r in runs if len(r) >= 2]


def respective(s: str, nums: list[Number], found: list[Found]) -> list[Found]:
    """The counts of a run that "respectively" pairs with nouns or days; they replace what
    `found` read for the same numbers."""
    if not _RESPECTIVELY_RE.search(s):
        return []
    have = {id(f.number): f for f in found}
    out: list[Found] = []
    for run in _runs(s, nums):
        after = _RESPECTIVELY_RE.search(s, run[-1].end, min(len(s), run[-1].end + 120))
        if after is None:
            continue
        own = [have[id(n)] for n in run if id(n) in have]
        nouns = _noun_list(s, run[0].start, len(run))
        if nouns is not None and all(c in _EQUIPMENT or c.startswith("personnel") for c in nouns):
            # "for military personnel, artillery systems, and tanks to 645,000, 19,156, and 8,933"
            side = next((f.side for f in own if f.side), None) or next((f.side for f in found if f.side), None)
            kind = own[-1].kind if own else "cumulative"
            out += [Found(n, cls if cls in _EQUIPMENT else "personnel_casualties", side, kind, True)
                    for n, cls in zip(run, nouns)]
        elif own:  # "1,500, 1,330, and 1,400 troops on Saturday, Sunday, and Monday respectively"
            model = own[-1]
            kind = "daily" if _DAYS_RE.search(s, run[-1].end, after.start()) else model.kind
            out += [Found(n, model.metric, model.side, kind, model.loss) for n in run if id(n) not in have]
    return out


def _noun_list(s: str, before: int, size: int) -> list[str] | None:
    """The classes of the last `size` nouns of one list in the 200 characters before `before`
    ("for military personnel, artillery systems, and tanks to ..."), or None."""
    lo = max(0, before - 200)
    found = [m for m in NOUN_RE.finditer(s, lo, before)]
    if len(found) < size:
        return None
    chosen = found[-size:]
    for a, b in zip(chosen, chosen[1:]):
        if not _NOUN_JOIN_RE.search(s[a.end():b.start()]):
            return None
    return [noun_class(m)[0] for m in chosen]


_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_IN_MONTH_AFTER_RE = re.compile(rf"\s+in\s+{_MONTHS}\b")
_IN_MONTH_RE = re.compile(rf"\bin\s+{_MONTHS}\b")
_MONTH_LIST_BEFORE_RE = re.compile(r"(?:\bwith|\bfollowed\s+by|\band|,)\s*$", I)
_LOSSES_OF_RE = re.compile(r"\blosses\s+of\s+(?:the\s+)?(?:Russian\s+|Ukrainian\s+|Russia['’]s\s+|Ukraine['’]s\s+)?", I)


def month_by_month(s: str, nums: list[Number], found: list[Found]) -> list[Found]:
    """The counts of a month-by-month list with no noun of their own, that `found` lacks."""
    if not _IN_MONTH_RE.search(s):
        return []  # most sentences name no month after "in"
    have = {id(f.number) for f in found}
    out: list[Found] = []
    for n in nums:
        if id(n) in have or not _IN_MONTH_AFTER_RE.match(s, n.end) \
                or not _MONTH_LIST_BEFORE_RE.search(s, max(0, n.start - 15), n.start):
            continue
        model = next((f for f in reversed(found + out) if f.number.end <= n.start and f.loss), None)
        if model is not None:  # "lost 1,520 artillery systems, followed by 1,517 in August"
            out.append(Found(n, model.metric, model.side, "period", True))
            continue
        losses = None
        for losses in _LOSSES_OF_RE.finditer(s, max(0, n.start - 160), n.start):
            pass
        noun = NOUN_RE.match(s, losses.end()) if losses else None
        if noun is not None:  # "losses of Russian military personnel so far, with 35,680 in July"
            cls = noun_class(noun)[0]
            metric = cls if cls in _EQUIPMENT else "personnel_casualties" if cls.startswith("personnel") else None
            side = "russia" if re.search(r"Russia", losses.group(0)) else "ukraine" if re.search(r"Ukrain", losses.group(0)) else None
            if metric:
                out.append(Found(n, metric, side, "period", True))
    return out
