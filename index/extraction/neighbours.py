"""Counts read from the figure before them in the sentence: "killed 7 civilians and injured
22 others", a list sharing one verb ("Two colonels, three majors and 12 officers were
killed"), a part of a count ("including 5.9 million within the country"), and a running total
("bringing the total to 510,000")."""

from __future__ import annotations

import re

from index.extraction.bare_counts import NOT_WAR
from index.extraction.figure_patterns import CIVIL_METRIC, FORWARD_RE, NOT_COUNTED_RE, PERSONNEL_METRIC
from index.extraction.found import Found
from index.extraction.kinds import kind_of
from index.extraction.numbers import QUALIFIER_BEFORE, Number
from index.extraction.outcomes import outcome_cues
from index.extraction.people import AS_CIVILIANS, civilians_side
from index.extraction.sides import SOLDIERS_RE, side_said_after

I = re.IGNORECASE


_OTHERS_RE = re.compile(
    r"\s+(?:others|more|other\s+people|of\s+them|of\s+which|of\s+these)\b"
    # "1,232 civilians, 1,935 reported as injured", "4 killed and 12 were wounded"
    r"|(?=\s+(?:were\s+|are\s+|was\s+|have\s+been\s+|had\s+been\s+|reported\s+(?:as\s+)?)(?:injured|wounded|killed|dead|missing)\b)", I)
# the parts of an equipment count by what became of them: "1,688 tanks: 1,000 were destroyed,
# 544 were captured, 79 were damaged"
_FATE_RE = re.compile(
    r"\s+(?:of\s+(?:which|them|these)\s+)?(?:were|was|have\s+been|had\s+been)\s+(?:\w+\s+)?"
    r"(?:destroyed|captured|damaged|abandoned|seized|lost|shot\s+down|downed|sunk|hit|intercepted|jammed|suppressed)\b", I)


_ANOTHER_RE = re.compile(r"\banother\s+$", I)
_OTHERS_THEN_VERB_RE = re.compile(r"\s+(?:others|more|other\s+people)\s+(?:were|are|was|have\s+been|had\s+been)\s+(?:\w+ly\s+)?", I)


def others(s: str, n: Number, last: Found | None) -> Found | None:
    """"killed 7 civilians and injured 22 others": the others are of the kind counted before."""
    # (the others may come after a clause about the first: "498 of its soldiers had been killed
    # in the war against Ukraine and 1,597 had been wounded")
    if last is None or n.start - last.number.end > 100:
        return None
    same = Found(n, last.metric, last.side, last.kind, last.loss)
    if not last.metric.startswith(("civilians_", "personnel_", "troops_")):
        # equipment: "1,688 tanks: 544 were captured", "destroyed 22 drones and intercepted 13 more"
        fate = _FATE_RE.match(s, n.end) and n.value <= last.number.value
        # ("shot down 120 Ukrainian drones during the night, and another 39 on Sunday morning")
        another = _ANOTHER_RE.search(s, max(0, n.start - 12), n.start) and not re.match(r"\s+(?:[a-z]+\s+)?[a-z]+s\b", s[n.end:])
        return same if fate or another or _OTHERS_RE.match(s, n.end) else None
    if not _OTHERS_RE.match(s, n.end):
        return None
    # "one killed and five more injured": the verb after the others is theirs
    after = outcome_cues(s[n.end:n.end + 45], with_deployed=False)
    cues = outcome_cues(s[last.number.end:n.start], with_deployed=False)
    if after and (after[0][0] <= 20 or _OTHERS_THEN_VERB_RE.fullmatch(s, n.end, n.end + after[0][0])):
        cues = after[:1]  # ("five others were seriously injured": theirs)
    if not cues:
        return None
    out = cues[-1][2]
    if last.metric == "troops_deployed" and out not in ("killed", "wounded", "missing", "captured"):
        return same  # ("272 Ghanaians were recruited, and 55 have been killed": the recruits' dead)
    table = CIVIL_METRIC if last.metric.startswith("civilians_") else PERSONNEL_METRIC
    metric = table.get(out)
    if metric is None:
        return None
    return Found(n, metric, last.side, last.kind, last.loss)


# After a count of people comes the next item of a list: "Two colonels, three majors and ..."
LIST_ITEM_RE = re.compile(r"\s+(?:(?:[A-Za-z-]+\s+){0,1}[A-Za-z-]+s|Russian|Ukrainian)\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=\S)")
# "100,000 Russian and 100,000 Ukrainian soldiers": a count of one side, its noun shared with the next
_SIDE_ITEM_RE = re.compile(r"\s+(Russian|Ukrainian)\s+(?:,\s*)?and\s+")


