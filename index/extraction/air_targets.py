"""What a night's air defence brought down, where the count has no noun of its own: "Russia fired
six missiles, three of which were shot down", "launched 34 missiles, of which 21 had been shot
down", "air defences shot down 43 of them" (the drones or missiles counted before), and "downed
144 targets" (drones and missiles together: `other`).

A count launched is no loss; the part of it brought down is, of the kind the launched count names.
"""

from __future__ import annotations

import re

from index.extraction.found import Found
from index.extraction.initials import lookahead_of
from index.extraction.kinds import kind_of
from index.extraction.numbers import QUALIFIER_BEFORE, Number, find_numbers

I = re.IGNORECASE

# what was brought down, in the past ("trying to shoot down seven targets" downed none)
_DOWNED = r"(?:shot\s+down|downed|intercepted|destroyed|neutrali[sz]ed|brought\s+down)"
# ("with its air defences destroying 14 of them": the count brought down, in a clause of its own)
_DOWNING = r"(?:shooting\s+down|downing|intercepting|destroying|neutrali[sz]ing|managed\s+to\s+(?:shoot\s+)?down)"
_ANY_DOWNED_RE = re.compile(rf"\b{lookahead_of(_DOWNED + '|' + _DOWNING)}(?:{_DOWNED}|{_DOWNING})\b", I)  # (searched through every sentence with a number)
_WHAT_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?P<n>cruise\s+missiles?|missiles?|drones?|UAVs?|Shaheds?)\b", I)
# "three of which were shot down", "21 of them were intercepted"
_OF_WHICH_AFTER_RE = re.compile(
    rf"\s+of\s+(?:which|them|those|these)\s+(?:were|had\s+been|have\s+been|was|are)\s+(?:\w+\s+)?{_DOWNED}\b", I)
# "of which 21 had been shot down"
_OF_WHICH_BEFORE_RE = re.compile(rf"\bof\s+(?:which|them)\s+{QUALIFIER_BEFORE}$", I)
# "Of those, 51 were intercepted": the part of the count the sentence before launched
_OF_THOSE = r"\W*(?:Of|Out\s+of)\s+(?:them|these|those|this\s+number|that\s+number)\b"
_OF_THOSE_OPENS_RE = re.compile(rf"{_OF_THOSE}\s*,?\s*{QUALIFIER_BEFORE}$", I)
_OF_THOSE_START_RE = re.compile(_OF_THOSE, I)


def part_of_before(s: str) -> bool:
    """Sentence `s` opens with a part of a count the sentence before gave ("Of those, ...")."""
    return _OF_THOSE_START_RE.match(s) is not None
_DOWNED_AFTER_RE = re.compile(rf"\s+(?:were|had\s+been|have\s+been|was|are)\s+(?:\w+\s+)?{_DOWNED}\b", I)
# "shot down 43 of them", "intercepted 21 of those"
_DOWNED_BEFORE_RE = re.compile(rf"\b(?:{_DOWNED}|{_DOWNING})\s+{QUALIFIER_BEFORE}$", I)
# "Russia launches 17 drones on Ukraine, 14 destroyed": the part after a comma, its verb bare
_COMMA_BEFORE_RE = re.compile(rf",\s*(?:and\s+|with\s+)?{QUALIFIER_BEFORE}$", I)
_BARE_DOWNED_AFTER_RE = re.compile(rf"\s+{_DOWNED}\b", I)
_OF_THEM_RE = re.compile(r"\s+of\s+(?:them|those|these)\b", I)
# "downed 144 targets", "shot down 56 aerial targets"
# (also "shot down 144 of the 210 aerial targets")
_TARGETS_RE = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:about\s+|nearly\s+)?[\d,]+\s+)?(?:aerial\s+|air\s+|enemy\s+)?targets\b", I)
# whose drones and missiles: Russia's when it fired them or Ukraine's defences brought them down
_RUSSIA_FIRED_RE = re.compile(
    r"\b(?:Russia|Russian\s+forces|Moscow|the\s+enemy)\s+(?:\w+\s+)?(?:fired|fires|launched|launches|sent|sends)\b"
    r"|\bRussian\s+(?:missiles|drones)\b"
    rf"|\b(?:Ukrainian|Ukraine['’]s)\s+(?:\w+\s+){{0,2}}?(?:defenders|defen[cs]es?|forces|air\s+force)\s+(?:\w+\s+)?(?:{_DOWNED}|{_DOWNING})", I)


def downed_of_launched(s: str, taken: list[Found], before: str = "") -> list[Found]:
    """The counts of sentence `s` that say how many of the drones or missiles launched were
    brought down, for numbers no other rule took (`taken`); `before`, the sentence before in the
    paragraph, may hold the count launched ("Russia launched 90 drones. Of those, 51 were downed.")."""
    if not _ANY_DOWNED_RE.search(s):
        return []
    used = {(f.number.start, f.number.end) for f in taken}
    nums = find_numbers(s)
    out: list[Found] = []
    for i, n in enumerate(nums):
        if (n.start, n.end) in used or n.delta or n.decimal:
            continue
        if _TARGETS_RE.match(s, n.end) and _DOWNED_BEFORE_RE.search(s, max(0, n.start - 40), n.start):
            out.append(Found(n, "other", _side(s), kind_of(s, n, n.end, nums, False, "other"), True))
            continue
        part = _OF_WHICH_AFTER_RE.match(s, n.end) or (
            _OF_WHICH_BEFORE_RE.search(s, max(0, n.start - 30), n.start) and _DOWNED_AFTER_RE.match(s, n.end)) or (
            _DOWNED_BEFORE_RE.search(s, max(0, n.start - 40), n.start) and _OF_THEM_RE.match(s, n.end)) or (
            _COMMA_BEFORE_RE.search(s, max(0, n.start - 30), n.start) and _BARE_DOWNED_AFTER_RE.match(s, n.end))
        launched = _launched_before(s, nums[:i])
        if launched is None and before and _OF_THOSE_OPENS_RE.fullmatch(s, 0, n.start) and _DOWNED_AFTER_RE.match(s, n.end):
            launched, part = _launched_before(before, find_numbers(before)), True
        if part and launched is not None and n.value < launched[0].value:
            metric = launched[1]
            out.append(Found(n, metric, _side(s) or _side(before), kind_of(s, n, n.end, nums, False, metric), True))
    return out


def _launched_before(s: str, before: list[Number]) -> tuple[Number, str] | None:
    for m in reversed(before):
        what = _WHAT_RE.match(s, m.end)
        if what:
            noun = what.group("n").lower()
            return m, "cruise_missiles" if "missile" in noun else "drones"
    return None


def _side(s: str) -> str | None:
    return "russia" if _RUSSIA_FIRED_RE.search(s) else None
