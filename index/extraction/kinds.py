"""What period a figure covers: cumulative, daily, period, rate (or other).

The time words nearest the number in its own clause decide ("1,030 overnight" daily, "the total
... 133,190" cumulative, "800 a day" rate, "in January" period); words elsewhere in the
sentence count only for daily and cumulative ("over the past day, with Russian forces suffering
1,070 casualties"). A time phrase before a verb of saying dates the statement, not the figure
("In February, Zelensky said 31,000 ..."). With no time words a figure is cumulative: reporting
states running totals far more often than anything else; but a few civilians killed or wounded
are one attack's (other), and a few drones or missiles downed are one night's (daily).
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.extraction.attribution_patterns import SAY_RE, SAY_VERBS
from index.extraction.metrics import DOWNED_VERBS
from index.extraction.nationals import NATIONALS
from index.extraction.outcomes import HANDED_BACK_RE
from index.extraction.kind_cues import KIND_RES, MONTH, WEEKDAY
from index.model import Figure
from .clauses import clause_end, clause_start
from .numbers import Number

I = re.IGNORECASE

# "last month" after the number dates the losses ("lost 20,000 last month"); before it, it
# usually dates the report ("Last month, British intelligence reported ...").
_PERIOD_AFTER_RE = re.compile(r"\b(?:this|last|past)\s+(?:week|month|year)\b", I)
_PERIOD_OF_COUNT_RE = re.compile(r"in\s+the\s+reporting\s+period", I)  # the report's period, not when said
# "an estimated 1,226", and the passive "casualties are estimated at": no one speaking
_NO_SPEAKER_BEFORE_RE = re.compile(r"\b(?:an?|the|are|is|were|was|been|be)\s+$", I)
# "Podolyak said in December 2022 that ...", "Zelensky told CNN last week": when it was said
# (but "estimate that in November": the count's)
_SAID_RIGHT_BEFORE_RE = re.compile(rf"\b(?i:{SAY_VERBS})\s+(?:[A-Z][\w.]*\s+)?$")
_COUNTING_VERB_RE = re.compile(r"recorded|documented|registered|verified|counted|tallied|identified"
                               r"|confirmed\s+(?:the\s+)?(?:deaths?|names|identities)", I)
_PER_DAY_AFTER_RE = re.compile(r"\bon\s+average\s+(?:per|a|each|every)\s+day\b", I)
_WEEKDAY_AFTER_RE = re.compile(rf"\b(?:on\s+)?{WEEKDAY}\b|\byesterday\b|\btoday\b", I)
_EVENT_BEFORE_RE = re.compile(  # (not "Since January 1 of this year": a date, the period's start)
    r"\b(?:since(?!\s+(?:the\s+)?\d(?!\d?(?:st|nd|rd|th)?\s+(?:of\s+)?Feb)|\s+(?!Feb(?:ruary)?\.?\s+24\b)" + MONTH + r"\.?\s+\d)|began|begun|start(?:ed)?|launched|invaded|invasion)\b"
    # (a campaign inside the war is no start of the count: "since the start of the
    # counter-offensive (in June-July)" covers the campaign's months)
    r"(?![^,.;]*\b(?:counter-?offensive|offensive|incursion)\b)[^,.;]{0,60}$", I)
# "killed ... today" (but not "the ministry said today", which dates the statement)
# (also a profession's dead and hurt: "so far, seven journalists had been killed" over the war, no attack)
_WAR_LONG_RE = re.compile(r"\b(?:since|war|invasion|conflict|full-scale|year|month|journalists|reporters|media\s+workers"
                          r"|medics|health(?:\s*care)?\s+workers|doctors|athletes|coaches|priests|clergy|teachers)\b", I)
_AS_OF_BEFORE_RE = re.compile(r"\bas\s+of\b[^,.;]{0,45}$", I)
_TODAY_RE = re.compile(
    r"\b(?:killed|wounded|injured|died|dead|lost|destroyed|downed|shot\s+down|captured)\b[^.;:]{0,50}"
    r"(?<!said\s)(?<!says\s)(?<!reported\s)(?<!announced\s)\b(?:today|this\s+morning|tonight)\b", I)
# one incident: a strike, a shelling, an attack on a place ("killed in a Russian missile strike
# on Pavlohrad"); its dead are no running total
_ATTACKS = r"strikes?|airstrikes?|air\s+strikes?|attacks?|shelling|bombing|bombardment"
_INCIDENT_RE = re.compile(
    r"\b(?:(?:in|by|during|after|from|amid|due\s+to)\s+(?:an?\s+|the\s+|overnight\s+|(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+){0,2}"
    r"(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|shelling|bombing|bombardment|explosions?|blasts?|raids?|air\s*strikes?"
    r"|missile\s+(?:strike|attack)s?|drone\s+(?:strike|attack)s?|artillery\s+fire|assault"
    r"|(?:drone|sabotage|special|covert)\s+operation)"  # "in a drone operation named Spiderweb" (not "military operation")
    r"|(?:strikes?|attacks?|shelling|bombing|bombardment)\s+(?:on|of|in|at|against)\b"
    r"|\bwhen\s+(?:an?|the)\s+(?:\w+\s+){0,2}(?:missile|drone|shell|rocket|bomb)s?\s+(?:hit|struck|landed|exploded)"
    r"|\b(?:killed|injured|wounded|died|dead)\s+(?:\w+\s+){0,3}?in\s+the\s+(?:town|city|village|settlement|district|suburb)\s+of"
    # "two apartment buildings struck by Russian missiles"
    r"|\b(?:struck|hit)\s+by\s+(?:an?\s+|the\s+)?(?:(?:Russian|Ukrainian|enemy)\s+)?(?:\w+\s+)?(?:missiles?|drones?|shells?|rockets?|bombs?))"
    # the strike as the subject: "Russian airstrikes on Sunday killed two people", "shelling has hit a city"
    rf"|\b(?:{_ATTACKS}|missiles?|rockets?|shells?)\s+"
    r"(?:\w+\s+){0,4}?(?:killed|killing|kills|kill|wounded|wounding|wound|injured|injuring|injure|has\s+hit|have\s+hit|hit|struck"
    r"|took\s+the\s+lives|claimed\s+the\s+lives|caused|left|resulted\s+in)\b"  # "the enemy attack took the lives of 35 residents"
    # what an attack or an operation destroyed ("the attack damaged or destroyed 41 aircraft";
    # not "150 missile launchers have been destroyed": the missiles are what was lost)
    rf"|\b(?:{_ATTACKS}|(?<!military\s)operations?)\s+"
    r"(?:\w+\s+){0,4}?(?:destroyed|damaged|destroying|damaging)\b"
    # "a missile strike demolished a nine-story building, killing 28 and injuring over 140"
    r"|\b(?:strike|airstrike|attack|shelling|bombing)\s+(?!on\s)[^.;:,]{0,80},\s+(?:killing|injuring|wounding)\b"
    # one action: "killed 234 fighters while thwarting an incursion", "a 'retaliatory strike'", "in a fight"
    r"|\b(?:while|when|after|in)\s+(?:thwarting|repelling|repulsing|foiling|beating\s+back)\b"
    r"|\b(?:retaliatory|retaliation|revenge)\s+(?:\w+\s+)?strikes?\b"
    r"|\bin\s+(?:the|that|this|a|an)\s+(?:\w+\s+)?(?:engagement|clash|skirmish|ambush)\b|\bin\s+an?\s+(?:\w+\s+)?fight\b"
    r"|\b(?:in|during)\s+(?:that|this|the)\s+(?:\w+\s+){0,2}?(?:effort|attempt|counterattack|counter-attack|liberation)\b"  # "In that effort alone"
    r"|\b(?:assault|attack|attempt|counterattack|counter-attack)\s+(?:[\w-]+\s+){0,8}?(?:failed|was\s+repelled|were\s+repelled)\b"
    r"|\b(?:strikes|airstrikes|air\s+strikes|attacks)\s+(?:\w+\s+){0,2}?(?:damaged|destroyed)\b", I)  # "The strikes destroyed 41 planes"
# one battle, however long: "killed in the battle for Bakhmut", "during the assault on Avdiivka"
_BATTLE_RE = re.compile(
    r"\b(?:in|during|for)\s+the\s+(?:(?:[\w-]+\s+){0,2})?(?i:battles?|assault|siege|storming|fight(?:ing)?)\s+(?:for|of|on)\s+"
    r"(?:the\s+(?:city|town)\s+(?:of\s+)?)?[A-Z]"
    # "in the 224-day battle of Bakhmut", "in Bakhmut Battle", "during a 48-hour offensive",
    # "in their attempts to break into Russian territory", "in fighting against ..."
    r"|\b(?i:in|during)\s+[A-Z][\w’'-]+\s+(?i:battle)\b|\b(?i:in|during)\s+the\s+battle\b|\b[A-Z][\w’'-]+\s+battle\s+(?:killed|claimed)\b"
    r"|\b(?i:in|during)\s+(?i:an?|the|their|its|his)\s+(?:[\w-]+\s+){0,2}?(?i:offensive|attempts?\s+to\s+(?:break|advance|storm|cross))\b"
    r"|\b(?i:in|during)\s+(?i:fighting|clashes)\s+(?i:against|with|near|around|for)\b")
# a place narrower than a country, or a front's direction: "near Avdeevka", "in the South Donetsk
# direction", "in the area around the capital" (not "in Ukraine", "in Russia", "in May")
_PLACE_OF_COUNT_RE = re.compile(
    r"\b(?:near|outside|around|in\s+the\s+(?:area|vicinity|outskirts)\s+(?:of|around)|in\s+the\s+(?:south|north|east|west)\s+of"
    r"|in\s+the\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|settlement|district|suburb|port)\s+of)\s+(?:the\s+)?"
    r"(?!(?:Ukraine|Russia|Belarus|Poland|Moldova|NATO|Europe)\b)(?:[A-Z][\w’'-]+|capital\b)"
    r"|\b(?:in|on)\s+the\s+(?:[A-Z][\w’'-]+\s+){1,2}(?:direction|sector|front|axis)\b")
_WEEKDAY_OPENER_RE = re.compile(rf"\W*(?:(?:Late|Early)\s+)?[Oo]n\s+{WEEKDAY}\s*(?:alone\s*)?,", I)
_DOWNED_RE = re.compile(rf"\b(?:{DOWNED_VERBS}|jammed)\b", I)
_NIGHT_RE = re.compile(r"\bovernight\b|\blast\s+night\b|\bin\s+the\s+(?:past\s+|last\s+)?24\s+hours\b", I)
_ONE_LIST_RE = re.compile(r"[^;:.!?]{0,160}", I)
_TOLL_RE = re.compile(r"death\s+toll|total(?:led|ed|ing|s)?|in\s+total|so\s+far|as\s+of", I)
_AVERAGE_RE = re.compile(r"\baverag(?:e|ed|es|ing)\b|\b(?:daily|casualty|loss)\s+rate\b|\bper\s+day\b", I)
_DAILY_AFTER_RE = re.compile(
    r"\b(?:daily|weekly|monthly)\b(?=\s*(?:[,.;:)]|$|\s+(?:on|in|at|since|and|across|along|for|according|the|by)\b))"
    r"|^\s+(?:daily|weekly|monthly)\s+(?:casualties|losses|deaths)\b", I)  # "950 daily casualties in September"


# the time a statement was made, right after its verb: "said yesterday they had documented the
# deaths of around 70,000", "the ministry said on Tuesday"
_WHEN_SAID_RE = re.compile(
    rf"\b(?:said|says|reported|announced|stated|confirmed|added|told\s+(?:[A-Z]\w*|reporters|journalists|lawmakers))\s+((?:early\s+|late\s+)?(?:on\s+)?{WEEKDAY}"
    r"(?:\s+(?:morning|evening|night))?|yesterday|today|last\s+(?:week|month)|this\s+(?:week|month))\b", I)


# a day's attacks, not one strike: "Several air attacks on ... on Saturday", "strikes across the region"
_MANY_ATTACKS_RE = re.compile(r"\b(?:(?:air|drone|missile|Russian|Ukrainian)\s+)?(?:attacks|strikes|airstrikes|raids|bombardments)\b", I)
_AREA_RE = re.compile(r"\b(?:region|oblast|province|across|several|multiple|series\s+of)\b", I)  # not one city's
_ONE_ATTACK_RE = re.compile(r"\b(?:an?|the|one|single|this|that)\s+(?:[\w-]+\s+){0,2}(?:attack|strike|airstrike|raid|bombardment)\b", I)


@lru_cache(maxsize=32)
def _when_said_blanked(s: str) -> str:
    """`s` with the time of its statements blanked (same length): it dates the saying, not the count."""
    return _WHEN_SAID_RE.sub(lambda m: m.group(0)[:m.start(1) - m.start()] + " " * (m.end(1) - m.start(1)), s) \
        if _WHEN_SAID_RE.search(s) else s


@lru_cache(maxsize=32)  # once per sentence, not once per number: linear in a long sentence
def _kind_of_sentence(s: str) -> tuple[str | None, bool, bool]:
    """(a daily or rate word anywhere in the sentence, a cumulative word anywhere, "today")."""
    rest = next((k for k, rx, anywhere in KIND_RES
                 if anywhere and k not in ("period", "cumulative") and rx.search(s)), None)
    return rest, KIND_RES[3][1].search(s) is not None, _TODAY_RE.search(s) is not None


@lru_cache(maxsize=32)
def says_when(s: str) -> bool:
    """The sentence has a word of time of its own (any kind cue): its figures' kind is not the
    default, and the kind of the sentences before it does not carry into it."""
    return any(rx.search(s) for _, rx, _ in KIND_RES) or _PERIOD_AFTER_RE.search(s) is not None \
        or _TODAY_RE.search(s) is not None or _has_incident(s)


@lru_cache(maxsize=32)
def _has_incident(s: str) -> bool:
    # "since Kiev launched a massive attack on the Kursk region": where a count starts
    return any(not re.search(r"\bsince\b", s[max(0, m.start() - 40):m.start()], I)
               for m in _INCIDENT_RE.finditer(s))


_LIST_GAP_RE = re.compile(r"[^.;:\d]{0,60}?(?:,\s*(?:and\s+)?|\s+and\s+)[^.;:\d,]{0,30}")


def _after_the_list(s: str, n: Number, nums: list[Number]) -> tuple[int, int]:
    """The words after the last count of the list `n` opens ("lost 61 guns, 18 tanks on Monday"), or (0, 0)."""
    last = None
    for x in nums:
        if x.start < n.end:
            continue
        if not _LIST_GAP_RE.fullmatch(s, (last or n).end, x.start):
            break
        last = x
    return (last.end, clause_end(s, last.end)) if last else (0, 0)


def kind_of(s: str, n: Number, b: int, nums: list[Number], bulletin: bool, metric: str) -> str:
    if n.delta:
        return "daily"
    s = _when_said_blanked(s)
    if bulletin:
        return "cumulative"
    prev_end = max([x.end for x in nums if x.end <= n.start] + [0])
    nxt = min([x.start for x in nums if x.start >= n.end] + [len(s)])
    lo = max(clause_start(s, n.start), prev_end)
    hi = min(clause_end(s, max(b, n.end)), nxt) if b >= n.end else min(clause_end(s, n.end), nxt)
    if re.search(r"\b(?:a|per|each|every)\s+(?:day|week)", s[n.end:hi], I) is None and _DAILY_AFTER_RE.search(s[n.end:hi]):
        return "rate"
    if _AVERAGE_RE.search(s, lo, hi) or _PER_DAY_AFTER_RE.search(s, n.end, clause_end(s, n.end)):
        # "an average of 1,200 a day", "the daily casualty rate ... was 1,140", "losing 800 soldiers
        # and 120 units of weapons on average per day"
        return "rate"
    if metric in ("drones", "cruise_missiles") and _NIGHT_RE.search(s):
        return "daily"  # "In total, the Air Force shot down 18 of 57 drones overnight": a night's, whatever "in total" says
    best, dist = None, 10**9
    m = _PERIOD_AFTER_RE.search(s, n.end, hi)
    if m and not _EVENT_BEFORE_RE.search(s, max(0, m.start() - 70), m.start()):
        best, dist = "period", m.start() - n.end  # (not "since the invasion began last year")
    incident = (_has_incident(s) and (metric.startswith("civilians_") or metric == "other" or n.value < 1000)) \
        or _BATTLE_RE.search(s) is not None
    # one handover of the dead, whatever its size: "received the bodies of 1,000 fallen soldiers"
    handover = metric == "personnel_killed" and "bodies" in s and HANDED_BACK_RE.search(s) is not None
    incident = incident or handover
    m = _WEEKDAY_AFTER_RE.search(s, n.end, hi)
    if m and m.start() - n.end < dist and not (incident and (metric.startswith("civilians_") or handover)) \
            and not _EVENT_BEFORE_RE.search(s, max(0, m.start() - 70), m.start()):  # (not "since the invasion began last Thursday")
        # "lost 1,230 troops on Tuesday": that day's count (but "59 injured in a strike on
        # Kharkiv on Friday" are one attack's)
        best, dist = "daily", m.start() - n.end
    says = [m.start() for m in SAY_RE.finditer(s, lo, n.start)
            if not _NO_SPEAKER_BEFORE_RE.search(s, max(0, m.start() - 5), m.start())  # "an estimated 1,226"
            and not _COUNTING_VERB_RE.match(s, m.start())]  # "From 1 to 28 February, OHCHR recorded 589"
    for k, rx, _ in KIND_RES:
        if k == "cumulative" and best is not None:
            break  # "a total of 8,280 over the past seven days": the period says what the total is
        for m in rx.finditer(s, lo, hi):
            if k == "cumulative" and incident and _TOLL_RE.fullmatch(m.group(0)):
                continue  # "the death toll from the strike rose to 47": one incident's toll
            if k == "period" and (any(m.end() <= p for p in says)
                                  or _SAID_RIGHT_BEFORE_RE.search(s, max(0, m.start() - 25), m.start())) \
                    and not _PERIOD_OF_COUNT_RE.match(m.group(0)):
                continue  # "In February, Zelensky said 31,000 ...", "told CNN last week": when it was said
            if k == "period" and (_EVENT_BEFORE_RE.search(s, max(0, m.start() - 70), m.start())
                                  or _AS_OF_BEFORE_RE.search(s, max(0, m.start() - 50), m.start())):
                continue  # "since Russia invaded Ukraine in February 2022": when the count began; "as of ... in mid-April"
            d = n.start - m.end() if m.end() <= n.start else m.start() - n.end
            if d < dist:
                best, dist = k, d
    if best == "cumulative" and n.value < _ONE_ATTACK.get(metric, 0) \
            and not _WAR_LONG_RE.search(s):
        return "other"  # "So far, four people have died", "In total, 28 were killed across the capital": one attack's
    if best:
        return best
    rest, cumulative, today = _kind_of_sentence(s)
    if rest:
        return rest
    # a few drones or missiles downed in an attack are a night's, not one incident's
    airborne = metric in ("drones", "cruise_missiles") and (  # ("Air defenses shot down 747 drones": a night's too)
        n.value < 100 or (n.value < 1000 and not cumulative and _DOWNED_RE.search(s) is not None))
    if incident and not airborne:
        if _MANY_ATTACKS_RE.search(s) and _AREA_RE.search(s) and not _ONE_ATTACK_RE.search(s) and _WEEKDAY_AFTER_RE.search(s):
            return "daily"  # "Several air attacks on Belgorod on Saturday killed two people": that day's
        return "other"  # "seven people were killed in shelling of ...": one incident
    if _WEEKDAY_OPENER_RE.match(s) and not metric.startswith("civilians_") and not SAY_RE.search(s, 0, n.start) \
            and n.value <= (2500 if metric.startswith("personnel_") else 300):
        return "daily"  # "On Wednesday, 660 Russian troops were killed, bringing the total to 100,400": that day's
    before = [m for m in KIND_RES[2][1].finditer(s, max(0, n.start - 200), n.start)]
    if before and _PERIOD_OF_COUNT_RE.match(before[-1].group(0)):
        return "period"  # "In the reporting period, the authorities reported that 91 ..."
    if before and not any(not _NO_SPEAKER_BEFORE_RE.search(s, max(0, m.start() - 5), m.start())
                          and not _COUNTING_VERB_RE.match(s, m.start())
                          for m in SAY_RE.finditer(s, before[-1].end(), n.start)) \
            and not _SAID_RIGHT_BEFORE_RE.search(s, max(0, before[-1].start() - 25), before[-1].start()) \
            and not _EVENT_BEFORE_RE.search(s, max(0, before[-1].start() - 70), before[-1].start()) \
            and (not any(before[-1].end() <= x.start < n.start for x in nums)
                 or _ONE_LIST_RE.fullmatch(s, before[-1].end(), n.start)):
        # "Last year was the deadliest: at least 45,287 were killed"; "over the past month, 159
        # missiles, over a thousand drones and 13 cruise missiles": a list under one period
        return "period"
    m = KIND_RES[2][1].search(s, n.end, min(len(s), n.end + 200))
    alone = m is not None and re.match(r"\s+alone\b", s[m.end():m.end() + 7]) is not None  # "in May alone"
    if m and (not says or alone) and not (any(x.start >= n.end and x.start < m.start() for x in nums)
                               and re.search(r"[;:]|,(?!\d)", s[n.end:m.start()])) \
            and not _EVENT_BEFORE_RE.search(s, max(0, m.start() - 70), m.start()):
        return "period"  # "lost 45,000 troops, dead, in November alone"
    if airborne:
        return "daily"  # "air defence shot down 14 of 17 drones", "a total of 48 were launched": a night's
    if not metric.startswith("civilians_") and _WEEKDAY_AFTER_RE.search(s, *_after_the_list(s, n, nums)):
        return "daily"  # "lost 61 artillery systems, 18 armored vehicles and five tanks on Monday"
    if cumulative and not (n.value < _ONE_ATTACK.get(metric, 0) and not _WAR_LONG_RE.search(s)
                           and all(x.value < _ONE_ATTACK[metric] for x in nums)):  # (not "198 civilians, including three children, ... so far")
        return "cumulative"  # (but "In all, four people were killed and 16 wounded as Russia struck Odesa": one attack's)
    if today:
        return "daily"  # "two soldiers killed and three wounded today": that day's count
    if re.match(r"\s*(?:In|During|Over)\s+(?:" + MONTH + r"|(?:the\s+)?(?:past|last)\s+(?:week|month))\b", s) \
            and not SAY_RE.search(s):
        return "period"  # "In January, Russia lost ..." (but "In February, Zelensky said ...")
    if n.value < _ONE_ATTACK.get(metric, 0):
        return "other"  # "killing three people and injuring seven": an attack's dead, no running total
    if _PLACE_OF_COUNT_RE.search(s, clause_start(s, n.start), clause_end(s, n.end)):
        return "other"  # "lost three tanks and about 70 servicemen near Avdeevka": one place's, no running total
    if n.value < 10 and all(x.value < 10 for x in nums) and not _SENIOR_RE.search(s, n.end, n.end + 40):
        # "two Russian fighter jets were downed", "three tanks were destroyed": a few, one event's
        # (not "27 ships and one submarine": a list of totals; nor "eight Russian generals killed":
        # the war's tally of its senior officers)
        return "other"
    return "other" if metric == "other" else "cumulative"


# the most one attack kills or hurts, as reports tell them with no word of time ("In total, 28 were
# killed and 140 injured across the capital"): above it, a running total
_ONE_ATTACK = {"civilians_killed": 100, "civilians_wounded": 400}
_SENIOR_RE = re.compile(r"\b(?:generals?|admirals?|colonels?|commanders?)\b", I)


def moscow_briefing_day(fig: Figure) -> bool:
    """"Ukraine lost up to 305 personnel on the Donetsk front": the Russian defence ministry's
    daily briefing counts the enemy's losses "up to" a number, a day's, with no word of time."""
    return (fig.claimant or "").startswith("Russian Ministry of Defence") and fig.approx == "up to" \
        and fig.side == "ukraine" and fig.metric.startswith("personnel_") and fig.value <= 2500


def few_soldiers(figs: list[Figure]) -> None:
    """"Three North Korean servicemen went missing", "Sixty-five servicemen were killed": a few
    soldiers with no word of time are one event's, no running total. (Read after the article's
    claimants are settled: the kind is what is counted, not whose report it is.)"""
    for f in figs:
        if f.kind == "cumulative" and f.metric.startswith("personnel_") and f.value < 100 \
                and not KIND_RES[3][1].search(f.sentence) and not _TODAY_RE.search(f.sentence) \
                and not _RANKS_RE.search(f.sentence):
            f.kind = "other"


# officers are counted over the war ("Russia has lost 12 generals"), and a third country's dead (`nationals`)
_RANKS_RE = re.compile(rf"\b(?:generals?|colonels?|officers?|commanders?|admirals?|majors?|pilots?|{NATIONALS})\b", I)
