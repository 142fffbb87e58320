"""Whose losses a figure counts: russia, ukraine, both, or None when the words do not say.

Read from the sentence with the claimant's own words blanked (so "Ukraine's figures" does not
make a figure Ukrainian): an adjective in the noun phrase first ("765,110 Russian troops"), then
the subject of the verb ("Russia has lost ..."; "Ukrainian forces killed ..." counts the other
side), then "of Russia" / "by Russia" after the noun. Place names ("the war in Ukraine",
"Ukraine's borders") are not sides. Troops massed on Ukraine's borders are Russia's whoever
the sentence's subject is (`massed_on_ukraine`).
"""

from __future__ import annotations

import re

from index.extraction.clauses import clause_end, clause_start
from index.extraction.datelines import DASHED_RE
from index.extraction.metrics import KILL_VERBS, RUSSIAN_PLACES, SIDE_WORDS
from index.extraction.numbers import TENS, UNITS, Number

I = re.IGNORECASE

KILL_RE = re.compile(rf"\b(?:{KILL_VERBS})\b", I)
SUFFERED_RE = re.compile(r"\b(?:lost|los(?:es|ing|e)|suffer(?:ed|s|ing)?|sustain(?:ed|s|ing)?|seen)\b", I)
SIDE_RE = re.compile("|".join(f"(?P<{s}>\\b(?:{rx})\\b)" for s, rx in SIDE_WORDS))
# A side word after one of these names a place, not whose losses: "the war in Ukraine".
PLACE_BEFORE_RE = re.compile(
    r"\b(?:in|into|to|from|against|on|across|over|for|with|of|near|inside|toward|towards|and|at|"
    r"invaded|invade|invading|invasion|attacked|attack|entered|within|through|between|bordering"
    r"|neighbouring|neighboring|inside|toward|towards|reached|enter|entering|past)\s+$", I)

# a side word, a few words (its noun), a verb of destroying, then only the items of one list
_AGENT_LIST_RE = re.compile(
    rf"^\s*(?:[\w-]+\s+){{0,3}}?(?:{KILL_VERBS})\b[^.;:!?\"“”]*$", I)

_PLACES = {"Russia", "Ukraine", "Kyiv", "Kiev", "Moscow", "Kremlin"}
_COUNT_KILLED_RE = re.compile(r"\d\s+(?:[a-z]+\s+)?(?:killed|dead|destroyed)\b")
# (not "suffered by", "controlled by": only a verb of destroying makes the agent the enemy of the lost)
_BY_FORCES_BEFORE_RE = re.compile(rf"\b(?:{KILL_VERBS})\s+by\s+(?:the\s+)?$", I)
_FORCES_AFTER_RE = re.compile(r"\s+(?:armed\s+)?(?:forces|troops|army|military|air\s+defen[cs]es?|units)\b", I)

# "Ukraine's borders" names a place, not whose troops stand there.
_GEO_AFTER_RE = re.compile(
    r"['’]?s?\s+(?:borders?|territory|territories|capital|soil|east|south|north|west|cities|city"
    r"|airspace|coast|frontier|regions?|border\s+regions?|side\s+of\s+the\s+border"
    # "in the area of Russia's Battlegroup North": where, not whose losses
    r"|battle\s*groups?|group(?:ing)?s?\s+of\s+(?:forces|troops)"
    # "since the start of Russia's special military operation": whose war, not whose losses
    r"|(?:special\s+military\s+operation|full-scale\s+invasion|invasion|aggression)(?!\s+(?:losses|casualties|dead|toll|forces?)))\b", I)


# a side word owning the words that carry a report, not the counted: "posted to the Ukrainian
# ministry of defense's official X page, also said 65 UAVs ..."
_OWNER_OF_WORDS_RE = re.compile(
    r"(?:\s+[\w-]+){0,3}['’]s\s+(?:official\s+|own\s+)?(?:X|Twitter|Telegram|Facebook|website|web\s+site|page|account"
    r"|channel|statement|report|bulletin|update|data|figures|briefing)\b", I)
