"""Which numbers in a sentence are figures, and what they count.

A number is a figure when it counts a war loss or force: its noun (right after it, "765,110
Russian troops", or before it, "the number of Russian casualties is reaching 200,000",
"tanks ‒ 1361") is in the vocabulary of `index.extraction.metrics`, and, for troops and civilians, the
words around it say what happened to them (killed, wounded, lost, mobilised ...). Equipment
counts only when the sentence speaks of losing or destroying it, not of sending it.

Everything else is left out on purpose (every spurious number is a lie to the user): years,
dates, ages, sizes of bodies ("193-member"), durations, times, money, percentages, weapon
designations (Su-34, Leopard 2), unit numbers, distances, vague amounts, other wars and
disasters, and what may happen ("braced to receive up to a million refugees").

What happened to the people counted is `index.extraction.outcomes`, whose losses `index.extraction.sides`, over
what time `index.extraction.kinds`, and whether a sentence speaks of this war at all `index.extraction.scope`.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from index.extraction.clauses import clause_end, clause_start
from index.extraction.exclusions import excluded
from index.extraction.figure_patterns import (ANY_NOUN, BULLETIN_RE, CIVIL_METRIC, FIRST_WORD_RE, FORWARD_RE, FUNC_RE, LINK_RE,
                                              LOSS_BEFORE_RE, LOSS_RE, MOD, NOT_COUNTED_RE, NOUN_RE, NOUNS_RE,
                                              FEW_OF_RE, OF_THE_RE, PERSONNEL_METRIC, SHOUTED_RE, SMO_RE,
                                              SUPPLY_RE, noun_class, without_footnotes)
from index.extraction.bare_counts import NOT_WAR, bare_after_verb, crowd_count, earlier_count
from index.extraction.found import Found
from index.extraction.loss_lists import GOES_ON_RE
from index.extraction.metrics import DOWNED_VERBS
from index.extraction.neighbours import INCLUDING_RE, LIST_ITEM_RE, list_before, more_of_last, others, part_of_last, place_by_place
from index.extraction.kind_cues import MONTH
from index.extraction.kinds import kind_of
from index.extraction.nationals import Fighters, as_fighters, fights_for, nationals_kind, nationals_side
from index.extraction.rereading import reread
from index.extraction.respectively import month_by_month, respective
from index.extraction.tolls import ends_toll, far_toll
from index.extraction.scope import hypothetical, old_war, other_stories
from index.extraction.numbers import QUALIFIER_BEFORE, TENS, UNITS, Number, find_numbers
from index.extraction.outcomes import OUTCOME_RES, RETURNED_RE, fallen_handed_back, lost_as_dead, outcome, outcome_cues
from index.extraction.people import (AS_CIVILIANS, army_scale_casualties, civilian_reading, civilians_side,
                                     country_lost_people, people_are_soldiers, struck_side)
from index.extraction.sides import massed_on_ukraine, side_of

I = re.IGNORECASE

_LUMP = {frozenset(("tanks", "armored_vehicles")): "armored_vehicles", frozenset(("aircraft", "helicopters")): "aircraft"}


_LABEL_RE = re.compile(
    rf"(?<![\w-]){ANY_NOUN}(?:{NOUNS_RE})\s*[:‒–—-]\s*(?:about\s+|approximately\s+|approx\.\s+|~\s*|over\s+)?$", I)
_PART_BETWEEN_RE = re.compile(r"[^\d.;]{0,30}\b(?:including|of\s+whom|among\s+them|among\s+whom)\b[^\d.;]{0,20}$", I)
# the measure word of a bulletin line: "tanks — 7,834 (+6) units", "drones: 120 pcs"
_OF_RIGHT_AFTER_RE = re.compile(r"\s+of\s+")  # "casualties of 900,000", "a death toll of 47"
# "the loss of Russian tanks to be between 2,000 and 2,300 units": the units are of the noun before
_EQUIPMENT_BEFORE_RE = re.compile(r"\b(?:tanks?|armou?red\s+vehicles|vehicles|artillery|aircraft|helicopters|drones)\b", re.I)
_MEASURE_RE = re.compile(r"units?|pcs|pieces|items|ones|pc", I)
_LABEL_MARK_RE = re.compile(r"[:‒–—-]")
_PREDICATE_RE = re.compile(r"\s+(?:are|were)\s+(deaths|injuries|fatalities|casualties)\b", I)
# "eight of nine attack drones", "31 out of 36": the part and the whole, in words too
_SMALL = "|".join(sorted(list(UNITS) + list(TENS), key=len, reverse=True))
_PART_OF_RE = re.compile(rf"\s+(?:out\s+)?of\s+(?:the\s+)?{QUALIFIER_BEFORE}(?:\d[\d,.]*|(?:{_SMALL})\b)", I)
_WHOLE_OF_RE = re.compile(rf"(?=\d|[otfsen])(?:\d|\b(?:{_SMALL}))\s+(?:out\s+)?of\s+(?:the\s+)?{QUALIFIER_BEFORE}$", I)
# "tanks and armoured vehicles" (not "two tanks and three armoured vehicles": two counts)
_LUMPED_NOUN_RE = re.compile(rf"\s+(?:and|&)\s+(?:(?!(?:{_SMALL}|dozens?|hundreds?|thousands?)\b){MOD}\s+){{0,2}}?{ANY_NOUN}"
                             rf"(?:{NOUNS_RE})\b", I)

# dates between a noun and its number do not separate them ("losses since February 2022 to 796,000")
_DATE_IN_TEXT_RE = re.compile(rf"(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?(?:(?:19|20)\d\d\b)|{MONTH}\.?\s+\d{{1,2}}\b")


def _head(s: str, n: Number, left_limit: int, bulletin: bool) -> tuple[str, int, int, bool] | None:
    """(class, noun start, noun end, noun is after the number) or None."""
    m = FORWARD_RE.match(s, n.end)
    part = _PART_OF_RE.match(s, n.end) or OF_THE_RE.match(s, n.end)  # "31 of 36 Shahed drones", "nine of the drones"
    if part:
        m = FORWARD_RE.match(s, part.end())
    if m:
        cls, a, b = noun_class(m)
        lump = _LUMPED_NOUN_RE.match(s, b)
        if lump:
            other, _, b2 = noun_class(lump)
            if frozenset((cls, other)) in _LUMP:
                return _LUMP[frozenset((cls, other))], a, b2, True
        return cls, a, b, True
    pred = _PREDICATE_RE.match(s, n.end)
    if pred:  # "of which 120,000 are deaths and up to 180,000 are injuries"
        return noun_class(NOUN_RE.match(s, pred.start(1))) + (True,)
    w = FIRST_WORD_RE.match(s, n.end)
    if w and not FUNC_RE.match(w.group(1)) and not (
            _MEASURE_RE.fullmatch(w.group(1)) and (bulletin or _LABEL_RE.search(s, max(0, n.start - 70), n.start)
                                                   or _EQUIPMENT_BEFORE_RE.search(s, max(0, n.start - 110), n.start))):
        return None  # counts something else: "5,000 homes" (but "tanks — 7,834 (+6) units")
    if NOT_COUNTED_RE.match(s, n.end):
        return None
    # the mark a label needs, looked for first: the label search tries every noun at every place
    label = _LABEL_RE.search(s, max(0, n.start - 70), n.start) \
        if _LABEL_MARK_RE.search(s, max(0, n.start - 70), n.start) else None
    if label:  # "personnel – about 1,020,010", "tanks – 10,980" inside a running list
        cls, a, b = noun_class(label)
        return cls, a, b, False
    left = s[max(left_limit, n.start - 110):n.start]
    off = n.start - len(left)
    best = None
    for m in NOUN_RE.finditer(left):
        best = m
    between = left[best.end():] if best is not None else ""
    if best is None or re.search(r"\d", _DATE_IN_TEXT_RE.sub(" ", between)) or len(between) > 70 or not (
            bulletin or LINK_RE.search(between) or between.strip() == "" or _OF_RIGHT_AFTER_RE.fullmatch(between)):
        return far_toll(s, n.start)  # "The death toll from ... in Dnipro has risen to 35"
    cls, a, b = noun_class(best)
    if best.group(0).lower() == "losses":
        # "drone losses", "tank losses": the equipment word says what was lost
        before = left[:a]
        eq = re.search(r"\b(equipment|materiel|[A-Za-z]+)\s+$", before)
        if eq and eq.group(1).lower() in ("equipment", "materiel", "hardware", "vehicle"):
            return None
        pm = None
        for pm in NOUN_RE.finditer(before):
            pass
        if pm is not None and before[pm.end():].strip() == "":
            cls2, a2, _ = noun_class(pm)
            if cls2 not in ("personnel", "civilians"):
                return cls2, a2 + off, b + off, False
    return cls, a + off, b + off, False


_LOSSES_LIST_RE = re.compile(r"\blosses\b[^.;:]{0,160}:\s*(?:about\s+|approximately\s+|over\s+|some\s+)?$", I)
_LOST_LIST_RE = re.compile(r"\b(?:lost|losses\s+(?:were|are|amounted\s+to))\s*:\s*(?:about\s+|over\s+|up\s+to\s+)?$", I)
_INTERCEPTED_RE = re.compile(rf"\b(?:{DOWNED_VERBS}|intercepting|destroyed|destruction)\b", I)
_LOSS_WINDOW = 1000  # characters either side of a count searched for a verb of losing it
_ARMY_LOST_RE = re.compile(
    r"\b(?:occupiers|invaders|army|armed\s+forces|forces|troops|military|enemy|aggressor)\s+"
    r"(?:\w+\s+){0,2}?(?:lost|loses|has\s+lost|have\s+lost|had\s+lost)\s+(?:\w+\s+){0,3}$", I)
_ARRIVED_RE = re.compile(r"\b(?:crossed|entered|arrived)\b", I)
_KILLED_LINE_RE = re.compile(r"\b(?:were|was)\s+(?:liquidated|killed)\b", I)


def _metric(s, n, head, nums, bulletin) -> str | None:
    cls, a, b, after = head
    if cls in ("personnel", "civilians"):
        if cls == "personnel" and (bulletin or _LABEL_RE.search(s, max(0, n.start - 70), n.start)):
            # a loss tally's "personnel" line, unless it says they were killed ("liquidated")
            killed = _KILLED_LINE_RE.search(s, n.end, min(len(s), n.end + 60))
            label = outcome_cues(s[max(0, n.start - 70):n.start], with_deployed=False)
            if label and label[-1][2] == "displaced":
                return "civilians_displaced"  # "Total displaced Ukrainians: 10 million"
            return "personnel_killed" if killed else "personnel_casualties"
        if cls == "personnel" and (_LOSSES_LIST_RE.search(s, max(0, n.start - 200), n.start)
                                   or _LOST_LIST_RE.search(s, max(0, n.start - 60), n.start)):
            # "the total combat losses ... comprise approximately: 20,300 military personnel",
            # "The Ukrainian forces lost: 1,180 servicemen in the South Donetsk area, ..."
            return "personnel_casualties"
        out = outcome(s, n, a, b, after, nums)
        if cls == "personnel" and out == "displaced" and _ARRIVED_RE.search(s[n.end:n.end + 80]):
            return "troops_deployed"  # "3,000 Russian soldiers crossed into Ukraine": an invasion force
        if cls == "civilians" and out == "casualties" and (_ARMY_LOST_RE.search(s, max(0, n.start - 80), n.start)
                                                           or country_lost_people(s, n)):
            return "personnel_casualties"  # "the occupiers lost more than 700 people": their own
        if cls == "civilians" and out in ("killed", "wounded", "casualties", "missing") \
                and s[a:b].lower() in ("people", "persons", "men", "bodies") and (people_are_soldiers(s) or fallen_handed_back(s)
                                                                             or army_scale_casualties(s, n, out)):
            return PERSONNEL_METRIC[out]  # "70,000 people fighting in Russia's military have died"
        if cls == "civilians" or out == "displaced":
            return CIVIL_METRIC.get(out or "")
        if out is None:
            # no verb of loss nearby: only a force that is being massed, trained or sent counts
            ctx = s[max(0, n.start - 90):min(len(s), n.end + 90)]
            if dict(OUTCOME_RES)["deployed"].search(ctx):
                return "troops_deployed"
            return None
        if out == "captured" and RETURNED_RE.search(s):
            return None  # prisoners exchanged or come home are not a loss count
        if out == "casualties" and lost_as_dead(s, n):
            return "personnel_killed"  # "lost 71 soldiers and 210 were wounded"
        return PERSONNEL_METRIC.get(out)
    if cls == "personnel_captured" and RETURNED_RE.search(s):
        return None  # prisoners exchanged or come home are not a loss count
    if cls in PERSONNEL_METRIC.values() or cls == "civilians_displaced":
        return cls
    # equipment: only when lost, not when sent
    if bulletin:
        return cls
    if cls == "cruise_missiles" and not re.match(r"cruise", s[a:b], I) \
            and not _INTERCEPTED_RE.search(s):
        return None  # "one of the two missiles launched struck a building": fired, not lost
    loss = [m.end() for m in LOSS_BEFORE_RE.finditer(s, max(0, n.start - _LOSS_WINDOW), n.start)]  # bounded
    supply = [m.end() for m in SUPPLY_RE.finditer(s[clause_start(s, n.start):n.start])]
    right = s[n.end:clause_end(s, b)]
    if supply and (not loss or max(supply) > max(loss)) and not LOSS_RE.search(right):
        return None
    if loss or LOSS_RE.search(s, n.end, n.end + _LOSS_WINDOW):
        return cls
    return None


_NOT_MODIFIERS_RE = re.compile(r"\b[a-z]+[^s'’\s]s\s+\w")  # a plural noun or a verb before the head


def is_bulletin(s: str) -> bool:
    """A line of a loss list ("tanks ‒ 1361 (+3)"): its label names what it counts ("New: 27
    lives per kilometre" is a title, not a list)."""
    if len(s) >= 140:
        return False
    m = BULLETIN_RE.match(s)
    return m is not None and NOUN_RE.search(s, 0, m.end()) is not None


def figures_in(s: str, masked: str | None = None, losses_before: bool = False, fighters: Fighters | None = None,
               list_item: bool = False) -> list[Found]:
    """The figures of one sentence `s`, offsets into `s`. `masked` is `s` with the claimant's
    words blanked (same length), so "Ukraine's figures" does not make a figure Ukrainian.
    `losses_before`: the sentence before spoke of losses, so a list that goes on from it ("This
    includes 539 tanks, ...", "Among them 127 aircraft") counts losses too. `fighters`:
    whether the article is about foreigners in the armies, read when first asked (`nationals`);
    `list_item`: a line of a list of losses under its lead (`loss_lists`), read as a bulletin's."""
    masked = masked or s
    if "[" in s:  # an editor's insertion, "403 [artillery] weapons [have been destroyed]": read through it
        # a footnote's mark glued to a number ("498[2] soldiers", copies of encyclopaedia pages) is no number
        s, masked = without_footnotes(s), without_footnotes(masked)
        s, masked = s.replace("[", " ").replace("]", " "), masked.replace("[", " ").replace("]", " ")
    if SHOUTED_RE.match(s) and len(s.title()) == len(s):
        # "RUSSIA TO MOBILIZE 60,000 RESERVISTS": read a headline in capitals as written in words
        s, masked = s.title(), masked.title() if len(masked.title()) == len(masked) else s.title()
    off_limits = other_stories(s)  # another war: Sudan, Syria, Gaza, Stalingrad ...
    if off_limits == [(0, len(s))]:
        return []
    bulletin = list_item or is_bulletin(s)
    goes_on = losses_before and GOES_ON_RE.match(s) is not None  # "This includes 539 tanks, ..."
    nums = find_numbers(s)
    # years, dates, prices ... do not end the words around a count ("In 2024, Russia lost ...")
    counted = [n for n in nums if not excluded(s, n, bulletin)]
    kept = {id(n) for n in counted}  # (`excluded` asked once per number)
    if old_war(s):
        return []  # "perished in the battle, which ended in February 1943"
    out: list[Found] = []
    last: Found | None = None
    pending: list[Number] = []  # counts of people whose verb may come at the end of a list
    people: set[int] = set()  # ids of the pending counts whose noun names people
    counted_ends = sorted(x.end for x in counted)
    for n in nums:
        try:
            if n.delta and n.value == 0:
                continue  # "(+0)": nothing changed that day
            if n.delta and last is not None and 0 <= n.start - last.number.end <= 4:
                out.append(Found(n, last.metric, last.side, "daily", last.loss))
                continue
            whole = _WHOLE_OF_RE.search(s, max(0, n.start - 60), n.start) if id(n) in kept else None  # (else skipped)
            if whole and not whole.group(0)[0].isdigit() and not (n.words or n.value < 1000):
                whole = None  # "two of the 25,000 dead fighters": the count is the whole
            if id(n) not in kept or whole or hypothetical(s, n) \
                    or any(a <= n.start < b for a, b in off_limits):
                continue
            earlier = earlier_count(s, n, last)
            if earlier is not None:  # "338 (328) dead": the same count in the report before
                last = earlier
                out.append(last)
                continue
            bare = more_of_last(s, bare_after_verb(s, n, masked, counted, last is not None), last)
            if bare is NOT_WAR:
                continue
            if bare is not None:
                out.append(bare)
                last = bare
                continue
            i = bisect_right(counted_ends, n.start)  # the last count before this one, in log time
            prev_end = counted_ends[i - 1] if i else 0
            head = _head(s, n, max(prev_end, clause_start(s, n.start)) if not bulletin else 0, bulletin)
            abroad = head is not None and head[0] == "nationals"
            if abroad:  # "55 Ghanaians": soldiers where the words say they fought
                head = ("personnel", *head[1:]) if as_fighters(s, head[1:3], fighters) else None
            bare = more_of_last(s, crowd_count(s, n, counted, fighters, last), last) if head is None else None
            if bare is not None:  # "Four died as they tried to flee", "3.6 million fleeing the country"
                last = bare
                out.append(last)
                continue
            if head is None:
                other = others(s, n, last) or part_of_last(s, n, last) or place_by_place(s, n, last)
                if other:
                    out.append(other)
                    last = other
                elif LIST_ITEM_RE.match(s, n.end) and not NOT_COUNTED_RE.match(s, n.end):
                    pending.append(n)  # "Two colonels, three majors and 12 officers were killed"
                continue
            metric = _metric(s, n, head, nums, bulletin or (goes_on and head[0] not in ("personnel", "civilians")))
            if metric in (None, "troops_deployed") and last is not None and head[0] in ("personnel", "civilians") and head[3] \
                    and last.metric.startswith(("personnel_", "civilians_")) and n.value < last.number.value \
                    and INCLUDING_RE.search(s, max(last.number.end, n.start - 60), n.start):
                # "5,614 deaths, including 362 children", "including 4,100 officers": a part of the count before
                metric = last.metric if head[0] != "civilians" or last.metric.startswith("civilians_") \
                    else AS_CIVILIANS.get(last.metric, last.metric)
            if metric is None:
                if head[0] in ("personnel", "civilians") and head[3]:
                    pending.append(n)
                    people.add(id(n))
                continue
            metric = civilian_reading(s, n, head, metric, last)
            few_of = FEW_OF_RE.match(s, n.end)
            if n.words and n.value < 100 and (not head[3] and not ends_toll(s, n.start) or (few_of and (n.value == 1 or few_of.group(1)))
                                              or head[1] - n.end > 40 or _NOT_MODIFIERS_RE.search(s, n.end, head[1])):
                # "one" counts right before its noun or its modifiers ("five Ukrainian aerial drones"), not in
                # "one of the ..."; "others" go on from the count before ("five others badly injured")
                if (not head[3] or s.startswith((" others ", " more "), n.end)) and (other := others(s, n, last)):
                    out.append(other)
                    last = other
                continue
            side = side_of(masked, n, head[1], head[2], head[3], metric)
            if abroad:
                side = nationals_side(s, n, head[1:3], fighters)
            if metric == "troops_deployed" and side is None:
                side = side_of(s, n, head[1], head[2], head[3], metric)
            if metric == "troops_deployed" and massed_on_ukraine(s, n, head, side):
                side = "russia"  # "he has amassed 130,000 troops on Ukraine's border"
            if side is None and (metric == "troops_deployed" or metric.startswith("personnel_")):
                side = fights_for(s, n)  # "3,221 foreigners are fighting on the Ukrainian side", "93 killed fighting for Russia"
            if metric == "troops_deployed" and side is None:
                # a force of a third country ("3,000 US troops to Poland") is not this war's
                continue
            if side is None and metric != "troops_deployed" and SMO_RE.search(s):
                side = "ukraine"  # "since the start of the special military operation": Moscow counting Kyiv's losses
            if side is not None and metric.startswith("civilians_") and (struck := struck_side(s, n.start, head[2])) not in (None, side):
                side = struck  # "Russian" was the missiles', not the dead's: "struck by Russian missiles, ... the toll at 28"
            if side is None and metric.startswith("civilians_"):
                # the war's civilian losses are Ukraine's unless words say else: "Ukrainian
                # shelling of Shebekino", "attacks launched by Ukrainian forces" hurt Russia's
                side = civilians_side(s)
            kind = kind_of(s, n, head[2], counted, bulletin, metric)
            if abroad and metric != "troops_deployed":
                kind = nationals_kind(s, n, kind)
            if kind == "daily" and metric.startswith("civilians_") and far_toll(s, n.start):
                kind = "other"  # "the toll of the overnight attack on ... rose to 31": the attack's
            if kind == "cumulative" and last is not None and _PART_BETWEEN_RE.match(s, last.number.end, n.start):
                kind = last.kind  # "100,000 casualties since December, including 20,000 killed"
            last = Found(n, metric, side, kind,
                         metric != "troops_deployed" and not metric.startswith("civilians_"))
            # (people waiting for a verb are not the missiles after them: "1.2 million people, six missiles")
            out.extend(list_before(s, pending if metric.startswith(("personnel_", "civilians_", "troops_", "deserters"))
                                   else [p for p in pending if id(p) not in people], last))
            pending = []
            out.append(last)
        except Exception:  # one odd number must not lose the sentence
            continue
    if "respectively" in s or " in " in s:  # "... to 645,000, 19,156 and 8,933 respectively", "with 35,680 in July"
        if paired := respective(s, counted, out) + month_by_month(s, counted, out):
            again = {id(f.number) for f in paired}
            out = sorted([f for f in out if id(f.number) not in again] + paired, key=lambda f: f.number.start)
    reread(s, out, nums)
    return out
