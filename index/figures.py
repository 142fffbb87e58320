"""Which numbers in a sentence are figures, and what they count.

A number is a figure when it counts a war loss or force: its noun (right after it, "765,110
Russian troops", or before it, "the number of Russian casualties is reaching 200,000",
"tanks ‒ 1361") is in the vocabulary of `index.metrics`, and, for troops and civilians, the
words around it say what happened to them (killed, wounded, lost, mobilised ...). Equipment
counts only when the sentence speaks of losing or destroying it, not of sending it.

Everything else is left out on purpose (every spurious number is a lie to the user): years,
dates, ages, sizes of bodies ("193-member"), durations, times, money, percentages, weapon
designations (Su-34, Leopard 2), unit numbers, distances, vague amounts, other wars and
disasters, and what may happen ("braced to receive up to a million refugees").

What happened to the people counted is `index.outcomes`, whose losses `index.sides`, over
what time `index.kinds`, and whether a sentence speaks of this war at all `index.scope`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clauses import clause_end, clause_start
from .exclusions import excluded
from .kinds import MONTH, kind_of
from .rereading import reread
from .metrics import LOSS_CUES, NOT_COUNTED, NOUNS, SUPPLY_CUES
from .scope import OLD_WAR_RE, THIS_WAR_RE, hypothetical, other_stories
from .numbers import Number, find_numbers
from .outcomes import OUTCOME_RES, outcome, outcome_cues
from .sides import SIDE_RE, massed_on_ukraine, side_of

I = re.IGNORECASE

_NOUN_CLASSES = [c for c, _ in NOUNS]
_NOUNS_RE = "|".join(f"(?P<n{i}>{rx})" for i, (_, rx) in enumerate(NOUNS))
_FUNC = (
    r"and|or|in|on|at|since|to|from|with|by|for|as|that|which|who|were|was|are|is|have|has|had"
    r"|been|be|the|a|an|over|during|after|before|per|each|every|this|last|than|more|while|but"
    r"|into|across|through|throughout|including|among|amid|against|so|overnight|daily|yesterday"
    r"|today|according|said|says|it|its|their|his|her|within|just|only|mark|milestone|figure"
    r"|threshold|level|mostly|alone|total|altogether|there|when|where|since|until|now|of|about"
    r"|than|not|no"
)
_MOD = rf"(?!(?:{_FUNC})\b)[A-Za-z][\w’'.-]*"
_NOT_HEAD_AFTER = (
    r"\s+(?:crews?|units?|brigades?|battalions?|shells?|rounds?|ammunition|production|factor(?:y|ies)"
    r"|plants?|engines?|parts|operators?|makers?|sales|deliveries|orders|programmes?|programs?"
    r"|industry|strikes?|attacks?|launches|sites?|bases?|raids?|assaults?|manufacturers?|repairs?"
    r"|workshops?|depots?|hangars?|teams?|squads?|companies|regiments?|divisions?|drivers?"
    r"|columns?|convoys?|formations?|fleet|carriers?|groups?|camps?|cemeteries|graves)\b"
)
FORWARD_RE = re.compile(
    rf"(?:-plus\b|\+(?!\d))?\s*(?:\(\s*\+[\d,.\s]+\)\s*)?(?:of\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+|our\s+|them\s+)?)?"
    rf"(?:{_MOD}\s+){{0,3}}?(?:{_NOUNS_RE})\b(?!{_NOT_HEAD_AFTER})(?!-)",
    I,
)
NOUN_RE = re.compile(rf"\b(?:{_NOUNS_RE})\b", I)
NOT_COUNTED_RE = re.compile(rf"\s*(?:{_MOD}\s+){{0,2}}?(?:{NOT_COUNTED})\b", I)
FIRST_WORD_RE = re.compile(r"\s*(?:\(\s*\+[\d,.\s]+\)\s*)?([A-Za-z][\w’'-]*)")
FUNC_RE = re.compile(rf"(?:{_FUNC})$", I)
LINK_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|reached|reach|reaches|reaching|stood|stands|stand"
    r"|total(?:s|led|ed|ing)?|exceed(?:s|ed|ing)?|rose|risen|rising|climbed|climbing|increased"
    r"|increase|increasing|grew|grown|jumped|surpassed|passed|hit|topped|amount(?:s|ed|ing)?"
    r"|number(?:s|ed|ing)?|at|to|by|citing|cites|put|puts|now|currently|some|about|around)\b"
    r"|^\s*[:‒–—=-]?\s*$",
    I,
)
LOSS_RE = re.compile(rf"\b(?:{LOSS_CUES})\b", I)
SUPPLY_RE = re.compile(rf"\b(?:{SUPPLY_CUES})\b", I)
BULLETIN_RE = re.compile(
    r"^\W{0,3}[A-Za-z][A-Za-z ()/,'’-]{1,60}?\s*[:‒–—-]\s*(?:about\s+|approx\.?\s+|~\s*|over\s+)?\+?\d", I
)


@dataclass(slots=True)
class Found:
    number: Number
    metric: str
    side: str | None
    kind: str
    loss: bool  # a loss (not a deployment): a country's loss claims come from its military
    part: bool = False  # a part of the count before it ("including 5.9 million within ...")


def _noun_class(m: re.Match) -> tuple[str, int, int]:
    for i, c in enumerate(_NOUN_CLASSES):
        g = m.group(f"n{i}")
        if g is not None:
            return c, m.start(f"n{i}"), m.end(f"n{i}")
    raise AssertionError


_LUMP = {frozenset(("tanks", "armored_vehicles")): "armored_vehicles",
         frozenset(("aircraft", "helicopters")): "aircraft"}


_LABEL_RE = re.compile(
    rf"(?<![\w-])(?:{_NOUNS_RE})\s*[:‒–—-]\s*(?:about\s+|approximately\s+|approx\.\s+|~\s*|over\s+)?$", I)
_PART_OF_RE = re.compile(r"\s+of\s+(?:the\s+)?\d[\d,.]*")
_WHOLE_OF_RE = re.compile(r"\d\s+of\s+(?:the\s+)?$")


# dates between a noun and its number do not separate them ("losses since February 2022 to 796,000")
_DATE_IN_TEXT_RE = re.compile(rf"(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*)?(?:(?:19|20)\d\d\b)|{MONTH}\.?\s+\d{{1,2}}\b")


def _head(s: str, n: Number, left_limit: int, bulletin: bool) -> tuple[str, int, int, bool] | None:
    """(class, noun start, noun end, noun is after the number) or None."""
    m = FORWARD_RE.match(s, n.end)
    part = _PART_OF_RE.match(s, n.end)  # "31 of 36 Shahed drones": what the 36 are
    if part:
        m = FORWARD_RE.match(s, part.end())
    if m:
        cls, a, b = _noun_class(m)
        lump = re.compile(rf"\s+(?:and|&)\s+(?:{_MOD}\s+){{0,2}}?(?:{_NOUNS_RE})\b", I).match(s, b)
        if lump:
            other, _, b2 = _noun_class(lump)
            if frozenset((cls, other)) in _LUMP:
                return _LUMP[frozenset((cls, other))], a, b2, True
        return cls, a, b, True
    w = FIRST_WORD_RE.match(s, n.end)
    if w and not FUNC_RE.match(w.group(1)):
        return None  # counts something else: "5,000 homes"
    if NOT_COUNTED_RE.match(s, n.end):
        return None
    label = _LABEL_RE.search(s, max(0, n.start - 70), n.start)
    if label:  # "personnel – about 1,020,010", "tanks – 10,980" inside a running list
        cls, a, b = _noun_class(label)
        return cls, a, b, False
    left = s[max(left_limit, n.start - 110):n.start]
    off = n.start - len(left)
    best = None
    for m in NOUN_RE.finditer(left):
        best = m
    if best is None:
        return None
    between = left[best.end():]
    if re.search(r"\d", _DATE_IN_TEXT_RE.sub(" ", between)) or len(between) > 70:
        return None
    if not (bulletin or LINK_RE.search(between) or between.strip() == ""):
        return None
    cls, a, b = _noun_class(best)
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
            cls2, a2, _ = _noun_class(pm)
            if cls2 not in ("personnel", "civilians"):
                return cls2, a2 + off, b + off, False
    return cls, a + off, b + off, False


_RETURNED_RE = re.compile(r"\b(?:returned|released|freed|exchanged|swapped|repatriated|exchange|swap|came\s+home)\b", I)
_PERSONNEL = {"killed": "personnel_killed", "wounded": "personnel_wounded", "casualties": "personnel_casualties",
              "missing": "personnel_missing", "captured": "personnel_captured", "deserters": "deserters",
              "deployed": "troops_deployed"}
_CIVIL = {"killed": "civilians_killed", "casualties": "civilians_killed", "wounded": "civilians_wounded",
          "displaced": "civilians_displaced"}


def _metric(s, n, head, nums, bulletin) -> str | None:
    cls, a, b, after = head
    if cls in ("personnel", "civilians"):
        if (bulletin or _LABEL_RE.search(s, max(0, n.start - 70), n.start)) and cls == "personnel":
            return "personnel_casualties"  # a loss tally's "personnel" line
        out = outcome(s, n, a, b, after, nums)
        if cls == "personnel" and out == "displaced" and re.search(r"\bcrossed\b", s[n.end:n.end + 80], I):
            return "troops_deployed"  # "3,000 Russian soldiers crossed into Ukraine": an invasion force
        if cls == "civilians" or out == "displaced":
            return _CIVIL.get(out or "")
        if out is None:
            # no verb of loss nearby: only a force that is being massed, trained or sent counts
            ctx = s[max(0, n.start - 90):min(len(s), n.end + 90)]
            if dict(OUTCOME_RES)["deployed"].search(ctx):
                return "troops_deployed"
            return None
        if out == "captured" and _RETURNED_RE.search(s):
            return None  # prisoners exchanged or come home are not a loss count
        return _PERSONNEL.get(out)
    if cls == "personnel_captured" and _RETURNED_RE.search(s):
        return None  # prisoners exchanged or come home are not a loss count
    if cls in _PERSONNEL.values() or cls == "civilians_displaced":
        return cls
    # equipment: only when lost, not when sent
    if bulletin:
        return cls
    ctx_left = s[:n.start]
    loss = [m.end() for m in LOSS_RE.finditer(ctx_left)]
    supply = [m.end() for m in SUPPLY_RE.finditer(s[clause_start(s, n.start):n.start])]
    right = s[n.end:clause_end(s, b)]
    if supply and (not loss or max(supply) > max(loss)) and not LOSS_RE.search(right):
        return None
    if loss or LOSS_RE.search(s[n.end:]):
        return cls
    return None


_BARE = {"personnel_killed": "civilians_killed", "personnel_wounded": "civilians_wounded",
         "personnel_casualties": "civilians_killed"}
_CIVIL_CONTEXT_RE = re.compile(
    r"\b(?:civilians?|people|residents|children|strikes?|struck|attacks?|shelling|shelled|rockets?|missiles?"
    r"|bombardments?|bombing|residential|apartment|building|hospital|school|station|railway|mall"
    r"|infrastructure|city|village|hits?)\b", I)
# Who attacked is not who was hurt: "four injuries from 51 attacks by Russian forces".
_AGENT_RE = re.compile(
    r"\b(?:by|from)\s+(?:the\s+)?(?:Russian|Ukrainian|enemy|occupying|invading)\s+(?:forces|troops|army|military)\b"
    r"|\b(?:Russian|Ukrainian|enemy)\s+(?:forces|troops|army|military)\s+(?:shelled|struck|attacked|hit|fired)\b", I)
_MIL_CONTEXT_RE = re.compile(
    r"\b(?:troops?|soldiers?|servicemen|military|army|forces|battlefield|front(?:line)?|personnel"
    r"|General\s+Staff|invaders|occupiers|combat|enemy)\b", I)


def _civilian_reading(s: str, n: Number, head, metric: str, last: Found | None) -> str:
    """A bare "killed" / "injured" / "dead" after a count of people, or in a sentence about a
    strike on a city, counts civilians: "five people killed and 18 injured"."""
    cls, a, b, after = head
    if metric not in _BARE or cls != metric:
        return metric
    if re.search(r"\bcivilian\b", s[max(0, a - 20):b], I):
        return _BARE[metric]
    if last is not None and 0 <= n.start - last.number.end < 60:
        if last.metric.startswith("civilians_"):
            return _BARE[metric]
        if last.metric.startswith("personnel_"):
            return metric  # "four marines killed and six wounded": the six are marines too
    if _CIVIL_CONTEXT_RE.search(s) and not _MIL_CONTEXT_RE.search(_AGENT_RE.sub(" ", s)):
        return _BARE[metric]
    return metric


_OTHERS_RE = re.compile(r"\s+(?:others|more|other\s+people|of\s+them)\b", I)


def _others(s: str, n: Number, last: Found | None) -> Found | None:
    """"killed 7 civilians and injured 22 others": the others are of the kind counted before."""
    if last is None or not _OTHERS_RE.match(s, n.end) or n.start - last.number.end > 60:
        return None
    # "one killed and five more injured": the verb after the others is theirs
    after = outcome_cues(s[n.end:n.end + 30], with_deployed=False)
    cues = outcome_cues(s[last.number.end:n.start], with_deployed=False)
    if after and after[0][0] <= 12:
        cues = after[:1]
    if not cues:
        return None
    out = cues[-1][2]
    table = _CIVIL if last.metric.startswith("civilians_") else _PERSONNEL
    metric = table.get(out)
    if metric is None:
        return None
    return Found(n, metric, last.side, last.kind, last.loss)


# After a count of people comes the next item of a list: "Two colonels, three majors and ..."
_LIST_ITEM_RE = re.compile(r"\s+(?:[A-Za-z-]+\s+){0,1}[A-Za-z-]+s\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=\S)")


def _list_before(s: str, pending: list[Number], last: Found) -> list[Found]:
    """Counts listed before `last` that share its verb: in "Two colonels, three majors and 12
    officers were killed", the two and the three were killed too. Each link must be a plain list
    item (a count, a noun, a comma or "and")."""
    chain: list[Found] = []
    nxt = last.number
    for p in reversed(pending):
        between = s[p.end:nxt.start]
        if not re.fullmatch(r"\s+(?:[A-Za-z-]+\s+){0,1}[A-Za-z-]+s\s*(?:,\s*(?:and\s+)?|\s+and\s+)"
                            r"(?:(?:some|about|over|nearly|around|at\s+least|more\s+than)\s+)?", between, I):
            break
        if NOT_COUNTED_RE.match(s, p.end):
            break
        chain.append(Found(p, last.metric, last.side, last.kind, last.loss))
        nxt = p
    return list(reversed(chain))


_INCLUDING_RE = re.compile(
    r"(?:,\s*|\s+)(?:including|of\s+whom|among\s+them|among\s+whom)\s+(?:(?:some|about|over|nearly|around"
    r"|at\s+least|more\s+than|almost)\s+)?$", I)
_AND_NEXT_RE = re.compile(r"^[^\d,;.()]{0,40}?(?:,\s*)?\band\s+(?:(?:some|about|over|nearly|around|at\s+least"
                          r"|more\s+than|almost)\s+)?$", I)
_PART_WORDS_RE = re.compile(r"\s+(?:within|inside|in|abroad|outside|who|which|from|across|were|are|have|had)\b", I)


_TOTAL_RE = re.compile(
    r"\b(?:bringing|brings|brought|taking|takes|raising|raises|pushing|pushes|putting|puts)\s+(?:the|its|their|Russia['’]s"
    r"|Ukraine['’]s)\s+(?:overall\s+|total\s+|cumulative\s+)?(?:total|tally|toll|number|count|losses)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:to|at)\s+(?:(?:about|around|nearly|over|more\s+than|almost|some)\s+)?$", I)


def _part_of_last(s: str, n: Number, last: Found | None) -> Found | None:
    """"11.6 million displaced, including 5.9 million within the country and 5.7 million who
    fled": counts with no noun of their own, inside the first count, are of its kind."""
    if last is not None and n.value > last.number.value and _TOTAL_RE.search(s, last.number.end, n.start) \
            and not FORWARD_RE.match(s, n.end):
        # "1,200 troops over the past day, bringing the total to 510,000"
        return Found(n, last.metric, last.side, "cumulative", last.loss)
    if last is None or not _PART_WORDS_RE.match(s, n.end) or n.value >= last.number.value:
        return None
    between = s[last.number.end:n.start]
    if _INCLUDING_RE.search(between) or (last.part and _AND_NEXT_RE.match(between)):
        own = kind_of(s, n, n.end, [last.number], False, last.metric)  # "9,000 since Saturday"
        return Found(n, last.metric, last.side, own if own != "cumulative" else last.kind, last.loss, part=True)
    return None


