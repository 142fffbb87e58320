"""Counts with no noun of their own, read from the words around them: "Russian attacks killed
at least six" (after a verb of killing), "Four died as they tried to flee" (opening a
sentence), "3.6 million fleeing the country", and "338 (328) dead" (the same count in the
report before, in brackets)."""

from __future__ import annotations

import re

from index.extraction.clauses import clause_start
from index.extraction.found import Found
from index.extraction.kinds import kind_of
from index.extraction.nationals import Fighters
from index.extraction.numbers import QUALIFIER_BEFORE, Number
from index.extraction.people import AGENT_RE, MIL_CONTEXT_RE, about_strikes, civilians_side, people_are_soldiers
from index.extraction.sides import NUMBER_OF_RE, SIDE_RE, side_said_after

I = re.IGNORECASE

# "Russian attacks killed at least six in the Donetsk region", "killing at least one and
# wounding ...": a count right after a verb of killing or wounding, with no noun, counts people.
_BARE_VERB_RE = re.compile(
    r"\b(?P<v>killed|killing|kills|kill|wounded|wounding|wounds|wound|injured|injuring|injures|injure)\s+"
    rf"(?:another\s+)?{QUALIFIER_BEFORE}$", I)  # ("killing 27 people and injuring another 25")
# (also "injured at least four others", "wounding two more")
_BARE_AFTER_RE = re.compile(
    r"\s*(?:[,.;:!?]|$|(?:in|on|at|and|near|across|during|overnight|when|as|after|including|others|more|over|within"
    r"|since|by|last|this|yesterday|today)\b)", I)
WAR_CUE_RE = re.compile(
    r"\b(?:strikes?|airstrikes?|air\s+strikes?|shelling|shelled|missiles?|rockets?|drones?|bombs?|bombing"
    r"|artillery|attacks?|assaults?|front(?:\s*line)?|occupied|war|forces|troops|soldiers|army|military"
    r"|invaders|occupiers|Donetsk|Luhansk|Kharkiv|Kherson|Zaporizhzhia|Odesa|Dnipro|Sumy|Donbas|Crimea)\b", I)
NOT_WAR = Found(Number(0, 0, 0, None, None, False, False, False), "", None, "", False)  # a count of dead from no war at all

_DIED_AFTER_RE = re.compile(
    # a headline's present tense too: "At least two die in Russian attacks"
    r"\s+(?:(?:have|had|were|was|are)\s+(?:already\s+|now\s+|reportedly\s+)?(?:been\s+)?)?"
    r"(died|die|killed|dead|injured|wounded|hurt|hospitali[sz]ed)\b", I)  # ("Eight were hospitalized")
# "180,000 died or were wounded": both
_OR_WOUNDED_RE = re.compile(r"\s+(?:or|and)\s+(?:were\s+|have\s+been\s+)?(?:wounded|injured)\b", I)
_OPENS_SENTENCE_RE = re.compile(
    # (after a sentence adverb: "Unfortunately, five have already died")
    # or its source: "According to Norway, 180,000 died or were wounded"
    # or a clause reported: "the mayor reported on Telegram that at least 8 were injured"
    # (or with no "that": "the city council said 17 were killed")
    # or the group it is a part of: "Of the 1,831 Poles who joined, 378 have died"
    rf"\W*(?:[A-Z][a-z]+ly,\s*|According\s+to\s+[^,]{{2,60}},\s*|(?:Of|Among|Out\s+of)\s+the\s+(?:[^,;:]|(?<=\d),(?=\d)){{2,100}}?,\s*|[^.;:]{{0,160}}\b(?:said|says|reported|reports|announced)"
    rf"\s+(?:(?:[^.;:]{{0,40}}\s)?that\s+|(?:on\s+)?(?:[A-Z][a-z]+day\s+)?))?(?:another\s+)?{QUALIFIER_BEFORE}", I)
