"""A sentence's figures read once more, together: what one count says about the others.

`index.extraction.figures` reads each number on its own (its noun, side and time words); some readings
need the sentence's other figures or its whole wording:
- counts after a colon break down the count before it ("548 casualties in May: 121 killed,
  400 wounded") and share its period;
- a whole conflict's toll of lives ("an eight-year conflict that has claimed more than 14,000
  lives") counts soldiers and civilians of every side together: `other`, no side;
- people killed at one side's military site ("at a Russian airbase in Crimea") are that
  side's losses, and the words do not say whether soldiers or civilians: `other`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from index.extraction.clauses import clause_start
from index.extraction.found import Found
from index.extraction.attribution_patterns import SAY_RE
from index.extraction.kind_cues import KIND_RES, WEEKDAY
from index.extraction.nationals import NATIONALS
from index.extraction.numbers import Number

I = re.IGNORECASE


def reread(s: str, out: list[Found], nums: list[Number]) -> None:
    """Correct, in place, the figures `out` found in sentence `s` (whose numbers are `nums`)."""
    _shared_time(s, out)
    _breakdowns(s, out)
    _further(s, out)
    _tolls_and_sites(s, out)
    _risen_to(s, out, nums)


# "the number injured has risen from 90 to 117": the count now is the second number, the first
# was the count before
RISEN_FROM_RE = re.compile(r"\b(?:rose|risen|rising|rises|increased|increasing|climbed|climbing|grew|grown|jumped"
                            r"|went\s+up|gone\s+up)\s+from\s+(?:about\s+|around\s+|some\s+|at\s+least\s+)?$", I)
_TO_NUMBER_RE = re.compile(r"\s+to\s+(?:about\s+|around\s+|some\s+|at\s+least\s+|more\s+than\s+|over\s+|nearly\s+)?(?=\d)", I)


def _risen_to(s: str, out: list[Found], nums: list[Number]) -> None:
    for i, f in enumerate(out):
        n = f.number
        if RISEN_FROM_RE.search(s, max(0, n.start - 40), n.start) and (to := _TO_NUMBER_RE.match(s, n.end)):
            now = next((x for x in nums if x.start == to.end()), None)
            if now is not None and all(g.number.start != now.start for g in out):
                out[i] = replace(f, number=now)


# "lost over 8,300 soldiers, as well as five aircraft and ten helicopters in November", "100,000
# casualties, including 20,000 killed in fighting, since December": a time said after a list is
# every item's, when the words between the items say no time and no one of their own.
_LIST_JOIN_RE = re.compile(r"[^.;:\d]{0,80}?(?:,|\band\b|\bas\s+well\s+as\b|\bincluding\b)[^.;:\d]{0,80}", I)


# a day said once for a list of one day's losses: "lost 61 artillery systems, 18 armoured vehicles and
# five tanks on Monday", "on Friday lost three tanks, seven armoured combat vehicles, ..."
_ON_WEEKDAY_AFTER_RE = re.compile(rf"\s*(?:[^\d.;:,]{{0,40}}?)\bon\s+{WEEKDAY}\b", I)
_ON_WEEKDAY_LOST_RE = re.compile(rf"\bon\s+{WEEKDAY}\s+(?:alone\s+)?(?:lost|destroyed|shot\s+down|downed)\b[^.;:]*$", I)


def _shared_time(s: str, out: list[Found]) -> None:
    day_shared: set[int] = set()  # items that took the weekday said after the list
    for i in range(len(out) - 2, -1, -1):
        f, g = out[i], out[i + 1]
        if f.kind == "cumulative" and g.kind == "daily" and f.loss and g.loss \
                and (i + 1 in day_shared or _ON_WEEKDAY_AFTER_RE.match(s, g.number.end)):
            shared = "daily"  # the weekday after the list's last item
        elif f.kind != "cumulative" or g.kind != "period":
            continue
        else:
            shared = g.kind
        between = s[f.number.end:g.number.start]
        if not _LIST_JOIN_RE.fullmatch(between) or SAY_RE.search(between) \
                or any(rx.search(between) for _, rx, _ in KIND_RES):
            continue
        if KIND_RES[3][1].search(s, clause_start(s, f.number.start), f.number.start):
            continue  # "a total of 8,300 ...": a time of its own
        out[i] = replace(f, kind=shared)
        if shared == "daily":
            day_shared.add(i)
    first = out[0].number.start if out else 0
    if _ON_WEEKDAY_LOST_RE.search(s, max(0, first - 120), first) and not KIND_RES[3][1].search(s):
        for i, f in enumerate(out):  # "on Friday lost three tanks, seven ...": that day's list
            if f.kind == "cumulative" and f.loss:
                out[i] = replace(f, kind="daily")


# A colon after a count, before the next ones: what follows breaks that count down.
_BREAKDOWN_RE = re.compile(r"[^:.;]{0,60}:[^:.;]*")
_OWN_TOTAL_RE = re.compile(r"\b(?:total|since|so\s+far|to\s+date|overall)\b", I)


# A whole conflict's toll of lives ("an eight-year conflict that has claimed more than 14,000
# lives", "14,000 people have died in the conflict") counts soldiers and civilians of every side
# together: it is `other` with no side, the same in every sentence that repeats it, unless its
# words name who died ("14,000 soldiers").
_WHOLE_TOLL_RE = re.compile(
    r"\b(?:conflict|war|aggression|fighting)\b[^.;]{0,60}\bclaimed\b|\bclaimed\s+(?:the\s+)?lives\b"
    r"|\b(?:died|been\s+killed|lost\s+their\s+lives)\s+in\s+the\s+(?:armed\s+)?(?:conflict|fighting)\b", I)
# a word every whole toll holds ("claimed", "died", "killed", "lives"), looked for first: the class of
# their first letters (and the Kelvin sign, IGNORECASE's other k) lets re skip to those letters
_TOLL_WORD_RE = re.compile(r"(?-i:[cCdDkKlL\u212a])(?:laimed|ied|illed|ives)", I)
# (but a strike's: "Russian shelling claimed the lives of three people in Kherson")
_STRIKE_CLAIMED_RE = re.compile(r"\b(?:shelling|strikes?|airstrikes?|attacks?|missiles?|drones?|bombs?|bombing|explosions?"
                                r"|blasts?|rockets?|shells?)\s+(?:\w+\s+){0,4}?(?:has\s+|have\s+|had\s+)?claimed\b", I)
# (a third country's people, counted as fighters: "Two South Africans have died in the conflict")
_WHO_DIED_RE = re.compile(r"\b(?:soldiers|troops|servicem[ae]n|military|civilians?|children|women|fighters"
                          r"|personnel|combatants|residents|rescuers|journalists|medics|athletes|nationals|citizens"
                          rf"|mercenaries|volunteers|recruits|Russians|Ukrainians)\b|\b(?:{NATIONALS})\b", I)
# People killed at one side's military site ("at a Russian airbase in Crimea") are that side's
# losses, and the words do not say whether soldiers or civilians: `other`.
_SITE_RE = re.compile(
    r"\bat\s+(?:an?|the)\s+(?P<side>Russian|Ukrainian)\s+(?:military\s+|naval\s+|air\s+force\s+)?"
    r"(?:air\s*base|airbase|airfield|base|depot|barracks|arsenal|ammunition\s+depot|training\s+ground)\b", I)


def _tolls_and_sites(s: str, out: list[Found]) -> None:
    whole = _TOLL_WORD_RE.search(s) is not None and _WHOLE_TOLL_RE.search(s) is not None and _STRIKE_CLAIMED_RE.search(s) is None
    for i, f in enumerate(out):
        if f.metric not in ("civilians_killed", "civilians_wounded", "personnel_killed", "personnel_wounded"):
            continue
        n = f.number
        near = s[max(0, n.start - 40):n.end + 40]
        if whole and not _WHO_DIED_RE.search(near):
            out[i] = replace(f, metric="other", side=None, loss=False)
            continue
        site = _SITE_RE.search(s, n.end, n.end + 120)
        if site and f.metric.startswith("civilians_") and not _WHO_DIED_RE.search(s, n.end, site.start()):
            side = "russia" if site.group("side").lower() == "russian" else "ukraine"
            out[i] = replace(f, metric="other", side=side, loss=False)


_FURTHER_RE = re.compile(r"[^\d.;]{0,60}\b(?:and|with|while)\s+(?:a\s+further|another|an\s+additional|a\s+further\s+\w+)\s+$", I)


def _further(s: str, out: list[Found]) -> None:
    """"436 civilians were killed between March and May and a further 1,760 injured": the
    further ones are of the same period."""
    for i in range(1, len(out)):
        prev, f = out[i - 1], out[i]
        if f.kind == "cumulative" and prev.kind != "cumulative" and not f.number.delta \
                and _FURTHER_RE.fullmatch(s, prev.number.end, f.number.start):
            out[i] = replace(f, kind=prev.kind)


def _breakdowns(s: str, out: list[Found]) -> None:
    """"548 casualties in May: 121 killed, 400 wounded": the counts after the colon are of
    that May too, unless their own words say total."""
    anchor: Found | None = None
    for i, f in enumerate(out):
        if f.kind in ("period", "daily") and not f.number.delta:
            if anchor is None or not _BREAKDOWN_RE.fullmatch(s[anchor.number.end:f.number.start]):
                anchor = f  # (a count of the breakdown itself keeps the anchor for the rest)
        elif anchor is not None and f.kind == "cumulative" and not f.number.delta:
            between = s[anchor.number.end:f.number.start]
            if _BREAKDOWN_RE.fullmatch(between) and not _OWN_TOTAL_RE.search(s, anchor.number.end, f.number.end + 20):
                out[i] = replace(f, kind=anchor.kind)
            else:
                anchor = None