def list_before(s: str, pending: list[Number], last: Found) -> list[Found]:
    """Counts listed before `last` that share its verb: in "Two colonels, three majors and 12
    officers were killed", the two and the three were killed too. Each link must be a plain list
    item (a count, a noun, a comma or "and")."""
    chain: list[Found] = []
    nxt = last.number
    for p in reversed(pending):
        between = s[p.end:nxt.start]
        own = _SIDE_ITEM_RE.match(between)
        if own and re.fullmatch(QUALIFIER_BEFORE, between[own.end():], I):
            chain.append(Found(p, last.metric, "russia" if own.group(1) == "Russian" else "ukraine", last.kind, last.loss))
            nxt = p
            continue
        # (a plural noun: "colonels", and "men", "women", "children", "people")
        if not re.fullmatch(r"\s+(?:[A-Za-z-]+\s+){0,1}[A-Za-z-]*(?:s|men|children|people)\s*(?:,\s*(?:and\s+)?|\s+and\s+)" + QUALIFIER_BEFORE,
                            between, I):
            break
        if NOT_COUNTED_RE.match(s, p.end):
            break
        chain.append(Found(p, last.metric, last.side, last.kind, last.loss))
        nxt = p
    return list(reversed(chain))


INCLUDING_RE = re.compile(
    rf"(?:,\s*|\s+|—\s*|–\s*)(?:including|of\s+whom|among\s+them|among\s+whom)\s+{QUALIFIER_BEFORE}$", I)
_AND_NEXT_RE = re.compile(rf"^[^\d,;.()]{{0,40}}?(?:,\s*)?\band\s+{QUALIFIER_BEFORE}$", I)
# "11,557 tanks, including seven destroyed in the past day"
_LOST_WORDS = r"destroyed|downed|shot\s+down|damaged|lost|eliminated"
_PART_WORDS_RE = re.compile(rf"\s+(?:within|inside|in|into|to|abroad|outside|who|which|from|across|were|are|have|had"
                            rf"|{_LOST_WORDS})\b", I)
_WITH_PART_RE = re.compile(rf",\s*with\s+{QUALIFIER_BEFORE}$", I)  # "36,182 artillery systems, with 84 destroyed"
_LOST_AFTER_RE = re.compile(rf"\s+(?:{_LOST_WORDS})\b", I)