# "Russian attacks killed at least six in the Donetsk region", "killing at least one and
# wounding ...": a count right after a verb of killing or wounding, with no noun, counts people.
_BARE_VERB_RE = re.compile(
    r"\b(?P<v>killed|killing|kills|kill|wounded|wounding|wounds|injured|injuring|injures)\s+"
    r"(?:(?:at\s+least|about|around|nearly|some|more\s+than|over|up\s+to|almost|roughly)\s+)?$", I)
_BARE_AFTER_RE = re.compile(r"\s*(?:[,.;:!?]|$|(?:in|on|at|and|near|across|during|overnight|when|as|after|including)\b)", I)


_WAR_CUE_RE = re.compile(
    r"\b(?:strikes?|airstrikes?|air\s+strikes?|shelling|shelled|missiles?|rockets?|drones?|bombs?|bombing"
    r"|artillery|attacks?|assaults?|front(?:\s*line)?|occupied|war|forces|troops|soldiers|army|military"
    r"|invaders|occupiers|Donetsk|Luhansk|Kharkiv|Kherson|Zaporizhzhia|Odesa|Dnipro|Sumy|Donbas|Crimea)\b", I)


_SMO_RE = re.compile(r"\bspecial\s+military\s+operation\b", I)
_NOT_WAR = Found(Number(0, 0, 0, None, None, False, False, False), "", None, "", False)  # a count of dead from no war at all