SOLDIERS_RE = re.compile(r"\b(?:soldiers?|troops|servicemen|service\s*members|personnel|fighters|marines|officers"
                          r"|conscripts|mobili[sz]ed|paratroopers)\b", I)
# "killed in the Ukrainian attack on Makiivka": the side that attacked is not the side that lost
_KILLED_BY_RE = re.compile(
    r"[^.;]{0,60}?\b(?:killed|died|dead|wounded|injured)\b[^.;]{0,20}?\b(?:in|by|during)\s+(?:an?\s+|the\s+)?"
    r"(?:overnight\s+|massive\s+|recent\s+)?(Ukrainian|Russian|Ukraine['’]s|Russia['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:attacks?|strikes?|shelling|bombardment|missiles?|rockets?|drones?|HIMARS|assault)\b", I)


_AIRBORNE = ("drones", "cruise_missiles", "aircraft", "helicopters")
_LAUNCHED_THEN_DOWNED_RE = re.compile(r"\b(?:fired|launched|sent)\b.*\b(?:shot\s+down|intercepted|downed|destroyed)\b", I)
_OVER_RE = re.compile(
    r"\b(?:over|above|approaching|towards?|in)\s+(?:the\s+)?(?:(?:southern|northern|eastern|western|central"
    r"|south-?eastern|north-?eastern|south-?western|north-?western)\s+)?(?:region\s+of\s+)?"
    rf"(?:(?P<ru>Moscow|{RUSSIAN_PLACES}|Russian\s+(?:capital|territory|regions?))"
    r"|(?P<ua>Kyiv|Kharkiv|Odesa|Lviv|Dnipro|Zaporizhzhia|Sumy|Mykolaiv|Poltava|Vinnytsia|Kherson|Chernihiv"
    r"|Dnipropetrovsk|Donetsk|Zhytomyr|Cherkasy|Kirovohrad|Khmelnytskyi|Rivne|Volyn|Ternopil|Chernivtsi"
    r"|Ukrainian\s+(?:capital|territory|regions?)))\b"
    # "drones launched against Ukraine", "Ukraine's air force shot down ...": Russia's
    r"|\b(?P<ua2>launched\s+(?:against|at|on|towards?)\s+Ukraine|Ukrain(?:e['’]s|ian)\s+(?:air\s+force|air\s+defen[cs]es?))\b")

_WAR_NAME_RE = re.compile(r"\b(?:Russia|Ukraine|Russian|Ukrainian)\s*[-–]\s*(?:Russia|Ukraine|Russian|Ukrainian)\b")
_POSSESSOR_RE = re.compile(r"\b(Russia|Ukraine|Moscow|Kyiv|Kiev)['’]s\s+(?:(?:estimated|own|reported|official)\s+)?$")
_ON_SIDE_RE = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:on|among|from)\s+the\s+(Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+side\b",
                         re.I)


def side_said_after(s: str, pos: int) -> str | None:
    """"5,937 deaths on the Russian side", "180,000 died or were wounded on the Russian side": whose,
    said within a few words after `pos`."""
    m = _ON_SIDE_RE.match(s, pos)
    return None if m is None else "russia" if m.group(1).lower().startswith("russia") else "ukraine"
_TOPIC_SIDE_RE = re.compile(
    r"^\W*(?:For|As\s+for|As\s+to|On\s+the)\s+(?:the\s+)?(Russia|Ukraine|Moscow|Kyiv|Kiev|Russian|Ukrainian)(?:\s+side)?\b")
_BOTH_RE = re.compile(
    r"\b(?:each|both|either)\s+sides?\b|\bthe\s+two\s+(?:sides|armies|countries)\b|\bboth\s+(?:armies|countries)\b"
    r"|\bsides\s+combined\b"
    # "combined Russian and Ukrainian casualties"
    r"|\b(?:Russian|Ukrainian)\s+(?:and|or|&)\s+(?:Ukrainian|Russian)\s+(?:casualties|losses|troops|soldiers|servicemen"
    r"|service\s*members|personnel|fighters|deaths|dead|military)\b", I)


NUMBER_OF_RE = re.compile(r"\b(?:number|toll|count|tally|total)\s+of\s+(?:the\s+)?(?:dead\s+)?$", re.I)