_TOTAL_RE = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|raising|raises|pushing|pushes|putting|puts)\s+(?:the|its|their|Russia['’]s"
    r"|Ukraine['’]s)\s+(?:overall\s+|total\s+|cumulative\s+)?(?:total|tally|toll|number|count|losses)\s+"
    rf"(?:[\w’'-]+\s+){{0,8}}?(?:to|at)\s+{QUALIFIER_BEFORE}$", I)


_BY_RE = re.compile(r"\bby\s+(?:about\s+|some\s+|nearly\s+|almost\s+|another\s+)?$", I)
_BY_THEN_TO_RE = re.compile(rf"[^,.;:\d]{{0,40}}?\bto\s+{QUALIFIER_BEFORE}", I)
_TALLY_RE = re.compile(r"\b(?:tally|count|toll|total|estimate|figure|number)\b", I)


def part_of_last(s: str, n: Number, last: Found | None) -> Found | None:
    """"11.6 million displaced, including 5.9 million within the country and 5.7 million who
    fled": counts with no noun of their own, inside the first count, are of its kind."""
    if last is not None and n.value > last.number.value and _TOTAL_RE.search(s, last.number.end, n.start) \
            and not FORWARD_RE.match(s, n.end):
        # "1,200 troops over the past day, bringing the total to 510,000"
        return Found(n, last.metric, last.side, "cumulative", last.loss)
    if last is not None and n.value > last.number.value and _BY_RE.search(s, max(0, last.number.start - 12), last.number.start) \
            and _BY_THEN_TO_RE.fullmatch(s, last.number.end, n.start) and _TALLY_RE.search(s, 0, last.number.start):
        # "increased its running tally of Russian military dead by 1,030 overnight to 133,190"
        return Found(n, last.metric, last.side, "cumulative", last.loss)
    if last is None or not _PART_WORDS_RE.match(s, n.end) or n.value >= last.number.value:
        return None
    between = s[last.number.end:n.start]
    if INCLUDING_RE.search(between) or (last.part and _AND_NEXT_RE.match(between)) or (
            _WITH_PART_RE.search(between) and _LOST_AFTER_RE.match(s, n.end)):
        own = kind_of(s, n, n.end, [last.number], False, last.metric)  # "9,000 since Saturday"
        return Found(n, last.metric, last.side, own if own != "cumulative" else last.kind, last.loss, part=True)
    return None


# "1,180 servicemen in the South Donetsk area, 820 in the Zaporozhye area, 665 in ...", "11 drones
# over the Belgorod Region, 28 over the Voronezh Region", "275,000 for Russia versus 100,000 for
# Ukraine": one noun's counts, place by place
_AT_PLACE_RE = re.compile(r"\s+(?:in|on|over|near|at|for|from)\s+(?:the\s+)?(?:(?:north|south|east|west|central)[a-z-]*\s+)?[A-Z“\"]")
_ITEM_LINK_RE = re.compile(  # (also "..., with another three in Kherson")
    rf"(?:\s*[,;]\s*(?:and\s+|with\s+)?|\s+(?:and|versus|vs\.?|compared\s+(?:with|to))\s+)(?:another\s+|a\s+further\s+)?"
    rf"{QUALIFIER_BEFORE}$", I)
_FOR_SIDE_RE = re.compile(r"\s+for\s+(Russia|Ukraine|Moscow|Kyiv|Kiev)\b")


# "At least 93 recruits died: 19 from Kyrgyzstan, 34 from ...": the count before, broken down
# (also "121 drones, including six over the Moscow region, 20 in ...")
_BREAKDOWN_OPENS_RE = re.compile(rf"[^.;:!?]*(?::|,\s*including)\s*{QUALIFIER_BEFORE}$", I)


# "Fatalities were also reported in Zhytomyr (3), Khmelnytskyi (4), and Mykolaiv (1)"
_PLACE_BRACKET_RE = re.compile(r"\b[A-Z][\w’'-]+(?:[\s-](?:[A-Z][\w’'-]+|oblast|region))*\s*\($")
_PLACE_COUNT_RE = re.compile(r"[A-Z][\w’'-]*\s*\(\d[\d,]*\)(?!\.[a-z]{3})")
_DEAD_WORD_RE = re.compile(r"\b(?:killed|dead|deaths?|fatalities|died)\b", I)
_HURT_WORD_RE = re.compile(r"\b(?:injured|wounded|injuries|hurt)\b", I)


def _in_brackets(s: str, n: Number, last: Found | None) -> Found | None:
    """A place's count in brackets: "reported in Zhytomyr (3), Khmelnytskyi (4)": the next of a
    breakdown is of the kind before it; the first, of civilians dead or hurt as the words
    before say (soldiers' counts so set out are left: whose, the brackets do not say)."""
    if not s.startswith(")", n.end) or not _PLACE_BRACKET_RE.search(s, max(0, n.start - 50), n.start) \
            or len(_PLACE_COUNT_RE.findall(s)) < 2:
        return None  # (one alone is rather a file's copy number: "Civilian deaths in Ukraine (1).png")
    if last is not None and s.startswith(")", last.number.end) and n.start - last.number.end < 60:
        return Found(n, last.metric, last.side, last.kind, last.loss)
    lead = s[last.number.end if last is not None else 0:n.start]  # (after another count: its own words)
    dead, hurt = _DEAD_WORD_RE.search(lead), _HURT_WORD_RE.search(lead)
    if SOLDIERS_RE.search(s) or bool(dead) == bool(hurt):
        return None
    metric = "civilians_killed" if dead else "civilians_wounded"
    return Found(n, metric, civilians_side(s), kind_of(s, n, n.end, [n], False, metric), False)


def place_by_place(s: str, n: Number, last: Found | None) -> Found | None:
    """A count with no noun, of a place, after a count of a place, or first of a breakdown by
    place after a colon: of the same kind."""
    bracketed = _in_brackets(s, n, last)
    if bracketed is not None:
        return bracketed
    if last is None or n.start - last.number.end > 120 or not _AT_PLACE_RE.match(s, n.end):
        return None
    between = s[last.number.end:n.start]
    if n.value < last.number.value and _BREAKDOWN_OPENS_RE.match(between):
        return Found(n, last.metric, last.side, last.kind, last.loss)
    if not _ITEM_LINK_RE.search(between) or not _AT_PLACE_RE.search(between) or re.search(r"[.:]\s", between):
        return None
    side = _FOR_SIDE_RE.match(s, n.end)
    own = ("russia" if side.group(1) in ("Russia", "Moscow") else "ukraine") if side \
        else side_said_after(s, n.end) or last.side  # "... and 100,000 on the Ukrainian side"
    return Found(n, last.metric, own, last.kind, last.loss)


_MORE_RE = re.compile(r"\s+(?:others|more)\b", I)


def more_of_last(s: str, bare: Found | None, last: Found | None) -> Found | None:
    """"The Russian army has killed 464 children and injured 931 more", "One soldier died and 12
    others were wounded": more of the people counted just before, and on their side."""
    if not bare or bare is NOT_WAR or last is None or not _MORE_RE.match(s, bare.number.end):
        return bare
    n = bare.number
    if last.metric.startswith("civilians_") and bare.metric in AS_CIVILIANS:
        return Found(n, AS_CIVILIANS[bare.metric], last.side, bare.kind, False)
    if last.metric.startswith("personnel_") and bare.metric.startswith(("personnel_", "civilians_")):
        return Found(n, bare.metric.replace("civilians_", "personnel_"), last.side, bare.kind, True)
    return bare