def _bare_after_verb(s: str, n: Number, masked: str, counted: list[Number]) -> Found | None:
    v = _BARE_VERB_RE.search(s, max(0, n.start - 40), n.start)
    if v is None or not _BARE_AFTER_RE.match(s, n.end):
        return None
    if not (_WAR_CUE_RE.search(s) or SIDE_RE.search(s)):
        return _NOT_WAR  # "the gunman killed 14 at a university": no war in the sentence
    killed = v.group("v").lower().startswith("kill")
    military = _MIL_CONTEXT_RE.search(_AGENT_RE.sub(" ", s[clause_start(s, n.start):n.start]))
    if military:
        # "Ukrainian forces killed 40 in a single assault": the other side's soldiers
        metric = "personnel_killed" if killed else "personnel_wounded"
        subj = [h for h in SIDE_RE.finditer(masked, clause_start(s, n.start), v.start()) if h.lastgroup != "both"]
        side = {"russia": "ukraine", "ukraine": "russia"}[subj[-1].lastgroup] if subj else None
        return Found(n, metric, side, kind_of(s, n, n.end, counted, False, metric), True)
    metric = "civilians_killed" if killed else "civilians_wounded"
    kind = kind_of(s, n, n.end, counted, False, metric)
    return Found(n, metric, "ukraine", kind, False)


