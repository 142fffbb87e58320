"""Counts paired with their nouns or days by "respectively": "would bring Russia's total losses for
military personnel, artillery systems, and tanks to 645,000, 19,156, and 8,933 respectively",
"Moscow lost 1,500, 1,330, and 1,400 troops on Saturday, Sunday, and Monday respectively". A run
of numbers joined only by commas and "and" pairs, in order, with the list of nouns before it, or
shares the noun and the kind of the one count of the run that has its own."""

from __future__ import annotations

import re

from index.extraction.figure_patterns import NOUN_RE, noun_class
from index.extraction.found import Found
from index.extraction.kinds import WEEKDAY
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