# whose dead bodies handed back are: "of Ukrainian soldiers", or the side they are handed to
_BODIES_OF_RE = re.compile(
    r"\s+(?:of\s+(?:the\s+)?(?:(?:fallen|dead|killed|deceased)\s+)?|to\s+(?:the\s+)?)"
    r"(?:(?P<ukraine>Ukrainian|Ukraine(?:['’]s)?|Kyiv(?:['’]s)?)|(?P<russia>Russian|Russia(?:['’]s)?|Moscow(?:['’]s)?))\b")


_LOST_AFTER_RE = re.compile(r"\s+(?:(?:has|have|had)\s+(?:\w+\s+)?)?(?:lost|suffered|sustained)\b")
# a side word inside a count, in digits or words: "35,000 regular Ukrainian", "Twenty Ukrainian"
_NUMBER_WORDS = "|".join(sorted([*UNITS, *TENS, "hundreds?", "thousands?", "dozens?"], key=len, reverse=True))
_IN_A_COUNT_RE = re.compile(rf"(?:\d|\b(?i:{_NUMBER_WORDS}))\s+(?:[a-z]+\s+){{0,2}}$|\d\s*$")
_BODIES_BEFORE_RE = re.compile(r"\b(?:bodies|remains)\s+of\s+(?:[\w-]+\s+){0,2}$", re.I)
_HANDED_TO_RE = re.compile(r"(?:\s+(?!to\b)[\w-]+){0,3}?\s+to\s+(?:the\s+)?(?:(?P<ukraine>Ukrain\w*|Kyiv|Kiev)"
                           r"|(?P<russia>Russia\w*|Moscow))\b")