_SHOUTED_RE = re.compile(r"^[^a-z]*[A-Z]{3,}[^a-z]*$")


def is_bulletin(s: str) -> bool:
    return len(s) < 140 and BULLETIN_RE.match(s) is not None


def figures_in(s: str, masked: str | None = None) -> list[Found]:
    """The figures of one sentence `s`, offsets into `s`. `masked` is `s` with the claimant's
    words blanked (same length), so "Ukraine's figures" does not make a figure Ukrainian."""
    masked = masked or s
    if _SHOUTED_RE.match(s) and len(s.title()) == len(s):
        # "RUSSIA TO MOBILIZE 60,000 RESERVISTS": read a headline in capitals as written in words
        s, masked = s.title(), masked.title() if len(masked.title()) == len(masked) else s.title()
    off_limits = other_stories(s)  # another war: Sudan, Syria, Gaza, Stalingrad ...
    if off_limits == [(0, len(s))]:
        return []
    bulletin = is_bulletin(s)
    nums = find_numbers(s)
    # years, dates, prices ... do not end the words around a count ("In 2024, Russia lost ...")
    counted = [n for n in nums if not excluded(s, n, bulletin)]
    if OLD_WAR_RE.search(s) and not THIS_WAR_RE.search(s):
        return []  # "perished in the battle, which ended in February 1943"
    out: list[Found] = []
    last: Found | None = None
    pending: list[Number] = []  # counts of people whose verb may come at the end of a list
    for n in nums:
        try:
            if n.delta and last is not None and 0 <= n.start - last.number.end <= 4:
                out.append(Found(n, last.metric, last.side, "daily", last.loss))
                continue
            if excluded(s, n, bulletin) or _WHOLE_OF_RE.search(s, 0, n.start) or hypothetical(s, n) \
                    or any(a <= n.start < b for a, b in off_limits):
                continue
            bare = _bare_after_verb(s, n, masked, counted)
            if bare is _NOT_WAR:
                continue
            if bare is not None:
                out.append(bare)
                last = bare
                continue
            prev_end = max([x.end for x in counted if x.end <= n.start] + [0])
            head = _head(s, n, max(prev_end, clause_start(s, n.start)) if not bulletin else 0, bulletin)
            if head is None:
                other = _others(s, n, last) or _part_of_last(s, n, last)
                if other:
                    out.append(other)
                    last = other
                elif _LIST_ITEM_RE.match(s, n.end):
                    pending.append(n)  # "Two colonels, three majors and 12 officers were killed"
                continue
            metric = _metric(s, n, head, nums, bulletin)
            if metric is None:
                if head[0] in ("personnel", "civilians") and head[3]:
                    pending.append(n)
                continue
            metric = _civilian_reading(s, n, head, metric, last)
            if n.words and n.value < 100 and (not head[3] or re.match(r"\s*of\b", s[n.end:], I)
                                              or head[1] - n.end > 16):
                continue  # "one" counts right before its noun, not in "one of the ..."
            side = side_of(masked, n, head[1], head[2], head[3], metric)
            if metric == "troops_deployed" and side is None:
                side = side_of(s, n, head[1], head[2], head[3], metric)
            if metric == "troops_deployed" and massed_on_ukraine(s, n, head, side):
                side = "russia"  # "he has amassed 130,000 troops on Ukraine's border"
            if metric == "troops_deployed" and side is None:
                # a force of a third country ("3,000 US troops to Poland") is not this war's
                continue
            if side is None and metric != "troops_deployed" and _SMO_RE.search(s):
                side = "ukraine"  # "since the start of the special military operation": Moscow counting Kyiv's losses
            if side is None and metric.startswith("civilians_"):
                side = "ukraine"  # the war's civilian losses are Ukraine's unless words say else
            kind = kind_of(s, n, head[2], counted, bulletin, metric)
            last = Found(n, metric, side, kind,
                         metric != "troops_deployed" and not metric.startswith("civilians_"))
            out.extend(_list_before(s, pending, last))
            pending = []
            out.append(last)
        except Exception:  # one odd number must not lose the sentence
            continue
    reread(s, out)
    return out