_GROUP_OPENS_RE = re.compile(r"\W*(?:Of|Among|Out\s+of)\s+the\s", I)
_AND_BEFORE_VERB_RE = re.compile(r"\band\s+$")
_OTHERS_RE = re.compile(r"\s+others\b", I)
# "killed three people and injured seven": the count goes on from the people just counted
_PEOPLE_JUST_BEFORE_RE = re.compile(r"\b(?:people|civilians|residents|persons)\s+(?:and|,)\s*$", I)
_PEOPLE_NAMED_RE = re.compile(r"\b(?:people|civilians|residents|children|soldiers|troops|servicemen)\b", I)
_ANOTHER_BEFORE_RE = re.compile(rf"\banother\s+{QUALIFIER_BEFORE}$", I)
_AND_BEFORE_RE = re.compile(rf"\b(?:and|while|with)\s+(?:another\s+)?{QUALIFIER_BEFORE}$", I)
_FLED_AFTER_RE = re.compile(
    r"\s+(?:(?:have|had|has)\s+(?:now\s+|already\s+)?)?(?:fled|fleeing|(?:been\s+)?(?:internally\s+)?displaced"
    r"|left\s+(?:the\s+country|Ukraine)|become\s+(?:IDPs|refugees))\b", I)
# a number in brackets right after a figure, or after its noun, with nothing of its own: the
# same count at an earlier report
_EARLIER_OPEN_RE = re.compile(r"\s*(?:[A-Za-z][\w’'-]*\s+){0,3}?\(\s*$")
_EARLIER_CLOSE_RE = re.compile(
    r"\s*\)|\s+(?:in|on|at)\s+(?:the|a|its|their)\s+(?:previous\s+|last\s+|earlier\s+)?(?:report|update|day|week|bulletin)"
    r"|\s+(?:a|the)\s+(?:day|week)\s+(?:earlier|before)|\s+(?:earlier|before|previously)\s*\)", I)


def _about_the_war(s: str) -> bool:
    return bool(WAR_CUE_RE.search(s) or SIDE_RE.search(s))


def bare_after_verb(s: str, n: Number, masked: str, counted: list[Number], after_loss: bool = False) -> Found | None:
    """The people a verb of killing or wounding counts; NOT_WAR when the sentence is about no war
    (`after_loss`: a loss of the war was counted before in it: "The explosions, which killed one
    person and injured 14")."""
    v = _BARE_VERB_RE.search(s, max(0, n.start - 40), n.start)
    if v is None or not _BARE_AFTER_RE.match(s, n.end):
        return None
    if not _about_the_war(s) and not (after_loss and _AND_BEFORE_VERB_RE.search(s, max(0, v.start() - 10), v.start())):
        return NOT_WAR  # "the gunman killed 14 at a university": no war in the sentence
    killed = v.group("v").lower().startswith("kill")
    military = MIL_CONTEXT_RE.search(AGENT_RE.sub(" ", s[clause_start(s, n.start):n.start]))
    if military and not _PEOPLE_JUST_BEFORE_RE.search(s, max(0, v.start() - 40), v.start()):
        # "Ukrainian forces killed 40 in a single assault": the other side's soldiers
        metric = "personnel_killed" if killed else "personnel_wounded"
        subj = [h for h in SIDE_RE.finditer(masked, clause_start(s, n.start), v.start()) if h.lastgroup != "both"]
        side = {"russia": "ukraine", "ukraine": "russia"}[subj[-1].lastgroup] if subj else None
        if subj and NUMBER_OF_RE.search(s, max(0, subj[-1].start() - 30), subj[-1].start()):
            side = subj[-1].lastgroup  # "the number of Ukrainian soldiers killed topped 45,000": those counted
        return Found(n, metric, side, kind_of(s, n, n.end, counted, False, metric), True)
    metric = "civilians_killed" if killed else "civilians_wounded"
    kind = kind_of(s, n, n.end, counted, False, metric)
    return Found(n, metric, civilians_side(s), kind, False)