def side_of(m: str, n: Number, a: int, b: int, after: bool, metric: str) -> str | None:
    """Side from `m`, the sentence with claimant phrases blanked out."""
    if "-" in m or "–" in m:  # "the Russia-Ukraine war" names the war, not whose losses
        m = _WAR_NAME_RE.sub(lambda x: " " * len(x.group()), m)
    if _BOTH_RE.search(m[clause_start(m, n.start):clause_end(m, b)]):
        return "both"
    said_after = side_said_after(m, max(b, n.end))
    if said_after:  # "5,937 deaths on the Russian side": whose, said after the count
        return said_after
    own = _POSSESSOR_RE.search(m, max(0, n.start - 30), n.start)
    if own:  # "compared to Ukraine's 100,000 to 140,000": whose count, right before it
        return "russia" if own.group(1) in ("Russia", "Moscow") else "ukraine"
    # an adjective in the noun phrase: "765,110 Russian troops", "Russia's troop losses"
    np_ = m[n.end:b] if after else m[max(0, a - 30):b]
    hits = [h for h in SIDE_RE.finditer(np_) if h.lastgroup != "both"]
    if hits:
        h = hits[-1] if not after else hits[0]
        return h.lastgroup
    if metric.startswith("civilians_"):
        return None  # whose civilians only the words next to them say
    whose_dead = _BODIES_OF_RE.match(m, b) if after and m[a:b].lower() in ("bodies", "remains") else None
    if whose_dead:  # "11,000 bodies of Ukrainian soldiers": theirs, whoever handed them over
        return whose_dead.lastgroup
    handed = _HANDED_TO_RE.match(m, b) if _BODIES_BEFORE_RE.search(m, max(0, n.start - 40), n.start) else None
    if handed:  # "handed over the bodies of 909 fallen soldiers to Ukraine": the side they go home to
        return handed.lastgroup
    # the subject of a verb: "Russia has lost ...", "Ukrainian forces killed ..." (the other side)
    left = m[:min(n.start, a)]
    cs = clause_start(m, n.start)
    dateline = DASHED_RE.match(left)
    for h in reversed(list(SIDE_RE.finditer(left, max(0, len(left) - 1000)))):  # bounded: linear
        place = h.group(0) in _PLACES and PLACE_BEFORE_RE.search(left[max(0, h.start() - 100):h.start()])
        if place and place.group(0).split()[0].lower() == "and" and _LOST_AFTER_RE.match(left, h.end()) \
                and re.search(r"\d", left[max(0, h.start() - 60):h.start()]):
            place = None  # "Russia has lost 9,255 vehicles, and Ukraine has lost 2,975": a second clause's subject
        if h.lastgroup == "both" or (dateline and h.end() <= dateline.end()) or place \
                or _GEO_AFTER_RE.match(left, h.end()) or _OWNER_OF_WORDS_RE.match(left, h.end()):
            continue
        between = left[h.end():]
        if NUMBER_OF_RE.search(left, max(0, h.start() - 30), h.start()):
            return h.lastgroup  # "the number of Ukrainian soldiers killed topped 45,000": who is counted
        if _BY_FORCES_BEFORE_RE.search(left, max(0, h.start() - 40), h.start()) and _FORCES_AFTER_RE.match(left, h.end()):
            # "destroyed by Russian forces since January, including 1,200 tanks": the agent's enemy lost them
            return {"russia": "ukraine", "ukraine": "russia"}[h.lastgroup]
        # a side word inside another figure ("66,180 Russian soldiers killed along with 579
        # tanks") or an earlier clause is no subject of this number's verb
        if KILL_RE.search(left, cs, h.start()) and re.search(r"\b(?:a|an|the|\d[\d,]*)\s+$", left[max(0, h.start() - 100):h.start()]):
            return h.lastgroup  # the object of a verb of killing: "sunk a Russian landing ship and ..."
        # "35,000 regular Ukrainian military killed, 15,000 missing": a side word inside an
        # earlier count is that list's side, not the subject of a verb
        subject = h.start() >= cs and not _IN_A_COUNT_RE.search(left[max(0, h.start() - 100):h.start()])
        passive = re.search(r"\b(?:were|was|been|being|are|is|be)\s+(?:\w+\s+)?(?:killed|destroyed|downed|shot\s+down|hit|struck|captured|sunk)\b", between, I)
        if subject and KILL_RE.search(between) and not SUFFERED_RE.search(between) and not passive \
                and not _COUNT_KILLED_RE.search(between) \
                and not (metric in _AIRBORNE and _LAUNCHED_THEN_DOWNED_RE.search(between)):
            # (not "casualties reached 15,000 killed and 45,000"; "Russia fired 13 missiles and 29
            # drones and shot down seven": the air force's words, the launcher's losses)
            return {"russia": "ukraine", "ukraine": "russia"}[h.lastgroup]
        if not subject and h.start() < cs and _AGENT_LIST_RE.match(between) and not SUFFERED_RE.search(between) \
                and not passive and not _IN_A_COUNT_RE.search(left[max(0, h.start() - 100):h.start()]):
            # "Russian forces destroyed 21 aircraft, 1,244 tanks, ... and 12 US-built Bradleys": the
            # killer's side word heads the whole list, past the commas that cut its clauses
            return {"russia": "ukraine", "ukraine": "russia"}[h.lastgroup]
        return h.lastgroup
    right = m[b:]
    hit = _KILLED_BY_RE.match(right) if metric.startswith("personnel_") and SOLDIERS_RE.search(m, max(0, n.end), b + 1) else None
    if hit:  # "89 servicemen were killed in the Ukrainian attack on Makiivka": the attacked side's
        return "russia" if hit.group(1).lower().startswith("ukrain") else "ukraine"
    # "of Russia", "by Russia", "38 drones launched by Russia" (whose drones were shot down)
    h = re.search(r"^\W*(?:(?:launched|fired|sent|used|flown|operated|lost|suffered|sustained)\s+(?:overnight\s+|yesterday\s+|today\s+)?)?"
                  r"(?:of|by|among)\s+(?:the\s+)?(\w+['’]?s?)", right)
    if h:
        s2 = SIDE_RE.match(h.group(1))
        if s2 and s2.lastgroup != "both":
            return s2.lastgroup
    h = SIDE_RE.search(right)
    if h and h.lastgroup != "both" and SUFFERED_RE.search(right[h.end():h.end() + 30]):
        return h.lastgroup
    topic = _TOPIC_SIDE_RE.match(m)
    if topic:  # "For Ukraine, ... the report estimates casualties of 500,000": the side the sentence is about
        return "russia" if topic.group(1) in ("Russia", "Moscow", "Russian") else "ukraine"
    if metric in _AIRBORNE:
        # "three drones were intercepted over Moscow": what flies over Russia was launched by Ukraine
        o = _OVER_RE.search(m)
        if o:
            return "ukraine" if o.group("ru") else "russia"
    return None


_AIR_DEFENCE_RE = re.compile(r"\b(?:air\s+defen[cs]es?|air\s+force|anti-aircraft)\b", I)
_RUSSIAN_RE = re.compile(r"\b(?:Russia|Russian|Moscow|Kremlin)")


def downed_by_ukraine(s: str, metric: str) -> bool:
    """"Air defence shot down 14 of 17 drones": with no claimant counting either side and no
    word of Russia, the drones downed in reporting on the war are Russia's."""
    return metric in ("drones", "cruise_missiles") and _AIR_DEFENCE_RE.search(s) is not None \
        and _RUSSIAN_RE.search(s) is None


# Troops placed on Ukraine's borders are Russia's (or its ally's) whoever the sentence's subject
# is: "with 150,000 troops arrayed on its borders", "she gathered 120,000 soldiers at the border
# with Ukraine", "he has amassed 130,000 troops on the eastern border of Ukraine".
_UKRAINE_BORDER_RE = re.compile(
    r"\b(?:(?:on|along|near|at|around|to)\s+(?:the\s+)?(?:\w+\s+)?borders?\s+(?:with|of)\s+Ukraine"
    r"|Ukraine['’]s\s+(?:\w+\s+)?(?:borders?|frontiers?)|(?:on|along|near|at|around)\s+(?:the\s+)?Ukrainian\s+border"
    r"|(?:three|all)\s+sides\s+of\s+Ukraine|(?:near|around|close\s+to|surround(?:ed|ing)?)\s+Ukraine\b"
    r"|\binto\s+Ukraine\b)", I)
_ITS_BORDERS_RE = re.compile(r"\b(?:on|along|near|at|around)\s+(?:its|their|the)\s+(?:\w+\s+)?borders?\b", I)
_OWN_DEPLOY_RE = re.compile(
    r"\b(?:Ukraine|Kyiv|Ukrainian\s+(?:forces|army|military|troops))\s+(?:has\s+|had\s+|have\s+)?"
    r"(?:deployed|sent|moved|massed|stationed|reinforced)\b", I)
_THIRD_RE = re.compile(
    r"\b(?:US|U\.S\.|United\s+States|Washington|American|Pentagon|Biden|British|Britain|UK|U\.K\.|NATO|Nato"
    r"|Germany|German|France|French|Poland|Polish|Canada|Canadian|alliance)\b"
    r"(?!\s+(?:and\s+\w+\s+)?(?:officials|intelligence|estimates?|sources|officers|analysts|said|says))")
_NEIGHBOURS_RE = re.compile(r"\b(?:Belarus|Poland|Polish|Moldova|Romania|Hungary|Slovakia|NATO|Nato|Finland|Baltic)", I)


def massed_on_ukraine(s: str, n: Number, head, side: str | None) -> bool:
    cls, a, b, after = head
    if side == "russia" or _OWN_DEPLOY_RE.search(s):
        return False
    if side == "ukraine" and SIDE_RE.search(s[n.end:b] if after else s[max(0, a - 30):b]):
        return False  # "20,000 Ukrainian troops on the border": their own
    lo = clause_start(s, n.start)
    if _THIRD_RE.search(s, lo, n.start):
        return False  # "the US has moved 3,000 troops to Poland"
    near = s[max(lo, n.start - 120):clause_end(s, max(b, n.end))]
    if _UKRAINE_BORDER_RE.search(near):
        return True
    # "its borders" where the sentence is about Ukraine and no other neighbour
    return bool(_ITS_BORDERS_RE.search(near) and re.search(r"\bUkrain", s) and not _NEIGHBOURS_RE.search(s))