def opening_count(s: str, n: Number, counted: list[Number], last: Found | None = None) -> Found | None:
    """"Four died as they tried to flee the city", "Two were killed and 5 injured": the people a
    sentence about the war opens with; after "Of the 950,000 Russian casualties," (`last`, a count
    of the group), a part of that count's people."""
    others = _OTHERS_RE.match(s, n.end)
    died = _DIED_AFTER_RE.match(s, others.end() if others else n.end)
    opener = _OPENS_SENTENCE_RE.fullmatch(s, 0, n.start)
    if opener is not None and re.search(r"\b(?:that|said|says|reported|reports|announced|[a-z]+day)\s*$", opener.group(0)) \
            and not (people_are_soldiers(s) or about_strikes(s)):
        opener = None  # "it says that 409,820 have been killed": whose, the sentences around it say
    opens = opener is not None \
        or ((others is not None or (_ANOTHER_BEFORE_RE.search(s, max(0, n.start - 30), n.start) is not None
                                    and _PEOPLE_NAMED_RE.search(s, 0, n.start) is not None))
            and _AND_BEFORE_RE.search(s, max(0, n.start - 30), n.start) is not None)  # "and another 1,000 were injured"
    if died is None or not opens or not _about_the_war(s):
        return None  # (but "A civilian was killed and nine others were injured")
    on_side = side_said_after(s, n.end)  # "on the Russian side": soldiers, and whose
    soldiers = people_are_soldiers(s) or on_side is not None
    if last is not None and last.number.end <= n.start and _GROUP_OPENS_RE.match(s):
        soldiers, on_side = last.loss or last.metric == "troops_deployed", on_side or last.side
    what = "killed" if died.group(1).lower() in ("died", "die", "killed", "dead") else "wounded"
    if what == "killed" and _OR_WOUNDED_RE.match(s, died.end()):
        what = "casualties"
    metric = ("personnel_" if soldiers else "civilians_") + what
    side = on_side if soldiers else civilians_side(s)
    return Found(n, metric, side, kind_of(s, n, n.end, counted, False, metric), soldiers)


def fled_count(s: str, n: Number, counted: list[Number], fighters: Fighters | None = None) -> Found | None:
    """"3.6 million fleeing the country", "6.5 million internally displaced"; not the foreign
    fighters who "left Ukraine" in an article about them (`fighters`)."""
    m = _FLED_AFTER_RE.match(s, n.end)
    if m is None or not (_about_the_war(s) or re.search(r"\b(?:refugees?|invasion|IDPs)\b", s, I)):
        return None
    if "left" in m.group(0).lower() and fighters is not None and fighters.side() is not None:
        return None  # "101 of them died and 95 left Ukraine": mercenaries gone home, no refugees
    return Found(n, "civilians_displaced", "ukraine", kind_of(s, n, n.end, counted, False, "civilians_displaced"), False)


# "6,956 have arrived in Ukraine, 1,956 have already been eliminated": a foreign legion's tally
_ARRIVED_RE = re.compile(r"\s+(?:have|had|has)\s+(?:already\s+)?(?:arrived|come)\b", I)
_FELL_RE = re.compile(r"\s+(?:(?:have|had|has)\s+(?:already\s+)?(?:been\s+[“\"]?(?:eliminated|liquidated|killed)|died)"
                      r"|died|were\s+[“\"]?(?:eliminated|liquidated|killed))\b", I)


def fighters_count(s: str, n: Number, counted: list[Number], fighters: Fighters | None) -> Found | None:
    """In an article about foreigners in one side's army, the counts with no noun of their own that
    say they arrived or fell ("1,956 have already been eliminated")."""
    arrived = _ARRIVED_RE.match(s, n.end) is not None
    side = fighters.side() if fighters is not None and (arrived or _FELL_RE.match(s, n.end)) else None
    if not side:
        return None
    metric = "troops_deployed" if arrived else "personnel_killed"
    return Found(n, metric, side, kind_of(s, n, n.end, counted, False, metric), True)


def crowd_count(s: str, n: Number, counted: list[Number], fighters: Fighters | None,
                last: Found | None = None) -> Found | None:
    """A count of people with no noun of their own: one that opens its sentence, people who fled,
    or a foreign legion's arrivals and dead."""
    return opening_count(s, n, counted, last) or fled_count(s, n, counted, fighters) \
        or fighters_count(s, n, counted, fighters)


def earlier_count(s: str, n: Number, last: Found | None) -> Found | None:
    """"338 (328) dead", "3,167 civilians (3,090 in the report a day earlier)": the bracketed
    number is the same count in the report before."""
    if last is None or n.words or n.value == last.number.value:
        return None
    if not (_EARLIER_OPEN_RE.match(s, last.number.end, n.start) and _EARLIER_CLOSE_RE.match(s, n.end)):
        return None
    return Found(n, last.metric, last.side, last.kind, last.loss)
